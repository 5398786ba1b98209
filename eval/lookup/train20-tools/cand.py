"""List SDN organisations with how often earlier sets targeted them (counts only), least-used first -> cand.txt"""
import os, collections, lib
sdn = lib.read_sdn(); alt = lib.read_alt(); add = lib.read_add()
_, ents, names = lib.prior_sets()
namecount = collections.Counter(r['name'] for r in sdn)
out = []
for r in sdn:
    if r['type'] != '-0-' or namecount[r['name']] > 1:
        continue
    uses = max(ents.get(r['ent'], 0), names.get(r['name'], 0))
    al = ' | '.join(a for _, a in alt.get(r['ent'], []))
    cities = ' | '.join(sorted({(c + ' ' + k).strip() for _, c, k in add.get(r['ent'], [])}))[:80]
    out.append((uses, r['ent'], r['program'], r['name'], al, cities))
out.sort(key=lambda t: (t[0], t[1]))
with open(os.path.join(lib.HERE, 'cand.txt'), 'w', encoding='utf-8') as f:
    for t in out:
        f.write('%d\t%d\t%s\t%s\t{%s}\t@%s\n' % t)
print(collections.Counter(t[0] for t in out))
