"""Validator for train56.jsonl: python3 check.py [--file PATH]"""
import json, re, sys
from collections import Counter
from lib import Data, load_prior, full, key, words
import common as C

path = '/work/blind/lk56/train56.jsonl'
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
D = Data(); keys, fulls, uses, nf = load_prior(D)
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
ctx = C.Ctx(D, keys, fulls, uses, pool)
errors = []
def err(i, m): errors.append('row %d: %s' % (i, m))
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if len(rows) != 301: errors.append('rows %d != 301' % len(rows))
if len(pos) != 156: errors.append('positives %d != 156' % len(pos))
if len(neg) != 145: errors.append('negatives %d != 145' % len(neg))
kc = Counter(r['kind'] for r in pos)
for k in C.KINDS:
    if kc[k] != C.PER_KIND: errors.append('kind %s has %d rows' % (k, kc[k]))
for k in kc:
    if k not in C.KINDS: errors.append('unknown positive kind %s' % k)
nc = Counter(r['kind'] for r in neg)
for c, q in C.QUOTA.items():
    if nc[c] != q: errors.append('category %s has %d rows (quota %d)' % (c, nc[c], q))
for c in nc:
    if c not in C.QUOTA: errors.append('unknown negative category %s' % c)
sk, sf = Counter(), Counter()
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err(i, 'keys %s' % sorted(r))
    sk[key(r['query'])] += 1
    if r['kind'] not in ('script', 'other_script'): sf[full(r['query'])] += 1
for i, r in enumerate(rows, 1):
    if sk[key(r['query'])] > 1: err(i, 'in-set repeat (key)')
    elif r['kind'] not in ('script', 'other_script') and sf[full(r['query'])] > 1: err(i, 'in-set repeat (full fold)')
targets, narc, levels, han = Counter(), 0, Counter(), 0
RX = re.compile(r'^(?P<kind>[a-z_]+): (?P<var>.+); program (?P<prog>.+); earlier-set uses (?P<u>\d+); target (?P<t>.+) \[SDN ent_num (?P<e>\d+)\]$')
in_set = {}
for i, r in enumerate(rows, 1):
    if r['expected'] is None: continue
    m = RX.match(r['notes'] or '')
    if not m: err(i, 'positive notes malformed'); continue
    e = int(m.group('e'))
    if e not in D.sdn: err(i, 'ent_num %d unknown' % e); continue
    v = D.sdn[e]
    if v['name'] != r['expected']: err(i, 'expected does not match ent_num %d' % e)
    if D.name_count[r['expected']] != 1: err(i, 'expected not a unique SDN_Name')
    if v['type'] != '-0-': err(i, 'expected not an organisation')
    if r['expected'] in D.alt_names: err(i, 'expected is also an alias')
    if m.group('kind') != r['kind']: err(i, 'notes kind differs')
    if m.group('prog') != v['prog']: err(i, 'notes program differs')
    if m.group('t') != v['name']: err(i, 'notes target differs')
    u = uses.get(e, 0)
    if int(m.group('u')) != u: err(i, 'notes earlier-use count %s != %d' % (m.group('u'), u))
    if u > C.MAX_LEVEL: err(i, 'target used %d times before' % u)
    targets[e] += 1; levels[u] += 1
    if C.is_narc(v['prog']): narc += 1
    for x in C.pos_errors(r['kind'], r['query'], e, ctx): err(i, x)
    if r['kind'] == 'script' and C.has_han(r['query']): han += 1
    for w in words(v['name']): in_set.setdefault(w, (v['name'], e))
for e, n in targets.items():
    if n > 1: errors.append('target %d used %d times' % (e, n))
if len(targets) != 156: errors.append('%d distinct targets' % len(targets))
if narc > C.NARC_CAP: errors.append('SDNT/SDNTK %d > %d' % (narc, C.NARC_CAP))
if han < 1: errors.append('no script row with Chinese characters')
NX = re.compile(r'^not listed: (?P<cat>[a-z_]+); (?P<desc>[^;]+); ')
for i, r in enumerate(rows, 1):
    if r['expected'] is not None: continue
    m = NX.match(r['notes'] or '')
    if not m: err(i, 'negative notes malformed'); continue
    if m.group('cat') != r['kind']: err(i, 'notes category differs')
    want = C.neg_note(r['kind'], m.group('desc'), r['query'], ctx)
    if r['kind'] == 'near_miss':
        mm = re.search(r"; reused word '([^']+)' from in-set target (.+) \(ent_num (\d+)\)$", r['notes'])
        if not mm: err(i, 'near-miss notes lack reused word/target'); continue
        w, t, e = mm.group(1), mm.group(2), int(mm.group(3))
        if e not in targets: err(i, 'near-miss target %d not in set' % e)
        elif D.sdn[e]['name'] != t: err(i, 'near-miss target name differs')
        elif w not in words(t): err(i, 'reused word not in target name')
        if w not in words(r['query']): err(i, 'reused word not in query')
        want += "; reused word '%s' from in-set target %s (ent_num %d)" % (w, t, e)
    if r['notes'] != want: err(i, 'negative notes/shared-word info differ from recomputed')
    for x in C.neg_errors(r['kind'], r['query'], ctx): err(i, x)
print('file', path)
print('prior files', nf)
print('rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
print('kinds', dict(kc)); print('categories', dict(nc))
print('distinct entities', len(targets), 'levels', dict(sorted(levels.items())), 'SDNT/SDNTK', narc, 'Chinese script rows', han)
for x in errors: print('ERROR', x)
print('FAIL (%d errors)' % len(errors) if errors else 'PASS')
