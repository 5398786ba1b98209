"""Build train55.jsonl from rows_pos.py / rows_neg.py. --write to write the file."""
import sys, json
from common import *
from rows_pos import POS
from rows_neg import NEG
ctx = Ctx(); d = ctx.d
rows, taken, seen_k, seen_f = [], set(), set(), set()
narc = 0; rej = []
bykind = {k: [] for k in KINDS}
for r in POS: bykind[r[0]].append(r)
for kind in KINDS:
    got = []
    for (k, q, e, variant) in bykind[kind]:
        if len(got) >= PER_KIND: break
        why = None
        if e in taken: why = 'target already taken'
        elif e in d.sdn and d.sdn[e]['prog'] in NARC and narc >= NARC_CAP: why = 'SDNT/SDNTK cap reached'
        else:
            why = ctx.prior_hit(q, kind)
            if not why and (key(q) in seen_k or (kind != 'script' and full(q) in seen_f)): why = 'repeat within set'
            if not why: why = ctx.pos_problem(kind, q, e)
        if why:
            rej.append((kind, q, why)); continue
        taken.add(e); seen_k.add(key(q)); seen_f.add(full(q))
        if d.sdn[e]['prog'] in NARC: narc += 1
        v = d.sdn[e]
        got.append({'query': q, 'expected': v['name'], 'kind': kind,
                    'notes': pos_note(kind, variant, v['prog'], ctx.pool[e], v['name'], e)})
    print('%-22s %d/%d' % (kind, len(got), PER_KIND))
    rows += got
names_in = {r['expected'] for r in rows}
for cat, quota in NEG_Q.items():
    got = []
    for r in NEG:
        if r[0] != cat: continue
        if len(got) >= quota: break
        q, desc = r[1], r[2]
        nm = None
        why = ctx.prior_hit(q, cat)
        if not why and (key(q) in seen_k or (cat != 'other_script' and full(q) in seen_f)): why = 'repeat within set'
        if not why: why = ctx.neg_problem(cat, q)
        if not why and cat == 'near_miss':
            w, e = r[3], r[4]
            if e not in taken: why = 'near-miss target not in set'
            elif w not in words(d.sdn[e]['name']) or w not in words(q): why = 'reused word not in target name and query'
            nm = (w, e)
        if why:
            rej.append((cat, q, why)); continue
        seen_k.add(key(q)); seen_f.add(full(q))
        got.append({'query': q, 'expected': None, 'kind': cat, 'notes': neg_note(ctx, cat, desc, q, nm)})
    print('%-22s %d/%d' % (cat, len(got), quota))
    rows += got
print('rows', len(rows), 'positives', sum(1 for r in rows if r['expected']), 'SDNT/SDNTK', narc)
lv = {}
for e in taken: lv[ctx.pool[e]] = lv.get(ctx.pool[e], 0) + 1
print('levels of targets:', sorted(lv.items()))
print('rejections:', len(rej))
for k, q, why in rej: print('  REJECT %-20s %-60s %s' % (k, q, why))
if '--write' in sys.argv:
    with open('../train55.jsonl', 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written ../train55.jsonl')
