#!/usr/bin/env python3
"""Standalone validator for train9.jsonl (own loaders and normalisation; does not import lib.py).

usage: python3 check.py [--file PATH] [--prior DIR]
Checks: JSON keys and kinds; unique queries; each positive's tag points to an SDN organisation (or CSL row) whose
SDN_Name / CSL name equals `expected` exactly; no positive form equals another record's name or alias; no negative
form equals any listed name or alias (any type, any list); with --prior, that no query, target ent_num, CSL row or
expected string was used or cited in train.jsonl ... train8.jsonl. Prints counts by kind and PASS/FAIL."""
import csv, json, re, sys, os, unicodedata, argparse
from collections import Counter

D = '/work/shared/data'
ap = argparse.ArgumentParser()
ap.add_argument('--file', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'train9.jsonl'))
ap.add_argument('--prior', default=None)
a = ap.parse_args()

POS_KINDS = {'case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo',
             'punctuation', 'aka', 'partial', 'parent_vs_subsidiary', 'script', 'messy'}
NEG_KINDS = {'famous_unlisted', 'shares_one_word', 'near_miss', 'generic', 'person_as_company', 'city_country',
             'brand_product'}
LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa sas sarl srl sl de cv rl gmbh ag kg
bv nv ab oy as asa se lda sro doo spol sp zoo ooo zao oao ao pjsc jsc ojsc cjsc pao fze fzco fzc est ltda eirl sac
saic spa pte pvt jv the of and'''.split())

def norm(s):
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()
    s = s.replace('&', ' and ')
    s = re.sub(r"['\u2019`\u02bc]", '', s)
    s = re.sub(r'\b(\w)\.(?=\w\.)', r'\1', s)
    s = re.sub(r'\b(\w)\.(\w)\.?', r'\1\2', s)
    s = re.sub(r'[\W_]+', ' ', s)
    return ' '.join(s.split())

def forms(s):
    n = norm(s)
    st = ' '.join(t for t in n.split() if t not in LEGAL)
    out = {n, st, n.replace(' ', ''), st.replace(' ', '')}
    return {x for x in out if x}

def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v

sdn = {}
for r in csv.reader(open(os.path.join(D, 'ofac-sdn-2019/sdn.csv'), encoding='utf-8', errors='replace')):
    if len(r) >= 3 and r[0].strip().isdigit():
        sdn[int(r[0])] = (r[1], clean(r[2]))
names = []  # (key, string)
for e, (n, t) in sdn.items():
    names.append((('SDN', e), n))
for r in csv.reader(open(os.path.join(D, 'ofac-sdn-2019/alt.csv'), encoding='utf-8', errors='replace')):
    if len(r) >= 4 and r[0].strip().isdigit():
        names.append((('SDN', int(r[0])), r[3]))
rows = list(csv.reader(open(os.path.join(D, 'csl-sample/csl.csv'), encoding='utf-8')))
h = rows[0]; ni = h.index('name'); ai = h.index('alt_names')
csl = {}
for i, r in enumerate(rows[1:], 1):
    csl[i] = r[ni].strip()
    names.append((('CSL', i), r[ni]))
    for x in r[ai].split(';'):
        if x.strip(): names.append((('CSL', i), x.strip()))
idx = {}
for k, s in names:
    for f in forms(s): idx.setdefault(f, set()).add(k)

prior_q, prior_exp, prior_nums, prior_csl = set(), set(), set(), set()
if a.prior:
    for fn in ['train.jsonl'] + ['train%d.jsonl' % i for i in range(2, 9)]:
        for line in open(os.path.join(a.prior, fn), encoding='utf-8'):
            if not line.strip(): continue
            o = json.loads(line)
            prior_q.add((o.get('query') or '').strip().lower())
            if o.get('expected'): prior_exp.add(o['expected'])
            nt = o.get('notes') or ''
            prior_nums |= {int(m) for m in re.findall(r'(?<!\d)(\d{2,6})(?!\d)', nt)}
            prior_csl |= {int(m) for m in re.findall(r'CSL(?: data)? row (\d+)', nt)}

err = []; kinds = Counter(); seen = set(); npos = nneg = 0; ents = Counter()
for ln, line in enumerate(open(a.file, encoding='utf-8'), 1):
    try:
        o = json.loads(line)
    except Exception as ex:
        err.append('line %d: bad JSON %s' % (ln, ex)); continue
    if set(o) != {'query', 'expected', 'kind', 'notes'}:
        err.append('line %d: keys %s' % (ln, sorted(o)))
        continue
    q, exp, kind, nt = o['query'], o['expected'], o['kind'], o['notes']
    kinds[kind] += 1
    if not isinstance(q, str) or not q.strip(): err.append('line %d: empty query' % ln)
    if q.lower() in seen: err.append('line %d: duplicate query %r' % (ln, q))
    seen.add(q.lower())
    if a.prior and q.strip().lower() in prior_q: err.append('line %d: query used in earlier set %r' % (ln, q))
    if exp is None:
        nneg += 1
        if kind not in NEG_KINDS: err.append('line %d: negative with kind %s' % (ln, kind))
        for f in forms(q):
            if f in idx: err.append('line %d: negative %r equals listed %s' % (ln, q, sorted(idx[f])[:3]))
        continue
    npos += 1
    if kind not in POS_KINDS: err.append('line %d: positive with kind %s' % (ln, kind))
    m1 = re.search(r'\[SDN ent_num (\d+)\]$', nt); m2 = re.search(r'\[CSL row (\d+)\]$', nt)
    if m1:
        key = ('SDN', int(m1.group(1)))
        if key[1] not in sdn: err.append('line %d: unknown ent_num %s' % (ln, key[1])); continue
        name, typ = sdn[key[1]]
        if typ != '': err.append('line %d: ent %d is %s, not an organisation' % (ln, key[1], typ))
        if name != exp: err.append('line %d: expected %r != SDN_Name %r' % (ln, exp, name))
        if a.prior and key[1] in prior_nums: err.append('line %d: ent %d used/cited in earlier set' % (ln, key[1]))
    elif m2:
        key = ('CSL', int(m2.group(1)))
        if key[1] not in csl: err.append('line %d: unknown CSL row' % ln); continue
        if csl[key[1]] != exp: err.append('line %d: expected %r != CSL name %r' % (ln, exp, csl[key[1]]))
        if a.prior and key[1] in prior_csl: err.append('line %d: CSL row used before' % ln)
    else:
        err.append('line %d: positive notes lack a [SDN ent_num N] / [CSL row N] tag' % ln); continue
    if a.prior and exp in prior_exp: err.append('line %d: expected %r used before' % (ln, exp))
    ents[key] += 1
    for f in forms(q):
        other = idx.get(f, set()) - {key}
        if other: err.append('line %d: positive %r form %r equals name/alias of %s' % (ln, q, f, sorted(other)[:3]))

print('rows %d: %d positives (%d entities), %d negatives' % (npos + nneg, npos, len(ents), nneg))
for k, v in sorted(kinds.items()): print('  %-22s %d' % (k, v))
for e in err: print('ERROR', e)
print('PASS' if not err else 'FAIL (%d errors)' % len(err))
sys.exit(1 if err else 0)
