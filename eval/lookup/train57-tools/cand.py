"""Pool and levels -> cand.json; prints counts only."""
import json
from collections import Counter
from lib import Data, load_prior, folds, is_narc, full
d = Data()
keys, fulls, uses = load_prior(d)
print('prior files', len(__import__('lib').prior_files()), 'keys', len(keys))
pool = {}
for e, (n, t, p) in d.sdn.items():
    if t != '-0-' or d.names_count[n] != 1 or n in d.alias_set: continue
    bad = False
    for s in [n] + d.alts[e]:
        for f in folds(s):
            if d.fold_own[f] - {('S', e)}: bad = True
    if bad: continue
    pool[e] = {'name': n, 'prog': p, 'level': uses[e], 'narc': is_narc(p), 'F': full(n) in fulls}
print('pool', len(pool))
lv = Counter(v['level'] for v in pool.values())
for l in sorted(lv):
    print('level', l, lv[l], 'narc', sum(1 for v in pool.values() if v['level'] == l and v['narc']))
json.dump(pool, open('cand.json', 'w'), ensure_ascii=False, indent=0)
