"""List SDN organisations with unique names and how often earlier sets targeted them -> cand.txt"""
from collections import Counter
import lib
sdn = lib.load_sdn(); cnt = lib.prior_target_counts()
nc = Counter(s['name'] for s in sdn)
orgs = [s for s in sdn if s['type'] == '-0-' and nc[s['name']] == 1]
dist = Counter(cnt.get(s['ent'], 0) for s in orgs)
print('unique-name orgs', len(orgs), 'uses distribution', sorted(dist.items()))
with open(lib.os.path.join(lib.HERE, 'cand.txt'), 'w') as f:
    for s in sorted(orgs, key=lambda s: (cnt.get(s['ent'], 0), s['ent'])):
        f.write('%d\t%d\t%s\t%s\n' % (cnt.get(s['ent'], 0), s['ent'], s['program'], s['name']))
