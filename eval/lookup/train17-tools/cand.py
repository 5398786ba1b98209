# lists SDN organisations never used as a target in earlier sets (prints SDN data only)
import lib, collections
sdn = lib.load_sdn(); alt = lib.load_alt(); add = lib.load_add()
used = lib.prior_targets(sdn=sdn)
namecount = collections.Counter(v['name'] for v in sdn.values())
orgs = [n for n, v in sdn.items() if v['type'] == '-0-']
free = [n for n in orgs if n not in used and namecount[sdn[n]['name']] == 1]
print('orgs', len(orgs), 'used', len([n for n in orgs if n in used]), 'free', len(free))
with open('cand.txt', 'w') as f:
    for n in free:
        f.write('%d\t%s\t%s\t%s\t%s\n' % (n, sdn[n]['name'], sdn[n]['program'], (add.get(n) or [''])[0], ' | '.join(alt.get(n, []))))
