"""Build the candidate pool with levels (earlier-set uses) -> cand.json. Prints counts only."""
import json
from collections import Counter
from lib import Data, load_prior, pool, is_narc
d = Data()
keys, fulls, uses, n = load_prior(d)
pl = pool(d, uses)
print('earlier files:', n, 'earlier keys:', len(keys))
print('pool:', len(pl))
c = Counter(); cn = Counter()
for e, lv in pl.items():
    c[lv] += 1
    if is_narc(d.sdn[e]['prog']): cn[lv] += 1
for lv in sorted(c): print('level', lv, c[lv], 'narcotics', cn[lv], 'others', c[lv] - cn[lv])
json.dump({e: lv for e, lv in pl.items()}, open('cand.json', 'w'))
