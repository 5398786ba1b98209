"""List unique-name SDN orgs with earlier-use counts into /tmp (bulky). Prints only histogram."""
import sys, os, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
ix = Index()
qraw, qk, eu, nu = load_prior()
hist = defaultdict(int)
with open('/tmp/t25cand.tsv', 'w') as f:
    for e, r in sorted(ix.sdn.items()):
        if r['type'] != '' or ix.name_count[r['name']] != 1:
            continue
        u = eu.get(e, 0) + nu.get(r['name'], 0)
        hist[u] += 1
        al = ' | '.join('%s:%s' % a for a in ix.alts.get(e, []))
        city = '; '.join('%s,%s' % (a[1], a[2]) for a in ix.adds.get(e, [])[:2])
        f.write('%d\t%d\t%s\t%s\t%s\t%s\n' % (u, e, r['program'], r['name'], al, city))
print(dict(sorted(hist.items())))
