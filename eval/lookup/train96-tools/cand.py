"""Level table of the pool before (and optionally after) a set file."""
import sys, json, collections
import lib
d = lib.Data()
pool = lib.build_pool(d)
keys, fulls, uses, nf = lib.load_prior(d)
extra = collections.Counter()
if len(sys.argv) > 1:
    import re
    for line in open(sys.argv[1], encoding='utf-8'):
        r = json.loads(line)
        if r.get('expected'):
            for e in set(int(x) for x in re.findall(r'ent_num (\d+)', r['notes'])):
                extra[e] += 1
print('pool', len(pool), 'earlier files', nf, 'after' if extra else 'before')
tab = collections.defaultdict(lambda: [0, 0])
for ent, r in pool.items():
    lv = uses[ent] + extra[ent]
    tab[lv][0 if lib.is_narc(r['program']) else 1] += 1
for lv in sorted(tab):
    a, b = tab[lv]
    print('level %d: %d (%d narcotics + %d other)' % (lv, a + b, a, b))
below = [r['name'] for e, r in pool.items() if uses[e] + extra[e] < lib.min_level(r['program'])]
print('below floors:', below)
