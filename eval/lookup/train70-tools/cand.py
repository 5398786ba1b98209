import json; from collections import Counter; from lib import *
d = Data(); prior = load_prior(d); R = Rules(d, prior)
lv = Counter(); lvn = Counter()
out = []
for e, x in R.pool.items():
    L = R.level(e); lv[L] += 1
    if is_narc(x['prog']): lvn[L] += 1
    out.append(dict(ent=e, name=x['name'], prog=x['prog'], level=L, narc=is_narc(x['prog'])))
json.dump(out, open('cand.json', 'w'), ensure_ascii=False)
print('earlier files', prior[3], 'pool', len(out))
for L in sorted(lv): print('level', L, lv[L], 'narc', lvn[L], 'other', lv[L] - lvn[L])
