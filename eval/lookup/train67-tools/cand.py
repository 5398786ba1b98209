"""Builds the pool with levels; prints counts only."""
import json
from collections import Counter
from lib import Data, load_prior, pool, is_narc
d = Data(); keys, fulls, uses, n = load_prior(d)
p = pool(d, uses)
print('earlier files', n, 'keys', len(keys), 'pool', len(p))
lv = Counter(p.values()); ln = Counter(l for e, l in p.items() if is_narc(d.sdn[e]['program']))
for l in sorted(lv):
    print('level', l, lv[l], 'narcotics', ln[l])
json.dump({str(e): l for e, l in p.items()}, open('cand.json', 'w'))
