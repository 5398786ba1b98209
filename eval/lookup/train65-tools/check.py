"""Validator for train65.jsonl. Usage: python3 check.py [--file PATH]. Ends PASS or FAIL."""
import json, re, sys, collections
from lib import *
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NQ = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15, 'chat_request': 25,
      'person_as_company': 12, 'brand_product': 10}
NOTE = re.compile(r'^(?P<k>[a-z_]+): (?P<v>.+); program (?P<p>.+); earlier-set uses (?P<u>\d+); target (?P<t>.+) \[SDN ent_num (?P<e>\d+)\]$', re.S)
path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else '../train65.jsonl'
d = Data(); pool = d.pool(); prior = load_prior(d); uses = prior[2]
errs = []
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
byname = collections.defaultdict(list)
for e, (n, t, p) in d.sdn.items(): byname[n].append(e)
pos = [r for r in rows if r.get('expected') is not None]; neg = [r for r in rows if r.get('expected') is None]
if len(rows) != 301 or len(pos) != 156 or len(neg) != 145: errs.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
kc = collections.Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != 12: errs.append('kind %s has %d' % (k, kc[k]))
nc = collections.Counter(r['kind'] for r in neg)
for k, v in NQ.items():
    if nc[k] != v: errs.append('category %s has %d' % (k, nc[k]))
sk, sf = collections.Counter(), collections.Counter()
for r in rows:
    if set(r) != {'query', 'expected', 'kind', 'notes'}: errs.append('keys %r' % r.get('query'))
    sk[key(r['query'])] += 1
    if r['kind'] not in ('script', 'other_script'): sf[full(r['query'])] += 1
targets, narc, levels = set(), 0, collections.Counter()
insetn = {}
for i, r in enumerate(rows):
    q, k = r['query'], r['kind']
    if sk[key(q)] > 1: errs.append('row %d duplicate key' % i)
    if k not in ('script', 'other_script') and sf[full(q)] > 1: errs.append('row %d duplicate full fold' % i)
    if r['expected'] is None: continue
    n = r['expected']; m = NOTE.match(r['notes'])
    if not m: errs.append('row %d note shape' % i); continue
    e = m.group('e')
    if byname.get(n) != [e]: errs.append('row %d expected not a unique SDN_Name with this ent_num' % i); continue
    if d.sdn[e][1] != '-0-' or n in d.alias_names: errs.append('row %d not an org / is an alias' % i)
    if m.group('k') != k or m.group('t') != n or m.group('p') != d.sdn[e][2]: errs.append('row %d note fields' % i)
    if int(m.group('u')) != uses[e] or uses[e] > 4: errs.append('row %d earlier-use count' % i)
    if e in targets: errs.append('row %d target reused' % i)
    targets.add(e); levels[uses[e]] += 1; insetn[e] = n
    narc += is_narc(d.sdn[e][2])
    for x in pos_errors(d, pool, prior, k, q, e): errs.append('row %d %s: %s' % (i, k, x))
if len(targets) != 156: errs.append('%d distinct targets' % len(targets))
if narc > 62: errs.append('narcotics %d > 62' % narc)
for i, r in enumerate(rows):
    if r['expected'] is not None: continue
    cat, q, nt = r['kind'], r['query'], r['notes']
    if not nt.startswith('not listed: %s;' % cat): errs.append('row %d negative note prefix' % i)
    if not nt.endswith(d.shared_words(q)): errs.append('row %d shared-word notes' % i)
    for x in neg_errors(d, prior, cat, q): errs.append('row %d %s: %s' % (i, cat, x))
    if cat == 'near_miss':
        m = re.search(r'rare word "([^"]+)" \(from in-set target (.+) \[SDN ent_num (\d+)\]\)', nt)
        if not m or insetn.get(m.group(3)) != m.group(2) or m.group(1) not in full_tokens(q) or m.group(1) not in full_tokens(m.group(2)):
            errs.append('row %d near-miss word/target' % i)
for x in errs: print('ERROR', x)
print('%d distinct entities, levels %s; %d SDNT/SDNTK' % (len(targets), dict(sorted(levels.items())), narc))
print('FAIL (%d errors)' % len(errs) if errs else 'PASS')
