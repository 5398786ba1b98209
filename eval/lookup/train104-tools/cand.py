"""Level table of my pool, before this set (or after, given a set file)."""
import sys, json
from collections import Counter
import lib

d = lib.Data()
files = lib.prior_files() + sys.argv[1:]
keys, fulls, uses, n = lib.load_prior(d, files)
P = lib.pool(d)
print('earlier files read: %d; pool %d' % (n, len(P)))
tab = Counter()
for e in P:
    tab[(min(uses[e], 9), lib.is_narc(d.sdn[e]['program']))] += 1
for lv in range(0, 10):
    a, b = tab[(lv, True)], tab[(lv, False)]
    if a or b:
        print('level %d%s: %d (narcotics %d, other %d)' % (lv, '+' if lv == 9 else '', a + b, a, b))
below = [e for e in P if not lib.level_ok(uses[e], lib.is_narc(d.sdn[e]['program'])) and uses[e] < (lib.MIN_LEVEL_NARC if lib.is_narc(d.sdn[e]['program']) else lib.MIN_LEVEL_OTHER)]
print('below the floors: %d %s' % (len(below), [d.sdn[e]['name'] for e in below][:5]))
