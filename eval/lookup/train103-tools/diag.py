"""Diagnostic (counts only): for given level/narcotics groups, how many pool names generate and pass each kind."""
import lib, gen, rules
from collections import Counter
d = lib.Data(); pk, pf, uses, n = lib.load_prior(d)
pool = d.pool()
def run(label, ents, kinds):
    print('%s: %d names' % (label, len(ents)))
    for k in kinds:
        g = p = 0; rej = Counter()
        for e in ents:
            got = passed = False
            for it in gen.items_for(d, k, e):
                r = gen.generate(d, e, k, it)
                if not r: continue
                got = True
                errs = rules.pos_errors(d, pk, pf, e, k, r[1], it)
                if errs:
                    for x in errs: rej[x] += 1
                else:
                    passed = True
            g += got; p += passed
        print('  %s: generated for %d, passing for %d; rejections %s' % (k, g, p, dict(rej)))
narc = lambda e: lib.is_narc(d.sdn[e]['program'])
run('level-4 narcotics', [e for e in pool if narc(e) and uses.get(e, 0) == 4], ['case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation'])
run('level-5 narcotics', [e for e in pool if narc(e) and uses.get(e, 0) == 5], ['case'])
l5 = [e for e in pool if not narc(e) and uses.get(e, 0) == 5]
run('level-5 non-narcotics', l5, sorted(gen.NON_NARC | {'abbreviation'}))
