"""Build train96.jsonl. Usage: python3 build.py [--write]"""
import sys, json, random, collections
import lib, gen, rules, rows_neg as R

SEED = 96
data = lib.Data()
pool = lib.build_pool(data)
prior = lib.load_prior(data)
keys, fulls, uses, nfiles = prior

rng = random.Random(SEED)
order = sorted(pool)
rng.shuffle(order)
order.sort(key=lambda e: uses[e])     # stable: lowest level first

rows = []
set_keys, set_fulls = set(), set()
used = set()
narc_total = 0
narc_abbr = 0
rej = collections.Counter()

def dup(q, kind):
    if lib.key(q) in set_keys:
        return True
    if kind not in ('script', 'other_script') and lib.full(q) in set_fulls:
        return True
    return False

def add_row(q, exp, kind, note):
    rows.append({'query': q, 'expected': exp, 'kind': kind, 'notes': note})
    set_keys.add(lib.key(q))
    if kind not in ('script', 'other_script'):
        set_fulls.add(lib.full(q))

BUILD_ORDER = ['aka', 'case', 'word_order', 'partial', 'legal_form', 'punctuation', 'abbreviation', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
for kind in BUILD_ORDER:
    counts = collections.Counter()
    got = 0
    for ent in order:
        if got >= 12:
            break
        if ent in used:
            continue
        r = pool[ent]
        narc = lib.is_narc(r['program'])
        if not rules.level_ok(r, uses[ent]):
            continue
        if kind in gen.NARC_ONLY and not narc:
            continue
        if kind not in gen.NARC_ONLY and kind not in gen.MIXED and narc:
            continue
        if narc and narc_total >= lib.NARC_CAP:
            continue
        if kind == 'abbreviation' and narc and narc_abbr >= gen.NARC_ABBR_MAX:
            continue
        if kind == 'aka':
            cands = [(gen.AKA[0], q, det) for q, det in gen.g_aka(None, r['name'], data.alts.get(ent, []))]
        else:
            open_shapes = [s for s in gen.shapes(kind) if counts[s] < gen.quota(kind)]
            open_shapes.sort(key=lambda s: counts[s])
            cands = []
            for s in open_shapes:
                res = gen.generate(kind, s, ent, r['name'], data)
                if res:
                    cands.append((s, res[0], res[1]))
        for s, q, det in cands:
            if counts[s] >= gen.quota(kind):
                continue
            errs = rules.pos_errors(kind, q, ent, data, pool, prior)
            if dup(q, kind):
                errs.append('in-set repeat')
            if errs:
                for e in errs:
                    rej[(kind, e)] += 1
                continue
            add_row(q, r['name'], kind, rules.pos_note(kind, s, det, r, uses[ent]))
            counts[s] += 1; got += 1; used.add(ent)
            if narc:
                narc_total += 1
                if kind == 'abbreviation':
                    narc_abbr += 1
            print('POS %-20s L%d %-45.45s | %s | %.40s' % (kind, uses[ent], s, q, r['name']))
            break
    unused = [s for s in gen.shapes(kind) if counts[s] == 0]
    print('KIND %s %d; unused: %s' % (kind, got, ', '.join(unused) if gen.quota(kind) == 1 else '-'))

# ---------------------------------------------------------------- negatives
def take(cat, items):
    n = 0
    for item in items:
        if n >= rules.NEG_QUOTA[cat]:
            break
        q, desc = item
        errs = rules.neg_errors(cat, q, data, prior)
        if dup(q, cat):
            errs.append('in-set repeat')
        if errs:
            print('NEGREJ %s %s: %s' % (cat, q, ', '.join(errs)))
            continue
        add_row(q, None, cat, rules.neg_note(cat, desc, q, data))
        print('NEG %-18s %s' % (cat, q))
        n += 1
    return n

take('famous_unlisted', R.FAMOUS)
take('other_script', R.OTHER_SCRIPT)

# near misses from the in-set targets' rare words
targets = [pool[e] for e in used]
cand = []
for r in sorted(targets, key=lambda r: r['ent']):
    if len(lib.core_tokens(r['name'])) < 2:
        continue
    body, _ = gen.split_legal(r['name'])
    ftoks = set(lib.full_tokens(r['name']))
    for t in body:
        w = t.rstrip(',')
        lw = w.lower()
        if not (w.isascii() and w.isalpha() and len(w) >= 4):
            continue
        if lw in gen.SMALL or lw in lib.FILLER or lw in gen.EXTRA_SMALL or gen.is_legal_tok(w):
            continue
        if lw not in ftoks or lw in data.place_tokens or lw in R.NEAR_STOP:
            continue
        n = data.tok_count(lw)
        if 1 <= n <= 3:
            cand.append((n, lw, r['ent']))
rng2 = random.Random(SEED)
rng2.shuffle(cand)
cand.sort(key=lambda x: x[0])
nm = 0; used_w = set(); used_t = set()
for n, w, ent in cand:
    if nm >= rules.NEG_QUOTA['near_miss']:
        break
    if w in used_w or ent in used_t:
        continue
    phrase, subj = R.NEAR_PHRASES[nm % len(R.NEAR_PHRASES)]
    q = w.capitalize() + ' ' + phrase
    errs = rules.neg_errors('near_miss', q, data, prior)
    if dup(q, 'near_miss'):
        errs.append('in-set repeat')
    if errs:
        print('NEGREJ near_miss %s: %s' % (q, ', '.join(errs)))
        continue
    desc = 'invented %s name reusing a rare word of an in-set target' % subj
    add_row(q, None, 'near_miss', rules.neg_note('near_miss', desc, q, data, rules.reuse_text(w, n, pool[ent])))
    used_w.add(w); used_t.add(ent); nm += 1
    print('NEG %-18s %s' % ('near_miss', q))

take('shares_one_word', [('%s %s' % (f, p), d) for f, p, d in R.SHARES])
take('generic', R.GENERIC)
take('chat_request', R.CHAT)
take('person_as_company', R.PERSON)
take('brand_product', R.BRAND)

npos = sum(1 for r in rows if r['expected'])
print('REJ', '; '.join('%s/%s %d' % (k, e, n) for (k, e), n in sorted(rej.items())))
print('TOTAL %d rows, %d positives, %d negatives, %d narcotics, earlier files %d' % (len(rows), npos, len(rows) - npos, narc_total, nfiles))
if '--write' in sys.argv:
    with open(lib.OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('WROTE', lib.OUT)
