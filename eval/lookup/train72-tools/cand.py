"""Pool and level counts (counts only) -> cand.json (pool ent_nums with level)."""
import json, collections
from lib import Data, load_prior, pool, is_narc
d = Data(); keys, fulls, uses, n = load_prior(d); p = pool(d)
lv = collections.Counter(); split = collections.Counter()
for e, v in p.items():
    lv[uses[e]] += 1; split[(uses[e], is_narc(v['prog']))] += 1
print('earlier files', n, 'pool', len(p))
for l in sorted(lv): print('level', l, lv[l], 'narcotics', split[(l, True)], 'other', split[(l, False)])
json.dump({e: uses[e] for e in p}, open('cand.json', 'w'))
