"""level table of the pool, before this set (or after adding a given jsonl's positives)."""
import sys, json, re
from collections import Counter
import lib
d = lib.Data(); keys, folds, uses, n = lib.load_prior(d)
if len(sys.argv) > 1:
    for line in open(sys.argv[1], encoding='utf-8'):
        r = json.loads(line)
        if r['expected'] is not None:
            for e in set(int(x) for x in re.findall(r'ent_num (\d+)', r['notes'])):
                uses[e] += 1
pool = d.pool()
t = Counter()
for e, r in pool.items():
    t[(uses[e], lib.is_narc(r['program']))] += 1
print('earlier files', n, 'pool', len(pool), '(after %s)' % sys.argv[1] if len(sys.argv) > 1 else '(before this set)')
for lv in sorted({k[0] for k in t}):
    print('level %d: %d (narcotics %d, other %d)' % (lv, t[(lv, True)] + t[(lv, False)], t[(lv, True)], t[(lv, False)]))
low = [r['name'] for e, r in pool.items() if not lib.level_ok(uses[e], lib.is_narc(r['program'])) and uses[e] < (lib.MIN_LEVEL_NARC if lib.is_narc(r['program']) else lib.MIN_LEVEL_OTHER)]
print('below floors:', len(low), low[:10])
