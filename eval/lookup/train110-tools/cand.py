"""Level table of the pool (counts only). Usage: python3 cand.py [extra.jsonl]"""
import sys
from collections import Counter
import lib
d = lib.Data()
extra = sys.argv[1] if len(sys.argv) > 1 else None
keys, folds, uses, n = lib.load_prior(d, extra)
pool = d.pool()
t = Counter()
for e, r in pool.items():
    t[(uses.get(e, 0), lib.is_narc(r['prog']))] += 1
print('earlier files', n, 'pool', len(pool))
for lv in sorted({k[0] for k in t}):
    a, b = t[(lv, True)], t[(lv, False)]
    print('level %d: %d (%d narcotics + %d other)' % (lv, a + b, a, b))
