"""List the usable pool with earlier-use counts; writes cand.json."""
import json
from collections import Counter
from lib import World, load_prior

w = World()
wsk, ffk, uses, nf, nr = load_prior(w.sdn)
pool = [e for e in w.sdn if w.in_pool(e)]
lev = Counter(uses[e] for e in pool)
print(f'prior files {nf}, rows {nr}; pool {len(pool)}; levels', sorted(lev.items()))
json.dump({str(e): {'name': w.sdn[e]['name'], 'program': w.sdn[e]['program'], 'uses': uses[e]} for e in pool},
          open('cand.json', 'w'), ensure_ascii=False, indent=0)
