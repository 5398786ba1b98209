"""Standalone validator for train20.jsonl (stdlib only).
usage: python3 check.py [--file PATH] [--prior DIR | --noprior]
Data: HERE/../../../../shared/data (final place, train20-tools) or HERE/../../../shared/data (writer's folder).
Earlier sets: HERE/.. (final place) or HERE/../../../main/eval/lookup (writer's folder)."""
import argparse, csv, glob, json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
POS = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo', 'punctuation',
       'aka', 'partial', 'parent_vs_subsidiary', 'script', 'messy']
NEG = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
       'city_country': 15, 'brand_product': 16}

def first_dir(c, probe):
    for d in c:
        if os.path.exists(os.path.join(d, probe)): return os.path.normpath(d)
    return None

def norm(s):
    s = ''.join(ch for ch in unicodedata.normalize('NFKD', s or '') if not unicodedata.combining(ch))
    s = re.sub(r'[\W_]+', ' ', s.lower().replace('&', ' and '))
    return ' '.join(s.split())

def forms(s):
    n = norm(s); return {f for f in (n, n.replace(' ', '')) if f}

ap = argparse.ArgumentParser()
ap.add_argument('--file'); ap.add_argument('--prior'); ap.add_argument('--noprior', action='store_true')
a = ap.parse_args()
data = first_dir([os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data'),
                  os.path.join(HERE, '..', '..', '..', 'shared', 'data')], os.path.join('ofac-sdn-2019', 'sdn.csv'))
if not data: sys.exit('shared data not found')
path = a.file or first_dir([os.path.join(HERE, '..')], 'train20.jsonl')
if not a.file: path = os.path.join(path, 'train20.jsonl') if path else None
if not path or not os.path.exists(path): sys.exit('train20.jsonl not found')
prior = None
if not a.noprior:
    prior = a.prior or first_dir([os.path.join(HERE, '..'), os.path.join(HERE, '..', '..', '..', 'main', 'eval', 'lookup')], 'train19.jsonl')

errors = []
def err(m): errors.append(m); print('ERROR', m)

sdn = {}; names = Counter(); listed = set()
with open(os.path.join(data, 'ofac-sdn-2019', 'sdn.csv'), encoding='utf-8', errors='replace') as f:
    for r in csv.reader(f):
        if len(r) < 4: continue
        sdn[int(r[0])] = (r[1], r[2].strip()); names[r[1]] += 1; listed |= forms(r[1])
with open(os.path.join(data, 'ofac-sdn-2019', 'alt.csv'), encoding='utf-8', errors='replace') as f:
    for r in csv.reader(f):
        if len(r) >= 4: listed |= forms(r[3])
with open(os.path.join(data, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as f:
    for r in csv.DictReader(f):
        listed |= forms(r.get('name') or '')
        for x in (r.get('alt_names') or '').split(';'): listed |= forms(x.strip())

pq = set(); nprior = 0
if prior:
    for p in glob.glob(os.path.join(prior, 'train*.jsonl')):
        m = re.match(r'^train(\d*)\.jsonl$', os.path.basename(p))
        if not m or (m.group(1) and int(m.group(1)) >= 20): continue
        nprior += 1
        with open(p, encoding='utf-8') as f:
            for line in f:
                if line.strip(): pq |= forms(json.loads(line).get('query', ''))

rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        if not line.strip(): continue
        try: rows.append(json.loads(line))
        except Exception as e: err('line %d not JSON: %s' % (i, e))
kinds = Counter(); seen = set(); ents = set(); npos = nneg = 0
for i, o in enumerate(rows, 1):
    if set(o) != {'query', 'expected', 'kind', 'notes'}: err('row %d keys %s' % (i, sorted(o))); continue
    q, e, k, n = o['query'], o['expected'], o['kind'], o['notes']
    if not isinstance(q, str) or not q.strip(): err('row %d empty query' % i)
    kinds[k] += 1
    fq = forms(q)
    if fq & seen: err('row %d duplicate query %r' % (i, q))
    seen |= fq
    if prior and fq & pq: err('row %d query equals an earlier set query: %r' % (i, q))
    if k in POS:
        npos += 1
        m = re.search(r'\[SDN ent_num (\d+)\]$', n or '')
        if not isinstance(e, str): err('row %d positive without expected' % i); continue
        if not m: err('row %d notes do not end with [SDN ent_num N]' % i); continue
        ent = int(m.group(1))
        if ent not in sdn or sdn[ent][0] != e: err('row %d expected %r is not SDN_Name of ent %d' % (i, e, ent))
        elif sdn[ent][1] != '-0-': err('row %d ent %d is not an organisation' % (i, ent))
        if names[e] != 1: err('row %d expected %r is not a unique SDN_Name' % (i, e))
        if ent in ents: err('row %d ent %d targeted twice in this set' % (i, ent))
        ents.add(ent)
    elif k in NEG:
        nneg += 1
        if e is not None: err('row %d negative with expected %r' % (i, e))
        if fq & listed: err('row %d negative %r equals a listed SDN/alt/CSL name' % (i, q))
        if not (n or '').startswith('not listed'): err('row %d negative notes' % i)
    else:
        err('row %d unknown kind %r' % (i, k))
for k in POS:
    if kinds[k] != 12: err('kind %s has %d rows, want 12' % (k, kinds[k]))
for k, c in NEG.items():
    if kinds[k] != c: err('kind %s has %d rows, want %d' % (k, kinds[k], c))
if len(rows) != 301 or npos != 156 or nneg != 145: err('rows %d (pos %d, neg %d), want 301 (156/145)' % (len(rows), npos, nneg))
print('file:', os.path.basename(path), '| rows', len(rows), '| positives', npos, '| negatives', nneg, '| distinct targets', len(ents))
print('kinds:', dict(sorted(kinds.items())))
print('earlier sets compared:', nprior if prior else 'none (--noprior)')
print('FAIL (%d errors)' % len(errors) if errors else 'PASS')
sys.exit(1 if errors else 0)
