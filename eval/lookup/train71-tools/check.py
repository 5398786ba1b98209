"""train71 validator. python3 check.py [--file PATH]"""
import json, re, sys
from collections import Counter
from lib import *
import rows_neg
path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else '../train71.jsonl'
d = Data(); prior = load_prior(d); P = pool(d); R = Rules(d, prior, P); uses = prior[2]
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
err = []
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
pos = [r for r in rows if r.get('expected')]; neg = [r for r in rows if not r.get('expected')]
if (len(rows), len(pos), len(neg)) != (301, 156, 145): err.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
for r in rows:
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err.append('keys %r' % sorted(r))
kc = Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != 12: err.append('kind %s has %d' % (k, kc[k]))
if set(kc) - set(KINDS): err.append('unknown kinds %s' % (set(kc) - set(KINDS)))
nc = Counter(r['kind'] for r in neg)
for k, v in rows_neg.QUOTAS.items():
    if nc[k] != v: err.append('category %s has %d, want %d' % (k, nc[k], v))
if set(nc) - set(rows_neg.QUOTAS): err.append('unknown categories')
kk = Counter(key(r['query']) for r in rows); fk = Counter(full(r['query']) for r in rows if r['kind'] not in SCRIPTS)
for i, r in enumerate(rows):
    if kk[key(r['query'])] > 1: err.append('row %d duplicate key' % i)
    if r['kind'] not in SCRIPTS and fk[full(r['query'])] > 1: err.append('row %d duplicate full fold' % i)
NOTE = re.compile(r'^(\w+): (.+); program (.+); earlier-set uses (\d+); target (.+) \[SDN ent_num (\d+)\]$', re.S)
ents = Counter(); narc = 0; lv = Counter()
for i, r in enumerate(rows):
    if not r['expected']: continue
    m = NOTE.match(r['notes'])
    if not m: err.append('row %d note shape' % i); continue
    kind, var, prog, n, tgt, e = m.groups()
    s = d.sdn.get(e)
    if not s or s['name'] != r['expected'] or tgt != r['expected']: err.append('row %d expected/target/ent_num mismatch' % i); continue
    if d.namecount[s['name']] != 1: err.append('row %d name not unique' % i)
    if s['type'] != '-0-': err.append('row %d not organisation' % i)
    if s['name'] in d.aliasnames: err.append('row %d name is an alias' % i)
    if prog != s['prog']: err.append('row %d program' % i)
    if kind != r['kind']: err.append('row %d note kind' % i)
    if int(n) != uses[e]: err.append('row %d earlier uses %s != %d' % (i, n, uses[e]))
    if uses[e] not in (3, 4): err.append('row %d level %d' % (i, uses[e]))
    ents[e] += 1; narc += is_narc(s['prog']); lv[uses[e]] += 1
    others = [x for j, x in enumerate(rows) if j != i]
    ok = {key(x['query']) for x in others}; of = {full(x['query']) for x in others if x['kind'] not in SCRIPTS}
    for x in R.pos_errors(r['query'], r['kind'], e, ok, of): err.append('row %d %s' % (i, x))
if len(ents) != 156: err.append('%d distinct targets' % len(ents))
if narc > NARC_CAP: err.append('narcotics %d > %d' % (narc, NARC_CAP))
nmw = Counter()
for i, r in enumerate(rows):
    if r['expected']: continue
    pre = 'not listed: %s; ' % r['kind']
    if not r['notes'].startswith(pre): err.append('row %d note prefix' % i)
    if not r['notes'].endswith(d.shared_words(r['query'])): err.append('row %d shared-word note' % i)
    others = [x for j, x in enumerate(rows) if j != i]
    ok = {key(x['query']) for x in others}; of = {full(x['query']) for x in others if x['kind'] not in SCRIPTS}
    for x in R.neg_errors(r['query'], r['kind'], ok, of): err.append('row %d %s' % (i, x))
    if r['kind'] == 'near_miss':
        m = re.search(r"reuses '(\w+)' \((\d+) listed org names/aliases\) from in-set target (.+) \[SDN ent_num (\d+)\]", r['notes'])
        if not m: err.append('row %d near-miss note' % i); continue
        w, n, tgt, e = m.groups(); nmw[w] += 1
        if e not in ents or d.sdn[e]['name'] != tgt: err.append('row %d near-miss target not in set' % i)
        if w not in full(r['query']).split() or w not in full(tgt).split(): err.append('row %d near-miss word' % i)
        if len(d.tok_orgs.get(w, ())) != int(n) or int(n) > 3: err.append('row %d near-miss rarity' % i)
for w, c in nmw.items():
    if c > 1: err.append('near-miss word %s used %d times' % (w, c))
print('rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
print('distinct entities', len(ents), 'levels', dict(lv), 'SDNT/SDNTK', narc, 'earlier files', prior[3])
for x in err: print('ERROR', x)
print('FAIL (%d errors)' % len(err) if err else 'PASS')
