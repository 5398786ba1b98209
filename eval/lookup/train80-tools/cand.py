"""Build the target pool with earlier-use levels -> cand.json; prints counts only."""
import json, os
from collections import Counter
import lib
d = lib.Data()
prior = lib.load_prior(d)
pl = lib.pool(d, prior[2])
print('earlier files', prior[3])
print('pool', len(pl))
lv = Counter(v['level'] for v in pl.values())
for l in sorted(lv):
    n = sum(1 for v in pl.values() if v['level'] == l and v['narc'])
    print('level %d: %d (%d SDNT/SDNTK, %d others)' % (l, lv[l], n, lv[l] - n))
json.dump({str(k): v for k, v in pl.items()}, open(os.path.join(lib.HERE, 'cand.json'), 'w'), ensure_ascii=False)
