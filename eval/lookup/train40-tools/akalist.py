"""List pool entities (level<=2) with aliases unique to them (for picking aka rows)."""
import json, os, sys
import lib
W = lib.World()
pool = json.load(open(os.path.join(lib.HERE, 'cand.json')))
prog = sys.argv[1] if len(sys.argv) > 1 else ''
for e, v in sorted(pool.items(), key=lambda x: x[1]['program']):
    if v['uses'] > 2 or prog not in v['program']:
        continue
    al = [a for t, a in W.alt.get(int(e), []) if lib.core_key(a) != lib.core_key(v['name'])]
    if al:
        print(e, v['program'][:20], '|', v['name'][:60], '||', ' ; '.join(al)[:200])
