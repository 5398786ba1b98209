"""List SDN organisations with unique SDN_Name, earlier-use counts, aliases and cities -> cand.txt"""
from lib import *
sdn = load_sdn(); alt = load_alt(); add = load_add()
qs, uses, _ = prior_info()
cnt = {}
for r in sdn: cnt[r[1]] = cnt.get(r[1], 0) + 1
als = {}; 
for a in alt: als.setdefault(a[0], []).append(a[3])
cities = {}
for a in add: cities.setdefault(a[0], []).append((a[3] + ' / ' + a[4]).replace('-0-', '').strip(' /'))
hist = {}
with open(os.environ.get('CAND_OUT', '/tmp/t22cand.txt'), 'w', encoding='utf-8') as f:
    for r in sdn:
        if r[2] != '-0-' or cnt[r[1]] != 1: continue
        u = uses.get(r[0], 0); hist[u] = hist.get(u, 0) + 1
        f.write('%s\t%d\t%s\t%s\t%s\t%s\n' % (r[0], u, r[1], r[3], ' | '.join(als.get(r[0], [])), ' ; '.join(sorted(set(cities.get(r[0], [])))[:2])))
print('prior files', len(prior_files()), 'histogram uses', sorted(hist.items()))
