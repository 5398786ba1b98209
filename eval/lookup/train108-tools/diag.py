"""diag.py LEVEL narc|other KIND...: per kind, how many names of that level group generate a query and how many
pass pos_errors with at least one shape (counts only; ignores in-set use)."""
import sys
import lib, gen, rules
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
P = lib.pool(d); ps = set(P)
lv = int(sys.argv[1]); narc = sys.argv[2] == 'narc'
group = [e for e in P if uses[e] == lv and lib.is_narc(d.sdn[e]['program']) == narc]
print('level %d %s: %d names' % (lv, sys.argv[2], len(group)))
for kind in sys.argv[3:]:
    g = p = 0
    for e in group:
        c = gen.candidates(d, e, kind)
        if c:
            g += 1
            if any(not rules.pos_errors(d, (keys, fulls), ps, uses, kind, s, dt, q, e) for s, dt, q in c):
                p += 1
    print('  %s: generated %d, pass %d' % (kind, g, p))
