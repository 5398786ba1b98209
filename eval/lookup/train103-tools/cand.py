"""Level table of my pool (counts only). Usage: python3 cand.py [extra.jsonl ...] (extra files counted as earlier)."""
import sys
from collections import Counter
import lib
d = lib.Data()
files = lib.prior_files() + sys.argv[1:]
keys, fulls, uses, n = lib.load_prior(d, files)
pool = d.pool()
print('earlier files: %d; distinct keys %d; distinct full folds %d; pool %d' % (n, len(keys), len(fulls), len(pool)))
tab = Counter()
for e in pool:
    tab[(uses.get(e, 0), lib.is_narc(d.sdn[e]['program']))] += 1
for lv in sorted({k[0] for k in tab}):
    a, b = tab[(lv, True)], tab[(lv, False)]
    print('level %d: %d (%d narcotics + %d others)' % (lv, a + b, a, b))
low = [e for e in pool if not lib.is_narc(d.sdn[e]['program']) and uses.get(e, 0) < lib.MIN_LEVEL_OTHER]
print('non-narcotics below level %d: %s' % (lib.MIN_LEVEL_OTHER, ', '.join('%s (level %d)' % (d.sdn[e]['name'], uses.get(e, 0)) for e in low)))
lown = [e for e in pool if lib.is_narc(d.sdn[e]['program']) and uses.get(e, 0) < lib.MIN_LEVEL_NARC]
print('narcotics below level %d: %d' % (lib.MIN_LEVEL_NARC, len(lown)))
