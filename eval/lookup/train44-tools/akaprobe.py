"""List level-2 pool aliases that are not earlier queries and do not fold to the entity's own name."""
import json
from lib import *
pool = json.load(open('cand.json')); alt = load_alt(); qk, _, _ = load_prior()
for e, v in sorted(pool.items(), key=lambda x: int(x[0])):
    if v['uses'] != 2:
        continue
    nk = keys(v['name'])
    for t, a in alt.get(int(e), []):
        if seen(a, qk) or keys(a) & nk:
            continue
        print(f"{e}\t{v['program']}\t{v['name']}\t=> {a}")
