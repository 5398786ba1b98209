"""List unique-name SDN orgs and their earlier-use counts. Prints counts only (no earlier rows)."""
import json, collections
from lib import *
sdn = load_sdn(); alt = load_alt()
prior, files = load_prior()
use = prior_usage(sdn, prior)
orgs = unique_orgs(sdn, alt)
print('earlier files:', len(files), 'rows:', len(prior))
print('unique-name -0- orgs:', len(orgs))
dist = collections.Counter(use.get(r['ent'], 0) for r in orgs)
print('earlier-use distribution:', sorted(dist.items()))
cand = [{'ent': r['ent'], 'name': r['name'], 'program': r['program'], 'used': use.get(r['ent'], 0)} for r in orgs]
json.dump(cand, open(f'{HERE}/cand.json', 'w'), ensure_ascii=False, indent=0)
