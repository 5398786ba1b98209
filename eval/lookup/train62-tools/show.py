import json
from lib import *
d = Data()
keys, fulls, uses, n = load_prior(d)
cand = {int(k): v for k, v in json.load(open('cand.json')).items()}
def line(e):
    v = d.sdn[e]
    F = 'F' if full(v['name']) in fulls else ' '
    al = ['%s%s' % ('*' if full(a) in fulls else '', a) for a in d.alts[e]]
    return '%s %d %s | %s | %s' % (F, e, v['name'], v['program'], ' ; '.join(al))
with open('show_output.txt', 'w') as o:
    for e in sorted(cand):
        if cand[e] == 2:
            print(line(e), file=o)
with open('show3_output.txt', 'w') as o:
    for e in sorted(cand):
        if cand[e] == 3 and not narcotic(d.sdn[e]['program']):
            print(line(e), file=o)
with open('show3n_output.txt', 'w') as o:
    for e in sorted(cand):
        if cand[e] == 3 and narcotic(d.sdn[e]['program']):
            print(line(e), file=o)
