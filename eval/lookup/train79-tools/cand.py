"""Pool and levels -> cand.json; prints counts only."""
import json
from collections import Counter
import lib

d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
P = lib.pool(d)
lv = Counter(); lvn = Counter()
cand = {}
for e in P:
    u = uses.get(e, 0)
    narc = lib.is_narc(d.recs[e]['prog'])
    lv[u] += 1
    if narc:
        lvn[u] += 1
    cand[e] = {'level': u, 'narc': narc}
json.dump(cand, open('cand.json', 'w'))
print('earlier files', n, 'keys', len(keys), 'full folds', len(fulls))
print('pool', len(P))
for u in sorted(lv):
    print('level %d: %d (%d SDNT/SDNTK, %d others)' % (u, lv[u], lvn[u], lv[u] - lvn[u]))
