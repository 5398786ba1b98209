"""Standalone validator for train22.jsonl (stdlib only). Prints PASS or FAIL.
usage: python3 check.py [--file PATH] [--prior DIR | --noprior]"""
import os, sys, re, csv, json, glob, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
def first(c):
    for p in c:
        if p and os.path.isdir(p): return os.path.abspath(p)
    return None
DATA = first([os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data'), os.path.join(HERE, '..', '..', '..', 'shared', 'data'), '/work/shared/data'])
args = sys.argv[1:]
FILE = args[args.index('--file') + 1] if '--file' in args else (os.path.join(HERE, '..', 'train22.jsonl') if os.path.exists(os.path.join(HERE, '..', 'train22.jsonl')) else os.path.join(HERE, '..', 'train22.jsonl'))
if '--noprior' in args: PRIOR = None
elif '--prior' in args: PRIOR = args[args.index('--prior') + 1]
else:
    PRIOR = first([os.path.join(HERE, '..') if glob.glob(os.path.join(HERE, '..', 'train21.jsonl')) else None,
                   os.path.join(HERE, '..', '..', '..', 'main', 'eval', 'lookup'), '/work/main/eval/lookup'])
POS = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo', 'punctuation', 'aka',
       'partial', 'parent_vs_subsidiary', 'script', 'messy']
NEG = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa de cv sl srl sas sarl sal gmbh ag kg bv nv oy ab
as asa spa pte pty jsc ojsc cjsc pjsc oao zao pao ooo ao tov fze fzco fzc fz lp llp the ltda cia y and e of et sdn bhd ehf sp z o
zoo doo ad eood kft zrt rt pvt private public joint stock group holding holdings'''.split())
def norm(s):
    s = unicodedata.normalize('NFKD', s); s = ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('&', ' and ')
    s = re.sub(r'\s+', ' ', re.sub(r'[^\w\s]', ' ', s)).strip(); out = []; run = ''
    for t in s.split():
        if len(t) == 1 and t.isalpha() and t.isascii(): run += t
        else:
            if run: out.append(run); run = ''
            out.append(t)
    if run: out.append(run)
    return ' '.join(out)
def variants(s):
    n = norm(s); c = ' '.join(t for t in n.split() if t not in LEGAL)
    return {x for x in (n, c, n.replace(' ', ''), c.replace(' ', '')) if x}
def rd(p):
    with open(p, encoding='utf-8', errors='replace', newline='') as f: return [[c.strip() for c in r] for r in csv.reader(f)]
errs = []
sdn = [r for r in rd(os.path.join(DATA, 'ofac-sdn-2019', 'sdn.csv')) if len(r) >= 4]
alt = [r for r in rd(os.path.join(DATA, 'ofac-sdn-2019', 'alt.csv')) if len(r) >= 4]
cnt = {}
for r in sdn: cnt[r[1]] = cnt.get(r[1], 0) + 1
byname = {r[1]: r for r in sdn}
keys = {}
for r in sdn:
    for k in variants(r[1]): keys.setdefault(k, set()).add(r[0])
for a in alt:
    for k in variants(a[3]): keys.setdefault(k, set()).add(a[0])
cslk = set()
with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace', newline='') as f:
    for r in csv.DictReader(f):
        for n in [r.get('name') or ''] + (r.get('alt_names') or '').split(';'):
            if n.strip(): cslk |= variants(n)
prior = set(); nprior = 0
if PRIOR:
    for p in sorted(glob.glob(os.path.join(PRIOR, 'train*.jsonl'))):
        b = os.path.basename(p)
        if not re.fullmatch(r'train\d*\.jsonl', b) or b == 'train22.jsonl': continue
        nprior += 1
        for line in open(p, encoding='utf-8'):
            if line.strip():
                q = json.loads(line).get('query') or ''
                prior.add(re.sub(r'\s+', ' ', q.strip().lower())); prior.add(norm(q)); prior.add(norm(q).replace(' ', ''))
rows = [json.loads(l) for l in open(FILE, encoding='utf-8') if l.strip()]
kc = {}
seen = set(); ents = set()
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: errs.append('row %d: keys %s' % (i, sorted(r))); continue
    q, k = r['query'], r['kind']; kc[k] = kc.get(k, 0) + 1
    if k not in POS and k not in NEG: errs.append('row %d: unknown kind %s' % (i, k))
    if not isinstance(q, str) or not q.strip(): errs.append('row %d: empty query' % i); continue
    n = norm(q)
    for key in {n, n.replace(' ', ''), re.sub(r'\s+', ' ', q.strip().lower())}:
        if key in seen: errs.append('row %d: duplicate query %r' % (i, q))
        if key in prior: errs.append('row %d: earlier set query %r' % (i, q))
    seen |= {n, n.replace(' ', ''), re.sub(r'\s+', ' ', q.strip().lower())}
    if k in POS:
        e = r['expected']
        if e not in byname or cnt.get(e) != 1 or byname[e][2] != '-0-':
            errs.append('row %d: expected %r is not a unique SDN organisation name' % (i, e)); continue
        m = re.search(r'\[SDN ent_num (\d+)\]$', r['notes'] or '')
        if not m or m.group(1) != byname[e][0]: errs.append('row %d: notes must end with [SDN ent_num %s]' % (i, byname[e][0]))
        if byname[e][0] in ents: errs.append('row %d: ent_num targeted twice' % i)
        ents.add(byname[e][0])
        if k != 'messy' and any(keys.get(v, set()) - {byname[e][0]} for v in variants(q)):
            errs.append('row %d: query equals a name/alias of another record: %r' % (i, q))
    elif k in NEG:
        if r['expected'] is not None: errs.append('row %d: negative with expected' % i)
        if not (r['notes'] or '').startswith('not listed'): errs.append('row %d: negative notes must start "not listed"' % i)
        for v in variants(q):
            if v in keys: errs.append('row %d: negative equals listed SDN name/alias %r' % (i, q)); break
            if v in cslk: errs.append('row %d: negative equals CSL name %r' % (i, q)); break
for k in POS:
    if kc.get(k, 0) != 12: errs.append('kind %s: %d rows, want 12' % (k, kc.get(k, 0)))
for k, n in NEG.items():
    if kc.get(k, 0) != n: errs.append('kind %s: %d rows, want %d' % (k, kc.get(k, 0), n))
npos = sum(1 for r in rows if r.get('kind') in POS)
if len(rows) != 301 or npos != 156: errs.append('rows %d (positives %d), want 301 (156)' % (len(rows), npos))
print('file', os.path.basename(FILE), 'rows', len(rows), 'positives', npos, 'negatives', len(rows) - npos, 'earlier sets compared:', nprior)
for e in errs: print('ERROR', e)
print('FAIL' if errs else 'PASS')
sys.exit(1 if errs else 0)
