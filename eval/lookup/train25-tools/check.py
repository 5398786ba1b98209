"""Validate train25.jsonl. Usage: python3 check.py [--file PATH] [--noprior]. Prints only verdicts/counts; ends with PASS or FAIL."""
import sys, os, json, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

POS = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo', 'punctuation', 'aka',
       'partial', 'parent_vs_subsidiary', 'script', 'messy']
NEGN = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
        'city_country': 15, 'brand_product': 16}
path = os.path.join(HERE, '..', 'train25.jsonl')
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
noprior = '--noprior' in sys.argv

errs = []
def err(m):
    errs.append(m)

ix = Index()
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
print('file', os.path.basename(path), 'rows', len(rows))
if len(rows) != 301: err('row count %d != 301' % len(rows))
cnt = defaultdict(int)
for r in rows:
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err('bad keys')
    cnt[r.get('kind')] += 1
for k in POS:
    if cnt[k] != 12: err('kind %s has %d != 12' % (k, cnt[k]))
for k, n in NEGN.items():
    if cnt[k] != n: err('kind %s has %d != %d' % (k, cnt[k], n))
for k in cnt:
    if k not in POS and k not in NEGN: err('unknown kind %s' % k)
npos = sum(1 for r in rows if r['expected'] is not None)
print('positives', npos, 'negatives', len(rows) - npos)
if npos != 156: err('positives %d != 156' % npos)

seen = set()
for r in rows:
    n = norm(r['query'])
    if not n: err('empty query')
    if n in seen: err('duplicate query (normalised)')
    seen.add(n)

if not noprior:
    qraw, qk, eu, nu = load_prior()
    old = sum(1 for r in rows if is_prior_query(r['query'], qraw, qk))
    print('queries used in earlier sets:', old)
    if old: err('%d queries used before' % old)
else:
    eu, nu = {}, {}

ents = set()
for r in rows:
    q, e = r['query'], r['expected']
    if e is not None:
        if r['kind'] not in POS: err('positive with negative kind')
        if ix.name_count.get(e, 0) != 1 or e not in ix.by_name: err('expected not a unique SDN_Name: %r' % e); continue
        ent = ix.by_name[e]
        if ix.sdn[ent]['type'] != '': err('expected not an organisation: %r' % e)
        m = re.search(r'\[SDN ent_num (\d+)\]$', r['notes'])
        if not m or int(m.group(1)) != ent: err('notes do not end with the right ent_num for %r' % e)
        if not r['notes'].startswith(r['kind']): err('positive note does not start with kind')
        if ent in ents: err('ent_num used twice: %d' % ent)
        ents.add(ent)
        if not noprior and eu.get(ent, 0) + nu.get(e, 0) < 1: err('target not reused: %d' % ent)
        if r['kind'] != 'messy' and ix.hits(q) - {ent}: err('positive equals another record name/alias: row kind %s' % r['kind'])
    else:
        if r['kind'] not in NEGN: err('negative with positive kind')
        if not r['notes'].startswith('not listed'): err('negative note does not start with "not listed"')
        if ix.hits(q): err('negative equals a listed name/alias/CSL name')
        toks = core(q).split(); c = ' ' + ' '.join(toks) + ' '
        for oc in ix.orgcores:
            if (len(oc.split()) >= 2 and (' ' + oc + ' ') in c) or (len(oc.split()) == 1 and len(oc) >= 3 and oc in toks):
                err('negative contains listed org core'); break
        if r['kind'] == 'shares_one_word' and not ix.shared_words(q): err('shares_one_word row shares no word')
        if r['notes'] != ix.neg_note(q): err('negative note differs from recomputed note')
print('distinct target entities', len(ents))
if errs:
    for m in sorted(set(errs)):
        print('ERROR', m, 'x%d' % errs.count(m))
    print('FAIL')
    sys.exit(1)
print('PASS: 301 rows (156 positives = 13 kinds x 12, 145 negatives), all checks passed')
