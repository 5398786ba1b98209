"""List pool entities at a level: ent, program, name, aliases. F/* = full fold was an earlier query."""
import json, sys
from lib import Data, load_prior, full, is_narc
d = Data(); keys, fulls, uses = load_prior(d)
pool = json.load(open('cand.json'))
L = int(sys.argv[1]); mode = sys.argv[2] if len(sys.argv) > 2 else 'all'
for ent in sorted(pool, key=lambda e: d.sdn[e]['name']):
    if pool[ent] != L: continue
    e = d.sdn[ent]; n = is_narc(e['program'])
    if mode == 'narc' and not n: continue
    if mode == 'other' and n: continue
    f = 'F' if full(e['name']) in fulls else ' '
    al = ' | '.join(('*' if full(a) in fulls else '') + a for a in d.alts[ent])
    print(f, ent, e['program'], e['name'], ('  aka: ' + al) if al else '')
