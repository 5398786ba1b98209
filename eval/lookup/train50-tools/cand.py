"""Candidate pool: unique-name -0- organisations, name not an alias, no fold shared with another record/CSL.
Writes cand.json; prints level counts only."""
import json
from collections import Counter
from lib import Index, load_prior, folds, full, HERE
import os

idx = Index()
keys, ffs, uses, nf, nr = load_prior(idx)
print(f'prior: {nf} files, {nr} rows, {len(uses)} entities used')
pool = {}
for r in idx.sdn:
    if r['type'] != '-0-' or idx.name_count[r['name']] != 1 or r['name'] in idx.alias_names:
        continue
    ok = True
    for k in idx.own_folds(r['ent']):
        if idx.owners.get(k, set()) - {r['ent']}:
            ok = False
            break
    if not ok:
        continue
    pool[r['ent']] = {'name': r['name'], 'program': r['program'], 'level': uses[r['ent']],
                      'aliases': [a for _, a in idx.alt.get(r['ent'], [])],
                      'name_queried': full(r['name']) in ffs,
                      'alias_queried': [full(a) in ffs for _, a in idx.alt.get(r['ent'], [])]}
lv = Counter(v['level'] for v in pool.values())
print('pool', len(pool), 'levels', sorted(lv.items()))
json.dump(pool, open(os.path.join(HERE, 'cand.json'), 'w'), ensure_ascii=False, indent=0)
