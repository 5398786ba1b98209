"""Pool and levels -> cand.json; prints counts only."""
import json
from collections import Counter
from lib import Data, load_prior, pool, is_narc
d = Data()
keys, fulls, uses, n = load_prior(d)
pl = pool(d)
lv = Counter((min(uses[e], 7), is_narc(v['prog'])) for e, v in pl.items())
print('earlier files', n, 'pool', len(pl))
for l in sorted({a for a, b in lv}):
    print('level', l, 'narc', lv[(l, True)], 'other', lv[(l, False)])
json.dump({str(e): {'name': v['name'], 'prog': v['prog'], 'uses': uses[e]} for e, v in pl.items()},
          open('cand.json', 'w'), ensure_ascii=False, indent=0)
