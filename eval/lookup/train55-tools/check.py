"""Validator for train55.jsonl. python3 check.py [--file PATH]. Ends PASS or FAIL."""
import sys, json, re
from collections import Counter
from common import *
path = '../train55.jsonl'
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
ctx = Ctx(); d = ctx.d
errs = []
def err(m): errs.append(m); print('ERROR', m)
rows = []
for i, l in enumerate(open(path, encoding='utf-8')):
    if not l.strip(): continue
    r = json.loads(l); rows.append(r)
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err('row %d keys %s' % (i, sorted(r)))
pos = [r for r in rows if r.get('expected')]; neg = [r for r in rows if not r.get('expected')]
print('rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
if len(rows) != 301 or len(pos) != 156 or len(neg) != 145: err('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
kc = Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != PER_KIND: err('kind %s has %d' % (k, kc[k]))
for k in kc:
    if k not in KINDS: err('unknown positive kind %s' % k)
nc = Counter(r['kind'] for r in neg)
for c, q in NEG_Q.items():
    if nc[c] != q: err('category %s has %d (quota %d)' % (c, nc[c], q))
for c in nc:
    if c not in NEG_Q: err('unknown negative category %s' % c)
# uniqueness and earlier sets
ks, fs = Counter(key(r['query']) for r in rows), Counter(full(r['query']) for r in rows if r['kind'] not in ('script', 'other_script'))
for r in rows:
    q = r['query']
    if ks[key(q)] > 1: err('duplicate query key: %s' % q)
    if r['kind'] not in ('script', 'other_script') and fs[full(q)] > 1: err('duplicate full fold: %s' % q)
    h = ctx.prior_hit(q, r['kind'])
    if h: err('%s: %s' % (h, q))
# positives
ents = []; narc = 0; lv = Counter(); chinese = 0
for r in pos:
    name = r['expected']
    hits = [e for e, v in d.sdn.items() if v['name'] == name]
    if len(hits) != 1: err('expected not unique in sdn.csv: %s' % name); continue
    e = hits[0]
    if d.sdn[e]['type'] != '-0-': err('not an organisation: %s' % name)
    if name in d.allalias: err('expected is also an alias: %s' % name)
    m = POS_RE.match(r['notes'] or '')
    if not m: err('bad positive notes: %s' % r['query']); continue
    k, variant, prog, uses, tname, ne = m.groups()
    if k != r['kind'] or prog != d.sdn[e]['prog'] or tname != name or ne != e: err('notes mismatch: %s' % r['query'])
    u = ctx.uses.get(e, 0)
    if int(uses) != u: err('earlier-use count wrong for %s (%s vs %d)' % (name, uses, u))
    if u > MAX_LEVEL: err('target used %d times earlier: %s' % (u, name))
    lv[u] += 1; ents.append(e)
    if d.sdn[e]['prog'] in NARC: narc += 1
    p = ctx.pos_problem(r['kind'], r['query'], e)
    if p: err('rule: %s (%s)' % (p, r['query']))
    if r['kind'] == 'script' and cjk(r['query']): chinese += 1
if len(set(ents)) != 156: err('distinct targets %d' % len(set(ents)))
if narc > NARC_CAP: err('SDNT/SDNTK %d > %d' % (narc, NARC_CAP))
if chinese < 1: err('no script row with Chinese characters')
# negatives
for r in neg:
    q, c = r['query'], r['kind']
    p = ctx.neg_problem(c, q)
    if p: err('negative listed/invalid: %s (%s)' % (q, p))
    n = r['notes'] or ''
    m = re.match(r'^not listed: ([a-z_]+); (.+?); (shared words: .+?|shares no word with a listed org)(; near miss: reuses \'(\w+)\' from in-set target (.+) \[SDN ent_num (\d+)\])?$', n)
    if not m or m.group(1) != c: err('bad negative notes: %s' % q); continue
    if m.group(3) != ctx.shared(q): err('shared-word info wrong: %s' % q)
    if c == 'near_miss':
        if not m.group(4): err('near miss without reuse info: %s' % q); continue
        w, tn, te = m.group(5), m.group(6), m.group(7)
        if te not in ents: err('near-miss target not in set: %s' % q)
        elif d.sdn[te]['name'] != tn: err('near-miss target name mismatch: %s' % q)
        elif w not in words(tn) or w not in words(q): err('near-miss word not in both: %s' % q)
    elif m.group(4): err('reuse info on non-near-miss: %s' % q)
print('distinct entities %d; levels %s; SDNT/SDNTK %d; script rows with Chinese characters %d' % (len(set(ents)), sorted(lv.items()), narc, chinese))
print('errors: %d' % len(errs))
print('FAIL' if errs else 'PASS')
