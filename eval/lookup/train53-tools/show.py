"""show.py - print pool names at a level (programs, aliases; F = full fold was an earlier query, * alias ditto)."""
import json, sys, lib
lvl = int(sys.argv[1]); narc = sys.argv[2] == 'narc'
d = lib.Data(); keys, fulls, uses = lib.load_prior(d)
pool = [p for p in json.load(open('cand.json')) if p['level'] == lvl and p['narc'] == narc]
pool.sort(key=lambda p: (p['program'], p['name']))
for p in pool:
    al = ['%s%s' % ('*' if lib.full(a) in fulls else '', a) for a in d.alts.get(p['ent'], [])]
    print('%s%d|%s|%s|%s' % ('F' if p['full_used'] else ' ', p['ent'], p['name'], p['program'], '; '.join(al)[:160]))
