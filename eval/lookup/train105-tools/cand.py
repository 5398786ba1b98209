"""Level table of the pool (counts only). Usage: cand.py [extra.jsonl] (adds that file's uses)."""
import sys, json, re
from collections import Counter
import lib
d = lib.Data(); keys, fulls, uses, nf = lib.load_prior(d)
if len(sys.argv) > 1:
    for line in open(sys.argv[1], encoding='utf-8'):
        r = json.loads(line)
        if r['expected'] is not None:
            for e in set(int(x) for x in re.findall(r'ent_num (\d+)', r['notes'])): uses[e] += 1
P = lib.pool(d)
print('earlier files', nf, 'distinct full folds', len(fulls), 'pool', len(P), '(after %s)' % sys.argv[1] if len(sys.argv) > 1 else '(before this set)')
t = Counter()
for e in P:
    t[(uses.get(e, 0), lib.is_narc(d.sdn[e]['program']))] += 1
for lv in sorted(set(k[0] for k in t)):
    print('level %d: %d (%d narcotics + %d other)' % (lv, t[(lv, True)] + t[(lv, False)], t[(lv, True)], t[(lv, False)]))
low = [e for e in P if uses.get(e, 0) < (lib.MIN_LEVEL_NARC if lib.is_narc(d.sdn[e]['program']) else lib.MIN_LEVEL_OTHER)]
print('below floors:', [d.sdn[e]['name'] for e in low])
