"""Print pool names at a level: F = full fold was an earlier query; * = alias whose full fold was."""
import json, sys
import lib
from cand import is_narc

lv = int(sys.argv[1]); which = sys.argv[2] if len(sys.argv) > 2 else 'all'
data = lib.Data()
keys, fulls, uses, n = lib.load_prior(data)
p = {int(k): v for k, v in json.load(open('cand.json')).items()}
for e in sorted(p, key=lambda e: data.sdn[e]['name']):
    if p[e] != lv:
        continue
    d = data.sdn[e]
    nc = is_narc(d['program'])
    if which == 'narc' and not nc or which == 'other' and nc:
        continue
    fl = 'F' if lib.full(d['name']) in fulls else ' '
    al = ' | '.join(('*' if lib.full(a) in fulls else '') + a for _, a in data.alts[e])
    print(f"{fl} {e} [{d['program']}] {d['name']}" + (f"  // {al}" if al else ''))
