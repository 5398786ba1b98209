"""Validator for train63.jsonl. Usage: python3 check.py [--file PATH]. Ends PASS or FAIL."""
import json, re, sys, collections
from lib import *
from common import *
path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else '../train63.jsonl'
d = Data(); keys, fulls, uses, nf = load_prior()
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
R = Rules(d, keys, fulls, uses, pool)
E = []
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [r for r in rows if r.get('expected') is not None]; neg = [r for r in rows if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145): E.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: E.append('row %d keys' % i)
kc = collections.Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != 12: E.append('kind %s has %d' % (k, kc[k]))
nc = collections.Counter(r['kind'] for r in neg)
for k, q in QUOTA.items():
    if nc[k] != q: E.append('category %s has %d (want %d)' % (k, nc[k], q))
ck = collections.Counter(key(r['query']) for r in rows)
cf = collections.Counter(full(r['query']) for r in rows if r['kind'] not in SCRIPTISH)
for i, r in enumerate(rows):
    q = r['query']
    if ck[key(q)] > 1: E.append('row %d duplicate key' % i)
    if r['kind'] not in SCRIPTISH and cf[full(q)] > 1: E.append('row %d duplicate full fold' % i)
byname = collections.defaultdict(list)
for e, v in d.sdn.items(): byname[v['name']].append(e)
targets = []; nn = 0; cjk = 0; lv = collections.Counter()
NOTE = re.compile(r'^(\w+): (.+); program (.+); earlier-set uses (\d+); target (.+) \[SDN ent_num (\d+)\]$', re.S)
for i, r in enumerate(rows):
    if r['expected'] is None: continue
    m = NOTE.match(r['notes'])
    if not m: E.append('row %d notes shape' % i); continue
    k, var, prog, u, tname, ent = m.groups(); ent = int(ent); u = int(u)
    if k != r['kind']: E.append('row %d notes kind' % i)
    if tname != r['expected']: E.append('row %d notes target' % i)
    if len(byname.get(r['expected'], [])) != 1: E.append('row %d expected not a unique SDN_Name' % i); continue
    e = byname[r['expected']][0]
    if e != ent: E.append('row %d ent_num mismatch' % i)
    v = d.sdn[e]
    if v['type'] != '-0-': E.append('row %d not an organisation' % i)
    if v['name'] in d.aliasnames: E.append('row %d name is also an alias' % i)
    if prog != v['prog']: E.append('row %d program' % i)
    if e not in pool: E.append('row %d not in pool' % i)
    if uses.get(e, 0) != u or u > 3: E.append('row %d earlier-use count %d vs %d' % (i, u, uses.get(e, 0)))
    lv[uses.get(e, 0)] += 1
    targets.append(e); nn += narc(v['prog'])
    for x in R.pos_errors(r['kind'], r['query'], e): E.append('row %d rule: %s' % (i, x))
    if r['kind'] == 'script' and has_cjk(r['query']): cjk += 1
if len(set(targets)) != 156: E.append('distinct targets %d' % len(set(targets)))
if nn > NARC_CAP: E.append('narcotics %d > %d' % (nn, NARC_CAP))
if cjk < 1: E.append('no script row with Chinese characters')
inset = {}
for r in pos:
    m = re.search(r'ent_num (\d+)', r['notes']); inset[r['expected']] = int(m.group(1)) if m else None
for i, r in enumerate(rows):
    if r['expected'] is not None: continue
    q, n = r['query'], r['notes']
    if not n.startswith('not listed: %s; ' % r['kind']): E.append('row %d negative notes prefix' % i)
    if not n.endswith(R.shared(q)): E.append('row %d shared-word notes' % i)
    for x in R.neg_errors(r['kind'], q): E.append('row %d negative: %s' % (i, x))
    if r['kind'] == 'shares_one_word' and R.shared(q).startswith('shares no'): E.append('row %d shares no word' % i)
    if r['kind'] == 'near_miss':
        m = re.search(r'reused word (\S+) from in-set target (.+?) \[SDN ent_num (\d+)\]', n)
        if not m: E.append('row %d near-miss notes' % i); continue
        w, t, en = m.group(1), m.group(2), int(m.group(3))
        if inset.get(t) != en: E.append('row %d near-miss target not in set' % i)
        if w not in full(t).split() or w not in full(q).split(): E.append('row %d near-miss word' % i)
print('rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
print('distinct targets', len(set(targets)), 'levels', dict(lv), 'SDNT/SDNTK', nn, 'script rows with Chinese', cjk)
for x in E: print('ERROR', x)
print('FAIL (%d errors)' % len(E) if E else 'PASS')
