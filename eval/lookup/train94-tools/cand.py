"""Level table of my pool (counts only), optionally counting a new set's targets as one more use."""
import sys, json, re
from collections import Counter
import lib

d = lib.Data()
prior = lib.load_prior(d)
uses = dict(prior[2])
if len(sys.argv) > 1:
    for line in open(sys.argv[1], encoding='utf-8'):
        r = json.loads(line)
        if r['expected'] is not None:
            for e in set(re.findall(r'ent_num (\d+)', r['notes'])):
                uses[e] = uses.get(e, 0) + 1
pool = d.pool()
c = Counter()
for e in pool.values():
    c[(uses.get(e['ent'], 0), lib.is_narc(e['program']))] += 1
print('files %d; pool %d%s' % (prior[3], len(pool), ' (after %s)' % sys.argv[1] if len(sys.argv) > 1 else ' (before this set)'))
for lv in sorted({k[0] for k in c}):
    print('level %d: %d (narcotics %d, other %d)' % (lv, c[(lv, True)] + c[(lv, False)], c[(lv, True)], c[(lv, False)]))
for e in pool.values():
    lv = uses.get(e['ent'], 0)
    if (lib.is_narc(e['program']) and lv < lib.MIN_LEVEL_NARC) or (not lib.is_narc(e['program']) and lv < lib.MIN_LEVEL_OTHER):
        print('below floor: %s | %s | level %d' % (e['name'], e['program'], lv))
