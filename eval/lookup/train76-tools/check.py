"""Validator for train76.jsonl. Prints errors, then PASS or FAIL (exit 1)."""
import json, sys
from collections import Counter
from lib import Data, load_prior, pool, is_narc, Rules, NARC_CAP, KINDS, NEG_QUOTA, OUT, NOTE_RE, full, key

path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else OUT
d = Data()
prior = load_prior(d)
pl = pool(d)
R = Rules(d, prior, pl)
uses = prior[2]
errs = []
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    errs.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        errs.append('row %d: keys %s' % (i, sorted(r)))
kc = Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != 12:
        errs.append('kind %s has %d' % (k, kc[k]))
if set(kc) - set(KINDS):
    errs.append('unknown positive kinds %s' % (set(kc) - set(KINDS)))
nc = Counter(r['kind'] for r in neg)
if dict(nc) != NEG_QUOTA:
    errs.append('negative quotas %s' % dict(nc))
# in-set uniqueness
ck, cf = Counter(key(r['query']) for r in rows), Counter()
for r in rows:
    if r['kind'] not in ('script', 'other_script'):
        cf[full(r['query'])] += 1
for i, r in enumerate(rows):
    if ck[key(r['query'])] > 1:
        errs.append('row %d: duplicate key' % i)
    if r['kind'] not in ('script', 'other_script') and cf[full(r['query'])] > 1:
        errs.append('row %d: duplicate full fold' % i)
# positives
ents, narc, lv = [], 0, Counter()
for i, r in enumerate(rows):
    if r['expected'] is None:
        continue
    m = NOTE_RE.match(r['notes'] or '')
    if not m:
        errs.append('row %d: note shape' % i); continue
    e = int(m['ent'])
    v = d.sdn.get(e)
    if not v or v['name'] != r['expected'] or m['target'] != r['expected']:
        errs.append('row %d: expected/target/ent_num mismatch' % i); continue
    if d.name_count[v['name']] != 1 or v['type'] != '' or v['name'].upper() in d.alias_names:
        errs.append('row %d: target not a unique non-alias -0- name' % i)
    if m['prog'] != v['prog'] or m['kind'] != r['kind']:
        errs.append('row %d: note program/kind' % i)
    if int(m['uses']) != uses[e] or not 3 <= uses[e] <= 4:
        errs.append('row %d: earlier-use count %s vs %d' % (i, m['uses'], uses[e]))
    ents.append(e); narc += is_narc(v['prog']); lv[uses[e]] += 1
    others = [(o['kind'], o['query']) for j, o in enumerate(rows) if j != i]
    for x in R.pos_errors(r['kind'], r['query'], e, others):
        errs.append('row %d: %s' % (i, x))
if len(set(ents)) != 156:
    errs.append('%d distinct targets' % len(set(ents)))
if narc > NARC_CAP:
    errs.append('narcotics %d > %d' % (narc, NARC_CAP))
# negatives
ne_words = Counter()
tgt = {int(NOTE_RE.match(r['notes'])['ent']) for r in pos if NOTE_RE.match(r['notes'] or '')}
import re
for i, r in enumerate(rows):
    if r['expected'] is not None:
        continue
    n = r['notes'] or ''
    if not n.startswith('not listed: %s; ' % r['kind']):
        errs.append('row %d: note prefix' % i)
    if not n.endswith(d.shared_words(r['query'])):
        errs.append('row %d: shared-word note' % i)
    others = [(o['kind'], o['query']) for j, o in enumerate(rows) if j != i]
    for x in R.neg_errors(r['kind'], r['query'], others):
        errs.append('row %d: %s' % (i, x))
    if r['kind'] == 'near_miss':
        m = re.search(r'reused word (\S+) \((\d+) listed org names/aliases\) from in-set target .+ \[SDN ent_num (\d+)\]', n)
        if not m:
            errs.append('row %d: near-miss note' % i); continue
        w, c, e = m[1], int(m[2]), int(m[3])
        ne_words[w] += 1
        if e not in tgt or w not in full(d.sdn[e]['name']).split() or w not in full(r['query']).split():
            errs.append('row %d: near-miss word/target' % i)
        if c != len(d.tok_names.get(w, ())) or not 1 <= c <= 3:
            errs.append('row %d: near-miss rarity' % i)
for w, c in ne_words.items():
    if c > 1:
        errs.append('near-miss word %s used %d times' % (w, c))
for x in errs:
    print(x)
print('%d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
    len(set(ents)), ', '.join('%d at level %d' % (lv[k], k) for k in sorted(lv)), narc, prior[3]))
if errs:
    print('FAIL (%d errors)' % len(errs)); sys.exit(1)
print('PASS')
