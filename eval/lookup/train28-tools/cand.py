from lib import *
from collections import Counter
sdn = load_sdn(); qs, ents, names = load_prior()
cnt = Counter(n for e,n,t,p in sdn)
orgs = [(e,n,p) for e,n,t,p in sdn if t == '-0-' and cnt[n] == 1]
use = {e: ents.get(e,0) + names.get(n,0) for e,n,p in orgs}
print('orgs', len(orgs), 'hist', Counter(use.values()))
with open('/tmp/t28cand.tsv','w') as f:
    for e,n,p in orgs: f.write(f'{e}\t{use[e]}\t{p}\t{n}\n')
