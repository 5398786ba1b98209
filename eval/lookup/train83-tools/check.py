"""validator for train83.jsonl: python3 check.py [--file PATH]; prints errors then PASS/FAIL (exit 1 on FAIL)"""
import json, re, sys
from collections import Counter
import lib, gen

path = lib.OUT
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
data, prior, pl, rules = lib.load_all()  # pool recomputed from the data
keys, fulls, uses, nfiles = prior
errors = []


def err(i, msg):
    errors.append('row %s: %s' % (i, msg))


rows = []
with open(path, encoding='utf-8') as fh:
    for i, line in enumerate(fh):
        try:
            rows.append(json.loads(line))
        except Exception as ex:
            err(i, 'bad JSON %s' % ex)
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    errors.append('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
kc = Counter(r.get('kind') for i, r in pos)
for k in lib.KINDS:
    if kc[k] != 12:
        errors.append('kind %s has %d rows' % (k, kc[k]))
for k in kc:
    if k not in lib.KINDS:
        errors.append('unknown positive kind %s' % k)
nc = Counter(r.get('kind') for i, r in neg)
for c, q in lib.NEG_QUOTA.items():
    if nc[c] != q:
        errors.append('category %s has %d rows, want %d' % (c, nc[c], q))
for c in nc:
    if c not in lib.NEG_QUOTA:
        errors.append('unknown negative category %s' % c)
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r))
    if not (r.get('query') or '').strip():
        err(i, 'empty query')

# in-set uniqueness
kseen, fseen = {}, {}
for i, r in enumerate(rows):
    q = r['query']
    k = lib.key(q)
    if k in kseen:
        err(i, 'duplicate key with row %d' % kseen[k]); err(kseen[k], 'duplicate key with row %d' % i)
    kseen.setdefault(k, i)
    if r['kind'] not in ('script', 'other_script'):
        f = lib.full(q)
        if f in fseen:
            err(i, 'duplicate full fold with row %d' % fseen[f]); err(fseen[f], 'duplicate full fold with row %d' % i)
        fseen.setdefault(f, i)

# positives
ents, narc, levels = Counter(), 0, Counter()
shapes, items = Counter(), Counter()
for i, r in pos:
    m = lib.NOTE_RE.match(r['notes'])
    if not m:
        err(i, 'note shape'); continue
    e = m.group('ent')
    rec = data.rec.get(e)
    if not rec or rec['name'] != r['expected'] or m.group('target') != r['expected']:
        err(i, 'expected/target/ent_num mismatch'); continue
    if data.name_count[rec['name']] != 1 or rec['type'] != '' or rec['name'].upper() in data.all_alias:
        err(i, 'target not a unique non-alias -0- name')
    if m.group('prog') != rec['prog']:
        err(i, 'program mismatch')
    if m.group('kind') != r['kind']:
        err(i, 'note kind mismatch')
    if int(m.group('n')) != uses.get(e, 0):
        err(i, 'earlier-use count %s, recomputed %d' % (m.group('n'), uses.get(e, 0)))
    lv = uses.get(e, 0)
    levels[lv] += 1
    if not 4 <= lv <= 5:
        err(i, 'level %d outside 4-5' % lv)
    ents[e] += 1
    if lib.is_narc(rec['prog']):
        narc += 1
    for x in rules.pos_errors(r['kind'], r['query'], rec):
        err(i, x)
    v = m.group('variant')
    sh = v.split(' (')[0]
    shapes[(r['kind'], sh)] += 1
    if r['kind'] in gen.ITEM_KINDS:
        items[(r['kind'], v)] += 1
if len(ents) != 156:
    errors.append('%d distinct targets, want 156' % len(ents))
if narc > lib.NARC_CAP:
    errors.append('%d SDNT/SDNTK > %d' % (narc, lib.NARC_CAP))
for k, q in gen.QUOTA.items():
    for sh, n in q.items():
        if shapes[(k, sh)] != n:
            errors.append('kind %s shape %r has %d rows, want %d' % (k, sh, shapes[(k, sh)], n))
for (k, v), n in items.items():
    if n > 1:
        errors.append('kind %s item %r used %d times' % (k, v, n))

# negatives
in_set_ents = {lib.NOTE_RE.match(r['notes']).group('ent') for i, r in pos if lib.NOTE_RE.match(r['notes'])}
nm_words, nm_targets = Counter(), Counter()
for i, r in neg:
    q, c, n = r['query'], r['kind'], r['notes']
    if not n.startswith('not listed: %s; ' % c):
        err(i, 'note prefix')
    if not n.endswith(data.shared_words(q)):
        err(i, 'shared-word note differs from recomputed')
    for x in rules.neg_errors(c, q):
        err(i, x)
    if c == 'near_miss':
        m = lib.NEAR_RE.search(n)
        if not m:
            err(i, 'near-miss note shape'); continue
        w, e = m.group('w'), m.group('e')
        if e not in in_set_ents or data.rec[e]['name'] != m.group('t'):
            err(i, 'near-miss target not in set')
        elif w not in lib.full_tokens(data.rec[e]['name']):
            err(i, 'near-miss word not in target')
        if w not in lib.full_tokens(q):
            err(i, 'near-miss word not in query')
        cnt = data.tok_count(w)
        if int(m.group('n')) != cnt or not 1 <= cnt <= 3:
            err(i, 'near-miss word count %s, recomputed %d' % (m.group('n'), cnt))
        if len(w) < 4 or not w.isascii() or w in lib.FILLER:
            err(i, 'near-miss word shape')
        nm_words[w] += 1; nm_targets[e] += 1
for w, k in nm_words.items():
    if k > 1:
        errors.append('near-miss word %s used %d times' % (w, k))
for e, k in nm_targets.items():
    if k > 1:
        errors.append('near-miss target %s used %d times' % (e, k))

for x in errors:
    print(x)
lv = ', '.join('%d at level %d' % (levels[k], k) for k in sorted(levels))
if errors:
    print('FAIL: %d errors in %s' % (len(errors), path))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
      % (len(rows), len(pos), len(neg), len(ents), lv, narc, nfiles))
