"""Validator for train60.jsonl. Usage: python3 check.py [--file PATH]. Ends PASS or FAIL."""
import json, re, sys
from collections import Counter
import lib
from common import Ctx, KINDS, PER_KIND, QUOTA, NARC_CAP, MAX_LEVEL, NO_FULLFOLD_KINDS, is_narc, has_han

path = '/work/blind/lk60/train60.jsonl'
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
errors = []
def err(i, msg):
    errors.append('row %s: %s' % (i, msg))

ctx = Ctx()
d = ctx.data
rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as ex:
            err(i, 'bad JSON: %s' % ex)
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if len(rows) != 301: err('-', 'rows %d != 301' % len(rows))
if len(pos) != 156: err('-', 'positives %d != 156' % len(pos))
if len(neg) != 145: err('-', 'negatives %d != 145' % len(neg))
kc = Counter(r.get('kind') for r in pos)
for k in KINDS:
    if kc.get(k, 0) != PER_KIND: err('-', 'kind %s has %d rows' % (k, kc.get(k, 0)))
for k in kc:
    if k not in KINDS: err('-', 'unknown positive kind %s' % k)
nc = Counter(r.get('kind') for r in neg)
for c, q in QUOTA.items():
    if nc.get(c, 0) != q: err('-', 'category %s has %d rows, quota %d' % (c, nc.get(c, 0), q))
for c in nc:
    if c not in QUOTA: err('-', 'unknown negative category %s' % c)

seen_key, seen_full = {}, {}
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r))
    q, k = r.get('query') or '', r.get('kind')
    kk, ff = lib.key(q), lib.full(q)
    if kk in seen_key: err(i, 'duplicate query key (row %d)' % seen_key[kk])
    seen_key.setdefault(kk, i)
    if k not in NO_FULLFOLD_KINDS:
        if ff in seen_full: err(i, 'duplicate full fold (row %d)' % seen_full[ff])
        seen_full.setdefault(ff, i)
    if kk in ctx.keys: err(i, 'earlier-set query key')
    elif k not in NO_FULLFOLD_KINDS and ff in ctx.fulls: err(i, 'earlier-set full fold')

NOTE = re.compile(r'^(\w+): (.+); program (.+); earlier-set uses (\d+); target (.+) \[SDN ent_num (\d+)\]$', re.S)
targets, narc, levels, han = [], 0, Counter(), 0
for i, r in enumerate(rows, 1):
    if r.get('expected') is None:
        continue
    name, k, q = r['expected'], r['kind'], r['query']
    ents = d.by_name(name)
    if len(ents) != 1: err(i, 'expected not a unique SDN_Name'); continue
    e = ents[0]
    if d.sdn[e]['type'] != '-0-': err(i, 'expected not an organisation')
    if name.upper() in d.alias_upper: err(i, 'expected is also an alias')
    m = NOTE.match(r.get('notes') or '')
    if not m: err(i, 'positive notes do not match the pattern'); continue
    if m.group(1) != k: err(i, 'notes kind %s != %s' % (m.group(1), k))
    if m.group(3) != d.sdn[e]['program']: err(i, 'notes program mismatch')
    if m.group(5) != name: err(i, 'notes target mismatch')
    if int(m.group(6)) != e: err(i, 'notes ent_num %s != %d' % (m.group(6), e))
    lv = ctx.level(e)
    if int(m.group(4)) != lv: err(i, 'notes earlier-set uses %s != %d' % (m.group(4), lv))
    if lv > MAX_LEVEL: err(i, 'level %d > %d' % (lv, MAX_LEVEL))
    if e not in ctx.pool: err(i, 'target not in pool')
    for why in ctx.pos_errors(k, q, e):
        if not why.startswith('earlier-set'):
            err(i, why)
    targets.append(e); levels[lv] += 1
    narc += is_narc(d.sdn[e]['program'])
    if k == 'script' and has_han(q): han += 1
if len(set(targets)) != len(targets): err('-', 'targets not distinct: %d of %d' % (len(set(targets)), len(targets)))
if narc > NARC_CAP: err('-', 'SDNT/SDNTK %d > %d' % (narc, NARC_CAP))
if han < 1: err('-', 'no script row with Chinese characters')
tset = set(targets)

NEAR = re.compile(r'; reuses "([^"]+)" from in-set target (.+) \(ent_num (\d+)\)$')
for i, r in enumerate(rows, 1):
    if r.get('expected') is not None:
        continue
    c, q, nt = r['kind'], r['query'], r.get('notes') or ''
    if not nt.startswith('not listed: %s; ' % c): err(i, 'negative notes must start "not listed: %s;"' % c)
    word = None
    if c == 'near_miss':
        m = NEAR.search(nt)
        if not m: err(i, 'near-miss notes lack the reused word/target'); continue
        word, tname, te = m.group(1), m.group(2), int(m.group(3))
        if te not in tset: err(i, 'near-miss target not in set')
        elif d.sdn[te]['name'] != tname: err(i, 'near-miss target name mismatch')
        elif word not in lib.core_tokens(tname): err(i, 'near-miss word not in target name')
        nt = nt[:m.start()]
    parts = ['"%s" in %d listed org names/aliases (e.g. %s)' % (w, n, ' | '.join(ex)) for w, n, ex in ctx.shared(q)]
    want = ('shares ' + '; '.join(parts)) if parts else 'shares no word with a listed org'
    if not nt.endswith('; ' + want): err(i, 'shared-word notes wrong (want: %s)' % want[:120])
    for why in ctx.neg_errors(c, q, tset, word):
        if not why.startswith('earlier-set'):
            err(i, why)

print('file', path)
print('rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
print('distinct targets', len(set(targets)), 'levels', dict(sorted(levels.items())), 'SDNT/SDNTK', narc,
      'script rows with Chinese characters', han)
print('programs', ', '.join('%s %d' % kv for kv in Counter(d.sdn[e]['program'] for e in targets).most_common()))
for x in errors:
    print('ERROR', x)
print('FAIL (%d errors)' % len(errors) if errors else 'PASS')
