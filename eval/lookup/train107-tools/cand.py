"""Level table of the pool (counts only). Usage: python3 cand.py [extra.jsonl ...]"""
import sys
from collections import Counter
import lib
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d, sys.argv[1:])
pool = lib.build_pool(d)
print('earlier files', n, 'pool', len(pool), 'keys', len(keys), 'fulls', len(fulls))
t = Counter()
for ent, e in pool.items():
    t[(min(uses[ent], 9), lib.is_narc(e['program']))] += 1
for lvl in sorted({k[0] for k in t}):
    print('level %d: %d (%d narcotics + %d other)' % (lvl, t[(lvl, True)] + t[(lvl, False)], t[(lvl, True)], t[(lvl, False)]))
