"""Level 2 in full plus level 3; F = name's full fold was an earlier query; * = alias was."""
import json
from lib import load_prior, full, load_sdn
ents, _ = load_sdn()
keys, fulls, uses = load_prior(ents)
pool = json.load(open('cand.json'))
for p in sorted(pool, key=lambda p: (p['level'], p['program'], p['name'])):
    if p['level'] > 3:
        continue
    fl = 'F' if full(p['name']) in fulls else ' '
    al = ' | '.join(('*' if full(a) in fulls else '') + a for a in p['aliases'])
    print(p['level'], fl, p['ent'], p['program'], '::', p['name'], ('  aka ' + al) if al else '')
