"""diag: python3 diag.py LEVEL narc|other KIND... -> per kind, names of that level group that generate / pass (counts)."""
import sys, lib, gen, rules
d = lib.Data()
keys, folds, uses, n = lib.load_prior(d)
pool = d.pool()
lv, grp, kinds = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
ents = [e for e, r in pool.items() if uses[e] == lv and lib.is_narc(r['program']) == (grp == 'narc')]
for kind in kinds:
    g = p = 0
    for e in ents:
        c = gen.candidates(d, e, kind)
        if c:
            g += 1
            if any(not rules.pos_errors(d, (keys, folds, uses), pool, kind, e, s, det, q) for s, det, q in c):
                p += 1
    print('level %d %s (%d names) %s: generated %d, pass %d' % (lv, grp, len(ents), kind, g, p))
