"""diag.py LEVEL narc|other KIND... - per kind, how many pool names of one level group generate / pass (counts only)."""
import sys
import lib, gen, rules
d = lib.Data()
prior = lib.load_prior(d)
uses = prior[2]
pool = lib.build_pool(d)
lv, grp, kinds = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
ents = [e for e, (n, p) in pool.items() if uses[e] == lv and lib.is_narc(p) == (grp == 'narc')]
print('level %d %s: %d names' % (lv, grp, len(ents)))
for kind in kinds:
    g = p = 0
    for e in ents:
        c = gen.candidates(d, e, kind)
        if c:
            g += 1
        ok = False
        for shape, detail, q in c:
            errs = [x for x in rules.pos_errors(d, prior, pool, e, kind, shape, detail, q, uses[e])
                    if not x.startswith('level')]
            if not errs:
                ok = True; break
        p += ok
    print('%s: generated %d, passing %d' % (kind, g, p))
