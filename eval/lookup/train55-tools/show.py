"""Print pool names at a level (programs, aliases). F = name full fold was an earlier query; * = alias so."""
import json, sys
from lib import *
d = Data(); keys, fulls, uses, nf = load_prior(d)
pool = json.load(open('cand.json'))
lvl = int(sys.argv[1]); narc = sys.argv[2] == 'narc'
for e, u in sorted(pool.items(), key=lambda x: d.sdn[x[0]]['name']):
    if u != lvl: continue
    if (d.sdn[e]['prog'] in ('SDNT', 'SDNTK')) != narc: continue
    n = d.sdn[e]['name']
    fl = 'F' if full(n) in fulls else ' '
    al = ['%s%s' % ('*' if full(a) in fulls else '', a) for a in d.alts.get(e, [])]
    print('%s %s | %s | %s | %s' % (fl, e, n, d.sdn[e]['prog'], '; '.join(al)))
