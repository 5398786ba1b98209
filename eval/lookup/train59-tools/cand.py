"""Pool + earlier-use levels -> cand.json; prints counts only."""
import json
from collections import Counter
from lib import Data, load_prior, narcotic, full
d = Data()
keys, fulls, uses, nf = load_prior(d)
print('prior files', nf, 'keys', len(keys))
pool = [e for e in d.sdn if d.is_pool_org(e)]
print('pool', len(pool))
lv = Counter(); lvn = Counter()
out = {}
for e in pool:
    u = uses.get(e, 0); lv[u] += 1
    if narcotic(d.sdn[e]['prog']): lvn[u] += 1
    out[e] = dict(level=u, prog=d.sdn[e]['prog'], name=d.sdn[e]['name'], F=full(d.sdn[e]['name']) in fulls)
for k in sorted(lv): print('level', k, lv[k], 'narc', lvn[k])
json.dump(out, open('cand.json', 'w'), ensure_ascii=False)
