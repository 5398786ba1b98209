"""probe.py < lines : for each of MY candidate strings print 'seen' (earlier-set query) or 'ok', plus a listed-fold flag."""
import sys
from collections import defaultdict
import lib
qkeys, _, _, _ = lib.load_prior()
sdn = lib.load_sdn(); alt = lib.load_alt()
owner = defaultdict(set)
for e, r in sdn.items():
    for k in lib.keys(r['name']): owner[k].add(e)
    for _, a in alt[e]:
        for k in lib.keys(a): owner[k].add(e)
for c in lib.load_csl_names():
    for k in lib.keys(c): owner[k].add('CSL')
for line in sys.stdin:
    q = line.rstrip('\n')
    if not q.strip(): continue
    flag = 'seen' if lib.seen_before(q, qkeys) else 'ok  '
    own = sorted({str(x) for k in lib.keys(q) if k for x in owner[k]})
    print(flag, q, ('LISTED:' + ','.join(own[:4])) if own else '')
