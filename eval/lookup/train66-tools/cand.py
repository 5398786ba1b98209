"""Pool and levels -> cand.json; prints counts only."""
import json
from collections import Counter
from lib import Data, load_prior, pool, is_narc
d = Data()
keys, ffs, uses, n = load_prior(d)
P = pool(d)
print('prior files', n, 'keys', len(keys))
print('pool', len(P))
lv = Counter(); ln = Counter()
for e in P:
    lv[uses[e]] += 1
    if is_narc(d.sdn[e]['prog']): ln[uses[e]] += 1
for k in sorted(lv): print('level', k, lv[k], 'narcotics', ln[k], 'others', lv[k]-ln[k])
json.dump({str(e): uses[e] for e in P}, open('cand.json', 'w'))
P3 = [e for e in P if uses[e] >= 3]
print('excluded below level 3 (near-duplicate names that the earlier pools left out):', len(P) - len(P3))
print('pool used (level >= 3):', len(P3))
