"""Read my own candidate strings (one per line on stdin) and print only ok/SEEN and any listed record they fold to."""
import sys, collections
from lib import *
sdn = load_sdn(); alt = load_alt()
qk, _, _ = load_prior(sdn)
owner = collections.defaultdict(set)
for e, r in sdn.items():
    for k in keys(r['name']): owner[k].add(e)
    for _, a in alt.get(e, []):
        for k in keys(a): owner[k].add(e)
for line in sys.stdin:
    q = line.strip()
    if not q: continue
    hit = sorted(set(x for k in keys(q) for x in owner.get(k, ())))
    print('SEEN' if seen(q, qk) else 'ok  ', q, ('FOLDS->' + ','.join(map(str, hit))) if hit else '')
