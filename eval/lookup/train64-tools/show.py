# counts only: how many level-3 names/aliases have never been queried (key and full fold)
from lib import Data, load_prior, narcotic, full, key
d = Data(); keys, fulls, uses, n = load_prior(d)
pool = [e for e in d.sdn if d.in_pool(e)]
for lvl in (3, 4):
    for narc in (True, False):
        es = [e for e in pool if uses[e] == lvl and narcotic(d.sdn[e]['prog']) == narc]
        free = [e for e in es if full(d.sdn[e]['name']) not in fulls and key(d.sdn[e]['name']) not in keys]
        al = [e for e in es if any(full(a) not in fulls and key(a) not in keys for a in d.alts.get(e, []))]
        print(f'level {lvl} narcotics={narc}: {len(es)} names, {len(free)} never-queried names, {len(al)} with a never-queried alias')
