"""Validator for train79.jsonl: python3 check.py [--file PATH]. Prints errors, then PASS or FAIL."""
import json, re, sys
from collections import Counter
import lib

path = lib.OUT
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
d = lib.Data()
pk, pf, uses, nfiles = lib.load_prior(d)
pset = set(lib.pool(d))
R = lib.Rules(d, pk, pf, uses, pset)
errors = []


def err(i, msg):
    errors.append('row %d: %s' % (i, msg))


rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    errors.append('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
kc = Counter(r.get('kind') for _, r in pos)
for k in lib.KINDS:
    if kc[k] != 12:
        errors.append('kind %s has %d positives, want 12' % (k, kc[k]))
for k in kc:
    if k not in lib.KINDS:
        errors.append('unknown positive kind %s' % k)
nc = Counter(r.get('kind') for _, r in neg)
for k, q in lib.NEG_QUOTA.items():
    if nc[k] != q:
        errors.append('category %s has %d, want %d' % (k, nc[k], q))
for k in nc:
    if k not in lib.NEG_QUOTA:
        errors.append('unknown negative category %s' % k)
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r))
    if not (r.get('query') or '').strip():
        err(i, 'empty query')

# in-set uniqueness
kcount = Counter(lib.key(r['query']) for r in rows)
fcount = Counter(lib.full(r['query']) for r in rows if r['kind'] not in lib.SCRIPT_KINDS)
for i, r in enumerate(rows):
    if kcount[lib.key(r['query'])] > 1:
        err(i, 'duplicate key in set')
    if r['kind'] not in lib.SCRIPT_KINDS and fcount[lib.full(r['query'])] > 1:
        err(i, 'duplicate full fold in set')


def others(i):
    ks = {lib.key(r['query']) for j, r in enumerate(rows) if j != i}
    fs = {lib.full(r['query']) for j, r in enumerate(rows) if j != i and r['kind'] not in lib.SCRIPT_KINDS}
    return ks, fs


# positives
ents, narc, lv = [], 0, Counter()
for i, r in pos:
    m = lib.NOTE_RE.match(r['notes'] or '')
    if not m:
        err(i, 'note shape'); continue
    e = int(m['ent'])
    rec = d.recs.get(e)
    if rec is None or rec['name'] != r['expected'] or m['target'] != r['expected']:
        err(i, 'expected/target/ent_num mismatch'); continue
    if d.name_count[rec['name']] != 1:
        err(i, 'name not unique')
    if rec['type'] != '-0-':
        err(i, 'not an organisation')
    if rec['name'].upper() in d.alias_strings:
        err(i, 'name is also an alias')
    if m['prog'] != rec['prog']:
        err(i, 'program mismatch')
    if m['kind'] != r['kind']:
        err(i, 'note kind mismatch')
    u = uses.get(e, 0)
    if int(m['uses']) != u:
        err(i, 'earlier-use count %s, recomputed %d' % (m['uses'], u))
    if u not in (3, 4):
        err(i, 'level %d outside 3-4' % u)
    lv[u] += 1
    ents.append(e)
    if lib.is_narc(rec['prog']):
        narc += 1
    ks, fs = others(i)
    for x in R.pos_errors(r['kind'], r['query'], e, ks, fs):
        err(i, x)
if len(set(ents)) != 156:
    errors.append('%d distinct targets, want 156' % len(set(ents)))
if narc > lib.NARC_CAP:
    errors.append('SDNT/SDNTK %d > %d' % (narc, lib.NARC_CAP))

# negatives
in_set = {int(lib.NOTE_RE.match(r['notes']).group('ent')): r['expected'] for _, r in pos
          if lib.NOTE_RE.match(r['notes'] or '')}
NM = re.compile(r"reuses '([^']+)' \((\d+) listed org names/aliases\) from in-set target (.+?) \[SDN ent_num (\d+)\]; ")
nm_words = Counter()
for i, r in neg:
    n, k, q = r['notes'] or '', r['kind'], r['query']
    if not n.startswith('not listed: %s; ' % k):
        err(i, 'note prefix')
    if not n.endswith(d.shared_words(q)):
        err(i, 'shared-word note does not match')
    ks, fs = others(i)
    for x in R.neg_errors(k, q, ks, fs):
        err(i, x)
    if k == 'near_miss':
        m = NM.search(n)
        if not m:
            err(i, 'near-miss note shape'); continue
        w, c, tname, e = m[1], int(m[2]), m[3], int(m[4])
        nm_words[w] += 1
        if in_set.get(e) != tname:
            err(i, 'near-miss target not in set')
        if w not in lib.full_tokens(q) or w not in lib.full_tokens(tname):
            err(i, 'near-miss word not in both')
        if d.rare_count(w) != c or not (1 <= c <= 3):
            err(i, 'near-miss word not rare (%d)' % d.rare_count(w))
for w, c in nm_words.items():
    if c > 1:
        errors.append('near-miss word %s used %d times' % (w, c))

for x in errors:
    print(x)
if errors:
    print('FAIL: %d errors' % len(errors))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %d at level 3 and %d at level 4; '
      '%d SDNT/SDNTK; %d earlier files' % (len(rows), len(pos), len(neg), len(set(ents)), lv[3], lv[4], narc, nfiles))
