"""Screen my own candidate strings. Reads lines 'ENT|query' (ENT may be '-' for negatives) from stdin.
Prints only: seen/ok (earlier-set query?), whether it folds to any listed SDN/CSL name or alias
(and which record), and the entity's pool status. Never prints earlier rows."""
import json, sys
from collections import defaultdict
from lib import *
pool = json.load(open('cand.json'))
sdn = load_sdn(); alt = load_alt(); csl = load_csl_names()
owner = defaultdict(set)
for r in sdn:
    for k in keys(r['name']): owner[k].add(r['ent'])
    for _, a in alt.get(r['ent'], []):
        for k in keys(a): owner[k].add(r['ent'])
cslk = set()
for n in csl: cslk |= keys(n)
qkeys, uses, _, _ = load_prior()
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip() or '|' not in line: continue
    e, q = line.split('|', 1); q = q.strip(); e = e.strip()
    s = 'SEEN' if seen(q, qkeys) else 'ok  '
    hits = set()
    for k in keys(q): hits |= owner.get(k, set())
    h = ','.join(str(x) for x in sorted(hits)[:4]) if hits else '-'
    c = 'CSL' if keys(q) & cslk else ''
    p = ''
    if e != '-':
        v = pool.get(e)
        p = ('pool L%d %s' % (v['uses'], v['name'])) if v else 'NOT-IN-POOL'
    print(s, '| folds->', h, c, '|', q, '|', p)
