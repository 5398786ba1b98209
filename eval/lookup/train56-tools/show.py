import json, sys
from lib import Data, load_prior, full
D = Data(); keys, fulls, uses, nf = load_prior(D)
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
lvl = int(sys.argv[1]); narc = sys.argv[2] == 'narc'
for e in sorted(pool, key=lambda x: D.sdn[x]['name']):
    if pool[e] != lvl: continue
    if (D.sdn[e]['prog'] in ('SDNT', 'SDNTK')) != narc: continue
    n = D.sdn[e]['name']
    m = 'F' if full(n) in fulls else ' '
    al = ['%s%s' % ('*' if full(a) in fulls else '', a) for a in D.alts[e]]
    print(m, e, n, '|', D.sdn[e]['prog'], '|', '; '.join(al)[:200])
