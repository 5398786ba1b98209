"""Level table of my pool before and after train89 (counts only)."""
import json, re
from collections import Counter
import lib
d = lib.Data(); prior = lib.load_prior(d); P = lib.pool(d); uses = prior[2]
mine = Counter()
for l in open(lib.EV + 'train89.jsonl', encoding='utf-8'):
    r = json.loads(l); m = re.search(r'ent_num (\d+)', r['notes'])
    if r['expected'] and m: mine[int(m.group(1))] += 1
def table(u):
    t = Counter()
    for e in P: t[(u.get(e, 0), lib.is_narc(d.sdn[e]['prog']))] += 1
    for lv in sorted(set(l for l, _ in t)):
        print('  level %d: %d (%d SDNT/SDNTK, %d others)' % (lv, t[(lv, True)] + t[(lv, False)], t[(lv, True)], t[(lv, False)]))
print('pool', len(P)); print('before this set'); table(uses)
after = Counter(uses); after.update(mine); print('after this set'); table(after)
ms = [d.sdn[e]['name'] for e in P if uses.get(e, 0) == 4 and not lib.is_narc(d.sdn[e]['prog'])]
print('level-4 non-narcotics names before:', ms)
