"""List level-2 pool entities: ent, program, name, aliases (F = full fold of name already an earlier query)."""
import json, lib
qk, qf, uses, nf, nr = lib.load_prior()
pool = json.load(open('cand.json'))
for p in sorted(pool, key=lambda p: (p['prog'], p['name'])):
    if p['uses'] != 2: continue
    al = ' | '.join(('*' if lib.full(a) in qf else '') + a for a in p['aliases'])
    print(f"{p['ent']}\t{p['prog']}\t{'F' if p['name_prior'] else ' '} {p['name']}\t{al}")
