import json
from collections import Counter
from lib import *
d = Data()
keys, fulls, uses, n = load_prior(d)
print('prior files read', n, 'keys', len(keys))
pool = [e for e in d.sdn if d.in_pool(e)]
print('pool', len(pool))
lv = Counter(); lvn = Counter()
for e in pool:
    lv[uses[e]] += 1
    if narcotic(d.sdn[e]['program']):
        lvn[uses[e]] += 1
for k in sorted(lv):
    print('level', k, lv[k], 'narcotics', lvn[k])
json.dump({str(e): uses[e] for e in pool}, open('cand.json', 'w'))
