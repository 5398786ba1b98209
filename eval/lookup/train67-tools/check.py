"""Validator for train67.jsonl. Usage: python3 check.py [--file PATH]. Ends PASS or FAIL."""
import json, re, sys
from collections import Counter
from lib import (Data, load_prior, pool, is_narc, Rules, key, full, KINDS, NEG_QUOTA, NARC_CAP,
                 shared_words_text)

path = '/work/blind/lk67/train67.jsonl'
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
d = Data(); pk, pf, uses, nfiles = load_prior(d)
lv = pool(d, uses); R = Rules(d, pk, pf, lv)
errors = []
def err(i, m):
    errors.append('row %d: %s' % (i, m))

rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if len(rows) != 301: err(-1, 'rows %d != 301' % len(rows))
if len(pos) != 156: err(-1, 'positives %d != 156' % len(pos))
if len(neg) != 145: err(-1, 'negatives %d != 145' % len(neg))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err(i, 'keys %s' % sorted(r))
kc = Counter(r['kind'] for _, r in pos)
for k in KINDS:
    if kc[k] != 12: err(-1, 'kind %s has %d positives' % (k, kc[k]))
if set(kc) - set(KINDS): err(-1, 'unknown positive kinds %s' % (set(kc) - set(KINDS)))
nc = Counter(r['kind'] for _, r in neg)
for k, q in NEG_QUOTA.items():
    if nc[k] != q: err(-1, 'category %s has %d, want %d' % (k, nc[k], q))
if set(nc) - set(NEG_QUOTA): err(-1, 'unknown negative kinds %s' % (set(nc) - set(NEG_QUOTA)))
# in-set uniqueness
ck = Counter(key(r['query']) for r in rows)
cf = Counter(full(r['query']) for r in rows if r['kind'] not in ('script', 'other_script'))
for i, r in enumerate(rows):
    if ck[key(r['query'])] > 1: err(i, 'duplicate key in set')
    if r['kind'] not in ('script', 'other_script') and cf[full(r['query'])] > 1: err(i, 'duplicate full fold in set')

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<var>.+); program (?P<prog>.+); earlier-set uses (?P<n>\d+); '
                     r'target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$')
targets = Counter(); narc = 0; levels = Counter(); inset_ents = {}
for i, r in pos:
    m = NOTE_RE.match(r['notes'])
    if not m:
        err(i, 'note shape'); continue
    e = int(m.group('ent'))
    if m.group('kind') != r['kind']: err(i, 'note kind mismatch')
    v = d.sdn.get(e)
    if not v or v['name'] != r['expected'] or m.group('name') != r['expected']:
        err(i, 'expected/ent_num/target mismatch'); continue
    if not d.unique_org(v['name']): err(i, 'expected not a unique non-alias SDN_Name')
    if v['type'] is not None: err(i, 'target not an organisation (-0-)')
    if m.group('prog') != v['program']: err(i, 'program mismatch')
    if int(m.group('n')) != uses.get(e, 0): err(i, 'earlier-use count mismatch')
    if lv.get(e, 0) > 4: err(i, 'level above 4')
    targets[e] += 1; levels[uses.get(e, 0)] += 1; inset_ents[e] = i
    if is_narc(v['program']): narc += 1
    others_k = {key(x['query']) for j, x in enumerate(rows) if j != i}
    others_f = {full(x['query']) for j, x in enumerate(rows) if j != i and x['kind'] not in ('script', 'other_script')}
    for m2 in R.pos_errors(r['kind'], r['query'], e, others_k, others_f):
        err(i, 'positive rule: ' + m2)
if len(targets) != 156: err(-1, 'distinct targets %d != 156' % len(targets))
for e, c in targets.items():
    if c > 1: err(inset_ents[e], 'target repeated')
if narc > NARC_CAP: err(-1, 'narcotics %d > %d' % (narc, NARC_CAP))
# the lowest level first: no unused pool entity below the lowest level used
for i, r in neg:
    k = r['kind']; n = r['notes']
    pre = 'not listed: %s; ' % k
    if not n.startswith(pre): err(i, 'note prefix')
    if not n.endswith(shared_words_text(d, r['query'])): err(i, 'shared-word text mismatch')
    others_k = {key(x['query']) for j, x in enumerate(rows) if j != i}
    others_f = {full(x['query']) for j, x in enumerate(rows) if j != i and x['kind'] not in ('script', 'other_script')}
    for m2 in R.neg_errors(k, r['query'], others_k, others_f):
        err(i, 'negative rule: ' + m2)
    if k == 'near_miss':
        m = re.search(r'reuses the word "([^"]+)" from in-set target (.+) \[SDN ent_num (\d+)\]', n)
        if not m:
            err(i, 'near-miss note lacks word/target'); continue
        w, nm, e = m.group(1), m.group(2), int(m.group(3))
        if e not in inset_ents or d.sdn[e]['name'] != nm: err(i, 'near-miss target not in set')
        from lib import tokens_u
        if w not in tokens_u(r['query']) or w not in tokens_u(d.sdn.get(e, {'name': ''})['name']): err(i, 'near-miss word not in both')
        if not (1 <= len(d.org_word_names.get(w, ())) <= 3): err(i, 'near-miss word not rare')

print('file', path)
print('earlier files', nfiles, 'rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
print('distinct entities', len(targets), 'levels', dict(sorted(levels.items())), 'SDNT/SDNTK', narc)
for e in errors:
    print('ERROR', e)
print('FAIL (%d errors)' % len(errors) if errors else 'PASS')
sys.exit(1 if errors else 0)
