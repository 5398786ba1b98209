"""Build the usable target pool with earlier-use counts -> cand.json"""
import json
from collections import defaultdict, Counter
import lib

sdn = lib.load_sdn(); alt = lib.load_alt()
qkeys, uses, nf, nrows = lib.load_prior()
namecount = Counter(r['name'] for r in sdn.values())
aliasnames = set(a for v in alt.values() for _, a in v)
key_owner = defaultdict(set)
for e, r in sdn.items():
    for k in lib.keys(r['name']):
        key_owner[k].add(e)
    for _, a in alt[e]:
        for k in lib.keys(a):
            key_owner[k].add(e)
for c in lib.load_csl_names():
    for k in lib.keys(c):
        key_owner[k].add('CSL')
pool = []
for e, r in sdn.items():
    if r['type'] != '':  # '-0-' cleaned to ''
        continue
    if namecount[r['name']] != 1 or r['name'] in aliasnames:
        continue
    ks = set(lib.keys(r['name']))
    for _, a in alt[e]:
        ks |= lib.keys(a)
    if any(key_owner[k] - {e} for k in ks if k):
        continue
    pool.append(dict(ent=e, name=r['name'], program=r['program'], uses=uses.get(e, 0),
                     aliases=[a for _, a in alt[e]]))
json.dump(pool, open(lib.HERE + '/cand.json', 'w'), ensure_ascii=False, indent=0)
print('prior files', nf, 'rows', nrows)
print('pool', len(pool), 'levels', sorted(Counter(p['uses'] for p in pool).items()))
