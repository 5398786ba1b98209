"""Pool and levels after train83. Prints counts only (and writes cand.json)."""
import json
from collections import Counter
import lib

d, prior, p, rules = lib.load_all()
print('earlier files:', prior[3])
print('pool entities:', len(p))
lv = Counter(p.values())
for l in sorted(lv):
    narc = sum(1 for e, x in p.items() if x == l and lib.is_narc(d.sdn[e]['program']))
    print('level %d: %d (%d SDNT/SDNTK, %d others)' % (l, lv[l], narc, lv[l] - narc))
out = [{'ent': e, 'name': d.sdn[e]['name'], 'program': d.sdn[e]['program'], 'level': l,
        'narc': lib.is_narc(d.sdn[e]['program'])} for e, l in sorted(p.items())]
with open('cand.json', 'w', encoding='utf-8') as fh:
    json.dump(out, fh, ensure_ascii=False, indent=0)
