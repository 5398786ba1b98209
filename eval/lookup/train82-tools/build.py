"""Builds train82.jsonl (with --write). Prints counts, levels and rejections only (and my own rejected negatives)."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rows_neg as RN

d = lib.Data()
pk, pf, uses, nfiles = lib.load_prior(d)
cj = json.load(open('cand.json'))['pool']
pool_set = set(x['ent'] for x in cj)
R = lib.Rules(d, pk, pf, uses, pool_set)
order = [x['ent'] for x in cj if 3 <= x['level'] <= 4]
random.Random(lib.SEED).shuffle(order)
order.sort(key=lambda e: uses.get(e, 0))

NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
SHAPE_Q = {'partial': 4, 'word_order': 4, 'case': 4, 'punctuation': 3, 'typo': 2, 'transliteration': 6, 'script': 6}
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}

rows, taken = [], set()
set_keys, set_fulls = set(), set()
narc = 0
rej = defaultdict(Counter)
levels = defaultdict(Counter)
for kind in lib.KINDS:
    got = 0; shape_n = Counter(); items = set(); knarc = 0
    for e in order:
        if got >= 12: break
        if e in taken: continue
        isn = d.is_narc(e)
        if kind in NARC_ONLY and not isn: continue
        if kind == 'abbreviation':
            if isn and (knarc >= 2): continue
        elif kind not in NARC_ONLY and isn: continue
        if isn and narc >= lib.NARC_CAP: continue
        for shape, detail, q, item in gen.GEN[kind](d, e):
            if kind in SHAPE_Q and shape_n[shape] >= SHAPE_Q[kind]: continue
            if kind in ITEM_KINDS and item in items: continue
            errs = R.pos_errors(kind, q, e, shape, set_keys, set_fulls)
            if errs:
                for x in errs: rej[kind][x.split(':')[0]] += 1
                continue
            rec = d.sdn[e]
            rows.append({'query': q, 'expected': rec['name'], 'kind': kind,
                         'notes': lib.pos_note(kind, shape, detail, rec['program'], uses.get(e, 0), rec['name'], e)})
            set_keys.add(lib.key(q)); set_fulls.add(lib.full(q))
            taken.add(e); got += 1; shape_n[shape] += 1; items.add(item)
            levels[kind][uses.get(e, 0)] += 1
            if isn: narc += 1; knarc += 1
            break
    print('%-22s %2d  shapes/items: %s' % (kind, got, dict(shape_n) if kind in SHAPE_Q else len(items)))
print('levels per kind:', {k: dict(v) for k, v in levels.items()})
print('rejections per kind and reason:', {k: dict(v) for k, v in rej.items()})
print('positives:', len(rows), 'narcotics:', narc)

# ---------------- negatives ----------------
neg = []
def add_neg(cat, q, desc, extra=''):
    errs = R.neg_errors(cat, q, set_keys, set_fulls)
    if errs:
        print('REJECTED negative', cat, q, errs); return False
    note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
    neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
    set_keys.add(lib.key(q)); set_fulls.add(lib.full(q))
    return True

def fill(cat, items):
    n = 0
    for q, desc in items:
        if n >= lib.NEG_QUOTA[cat]: break
        if add_neg(cat, q, desc): n += 1
    return n

cnt = Counter()
cnt['famous_unlisted'] = fill('famous_unlisted', [(q, 'real theme organisation not on these lists (%s)' % s.replace(' (spare)', '')) for q, s in RN.FAMOUS])
cnt['other_script'] = fill('other_script', [(q, s.replace(' (spare)', '')) for q, s in RN.OTHER_SCRIPT])
# near misses
cands = []
rng = random.Random(lib.SEED)
for r in rows:
    e = int(lib.NOTE_RE.match(r['notes']).group('ent'))
    for t in sorted(set(lib.full(r['expected']).split())):
        if len(t) >= 4 and t.isascii() and t.isalpha() and t not in RN.STOP and t not in lib.FILLER:
            c = d.tok_count(t)
            if 1 <= c <= 3:
                cands.append((c, rng.random(), t, e))
cands.sort()
used_w, used_e = set(), set(); n = 0
for c, _, t, e in cands:
    if n >= lib.NEG_QUOTA['near_miss']: break
    if t in used_w or e in used_e: continue
    q = '%s %s' % (t.capitalize(), RN.PHRASES[n % len(RN.PHRASES)])
    extra = 'reused word "%s" (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
        t, c, 'name/alias' if c == 1 else 'names/aliases', d.sdn[e]['name'], e)
    if add_neg('near_miss', q, 'invented theme firm reusing a rare word of an in-set target', extra):
        used_w.add(t); used_e.add(e); n += 1
cnt['near_miss'] = n
cnt['shares_one_word'] = fill('shares_one_word', [('%s %s' % (w, RN.PHRASES[i % len(RN.PHRASES)]),
                              'invented theme firm with one common listed word (%s)' % w.lower()) for i, w in enumerate(RN.SHARE_FIRST)])
cnt['generic'] = fill('generic', [(q, 'generic theme question, not a company') for q in RN.GENERIC])
cnt['chat_request'] = fill('chat_request', [(q.replace(' (spare)', ''), 'chat request in %s about an invented theme firm' % l) for l, q in RN.CHAT])
cnt['person_as_company'] = fill('person_as_company', [(q, 'invented person-named theme firm') for q in RN.PERSON])
cnt['brand_product'] = fill('brand_product', [(q, 'theme brand product, not a company') for q in RN.BRAND])
print('negatives:', dict(cnt), 'total', len(neg))
print('rows total:', len(rows) + len(neg))
if '--write' in sys.argv:
    with open(lib.OUT, 'w', encoding='utf-8') as f:
        for r in rows + neg:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written', lib.OUT)
