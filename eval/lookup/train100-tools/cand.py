"""Level table of the pool (counts only). Usage: cand.py [extra.jsonl] (extra counted as an earlier set)."""
import sys
from collections import Counter
import lib
d = lib.Data()
files = lib.prior_files() + sys.argv[1:]
keys, fulls, uses, n = lib.load_prior(d, files)
pool = d.pool()
tab = Counter()
for e, r in pool.items():
    tab[(uses[e], r.narc)] += 1
print('earlier files %d; pool %d' % (n, len(pool)))
for lv in sorted({k[0] for k in tab}):
    print('level %d: %d (%d narcotics + %d other)' % (lv, tab[(lv, True)] + tab[(lv, False)], tab[(lv, True)], tab[(lv, False)]))
low = [r.name for e, r in pool.items() if uses[e] < (lib.MIN_LEVEL_NARC if r.narc else lib.MIN_LEVEL_OTHER)]
print('below floors:', low)
