"""Builds train57.jsonl from rows_pos/rows_neg; logs rejections. --write to write the file."""
import json, sys
from lib import Data, load_prior, key, full, core_toks
from common import *
from rows_pos import P
from rows_neg import N
d = Data(); prior = load_prior(d)
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
rows, taken, seen_k, seen_f, narc, rej = [], {}, set(), set(), 0, []
# least-used targets first: within a kind, level-2 candidates are tried before level-3 ones (stable order)
P = sorted(P, key=lambda r: pool[r[1]]['level'] if r[1] in pool else 9)
for kind in POS_KINDS:
    got = 0
    for k, e, q, var in P:
        if k != kind or got == 12: continue
        why = []
        if e not in pool or pool[e]['level'] > MAX_LEVEL: why.append('target not in pool at level <= 3')
        elif e in taken: why.append('target already taken (%s)' % taken[e])
        elif pool[e]['narc'] and narc >= NARC_CAP: why.append('narcotics cap')
        if key(q) in seen_k or full(q) in seen_f: why.append('in-set repeat')
        if not why: why = pos_errors(d, prior, kind, q, e)
        if why:
            rej.append((kind, q, why)); continue
        v = pool[e]
        rows.append({'query': q, 'expected': v['name'], 'kind': kind,
                     'notes': f"{kind}: {var}; program {v['prog']}; earlier-set uses {v['level']}; target {v['name']} [SDN ent_num {e}]"})
        taken[e] = kind; seen_k.add(key(q)); seen_f.add(full(q)); narc += v['narc']; got += 1
    if got < 12: rej.append((kind, '-', ['ONLY %d' % got]))
for cat, quota in NEG_QUOTA.items():
    got = 0
    for c, q, desc, nm in N:
        if c != cat or got == quota: continue
        why = []
        if key(q) in seen_k or (cat != 'other_script' and full(q) in seen_f): why.append('in-set repeat')
        why += neg_errors(d, prior, cat, q)
        extra = ''
        if cat == 'near_miss':
            w, e = nm
            if e not in taken: why.append('near-miss target not in set')
            elif w not in core_toks(d.sdn[e][0]) or w not in core_toks(q): why.append('reused word not in target name and query')
            else: extra = f"; reuses '{w}' from in-set target {d.sdn[e][0]} (ent_num {e})"
        if why:
            rej.append((cat, q, why)); continue
        rows.append({'query': q, 'expected': None, 'kind': cat,
                     'notes': f"not listed: {cat}; {desc}; {shared_text(d, q)}{extra}"})
        seen_k.add(key(q)); seen_f.add(full(q)); got += 1
    if got < quota: rej.append((cat, '-', ['ONLY %d' % got]))
for k, q, w in rej: print('REJECT', k, '|', q, '|', '; '.join(w))
print('rows', len(rows), 'positives', sum(1 for r in rows if r['expected']), 'narc', narc, 'rejections', len(rej))
if '--write' in sys.argv:
    with open('../train57.jsonl', 'w', encoding='utf-8') as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written ../train57.jsonl')
