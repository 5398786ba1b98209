"""Candidate pool: unique-name -0- organisations, name not an alias, no key shared with another record or CSL."""
import json, lib
from collections import Counter
idx = lib.Index()
qk, ff, uses, nf, nr = lib.load_prior(idx)
pool = {}
for r in idx.sdn:
    if r['type'] != '-0-' or idx.name_count[r['name']] != 1 or r['name'] in idx.alias_set:
        continue
    ok = True
    for k in idx.own_keys(r['ent']):
        if any(s != ('sdn', r['ent']) for s in idx.key2src.get(k, ())):
            ok = False; break
    if not ok:
        continue
    pool[r['ent']] = {'name': r['name'], 'program': r['program'], 'level': uses[r['ent']],
                      'aliases': [a for _, a in idx.alts.get(r['ent'], [])]}
json.dump(pool, open(lib.HERE + '/cand.json', 'w'), ensure_ascii=False, indent=0)
print('prior files', nf, 'rows', nr)
print('pool', len(pool))
print('levels', sorted(Counter(v['level'] for v in pool.values()).items()))
