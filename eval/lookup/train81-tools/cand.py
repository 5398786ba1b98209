"""Pool and earlier-use levels -> cand.json. Prints counts only."""
import json
from collections import Counter
import lib

d = lib.Data()
pool = d.pool()
pk, pf, uses, nf = lib.load_prior(d)
print('earlier files read:', nf, '| earlier keys:', len(pk), '| earlier full folds:', len(pf))
print('pool (unique-name -0- orgs, not an alias, no fold shared with another record/CSL):', len(pool))
lv = Counter(); lvn = Counter()
out = {}
for k, v in pool.items():
    l = uses.get(k, 0)
    n = lib.is_narc(v['program'])
    lv[l] += 1
    if n:
        lvn[l] += 1
    out[k] = {'name': v['name'], 'program': v['program'], 'level': l, 'narc': n,
              'aliases': d.alts.get(k, []), 'city': d.city.get(k, '')}
for l in sorted(lv):
    print('level %d: %d (SDNT/SDNTK %d, others %d)' % (l, lv[l], lvn[l], lv[l] - lvn[l]))
json.dump(out, open('cand.json', 'w'), ensure_ascii=False, indent=0)
