"""Level table of the pool (counts), and names below the floors."""
import sys
from collections import Counter
from lib import *
d, prior, pool, R = load_all()
extra = {}
if len(sys.argv) > 1:  # count with a written set added
    import json
    for line in open(sys.argv[1], encoding='utf-8'):
        r = json.loads(line)
        if r['expected'] is not None:
            import re
            for x in set(re.findall(r'ent_num\s*(\d+)', r['notes'])): extra[int(x)] = extra.get(int(x), 0) + 1
print('earlier files', prior[3], 'keys', len(prior[0]), 'full folds', len(prior[1]), 'pool', len(pool))
tab = Counter()
for ent, e in pool.items():
    tab[(R.level(ent) + extra.get(ent, 0), is_narc(e['program']))] += 1
for lv in sorted({k[0] for k in tab}):
    n, o = tab[(lv, True)], tab[(lv, False)]
    print('level %d: %d (narcotics %d, other %d)' % (lv, n + o, n, o))
for ent, e in pool.items():
    lv = R.level(ent) + extra.get(ent, 0)
    if lv < (MIN_LEVEL_NARC if is_narc(e['program']) else MIN_LEVEL_OTHER):
        print('BELOW', lv, e['program'], e['name'])
