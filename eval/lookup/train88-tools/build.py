"""Builds train88.jsonl: positives kind by kind, then negatives. --write writes the file."""
import json, random, re, sys
from collections import Counter, defaultdict
import lib, gen, rows_neg as RN

d, pk, pf, uses, nfiles, pl = lib.load_all()
R = lib.Rules(d, pk, pf, pl)
rng = random.Random(lib.SEED)
order = sorted(pl)
rng.shuffle(order)
order.sort(key=lambda e: pl[e]['level'])

rows, taken = [], set()
seen_key, seen_full = set(), set()
narc = 0
rej = defaultdict(Counter)
shape_used = defaultdict(Counter)


def repeat_errs(q, script):
    e = []
    if lib.key(q) in seen_key:
        e.append('in-set key')
    if not script and lib.full(q) in seen_full:
        e.append('in-set full fold')
    return e


def add(q, script):
    seen_key.add(lib.key(q))
    if not script:
        seen_full.add(lib.full(q))

for kind in lib.POS_KINDS:
    got = 0
    narc_in_kind = 0
    for ent in order:
        if got == 12:
            break
        p = pl[ent]
        if ent in taken or not lib.level_ok(p):
            continue
        if kind in lib.NARC_ONLY and not p['narc']:
            continue
        if kind not in lib.NARC_ONLY and kind != 'abbreviation' and p['narc']:
            continue
        if kind == 'abbreviation' and p['narc'] and narc_in_kind >= lib.NARC_ABBR_MAX:
            continue
        if p['narc'] and narc >= lib.NARC_CAP:
            continue
        for shape, detail, q in gen.GEN[kind](p):
            if shape_used[kind][shape] >= gen.quota(kind, shape):
                continue
            errs = R.pos_errors(kind, q, ent) + repeat_errs(q, kind == 'script')
            if errs:
                for x in errs:
                    rej[kind][x] += 1
                continue
            variant = shape + (' (%s)' % detail if detail else '')
            assert ';' not in variant
            note = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
                kind, variant, p['program'], p['level'], p['name'], ent)
            rows.append({'query': q, 'expected': p['name'], 'kind': kind, 'notes': note})
            add(q, kind == 'script')
            shape_used[kind][shape] += 1
            taken.add(ent)
            got += 1
            if p['narc']:
                narc += 1; narc_in_kind += 1
            break
    lv = Counter(pl[r_['notes'] and int(re.search(r'ent_num (\d+)', r_['notes']).group(1))]['level'] for r_ in rows if r_['kind'] == kind)
    print('POS %-22s %2d rows; levels %s; narcotics %d; shapes %s' % (kind, got, dict(sorted(lv.items())), narc_in_kind, dict(shape_used[kind])))
for kind in lib.POS_KINDS:
    for reason, n in sorted(rej[kind].items()):
        print('REJ positive %s: %s %d' % (kind, reason, n))

# ---------------------------------------------------------------- negatives
neg_rows = []


def neg(cat, q, desc, extra=''):
    errs = R.neg_errors(cat, q) + repeat_errs(q, cat == 'other_script')
    if errs:
        print('REJECTED negative %s %r: %s' % (cat, q, ', '.join(errs)))
        return False
    note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
    neg_rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
    add(q, cat == 'other_script')
    return True


def fill(cat, lst):
    n = 0
    for q, desc in lst:
        if n == lib.NEG_QUOTA[cat]:
            break
        if neg(cat, q, desc):
            n += 1
    print('NEG %-18s %2d of %d (%d spare(s) unused)' % (cat, n, lib.NEG_QUOTA[cat], len(lst) - n))

fill('famous_unlisted', RN.FAMOUS)
fill('other_script', RN.OTHER_SCRIPT)

# near misses from in-set targets' rare words
pos_ents = [int(re.search(r'ent_num (\d+)', r_['notes']).group(1)) for r_ in rows]
cands = []
for ent in pos_ents:
    name = pl[ent]['name']
    if len(lib.core(name).split()) < 2:
        continue
    for w in sorted(set(lib.full(name).split())):
        if not (w.isascii() and w.isalpha() and len(w) >= 4) or w in lib.FILLER or w in RN.NEAR_STOP:
            continue
        if w in d.place_tokens:
            continue
        if not re.search(r"(?<![A-Za-z'\u2019])%s(?![A-Za-z'\u2019])" % re.escape(w), name, re.I):
            continue
        c = d.tok_count(w)
        if 1 <= c <= 3:
            cands.append((c, w, ent))
rng2 = random.Random(lib.SEED)
rng2.shuffle(cands)
cands.sort(key=lambda x: x[0])
used_w, used_t, n = set(), set(), 0
for c, w, ent in cands:
    if n == lib.NEG_QUOTA['near_miss']:
        break
    if w in used_w or ent in used_t:
        continue
    phrase = RN.THEME_PHRASES[n % len(RN.THEME_PHRASES)]
    q = w.capitalize() + ' ' + phrase
    extra = 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
        w, c, 'name/alias' if c == 1 else 'names/aliases', pl[ent]['name'], ent)
    if neg('near_miss', q, 'invented theme firm named with a rare word of an in-set target', extra):
        used_w.add(w); used_t.add(ent); n += 1
print('NEG near_miss          %2d of 25 (%d candidates)' % (n, len(cands)))

n = 0
for i, first in enumerate(RN.SHARE_FIRST):
    if n == 15:
        break
    if d.tok_count(first.lower()) < 1:
        continue
    q = first + ' ' + RN.THEME_PHRASES[n % len(RN.THEME_PHRASES)]
    if neg('shares_one_word', q, 'invented theme firm: a common listed word plus a theme phrase'):
        n += 1
print('NEG shares_one_word    %2d of 15 (first words left: %s)' % (n, RN.SHARE_FIRST[i + 1:] if n == 15 else []))
fill('generic', RN.GENERIC)
fill('chat_request', RN.CHAT)
fill('person_as_company', RN.PERSON)
fill('brand_product', RN.BRAND)

allrows = rows + neg_rows
lv = Counter(pl[e]['level'] for e in pos_ents)
print('TOTAL %d rows (%d positives, %d negatives); levels %s; narcotics %d; %d earlier files' % (
    len(allrows), len(rows), len(neg_rows), dict(sorted(lv.items())), narc, nfiles))
if '--write' in sys.argv:
    with open(lib.OUT, 'w', encoding='utf-8') as f:
        for r_ in allrows:
            f.write(json.dumps(r_, ensure_ascii=False) + '\n')
    print('WROTE', lib.OUT)
