"""Print pool names at a level (and narcotics filter) with programs and aliases; F/* = full fold an earlier query."""
import json, sys
from lib import Data, load_prior, full
d = Data(); keys, fulls, uses, nf = load_prior(d)
c = json.load(open('cand.json'))
lvl = int(sys.argv[1]); mode = sys.argv[2]  # narc / other / all
from lib import narcotic
for e, v in sorted(c.items(), key=lambda kv: kv[1]['name']):
    if v['level'] != lvl: continue
    n = narcotic(v['prog'])
    if mode == 'narc' and not n: continue
    if mode == 'other' and n: continue
    fl = 'F' if v['F'] else ' '
    al = ' | '.join(('*' if full(a) in fulls else '') + a for _, a in d.alts[int(e)])
    print(f"{fl} {e} [{v['prog']}] {v['name']}" + (f"  aka: {al}" if al else ''))
