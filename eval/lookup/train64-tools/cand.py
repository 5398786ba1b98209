import json
from collections import Counter
from lib import Data, load_prior, narcotic, full
d = Data(); keys, fulls, uses, n = load_prior(d)
pool = [e for e in d.sdn if d.in_pool(e)]
lv = Counter(); lvn = Counter()
for e in pool:
    lv[uses[e]] += 1
    if narcotic(d.sdn[e]['prog']): lvn[uses[e]] += 1
print('prior files', n, 'pool', len(pool))
for k in sorted(lv): print('level', k, lv[k], 'narcotics', lvn[k])
F = sum(1 for e in pool if uses[e] == 3 and not narcotic(d.sdn[e]['prog']) and full(d.sdn[e]['name']) in fulls)
print('level-3 non-narcotics with earlier full fold', F)
json.dump({str(e): uses[e] for e in pool}, open('cand.json', 'w'))
