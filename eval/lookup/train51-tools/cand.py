"""Pool of candidate targets with earlier-use levels -> cand.json; prints counts only."""
import json
from collections import Counter
from lib import Index, load_prior, folds
ix = Index()
keys, fulls, uses = load_prior(ix.ents)
pool = []
for e in ix.ents.values():
    if e['type'] != '' or ix.name_count[e['name']] != 1 or e['name'] in ix.alias_names:
        continue
    ok = True
    for n in ix.names_of(e['ent']):
        for f in folds(n):
            if ix.fold_owner[f] - {e['ent']}:
                ok = False
    if not ok:
        continue
    pool.append({'ent': e['ent'], 'name': e['name'], 'program': e['program'], 'level': uses[e['ent']],
                 'aliases': [a for _, a in ix.alts.get(e['ent'], [])]})
json.dump(pool, open('cand.json', 'w'), ensure_ascii=False, indent=0)
print('earlier query keys', len(keys), 'pool', len(pool))
lv = Counter(p['level'] for p in pool)
print('levels', sorted(lv.items()))
for L in sorted(lv):
    c = Counter('NARC' if p['program'] in ('SDNT', 'SDNTK') else 'other' for p in pool if p['level'] == L)
    print(' level', L, dict(c))
