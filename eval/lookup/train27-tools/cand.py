import collections, sys
from lib import *
sdn = load_sdn(); alt = load_alt()
qs, ent, nm = load_prior()
cnt = collections.Counter(r['name'] for r in sdn)
orgs = [r for r in sdn if r['type'] == '-0-' and cnt[r['name']] == 1]
def used(r): return ent.get(r['ent'], 0) + nm.get(r['name'], 0)
h = collections.Counter(min(used(r), 3) for r in orgs)
print('prior queries', len(qs), 'orgs', len(orgs), 'histogram (3=3+)', sorted(h.items()))
with open('/tmp/t27_cand.tsv', 'w') as f:
    for r in orgs:
        f.write(f"{r['ent']}\t{used(r)}\t{r['program']}\t{r['name']}\t{' | '.join(a for t,a in alt.get(r['ent'], []))}\n")
