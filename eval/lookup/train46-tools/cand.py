"""List usable pool: unique-name -0- orgs, name not an alias, keys not shared with other records / CSL."""
import json
from collections import Counter
from lib import *
idx = Index(); qk, uses, nf, nr = load_prior()
name_count = Counter(e['name'] for e in idx.ents.values())
alias_set = {a.upper() for v in idx.alts.values() for a in v}
pool = {}
for n, e in idx.ents.items():
    if e['type'] != '' or name_count[e['name']] != 1 or e['name'].upper() in alias_set: continue
    bad = False
    for s in [e['name']] + idx.alts.get(n, []):
        for k in keys(s):
            if idx.key2[k] - {('sdn', n)}: bad = True
    if bad: continue
    pool[n] = dict(name=e['name'], program=e['program'], uses=uses[n], alts=idx.alts.get(n, []))
print('earlier files', nf, 'rows', nr, 'query keys', len(qk))
print('pool', len(pool), 'levels', sorted(Counter(p['uses'] for p in pool.values()).items()))
json.dump(pool, open('cand.json', 'w'), ensure_ascii=False, indent=0)
