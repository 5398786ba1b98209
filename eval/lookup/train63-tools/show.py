import json, re, sys
from lib import *
d = Data(); keys, fulls, uses, nf = load_prior()
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
pat = re.compile(sys.argv[1]) if len(sys.argv) > 1 else None
for e in sorted(pool):
    v = d.sdn[e]
    if pool[e] != 3 or narc(v['prog']): continue
    if pat and not pat.search(v['name']): continue
    F = 'F' if full(v['name']) in fulls else ' '
    K = 'K' if key(v['name']) in keys else ' '
    print(e, F, K, v['name'], '|', v['prog'])
