# validator for train24.jsonl: python3 check.py [--file PATH] [--noprior]; prints PASS or FAIL lines
import sys
from index import *
args = sys.argv[1:]
path = args[args.index('--file') + 1] if '--file' in args else os.path.join(HERE, '..', 'train24.jsonl')
IX = Index()
pq, pnf, uses, expn = (set(), set(), {}, {}) if '--noprior' in args else load_prior()
POS = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo', 'punctuation', 'aka', 'partial',
       'parent_vs_subsidiary', 'script', 'messy']
NEGC = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
err = []
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
if len(rows) != 301: err.append('rows %d != 301' % len(rows))
cnt = {}
seen = set(); ents = set()
for i, o in enumerate(rows):
    if set(o) != {'query', 'expected', 'kind', 'notes'}: err.append('row %d keys %s' % (i, sorted(o))); continue
    q, k = o['query'], o['kind']; cnt[k] = cnt.get(k, 0) + 1
    if not q.strip(): err.append('row %d empty query' % i)
    f = fold(q)
    if f in seen: err.append('row %d duplicate query' % i)
    seen.add(f)
    n = norm(q)
    if f in pq or n in pnf or n.replace(' ', '') in pnf: err.append('row %d query used in an earlier set' % i)
    if k in POS:
        r = IX.unique_org.get(o['expected'])
        if r is None: err.append('row %d expected not a unique SDN org: %r' % (i, o['expected'])); continue
        m = re.search(r'\[SDN ent_num (\d+)\]$', o['notes'])
        if not m or int(m.group(1)) != r['ent']: err.append('row %d notes do not end with the right ent_num' % i)
        if r['ent'] in ents: err.append('row %d ent_num used twice' % i)
        ents.add(r['ent'])
        if k != 'messy' and IX.listed_hits(q, r['ent']): err.append('row %d query equals another record' % i)
        if pq and (uses.get(r['ent'], 0) + expn.get(r['name'], 0)) < 1: err.append('row %d target not reused' % i)
    elif k in NEGC:
        if o['expected'] is not None: err.append('row %d negative with expected' % i)
        if not o['notes'].startswith('not listed'): err.append('row %d negative notes' % i)
        if IX.listed_hits(q): err.append('row %d negative equals a listed name/alias: %s' % (i, q))
        if IX.contains_core(q): err.append('row %d negative contains a listed org core: %s' % (i, q))
        if k == 'shares_one_word' and not IX.shared_words(q): err.append('row %d shares no word' % i)
    else: err.append('row %d unknown kind %s' % (i, k))
for k in POS:
    if cnt.get(k, 0) != 12: err.append('kind %s has %d rows, want 12' % (k, cnt.get(k, 0)))
for k, n in NEGC.items():
    if cnt.get(k, 0) != n: err.append('kind %s has %d rows, want %d' % (k, cnt.get(k, 0), n))
print('file', os.path.basename(path), 'rows', len(rows), 'earlier sets', 'off' if '--noprior' in args else 'on')
for k in POS + list(NEGC): print('  %-22s %d' % (k, cnt.get(k, 0)))
if err:
    for e in err[:50]: print('FAIL', e)
    print('FAIL (%d problems)' % len(err)); sys.exit(1)
print('PASS')
