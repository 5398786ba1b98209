"""Validator for train85.jsonl. Usage: python3 check.py [--file PATH]. Prints errors and PASS/FAIL."""
import json, re, sys
from collections import Counter, defaultdict
import lib, gen, rows_neg as RN

path = lib.OUT
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
errors = []


def err(i, m):
    errors.append('row %s: %s' % (i, m))


d, prior, P = lib.load_all()
R = lib.Rules(d, prior, P)
keys_prior, fulls_prior, uses, nf = prior
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    err('-', 'counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r))
    if not (r.get('query') or '').strip():
        err(i, 'empty query')
kc = Counter(r['kind'] for _, r in pos)
for k in lib.KINDS:
    if kc[k] != 12:
        err('-', 'kind %s has %d rows' % (k, kc[k]))
for k in kc:
    if k not in lib.KINDS:
        err('-', 'unknown positive kind %s' % k)
nc = Counter(r['kind'] for _, r in neg)
for c, q in lib.NEG_QUOTA.items():
    if nc[c] != q:
        err('-', 'category %s has %d rows, want %d' % (c, nc[c], q))
for c in nc:
    if c not in lib.NEG_QUOTA:
        err('-', 'unknown negative category %s' % c)

# in-set uniqueness
seen_k, seen_f = {}, {}
for i, r in enumerate(rows):
    k = lib.key(r['query'])
    if k in seen_k:
        err(i, 'duplicate key with row %d' % seen_k[k])
    seen_k.setdefault(k, i)
    if r['kind'] not in ('script', 'other_script'):
        f = lib.full(r['query'])
        if f in seen_f:
            err(i, 'duplicate full fold with row %d' % seen_f[f])
        seen_f.setdefault(f, i)

# positives
ents, narc, narc_abbr = [], 0, 0
shape_count = defaultdict(Counter)
levels = Counter()
by_ent_name = {}
for i, r in pos:
    m = lib.NOTE_RE.match(r['notes'])
    if not m:
        err(i, 'note shape'); continue
    kind, e = m.group('kind'), m.group('ent')
    if kind != r['kind']:
        err(i, 'note kind %s != row kind %s' % (kind, r['kind']))
    rec = d.sdn.get(e)
    if not rec:
        err(i, 'ent_num %s not in sdn.csv' % e); continue
    if rec['name'] != r['expected'] or m.group('target') != r['expected']:
        err(i, 'expected/target/ent mismatch')
    if rec['name'] not in d.unique_names or rec['type'] or rec['name'] in d.alias_strings:
        err(i, 'target not a unique non-alias -0- SDN name')
    if m.group('prog') != rec['prog']:
        err(i, 'program mismatch')
    L = uses.get(e, 0)
    if int(m.group('uses')) != L:
        err(i, 'earlier-use count %s, recomputed %d' % (m.group('uses'), L))
    if L not in lib.LEVELS:
        err(i, 'level %d outside %s' % (L, lib.LEVELS))
    levels[L] += 1
    ents.append(e); by_ent_name[e] = rec['name']
    isn = lib.is_narc(rec['prog'])
    if isn:
        narc += 1
    if kind in lib.NARC_KINDS and not isn:
        err(i, 'kind %s must be narcotics' % kind)
    if kind not in lib.NARC_KINDS and kind != 'abbreviation' and isn:
        err(i, 'kind %s must be non-narcotics' % kind)
    if kind == 'abbreviation' and isn:
        narc_abbr += 1
    var = m.group('variant')
    shapes = list(gen.QUOTA.get(kind, {})) or gen.ITEMS.get(kind, [])
    sh = [s for s in shapes if var == s or var.startswith(s + ' (')]
    if len(sh) != 1:
        err(i, 'unknown variant %r' % var)
    else:
        shape_count[kind][sh[0]] += 1
        if kind == 'abbreviation':
            longs = gen.ABBR_MAP[sh[0]]
            if sh[0] not in r['query'].split() or not any(t.upper().strip(',') in longs for t in rec['name'].split()):
                err(i, 'abbreviation %s does not replace a listed long word' % sh[0])
    ent_rec = {'ent': e, 'name': rec['name']}
    for er in R.pos_errors(kind, r['query'], ent_rec, d.alts.get(e, [])):
        err(i, 'pos rule: ' + er)
if len(set(ents)) != 156:
    err('-', '%d distinct targets, want 156' % len(set(ents)))
if narc > lib.NARC_CAP:
    err('-', 'SDNT/SDNTK %d > %d' % (narc, lib.NARC_CAP))
if narc_abbr > 2:
    err('-', '%d narcotics abbreviations > 2' % narc_abbr)
for kind in lib.KINDS:
    if kind in gen.QUOTA:
        for s, q in gen.QUOTA[kind].items():
            if shape_count[kind][s] != q:
                err('-', '%s shape %r used %d, want %d' % (kind, s, shape_count[kind][s], q))
    else:
        for s, c in shape_count[kind].items():
            if c != 1:
                err('-', '%s item %r used %d times' % (kind, s, c))
        if kind != 'abbreviation' and set(shape_count[kind]) != set(gen.ITEMS[kind]):
            err('-', '%s items not each used once' % kind)

# negatives
in_set_targets = {}
for i, r in pos:
    m = lib.NOTE_RE.match(r['notes'])
    if m:
        in_set_targets[m.group('target')] = m.group('ent')
phrase_words = ' '.join(RN.PHRASES).lower().split()
for w in phrase_words:
    if d.tok_count(w):
        err('-', 'theme-phrase word %s is in a listed org name' % w)
nm_words, nm_targets = Counter(), Counter()
NM_RE = re.compile(r'reused word: (\S+) \((\d+) listed org names?/alias(?:es)?\) from in-set target (.+) \[SDN ent_num (\d+)\]; ')
for i, r in neg:
    cat, q, n = r['kind'], r['query'], r['notes']
    pre = 'not listed: %s; ' % cat
    if not n.startswith(pre):
        err(i, 'note prefix'); continue
    sw = d.shared_words(q)
    if not n.endswith('; ' + sw):
        err(i, 'shared-word note does not match recomputed text')
    for er in R.neg_errors(cat, q):
        err(i, 'neg rule: ' + er)
    if cat == 'near_miss':
        m = NM_RE.search(n)
        if not m:
            err(i, 'near-miss note lacks reused-word part'); continue
        w, c, tname, e = m.group(1), int(m.group(2)), m.group(3), m.group(4)
        if in_set_targets.get(tname) != e:
            err(i, 'near-miss target not an in-set target')
        if w not in lib.full_tokens(tname) or w not in lib.full_tokens(q):
            err(i, 'near-miss word not in both target and query')
        if d.tok_count(w) != c or not (1 <= c <= 3):
            err(i, 'near-miss word count %d (recomputed %d) not rare' % (c, d.tok_count(w)))
        if not any(q == w.capitalize() + ' ' + p for p in RN.PHRASES):
            err(i, 'near-miss query shape')
        nm_words[w] += 1; nm_targets[tname] += 1
    if cat == 'shares_one_word' and not any(q.endswith(' ' + p) for p in RN.PHRASES):
        err(i, 'shares_one_word query shape')
for w, c in nm_words.items():
    if c > 1:
        err('-', 'near-miss word %s used %d times' % (w, c))
for t, c in nm_targets.items():
    if c > 1:
        err('-', 'near-miss target %s used %d times' % (t, c))

if errors:
    for e in errors:
        print(e)
    print('FAIL: %d errors' % len(errors))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
    len(rows), len(pos), len(neg), len(set(ents)),
    ', '.join('%d at level %d' % (levels[L], L) for L in sorted(levels)), narc, nf))
