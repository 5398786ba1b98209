"""Level table of the pool (counts only). Usage: cand.py [extra.jsonl]"""
import sys
from collections import Counter
import lib
d = lib.Data(extra_prior=sys.argv[1:])
pool = d.pool()
t = Counter()
for e in pool.values():
    t[(d.level(e['ent']), lib.is_narc(e['program']))] += 1
print('earlier files', d.nfiles, 'pool', len(pool))
for lv in sorted(set(k[0] for k in t)):
    print('level %d: %d (%d narcotics + %d other)' % (lv, t[(lv, True)] + t[(lv, False)], t[(lv, True)], t[(lv, False)]))
