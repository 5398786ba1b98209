"""List level-2 pool entities whose own name fold was never an earlier query (usable for case/punctuation rows)."""
import json, sys
from lib import *
pool = json.load(open('cand.json')); qk, _, _ = load_prior()
for e, v in sorted(pool.items(), key=lambda x: int(x[0])):
    if v['uses'] == 2 and ('fold', fold(v['name'])) not in qk:
        print(f"{e}\t{v['program']}\t{v['name']}")
