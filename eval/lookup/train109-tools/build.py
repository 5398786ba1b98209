"""train109 build. python3 build.py [--write]  (logs to stdout)"""
import sys, json, random, collections
import lib, gen, rules, rows_neg

SEED = 109
BUILD_ORDER = ['legal_form', 'punctuation', 'abbreviation', 'partial', 'word_order', 'case', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']

data = lib.Data()
keys, folds, uses, nfiles = lib.load_prior(data)
prior = (keys, folds, uses)
pool = data.pool()
ents = sorted(pool)
random.Random(SEED).shuffle(ents)
ents.sort(key=lambda e: uses[e])
print('earlier files', nfiles, 'pool', len(pool))

inset_keys, inset_folds = set(), set()
used = set()
rows = {k: [] for k in gen.KINDS}
narc_n = 0
rej = {k: collections.Counter() for k in gen.KINDS}


def allowed(kind, narc, nrows_narc):
    if kind in gen.NARC_ONLY:
        return narc
    if kind == 'abbreviation':
        return (not narc) or nrows_narc < gen.NARC_MAX_ABBR
    return not narc  # case, aka, typo, ... : non-narcotics (case: the brief's exception, all 12)


def item_of(kind, shape, detail):
    if kind == 'abbreviation':
        return detail.split('`')[1]
    if kind == 'aka':
        return detail
    return shape


for kind in BUILD_ORDER:
    shape_n = collections.Counter()
    items = set()
    nn = 0
    for ent in ents:
        if len(rows[kind]) == 12:
            break
        if ent in used:
            continue
        rec = data.sdn[ent]
        narc = lib.is_narc(rec['program'])
        if not lib.level_ok(uses[ent], narc) or not allowed(kind, narc, nn):
            continue
        if narc and narc_n >= rules.NARC_CAP:
            continue
        cands = gen.candidates(data, ent, kind)
        order = {s: i for i, s in enumerate(gen.SHAPES[kind])}
        cands.sort(key=lambda c: (shape_n[c[0]], order.get(c[0], 99)))
        for shape, detail, q in cands:
            if kind in gen.PER_SHAPE and shape_n[shape] >= gen.PER_SHAPE[kind]:
                continue
            if kind in gen.ONCE_KINDS or kind in ('abbreviation', 'aka'):
                if item_of(kind, shape, detail) in items:
                    continue
            errs = rules.pos_errors(data, prior, pool, kind, ent, shape, detail, q)
            k, f = lib.key(q), lib.full(q)
            if k in inset_keys or (kind != 'script' and f in inset_folds):
                errs.append('in-set repeat')
            if errs:
                for e in errs:
                    rej[kind][e] += 1
                continue
            rows[kind].append((ent, shape, detail, q))
            shape_n[shape] += 1
            items.add(item_of(kind, shape, detail))
            inset_keys.add(k)
            if kind != 'script':
                inset_folds.add(f)
            used.add(ent)
            if narc:
                narc_n += 1
                nn += 1
            print('POS', kind, 'L%d' % uses[ent], 'N' if narc else 'O', ent, rec['name'], '|', q, '|',
                  gen.variant(shape, detail))
            break
    print('KIND', kind, len(rows[kind]), 'rejections', dict(rej[kind]))
    if kind in gen.ONCE_KINDS or kind == 'abbreviation':
        allitems = gen.SHAPES[kind] if kind != 'abbreviation' else list(gen.ABBR.values())
        print('UNUSED', kind, [x for x in allitems if x not in items])

# ---------------------------------------------------------------- negatives
neg = {c: [] for c in rules.NEG_QUOTA}


def try_neg(cat, q, desc, reuse=None):
    errs = rules.neg_errors(data, prior, cat, q)
    k, f = lib.key(q), lib.full(q)
    if k in inset_keys or (cat != 'other_script' and f in inset_folds):
        errs.append('in-set repeat')
    if errs:
        print('NEGREJ', cat, q, errs)
        return False
    inset_keys.add(k)
    if cat != 'other_script':
        inset_folds.add(f)
    neg[cat].append((q, rules.neg_note(data, cat, desc, q, reuse)))
    return True


for cat in ['famous_unlisted', 'other_script', 'generic', 'chat_request', 'person_as_company', 'brand_product']:
    lst = rows_neg.HAND[cat]
    for q, desc in lst:
        if len(neg[cat]) == rules.NEG_QUOTA[cat]:
            break
        try_neg(cat, q, desc)
    spare = [q for q, _ in lst if q not in [x[0] for x in neg[cat]]]
    print('NEG', cat, len(neg[cat]), 'spares', spare)

k = 0
for fw in rows_neg.FIRST_WORDS:
    if len(neg['shares_one_word']) == rules.NEG_QUOTA['shares_one_word']:
        break
    if data.tok_count(lib.full(fw)) == 0:
        print('SKIPFW', fw)
        continue
    ph = rows_neg.THEME_PHRASES[k % len(rows_neg.THEME_PHRASES)]
    if try_neg('shares_one_word', fw + ' ' + ph,
               'an invented %s named with a common listed word' % rows_neg.SUBJECT_OF[ph]):
        k += 1
print('NEG shares_one_word', len(neg['shares_one_word']), 'not needed',
      rows_neg.FIRST_WORDS[rows_neg.FIRST_WORDS.index(neg['shares_one_word'][-1][0].split()[0]) + 1:])


def near_words(ent):
    rec = data.sdn[ent]
    body, legal = gen.split_legal(rec['name'])
    if len(lib.core(rec['name']).split()) < 2:
        return []
    fold_toks = set(lib.full(rec['name']).split())
    out = []
    for t in body:
        t = t.rstrip(',')
        w = t.lower()
        if not gen.plain(t) or gen.is_small(t) or len(w) < 4 or w in lib.FILLER:
            continue
        if w not in fold_toks or data.place(w):
            continue
        n = data.tok_count(w)
        if 1 <= n <= 3:
            out.append((n, w))
    return out


inset = [e for kind in gen.KINDS for e, _, _, _ in rows[kind]]
cands = []
for ent in inset:
    for n, w in near_words(ent):
        cands.append((n, w, ent))
random.Random(SEED).shuffle(cands)
cands.sort(key=lambda c: c[0])
wused, tused = set(), set()
k = 0
for n, w, ent in cands:
    if len(neg['near_miss']) == rules.NEG_QUOTA['near_miss']:
        break
    if w in wused or ent in tused or w in rows_neg.NEAR_STOP:  # stop list applied after the shuffle
        continue
    ph = rows_neg.THEME_PHRASES[k % len(rows_neg.THEME_PHRASES)]
    q = w.capitalize() + ' ' + ph
    rec = data.sdn[ent]
    if try_neg('near_miss', q, 'an invented %s named with a rare word of an in-set target' % rows_neg.SUBJECT_OF[ph],
               (w, n, rec['name'], ent)):
        wused.add(w)
        tused.add(ent)
        k += 1
print('NEG near_miss', len(neg['near_miss']))
nf = sum(len(v) for v in neg.values())
npos = sum(len(v) for v in rows.values())
print('TOTAL positives', npos, 'negatives', nf, 'narcotics', narc_n)

if '--write' in sys.argv:
    with open(lib.BASE + '/train109.jsonl', 'w', encoding='utf-8') as f:
        for kind in gen.KINDS:
            for ent, shape, detail, q in rows[kind]:
                rec = data.sdn[ent]
                note = rules.pos_note(kind, shape, detail, rec['program'], uses[ent], rec['name'], ent)
                f.write(json.dumps({'query': q, 'expected': rec['name'], 'kind': kind, 'notes': note},
                                   ensure_ascii=False) + '\n')
        for cat in rules.NEG_QUOTA:
            for q, note in neg[cat]:
                f.write(json.dumps({'query': q, 'expected': None, 'kind': cat, 'notes': note},
                                   ensure_ascii=False) + '\n')
    print('WROTE', npos + nf)
