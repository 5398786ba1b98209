"""Level table of the pool (counts only). Usage: cand.py [this-set.jsonl]"""
import sys, json
from collections import Counter
import lib
D = lib.data()
keys, folds, uses, n = lib.load_prior()
extra = Counter()
if len(sys.argv) > 1:
    for line in open(sys.argv[1], encoding='utf-8'):
        r = json.loads(line)
        if r['expected'] is not None:
            extra[D.unique[r['expected']]] += 1
pool = D.pool()
tab = Counter()
low = []
for e in pool:
    lv = uses[e] + extra[e]
    nar = lib.is_narc(D.sdn[e]['program'])
    tab[(lv, nar)] += 1
    fl = lib.MIN_LEVEL_NARC if nar else lib.MIN_LEVEL_OTHER
    if lv < fl:
        low.append((lv, D.sdn[e]['name'], D.sdn[e]['program']))
print('earlier files %d; pool %d; %s' % (n, len(pool), 'after this set' if extra else 'before this set'))
for lv in sorted(set(k[0] for k in tab)):
    a, b = tab[(lv, True)], tab[(lv, False)]
    print('level %d: %d (narcotics %d, other %d)' % (lv, a + b, a, b))
for x in sorted(low):
    print('BELOW FLOOR', x)
