"""Pool and levels for lookup-train86. Writes cand.json; prints counts only."""
import json, collections
from lib import load_all, HERE
import os
data, prior, pool = load_all()
keys, fulls, uses, nfiles = prior
print('earlier files', nfiles, '| distinct keys', len(keys), '| distinct full folds', len(fulls))
print('pool size', len(pool))
lv = collections.Counter(); lvn = collections.Counter()
for e, l in pool.items():
    lv[l] += 1
    if data.is_narc(e):
        lvn[l] += 1
for l in sorted(lv):
    print('level %d: %d (%d SDNT/SDNTK, %d others)' % (l, lv[l], lvn[l], lv[l] - lvn[l]))
oth4 = [e for e, l in pool.items() if l == 4 and not data.is_narc(e)]
print('level-4 non-narcotics names left:', len(oth4), '| with add.csv city:', sum(1 for e in oth4 if data.city.get(e)))
json.dump({e: {'level': l, 'narc': data.is_narc(e), 'name': data.sdn[e]['name'], 'city': data.city.get(e, '')}
           for e, l in pool.items()}, open(os.path.join(HERE, 'cand.json'), 'w'), ensure_ascii=False, indent=0)
