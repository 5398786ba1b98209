"""Diagnostic (counts only, plus pool names at a given level): which names generate/pass each kind."""
import sys
from collections import Counter
import lib, gen, rules

d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
P = lib.pool(d)
ps = set(P)
mode = sys.argv[1]
if mode == 'l4words':
    c = Counter()
    for e in P:
        if uses[e] == 4 and lib.is_narc(d.sdn[e]['program']):
            b, l = gen.split_legal(d.sdn[e]['name'])
            for t in b:
                c[t.rstrip(',')] += 1
    print(sorted(c))
else:
    kind, lv, narc = mode, int(sys.argv[2]), sys.argv[3] == 'N'
    gen_n, pass_n, shp = 0, 0, Counter()
    rej = Counter()
    for e in P:
        if uses[e] != lv or lib.is_narc(d.sdn[e]['program']) != narc:
            continue
        g = gen.generate(kind, d, e)
        if g:
            gen_n += 1
        ok = False
        for sh, det, q in g:
            errs = rules.pos_errors(d, (keys, fulls), ps, uses, kind, e, sh, det, q)
            for x in errs:
                rej[x] += 1
            if not errs:
                ok = True
                shp[sh] += 1
        pass_n += ok
    print('%s level %d %s: generated for %d names, passes for %d; passing queries per shape %s; rejections %s' % (
        kind, lv, 'narcotics' if narc else 'other', gen_n, pass_n, dict(shp), dict(rej)))
