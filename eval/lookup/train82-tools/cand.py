"""Builds the target pool with earlier-use levels -> cand.json. Prints counts only."""
import json
from collections import Counter
import lib

d = lib.Data()
pk, pf, uses, nfiles = lib.load_prior(d)
p = lib.pool(d)
print('earlier files:', nfiles, 'earlier keys:', len(pk), 'earlier full folds:', len(pf))
print('pool entities:', len(p))
lv = Counter(); lvn = Counter()
for e in p:
    u = uses.get(e, 0); lv[u] += 1
    if d.is_narc(e): lvn[u] += 1
for u in sorted(lv):
    print('level %d: %d (%d SDNT/SDNTK, %d others)' % (u, lv[u], lvn[u], lv[u] - lvn[u]))
json.dump({'pool': [{'ent': e, 'level': uses.get(e, 0), 'narc': d.is_narc(e)} for e in p]},
          open('cand.json', 'w'))
