"""Level table of the pool (counts only). Usage: cand.py [extra.jsonl ...]"""
import sys
from collections import Counter
import lib
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d, sys.argv[1:])
P = lib.pool(d)
t = Counter()
for e in P:
    t[(min(uses[e], 9), lib.is_narc(d.sdn[e]['program']))] += 1
print('earlier files', n, 'pool', len(P), 'distinct full folds', len(fulls))
for lv in range(0, 10):
    a, b = t[(lv, True)], t[(lv, False)]
    if a or b:
        print('level %d: %d (%d narcotics + %d other)' % (lv, a + b, a, b))
