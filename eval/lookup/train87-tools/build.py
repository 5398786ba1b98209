"""Build train87.jsonl. Prints counts, levels and rejection counts only (never an earlier row)."""
import sys, json, random, collections
import lib, gen, rows_neg
from lib import key, full

WRITE = '--write' in sys.argv
d, pk, pf, uses, nf, pl = lib.load_all()
R = lib.Rules(d, pk, pf, uses, pl)
order = sorted(pl)
random.Random(lib.SEED).shuffle(order)
rank = {e: i for i, e in enumerate(order)}
rows, taken, ukeys, ufulls = [], set(), set(), set()
narc_total = 0
rej = collections.defaultdict(collections.Counter)
print('earlier files %d; pool %d' % (nf, len(pl)))

def in_set_errs(kind, q):
    e = []
    if key(q) in ukeys:
        e.append('in-set key')
    if kind not in ('script', 'other_script') and full(q) in ufulls:
        e.append('in-set full')
    return e

def add(q, kind):
    ukeys.add(key(q))
    if kind not in ('script', 'other_script'):
        ufulls.add(full(q))

for kind in lib.POS_KINDS:
    quota = gen.QUOTA[kind]
    sc, items, got, narc_here = collections.Counter(), set(), 0, 0
    cands = []
    for e in order:
        r = d.sdn[e]
        narc = lib.is_narc(r['program'])
        if not (lib.min_level(r['program']) <= pl[e] <= lib.MAX_LEVEL):
            continue
        if kind in lib.NARC_KINDS and not narc:
            continue
        if kind not in lib.NARC_KINDS and kind != 'abbreviation' and narc:
            continue
        cands.append(e)
    cands.sort(key=lambda e: (pl[e], rank[e]))
    for e in cands:
        if got >= 12:
            break
        if e in taken:
            continue
        r = d.sdn[e]
        narc = lib.is_narc(r['program'])
        if narc and (narc_total >= lib.NARC_CAP or (kind == 'abbreviation' and narc_here >= 2)):
            continue
        for shape, detail, item, q in gen.GEN[kind](r, d.city.get(e)):
            if sc[shape] >= quota.get(shape, 0):
                continue
            if item is not None and item in items:
                continue
            errs = R.pos_errors(kind, q, e) + in_set_errs(kind, q)
            if errs:
                for x in errs:
                    rej[kind][x] += 1
                continue
            sc[shape] += 1
            if item is not None:
                items.add(item)
            taken.add(e); add(q, kind); got += 1
            if narc:
                narc_total += 1; narc_here += 1
            rows.append({'query': q, 'expected': r['name'], 'kind': kind,
                         'notes': lib.pos_note(kind, shape, detail, r['program'], pl[e], r['name'], e)})
            break
    lv = collections.Counter(pl[x['notes'] and int(x['notes'].rsplit('ent_num ', 1)[1].rstrip(']'))] for x in rows if x['kind'] == kind)
    print('%-22s %2d rows; levels %s; narcotics %d; shapes %s' % (kind, got, dict(sorted(lv.items())), narc_here,
          dict(sc) if kind not in gen.ITEM_KINDS else len(items)))
    if rej[kind]:
        print('   rejections: %s' % dict(rej[kind]))

# ---------------- negatives ----------------
def neg_row(cat, q, desc, extra=''):
    return {'query': q, 'expected': None, 'kind': cat,
            'notes': 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))}

def take(cat, items):
    n = 0
    for q, desc in items:
        if n >= lib.NEG_QUOTA[cat]:
            break
        if desc.startswith('spare: '):
            desc = desc[7:]
        errs = R.neg_errors(cat, q) + in_set_errs(cat, q)
        if errs:
            print('REJECTED %s %r: %s' % (cat, q, errs)); continue
        add(q, cat); rows.append(neg_row(cat, q, desc)); n += 1
    print('%-22s %2d rows' % (cat, n))

take('famous_unlisted', rows_neg.FAMOUS)
take('other_script', [(q, '%s, %s' % (lang, desc.replace('spare: ', ''))) for q, lang, desc in rows_neg.OTHER_SCRIPT])
# near misses
pos_targets = [(int(x['notes'].rsplit('ent_num ', 1)[1].rstrip(']')), x['expected']) for x in rows if x['expected']]
cw = []
for e, name in pos_targets:
    for w in set(lib.full_tokens(name)):
        if len(w) >= 4 and w.isascii() and w.isalpha() and w not in lib.FILLER and w not in rows_neg.NEAR_STOP:
            c = d.tok_count(w)
            if 1 <= c <= 3:
                cw.append((c, w, e, name))
rng = random.Random(lib.SEED)
rng.shuffle(cw)
cw.sort(key=lambda t: t[0])
n, used_w, used_t = 0, set(), set()
for c, w, e, name in cw:
    if n >= lib.NEG_QUOTA['near_miss']:
        break
    if w in used_w or e in used_t:
        continue
    ph = rows_neg.THEME_PHRASES[n % len(rows_neg.THEME_PHRASES)]
    q = '%s %s' % (w.capitalize(), ph)
    errs = R.neg_errors('near_miss', q) + in_set_errs('near_miss', q)
    if errs:
        print('REJECTED near_miss %r: %s' % (q, errs)); continue
    used_w.add(w); used_t.add(e); add(q, 'near_miss'); n += 1
    extra = 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (w, c, 'name/alias' if c == 1 else 'names/aliases', name, e)
    rows.append(neg_row('near_miss', q, 'invented theme firm named with a rare word of an in-set target', extra))
print('%-22s %2d rows (word counts %s)' % ('near_miss', n, dict(collections.Counter(r['notes'].split('reused word: ')[1].split('(')[1].split(' ')[0] for r in rows if r['kind'] == 'near_miss'))))
sw = []
for i, f in enumerate(rows_neg.SHARE_FIRST):
    sw.append(('%s %s' % (f, rows_neg.THEME_PHRASES[i % len(rows_neg.THEME_PHRASES)]), 'invented theme firm with one common listed word'))
take('shares_one_word', sw)
take('generic', rows_neg.GENERIC)
take('chat_request', [(q, '%s chat request to check an invented theme firm' % lang.replace('spare: ', '')) for q, lang in rows_neg.CHAT])
take('person_as_company', rows_neg.PERSON)
take('brand_product', rows_neg.BRAND)

pos = [r for r in rows if r['expected']]
print('TOTAL %d rows, %d positives, %d negatives; narcotics %d; levels %s' % (
    len(rows), len(pos), len(rows) - len(pos), narc_total,
    dict(collections.Counter(pl[int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']'))] for r in pos))))
if WRITE:
    with open(lib.OUT, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', lib.OUT)
