"""List level-2 pool aliases that are not earlier queries and whose fold keys belong only to their entity.
Prints only alias strings from alt.csv (no earlier row)."""
import json, sys
from collections import defaultdict
import lib
pool = json.load(open(lib.HERE + '/cand.json'))
sdn = lib.load_sdn(); alt = lib.load_alt()
qkeys, uses, _, _ = lib.load_prior()
owner = defaultdict(set)
for e, r in sdn.items():
    for k in lib.keys(r['name']): owner[k].add(e)
    for _, a in alt[e]:
        for k in lib.keys(a): owner[k].add(e)
for c in lib.load_csl_names():
    for k in lib.keys(c): owner[k].add('CSL')
for p in pool:
    if p['uses'] != 2: continue
    for a in p['aliases']:
        if lib.seen_before(a, qkeys): continue
        if any(owner[k] - {p['ent']} for k in lib.keys(a) if k): continue
        if lib.full_key(a) == lib.full_key(p['name']): continue
        print(p['ent'], '|', p['program'][:20], '|', p['name'][:50], '=>', a)
