"""Validator for train88.jsonl. Usage: python3 check.py [--file PATH]. Prints errors and PASS/FAIL."""
import json, re, sys
from collections import Counter
import lib, gen, rows_neg as RN

path = lib.OUT
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
errs = []


def E(i, msg):
    errs.append('row %d: %s' % (i, msg))

d, pk, pf, uses, nfiles, pl = lib.load_all()
R = lib.Rules(d, pk, pf, pl)
rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f):
        try:
            rows.append(json.loads(line))
        except Exception as ex:
            errs.append('line %d: bad JSON (%s)' % (i, ex))

pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    errs.append('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
kc = Counter(r.get('kind') for _, r in pos)
for k in lib.POS_KINDS:
    if kc[k] != 12:
        errs.append('kind %s has %d positives, want 12' % (k, kc[k]))
nc = Counter(r.get('kind') for _, r in neg)
for k, q in lib.NEG_QUOTA.items():
    if nc[k] != q:
        errs.append('category %s has %d negatives, want %d' % (k, nc[k], q))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        E(i, 'keys %s' % sorted(r))
    if not (r.get('query') or '').strip():
        E(i, 'empty query')
    k = r.get('kind')
    if k not in lib.POS_KINDS and k not in lib.NEG_QUOTA:
        E(i, 'unknown kind %r' % k)
    if r.get('expected') is not None and k in lib.NEG_QUOTA:
        E(i, 'positive with a negative kind')
    if r.get('expected') is None and k in lib.POS_KINDS:
        E(i, 'negative with a positive kind')

# in-set uniqueness
ks, fs = Counter(), Counter()
for i, r in enumerate(rows):
    q = r.get('query') or ''
    ks[lib.key(q)] += 1
    if r.get('kind') not in ('script', 'other_script'):
        fs[lib.full(q)] += 1
for i, r in enumerate(rows):
    q = r.get('query') or ''
    if ks[lib.key(q)] > 1:
        E(i, 'duplicate key in set')
    if r.get('kind') not in ('script', 'other_script') and fs[lib.full(q)] > 1:
        E(i, 'duplicate full fold in set')

# positives
ents, levels, narc = [], Counter(), 0
shape_count = {k: Counter() for k in lib.POS_KINDS}
narc_abbr = 0


def known_shapes(kind):
    if kind == 'legal_form':
        return ['legal form ' + f for f, _, _ in gen.LEGAL_FORMS]
    if kind == 'abbreviation':
        return ['abbreviation ' + a for a, _ in gen.ABBR]
    if kind == 'translation':
        return ['translation into ' + l for l in gen.TRANS_LANGS]
    if kind == 'parent_vs_subsidiary':
        return ['unit word ' + u for u, _, _ in gen.UNITS]
    if kind == 'messy':
        return ['messy ' + s for s, _ in gen.MESSY]
    return list(gen.QUOTA[kind])

for i, r in pos:
    m = lib.NOTE_RE.match(r.get('notes') or '')
    if not m:
        E(i, 'note shape'); continue
    kind, q = r['kind'], r['query']
    ent = int(m.group('ent'))
    rec = d.sdn.get(ent)
    if rec is None or rec['name'] != r['expected'] or m.group('target') != r['expected']:
        E(i, 'expected/target/ent mismatch'); continue
    if d.unique_name.get(rec['name']) != ent or rec['type'] != '' or rec['name'] in d.alias_set:
        E(i, 'target not a unique non-alias -0- SDN_Name')
    if m.group('program') != rec['program']:
        E(i, 'program mismatch')
    if m.group('kind') != kind:
        E(i, 'note kind mismatch')
    if int(m.group('uses')) != uses.get(ent, 0):
        E(i, 'earlier-use count %s != recomputed %d' % (m.group('uses'), uses.get(ent, 0)))
    p = pl.get(ent)
    if p is None:
        E(i, 'not in pool'); continue
    if not lib.level_ok(p):
        E(i, 'level %d out of range' % p['level'])
    ents.append(ent); levels[p['level']] += 1
    if p['narc']:
        narc += 1
        if kind == 'abbreviation':
            narc_abbr += 1
        elif kind not in lib.NARC_ONLY:
            E(i, 'narcotics target in a non-narcotics kind')
    elif kind in lib.NARC_ONLY:
        E(i, 'non-narcotics target in a narcotics-only kind')
    var = m.group('variant')
    shapes = sorted((s for s in known_shapes(kind) if var == s or var.startswith(s + ' (')), key=len, reverse=True)
    if not shapes:
        E(i, 'unknown shape %r' % var); continue
    shape = shapes[0]
    shape_count[kind][shape] += 1
    detail = var[len(shape) + 2:-1] if var != shape else ''
    if kind == 'legal_form' and shape[len('legal form '):] not in q.split():
        E(i, 'legal form not in query')
    if kind == 'abbreviation':
        ab = shape[len('abbreviation '):]
        if ab not in q:
            E(i, 'abbreviation not in query')
        if not set(gen.ABBR_LONG[ab]) & set(lib.full(p['name']).split()):
            E(i, 'name holds none of the abbreviation long words')
    if kind == 'translation':
        w = detail.split(' for ')[0]
        if w not in q:
            E(i, 'translated word not in query')
    if kind == 'parent_vs_subsidiary' and shape[len('unit word '):] not in q:
        E(i, 'unit word not in query')
    if kind in ('parent_vs_subsidiary', 'messy') and (not p['city'] or p['city'] not in q):
        E(i, 'city not in query')
    for x in R.pos_errors(kind, q, ent):
        E(i, 'pos rule: ' + x)
for kind in lib.POS_KINDS:
    for s, n in shape_count[kind].items():
        if n > gen.quota(kind, s):
            errs.append('kind %s shape %r used %d times, quota %d' % (kind, s, n, gen.quota(kind, s)))
if len(set(ents)) != 156:
    errs.append('%d distinct targets, want 156' % len(set(ents)))
if narc > lib.NARC_CAP:
    errs.append('SDNT/SDNTK %d > cap %d' % (narc, lib.NARC_CAP))
if narc_abbr > lib.NARC_ABBR_MAX:
    errs.append('narcotics abbreviations %d > %d' % (narc_abbr, lib.NARC_ABBR_MAX))

# negatives
for ph in RN.THEME_PHRASES:
    for w in lib.full(ph).split():
        if d.tok_count(w):
            errs.append('theme-phrase word %r is in a listed org name' % w)
set_ents = set(ents)
nm_words, nm_targets = Counter(), Counter()
NM_RE = re.compile(r'^reused word: (?P<w>[a-z]+) \((?P<n>\d+) listed org (?:name/alias|names/aliases)\) from in-set target (?P<t>.+) \[SDN ent_num (?P<e>\d+)\]; (?P<rest>.*)$')
for i, r in neg:
    cat, q, note = r['kind'], r['query'], r.get('notes') or ''
    pre = 'not listed: %s; ' % cat
    if not note.startswith(pre):
        E(i, 'note prefix'); continue
    shared = d.shared_words(q)
    if not note.endswith('; ' + shared):
        E(i, 'shared-word text differs from recomputed')
    for x in R.neg_errors(cat, q):
        E(i, 'neg rule: ' + x)
    if cat == 'near_miss':
        body = note[len(pre):]
        seg = body.split('; ', 1)
        m = NM_RE.match(seg[1]) if len(seg) == 2 else None
        if not m:
            E(i, 'near-miss note shape'); continue
        w, n, t, e = m.group('w'), int(m.group('n')), m.group('t'), int(m.group('e'))
        nm_words[w] += 1; nm_targets[e] += 1
        if e not in set_ents or d.sdn[e]['name'] != t:
            E(i, 'near-miss target not an in-set target')
        if w not in lib.full(t).split() or w not in lib.full(q).split():
            E(i, 'near-miss word not in both target and query')
        if n != d.tok_count(w) or not 1 <= n <= 3:
            E(i, 'near-miss word count wrong or not rare')
        if not (w.isascii() and w.isalpha() and len(w) >= 4) or w in lib.FILLER:
            E(i, 'near-miss word shape')
        if len(lib.core(t).split()) < 2:
            E(i, 'near-miss target has a one-word core')
        if q not in [w.capitalize() + ' ' + ph for ph in RN.THEME_PHRASES]:
            E(i, 'near-miss query shape')
    if cat == 'shares_one_word':
        parts = [(q[:-len(ph) - 1], ph) for ph in RN.THEME_PHRASES if q.endswith(' ' + ph)]
        if not parts or ' ' in parts[0][0] or d.tok_count(parts[0][0].lower()) < 1:
            E(i, 'shares_one_word shape')
for w, n in nm_words.items():
    if n > 1:
        errs.append('near-miss word %s used %d times' % (w, n))
for e, n in nm_targets.items():
    if n > 1:
        errs.append('near-miss target %d used %d times' % (e, n))

if errs:
    for x in errs:
        print(x)
    print('FAIL: %d errors' % len(errs))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %d at level 4, %d at level 5; %d SDNT/SDNTK; %d earlier files' % (
    len(rows), len(pos), len(neg), len(set(ents)), levels[4], levels[5], narc, nfiles))
