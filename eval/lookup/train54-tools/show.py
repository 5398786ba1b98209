"""Print pool names with program and aliases. show_output.txt: level 2 (SDNT/SDNTK); show3_output.txt: level 3 others.
F = name full fold was an earlier query; * = alias whose full fold was an earlier query."""
import json, sys
import lib
d = lib.Data()
keys, fulls, uses, nf = lib.load_prior(d)
pool = json.load(open('cand.json'))
mode = sys.argv[1] if len(sys.argv) > 1 else '2'
for e, p in sorted(pool.items(), key=lambda x: x[1]['name']):
    if mode == '2' and not (p['level'] == 2 and p['narc']): continue
    if mode == '3' and not (p['level'] == 3 and not p['narc']): continue
    e = int(e)
    fl = 'F' if lib.full(p['name']) in fulls else ' '
    al = ['%s%s' % ('*' if lib.full(a) in fulls else '', a) for t, a in d.alts[e]]
    print(f"{fl} {e} | {p['name']} | {p['program']} | " + ' ; '.join(al))
