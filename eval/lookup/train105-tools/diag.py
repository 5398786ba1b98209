"""Counts only: per kind, how many pool names of a level group generate a query and how many pass (ignores in-set use)."""
import sys
from collections import Counter
import lib, gen, rules
d = lib.Data(); prior = lib.load_prior(d); uses = prior[2]
lv, narc = int(sys.argv[1]), sys.argv[2] == 'narc'
kinds = sys.argv[3:]
names = [e for e in lib.pool(d) if uses.get(e, 0) == lv and lib.is_narc(d.sdn[e]['program']) == narc]
print('level %d %s names: %d' % (lv, 'narcotics' if narc else 'other', len(names)))
for k in kinds:
    gen_n = pass_n = 0; rej = Counter()
    for e in names:
        c = gen.generate(k, e, d)
        if not c: continue
        gen_n += 1; ok = False
        for sh, det, q in c:
            er = rules.pos_errors(k, sh, det, q, e, d, prior)
            for x in er: rej[x] += 1
            if not er: ok = True
        pass_n += ok
    print('%s: generated for %d, passes for %d; rejections %s' % (k, gen_n, pass_n, dict(rej)))
