"""Counts only: python3 diag.py LEVEL narc|other KIND... -> per kind, names of that level group that generate / pass."""
import sys
from collections import Counter
import lib, gen, rules
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
pool = lib.build_pool(d)
lvl, grp = int(sys.argv[1]), sys.argv[2]
names = [e for x, e in pool.items() if uses[x] == lvl and lib.is_narc(e['program']) == (grp == 'narc')]
print('level %d %s: %d names' % (lvl, grp, len(names)))
for kind in sys.argv[3:]:
    g = p = 0; why = Counter()
    for e in names:
        c = gen.candidates(d, e, kind)
        if c:
            g += 1
        ok = False
        for s, det, q in c:
            er = rules.pos_errors(d, (keys, fulls), pool, kind, s, q, e)
            why.update(er)
            if not er:
                ok = True
        p += ok
    print('%s: generated %d, passing %d, rejections %s' % (kind, g, p, dict(why)))
