"""Builds train76.jsonl. Prints counts, rejection counts and my own rejected negatives only."""
import json, random, sys
from collections import Counter, defaultdict
from lib import Data, load_prior, pool, is_narc, Rules, NARC_CAP, KINDS, NEG_QUOTA, OUT, full, FILLER
import gen, rows_neg as RN

SEED = 76
d = Data()
prior = load_prior(d)
pl = pool(d)
R = Rules(d, prior, pl)
uses = prior[2]
SHAPE_Q = {'partial': 4, 'word_order': 4, 'punctuation': 3, 'typo': 2, 'case': 4, 'transliteration': 6,
           'script': 6, 'aka': 12}
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
ORDER = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']

ents = sorted(pl)
random.Random(SEED).shuffle(ents)
ents = [e for e in ents if 3 <= uses[e] <= 4]
ents.sort(key=lambda e: uses[e])

rows, taken, narc = [], set(), 0
rej = Counter()


def variants(kind, e):
    nm = d.sdn[e]['name']
    if kind == 'aka':
        for a in d.alts[e]:
            yield 'own alt.csv alias', '', a
        return
    f = getattr(gen, kind)
    if kind in ('parent_vs_subsidiary', 'messy'):
        yield from f(nm, d.city.get(e))
    else:
        yield from f(nm)


def item_of(kind, shape, detail):
    if kind in ('legal_form', 'abbreviation'):
        return detail
    if kind == 'translation':
        return shape
    if kind == 'parent_vs_subsidiary':
        return detail
    return shape


for kind in ORDER:
    used = Counter()
    got = 0
    for e in ents:
        if got == 12:
            break
        if e in taken:
            continue
        nz = is_narc(d.sdn[e]['prog'])
        if kind in NARC_ONLY and not nz:
            continue
        if kind == 'abbreviation' and nz and sum(1 for r in rows if r['kind'] == 'abbreviation' and r['_narc']) >= 2:
            continue
        if kind not in NARC_ONLY and kind != 'abbreviation' and nz:
            continue
        if nz and narc >= NARC_CAP:
            continue
        for shape, detail, q in variants(kind, e):
            it = item_of(kind, shape, detail)
            cap = 1 if kind in ITEM_KINDS else SHAPE_Q[kind]
            if used[it] >= cap:
                continue
            errs = R.pos_errors(kind, q, e, [(r['kind'], r['query']) for r in rows])
            if errs:
                for x in set(errs):
                    rej[(kind, x)] += 1
                continue
            v = d.sdn[e]
            variant = shape + (' (%s)' % detail if detail else '')
            rows.append({'query': q, 'expected': v['name'], 'kind': kind,
                         'notes': '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
                             kind, variant, v['prog'], uses[e], v['name'], e), '_narc': nz, '_e': e})
            used[it] += 1; got += 1; taken.add(e); narc += nz
            break
    print(kind, got, dict(used))

# ---------------- negatives
neg = []


def add_neg(cat, q, desc, extra=''):
    others = [(r['kind'], r['query']) for r in rows + neg]
    errs = R.neg_errors(cat, q, others)
    if errs:
        print('rejected negative', repr(q), cat, errs)
        return False
    note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
    neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
    return True


def fill(cat, items):
    n = 0
    for q, desc in items:
        if n == NEG_QUOTA[cat]:
            break
        if add_neg(cat, q, desc):
            n += 1


fill('famous_unlisted', [(q, 'real organisation on the theme (%s), not on the list' % x) for q, x in RN.FAMOUS])
fill('other_script', [(q, 'invented theme business in %s script' % x) for q, x in RN.OTHER_SCRIPT])
# near misses
cands = []
seen_w = set()
for r in rows:
    e = r['_e']
    for t in sorted(set(full(d.sdn[e]['name']).split())):
        if len(t) < 4 or not t.isascii() or not t.isalpha() or t in FILLER or t in RN.NEAR_STOP:
            continue
        n = len(d.tok_names.get(t, ()))
        if 1 <= n <= 3:
            cands.append((n, t, e))
random.Random(SEED).shuffle(cands)
cands.sort(key=lambda x: x[0])
nm_n, used_t = 0, set()
for n, t, e in cands:
    if nm_n == NEG_QUOTA['near_miss']:
        break
    if t in seen_w or e in used_t:
        continue
    q = '%s %s' % (t.capitalize(), RN.THEME_PHRASES[nm_n % len(RN.THEME_PHRASES)])
    extra = 'reused word %s (%d listed org names/aliases) from in-set target %s [SDN ent_num %d]; ' % (
        t, n, d.sdn[e]['name'], e)
    if add_neg('near_miss', q, 'invented theme business reusing one rare word of an in-set target', extra):
        nm_n += 1; seen_w.add(t); used_t.add(e)
fill('shares_one_word', [(q, 'invented theme business sharing one common word') for q in RN.SHARES])
fill('generic', [(q, 'general question on the theme, no organisation') for q in RN.GENERIC])
fill('chat_request', [(q, 'chat request about an invented theme firm in %s' % x) for q, x in RN.CHAT])
fill('person_as_company', [(q, x) for q, x in RN.PERSON])
fill('brand_product', [(q, 'theme brand product, %s' % x) for q, x in RN.BRAND])

print('positives', len(rows), 'narc', narc, 'levels', dict(Counter(uses[r['_e']] for r in rows)))
print('negatives', len(neg), dict(Counter(r['kind'] for r in neg)))
for k, v in sorted(rej.items()):
    print('rejected', k, v)
if '--write' in sys.argv:
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows + neg:
            r = {k: r[k] for k in ('query', 'expected', 'kind', 'notes')}
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', OUT)
