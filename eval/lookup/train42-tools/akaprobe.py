"""List alt.csv aliases of level-2 pool entities that are not earlier queries (aliases only; pool
construction already guarantees each alias belongs to its entity alone). Optional program regex."""
import json, re, sys
from lib import *
pool = json.load(open('cand.json'))
qkeys, _, _, _ = load_prior()
pr = re.compile(sys.argv[1] if len(sys.argv) > 1 else '.')
for e, v in pool.items():
    if v['uses'] != 2 or not pr.search(v['program']): continue
    fresh = [a for a in v['aliases'] if not seen(a, qkeys)]
    if fresh:
        print(e, '|', v['name'][:50], '|', v['program'], '||', ' ; '.join(fresh)[:200])
