"""Level table of the pool (counts), optionally after adding a set file's uses. Prints pool names below the floors."""
import sys, json, re
from collections import Counter
import lib

d = lib.Data()
keys, folds, uses, n = lib.load_prior(d)
label = 'before this set'
if len(sys.argv) > 1:
    for line in open(sys.argv[1], encoding='utf-8'):
        r = json.loads(line)
        if r['expected'] is not None:
            for x in set(re.findall(r'ent_num (\d+)', r['notes'])):
                uses[int(x)] += 1
    label = 'after ' + sys.argv[1]
print('earlier files', n, '| pool', len(d.pool), '|', label)
tab = Counter()
for e in d.pool:
    tab[(min(uses.get(e, 0), 8), lib.is_narc(d.sdn[e]['program']))] += 1
for lv in range(0, 9):
    a, b = tab[(lv, True)], tab[(lv, False)]
    if a or b:
        print('level %d: %d (narcotics %d, other %d)' % (lv, a + b, a, b))
for e in sorted(d.pool):
    lv = uses.get(e, 0)
    nc = lib.is_narc(d.sdn[e]['program'])
    if lv < (lib.MIN_LEVEL_NARC if nc else lib.MIN_LEVEL_OTHER):
        print('below floor:', lv, d.sdn[e]['name'], d.sdn[e]['program'])
