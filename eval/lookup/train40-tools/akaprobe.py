"""Print pool aliases (level<=2) that are unused as earlier queries and owned only by their entity.
Prints only alias strings from alt.csv plus a count, never earlier rows."""
import json, os, sys
import lib
W = lib.World()
prior, uses, _, _ = lib.load_prior()
pool = json.load(open(os.path.join(lib.HERE, 'cand.json')))
n = 0
for e, v in sorted(pool.items(), key=lambda x: x[1]['program']):
    e = int(e)
    if v['uses'] > 2:
        continue
    for t, a in W.alt.get(e, []):
        if t != 'aka' or lib.query_seen(a, prior) or (W.owners(a) - {e}):
            continue
        if lib.core_key(a) == lib.core_key(v['name']) or len(a) < 6:
            continue
        n += 1
        print(e, v['program'][:14], '|', v['name'][:45], '||', a)
print('count', n, file=sys.stderr)
