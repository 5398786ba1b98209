"""cand.py - pool of eligible targets with their earlier-use level -> cand.json; prints counts."""
import json, collections, lib
d = lib.Data()
keys, fulls, uses = lib.load_prior(d)
pool = []
for ent, e in d.sdn.items():
    if not d.is_org_target(e['name']):
        continue
    clash = False
    for n in d.names_of(ent):
        for f_ in lib.folds(n):
            if d.fold_owner.get(f_, set()) - {ent}:
                clash = True
    if clash:
        continue
    pool.append({'ent': ent, 'name': e['name'], 'program': e['program'], 'level': uses[ent],
                 'narc': lib.is_narc(e['program']), 'full_used': lib.full(e['name']) in fulls})
json.dump(pool, open('cand.json', 'w'), indent=0, ensure_ascii=False)
lv = collections.Counter(p['level'] for p in pool)
print('pool', len(pool))
for l in sorted(lv):
    n = sum(1 for p in pool if p['level'] == l and p['narc'])
    print('level', l, lv[l], 'narc', n, 'other', lv[l] - n)
