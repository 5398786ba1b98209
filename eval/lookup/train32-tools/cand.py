"""List unique-name -0- organisations with earlier-set use counts and ambiguity; write cand.json. Prints counts only."""
import json, collections
from lib import *
keys, uses, nf, nr = load_prior()
sdn, alt, idx, csl = index()
cnt = collections.Counter(r['name'] for r in sdn)
cands = []
for r in sdn:
    if r['type'] != '' or cnt[r['name']] != 1: continue
    ks = set(folds(r['name']))
    for _, a in alt.get(r['ent'], []): ks |= folds(a)
    amb = any(idx.get(k, set()) - {r['ent']} for k in ks)
    cands.append({'ent': r['ent'], 'name': r['name'], 'program': r['program'], 'uses': uses.get(r['ent'], 0), 'amb': amb,
                  'aliases': [a for _, a in alt.get(r['ent'], [])]})
print(f'earlier files {nf}, rows {nr}, query keys {len(keys)}')
print('unique-name orgs', len(cands))
print('uses distribution', sorted(collections.Counter(c['uses'] for c in cands).items()))
print('usable (non-ambiguous) by uses', sorted(collections.Counter(c['uses'] for c in cands if not c['amb']).items()))
lvl = min(c['uses'] for c in cands if not c['amb'])
print('least-used usable level', lvl, 'pool', sum(1 for c in cands if not c['amb'] and c['uses'] == lvl))
json.dump({'level': lvl, 'cands': cands}, open('cand.json', 'w'), ensure_ascii=False, indent=0)
