"""Build the pool of usable target entities and their earlier-use counts -> cand.json.
Prints only counts."""
import json
from collections import Counter, defaultdict
from lib import *

sdn = load_sdn(); alt = load_alt(); csl = load_csl_names()
cnt = Counter(r['name'] for r in sdn)
alias_names = {a for e in alt for _, a in alt[e]}
alias_up = {a.upper() for a in alias_names}
key_owner = defaultdict(set)
for r in sdn:
    for k in keys(r['name']):
        key_owner[k].add(r['ent'])
    for _, a in alt.get(r['ent'], []):
        for k in keys(a):
            key_owner[k].add(r['ent'])
csl_keys = set()
for n in csl:
    csl_keys |= keys(n)
qkeys, uses, nf, nr = load_prior()
pool = {}
for r in sdn:
    if r['type'] != '' or cnt[r['name']] != 1 or r['name'].upper() in alias_up:
        continue
    ks = set(keys(r['name']))
    for _, a in alt.get(r['ent'], []):
        ks |= keys(a)
    if any(key_owner[k] - {r['ent']} for k in ks) or (ks & csl_keys):
        continue
    pool[r['ent']] = {'name': r['name'], 'program': r['program'], 'uses': uses.get(r['ent'], 0),
                      'aliases': [a for _, a in alt.get(r['ent'], [])]}
json.dump(pool, open('cand.json', 'w'), ensure_ascii=False, indent=0)
print('prior files', nf, 'rows', nr)
print('pool', len(pool))
print('levels', sorted(Counter(v['uses'] for v in pool.values()).items()))
print('SDNT/SDNTK in pool', sum(is_sdnt(v['program']) for v in pool.values()))
