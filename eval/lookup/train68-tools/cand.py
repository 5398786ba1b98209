"""Pool levels summary -> prints counts only (and writes cand.json: pool ent_nums by level)."""
import json
from collections import Counter
from lib import load_all, is_narc
d, pr, p = load_all()
keys, ff, uses, n = pr
print('prior files read:', n, 'keys:', len(keys))
print('pool entities:', len(p))
lv = Counter(); ln = Counter()
for e, x in p.items():
    l = uses.get(e, 0); lv[l] += 1
    if is_narc(x['prog']): ln[l] += 1
for l in sorted(lv):
    print('level %d: %d (%d SDNT/SDNTK, %d others)' % (l, lv[l], ln[l], lv[l]-ln[l]))
json.dump({e: uses.get(e, 0) for e in p}, open('cand.json', 'w'))
