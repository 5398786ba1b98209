"""Level table of the pool, before and after train90 (counts only)."""
import json, os, sys
from collections import Counter
import lib
d, (keys, fulls, uses, nf), ps, R = lib.setup()
def table(u):
    c = Counter()
    for e in ps:
        c[(u[e], d.narc(e))] += 1
    for lv in sorted({k[0] for k in c}):
        n, o = c[(lv, True)], c[(lv, False)]
        print('  level %d: %d (%d narcotics, %d other)' % (lv, n + o, n, o))
print('earlier files:', nf, '; pool:', len(ps))
print('before train90:'); table(uses)
lvl4_other = sorted(d.rec[e]['name'] for e in ps if uses[e] == 4 and not d.narc(e))
print('level-4 non-narcotics names:', lvl4_other)
if os.path.exists(lib.OUT):
    u2 = Counter(uses)
    for line in open(lib.OUT, encoding='utf-8'):
        r = json.loads(line)
        if r['expected']:
            m = lib.NOTE_RE.match(r['notes'])
            u2[int(m.group('ent'))] += 1
    print('after train90:'); table(u2)
