"""List level-2 pool entities: ent|program|name|F if full fold was an earlier query|aliases."""
import json, lib
idx = lib.Index()
qk, ff, uses, nf, nr = lib.load_prior(idx)
pool = json.load(open(lib.HERE + '/cand.json'))
for e, v in sorted(pool.items(), key=lambda x: (x[1]['program'], x[1]['name'])):
    if v['level'] > 2:
        continue
    flag = 'F' if lib.fold(v['name']) in ff else ''
    al = ' ;; '.join(a + ('*' if lib.fold(a) in ff else '') for a in v['aliases'])
    print(f"{e}|{v['program']}|{v['name']}|{flag}|{al}")
