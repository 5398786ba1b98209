"""Validator for train81.jsonl: python3 check.py [--file PATH]. Prints errors (own rows only) and a PASS/FAIL line."""
import json, re, sys
from collections import Counter
import lib

path = lib.OUT
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
d = lib.Data()
pk, pf, uses, nf = lib.load_prior(d)
pool = d.pool()
rules = lib.Rules(d, pool, pk, pf, uses)
errs = []
def err(i, m):
    errs.append('row %d: %s' % (i, m))

rows = []
for i, line in enumerate(open(path, encoding='utf-8')):
    if line.strip():
        rows.append(json.loads(line))
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    errs.append('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
kc = Counter(r['kind'] for _, r in pos)
for k in lib.POS_KINDS:
    if kc[k] != 12:
        errs.append('kind %s has %d positives, want 12' % (k, kc[k]))
for k in kc:
    if k not in lib.POS_KINDS:
        errs.append('unknown positive kind %s' % k)
nc = Counter(r['kind'] for _, r in neg)
for k, q in lib.NEG_QUOTA.items():
    if nc[k] != q:
        errs.append('category %s has %d negatives, want %d' % (k, nc[k], q))
for k in nc:
    if k not in lib.NEG_QUOTA:
        errs.append('unknown negative category %s' % k)
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r))
    if not (r.get('query') or '').strip():
        err(i, 'empty query')

# in-set uniqueness
kk, ff = Counter(), Counter()
for r in rows:
    kk[lib.key(r['query'])] += 1
    if r['kind'] not in lib.KEY_ONLY:
        ff[lib.full(r['query'])] += 1
for i, r in enumerate(rows):
    if kk[lib.key(r['query'])] > 1:
        err(i, 'duplicate key in set')
    if r['kind'] not in lib.KEY_ONLY and ff[lib.full(r['query'])] > 1:
        err(i, 'duplicate full fold in set')

def others(i):
    ok, of = set(), set()
    for j, r in enumerate(rows):
        if j != i:
            ok.add(lib.key(r['query']))
            if r['kind'] not in lib.KEY_ONLY:
                of.add(lib.full(r['query']))
    return ok, of

targets, lv, narc = set(), Counter(), 0
for i, r in pos:
    m = lib.NOTE_RE.match(r['notes'] or '')
    if not m:
        err(i, 'note shape'); continue
    ent, name = m.group('ent'), r['expected']
    rec = d.sdn.get(ent)
    if not rec or rec['name'] != name or m.group('target') != name:
        err(i, 'expected/ent_num/target mismatch'); continue
    if not d.unique_name(name) or rec['type'] != '' or name in d.alias_set:
        err(i, 'target not a unique non-alias -0- SDN_Name')
    if m.group('program') != rec['program']:
        err(i, 'note program mismatch')
    if m.group('kind') != r['kind']:
        err(i, 'note kind mismatch')
    u = uses.get(ent, 0)
    if int(m.group('uses')) != u:
        err(i, 'earlier-use count %s, recomputed %d' % (m.group('uses'), u))
    if u not in (3, 4):
        err(i, 'level %d not 3-4' % u)
    lv[u] += 1
    targets.add(ent)
    if lib.is_narc(rec['program']):
        narc += 1
    ok, of = others(i)
    for e in rules.pos_errors(r['query'], ent, r['kind'], ok, of):
        err(i, 'pos rule: ' + e)
if len(targets) != 156:
    errs.append('%d distinct targets, want 156' % len(targets))
if narc > lib.NARC_CAP:
    errs.append('SDNT/SDNTK %d > %d' % (narc, lib.NARC_CAP))

set_ents = {lib.NOTE_RE.match(r['notes']).group('ent') for _, r in pos if lib.NOTE_RE.match(r['notes'] or '')}
nm_words = Counter()
NM = re.compile(r"reused word '([^']+)' \((\d+) listed org names/aliases\) from in-set target (.+) \[SDN ent_num (\d+)\]; ")
for i, r in neg:
    note = r['notes'] or ''
    pre = 'not listed: %s; ' % r['kind']
    if not note.startswith(pre):
        err(i, 'note prefix')
    sw = d.shared_words(r['query'])
    if not note.endswith('; ' + sw):
        err(i, 'shared-word note does not match recomputed text')
    ok, of = others(i)
    for e in rules.neg_errors(r['query'], r['kind'], ok, of):
        err(i, 'neg rule: ' + e)
    if r['kind'] == 'near_miss':
        m = NM.search(note)
        if not m:
            err(i, 'near-miss note lacks reused word'); continue
        w, n, tname, ent = m.group(1), int(m.group(2)), m.group(3), m.group(4)
        nm_words[w] += 1
        if ent not in set_ents or d.sdn[ent]['name'] != tname:
            err(i, 'near-miss target not in set')
        if w not in lib.full(r['query']).split() or w not in lib.full(tname).split():
            err(i, 'near-miss word not in both query and target')
        real = len(d.org_tok.get(w, ()))
        if real != n or not (1 <= real <= 3):
            err(i, 'near-miss word count %d (note %d), want 1-3' % (real, n))
for w, c in nm_words.items():
    if c > 1:
        errs.append('near-miss word %s used %d times' % (w, c))

for e in errs:
    print('ERROR', e)
if errs:
    print('FAIL: %d errors' % len(errs))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %d at level 3 and %d at level 4; %d SDNT/SDNTK; %d earlier files'
      % (len(rows), len(pos), len(neg), len(targets), lv[3], lv[4], narc, nf))
