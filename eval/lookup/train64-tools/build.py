import json, random, sys
from collections import Counter
from lib import Data, load_prior, narcotic, key, full, core_tokens
from common import KINDS, CATS, NARC_CAP, check_pos, check_neg, pos_note, neg_note
from gen import GEN, SHAPES
import rows_neg as RN

d = Data(); keys, fulls, uses, nfiles = load_prior(d); prior = (keys, fulls)
pool = sorted(e for e in d.sdn if d.in_pool(e))
rng = random.Random(64); rng.shuffle(pool)
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
ORDER = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'messy']
HAND = [('script', 23710, 'hand', 'Chinese characters (my rendering: Korea Unpha (canal) Shipping & Trading)',
         '朝鲜运河海运贸易公司')]

rows, taken, set_keys, set_fulls = {k: [] for k in KINDS}, set(), set(), set()
narc = 0; rej = Counter()

def accept(kind, e, var, q):
    global narc
    rows[kind].append({'query': q, 'expected': d.sdn[e]['name'], 'kind': kind,
                       'notes': pos_note(kind, var, d, e, uses[e])})
    taken.add(e); set_keys.add(key(q))
    if kind != 'script': set_fulls.add(full(q))
    if narcotic(d.sdn[e]['prog']): narc += 1

def ok(kind, e, q):
    err = check_pos(kind, q, e, d, prior, uses)
    if key(q) in set_keys or (kind != 'script' and full(q) in set_fulls): err.append('in-set repeat')
    for x in err: rej[(kind, x)] += 1
    return not err

for kind, e, shape, var, q in HAND:
    assert ok(kind, e, q), q
    accept(kind, e, var, q)

for kind in ORDER:
    def cands():
        for lvl in (0, 1, 2, 3, 4, 5):
            ns = [e for e in pool if uses[e] == lvl and narcotic(d.sdn[e]['prog'])]
            os_ = [e for e in pool if uses[e] == lvl and not narcotic(d.sdn[e]['prog'])]
            if kind in NARC_ONLY or kind == 'abbreviation':
                seq = ns + ([] if kind in NARC_ONLY else os_)
            else:
                seq = os_ + ns
            for e in seq:
                yield e
    quota = Counter(SHAPES[kind]); used_shape = Counter()
    for x in rows[kind]:
        pass
    for strict in (True, False):
        for e in cands():
            if len(rows[kind]) >= 12: break
            if e in taken: continue
            if narcotic(d.sdn[e]['prog']) and narc >= NARC_CAP: continue
            for shape, var, q in GEN[kind](d, e):
                if strict and used_shape[shape] >= quota[shape]: continue
                if ok(kind, e, q):
                    accept(kind, e, var, q); used_shape[shape] += 1; break
        if len(rows[kind]) >= 12: break
    print(kind, len(rows[kind]), dict(used_shape))

# negatives
neg = {c: [] for c in CATS}
def take_neg(cat, q, desc, near=None):
    err = check_neg(cat, q, d, prior)
    if key(q) in set_keys or (cat != 'other_script' and full(q) in set_fulls): err.append('in-set repeat')
    if err:
        for x in err: rej[(cat, x)] += 1
        print('rejected negative', cat, repr(q), err)
        return
    neg[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': neg_note(cat, desc, q, d, near)})
    set_keys.add(key(q))
    if cat != 'other_script': set_fulls.add(full(q))

for cat, lst in (('famous_unlisted', RN.FAMOUS), ('other_script', RN.OTHER_SCRIPT), ('shares_one_word', RN.SHARES),
                 ('generic', RN.GENERIC), ('chat_request', RN.CHAT), ('person_as_company', RN.PERSON),
                 ('brand_product', RN.BRAND)):
    for q, desc in lst:
        if len(neg[cat]) < CATS[cat]: take_neg(cat, q, desc)
phr = list(RN.NEAR_PHRASES); used_words = set()
for k in KINDS:
    for r in rows[k]:
        if len(neg['near_miss']) >= CATS['near_miss'] or not phr: break
        e = d.by_name[r['expected']]
        toks = full(d.sdn[e]['name']).split()
        ws = [w for w in core_tokens(d.sdn[e]['name']) if len(w) >= 5 and w.isalpha() and w in toks
              and len(d.word_orgnames.get(w, ())) <= 3 and w not in used_words]
        ws.sort(key=lambda w: len(d.word_orgnames.get(w, ())))
        for w in ws[:1]:
            used_words.add(w)
            q = f'{w.capitalize()} {phr[0]}'
            n0 = len(neg['near_miss'])
            take_neg('near_miss', q, f'invented firm: one rare word of an in-set target plus "{phr[0]}"', (w, e))
            if len(neg['near_miss']) > n0: phr.pop(0)
for c in CATS: print(c, len(neg[c]), '/', CATS[c])
print('narcotics', narc, 'rejections', sum(rej.values()))
for (k, x), n in sorted(rej.items()): print('  reject', k, x, n)
out = [r for k in KINDS for r in rows[k]] + [r for c in CATS for r in neg[c]]
print('rows', len(out))
if '--write' in sys.argv:
    with open('../train64.jsonl', 'w', encoding='utf-8') as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written')
