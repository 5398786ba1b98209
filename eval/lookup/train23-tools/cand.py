"""List unique-name SDN orgs with earlier-use counts to /tmp/t23_cand.tsv (prints only a histogram)."""
from lib import *
sdn, alt, add = load_sdn()
fq, nq, uses, exp, nf = prior_info()
cnt = {}
for n, r in sdn.items(): cnt[r['name']] = cnt.get(r['name'], 0) + 1
hist = {}
with open('/tmp/t23_cand.tsv', 'w') as f:
    for n, r in sorted(sdn.items()):
        if r['type'] is not None or cnt[r['name']] > 1: continue
        u = uses.get(n, 0) + exp.get(r['name'], 0)
        hist[u] = hist.get(u, 0) + 1
        cities = ';'.join(sorted({(a[1] or '') + '|' + (a[2] or '') for a in add.get(n, [])}))
        als = ' ;; '.join(a[1] for a in alt.get(n, []))
        f.write('%d\t%d\t%s\t%s\t%s\t%s\n' % (u, n, r['name'], r['program'], cities, als))
print('earlier files', nf, 'hist', sorted(hist.items()))
