#!/usr/bin/env python3
"""Standalone validator for train14.jsonl. Usage: check.py [--prior DIR] [--file PATH]"""
import csv, json, re, sys, glob, os, unicodedata, collections
D = '/work/shared/data'
HERE = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
FILE = os.path.join(HERE, '..', 'train14.jsonl'); PRIOR = None
if '--file' in args: FILE = args[args.index('--file') + 1]
if '--prior' in args: PRIOR = args[args.index('--prior') + 1]
KINDS_POS = ['case','legal_form','abbreviation','word_order','transliteration','translation','typo','punctuation','aka','partial','parent_vs_subsidiary','script','messy']
KINDS_NEG = {'famous_unlisted':40,'shares_one_word':22,'near_miss':20,'generic':16,'person_as_company':16,'city_country':15,'brand_product':16}
REUSE_KINDS = {'script', 'transliteration'}   # declared reuse of earlier targets (README)
LF = set('sa s a de cv sas ltda ltd limited inc llc corp corporation co company sl srl gmbh ag plc cia y e the of and sc bv nv jsc ojsc cjsc oao zao ooo pjsc llp fze fzco est establishment'.split())
def cl(s):
    s = (s or '').strip(); return '' if s == '-0-' else s
def norm(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('&', ' and ')
    s = re.sub(r"['`\u2019]", '', s)
    s = re.sub(r'\b([a-z])\.', r'\1', s)
    s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())
def forms(s):
    n = norm(s); f = {n, n.replace(' ', '')}
    t = [w for w in n.split() if w not in LF]
    if t: f |= {' '.join(t), ''.join(t)}
    return {x for x in f if x}
sdn = {}; names = set()
for r in csv.reader(open(D + '/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace')):
    if len(r) >= 4: sdn[int(r[0])] = (r[1].strip(), cl(r[2]))
alt = collections.defaultdict(list)
for r in csv.reader(open(D + '/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace')):
    if len(r) >= 4: alt[int(r[0])].append(r[3].strip())
csl = {}
for i, r in enumerate(csv.DictReader(open(D + '/csl-sample/csl.csv', encoding='utf-8', errors='replace')), 1):
    csl[i] = (r['name'].strip(), [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()])
idx = collections.defaultdict(set)
for e, (n, t) in sdn.items():
    for x in [n] + alt[e]:
        for f in forms(x): idx[f].add(('SDN', e))
for i, (n, al) in csl.items():
    for x in [n] + al:
        for f in forms(x): idx[f].add(('CSL', i))
sdn_names = {n for n, _ in sdn.values()}; csl_names = {n for n, _ in csl.values()}
errs = []
def E(m): errs.append(m); print('ERROR', m)
rows = []
for ln, line in enumerate(open(FILE, encoding='utf-8'), 1):
    if not line.strip(): continue
    try: o = json.loads(line)
    except Exception as x: E(f'line {ln}: bad json'); continue
    if set(o) != {'query', 'expected', 'kind', 'notes'}: E(f'line {ln}: keys {sorted(o)}')
    rows.append((ln, o))
cnt = collections.Counter(o.get('kind') for _, o in rows)
qc = collections.Counter(o.get('query') for _, o in rows)
for q, c in qc.items():
    if c > 1: E(f'duplicate query {q!r}')
prior_q = set(); prior_exp = set(); prior_nums = set()
if PRIOR:
    for fn in sorted(glob.glob(os.path.join(PRIOR, 'train*.jsonl'))):
        if 'train14' in os.path.basename(fn): continue
        for line in open(fn, encoding='utf-8'):
            try: p = json.loads(line)
            except Exception: continue
            prior_q.add(norm(p.get('query') or ''))
            if p.get('expected'): prior_exp.add(p['expected'])
            prior_nums |= {int(m) for m in re.findall(r'\b\d{2,6}\b', p.get('notes') or '')}
reused = set()
for ln, o in rows:
    q, exp, kind, notes = o.get('query'), o.get('expected'), o.get('kind'), o.get('notes') or ''
    if not isinstance(q, str) or not q.strip(): E(f'line {ln}: empty query')
    if PRIOR and norm(q) in prior_q: E(f'line {ln}: query used in an earlier set: {q!r}')
    if exp is None:
        if kind not in KINDS_NEG: E(f'line {ln}: bad negative kind {kind}')
        hit = set().union(*[idx.get(f, set()) for f in forms(q)])
        if hit: E(f'line {ln}: negative {q!r} equals listed name/alias {sorted(hit)[:3]}')
        continue
    if kind not in KINDS_POS: E(f'line {ln}: bad positive kind {kind}')
    if exp not in sdn_names and exp not in csl_names: E(f'line {ln}: expected not found exactly: {exp!r}')
    m = re.search(r'\[SDN ent_num (\d+)\]\s*$', notes); mc = re.search(r'\[CSL row (\d+)\]\s*$', notes)
    if m:
        key = ('SDN', int(m.group(1))); rec = sdn.get(key[1])
        if not rec: E(f'line {ln}: unknown ent_num {key[1]}'); continue
        if rec[0] != exp: E(f'line {ln}: ent_num {key[1]} is {rec[0]!r}, not {exp!r}')
        if rec[1]: E(f'line {ln}: ent_num {key[1]} is not an organisation ({rec[1]})')
        tnames = [rec[0]] + alt[key[1]]
    elif mc:
        key = ('CSL', int(mc.group(1))); rec = csl.get(key[1])
        if not rec or rec[0] != exp: E(f'line {ln}: CSL row {key[1]} does not hold {exp!r}'); continue
        tnames = [rec[0]] + rec[1]
    else:
        E(f'line {ln}: positive without [SDN ent_num N] / [CSL row N] tag'); continue
    hit = set().union(*[idx.get(f, set()) for f in forms(q)]) - {key}
    if hit: E(f'line {ln}: query {q!r} also equals another record {sorted(hit)[:3]}')
    if PRIOR:
        used = (key[0] == 'SDN' and key[1] in prior_nums) or any(n in prior_exp for n in tnames)
        if used:
            if kind in REUSE_KINDS and 'REUSED' in notes: reused.add(key)
            else: E(f'line {ln}: target {exp!r} used in an earlier set (undeclared)')
for k in KINDS_POS:
    if cnt[k] != 12: E(f'kind {k}: {cnt[k]} rows, want 12')
for k, n in KINDS_NEG.items():
    if cnt[k] != n: E(f'kind {k}: {cnt[k]} rows, want {n}')
npos = sum(1 for _, o in rows if o.get('expected') is not None)
print(f'rows {len(rows)}: {npos} positive, {len(rows)-npos} negative; kinds', dict(sorted(cnt.items())))
if PRIOR: print(f'declared reused targets (script/transliteration, notes say REUSED): {len(reused)}')
print('FAIL' if errs else 'PASS', f'({len(errs)} errors)')
sys.exit(1 if errs else 0)
