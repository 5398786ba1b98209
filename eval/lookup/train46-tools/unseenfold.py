"""List level-2 pool entities whose name's full fold was never an earlier query key (usable for case/punctuation rows)."""
import json
from lib import *
qk, _, _, _ = load_prior()
pool = json.load(open('cand.json')); lvl = min(p['uses'] for p in pool.values())
for n, p in sorted(pool.items(), key=lambda x: x[1]['name']):
    if p['uses'] == lvl and full_fold(p['name']) not in qk and qkey(p['name']) not in qk:
        print(f"{n} | {p['program']} | {p['name']}")
