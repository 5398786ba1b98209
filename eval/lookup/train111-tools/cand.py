"""cand.py [extra.jsonl] - level table of the pool (counts only)."""
import sys
from collections import Counter
import lib
d = lib.Data()
keys, folds, uses, nf = lib.load_prior(d, extra=sys.argv[1:])
pool = lib.build_pool(d)
print('earlier files', nf, 'pool', len(pool), 'distinct folds', len(folds))
tab = Counter()
for e, (n, p) in pool.items():
    tab[(uses[e], lib.is_narc(p))] += 1
for lv in sorted(set(k[0] for k in tab)):
    a, b = tab[(lv, True)], tab[(lv, False)]
    print('level %d: %d (%d narcotics + %d other)' % (lv, a + b, a, b))
