"""Pool of candidate targets with levels -> cand.json; prints counts only."""
import json
from collections import Counter
from lib import Data, load_prior, pool, is_narc
d = Data(); keys, fulls, uses, n = load_prior(d)
p = pool(d)
rows = [{'ent': e, 'name': d.sdn[e]['name'], 'prog': d.sdn[e]['prog'], 'level': uses[e]} for e in p]
json.dump(rows, open('cand.json', 'w'), ensure_ascii=False)
print('earlier files', n, 'pool', len(rows))
lv = Counter(r['level'] for r in rows)
for L in sorted(lv):
    nn = sum(1 for r in rows if r['level'] == L and is_narc(r['prog']))
    print('level', L, lv[L], 'narcotics', nn, 'others', lv[L] - nn)
