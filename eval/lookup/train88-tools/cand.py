"""Prints the pool's level table before and after train88 (counts only)."""
import json, re, os
from collections import Counter
import lib
d, pk, pf, uses, nfiles, pl = lib.load_all()
print('pool: %d entities; earlier files %d' % (len(pl), nfiles))


def table(title, lv):
    c = Counter((lv[e], pl[e]['narc']) for e in pl)
    print(title)
    for L in sorted({k[0] for k in c}):
        print('  level %d: %d (%d SDNT/SDNTK, %d other)' % (L, c[(L, True)] + c[(L, False)], c[(L, True)], c[(L, False)]))
table('before train88:', {e: pl[e]['level'] for e in pl})
after = {e: pl[e]['level'] for e in pl}
if os.path.exists(lib.OUT):
    for line in open(lib.OUT, encoding='utf-8'):
        r = json.loads(line)
        if r['expected'] is not None:
            e = int(re.search(r'ent_num (\d+)', r['notes']).group(1))
            after[e] += 1
table('after train88:', after)
print('level-4 non-narcotics names left:', [pl[e]['name'] for e in pl if after[e] == 4 and not pl[e]['narc']])
