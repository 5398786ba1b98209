"""Validator for lookup-train84. Usage: python3 check.py [--file PATH]. Prints errors and a PASS/FAIL line."""
import json, re, sys
from collections import Counter
import lib, gen, rows_neg as RN
from lib import key, full

path = lib.OUT
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
d, prior, pool, rules = lib.load_all()
errors = []
def err(i, msg):
    errors.append('row %s: %s' % (i, msg))

rows = []
with open(path, encoding='utf-8') as fh:
    for i, line in enumerate(fh):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(i, 'bad JSON: %s' % e); rows.append({})
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    err('-', 'counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r))
    if not (r.get('query') or '').strip():
        err(i, 'empty query')
kc = Counter(r.get('kind') for i, r in pos)
for k in gen.KINDS:
    if kc[k] != 12:
        err('-', 'kind %s has %d positives' % (k, kc[k]))
if set(kc) - set(gen.KINDS):
    err('-', 'unknown positive kinds %s' % (set(kc) - set(gen.KINDS)))
nc = Counter(r.get('kind') for i, r in neg)
for k, q in RN.QUOTA.items():
    if nc[k] != q:
        err('-', 'category %s has %d negatives, want %d' % (k, nc[k], q))
if set(nc) - set(RN.QUOTA):
    err('-', 'unknown negative kinds %s' % (set(nc) - set(RN.QUOTA)))

# in-set uniqueness
seen_k, seen_f = {}, {}
for i, r in enumerate(rows):
    q = r.get('query') or ''
    k = key(q)
    if k in seen_k:
        err(i, 'duplicate key with row %d' % seen_k[k])
    else:
        seen_k[k] = i
    if r.get('kind') not in ('script', 'other_script'):
        f = full(q)
        if f in seen_f:
            err(i, 'duplicate full fold with row %d' % seen_f[f])
        else:
            seen_f[f] = i

# positives
ents, narc, levels, shapes = [], 0, Counter(), Counter()
abbr_narc = 0
for i, r in pos:
    kind, q, exp, note = r['kind'], r['query'], r['expected'], r.get('notes') or ''
    m = lib.NOTE_RE.match(note)
    if not m:
        err(i, 'note shape'); continue
    ent = int(m.group('ent'))
    v = d.sdn.get(ent)
    if v is None:
        err(i, 'unknown ent_num %d' % ent); continue
    if m.group('kind') != kind:
        err(i, 'note kind %s != row kind %s' % (m.group('kind'), kind))
    if m.group('target') != exp or v['name'] != exp:
        err(i, 'expected/target/ent mismatch (%s | %s | %s)' % (exp, m.group('target'), v['name']))
    if d.name_count.get(v['name']) != 1 or v['type'] != '' or v['name'].upper() in d.alias_upper:
        err(i, 'target not a unique non-alias -0- SDN name')
    if m.group('program') != v['program']:
        err(i, 'program mismatch')
    u = prior[2].get(ent, 0)
    if int(m.group('uses')) != u:
        err(i, 'earlier-use count %s != %d' % (m.group('uses'), u))
    if not (lib.LEVEL_MIN <= u <= lib.LEVEL_MAX):
        err(i, 'level %d outside %d-%d' % (u, lib.LEVEL_MIN, lib.LEVEL_MAX))
    levels[u] += 1
    ents.append(ent)
    isn = lib.is_narc(v['program'])
    narc += isn
    if kind in gen.NARC_ONLY and not isn:
        err(i, 'kind %s must be narcotics' % kind)
    if kind not in gen.NARC_ONLY and kind != 'abbreviation' and isn:
        err(i, 'kind %s must be non-narcotics' % kind)
    if kind == 'abbreviation' and isn:
        abbr_narc += 1
    variant = m.group('variant')
    if kind == 'abbreviation':
        ab = variant.split(' for ')[0]
        longs = dict(gen.ABBR_ITEMS).get(ab)
        if not longs or not re.fullmatch(re.escape(ab) + r' for [A-Z]+', variant) or variant.split(' for ')[1] not in longs:
            err(i, 'unknown abbreviation shape %r' % variant)
        shapes[(kind, ab)] += 1
    else:
        hit = [s for s in gen.QUOTA[kind] if variant == s or variant.startswith(s + ' (')]
        if len(hit) != 1:
            err(i, 'unknown shape %r' % variant)
        else:
            shapes[(kind, hit[0])] += 1
    for e in rules.pos_errors(kind, q, ent):
        err(i, 'positive rule: %s' % e)
if len(set(ents)) != 156:
    err('-', '%d distinct targets, want 156' % len(set(ents)))
if narc > lib.NARC_CAP:
    err('-', 'SDNT/SDNTK %d > %d' % (narc, lib.NARC_CAP))
if abbr_narc > gen.ABBR_NARC_MAX:
    err('-', 'abbreviation narcotics rows %d > %d' % (abbr_narc, gen.ABBR_NARC_MAX))
for kind in gen.KINDS:
    if gen.QUOTA[kind] is None:
        for (k, s), n in shapes.items():
            if k == kind and n != 1:
                err('-', '%s item %s used %d times' % (kind, s, n))
        continue
    for s, qn in gen.QUOTA[kind].items():
        if shapes[(kind, s)] != qn:
            err('-', '%s shape %r has %d rows, want %d' % (kind, s, shapes[(kind, s)], qn))

# negatives
in_set_targets = {int(lib.NOTE_RE.match(r['notes']).group('ent')) for i, r in pos if lib.NOTE_RE.match(r.get('notes') or '')}
nm_words, nm_targets = Counter(), Counter()
NM_RE = re.compile(r'^not listed: near_miss; (?P<desc>[^;]+); reused word: (?P<w>\S+) \((?P<n>\d+) listed org (?:name/alias|names/aliases)\) '
                   r'from in-set target (?P<t>.+) \[SDN ent_num (?P<e>\d+)\]; (?P<rest>.+)$')
for ph in RN.PHRASES:
    for t in full(ph).split():
        if d.tok_count(t):
            err('-', 'theme phrase word %s is in a listed org name' % t)
for i, r in neg:
    kind, q, note = r['kind'], r['query'], r.get('notes') or ''
    pre = 'not listed: %s; ' % kind
    if not note.startswith(pre):
        err(i, 'note prefix')
    sw = d.shared_words(q)
    if not note.endswith('; ' + sw):
        err(i, 'shared-word note does not match recomputed text')
    for e in rules.neg_errors(kind, q):
        err(i, 'negative rule: %s' % e)
    if kind == 'near_miss':
        m = NM_RE.match(note)
        if not m:
            err(i, 'near-miss note shape'); continue
        w, n, t, e = m.group('w'), int(m.group('n')), m.group('t'), int(m.group('e'))
        nm_words[w] += 1; nm_targets[e] += 1
        if e not in in_set_targets or d.sdn[e]['name'] != t:
            err(i, 'near-miss target not an in-set target')
        if w not in full(q).split() or w not in full(d.sdn[e]['name']).split():
            err(i, 'near-miss word not in query and target')
        if d.tok_count(w) != n or not (1 <= n <= 3):
            err(i, 'near-miss word count %d (recomputed %d)' % (n, d.tok_count(w)))
        if not (len(w) >= 4 and w.isascii() and w.isalpha()) or w in lib.STOP_CORE:
            err(i, 'near-miss word shape')
        if q not in ['%s %s' % (w.capitalize(), ph) for ph in RN.PHRASES]:
            err(i, 'near-miss query is not word + theme phrase')
for w, c in nm_words.items():
    if c > 1:
        err('-', 'near-miss word %s used %d times' % (w, c))
for e, c in nm_targets.items():
    if c > 1:
        err('-', 'near-miss target %d used %d times' % (e, c))

for e in errors:
    print(e)
lv = ', '.join('%d at level %d' % (levels[l], l) for l in sorted(levels))
if errors:
    print('FAIL: %d errors in %s' % (len(errors), path))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
      % (len(rows), len(pos), len(neg), len(set(ents)), lv, narc, prior[3]))
