import json, sys
from collections import Counter
from lib import *
from common import *
from rows_pos import POS
from rows_neg import NEG
d = Data()
keys, fulls, uses, _ = load_prior(d)
prior = (keys, fulls, uses)
seen_k, seen_f = set(), set()
taken = {}
narc = 0
rows = []
rej = []
for kind in KINDS:
    cands = [c for c in POS if c[0] == kind]
    cands.sort(key=lambda c: uses.get(d.by_name.get(c[2], -1), 99))
    n = 0
    for _, variant, name, q in cands:
        if n >= PER_KIND:
            break
        e = d.by_name.get(name)
        if e is not None and e in taken:
            rej.append((kind, q, 'target already taken by %s' % taken[e])); continue
        if e is not None and narcotic(d.sdn[e]['program']) and narc >= NARC_CAP:
            rej.append((kind, q, 'narcotics cap')); continue
        errs = pos_errors(d, prior, kind, q, name, seen_k, seen_f)
        if errs:
            rej.append((kind, q, '; '.join(errs))); continue
        taken[e] = kind
        if narcotic(d.sdn[e]['program']):
            narc += 1
        seen_k.add(key(q))
        if kind != 'script':
            seen_f.add(full(q))
        notes = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
            kind, variant, d.sdn[e]['program'], uses[e], name, e)
        rows.append({'query': q, 'expected': name, 'kind': kind, 'notes': notes})
        n += 1
    print('%-22s %d' % (kind, n))
inset = {r['expected'] for r in rows}
for cat, quota in NEG_QUOTA.items():
    n = 0
    for c in [c for c in NEG if c[0] == cat]:
        if n >= quota:
            break
        _, desc, q = c[:3]
        near = c[3:5] if cat == 'near_miss' else None
        errs = neg_errors(d, prior, cat, q, seen_k, seen_f, near, inset)
        if errs:
            rej.append((cat, q, '; '.join(errs))); continue
        seen_k.add(key(q))
        if cat != 'other_script':
            seen_f.add(full(q))
        if cat == 'near_miss':
            e = d.by_name[near[1]]
            desc = "%s; reuses '%s' from in-set target %s (ent_num %d)" % (desc, near[0], near[1], e)
        notes = 'not listed: %s; %s; %s' % (cat, desc, shared_text(d, q))
        rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': notes})
        n += 1
    print('%-22s %d / %d' % (cat, n, quota))
print('rows', len(rows), 'positives', sum(1 for r in rows if r['expected']), 'narcotics', narc)
print('rejections', len(rej))
for r in rej:
    print('  REJ %s | %s | %s' % r)
lv = Counter(uses[d.by_name[r['expected']]] for r in rows if r['expected'])
print('levels', dict(lv))
if '--write' in sys.argv:
    with open('../train62.jsonl', 'w', encoding='utf-8') as o:
        for r in rows:
            o.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written')
