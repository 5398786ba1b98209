"""Pool and levels -> cand.json; prints counts only (plus nothing from earlier sets)."""
import json, os
from collections import Counter
import lib

d, prior, p = lib.load_all()
keys, fulls, uses, nf = prior
print('earlier files:', nf, '| earlier keys:', len(keys), '| earlier full folds:', len(fulls))
print('pool entities:', len(p))
lv = Counter(); lvn = Counter()
out = []
for e, r in p.items():
    L = uses.get(e, 0); n = lib.is_narc(r['prog'])
    lv[L] += 1
    if n: lvn[L] += 1
    out.append({'ent': e, 'name': r['name'], 'prog': r['prog'], 'level': L, 'narc': n,
                'city': d.city.get(e, ''), 'aliases': d.alts.get(e, [])})
for L in sorted(lv):
    print('level %d: %d (%d SDNT/SDNTK, %d others)' % (L, lv[L], lvn[L], lv[L] - lvn[L]))
nn4 = [x for x in out if x['level'] == 4 and not x['narc']]
print('level-4 non-narcotics with add.csv city:', sum(1 for x in nn4 if x['city']))
json.dump(sorted(out, key=lambda x: int(x['ent'])), open(os.path.join(lib.HERE, 'cand.json'), 'w'), indent=0)
