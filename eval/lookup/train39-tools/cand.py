"""List the usable pool with earlier-use counts -> cand.json; print only counts."""
import json
from collections import Counter
from lib import World, load_prior
w = World()
qk, uses, nf, nr = load_prior()
pool = w.pool()
print('prior files', nf, 'rows', nr, 'query keys', len(qk))
print('orgs', sum(1 for r in w.sdn if r['type'] == ''), 'pool', len(pool))
lv = Counter(min(uses[e], 4) for e in pool)
print('pool levels', sorted(lv.items()))
json.dump({str(e): {'name': w.by_ent[e]['name'], 'program': w.by_ent[e]['program'], 'uses': uses[e]} for e in pool},
          open('cand.json', 'w'), ensure_ascii=False, indent=0)
