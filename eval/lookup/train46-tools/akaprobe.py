"""List level-2 pool aliases that are not earlier queries and do not fold to their own name."""
import json
from lib import *
qk, uses, _, _ = load_prior()
pool = json.load(open('cand.json')); lvl = min(p['uses'] for p in pool.values())
for n, p in sorted(pool.items(), key=lambda x: x[1]['name']):
    if p['uses'] != lvl: continue
    for a in p['alts']:
        if {qkey(a), full_fold(a)} & qk: continue
        if keys(a) & keys(p['name']): continue
        print(f"{n} | {p['program']} | {p['name']} || {a}")
