"""Level table of the pool; optional extra file counted as earlier (the new set) for 'after'."""
import sys, time
from collections import Counter
import lib
t = time.time()
d = lib.data()
P = d.pool()
files = lib.prior_files() + sys.argv[1:]
keys, fulls, uses, n = lib.load_prior(d.name_to_ent, files)
tab = Counter()
for e, v in P.items():
    tab[(uses.get(e, 0), lib.is_narc(v['program']))] += 1
print('pool', len(P), 'files', n, 'distinct full folds', len(fulls))
for lv in sorted({k[0] for k in tab}):
    a, b = tab[(lv, True)], tab[(lv, False)]
    print('level %d: %d (%d narcotics, %d other)' % (lv, a + b, a, b))
low = [(uses.get(e, 0), v['name'], v['program']) for e, v in P.items()
       if uses.get(e, 0) < (lib.MIN_LEVEL_NARC if lib.is_narc(v['program']) else lib.MIN_LEVEL_OTHER)]
print('below floors:', len(low), sorted(low)[:10])
print('secs %.1f' % (time.time() - t))
