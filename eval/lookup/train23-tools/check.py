"""Validate train23.jsonl. Usage: python3 check.py [--file PATH] [--noprior]. Stdlib only; prints PASS or FAIL."""
import json, re, sys
from lib import *
args = sys.argv[1:]
path = args[args.index('--file') + 1] if '--file' in args else os.path.join(HERE, '..', 'train23.jsonl')
noprior = '--noprior' in args
POSK = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo', 'punctuation', 'aka',
        'partial', 'parent_vs_subsidiary', 'script', 'messy']
NEGK = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
        'city_country': 15, 'brand_product': 16}
sdn, alt, add = load_sdn(); csl = load_csl_names()
errs = []
byname = {}
for n, r in sdn.items(): byname.setdefault(r['name'], []).append(n)
KEY = {}; WS = {}
def addk(s, n):
    for k in keys(s): KEY.setdefault(k, set()).add(n)
    w = wordset(s)
    if w: WS.setdefault(w, set()).add(n)
for n, r in sdn.items():
    addk(r['name'], n)
    for t, a in alt.get(n, []): addk(a, n)
for c in csl: addk(c, -1)
def hits(q):
    h = set()
    for k in keys(q): h |= KEY.get(k, set())
    return h | WS.get(wordset(q), set())
if noprior: fq, nq, nfiles = set(), set(), 0
else:
    fq, nq, _, _, nfiles = prior_info()
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
cnt = {}; seen = set(); ents = set()
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: errs.append('row %d keys %s' % (i, sorted(r)))
    q, e, k, nt = r.get('query') or '', r.get('expected'), r.get('kind'), r.get('notes') or ''
    cnt[k] = cnt.get(k, 0) + 1
    f = fold(q)
    if f in seen: errs.append('duplicate query %r' % q)
    seen.add(f)
    if f in fq or norm(q) in nq or norm(q).replace(' ', '') in nq: errs.append('earlier query %r' % q)
    if k in POSK:
        ns = byname.get(e, [])
        if len(ns) != 1: errs.append('expected not a unique SDN name: %r' % e); continue
        n = ns[0]
        if sdn[n]['type'] is not None: errs.append('expected not an org: %r' % e)
        m = re.search(r'\[SDN ent_num (\d+)\]$', nt)
        if not m or int(m.group(1)) != n: errs.append('notes must end with [SDN ent_num %d]: %r' % (n, q))
        if n in ents: errs.append('ent_num twice %d' % n)
        ents.add(n)
        if k != 'messy' and hits(q) - {n}: errs.append('positive %r equals another record %s' % (q, sorted(hits(q) - {n})[:3]))
    elif k in NEGK:
        if e is not None: errs.append('negative with expected %r' % q)
        if not nt.startswith('not listed'): errs.append('negative notes must start "not listed": %r' % q)
        if hits(q): errs.append('negative %r equals/near-equals listed %s' % (q, sorted(hits(q))[:3]))
    else: errs.append('unknown kind %r' % k)
for k in POSK:
    if cnt.get(k, 0) != 12: errs.append('kind %s has %d rows, want 12' % (k, cnt.get(k, 0)))
for k, v in NEGK.items():
    if cnt.get(k, 0) != v: errs.append('kind %s has %d rows, want %d' % (k, cnt.get(k, 0), v))
npos = sum(1 for r in rows if r.get('expected')); nneg = len(rows) - npos
if (len(rows), npos, nneg) != (301, 156, 145): errs.append('totals %d/%d/%d, want 301/156/145' % (len(rows), npos, nneg))
print('file', os.path.basename(path), 'rows', len(rows), 'pos', npos, 'neg', nneg, 'earlier sets compared', nfiles)
for k in POSK + list(NEGK): print('  %-22s %d' % (k, cnt.get(k, 0)))
for e in errs[:50]: print('ERROR', e)
print('FAIL (%d errors)' % len(errs) if errs else 'PASS')
sys.exit(1 if errs else 0)
