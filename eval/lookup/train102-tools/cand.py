"""Level table of the pool (counts only). Optional arg: a jsonl whose positives are added as uses."""
import sys
from collections import Counter
import lib
d = lib.Data()
keys, folds, uses, nf = lib.load_prior(d)
if len(sys.argv) > 1:
    for r in lib.read_jsonl(sys.argv[1]):
        if r['expected']:
            for e in set(int(x) for x in lib.ENT_RE.findall(r['notes'])):
                uses[e] += 1
pool = lib.build_pool(d)
c = Counter()
for e, rec in pool.items():
    c[(uses[e], lib.is_narc(rec['program']))] += 1
print('files', nf, 'pool', len(pool), 'after' if len(sys.argv) > 1 else 'before')
for lv in sorted(set(k[0] for k in c)):
    print('level', lv, 'total', c[(lv, True)] + c[(lv, False)], 'narc', c[(lv, True)], 'other', c[(lv, False)])
low = [(uses[e], rec['name'], rec['program']) for e, rec in pool.items()
       if uses[e] < (lib.MIN_LEVEL_NARC if lib.is_narc(rec['program']) else lib.MIN_LEVEL_OTHER)]
print('below floors:', sorted(low))
