"""Pool summary: levels by narcotics/other, before and after train87 (if written). Prints counts only."""
import json, os, collections, lib
d, pk, pf, uses, nf, pl = lib.load_all()
c = collections.Counter((l, lib.is_narc(d.sdn[e]['program'])) for e, l in pl.items())
print('earlier files %d; pool %d' % (nf, len(pl)))
for l in sorted({l for l, n in c}):
    print('level %d: %d (SDNT/SDNTK %d, others %d)' % (l, c[(l, True)] + c[(l, False)], c[(l, True)], c[(l, False)]))
print('level-4 non-narcotics: %s' % [(d.sdn[e]['name'], d.sdn[e]['program'], d.city.get(e)) for e, l in pl.items() if l == 4 and not lib.is_narc(d.sdn[e]['program'])])
if os.path.exists(lib.OUT):
    used = set()
    for line in open(lib.OUT, encoding='utf-8'):
        r = json.loads(line)
        if r['expected']:
            used.add(int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']')))
    after = collections.Counter((l + (1 if e in used else 0), lib.is_narc(d.sdn[e]['program'])) for e, l in pl.items())
    print('after train87:')
    for l in sorted({l for l, n in after}):
        print('level %d: %d (SDNT/SDNTK %d, others %d)' % (l, after[(l, True)] + after[(l, False)], after[(l, True)], after[(l, False)]))
