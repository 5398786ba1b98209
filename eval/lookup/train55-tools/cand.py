"""Pool of candidate targets with their earlier-set use levels -> cand.json"""
import json
from lib import *
d = Data()
keys, fulls, uses, nf = load_prior(d)
print('prior files read:', nf, '; prior query keys:', len(keys))
pool = {}
for e, v in d.sdn.items():
    if v['type'] != '-0-': continue
    if d.namecount[v['name']] != 1 or v['name'] in d.allalias: continue
    bad = False
    for n in d.names(e):
        for x in folds(n):
            if d.fold_own.get(x, set()) - {'S' + e}: bad = True
    if bad: continue
    pool[e] = uses.get(e, 0)
lv = {}
for e, u in pool.items():
    narc = d.sdn[e]['prog'] in ('SDNT', 'SDNTK')
    lv.setdefault(u, [0, 0]); lv[u][0 if narc else 1] += 1
print('pool entities:', len(pool))
for u in sorted(lv): print('level', u, ': SDNT/SDNTK', lv[u][0], 'others', lv[u][1])
json.dump(pool, open('cand.json', 'w'))
