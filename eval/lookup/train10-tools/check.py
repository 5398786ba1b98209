#!/usr/bin/env python3
"""Standalone validator for train10.jsonl.
usage: python3 check.py [--prior DIR] [--file PATH]
Checks: JSON keys and kinds; unique queries; every positive's tag [SDN ent_num N] / [CSL row N]
points to an organisation whose SDN_Name / CSL name equals `expected` exactly; no positive's normalised
form equals a name/alias of a different record; no negative equals any listed name/alias (any type);
with --prior: no query, target ent_num, expected string or CSL row used or cited in train..train9.
Prints PASS or FAIL."""
import csv, json, re, sys, os, glob, unicodedata, collections
D = '/work/shared/data'
HERE = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
prior_dir = args[args.index('--prior') + 1] if '--prior' in args else None
path = args[args.index('--file') + 1] if '--file' in args else os.path.join(HERE, '..', 'train10.jsonl')
POSK = {'case','legal_form','abbreviation','word_order','transliteration','translation','typo','punctuation',
        'aka','partial','parent_vs_subsidiary','script','messy'}
NEGK = {'famous_unlisted','shares_one_word','near_miss','generic','person_as_company','city_country','brand_product'}
LEGAL = set('co company corp corporation inc incorporated ltd limited llc plc sa ag gmbh bv nv srl sarl spa ab as asa oy se lda '
            'sro doo spol kft pjsc jsc ojsc cjsc ooo zao oao ao pao fzc fze fzco llp lp pte pvt private sdn bhd cia ltda sas '
            'sac de cv the of and group holding holdings est establishment trading sal tic sti ve'.split())
def dash(x): x = (x or '').strip(); return '' if x == '-0-' else x
def norm(s):
    s = unicodedata.normalize('NFKD', s or ''); s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace('&', ' and ').replace("'", '').replace('\u2019', '')
    s = re.sub(r'\b([a-z])\.([a-z])\.', r'\1\2', re.sub(r'\b([a-z])\.(?=[a-z]\.)', r'\1', s))
    return ' '.join(re.sub(r'[^\w]+', ' ', s).split())
def forms(s):
    n = norm(s); l = ' '.join(t for t in n.split() if t not in LEGAL)
    return {f for f in (n, n.replace(' ', ''), l, l.replace(' ', '')) if f}
sdn = {}
for r in csv.reader(open(D + '/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace')):
    if len(r) > 3 and r[0].strip(): sdn[int(r[0])] = (r[1], dash(r[2]))
alias = collections.defaultdict(list)
for r in csv.reader(open(D + '/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace')):
    if len(r) > 3 and r[0].strip(): alias[int(r[0])].append(r[3])
csl = {i + 1: r for i, r in enumerate(csv.DictReader(open(D + '/csl-sample/csl.csv', encoding='utf-8', errors='replace')))}
FORM = collections.defaultdict(set)
for e, (n, t) in sdn.items():
    for x in [n] + alias[e]:
        for f in forms(x): FORM[f].add('SDN%d' % e)
for i, r in csl.items():
    for x in [r['name'].strip()] + [a.strip() for a in (r.get('alt_names') or '').split(';') if a.strip()]:
        for f in forms(x): FORM[f].add('CSL%d' % i)
errors = []
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
seen = set(); kinds = collections.Counter(); npos = 0
for k, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: errors.append(f'row {k}: keys {sorted(r)}'); continue
    q, exp, kind, note = r['query'], r['expected'], r['kind'], r['notes']
    kinds[kind] += 1
    if not isinstance(q, str) or not q.strip(): errors.append(f'row {k}: empty query')
    if q.lower().strip() in seen: errors.append(f'row {k}: duplicate query {q!r}')
    seen.add(q.lower().strip())
    if exp is None:
        if kind not in NEGK: errors.append(f'row {k}: negative with kind {kind}')
        for f in forms(q):
            if f in FORM: errors.append(f'row {k}: negative {q!r} equals listed {sorted(FORM[f])} ({f!r})')
        continue
    npos += 1
    if kind not in POSK: errors.append(f'row {k}: positive with kind {kind}')
    m1 = re.search(r'\[SDN ent_num (\d+)\]$', note); m2 = re.search(r'\[CSL row (\d+)\]$', note)
    if m1:
        e = int(m1.group(1)); key = 'SDN%d' % e
        if e not in sdn: errors.append(f'row {k}: unknown ent_num {e}'); continue
        if sdn[e][0] != exp: errors.append(f'row {k}: expected {exp!r} != SDN_Name {sdn[e][0]!r}')
        if sdn[e][1]: errors.append(f'row {k}: ent {e} is {sdn[e][1]}, not an organisation')
    elif m2:
        i = int(m2.group(1)); key = 'CSL%d' % i
        if i not in csl: errors.append(f'row {k}: unknown CSL row {i}'); continue
        if csl[i]['name'] != exp: errors.append(f'row {k}: expected {exp!r} != CSL name {csl[i]["name"]!r}')
    else:
        errors.append(f'row {k}: positive without tag'); continue
    for f in forms(q):
        other = FORM.get(f, set()) - {key}
        if other: errors.append(f'row {k}: {q!r} form {f!r} equals listed string of {sorted(other)}')
if prior_dir:
    pq, pexp, pnums, pcsl = set(), set(), set(), set()
    files = [f for f in sorted(glob.glob(os.path.join(prior_dir, 'train*.jsonl'))) if 'train10' not in f]
    for fn in files:
        for l in open(fn, encoding='utf-8'):
            if not l.strip(): continue
            r = json.loads(l); pq.add((r.get('query') or '').lower().strip())
            if r.get('expected'): pexp.add(r['expected'])
            n = r.get('notes') or ''
            pnums |= {int(x) for x in re.findall(r'(?<!\d)(\d{2,6})(?!\d)', n)}
            for m in re.findall(r'CSL (?:data )?rows? ([\d ,/and]+)', n): pcsl |= {int(x) for x in re.findall(r'\d+', m)}
    print(f'prior: {len(files)} files, {len(pq)} queries, {len(pexp)} expected strings, {len(pnums)} cited numbers')
    for k, r in enumerate(rows, 1):
        if r['query'].lower().strip() in pq: errors.append(f'row {k}: query used before {r["query"]!r}')
        if r['expected']:
            if r['expected'] in pexp: errors.append(f'row {k}: expected used before {r["expected"]!r}')
            m = re.search(r'\[SDN ent_num (\d+)\]$', r['notes'])
            if m and int(m.group(1)) in pnums: errors.append(f'row {k}: ent_num {m.group(1)} cited before')
            m = re.search(r'\[CSL row (\d+)\]$', r['notes'])
            if m and int(m.group(1)) in pcsl: errors.append(f'row {k}: CSL row {m.group(1)} cited before')
print(f'{len(rows)} rows, {npos} positives, {len(rows) - npos} negatives')
for kk, v in sorted(kinds.items()): print(f'  {kk:22s} {v}')
for e in errors: print('ERROR', e)
print('PASS' if not errors else f'FAIL ({len(errors)} errors)')
sys.exit(1 if errors else 0)
