"""Validator for train69.jsonl. Prints errors (my own rows only) and ends PASS or FAIL."""
import json, re, sys
from collections import Counter
from lib import Data, load_prior, pool, Rules, is_narc, key, full, content, shared_words, HERE
import rows_neg

path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else HERE + '/../train69.jsonl'
KINDS = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NOTE = re.compile(r'^(?P<kind>[a-z_]+): (?P<var>.+); program (?P<prog>.+); earlier-set uses (?P<n>\d+); target (?P<t>.+) \[SDN ent_num (?P<e>\d+)\]$')
NEAR = re.compile(r'reuses word (?P<w>\S+) \((?P<c>\d+) listed org names/aliases\) from in-set target (?P<t>.+?) \[SDN ent_num (?P<e>\d+)\]; ')
errs = []
def err(i, m): errs.append('row %d: %s' % (i, m))

d = Data()
pk, pf, uses, nf = load_prior(d)
pl = pool(d, uses)
R = Rules(d, pk, pf, pl)
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if len(rows) != 301: errs.append('rows %d != 301' % len(rows))
if len(pos) != 156: errs.append('positives %d != 156' % len(pos))
if len(neg) != 145: errs.append('negatives %d != 145' % len(neg))
kc = Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != 12: errs.append('kind %s has %d, not 12' % (k, kc[k]))
for k in kc:
    if k not in KINDS: errs.append('unknown positive kind %s' % k)
nc = Counter(r['kind'] for r in neg)
for k, q in rows_neg.QUOTA.items():
    if nc[k] != q: errs.append('category %s has %d, not %d' % (k, nc[k], q))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err(i, 'keys %s' % sorted(r))
kk = Counter(key(r['query']) for r in rows)
ff = Counter(full(r['query']) for r in rows if r['kind'] not in ('script', 'other_script'))
for i, r in enumerate(rows):
    if kk[key(r['query'])] > 1: err(i, 'duplicate key in set')
    if r['kind'] not in ('script', 'other_script') and ff[full(r['query'])] > 1: err(i, 'duplicate full fold in set')
targets, narc, levels = [], 0, Counter()
tset = {}
for i, r in enumerate(rows):
    if r['expected'] is None: continue
    m = NOTE.match(r['notes'])
    if not m: err(i, 'note shape'); continue
    e, nm = m['e'], r['expected']
    if m['kind'] != r['kind']: err(i, 'note kind mismatch')
    if e not in d.sdn or d.sdn[e]['name'] != nm or m['t'] != nm: err(i, 'expected/target/ent_num mismatch'); continue
    if d.name_count[nm] != 1: err(i, 'name not unique')
    if d.sdn[e]['type'] != '': err(i, 'not an organisation (-0-)')
    if nm.upper() in d.alias_set: err(i, 'name is also an alias')
    if m['prog'] != d.sdn[e]['prog']: err(i, 'program mismatch')
    if int(m['n']) != uses.get(e, 0): err(i, 'earlier-use count %s != %d' % (m['n'], uses.get(e, 0)))
    if not 3 <= uses.get(e, 0) <= 4: err(i, 'level outside 3-4')
    levels[uses.get(e, 0)] += 1
    targets.append(e); tset[nm] = e
    if is_narc(d.sdn[e]['prog']): narc += 1
    ok = {key(x['query']) for j, x in enumerate(rows) if j != i}
    of = {full(x['query']) for j, x in enumerate(rows) if j != i and x['kind'] not in ('script', 'other_script')}
    for x in R.pos_errors(r['query'], r['kind'], e, ok, of): err(i, x)
if len(set(targets)) != 156: errs.append('distinct targets %d != 156' % len(set(targets)))
if narc > 62: errs.append('narcotics %d > 62' % narc)
nearw = Counter()
for i, r in enumerate(rows):
    if r['expected'] is not None: continue
    cat = r['kind']
    if not r['notes'].startswith('not listed: %s; ' % cat): err(i, 'note prefix')
    if not r['notes'].endswith(shared_words(d, r['query'])): err(i, 'shared-word note differs')
    ok = {key(x['query']) for j, x in enumerate(rows) if j != i}
    of = {full(x['query']) for j, x in enumerate(rows) if j != i and x['kind'] not in ('script', 'other_script')}
    for x in R.neg_errors(r['query'], cat, ok, of): err(i, x)
    if cat == 'near_miss':
        m = NEAR.search(r['notes'])
        if not m: err(i, 'near-miss note lacks word/target'); continue
        w, t = m['w'], m['t']
        nearw[w] += 1
        if tset.get(t) != m['e']: err(i, 'near-miss target not in set')
        if w not in content(t) or w not in content(r['query']): err(i, 'near-miss word not in both')
        c = len(d.word_orgnames.get(w, ()))
        if c != int(m['c']) or c > 3: err(i, 'near-miss word not rare or count wrong')
for w, c in nearw.items():
    if c > 1: errs.append('near-miss word %s used %d times' % (w, c))
for x in errs: print(x)
print('checked %d rows (%d positives, %d negatives); %d distinct entities; levels %s; SDNT/SDNTK %d; earlier files %d'
      % (len(rows), len(pos), len(neg), len(set(targets)), dict(sorted(levels.items())), narc, nf))
print('FAIL (%d errors)' % len(errs) if errs else 'PASS')
