"""Pool of candidate targets with earlier-use levels -> cand.json; prints level counts only."""
import json
from collections import Counter
from lib import Data, load_prior, pool, is_narc
d = Data()
keys, fulls, uses, n = load_prior(d)
p = pool(d)
lv = Counter(); lvn = Counter()
out = []
for e, r in sorted(p.items()):
    u = uses.get(e, 0)
    lv[u] += 1
    if is_narc(r['program']):
        lvn[u] += 1
    out.append({'ent': e, 'name': r['name'], 'program': r['program'], 'level': u})
json.dump(out, open('cand.json', 'w'), ensure_ascii=False, indent=0)
print('earlier files', n, 'earlier keys', len(keys), 'earlier full folds', len(fulls))
print('pool', len(p))
for k in sorted(lv):
    print('level %d: %d (%d SDNT/SDNTK, %d other)' % (k, lv[k], lvn[k], lv[k] - lvn[k]))
