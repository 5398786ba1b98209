"""Validator for train87.jsonl. Usage: python3 check.py [--file PATH]. Prints errors, then PASS or FAIL."""
import sys, json, re, collections
import lib, gen, rows_neg
from lib import key, full

path = lib.OUT
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
errs = []
def E(i, msg):
    errs.append('row %s: %s' % (i, msg))

d, pk, pf, uses, nf, pl = lib.load_all()
R = lib.Rules(d, pk, pf, uses, pl)
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]

# counts and keys
kinds = collections.Counter(r.get('kind') for r in rows)
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if len(rows) != 301 or len(pos) != 156 or len(neg) != 145:
    errs.append('counts: %d rows, %d positives, %d negatives' % (len(rows), len(pos), len(neg)))
for k in lib.POS_KINDS:
    if kinds[k] != 12:
        errs.append('kind %s has %d rows' % (k, kinds[k]))
for k, n in lib.NEG_QUOTA.items():
    if kinds[k] != n:
        errs.append('category %s has %d rows (want %d)' % (k, kinds[k], n))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        E(i, 'keys %s' % sorted(r))
    if not isinstance(r.get('query'), str) or not r['query'].strip():
        E(i, 'empty query')
    if r.get('kind') not in lib.POS_KINDS and r.get('kind') not in lib.NEG_QUOTA:
        E(i, 'unknown kind %r' % r.get('kind'))
    if r.get('expected') is not None and r.get('kind') not in lib.POS_KINDS:
        E(i, 'positive with a negative kind')
    if r.get('expected') is None and r.get('kind') in lib.POS_KINDS:
        E(i, 'negative with a positive kind')

# in-set uniqueness
seen_k, seen_f = {}, {}
for i, r in enumerate(rows):
    q = r.get('query') or ''
    if key(q) in seen_k:
        E(i, 'duplicate key with row %d' % seen_k[key(q)])
    seen_k.setdefault(key(q), i)
    if r.get('kind') not in ('script', 'other_script'):
        if full(q) in seen_f:
            E(i, 'duplicate full fold with row %d' % seen_f[full(q)])
        seen_f.setdefault(full(q), i)

# positives
ents, narc = [], 0
shape_ct = collections.defaultdict(collections.Counter)
item_ct = collections.defaultdict(collections.Counter)
narc_by_kind = collections.Counter()
lvl_ct = collections.Counter()
for i, r in pos:
    kind = r['kind']
    m = lib.NOTE_RE.match(r['notes'] or '')
    if not m:
        E(i, 'note shape'); continue
    ent = int(m.group('ent'))
    ents.append(ent)
    rec = d.sdn.get(ent)
    if rec is None:
        E(i, 'ent %d not in sdn.csv' % ent); continue
    if m.group('target') != rec['name'] or r['expected'] != rec['name']:
        E(i, 'expected/target/ent mismatch')
    if d.name_count[rec['name']] != 1 or rec['type'] != '' or rec['name'].upper() in d.alias_set:
        E(i, 'target not a unique non-alias -0- name')
    if m.group('prog') != rec['program']:
        E(i, 'program mismatch')
    if m.group('kind') != kind:
        E(i, 'note kind mismatch')
    if int(m.group('uses')) != uses.get(ent, 0):
        E(i, 'earlier-use count %s, recount %d' % (m.group('uses'), uses.get(ent, 0)))
    lvl = uses.get(ent, 0)
    lvl_ct[lvl] += 1
    if not (lib.min_level(rec['program']) <= lvl <= lib.MAX_LEVEL):
        E(i, 'level %d out of range' % lvl)
    isn = lib.is_narc(rec['program'])
    if isn:
        narc += 1; narc_by_kind[kind] += 1
    if kind in lib.NARC_KINDS and not isn:
        E(i, 'narcotics-only kind with a non-narcotics target')
    if kind not in lib.NARC_KINDS and kind != 'abbreviation' and isn:
        E(i, 'non-narcotics kind with a narcotics target')
    # variant
    v = m.group('variant')
    shape = None
    for s in gen.QUOTA[kind]:
        if v == s or v.startswith(s + ' ('):
            shape = s
    if shape is None:
        E(i, 'unknown shape %r' % v); continue
    detail = v[len(shape) + 2:-1] if v != shape else ''
    shape_ct[kind][shape] += 1
    q = r['query']
    if kind == 'legal_form':
        it = [f for lab, f, pos_ in gen.LEGAL_FORMS if detail.startswith('%s %s,' % (lab, f))]
        if not it or it[0] not in q:
            E(i, 'legal form item')
        else:
            item_ct[kind][it[0]] += 1
    elif kind == 'abbreviation':
        ab = detail.split(' for ')[0]
        longs = gen.abbr_long(ab)
        if not longs or ab not in q.split() or not (set(lib.full_tokens(rec['name'])) & set(longs)):
            E(i, 'abbreviation item')
        item_ct[kind][ab] += 1
    elif kind == 'translation':
        lang, rest = detail.split(': ', 1)
        word = rest.split(' for ')[0]
        if lang not in gen.TRANS or word not in q:
            E(i, 'translation item')
        item_ct[kind][lang] += 1
    elif kind == 'parent_vs_subsidiary':
        it = [lab for lab, u, p in gen.UNITS if detail.startswith('%s %s' % (lab, u)) and u in q]
        if not it or not d.city.get(ent) or d.city[ent] not in q:
            E(i, 'unit item or city')
        else:
            item_ct[kind][it[0]] += 1
    elif kind == 'messy':
        if detail not in [lab for lab, f in gen.MESSY] or not d.city.get(ent) or d.city[ent].lower() not in q.lower():
            E(i, 'messy template or city')
        item_ct[kind][detail] += 1
    for x in R.pos_errors(kind, q, ent):
        E(i, 'rule: ' + x)
if len(set(ents)) != 156:
    errs.append('distinct targets %d' % len(set(ents)))
if narc > lib.NARC_CAP:
    errs.append('narcotics %d > %d' % (narc, lib.NARC_CAP))
if narc_by_kind['abbreviation'] > 2:
    errs.append('narcotics abbreviations %d' % narc_by_kind['abbreviation'])
for kind, sc in shape_ct.items():
    for s, n in sc.items():
        if n > gen.QUOTA[kind][s]:
            errs.append('shape quota %s/%s: %d' % (kind, s, n))
for kind, ic in item_ct.items():
    for it, n in ic.items():
        if n > 1:
            errs.append('item %s/%s used %d times' % (kind, it, n))

# negatives
for ph in rows_neg.THEME_PHRASES:
    for w in lib.full_tokens(ph):
        if d.tok_count(w):
            errs.append('theme-phrase word %s is in a listed org name' % w)
target_ents = {e: d.sdn[e]['name'] for e in ents if e in d.sdn}
nm_words, nm_targets = collections.Counter(), collections.Counter()
NM_RE = re.compile(r'^not listed: near_miss; [^;]+; reused word: (?P<w>[a-z]+) \((?P<n>\d+) listed org name(?:s/aliases|/alias)\) from in-set target (?P<t>.+?) \[SDN ent_num (?P<e>\d+)\]; (?P<rest>.*)$')
for i, r in neg:
    kind, q, n = r['kind'], r['query'], r['notes'] or ''
    pre = 'not listed: %s; ' % kind
    if not n.startswith(pre):
        E(i, 'note prefix'); continue
    sw = d.shared_words(q)
    if not n.endswith('; ' + sw):
        E(i, 'shared-word text does not match the recomputed one')
    for x in R.neg_errors(kind, q):
        E(i, 'rule: ' + x)
    if kind == 'near_miss':
        m = NM_RE.match(n)
        if not m:
            E(i, 'near-miss note shape'); continue
        w, c, e = m.group('w'), int(m.group('n')), int(m.group('e'))
        nm_words[w] += 1; nm_targets[e] += 1
        if e not in target_ents or target_ents[e] != m.group('t'):
            E(i, 'near-miss target not an in-set target')
        elif w not in lib.full_tokens(target_ents[e]):
            E(i, 'near-miss word not in target')
        if c != d.tok_count(w) or c > 3 or c < 1:
            E(i, 'near-miss count/rarity')
        if not any(q == '%s %s' % (w.capitalize(), ph) for ph in rows_neg.THEME_PHRASES):
            E(i, 'near-miss shape')
    if kind == 'shares_one_word':
        first, rest = q.split(' ', 1)
        if first not in rows_neg.SHARE_FIRST or rest not in rows_neg.THEME_PHRASES or not d.tok_count(first.lower()):
            E(i, 'shares_one_word shape')
for w, c in nm_words.items():
    if c > 1:
        errs.append('near-miss word %s used %d times' % (w, c))
for e, c in nm_targets.items():
    if c > 1:
        errs.append('near-miss target %d used %d times' % (e, c))

for x in errs:
    print(x)
lv = ', '.join('%d at level %d' % (n, l) for l, n in sorted(lvl_ct.items()))
if errs:
    print('FAIL: %d errors' % len(errs))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
    len(rows), len(pos), len(neg), len(set(ents)), lv, narc, nf))
