"""Validator for train42.jsonl (standard library + lib.py only).
usage: python3 check.py [--file PATH]"""
import json, re, sys
from collections import Counter, defaultdict
from lib import *

path = '../train42.jsonl'
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form', 'abbreviation',
         'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
errs = []
def err(m): errs.append(m)

sdn = load_sdn(); alt = load_alt(); csl = load_csl_names()
namecnt = Counter(r['name'] for r in sdn)
byname = {r['name']: r for r in sdn}
aliases_up = {a.upper() for e in alt for _, a in alt[e]}
owner = defaultdict(set); exact = set()
for r in sdn:
    exact.add(r['name'].lower())
    for k in keys(r['name']): owner[k].add(r['ent'])
    for _, a in alt.get(r['ent'], []):
        exact.add(a.lower())
        for k in keys(a): owner[k].add(r['ent'])
cslk = set()
for n in csl:
    exact.add(n.lower()); cslk |= keys(n)
qkeys, uses, nfiles, nrows = load_prior()

rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
if len(rows) != 301: err('row count %d != 301' % len(rows))
pos = [r for r in rows if r.get('expected') is not None]; neg = [r for r in rows if r.get('expected') is None]
if len(pos) != 156: err('positives %d != 156' % len(pos))
if len(neg) != 145: err('negatives %d != 145' % len(neg))
for r in rows:
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err('bad keys: %r' % r.get('query'))
kc = Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != 12: err('kind %s has %d rows' % (k, kc[k]))
if set(kc) - set(KINDS): err('unknown positive kinds %s' % (set(kc) - set(KINDS)))
nc = Counter(r['kind'] for r in neg)
for c, n in NEG.items():
    if nc[c] != n: err('category %s has %d rows (want %d)' % (c, nc[c], n))

seen_ws, seen_f = set(), set(); nrep = 0
for r in rows:
    q = r['query']
    if ws(q) in seen_ws: err('duplicate query (ws fold): %s' % q)
    if full(q) in seen_f: err('duplicate query (full fold): %s' % q)
    seen_ws.add(ws(q)); seen_f.add(full(q))
    if seen(q, qkeys): nrep += 1; err('query used in an earlier set: %s' % q)

ents = set(); nsdnt = 0; nchinese = 0; lv = Counter()
for r in pos:
    q, x, k, notes = r['query'], r['expected'], r['kind'], r['notes']
    if namecnt.get(x) != 1: err('expected not a unique SDN_Name: %s' % x); continue
    rec = byname[x]
    if rec['type'] != '': err('expected not an organisation: %s' % x)
    if x.upper() in aliases_up: err('expected is also an alias: %s' % x)
    m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
    if not m or int(m.group(1)) != rec['ent']: err('ent_num in notes wrong: %s' % q)
    ents.add(rec['ent'])
    if is_sdnt(rec['program']): nsdnt += 1
    if not notes.startswith(k + ':'): err('notes do not start with kind: %s' % q)
    if ('program %s;' % rec['program']) not in notes: err('program missing in notes: %s' % q)
    u = uses.get(rec['ent'], 0); lv[u] += 1
    if ('earlier-set uses %d;' % u) not in notes: err('earlier-use count wrong in notes: %s' % q)
    if ('target %s [' % x) not in notes: err('target name missing in notes: %s' % q)
    if q == x: err('query equals its target: %s' % q)
    if k not in ('messy', 'script'):
        others = set()
        for kk in keys(q): others |= owner.get(kk, set()) - {rec['ent']}
        if others: err('query folds to another record %s: %s' % (sorted(others)[:3], q))
    if k == 'aka' and q.lower() not in {a.lower() for _, a in alt.get(rec['ent'], [])}: err('aka not an alias of its entity: %s' % q)
    if k == 'script':
        if not nonlatin(q): err('script row without non-Latin letters: %s' % q)
        if re.search(r'[\u4e00-\u9fff]', q): nchinese += 1
if len(ents) != 156: err('distinct entities %d != 156' % len(ents))
if nsdnt > 156 * 0.4: err('SDNT/SDNTK %d > 40%%' % nsdnt)
if nchinese < 1: err('no Chinese script row')

for r in neg:
    q, notes = r['query'], r['notes']
    if not notes.startswith('not listed: %s;' % r['kind']): err('negative notes do not start "not listed: <category>;": %s' % q)
    if 'shares' not in notes: err('negative notes lack shared-word information: %s' % q)
    if q.strip().lower() in exact: err('negative equals a listed name/alias/CSL name: %s' % q)
    qk = keys(q)
    if any(owner.get(k) for k in qk) or (qk & cslk): err('negative folds to a listed name/alias/CSL name: %s' % q)

print('file', path, 'rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
print('distinct entities', len(ents), 'earlier-use levels', dict(lv), 'SDNT/SDNTK', nsdnt, 'Chinese script rows', nchinese)
print('earlier sets read', nfiles, 'rows', nrows, 'queries repeating an earlier set', nrep)
for e in errs: print('ERROR', e)
print('PASS' if not errs else 'FAIL (%d errors)' % len(errs))
