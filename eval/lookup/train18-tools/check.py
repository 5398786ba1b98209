#!/usr/bin/env python3
"""Standalone validator for train18.jsonl. Usage: python3 check.py [--file PATH] [--prior DIR]
Prints ERROR lines and ends with PASS or FAIL. With --prior it also counts queries equal to earlier queries
(prints counts only, never earlier rows)."""
import csv, json, os, re, sys, unicodedata, glob
HERE = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
FILE = args[args.index('--file') + 1] if '--file' in args else os.path.join(HERE, '..', 'train18.jsonl')
PRIOR = args[args.index('--prior') + 1] if '--prior' in args else None
DATA = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data'))
POS = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo', 'punctuation', 'aka',
       'partial', 'parent_vs_subsidiary', 'script', 'messy']
NEG = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
       'city_country': 15, 'brand_product': 16}
WANT = dict({k: 12 for k in POS}, **NEG)
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('&', ' and ')
    s = re.sub(r"[^\w\s]", ' ', s)
    return ' '.join(s.split())
def keys(s):
    n = norm(s); return {n, n.replace(' ', '')} - {''}
sdn = {}; listed = set()
with open(os.path.join(DATA, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace') as f:
    for r in csv.reader(f):
        if len(r) >= 3:
            sdn[int(r[0])] = (r[1].strip(), r[2].strip())
            listed |= keys(r[1])
with open(os.path.join(DATA, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace') as f:
    for r in csv.reader(f):
        if len(r) >= 4: listed |= keys(r[3])
with open(os.path.join(DATA, 'csl-sample/csl.csv'), encoding='utf-8', errors='replace') as f:
    for r in csv.DictReader(f):
        listed |= keys(r.get('name') or '')
        for a in (r.get('alt_names') or '').split(';'): listed |= keys(a)
errors = []
rows = []
with open(FILE, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        try: rows.append(json.loads(line))
        except Exception as e: errors.append('line %d: bad JSON (%s)' % (i, e))
if len(rows) != 301: errors.append('expected 301 rows, got %d' % len(rows))
counts = {}
seen = set()
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: errors.append('row %d: keys %s' % (i, sorted(r)))
    k = r.get('kind'); counts[k] = counts.get(k, 0) + 1
    q = r.get('query') or ''
    if not q.strip(): errors.append('row %d: empty query' % i)
    if q in seen: errors.append('row %d: duplicate query %r' % (i, q))
    seen.add(q)
    if k not in WANT: errors.append('row %d: bad kind %r' % (i, k)); continue
    exp = r.get('expected')
    if k in POS:
        m = re.search(r'\[SDN ent_num (\d+)\]$', r.get('notes') or '')
        if not exp: errors.append('row %d: positive kind without expected' % i)
        elif not m: errors.append('row %d: notes lack trailing [SDN ent_num N]' % i)
        else:
            e = int(m.group(1))
            if e not in sdn: errors.append('row %d: unknown ent_num %d' % (i, e))
            elif sdn[e][0] != exp: errors.append('row %d: expected %r != SDN_Name of %d' % (i, exp, e))
            elif sdn[e][1] != '-0-': errors.append('row %d: ent %d is not an organisation (%s)' % (i, e, sdn[e][1]))
    else:
        if exp is not None: errors.append('row %d: negative kind with expected' % i)
        if keys(q) & listed: errors.append('row %d: negative %r equals a listed SDN/alt/CSL name' % (i, q))
for k, n in WANT.items():
    if counts.get(k, 0) != n: errors.append('kind %s: %d rows, want %d' % (k, counts.get(k, 0), n))
npos = sum(1 for r in rows if r.get('expected')); nneg = len(rows) - npos
if npos != 156 or nneg != 145: errors.append('positives %d / negatives %d, want 156 / 145' % (npos, nneg))
if PRIOR:
    pq = set(); pe = set()
    for p in sorted(glob.glob(os.path.join(PRIOR, 'train*.jsonl'))):
        if os.path.abspath(p) == os.path.abspath(FILE): continue
        for line in open(p, encoding='utf-8'):
            try: x = json.loads(line)
            except Exception: continue
            pq.add(norm(x.get('query') or ''))
            m = re.search(r'ent_num (\d+)\]?\s*$', x.get('notes') or '')
            if x.get('expected') and m: pe.add(int(m.group(1)))
    sq = sum(1 for r in rows if norm(r['query']) in pq)
    st = sum(1 for r in rows if r.get('expected') and int(re.search(r'(\d+)\]$', r['notes']).group(1)) in pe)
    print('prior: queries seen before (normalised) %d; positive targets used before %d' % (sq, st))
for e in errors: print('ERROR', e)
print('rows %d positives %d negatives %d' % (len(rows), npos, nneg))
print('PASS' if not errors else 'FAIL (%d errors)' % len(errors))
sys.exit(1 if errors else 0)
