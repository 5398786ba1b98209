"""Validator for train78.jsonl. Prints errors (own rows only), then PASS or FAIL."""
import json, re, sys
from collections import Counter
from lib import (Data, load_prior, pool, Rules, is_narc, key, full, full_tokens, POS_KINDS, NEG_QUOTA, NARC_CAP,
                 OUT, NOTE_RE)

path = OUT
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
d = Data()
pk, pf, uses, nfiles = load_prior(d)
P = pool(d)
R = Rules(d, pk, pf, uses, P)
errs = []
def E(i, m):
    errs.append('row %d: %s' % (i, m))

rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if len(rows) != 301: errs.append('rows %d != 301' % len(rows))
if len(pos) != 156: errs.append('positives %d != 156' % len(pos))
if len(neg) != 145: errs.append('negatives %d != 145' % len(neg))
kc = Counter(r['kind'] for _, r in pos)
for k in POS_KINDS:
    if kc[k] != 12: errs.append('kind %s has %d != 12' % (k, kc[k]))
for k in kc:
    if k not in POS_KINDS: errs.append('unknown positive kind %s' % k)
nc = Counter(r['kind'] for _, r in neg)
for k, q in NEG_QUOTA.items():
    if nc[k] != q: errs.append('category %s has %d != %d' % (k, nc[k], q))
for k in nc:
    if k not in NEG_QUOTA: errs.append('unknown negative category %s' % k)
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: E(i, 'keys %s' % sorted(r))
    if not isinstance(r.get('query'), str) or not r['query'].strip(): E(i, 'empty query')

# in-set uniqueness
kk, ff = Counter(key(r['query']) for r in rows), Counter(full(r['query']) for r in rows if r['kind'] not in ('script', 'other_script'))
for i, r in enumerate(rows):
    if kk[key(r['query'])] > 1: E(i, 'duplicate key in set')
    if r['kind'] not in ('script', 'other_script') and ff[full(r['query'])] > 1: E(i, 'duplicate full fold in set')

ents, narc, lv = [], 0, Counter()
for i, r in pos:
    m = NOTE_RE.match(r['notes'])
    if not m:
        E(i, 'note shape'); continue
    e = int(m.group('ent'))
    rec = d.sdn.get(e)
    if rec is None or rec['name'] != r['expected'] or m.group('target') != r['expected']:
        E(i, 'expected/target/ent_num mismatch'); continue
    if not d.unique_name(rec['name']): E(i, 'name not unique')
    if rec['type'] != '': E(i, 'not an organisation (-0-)')
    if rec['name'] in d.alias_set: E(i, 'name is also an alias')
    if m.group('prog') != rec['program']: E(i, 'program mismatch')
    if m.group('kind') != r['kind']: E(i, 'note kind mismatch')
    u = uses.get(e, 0)
    if int(m.group('uses')) != u: E(i, 'earlier-use count %s != %d' % (m.group('uses'), u))
    if not 3 <= u <= 4: E(i, 'level %d outside 3-4' % u)
    ents.append(e); lv[u] += 1
    if is_narc(rec['program']): narc += 1
    others = [x for j, x in enumerate(rows) if j != i]
    ok = {key(x['query']) for x in others}
    of = {full(x['query']) for x in others if x['kind'] not in ('script', 'other_script')}
    for x in R.pos_errors(r['kind'], r['query'], e, ok, of):
        E(i, 'positive rule: ' + x)
if len(set(ents)) != 156: errs.append('distinct targets %d != 156' % len(set(ents)))
if narc > NARC_CAP: errs.append('SDNT/SDNTK %d > %d' % (narc, NARC_CAP))

NM = re.compile(r"reuses word '([a-z]+)' \((\d+) listed org names/aliases\) from in-set target (.+) \[SDN ent_num (\d+)\]; ")
nmw = Counter()
tset = set(ents)
for i, r in neg:
    cat = r['kind']
    pre = 'not listed: %s; ' % cat
    if not r['notes'].startswith(pre): E(i, 'note prefix')
    if not r['notes'].endswith('; ' + d.shared_words(r['query'])): E(i, 'shared-word note does not match')
    others = [x for j, x in enumerate(rows) if j != i]
    ok = {key(x['query']) for x in others}
    of = {full(x['query']) for x in others if x['kind'] not in ('script', 'other_script')}
    for x in R.neg_errors(cat, r['query'], ok, of):
        E(i, 'negative rule: ' + x)
    if cat == 'near_miss':
        m = NM.search(r['notes'])
        if not m:
            E(i, 'near-miss note shape'); continue
        w, c, tn, te = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        nmw[w] += 1
        if te not in tset or d.sdn[te]['name'] != tn: E(i, 'near-miss target not in set')
        if w not in full_tokens(r['query']) or w not in full_tokens(tn): E(i, 'near-miss word not in both')
        if len(d.tok_org.get(w, ())) != c or c > 3: E(i, 'near-miss rarity wrong')
for w, c in nmw.items():
    if c > 1: errs.append('near-miss word %s used %d times' % (w, c))

for x in errs:
    print(x)
print('checked %s: %d rows, %d positives (%d distinct entities; levels %s; %d SDNT/SDNTK), %d negatives, %d earlier files'
      % (path.split('/')[-1], len(rows), len(pos), len(set(ents)), dict(sorted(lv.items())), narc, len(neg), nfiles))
if errs:
    print('FAIL: %d errors' % len(errs)); sys.exit(1)
print('PASS')
