"""Diagnostic (counts only): per kind and level group, how many pool names generate a query and how many pass.
Usage: diag.py LEVEL narc|other KIND [KIND ...]"""
import sys
from collections import Counter
import lib, gen, rules

def main():
    lv = int(sys.argv[1]); grp = sys.argv[2]; kinds = sys.argv[3:]
    d = lib.Data(); pool = d.pool()
    ents = [e for e in sorted(pool) if d.level(e) == lv and lib.is_narc(d.ents[e]['program']) == (grp == 'narc')]
    print('group level %d %s: %d names' % (lv, grp, len(ents)))
    for k in kinds:
        ngen = npass = 0; rej = Counter()
        for e in ents:
            if k == 'aka':
                opts = [(gen.AKA_SHAPE, a) for a in gen.aka_items(d, e)]
            elif k == 'abbreviation':
                opts = [(gen.ABBR_SHAPE, s) for s, _ in gen.SHORT]
            else:
                opts = [(s, None) for s in gen.SHAPES[k]]
            g = p = False
            for s, it in opts:
                r = gen.generate(d, k, e, s, it)
                if not r:
                    continue
                g = True
                er = rules.pos_errors(d, k, s, e, r[0])
                for x in er:
                    rej[x] += 1
                if not er:
                    p = True
            ngen += g; npass += p
        print('%s: generated for %d, passes for %d; rejections %s' % (k, ngen, npass, dict(rej)))

main()
