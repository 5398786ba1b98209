"""Pool and levels. Writes cand.json; prints counts only."""
import json
from collections import Counter
import lib
d = lib.Data()
keys, fulls, uses, nf = lib.load_prior(d)
pool = {}
for e, r in d.sdn.items():
    if r['type'] != '' or not r['name']: continue
    if d.name_count[r['name']] != 1 or r['name'] in d.alias_names: continue
    ok = True
    for fo in d.own_folds(e):
        if d.fold_owner[fo] - {('sdn', e)}:
            ok = False; break
    if not ok: continue
    pool[e] = dict(name=r['name'], program=r['program'], level=uses[e], narc=lib.is_narc(r['program']))
lv = Counter(p['level'] for p in pool.values())
print('prior files', nf, 'prior keys', len(keys))
print('pool entities', len(pool))
for l in sorted(lv):
    n = sum(1 for p in pool.values() if p['level'] == l and p['narc'])
    print(f'level {l}: {lv[l]} (SDNT/SDNTK {n}, others {lv[l]-n})')
json.dump(pool, open('cand.json', 'w'), ensure_ascii=False, indent=0)
