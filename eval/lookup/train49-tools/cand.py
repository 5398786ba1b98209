"""Candidate pool: unique-name -0- organisations, name not an alias, keys not shared with other records/CSL."""
import json, collections
import lib
ix = lib.Index()
qk, qf, uses, nf, nr = lib.load_prior()
pool = []
for r in ix.sdn:
    if r['type'] != '-0-' or ix.name_count[r['name']] != 1 or r['name'] in ix.alias_set: continue
    names = [r['name']] + ix.alt.get(r['ent'], [])
    if any(ix.k2.get(k, set()) - {r['ent']} for n in names for k in lib.keys(n)): continue
    pool.append({'ent': r['ent'], 'name': r['name'], 'prog': r['prog'], 'uses': uses.get(r['ent'], 0),
                 'aliases': ix.alt.get(r['ent'], []), 'name_prior': lib.full(r['name']) in qf})
json.dump(pool, open('cand.json', 'w'), ensure_ascii=False, indent=0)
print('prior files', nf, 'rows', nr)
print('pool', len(pool))
print('levels', sorted(collections.Counter(p['uses'] for p in pool).items()))
