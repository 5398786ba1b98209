"""Level table of the pool (earlier-use counts), before and (if train92.jsonl exists) after this set."""
import os, re
from collections import Counter
import lib

d = lib.Data()
prior = lib.load_prior(d)
keys, fulls, uses, nfiles = prior
print('earlier files', nfiles, '; distinct keys', len(keys), '; distinct full folds', len(fulls))
print('pool', len(d.pool))

def table(u, title):
    c = Counter()
    for e in d.pool:
        c[(u.get(e, 0), lib.is_narc(d.sdn[e]['program']))] += 1
    print(title)
    for lv in sorted(set(k[0] for k in c)):
        n, o = c[(lv, True)], c[(lv, False)]
        print('  level %d: %d (%d narcotics + %d other)' % (lv, n + o, n, o))

table(uses, 'before train92:')
low = [e for e in d.pool if not lib.is_narc(d.sdn[e]['program']) and uses.get(e, 0) < lib.MIN_LEVEL_OTHER]
print('non-narcotics below level %d:' % lib.MIN_LEVEL_OTHER, [(d.sdn[e]['name'], d.sdn[e]['program'], uses.get(e, 0)) for e in low])
lown = [e for e in d.pool if lib.is_narc(d.sdn[e]['program']) and uses.get(e, 0) < lib.MIN_LEVEL_NARC]
print('narcotics below level %d:' % lib.MIN_LEVEL_NARC, len(lown))
if os.path.exists(lib.SET_FILE):
    u2 = Counter(uses)
    for r in lib.load_set():
        if r.get('expected'):
            for x in set(re.findall(r'ent_num (\d+)', r['notes'])):
                u2[int(x)] += 1
    table(u2, 'after train92:')
