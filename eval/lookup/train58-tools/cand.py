import json, collections
from lib import *
d = Data(); keys, fulls, uses, nf = load_prior(d)
print('prior files', nf, 'keys', len(keys))
pool = {}
for e, (n, t, p) in d.sdn.items():
    if t != '-0-' or d.namecount[n] != 1 or n in d.alias_names: continue
    bad = False
    for nm in [n] + d.alts.get(e, []):
        for f in folds(nm):
            if d.fold.get(f, set()) - {'sdn:' + e}: bad = True
    if bad: continue
    pool[e] = {'name': n, 'prog': p, 'level': uses.get(e, 0), 'alts': d.alts.get(e, []),
               'F': full(n) in fulls, 'altF': [full(a) in fulls for a in d.alts.get(e, [])]}
print('pool', len(pool))
c = collections.Counter((v['level'], NARC(v['prog'])) for v in pool.values())
for k in sorted(c): print('level', k[0], 'narc' if k[1] else 'other', c[k])
json.dump(pool, open('cand.json', 'w'), ensure_ascii=False)
