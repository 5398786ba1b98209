"""Counts only: per kind, how many pool names of one level group generate a query and how many pass the rules.
Usage: python3 diag.py LEVEL narc|other KIND ..."""
import sys
import lib, gen, rules
d = lib.Data()
keys, folds, uses, n = lib.load_prior(d)
pool = d.pool()
ctx = {'d': d, 'keys': keys, 'folds': folds, 'pool': pool}
lev = int(sys.argv[1]); want_narc = sys.argv[2] == 'narc'
group = [r for e, r in pool.items() if uses.get(e, 0) == lev and lib.is_narc(r['prog']) == want_narc]
print('level %d %s: %d names' % (lev, sys.argv[2], len(group)))
for kind in sys.argv[3:]:
    gen_n = pass_n = 0
    for r in group:
        c = gen.candidates(kind, r, d)
        if c:
            gen_n += 1
        # the level test is skipped here so that any group can be probed
        if any(not [x for x in rules.pos_errors(kind, s, det, q, r, lev, ctx) if not x.startswith('level')] for s, det, q in c):
            pass_n += 1
    print('%s: generated %d, pass %d' % (kind, gen_n, pass_n))
