"""builds train83.jsonl (with --write); prints counts, levels, rejection counts and rejected negatives only"""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rows_neg

data, prior, pl, rules = lib.load_all()
keys, fulls, uses, nfiles = prior
rnd = random.Random(lib.SEED)
order = sorted(pl)
rnd.shuffle(order)
order = [e for e in order if pl[e] >= 3]
order.sort(key=lambda e: pl[e])  # stable: lowest level first

NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
rows, taken = [], {}
set_keys, set_fulls = set(), set()
narc = 0
rej = defaultdict(Counter)


def dup(q, kind_script):
    return lib.key(q) in set_keys or (not kind_script and lib.full(q) in set_fulls)


def add_q(q, kind_script):
    set_keys.add(lib.key(q))
    if not kind_script:
        set_fulls.add(lib.full(q))


for kind in lib.KINDS:
    cnt, shapes, items, knarc = 0, Counter(), set(), 0
    quota = gen.QUOTA.get(kind)
    for e in order:
        if cnt == 12:
            break
        if e in taken:
            continue
        rec = data.rec[e]
        isn = lib.is_narc(rec['prog'])
        if kind in NARC_ONLY and not isn:
            continue
        if kind not in NARC_ONLY and kind != 'abbreviation' and isn:
            continue
        if kind == 'abbreviation' and isn and knarc >= 2:
            continue
        if isn and narc >= lib.NARC_CAP:
            continue
        for shape, detail, q, item in gen.GEN[kind](rec, data):
            if quota and shapes[shape] >= quota[shape]:
                continue
            if item is not None and item in items:
                continue
            errs = rules.pos_errors(kind, q, rec)
            if dup(q, kind == 'script'):
                errs.append('in-set repeat')
            if errs:
                for x in errs:
                    rej[kind][x] += 1
                continue
            rows.append({'query': q, 'expected': rec['name'], 'kind': kind,
                         'notes': lib.note_pos(kind, shape, detail, rec, pl[e])})
            add_q(q, kind == 'script')
            taken[e] = kind
            shapes[shape] += 1
            if item is not None:
                items.add(item)
            cnt += 1
            if isn:
                narc += 1
                knarc += 1
            break
    lv = Counter(pl[e] for e, k in taken.items() if k == kind)
    print('%-22s %2d  levels %s  narc %d  shapes %s' % (kind, cnt, dict(sorted(lv.items())), knarc,
                                                       dict(shapes) if quota else sorted(items)))

print('positives', len(rows), 'SDNT/SDNTK', narc)
for k in rej:
    print('rejections', k, dict(rej[k]))

# ---------------------------------------------------------------- negatives
neg_rows = []


def neg_note(cat, desc, q, extra=''):
    return 'not listed: %s; %s; %s%s' % (cat, desc, extra, data.shared_words(q))


def take(cat, items, quota):
    n = 0
    for q, desc in items:
        if n == quota:
            break
        errs = rules.neg_errors(cat, q)
        if dup(q, cat == 'other_script'):
            errs.append('in-set repeat')
        if errs:
            print('REJECTED', cat, q, errs)
            continue
        neg_rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': neg_note(cat, desc, q)})
        add_q(q, cat == 'other_script')
        n += 1
    print('%-18s %d' % (cat, n))


SUBJ = {'Cricket Batmakers': 'cricket-bat maker', 'Fly Tyers': 'fly-tying workshop', 'Drystone Wallers': 'dry-stone waller',
        'Geocaching Adventures': 'geocaching club', 'Spelunking Guides': 'caving-guide firm', 'Treetop Ropeways': 'treetop ropes park'}

take('famous_unlisted', [(q, d + ', not on these lists') for q, d in rows_neg.FAMOUS], 25)
take('other_script', [(q, d) for q, d in rows_neg.OTHER_SCRIPT], 18)

# near misses
cand_t = [r for r in rows]
nm_rnd = random.Random(lib.SEED)
words_used, targets_used, n = set(), set(), 0
pos_targets = []
for r in rows:
    e = lib.NOTE_RE.match(r['notes']).group('ent')
    pos_targets.append((e, r['expected']))
nm_rnd.shuffle(pos_targets)
options = []
for e, name in pos_targets:
    ws = [w for w in dict.fromkeys(lib.full_tokens(name)) if len(w) >= 4 and w.isascii() and w.isalpha()
          and w not in lib.FILLER and w not in rows_neg.NEAR_STOP]
    ws = [(data.tok_count(w), w) for w in ws if 1 <= data.tok_count(w) <= 3]
    if ws:
        c, w = min(ws)
        options.append((c, nm_rnd.random(), w, e, name))
options.sort()
for c, _, w, e, name in options:
    if n == 25:
        break
    if w in words_used or e in targets_used:
        continue
    ph = rows_neg.PHRASES[n % 6]
    q = w.capitalize() + ' ' + ph
    errs = rules.neg_errors('near_miss', q)
    if dup(q, False):
        errs.append('in-set repeat')
    if errs:
        print('REJECTED near_miss', q, errs)
        continue
    lab = 'listed org name/alias' if c == 1 else 'listed org names/aliases'
    extra = 'reused word: %s (%d %s) from in-set target %s [SDN ent_num %s]; ' % (w, c, lab, name, e)
    neg_rows.append({'query': q, 'expected': None, 'kind': 'near_miss',
                     'notes': neg_note('near_miss', 'invented %s with a rare word of an in-set target' % SUBJ[ph], q, extra)})
    add_q(q, False)
    words_used.add(w); targets_used.add(e); n += 1
print('%-18s %d' % ('near_miss', n))

share = []
for i, f in enumerate(rows_neg.SHARE_FIRST):
    ph = rows_neg.PHRASES[i % 6]
    share.append((f + ' ' + ph, 'invented %s sharing one common listed word' % SUBJ[ph]))
take('shares_one_word', share, 15)
take('generic', rows_neg.GENERIC, 15)
take('chat_request', [(q, 'chat request in %s about an invented theme firm' % l) for q, l in rows_neg.CHAT], 25)
take('person_as_company', rows_neg.PERSON, 12)
take('brand_product', [(q, d + ', not a company name') for q, d in rows_neg.BRAND], 10)

allrows = rows + neg_rows
print('rows', len(allrows), 'negatives', len(neg_rows))
if '--write' in sys.argv:
    with open(lib.OUT, 'w', encoding='utf-8') as fh:
        for r in allrows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written', lib.OUT)
