"""Pool and levels -> cand.json. Prints counts only."""
import json
from collections import Counter
from lib import Data, load_prior, pool, is_narc
d = Data()
prior = load_prior(d)
p = pool(d, prior[2])
json.dump({str(e): l for e, l in p.items()}, open('cand.json', 'w'))
print('earlier files', prior[3])
print('pool', len(p))
c = Counter(p.values())
for l in sorted(c):
    n = sum(1 for e, x in p.items() if x == l and is_narc(d.sdn[e]['prog']))
    print('level', l, c[l], 'narcotics', n, 'others', c[l] - n)
