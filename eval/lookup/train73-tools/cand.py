"""Pool and levels -> cand.json. Prints counts only."""
import json, collections, lib
d = lib.Data(); prior = lib.load_prior(d); uses = prior[2]
p = lib.pool(d)
lv = collections.Counter(); lvn = collections.Counter()
for e in p:
    l = uses.get(e, 0); lv[l] += 1
    if lib.narc(d.sdn[e]['prog']): lvn[l] += 1
print('earlier files', prior[3]); print('pool', len(p))
for l in sorted(lv): print('level', l, lv[l], 'narcotics', lvn[l], 'other', lv[l] - lvn[l])
json.dump({'pool': p, 'levels': {str(e): uses.get(e, 0) for e in p}}, open(lib.HERE + '/cand.json', 'w'))
