"""pool and levels -> cand.json; prints counts only"""
import json
from collections import Counter
import lib

data, prior, pl, rules = lib.load_all()
keys, fulls, uses, nfiles = prior
print('earlier files:', nfiles, 'keys:', len(keys), 'full folds:', len(fulls))
print('pool:', len(pl))
lv = Counter(); lvn = Counter()
for e, n in pl.items():
    lv[n] += 1
    if lib.is_narc(data.rec[e]['prog']):
        lvn[n] += 1
for n in sorted(lv):
    print('level %d: %d (%d SDNT/SDNTK, %d others)' % (n, lv[n], lvn[n], lv[n] - lvn[n]))
json.dump({e: n for e, n in pl.items()}, open('cand.json', 'w'), indent=0, sort_keys=True)
