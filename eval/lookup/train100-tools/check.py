"""Validator for lookup-train100. Usage: check.py [--file PATH]. Prints errors and a last PASS/FAIL line."""
import json, re, sys
from collections import Counter
import lib, gen, rules, rows_neg as RN

path = '/work/main/eval/lookup/train100.jsonl'
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
errs = []


def err(i, msg):
    errs.append('row %d: %s' % (i, msg))


data = lib.Data()
prior = lib.load_prior(data)
keys, fulls, uses, nfiles = prior
pool = data.pool()
rows = []
with open(path, encoding='utf-8') as fh:
    for i, line in enumerate(fh):
        try:
            rows.append(json.loads(line))
        except Exception as ex:
            errs.append('line %d: bad JSON (%s)' % (i, ex)); rows.append({})
NEG_KINDS = list(rules.NEG_QUOTA)
# ---- counts and shape of rows
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if len(rows) != 301 or len(pos) != 156 or len(neg) != 145:
    errs.append('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
kc = Counter(r.get('kind') for r in rows)
for k in rules.POS_KINDS:
    if kc[k] != rules.PER_KIND:
        errs.append('kind %s has %d rows, want %d' % (k, kc[k], rules.PER_KIND))
for k, q in rules.NEG_QUOTA.items():
    if kc[k] != q:
        errs.append('category %s has %d rows, want %d' % (k, kc[k], q))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r))
    if not (r.get('query') or '').strip():
        err(i, 'empty query')
    k = r.get('kind')
    if k not in rules.POS_KINDS and k not in NEG_KINDS:
        err(i, 'unknown kind %r' % k)
    if r.get('expected') is not None and k in NEG_KINDS:
        err(i, 'positive with a negative kind')
    if r.get('expected') is None and k in rules.POS_KINDS:
        err(i, 'negative with a positive kind')
# ---- in-set uniqueness
seen_k, seen_f = {}, {}
for i, r in enumerate(rows):
    q = r.get('query') or ''
    kk = lib.key(q)
    if kk in seen_k:
        err(i, 'duplicate key with row %d' % seen_k[kk])
    seen_k.setdefault(kk, i)
    if r.get('kind') not in ('script', 'other_script'):
        ff = lib.full(q)
        if ff in seen_f:
            err(i, 'duplicate full fold with row %d' % seen_f[ff])
        seen_f.setdefault(ff, i)
# ---- positives
targets, narc, narc_abbr, levels = Counter(), 0, 0, Counter()
item_cnt = Counter()
for i, r in pos:
    kind, q, note = r.get('kind'), r.get('query') or '', r.get('notes') or ''
    m = rules.NOTE_RE.match(note)
    if not m:
        err(i, 'note shape'); continue
    if m.group('kind') != kind:
        err(i, 'note kind %s' % m.group('kind'))
    ent = int(m.group('ent'))
    rec = data.recs.get(ent)
    if rec is None or rec.name != r['expected'] or m.group('target') != r['expected']:
        err(i, 'target/ent_num mismatch'); continue
    if ent not in pool:
        err(i, 'target not a unique -0- non-alias pool name'); continue
    targets[ent] += 1
    if m.group('program') != rec.program:
        err(i, 'program mismatch')
    lv = uses[ent]
    levels[lv] += 1
    if int(m.group('uses')) != lv:
        err(i, 'earlier-use count %s, recount %d' % (m.group('uses'), lv))
    if not lib.level_ok(rec, lv):
        err(i, 'level %d out of range' % lv)
    if rec.narc:
        narc += 1
        if kind == 'abbreviation':
            narc_abbr += 1
        elif kind not in gen.NARC_ONLY:
            err(i, 'narcotics target in a non-narcotics kind')
    elif kind in gen.NARC_ONLY:
        err(i, 'non-narcotics target in a narcotics-only kind')
    shape, detail = gen.shape_of(kind, m.group('variant'))
    if shape is None:
        err(i, 'unknown shape %r' % m.group('variant')); continue
    item_cnt[(kind, gen.item_key(kind, shape, detail))] += 1
    # regeneration
    if kind == 'aka':
        mm = re.fullmatch(r'alt_num (\d+)', detail)
        al = [a for a in rec.aliases if mm and a[0] == int(mm.group(1))]
        if not al or al[0][2] != q or al[0][1].lower() != 'aka':
            err(i, 'alias/alt_num mismatch')
    else:
        opts = [o for o in gen.GEN[kind](rec, data) if o[0] == shape and
                (kind != 'abbreviation' or gen.item_key(kind, o[0], o[1]) == gen.item_key(kind, shape, detail))]
        if not opts:
            err(i, 'shape not generated for this target')
        else:
            if opts[0][2] != q:
                err(i, 'regenerated query differs: %r' % opts[0][2])
            if opts[0][1] != detail:
                err(i, 'regenerated detail differs: %r' % opts[0][1])
    toks = q.split()
    if kind == 'legal_form':
        form = [f for s, f, fr in gen.LEGAL_FORMS if s == shape][0]
        front = [fr for s, f, fr in gen.LEGAL_FORMS if s == shape][0]
        if (front and toks[:1] != [form]) or (not front and toks[-1:] != [form]):
            err(i, 'legal form not at its place')
    if kind == 'abbreviation':
        mm = re.fullmatch(r'`(.+)` for (\S+)', detail)
        longs = dict(gen.ABBR).get(mm.group(1)) if mm else None
        if not mm or mm.group(1) not in [gen.plain(t) for t in toks]:
            err(i, 'abbreviation not in the query')
        if not mm or not longs or mm.group(2) not in longs or mm.group(2) not in [gen.plain(t).upper() for t in rec.name.split()]:
            err(i, 'long word not in the name')
    if kind == 'translation':
        mm = re.fullmatch(r'`(.+)` for (\S+)', detail)
        if not mm or gen.DICT.get(shape, {}).get(mm.group(2)) != mm.group(1) or mm.group(1) not in q:
            err(i, 'translated word not in the query or not its dictionary entry')
        if not mm or mm.group(2) not in [gen.plain(t).lower() for t in rec.name.split()]:
            err(i, 'English word not in the name')
    if kind in ('parent_vs_subsidiary', 'messy'):
        city = data.city(ent)
        if detail != 'city ' + city or not city or city not in q:
            err(i, 'city missing or not the add.csv city')
        if kind == 'parent_vs_subsidiary':
            u = [x for x in gen.UNITS if gen.unit_shape(*x) == shape][0]
            want = (city + ' ' + u[1]) if u[2] else (u[1] + ' ' + city)
            if not q.endswith(want):
                err(i, 'unit word not next to the city')
    if kind in ('typo', 'punctuation'):
        w = detail[3:] if detail.startswith('in ') else None
        dtoks = [gen.plain(t) for t in gen.display(rec.name).split()]
        if not w or w not in dtoks:
            err(i, 'edited word not in the display name')
        if w and w in [gen.plain(t) for t in toks]:
            err(i, 'edited word still in the query')
    if kind == 'script':
        for x in gen.script_errors(shape, q):
            err(i, x)
    if kind == 'case' and (q.lower() != rec.name.lower() or q == rec.name):
        err(i, 'not a pure case change')
    for x in rules.pos_errors(kind, shape, q, rec, lv, pool, prior, data):
        err(i, 'rule: ' + x)
for (kind, ik), n in item_cnt.items():
    quota = gen.QUOTA[kind]
    if quota is None:
        if n > 1:
            errs.append('%s item %s used %d times' % (kind, ik, n))
    elif n > quota:
        errs.append('%s shape %s used %d times (quota %d)' % (kind, ik, n, quota))
if len(targets) != 156:
    errs.append('%d distinct targets, want 156' % len(targets))
if narc > lib.NARC_CAP:
    errs.append('%d SDNT/SDNTK targets, cap %d' % (narc, lib.NARC_CAP))
if narc_abbr > gen.NARC_MAX_ABBR:
    errs.append('%d narcotics abbreviations' % narc_abbr)
# ---- negatives
in_set = {r['expected']: int(rules.NOTE_RE.match(r['notes']).group('ent')) for i, r in pos
          if rules.NOTE_RE.match(r.get('notes') or '')}
near_w, near_t = Counter(), Counter()
for i, r in neg:
    cat, q, note = r.get('kind'), r.get('query') or '', r.get('notes') or ''
    m = rules.NEG_RE.match(note)
    if not m or m.group('cat') != cat:
        err(i, 'negative note prefix/shape'); continue
    if m.group('shared') != data.shared_words(q):
        err(i, 'shared-word text differs')
    for x in rules.neg_errors(cat, q, prior, data):
        err(i, 'rule: ' + x)
    if cat in ('near_miss', 'shares_one_word'):
        ph = [p for p in RN.THEME_PHRASES if q.endswith(' ' + p)]
        if not ph:
            err(i, 'unknown theme phrase')
        elif any(data.tok_count(lib.full(w)) for w in ph[0].split()):
            err(i, 'theme word in a listed org name')
        first = q.split()[0]
        if cat == 'shares_one_word':
            if first not in RN.SHARE_FIRST or data.tok_count(first.lower()) == 0:
                err(i, 'shares_one_word first word not listed or not known')
        if cat == 'near_miss':
            if m.group('w') is None:
                err(i, 'near-miss note lacks the reused word'); continue
            w, n, t, e = m.group('w'), int(m.group('n')), m.group('target'), int(m.group('ent'))
            near_w[w] += 1; near_t[e] += 1
            if in_set.get(t) != e:
                err(i, 'near-miss target not an in-set target')
            rec = data.recs.get(e)
            if not ph or q != w.capitalize() + ' ' + ph[0]:
                err(i, 'near-miss query shape')
            if n != data.tok_count(w) or not 1 <= n <= 3:
                err(i, 'near-miss count/rarity')
            if rec is not None:
                body = [gen.plain(x) for x in gen.split_legal(rec.name)[0]]
                if w not in lib.full(rec.name).split() or w not in [b.lower() for b in body]:
                    err(i, 'near-miss word not a plain body word of the target')
                if len(lib.core(rec.name).split()) < 2:
                    err(i, 'near-miss target core < 2 words')
            if not (w.isascii() and w.isalpha() and len(w) >= 4) or gen.is_small(w) or w in lib.LEGAL:
                err(i, 'near-miss word shape')
            if w in RN.NEAR_STOP:
                err(i, 'near-miss word in the stop list')
            if w in data.place:
                err(i, 'near-miss word is a place token')
for w, n in near_w.items():
    if n > 1:
        errs.append('near-miss word %s used %d times' % (w, n))
for e, n in near_t.items():
    if n > 1:
        errs.append('near-miss target %d used %d times' % (e, n))
for x in errs:
    print('ERROR', x)
lvtxt = ', '.join('%d at level %d' % (levels[l], l) for l in sorted(levels))
if errs:
    print('FAIL: %d errors' % len(errs))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
    len(rows), len(pos), len(neg), len(targets), lvtxt, narc, nfiles))
