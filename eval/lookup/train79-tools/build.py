"""Build train79.jsonl (with --write). Prints counts, rejection counts and my own rejected negatives."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rows_neg as N

SEED = 79
d = lib.Data()
pk, pf, uses, nfiles = lib.load_prior(d)
P = lib.pool(d)
pset = set(P)
R = lib.Rules(d, pk, pf, uses, pset)
order = [e for e in P if uses.get(e, 0) in (3, 4)]
random.Random(SEED).shuffle(order)
order.sort(key=lambda e: uses.get(e, 0))

rows, seen_k, seen_f = [], set(), set()
taken, narc_total = set(), 0
rej = defaultdict(Counter)
summary = defaultdict(Counter)
levels = defaultdict(Counter)


def add_seen(kind, q):
    seen_k.add(lib.key(q))
    if kind not in lib.SCRIPT_KINDS:
        seen_f.add(lib.full(q))


for kind in lib.KINDS:
    got, shape_n, narc_n = 0, Counter(), 0
    for e in order:
        if got >= 12:
            break
        if e in taken:
            continue
        prog = d.recs[e]['prog']
        narc = lib.is_narc(prog)
        if kind in gen.NARC_ONLY and not narc:
            continue
        if kind not in gen.NARC_ONLY:
            if narc and (kind not in gen.NARC_SOME or narc_n >= gen.NARC_SOME[kind]):
                continue
        if narc and narc_total >= lib.NARC_CAP:
            continue
        name = d.recs[e]['name']
        for shape, detail, q, item in gen.GEN[kind](e, name, d):
            if kind in gen.ONCE:
                if shape_n[item] >= 1:
                    continue
            elif shape_n[item] >= gen.SHAPE_QUOTA[kind]:
                continue
            errs = R.pos_errors(kind, q, e, seen_k, seen_f)
            if errs:
                for x in errs:
                    rej[kind][x] += 1
                continue
            note = lib.pos_note(kind, shape, detail, prog, uses.get(e, 0), name, e)
            rows.append({'query': q, 'expected': name, 'kind': kind, 'notes': note})
            add_seen(kind, q)
            taken.add(e); got += 1; shape_n[item] += 1
            summary[kind][shape if kind not in gen.ONCE else item] += 1
            levels[kind][uses.get(e, 0)] += 1
            if narc:
                narc_n += 1; narc_total += 1
            break
    print('%-22s %2d  levels %s  narc %d  %s' % (kind, got, dict(levels[kind]), narc_n, dict(summary[kind])))
    if rej[kind]:
        print('    rejections:', dict(rej[kind]))

pos_rows = list(rows)
print('positives', len(pos_rows), 'narcotics', narc_total, 'distinct', len(taken))


def neg_note(cat, desc, q, extra=''):
    return 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))


def take_list(cat, lst):
    n = 0
    for q, desc in lst:
        if n >= lib.NEG_QUOTA[cat]:
            break
        errs = R.neg_errors(cat, q, seen_k, seen_f)
        if errs:
            print('  rejected %s: %r %s' % (cat, q, errs)); continue
        rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': neg_note(cat, desc, q)})
        add_seen(cat, q); n += 1
    print('%-22s %2d' % (cat, n))


take_list('famous_unlisted', N.FAMOUS)
take_list('other_script', N.OTHER_SCRIPT)

# near misses from the in-set targets' rare words
cands = []
rng = random.Random(SEED)
for r in pos_rows:
    e = int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']'))
    for w in set(lib.full_tokens(r['expected'])):
        if len(w) >= 4 and w.isascii() and w.isalpha() and w not in lib.FILLER and w not in N.NEAR_STOP:
            c = d.rare_count(w)
            if 1 <= c <= 3:
                cands.append((c, rng.random(), w, e))
cands.sort()
used_w, used_e, n = set(), set(), 0
for c, _, w, e in cands:
    if n >= 25:
        break
    if w in used_w or e in used_e:
        continue
    q = w.capitalize() + ' ' + N.NEAR_PHRASES[n % len(N.NEAR_PHRASES)]
    errs = R.neg_errors('near_miss', q, seen_k, seen_f)
    if errs:
        print('  rejected near_miss: %r %s' % (q, errs)); continue
    extra = "reuses '%s' (%d listed org names/aliases) from in-set target %s [SDN ent_num %d]; " % (
        w, c, d.recs[e]['name'], e)
    rows.append({'query': q, 'expected': None, 'kind': 'near_miss',
                 'notes': neg_note('near_miss', 'invented theme firm reusing a rare word of an in-set target', q, extra)})
    add_seen('near_miss', q); used_w.add(w); used_e.add(e); n += 1
print('%-22s %2d  (candidates %d)' % ('near_miss', n, len(cands)))
take_list('shares_one_word', N.SHARES)
take_list('generic', N.GENERIC)
take_list('chat_request', N.CHAT)
take_list('person_as_company', N.PERSON)
take_list('brand_product', N.BRAND)
print('rows', len(rows), 'negatives', len(rows) - len(pos_rows))
if '--write' in sys.argv:
    with open(lib.OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', lib.OUT)
