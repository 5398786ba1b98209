"""Pool of candidate targets with earlier-use levels -> cand.json; prints counts only."""
import json
from collections import Counter
from lib import Data, load_prior, folds, is_narc
d = Data()
keys, fulls, uses = load_prior(d)
pool = {}
for ent, e in d.sdn.items():
    if not d.is_org(ent) or d.name_count[e['name']] != 1: continue
    if e['name'] in d.alias_set or e['name'].upper() in d.alias_upper: continue
    ok = True
    for n in [e['name']] + d.alts[ent]:
        for fo in folds(n):
            if d.fold_owner[fo] - {ent}: ok = False
    if not ok: continue
    pool[ent] = uses.get(ent, 0)
lv = Counter(pool.values())
print('pool', len(pool), 'levels', sorted(lv.items()))
for L in sorted(lv):
    n = sum(1 for e, u in pool.items() if u == L and is_narc(d.sdn[e]['program']))
    print(' level', L, 'narc', n, 'other', lv[L] - n)
print('prior keys', len(keys))
json.dump(pool, open('cand.json', 'w'))
