"""Build the usable pool of target entities with earlier-use counts -> cand.json."""
import json, collections
from lib import *

sdn = load_sdn(); alt = load_alt(); csl = load_csl()
qkeys, uses, n = load_prior(sdn)
name_count = collections.Counter(r['name'] for r in sdn.values())
alias_names = set(a for v in alt.values() for _, a in v)
owner = collections.defaultdict(set)   # fold key -> ent_nums
for e, r in sdn.items():
    for k in keys(r['name']):
        owner[k].add(e)
    for _, a in alt.get(e, []):
        for k in keys(a):
            owner[k].add(e)
csl_keys = set()
for c in csl:
    csl_keys |= keys(c)
pool = {}
for e, r in sdn.items():
    if r['type'] != '' or name_count[r['name']] != 1 or r['name'] in alias_names:
        continue
    ks = set(keys(r['name']))
    for _, a in alt.get(e, []):
        ks |= keys(a)
    if any(owner[k] - {e} for k in ks) or ks & csl_keys:
        continue
    pool[e] = dict(name=r['name'], program=r['program'], uses=uses[e])
lv = collections.Counter(v['uses'] for v in pool.values())
print('prior files', len(prior_files()), 'rows', n)
print('pool', len(pool), 'levels', sorted(lv.items()))
json.dump(pool, open('cand.json', 'w'), indent=0)
