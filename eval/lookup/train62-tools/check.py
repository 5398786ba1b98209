"""Validator for train62.jsonl. Usage: python3 check.py [--file PATH]. Ends with PASS or FAIL."""
import json, re, sys
from collections import Counter
from lib import *
from common import *

path = '../train62.jsonl'
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
d = Data()
keys, fulls, uses, nread = load_prior(d)
prior = (keys, fulls, uses)
errs = []
def err(i, m):
    errs.append('row %d: %s' % (i, m))

rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
print('file', path, 'rows', len(rows), '; earlier files read', nread)
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if len(rows) != 301: errs.append('expected 301 rows, got %d' % len(rows))
if len(pos) != 156: errs.append('expected 156 positives, got %d' % len(pos))
if len(neg) != 145: errs.append('expected 145 negatives, got %d' % len(neg))
kc = Counter(r.get('kind') for r in pos)
for k in KINDS:
    if kc[k] != PER_KIND: errs.append('kind %s has %d rows' % (k, kc[k]))
for k in kc:
    if k not in KINDS: errs.append('unknown positive kind %s' % k)
nc = Counter(r.get('kind') for r in neg)
for c, q in NEG_QUOTA.items():
    if nc[c] != q: errs.append('category %s has %d rows, quota %d' % (c, nc[c], q))
for c in nc:
    if c not in NEG_QUOTA: errs.append('unknown negative category %s' % c)

sk, sf = Counter(), Counter()
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r))
    q = r['query']
    sk[key(q)] += 1
    if r['kind'] not in SCRIPTY:
        sf[full(q)] += 1
for i, r in enumerate(rows, 1):
    q = r['query']
    if sk[key(q)] > 1: err(i, 'duplicate query key in set')
    if r['kind'] not in SCRIPTY and sf[full(q)] > 1: err(i, 'duplicate full fold in set')
    if key(q) in keys: err(i, 'earlier-set query key')
    if r['kind'] not in SCRIPTY and full(q) in fulls: err(i, 'earlier-set full fold')

targets = Counter()
narc = 0
levels = Counter()
cjk = 0
inset = {r['expected']: d.by_name.get(r['expected']) for r in pos}
for i, r in enumerate(rows, 1):
    if r['expected'] is None:
        continue
    name, kind, q, notes = r['expected'], r['kind'], r['query'], r['notes']
    e = d.by_name.get(name)
    if e is None:
        err(i, 'expected is not a unique SDN_Name'); continue
    v = d.sdn[e]
    if v['type'] != '': err(i, 'target is not an organisation')
    if name.upper() in d.alias_upper: err(i, 'target name is also an alias')
    if not d.in_pool(e): err(i, 'target not in pool')
    targets[e] += 1
    levels[uses[e]] += 1
    if narcotic(v['program']): narc += 1
    m = re.match(r'^%s: .+; program %s; earlier-set uses (\d+); target %s \[SDN ent_num (\d+)\]$' % (
        re.escape(kind), re.escape(v['program']), re.escape(name)), notes)
    if not m:
        err(i, 'notes do not match the positive pattern')
    else:
        if int(m.group(2)) != e: err(i, 'ent_num in notes %s != %d' % (m.group(2), e))
        if int(m.group(1)) != uses[e]: err(i, 'earlier-use count in notes %s != recomputed %d' % (m.group(1), uses[e]))
    if uses[e] > 3: err(i, 'target has %d earlier uses' % uses[e])
    for x in pos_errors(d, prior, kind, q, name, set(), set()):
        if not x.startswith('earlier-set'):
            err(i, x)
    if kind == 'script' and has_cjk(q): cjk += 1
for e, n in targets.items():
    if n > 1: errs.append('target ent_num %d used %d times' % (e, n))
if len(targets) != 156: errs.append('distinct targets %d != 156' % len(targets))
if narc > NARC_CAP: errs.append('narcotics targets %d > %d' % (narc, NARC_CAP))
if cjk < 1: errs.append('no script row with Chinese characters')

for i, r in enumerate(rows, 1):
    if r['expected'] is not None:
        continue
    cat, q, notes = r['kind'], r['query'], r['notes']
    if not notes.startswith('not listed: %s; ' % cat): err(i, 'negative notes prefix')
    if not notes.endswith(shared_text(d, q)): err(i, 'shared-word notes differ from recomputed')
    near = None
    if cat == 'near_miss':
        m = re.search(r"reuses '([^']+)' from in-set target (.+) \(ent_num (\d+)\)", notes)
        if not m:
            err(i, 'near-miss notes lack the reused word/target'); continue
        near = (m.group(1), m.group(2))
        if inset.get(m.group(2)) != int(m.group(3)): err(i, 'near-miss target/ent_num not in set')
    for x in neg_errors(d, prior, cat, q, set(), set(), near, set(inset)):
        if not x.startswith('earlier-set'):
            err(i, x)

print('distinct targets', len(targets), 'levels', dict(sorted(levels.items())), 'narcotics', narc,
      'script rows with Chinese characters', cjk)
for x in errs:
    print('ERROR', x)
print('PASS' if not errs else 'FAIL (%d errors)' % len(errs))
