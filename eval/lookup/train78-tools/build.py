"""Builds train78.jsonl. Prints counts, shapes, rejection counts, and own rejected negatives only."""
import json, random, sys
from collections import Counter, defaultdict
from lib import (Data, load_prior, pool, Rules, is_narc, key, full, full_tokens, POS_KINDS, NEG_QUOTA, NARC_CAP,
                 OUT, FILLER)
import gen, rows_neg as RN

d = Data()
pk, pf, uses, nfiles = load_prior(d)
P = pool(d)
R = Rules(d, pk, pf, uses, P)
cands = [e for e in P if 3 <= uses.get(e, 0) <= 4]
cands.sort()
random.Random(78).shuffle(cands)
cands.sort(key=lambda e: uses.get(e, 0))

NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NARC_MAX = {'abbreviation': 2}
SHAPE_Q = {'partial': 4, 'word_order': 4, 'punctuation': 3, 'typo': 2, 'case': 4, 'transliteration': 6, 'script': 6}
ITEM_ONCE = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}
ORDER = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']

def gens(kind, e):
    r = P[e]; n = r['name']; c = d.city.get(e)
    if kind == 'aka':
        for a in d.alts.get(e, []):
            yield 'own alt.csv alias', None, a
    elif kind == 'parent_vs_subsidiary':
        yield from gen.g_parent(n, c)
    elif kind == 'messy':
        yield from gen.g_messy(n, c)
    else:
        yield from getattr(gen, 'g_' + kind)(n)

def item_of(kind, shape, detail):
    if kind == 'legal_form':
        return detail
    if kind == 'abbreviation':
        return detail.split(' for ')[0]
    if kind == 'translation':
        return detail.split(':')[0]
    if kind == 'parent_vs_subsidiary':
        return detail
    if kind == 'messy':
        return shape
    return shape

rows, taken, tkeys, tfulls = [], set(), set(), set()
rej = defaultdict(Counter)
narc_n = 0
for kind in ORDER:
    got, shape_n, items, kind_narc = [], Counter(), set(), 0
    for e in cands:
        if len(got) == 12:
            break
        if e in taken:
            continue
        nar = is_narc(P[e]['program'])
        if kind in NARC_ONLY and not nar:
            continue
        if kind not in NARC_ONLY and nar and (kind not in NARC_MAX or kind_narc >= NARC_MAX[kind]):
            continue
        if nar and narc_n >= NARC_CAP:
            continue
        for shape, detail, q in gens(kind, e):
            it = item_of(kind, shape, detail)
            if kind in ITEM_ONCE and it in items:
                continue
            if kind in SHAPE_Q and shape_n[shape] >= SHAPE_Q[kind]:
                continue
            errs = R.pos_errors(kind, q, e, tkeys, tfulls)
            if errs:
                for x in errs:
                    rej[kind][x] += 1
                continue
            variant = shape + (' (%s)' % detail if detail else '')
            note = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
                kind, variant, P[e]['program'], uses.get(e, 0), P[e]['name'], e)
            got.append({'query': q, 'expected': P[e]['name'], 'kind': kind, 'notes': note})
            taken.add(e); tkeys.add(key(q)); tfulls.add(full(q)); shape_n[shape] += 1; items.add(it)
            if nar:
                narc_n += 1; kind_narc += 1
            break
    print('%-22s %2d  %s' % (kind, len(got), dict(shape_n) if kind in SHAPE_Q else sorted(items) if kind in ITEM_ONCE else ''))
    rows.extend(got)

print('positives', len(rows), 'narcotics', narc_n)
print('levels', Counter(uses.get(int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']')), 0) for r in rows))
for k in ORDER:
    if rej[k]:
        print('rejected', k, dict(rej[k]))

# ---------------- negatives
negs = []
def add_neg(cat, q, desc, extra=''):
    errs = R.neg_errors(cat, q, tkeys, tfulls)
    if errs:
        print('rejected negative', cat, repr(q), errs)
        return False
    note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
    negs.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
    tkeys.add(key(q)); tfulls.add(full(q))
    return True

def fill(cat, items):
    n = 0
    for q, desc in items:
        if n == NEG_QUOTA[cat]:
            break
        if add_neg(cat, q, desc):
            n += 1
    print('%-18s %d' % (cat, n))

fill('famous_unlisted', [(q, 'real %s (from memory), not in these 2019 list files' % ds) for q, ds in RN.FAMOUS])
fill('other_script', [(q, '%s, invented %s' % (lang, ds)) for q, lang, ds in RN.OTHER_SCRIPT])
# near misses
tgt = [(int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']')), r['expected']) for r in rows]
opts = []
for e, n in tgt:
    for w in dict.fromkeys(full_tokens(n)):
        if len(w) >= 4 and w.isascii() and w.isalpha() and w not in FILLER and w not in RN.NEAR_STOP:
            c = len(d.tok_org.get(w, ()))
            if 1 <= c <= 3:
                opts.append((c, w, e, n))
rnd = random.Random(78)
rnd.shuffle(opts)
opts.sort(key=lambda x: x[0])
usedw, usede, nn = set(), set(), 0
for c, w, e, n in opts:
    if nn == NEG_QUOTA['near_miss']:
        break
    if w in usedw or e in usede:
        continue
    ph = RN.NEAR_PHRASES[nn % len(RN.NEAR_PHRASES)]
    q = '%s %s' % (w.capitalize(), ph)
    extra = "reuses word '%s' (%d listed org names/aliases) from in-set target %s [SDN ent_num %d]; " % (w, c, n, e)
    if add_neg('near_miss', q, 'invented theme firm named with a rare word of an in-set target', extra):
        usedw.add(w); usede.add(e); nn += 1
print('%-18s %d' % ('near_miss', nn))
fill('shares_one_word', [(q, 'invented theme firm with one common word') for q in RN.SHARES_ONE])
fill('generic', [(q, 'generic theme question, not a firm') for q in RN.GENERIC if not q.startswith('spare')])
fill('chat_request', [(q, '%s chat asking about an invented theme firm' % lang) for q, lang in RN.CHAT])
fill('person_as_company', [(q, 'invented person-named theme firm (%s)' % ds) for q, ds in RN.PERSON if ds != 'spare'] + [(q, 'invented person-named theme firm') for q, ds in RN.PERSON if ds == 'spare'])
fill('brand_product', [(q, 'product (from memory): %s, not a firm' % ds) for q, ds in RN.BRAND])
print('negatives', len(negs))
if '--write' in sys.argv:
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows + negs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', OUT, len(rows) + len(negs))
