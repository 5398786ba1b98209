"""List usable candidate entities: unique-name SDN organisations, with earlier-set use counts."""
import json
from collections import Counter, defaultdict
import lib

sdn = lib.read_sdn(); alt = lib.read_alt(); add = lib.read_add()
qkeys, uses, nf, nr = lib.load_prior()
namecnt = Counter(r['name'] for r in sdn)
aliasnames = set(a for v in alt.values() for _, a in v)
csl = lib.read_csl_names()

# key -> set of ent_nums owning it (names and aliases of all SDN records); CSL under -1
owner = defaultdict(set)
for r in sdn:
    for k in lib.keys(r['name']):
        owner[k].add(r['ent'])
    for _, a in alt.get(r['ent'], []):
        for k in lib.keys(a):
            owner[k].add(r['ent'])
for n in csl:
    for k in lib.keys(n):
        owner[k].add(-1)

cands = []
amb = 0
for r in sdn:
    if r['type'] != '-0-' or namecnt[r['name']] != 1 or r['name'] in aliasnames:
        continue
    ks = set(lib.keys(r['name']))
    for _, a in alt.get(r['ent'], []):
        ks |= lib.keys(a)
    clash = any(owner[k] - {r['ent']} for k in ks if k)
    if clash:
        amb += 1
        continue
    cands.append({'ent': r['ent'], 'name': r['name'], 'program': r['program'], 'uses': uses.get(r['ent'], 0),
                  'aliases': [a for _, a in alt.get(r['ent'], [])],
                  'add': add.get(r['ent'], [])})
print('prior files %d, rows %d' % (nf, nr))
print('unique-name orgs usable: %d (ambiguous dropped %d)' % (len(cands), amb))
print('use-level distribution:', sorted(Counter(c['uses'] for c in cands).items()))
lvl = Counter()
for c in cands:
    p = c['program'].split('] [')[0].strip('[]')
    lvl[(c['uses'], 'NARC' if p in ('SDNT', 'SDNTK') else 'other')] += 1
print('by level and narcotics/other:', sorted(lvl.items()))
json.dump(cands, open('cand.json', 'w'), ensure_ascii=False, indent=0)
