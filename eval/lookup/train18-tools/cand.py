# list SDN organisations never targeted by earlier sets (prints SDN data only, never prior rows)
from lib import *
import collections
sdn = load_sdn(); alt = load_alt(); P = prior_sets()
cnt = collections.Counter(d['name'] for d in sdn.values())
orgs = [d for d in sdn.values() if d['type'] == '']
free = [d for d in orgs if d['ent'] not in P['ents'] and d['name'] not in P['names'] and cnt[d['name']] == 1]
print('prior rows', P['n'], 'orgs', len(orgs), 'free', len(free))
with open(os.path.join(HERE, 'cand.txt'), 'w') as f:
    for d in free:
        f.write('%d\t%s\t%s\t%s\n' % (d['ent'], d['name'], d['prog'], ' | '.join(alt.get(d['ent'], []))))
