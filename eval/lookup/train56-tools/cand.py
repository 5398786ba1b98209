import json
from collections import Counter
from lib import Data, load_prior, folds
D = Data()
keys, fulls, uses, nf = load_prior(D)
print('prior files', nf, 'keys', len(keys), 'entities used', len(uses))
pool = {}
for e, v in D.sdn.items():
    if v['type'] != '-0-' or D.name_count[v['name']] != 1 or v['name'] in D.alt_names: continue
    ok = True
    for n in [v['name']] + D.alts[e]:
        for f in folds(n):
            if D.fold_owner[f] - {('S', e)}: ok = False
    if ok: pool[e] = uses.get(e, 0)
print('pool', len(pool))
lv = Counter(pool.values())
for l in sorted(lv):
    narc = sum(1 for e, u in pool.items() if u == l and D.sdn[e]['prog'] in ('SDNT', 'SDNTK'))
    print('level', l, lv[l], 'narc', narc, 'other', lv[l] - narc)
json.dump({str(e): u for e, u in pool.items()}, open('cand.json', 'w'))
