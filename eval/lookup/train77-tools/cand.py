import json
from collections import Counter
from lib import Data, load_prior, pool, is_narc
d = Data(); keys, fulls, uses, n = load_prior(d); pl = pool(d)
rows = [{'ent': e, 'name': nm, 'program': p, 'level': uses.get(e, 0)} for e, (nm, p) in sorted(pl.items())]
json.dump(rows, open('cand.json', 'w'), ensure_ascii=False, indent=0)
print('earlier files', n, 'pool', len(rows))
lv = Counter(r['level'] for r in rows); ln = Counter(r['level'] for r in rows if is_narc(r['program']))
for k in sorted(lv): print('level', k, lv[k], 'narcotics', ln[k], 'others', lv[k] - ln[k])
