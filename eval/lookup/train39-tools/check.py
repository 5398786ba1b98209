"""Validate train39.jsonl.  python3 check.py [--file PATH]   (prints PASS or FAIL)"""
import json, re, sys, os
from collections import Counter
from lib import World, load_prior, keys, full_key, ws_key, HERE

KINDS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy',
         'word_order', 'transliteration', 'translation', 'partial', 'script']
NEG_COUNTS = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
              'person_as_company': 16, 'city_country': 15, 'brand_product': 16}

path = os.path.join(HERE, '..', 'train39.jsonl')
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]

errors = []
def err(m):
    errors.append(m)

w = World()
prior_keys, uses, nfiles, nrows = load_prior()
name_count = w.name_count
alias_names = w.alias_names

rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err('line %d: bad json (%s)' % (i, e))

if len(rows) != 301:
    err('expected 301 rows, got %d' % len(rows))
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if len(pos) != 156:
    err('expected 156 positives, got %d' % len(pos))
if len(neg) != 145:
    err('expected 145 negatives, got %d' % len(neg))
for i, r in enumerate(rows):
    if set(r.keys()) != {'query', 'expected', 'kind', 'notes'}:
        err('row %d: keys %s' % (i, sorted(r.keys())))
    if not isinstance(r.get('query'), str) or not r.get('query', '').strip():
        err('row %d: empty query' % i)

kc = Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc.get(k, 0) != 12:
        err('kind %s has %d positives (want 12)' % (k, kc.get(k, 0)))
for k in kc:
    if k not in KINDS:
        err('unknown positive kind %s' % k)
nc = Counter(r['kind'] for r in neg)
for k, n in NEG_COUNTS.items():
    if nc.get(k, 0) != n:
        err('category %s has %d negatives (want %d)' % (k, nc.get(k, 0), n))
for k in nc:
    if k not in NEG_COUNTS:
        err('unknown negative category %s' % k)

# uniqueness and earlier-set repeats
seen_ws, seen_full = {}, {}
repeats = 0
for i, r in enumerate(rows):
    q = r['query']
    a, b = ws_key(q), full_key(q)
    if a in seen_ws:
        err('duplicate query (ws fold) rows %d/%d: %r' % (seen_ws[a], i, q))
    if b in seen_full:
        err('duplicate query (full fold) rows %d/%d: %r' % (seen_full[b], i, q))
    seen_ws.setdefault(a, i); seen_full.setdefault(b, i)
    if a in prior_keys or b in prior_keys:
        repeats += 1
        err('row %d repeats an earlier-set query' % i)

# positives
ents = []
sd = 0
by_name = {}
for r in w.sdn:
    by_name.setdefault(r['name'], []).append(r)
for i, r in enumerate(pos):
    exp, q, notes, kind = r['expected'], r['query'], r['notes'] or '', r['kind']
    recs = by_name.get(exp, [])
    if len(recs) != 1:
        err('positive %r: expected %r occurs %d times in sdn.csv' % (q, exp, len(recs)))
        continue
    rec = recs[0]
    if rec['type'] != '':
        err('positive %r: %r is not an organisation (type %s)' % (q, exp, rec['type']))
    if exp in alias_names:
        err('positive %r: expected %r is also an alias' % (q, exp))
    m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
    if not m:
        err('positive %r: notes do not end with [SDN ent_num N]' % q)
    elif int(m.group(1)) != rec['ent']:
        err('positive %r: notes ent_num %s != %d' % (q, m.group(1), rec['ent']))
    ents.append(rec['ent'])
    if not notes.startswith(kind + ':'):
        err('positive %r: notes do not start with kind' % q)
    if ('program ' + rec['program']) not in notes:
        err('positive %r: notes lack program' % q)
    if ('earlier-set uses %d;' % uses[rec['ent']]) not in notes:
        err('positive %r: notes lack correct earlier-set use count (%d)' % (q, uses[rec['ent']]))
    if ('target ' + exp) not in notes:
        err('positive %r: notes lack target name' % q)
    if q == exp:
        err('positive %r equals its target exactly' % q)
    if 'SDNT' in rec['program']:
        sd += 1
    if kind not in ('messy', 'script'):
        others = set()
        for k in keys(q):
            others |= (w.key_owner.get(k, set()) - {rec['ent']})
        if others:
            err('positive %r folds to another record %s' % (q, sorted(map(str, others))[:3]))
if len(set(ents)) != 156:
    err('distinct entities %d (want 156)' % len(set(ents)))
if sd > 0.4 * 156:
    err('SDNT/SDNTK %d > 40%%' % sd)
script_q = [r['query'] for r in pos if r['kind'] == 'script']
if not any(re.search(r'[\u4e00-\u9fff]', q) and not re.search(r'[\u3040-\u30ff]', q) for q in script_q):
    err('no Chinese script row')
for q in script_q:
    if not any(ord(c) > 0x24F for c in q if c.isalpha()):
        err('script row %r has no non-Latin letters' % q)

# negatives
for r in neg:
    q, notes, cat = r['query'], r['notes'] or '', r['kind']
    if not notes.startswith('not listed: %s;' % cat):
        err('negative %r: notes do not start "not listed: %s;"' % (q, cat))
    if 'shares' not in notes:
        err('negative %r: notes lack shared-word information' % q)
    if q.strip().lower() in w.exact:
        err('negative %r equals a listed name exactly' % q)
    for k in keys(q):
        if k in w.key_owner:
            err('negative %r folds to a listed name (%s)' % (q, k))
            break

lv = Counter(uses[e] for e in set(ents))
print('file', path)
print('rows %d: %d positives, %d negatives' % (len(rows), len(pos), len(neg)))
print('kinds', dict(sorted(kc.items())))
print('categories', dict(sorted(nc.items())))
print('distinct entities %d; levels %s; SDNT/SDNTK %d; earlier-set query repeats %d' % (
    len(set(ents)), dict(sorted(lv.items())), sd, repeats))
for e in errors:
    print('ERROR', e)
print('%d errors' % len(errors))
print('PASS' if not errors else 'FAIL')
sys.exit(0 if not errors else 1)
