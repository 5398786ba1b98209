"""Pool and levels -> cand.json. Prints counts only."""
import json
from collections import Counter
import lib
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
p = lib.pool(d)
out = {}
for e in p:
    r = d.by_ent[e]
    out[e] = {'name': r['name'], 'prog': r['prog'], 'level': uses.get(e, 0), 'narc': lib.is_narc(r['prog']),
              'F': lib.full(r['name']) in fulls,
              'aliases': [[a, lib.full(a) in fulls] for t, a in d.alt.get(e, [])]}
json.dump(out, open(lib.HERE + '/cand.json', 'w'), ensure_ascii=False, indent=0)
print('earlier files read:', n, 'query keys:', len(keys))
print('pool:', len(p))
lv = Counter(v['level'] for v in out.values())
for L in sorted(lv):
    nn = sum(1 for v in out.values() if v['level'] == L and v['narc'])
    print('level %d: %d (%d SDNT/SDNTK, %d others)' % (L, lv[L], nn, lv[L] - nn))
