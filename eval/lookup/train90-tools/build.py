"""Build train90.jsonl. Usage: python3 build.py [--write]"""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rows_neg
from lib import key, full, note

d, prior, ps, R = lib.setup()
keys, fulls, uses, nfiles = prior
rng = random.Random(lib.SEED)
order = sorted(ps)
rng.shuffle(order)
order.sort(key=lambda e: uses[e])  # stable: lowest level first

rows, taken = [], set()
seen_key, seen_full = set(), set()
narc_n = 0
rej = defaultdict(Counter)
log = []

def fresh(q, script):
    if key(q) in seen_key:
        return False
    if not script and full(q) in seen_full:
        return False
    return True

def add_seen(q, script):
    seen_key.add(key(q))
    if not script:
        seen_full.add(full(q))

for kind in lib.POS_KINDS:
    quota = gen.QUOTA[kind]
    used_shape = Counter()
    got = 0
    abbr_narc = 0
    for e in order:
        if got == 12:
            break
        if e in taken:
            continue
        nar = d.narc(e)
        if kind in lib.NARC_ONLY and not nar:
            continue
        if kind in lib.NON_NARC and nar:
            continue
        if nar and narc_n >= lib.NARC_CAP:
            continue
        if kind == 'abbreviation' and nar and abbr_narc >= 2:
            continue
        if not lib.level_ok(d, e, uses[e]):
            continue
        for shape, detail, q in gen.GEN[kind](d, e):
            if used_shape[shape] >= quota.get(shape, 0):
                continue
            errs = R.pos_errors(q, kind, e)
            if not fresh(q, kind == 'script'):
                errs.append('in-set repeat')
            if errs:
                for x in errs:
                    rej[kind][x] += 1
                continue
            rec = d.rec[e]
            rows.append({'query': q, 'expected': rec['name'], 'kind': kind,
                         'notes': note(kind, shape, detail, rec['program'], uses[e], rec['name'], e)})
            add_seen(q, kind == 'script')
            used_shape[shape] += 1
            taken.add(e)
            got += 1
            if nar:
                narc_n += 1
                if kind == 'abbreviation':
                    abbr_narc += 1
            break
    lv = Counter(uses[int(lib.NOTE_RE.match(r['notes']).group('ent'))] for r in rows if r['kind'] == kind)
    log.append('POS %s: %d rows; levels %s; shapes %s' % (kind, got, dict(sorted(lv.items())), dict(used_shape)))

# ---------------- negatives ----------------
neg = []
def try_neg(cat, q, desc, extra=''):
    errs = R.neg_errors(q, cat)
    if not fresh(q, cat == 'other_script'):
        errs.append('in-set repeat')
    if errs:
        log.append('REJ negative %s %r: %s' % (cat, q, errs))
        return False
    n = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
    neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': n})
    add_seen(q, cat == 'other_script')
    return True

def fill(cat, items):
    n = 0
    for q, desc in items:
        if n == lib.NEG_QUOTA[cat]:
            break
        if try_neg(cat, q, desc):
            n += 1
    log.append('NEG %s: %d' % (cat, n))

fill('famous_unlisted', [(q, 'real name (written from memory), ' + ds + ', not on these 2019 lists') for q, ds in rows_neg.FAMOUS])
fill('other_script', [(q, 'invented theme firm in ' + l) for q, l in rows_neg.OTHER_SCRIPT])

# near misses
def nm_words():
    out = []
    for r in rows:
        e = int(lib.NOTE_RE.match(r['notes']).group('ent'))
        name = d.rec[e]['name']
        if len(lib.core(name).split()) < 2:
            continue
        plain = set()
        for t in name.replace('-', ' ').split():
            t2 = t.strip(',.()"')
            if t2.isalpha() and t2.isascii() and "'" not in t:
                plain.add(t2.lower())
        for w in set(full(name).split()):
            if (w in plain and len(w) >= 4 and w.isascii() and w.isalpha() and w not in lib.FILLER
                    and w not in d.place_tokens and w not in rows_neg.NEAR_STOP):
                c = d.tok_count(w)
                if 1 <= c <= 3:
                    out.append((c, w, e))
    rng2 = random.Random(lib.SEED)
    rng2.shuffle(out)
    out.sort(key=lambda x: x[0])
    return out

n, used_w, used_t, k = 0, set(), set(), 0
for c, w, e in nm_words():
    if n == lib.NEG_QUOTA['near_miss']:
        break
    if w in used_w or e in used_t:
        continue
    phrase = rows_neg.THEME_PHRASES[k % len(rows_neg.THEME_PHRASES)]
    q = w.capitalize() + ' ' + phrase
    extra = 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
        w, c, 'name/alias' if c == 1 else 'names/aliases', d.rec[e]['name'], e)
    if try_neg('near_miss', q, 'invented %s club named with a rare word of an in-set target' % phrase.lower(), extra):
        n += 1; k += 1; used_w.add(w); used_t.add(e)
log.append('NEG near_miss: %d' % n)

fill('shares_one_word', [(fw + ' ' + rows_neg.THEME_PHRASES[i % 6], 'invented theme club with one common listed word')
                         for i, fw in enumerate(rows_neg.SHARES_FIRST)])
fill('generic', [(q, 'generic question about the theme sport or game') for q in rows_neg.GENERIC])
fill('chat_request', [(q, 'chat request in %s about an invented theme firm' % l) for l, q in rows_neg.CHAT])
fill('person_as_company', [(q, 'invented person name plus theme business') for q in rows_neg.PERSON])
fill('brand_product', [(q, 'theme product (brand written from memory)') for q in rows_neg.BRAND])

allrows = rows + neg
log.append('TOTAL %d rows: %d positives (%d SDNT/SDNTK), %d negatives' % (len(allrows), len(rows), narc_n, len(neg)))
for kind in rej:
    log.append('REJ positive %s: %s' % (kind, dict(rej[kind])))
print('\n'.join(log))
if '--write' in sys.argv:
    with open(lib.OUT, 'w', encoding='utf-8') as f:
        for r in allrows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('WROTE', lib.OUT)
