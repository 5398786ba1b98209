"""List the usable target pool with earlier-use counts -> cand.json (no earlier rows are read here except via load_prior counts)."""
import json, lib
from collections import Counter
ix = lib.Index()
qk, uses, nf, nr = lib.load_prior()
pool = []
for r in ix.sdn:
    if r['type'] != '' or ix.name_count[r['name']] != 1 or r['name'] in ix.alias_names:
        continue
    clash = False
    for k in ix.own_keys(r['ent']):
        if ix.key2ents.get(k, set()) - {r['ent']}:
            clash = True; break
    if clash:
        continue
    pool.append({'ent': r['ent'], 'name': r['name'], 'program': r['program'], 'uses': uses.get(r['ent'], 0),
                 'aliases': [a for t, a in ix.alt.get(r['ent'], [])], 'name_seen': lib.seen(r['name'], qk)})
json.dump(pool, open('cand.json', 'w'), ensure_ascii=False, indent=0)
lv = Counter(p['uses'] for p in pool)
print('earlier files', nf, 'rows', nr)
print('pool', len(pool), 'levels', sorted(lv.items()))
