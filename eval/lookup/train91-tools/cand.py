"""Level table of the train91 pool, before and (if train91.jsonl exists) after this set. Counts only."""
import json, os, re
from collections import Counter
import lib

d, prior, p = lib.load_all()
keys, fulls, uses, nf = prior
print('earlier files', nf, 'keys', len(keys), 'full folds', len(fulls), 'pool', len(p))


def table(u, label):
    c = Counter()
    for e in p:
        c[(u.get(e, 0), lib.is_narc(d.sdn[e]['prog']))] += 1
    print(label)
    for lv in sorted({k[0] for k in c}):
        n, o = c[(lv, True)], c[(lv, False)]
        print('  level %d: %d (%d narcotics + %d other)' % (lv, n + o, n, o))
    low_other = sorted(d.sdn[e]['name'] for e in p if u.get(e, 0) < 5 and not lib.is_narc(d.sdn[e]['prog']))
    print('  non-narcotics below level 5:', low_other)


table(uses, 'before train91')
if os.path.exists(lib.OUT):
    u2 = Counter(uses)
    for line in open(lib.OUT, encoding='utf-8'):
        r = json.loads(line)
        if r['expected'] is not None:
            for x in set(re.findall(r'ent_num (\d+)', r['notes'])):
                u2[int(x)] += 1
    table(u2, 'after train91')
