from lib import *
from collections import Counter
sdn = load_sdn(); alt = load_alt(); add = load_add()
q, nf, uses, expn = load_prior()
cnt = Counter(r['name'] for r in sdn)
orgs = [r for r in sdn if r['type'] in ('-0-', '') and cnt[r['name']] == 1]
def u(r): return uses.get(r['ent'], 0) + expn.get(r['name'], 0)
h = Counter(u(r) for r in orgs); print('orgs', len(orgs), 'use histogram', sorted(h.items()))
with open('/tmp/cand24.tsv', 'w') as f:
    for r in orgs:
        al = ' | '.join(a for t, a in alt.get(r['ent'], []))
        city = '; '.join('%s, %s' % x for x in add.get(r['ent'], [])[:2])
        f.write('%d\t%d\t%s\t%s\t%s\t%s\n' % (u(r), r['ent'], r['program'], r['name'], al, city))
