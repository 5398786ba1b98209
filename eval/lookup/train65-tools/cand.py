import json, collections
from lib import *
d = Data(); pool = d.pool(); prior = load_prior(d)
keys, fulls, uses, nf = prior
print('prior files', nf, 'keys', len(keys), 'fulls', len(fulls))
print('pool', len(pool))
lv = collections.Counter(); lvn = collections.Counter()
for e, (n, p) in pool.items():
    lv[uses[e]] += 1
    if is_narc(p): lvn[uses[e]] += 1
for l in sorted(lv): print('level', l, lv[l], 'narcotics', lvn[l])
json.dump({e: [n, p, uses[e]] for e, (n, p) in pool.items()}, open('cand.json', 'w'))
