"""Level table of the pool: python3 cand.py [extra.jsonl counted as earlier]"""
import sys, json, re
from collections import Counter
import lib
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
if len(sys.argv) > 1:
    for line in open(sys.argv[1], encoding='utf-8'):
        r = json.loads(line)
        if r['expected']:
            for x in set(re.findall(r'ent_num (\d+)', r['notes'])):
                uses[int(x)] += 1
print('earlier files', n, '; pool', len(d.pool), '; extra', sys.argv[1:] or '-')
t = Counter()
for e in d.pool:
    t[(uses[e], lib.is_narc(d.sdn[e]['program']))] += 1
for lv in sorted({k[0] for k in t}):
    print('level %d: %d (narcotics %d, other %d)' % (lv, t[(lv, True)] + t[(lv, False)], t[(lv, True)], t[(lv, False)]))
for e in sorted(d.pool):
    lv = uses[e]; nc = lib.is_narc(d.sdn[e]['program'])
    if lv < (lib.MIN_LEVEL_NARC if nc else lib.MIN_LEVEL_OTHER):
        print('BELOW FLOOR', lv, d.sdn[e]['program'], d.sdn[e]['name'])
