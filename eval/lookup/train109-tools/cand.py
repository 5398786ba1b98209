"""level table of the pool (counts only). usage: python3 cand.py [extra.jsonl]"""
import sys, collections, lib
d = lib.Data()
extra = sys.argv[1] if len(sys.argv) > 1 else None
keys, folds, uses, n = lib.load_prior(d, extra)
pool = d.pool()
t = collections.Counter()
for ent, rec in pool.items():
    t[(uses[ent], lib.is_narc(rec['program']))] += 1
print('earlier files', n, 'distinct folds', len(folds), 'pool', len(pool))
for lv in sorted({k[0] for k in t}):
    a, b = t[(lv, True)], t[(lv, False)]
    print('level %d: %d (%d narcotics + %d other)' % (lv, a + b, a, b))
