import sys, json
from collections import Counter
sys.path.insert(0, '/work/blind/lookup-train29/tools')
from lib import *
sdn = load_sdn(); alt = load_alt()
qs, qf, ents, names, nf = load_prior()
nc = Counter(r['name'] for r in sdn)
orgs = [r for r in sdn if r['type'] == '' and nc[r['name']] == 1]
cnt = Counter()
out = []
for r in orgs:
    u = use_count(r['ent'], r['name'], ents, names)
    cnt[u if u < 3 else 3] += 1
    out.append(dict(ent=r['ent'], name=r['name'], program=r['program'], use=u, aliases=[a for t, a in alt.get(r['ent'], [])]))
print('prior files', nf, 'prior queries', len(qs))
print('unique-name orgs', len(orgs), 'use distribution (3=3+):', dict(sorted(cnt.items())))
json.dump(out, open('/work/blind/lookup-train29/tools/cand.json', 'w'), ensure_ascii=False)
