import json
from lib import *
d = Data(); keys, fulls, uses, nf = load_prior()
pool = {}
for e, v in d.sdn.items():
    if v['type'] != '-0-' or d.name_count[v['name']] != 1 or v['name'] in d.aliasnames: continue
    ok = True
    for s in [v['name']] + [a for t, a in d.alts.get(e, [])]:
        for x in folds(s):
            if d.fold_own.get(x, set()) - {e}: ok = False
    if ok: pool[e] = uses.get(e, 0)
lv = {}
for e, u in pool.items(): lv.setdefault(u, [0, 0]); lv[u][narc(d.sdn[e]['prog'])] += 1
print('prior files', nf, 'keys', len(keys), 'pool', len(pool))
for u in sorted(lv): print('level', u, 'non-narc', lv[u][0], 'narc', lv[u][1])
json.dump({str(e): u for e, u in pool.items()}, open('cand.json', 'w'))
