"""Standalone checker for train19.jsonl. Usage: python3 check.py [--file PATH] [--prior DIR]
--prior DIR also checks that no query equals (normalised) a query of DIR/train*.jsonl (prints counts only)."""
import os, sys, csv, json, re, glob, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data')
if not os.path.isdir(D): D = '/work/shared/data'
args = sys.argv[1:]
FILE = args[args.index('--file') + 1] if '--file' in args else os.path.join(HERE, '..', 'train19.jsonl')
PRIOR = args[args.index('--prior') + 1] if '--prior' in args else None
POS_KINDS = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo', 'punctuation',
             'aka', 'partial', 'parent_vs_subsidiary', 'script', 'messy']
NEG_N = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
         'city_country': 15, 'brand_product': 16}
def rcsv(p):
    with open(p, encoding='utf-8', errors='replace', newline='') as f:
        return [[c.strip() for c in r] for r in csv.reader(f) if r]
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('&', ' and ')
    return ' '.join(re.sub(r'[^\w]+', ' ', s).split())
def forms(s):
    n = norm(s); return {n, n.replace(' ', '')} - {''}
errs = []
sdn = rcsv(os.path.join(D, 'ofac-sdn-2019', 'sdn.csv'))
alt = rcsv(os.path.join(D, 'ofac-sdn-2019', 'alt.csv'))
byname = {}
for r in sdn: byname.setdefault(r[1], []).append(r)
listed = set()
for r in sdn: listed |= forms(r[1])
for a in alt: listed |= forms(a[3])
with open(os.path.join(D, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace', newline='') as f:
    rows = list(csv.reader(f))
hdr = rows[0]
for r in rows[1:]:
    d = dict(zip(hdr, r))
    for t in [d.get('name') or ''] + (d.get('alt_names') or '').split(';'):
        if t.strip(): listed |= forms(t.strip())
data = []
with open(FILE, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        if not line.strip(): continue
        try: data.append((i, json.loads(line)))
        except Exception as e: errs.append('line %d: bad JSON (%s)' % (i, e))
if len(data) != 301: errs.append('expected 301 rows, got %d' % len(data))
kc = Counter(); qs = Counter()
for i, r in data:
    if set(r) != {'query', 'expected', 'kind', 'notes'}: errs.append('line %d: keys %s' % (i, sorted(r)))
    k = r.get('kind'); kc[k] += 1; q = r.get('query') or ''
    qs[norm(q)] += 1
    if not q.strip(): errs.append('line %d: empty query' % i)
    if k in POS_KINDS:
        e = r.get('expected')
        recs = byname.get(e) if isinstance(e, str) else None
        if not recs: errs.append('line %d: expected %r not an SDN_Name' % (i, e)); continue
        m = re.search(r'\[SDN ent_num (\d+)\]$', r.get('notes') or '')
        if not m: errs.append('line %d: notes do not end with [SDN ent_num N]' % i); continue
        rec = [x for x in recs if x[0] == m.group(1)]
        if not rec: errs.append('line %d: ent_num %s does not match %r' % (i, m.group(1), e))
        elif rec[0][2] != '-0-': errs.append('line %d: %r is not an organisation' % (i, e))
    elif k in NEG_N:
        if r.get('expected') is not None: errs.append('line %d: negative with expected' % i)
        if forms(q) & listed: errs.append('line %d: negative %r equals an SDN/alt/CSL name' % (i, q))
    else: errs.append('line %d: unknown kind %r' % (i, k))
for k in POS_KINDS:
    if kc[k] != 12: errs.append('kind %s: %d rows, want 12' % (k, kc[k]))
for k, n in NEG_N.items():
    if kc[k] != n: errs.append('kind %s: %d rows, want %d' % (k, kc[k], n))
for q, c in qs.items():
    if c > 1: errs.append('duplicate query (normalised): %r x%d' % (q, c))
npos = sum(1 for _, r in data if r.get('expected')); print('rows %d, positives %d, negatives %d' % (len(data), npos, len(data) - npos))
if PRIOR:
    pq = set(); pe = set(); nf = 0
    for p in sorted(glob.glob(os.path.join(PRIOR, 'train*.jsonl'))):
        if os.path.basename(p) == 'train19.jsonl': continue
        nf += 1
        for line in open(p, encoding='utf-8'):
            if line.strip():
                x = json.loads(line); pq.add(norm(x.get('query') or ''))
                m = re.search(r'ent_num (\d+)\]', x.get('notes') or '')
                if m and x.get('expected'): pe.add(m.group(1))
    seen = sum(1 for _, r in data if norm(r['query']) in pq)
    reused = sum(1 for _, r in data if r.get('expected') and re.search(r'ent_num (\d+)\]$', r['notes']).group(1) in pe)
    print('earlier files %d; queries seen before: %d; positive targets used before: %d' % (nf, seen, reused))
    if seen: errs.append('%d queries equal an earlier query' % seen)
for e in errs: print('ERROR', e)
print('FAIL' if errs else 'PASS')
