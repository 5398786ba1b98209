"""List the usable pool with earlier-use levels. Prints only SDN data and counts."""
import json, sys
from collections import Counter, defaultdict
from lib import *

sdn = load_sdn(); alt = load_alt(); adds = load_add(); csl = load_csl_names()
qk, uses, nf, nr = load_prior()
namecount = Counter(r['name'] for r in sdn.values())
aliasnames = set(a for L in alt.values() for _, a in L)
keyowner = defaultdict(set)
for e, r in sdn.items():
    for k in keys(r['name']):
        keyowner[k].add(e)
    for _, a in alt.get(e, []):
        for k in keys(a):
            keyowner[k].add(e)
cslkeys = set()
for n in csl:
    cslkeys |= keys(n)
pool = {}
amb = 0
for e, r in sdn.items():
    if r['type'] != '' or namecount[r['name']] != 1 or r['name'] in aliasnames:
        continue
    ks = set(keys(r['name']))
    for _, a in alt.get(e, []):
        ks |= keys(a)
    if any(keyowner[k] - {e} for k in ks) or (ks & cslkeys):
        amb += 1
        continue
    pool[e] = {'name': r['name'], 'program': r['program'], 'uses': uses.get(e, 0)}
print(f'prior files {nf}, rows {nr}, query keys {len(qk)}')
print(f'pool {len(pool)} (ambiguous dropped {amb})')
lv = Counter(min(p['uses'], 5) for p in pool.values())
print('levels', sorted(lv.items()))
json.dump(pool, open('cand.json', 'w'), ensure_ascii=False, indent=0)
if '--list' in sys.argv:
    lvl = int(sys.argv[sys.argv.index('--list') + 1])
    for e, p in sorted(pool.items(), key=lambda x: x[1]['program']):
        if p['uses'] == lvl:
            print(e, '|', p['name'], '|', p['program'])
