from lib import *
import sys
sdn, alts, adds = load_sdn(); idx = name_index(); qs, exps, nums, text = prior()
for line in open('cand.txt'):
    e = int(line.split('\t')[0])
    names = [sdn[e]['name']] + [a for _, a in alts.get(e, [])]
    bad = []
    for n in names:
        others = set()
        for fm in forms(n): others |= {k for k in idx.get(fm, set()) if k != ('S', e)}
        if others: bad.append((n, sorted(others)[:4]))
        if base(n) in qs: bad.append((n, 'EARLIER QUERY'))
    if bad: print(e, sdn[e]['name'], bad)
