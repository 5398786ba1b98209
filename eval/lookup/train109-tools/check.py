"""train109 validator. python3 check.py [--file PATH]; prints errors, then PASS or FAIL; exit 1 on FAIL."""
import sys, json, re, collections
import lib, gen, rules, rows_neg

path = lib.BASE + '/train109.jsonl'
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
data = lib.Data()
keys, folds, uses, nfiles = lib.load_prior(data)
prior = (keys, folds, uses)
pool = data.pool()
errors = []


def err(i, msg):
    errors.append('row %d: %s' % (i + 1, msg))


rows = []
with open(path, encoding='utf-8') as f:
    for line in f:
        if line.strip():
            rows.append(json.loads(line))
if nfiles != 109:
    errors.append('expected 109 earlier files, found %d' % nfiles)
if len(rows) != 301:
    errors.append('expected 301 rows, found %d' % len(rows))
POS_KINDS, NEG_KINDS = set(gen.KINDS), set(rules.NEG_QUOTA)
kc = collections.Counter(r.get('kind') for r in rows)
for k in gen.KINDS:
    if kc[k] != 12:
        errors.append('kind %s has %d rows, not 12' % (k, kc[k]))
for k, q in rules.NEG_QUOTA.items():
    if kc[k] != q:
        errors.append('category %s has %d rows, not %d' % (k, kc[k], q))
npos = sum(1 for r in rows if r.get('expected') is not None)
if npos != 156 or len(rows) - npos != 145:
    errors.append('positives/negatives %d/%d, not 156/145' % (npos, len(rows) - npos))

seen_k, seen_f = {}, {}
targets = collections.Counter()
levels = collections.Counter()
narc_rows = 0
narc_by_kind = collections.Counter()
shape_n = {k: collections.Counter() for k in gen.KINDS}
items = collections.defaultdict(collections.Counter)
near_words, near_targets = collections.Counter(), collections.Counter()
inset_ents = set()
for r in rows:
    m = rules.NOTE_RE.match(r.get('notes') or '') if r.get('expected') else None
    if m:
        inset_ents.add(int(m.group('ent')))

for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys are %s, not exactly query/expected/kind/notes' % sorted(r))
        continue
    q, kind, note = r['query'], r['kind'], r['notes']
    if not isinstance(q, str) or not q.strip():
        err(i, 'empty query')
        continue
    if kind not in POS_KINDS and kind not in NEG_KINDS:
        err(i, 'unknown kind %s' % kind)
        continue
    if (r['expected'] is None) != (kind in NEG_KINDS):
        err(i, 'positive/negative kind mismatch')
        continue
    k, f = lib.key(q), lib.full(q)
    if k in seen_k:
        err(i, 'duplicate key of row %d' % seen_k[k])
    seen_k[k] = i + 1
    if kind not in ('script', 'other_script'):
        if f in seen_f:
            err(i, 'duplicate full fold of row %d' % seen_f[f])
        seen_f[f] = i + 1
    if kind in POS_KINDS:
        m = rules.NOTE_RE.match(note)
        if not m:
            err(i, 'note shape')
            continue
        if m.group('kind') != kind:
            err(i, 'note kind')
        ent = int(m.group('ent'))
        rec = data.sdn.get(ent)
        if rec is None or rec['name'] != r['expected'] or m.group('target') != r['expected']:
            err(i, 'target/ent_num mismatch')
            continue
        if data.name_count[rec['name']] != 1 or rec['type'] != '':
            err(i, 'not a unique -0- name')
        if m.group('program') != rec['program']:
            err(i, 'program mismatch')
        if int(m.group('uses')) != uses[ent]:
            err(i, 'earlier-use count %s, recount %d' % (m.group('uses'), uses[ent]))
        targets[ent] += 1
        levels[uses[ent]] += 1
        narc = lib.is_narc(rec['program'])
        if narc:
            narc_rows += 1
            narc_by_kind[kind] += 1
        if kind in gen.NARC_ONLY and not narc:
            err(i, 'non-narcotics target in a narcotics-only kind')
        if kind not in gen.NARC_ONLY and kind != 'abbreviation' and narc:
            err(i, 'narcotics target in a non-narcotics kind')
        shape, detail = gen.split_variant(kind, m.group('variant'))
        if shape is None:
            err(i, 'unknown shape: %s' % m.group('variant'))
            continue
        if gen.variant(shape, detail) != m.group('variant'):
            err(i, 'variant text')
        shape_n[kind][shape] += 1
        if kind in gen.ONCE_KINDS:
            items[kind][shape] += 1
        if kind == 'abbreviation':
            items[kind][detail.split('`')[1] if '`' in detail else detail] += 1
        if kind == 'aka':
            items[kind][detail] += 1
        cands = gen.candidates(data, ent, kind)
        if (shape, detail, q) not in cands:
            if not any(c[0] == shape and c[1] == detail for c in cands):
                err(i, 'no query for that shape/detail on this name')
            else:
                err(i, 'query differs from the regenerated one')
        for e in rules.pos_errors(data, prior, pool, kind, ent, shape, detail, q):
            err(i, e)
        name = rec['name']
        if kind == 'legal_form':
            form = shape.split('`')[1]
            if '(in front)' in shape:
                if not q.startswith(form + ' '):
                    err(i, 'legal form not at its place')
            elif not q.endswith(' ' + form):
                err(i, 'legal form not at its place')
        if kind == 'abbreviation':
            mm = re.fullmatch(r'`(.+)` for (\S+)', detail)
            if not mm or mm.group(1) not in q.split() and mm.group(1) + ',' not in q.split():
                err(i, 'short form not in the query')
            elif mm.group(2) not in [t.rstrip(',').upper() for t in name.split()] or gen.ABBR.get(mm.group(2)) != mm.group(1):
                err(i, 'short form: long word not in the name or not in my list')
        if kind == 'translation':
            mm = re.fullmatch(r'`(.+)` for (\S+)', detail)
            if not mm or mm.group(1) not in q or gen.TRANS[shape].get(mm.group(2)) != mm.group(1) or \
                    mm.group(2) not in [t.rstrip(',').upper() for t in name.split()]:
                err(i, 'translated word/English word check')
        if kind in ('parent_vs_subsidiary', 'messy'):
            city = detail[5:] if detail.startswith('city ') else ''
            if city != data.city_of(ent) or not city:
                err(i, 'note city is not the add.csv city')
            if city and city not in q:
                err(i, 'city missing from the query')
            if kind == 'parent_vs_subsidiary':
                unit = shape.split('`')[1]
                want = (city + ' ' + unit) if '(after the city)' in shape else (unit + ' ' + city)
                if want not in q:
                    err(i, 'unit word not next to the city')
        if kind in ('typo', 'punctuation'):
            w = detail[3:] if detail.startswith('in ') else ''
            if not w or w not in gen.display(name):
                err(i, 'edited word not in the display name')
            elif w in [t.rstrip(',') for t in q.split()]:
                err(i, 'edited word still in the query')
    else:
        m = rules.NEG_RE.match(note)
        if not m:
            err(i, 'negative note shape')
            continue
        if m.group('cat') != kind:
            err(i, 'note category')
        if m.group('shared') != rules.shared_text(data, q):
            err(i, 'shared-word text differs from the recomputed one')
        for e in rules.neg_errors(data, prior, kind, q):
            err(i, e)
        if kind in rows_neg.HAND:
            if (q, m.group('desc')) not in rows_neg.HAND[kind]:
                err(i, 'query/description not in my lists')
        if kind in ('near_miss', 'shares_one_word'):
            ph = [p for p in rows_neg.THEME_PHRASES if q.endswith(' ' + p)]
            if not ph:
                err(i, 'no known theme phrase at the end')
            else:
                if any(data.tok_count(lib.full(w)) for w in ph[0].split()):
                    err(i, 'theme phrase word in a listed org name')
                head = q[:-len(ph[0]) - 1]
                if kind == 'shares_one_word':
                    if head not in rows_neg.FIRST_WORDS or data.tok_count(lib.full(head)) == 0:
                        err(i, 'shares_one_word first word unknown or not listed')
                else:
                    w = head.lower()
                    if m.group('rw') != w or head != w.capitalize():
                        err(i, 'near-miss query shape / reused word')
                    ent = int(m.group('re') or 0)
                    rec = data.sdn.get(ent)
                    if rec is None or ent not in inset_ents or rec['name'] != m.group('rt'):
                        err(i, 'near-miss target not an in-set target')
                        continue
                    n = data.tok_count(w)
                    if int(m.group('rn')) != n or not (1 <= n <= 3):
                        err(i, 'near-miss reuse count or rarity')
                    if not re.fullmatch(r'[a-z]{4,}', w) or w in lib.FILLER or w in rows_neg.NEAR_STOP:
                        err(i, 'near-miss word shape / filler / stop list')
                    if data.place(w):
                        err(i, 'near-miss word is a place token')
                    if w not in lib.full(rec['name']).split() or len(lib.core(rec['name']).split()) < 2:
                        err(i, 'near-miss word not in the target fold, or target core < 2 words')
                    body, _ = gen.split_legal(rec['name'])
                    if not any(t.rstrip(',').lower() == w and gen.plain(t) and not gen.is_small(t) for t in body):
                        err(i, 'near-miss word not a plain body word')
                    near_words[w] += 1
                    near_targets[ent] += 1

for k in gen.KINDS:
    if k in gen.PER_SHAPE:
        for s, n in shape_n[k].items():
            if n > gen.PER_SHAPE[k]:
                errors.append('kind %s shape %s used %d times (quota %d)' % (k, s, n, gen.PER_SHAPE[k]))
for k, c in items.items():
    for s, n in c.items():
        if n > 1:
            errors.append('kind %s item %s used %d times' % (k, s, n))
for w, n in near_words.items():
    if n > 1:
        errors.append('near-miss word %s used %d times' % (w, n))
for e, n in near_targets.items():
    if n > 1:
        errors.append('near-miss target %d used %d times' % (e, n))
if len(targets) != 156 or any(n > 1 for n in targets.values()):
    errors.append('%d distinct targets (want 156, each once)' % len(targets))
if narc_rows > rules.NARC_CAP:
    errors.append('%d SDNT/SDNTK rows > cap %d' % (narc_rows, rules.NARC_CAP))
if narc_by_kind['abbreviation'] > gen.NARC_MAX_ABBR:
    errors.append('more than %d narcotics abbreviations' % gen.NARC_MAX_ABBR)

for e in errors:
    print(e)
lv = ', '.join('%d at level %d' % (n, l) for l, n in sorted(levels.items()))
if errors:
    print('FAIL: %d errors' % len(errors))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
    len(rows), npos, len(rows) - npos, len(targets), lv, narc_rows, nfiles))
