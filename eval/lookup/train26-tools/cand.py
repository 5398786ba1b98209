import sys, collections
from lib import *
sdn = load_sdn(); qs, ents, names = load_prior()
cnt = collections.Counter(r['name'] for r in sdn)
orgs = [r for r in sdn if r['type'] == '-0-' and cnt[r['name']] == 1]
h = collections.Counter(max(ents.get(r['ent'], 0), names.get(r['name'], 0)) for r in orgs)
print('orgs', len(orgs), 'use histogram', sorted(h.items()))
with open('/tmp/cand26.txt', 'w') as fh:
    for r in orgs:
        u = max(ents.get(r['ent'], 0), names.get(r['name'], 0))
        fh.write('%d\t%d\t%s\t%s\n' % (u, r['ent'], r['prog'], r['name']))
