from lib import *
from collections import Counter
sdn = load_sdn(); files, pq, pe, pn = prior_sets()
print('prior files', len(files), 'prior queries', len(pq), 'prior targets', len(pe))
cnt = Counter(r[1] for r in sdn)
alts = {}
for a in load_alt(): alts.setdefault(a[0], []).append(a[3])
orgs = [r for r in sdn if r[2] == '-0-']
free = [r for r in orgs if r[0] not in pe and r[1] not in pn and cnt[r[1]] == 1]
print('orgs', len(orgs), 'free', len(free))
with open(os.path.join(HERE, 'cand.txt'), 'w') as f:
    for r in free:
        f.write('%s\t%s\t%s\t%s\n' % (r[0], r[1], r[3], ' | '.join(alts.get(r[0], []))))
