"""Build train93.jsonl: python3 build.py [--write]"""
import json, random, sys
from collections import Counter
from lib import *
import gen, rows_neg as RN

SEED = 93
OUT = os.path.join(EVAL, 'train93.jsonl')
d, prior, pool, R = load_all()
order = sorted(pool); random.Random(SEED).shuffle(order); order.sort(key=R.level)
rows, used, keys, fulls = [], set(), set(), set()
narc = 0
rej = Counter()

def take(q, script=False):
    return key(q) not in keys and (script or full(q) not in fulls)

def add(row, script=False):
    rows.append(row); keys.add(key(row['query']))
    if not script: fulls.add(full(row['query']))

for kind in POS_KINDS:
    Q = gen.QUOTA[kind]; names = list(Q); cnt = Counter(); n = 0; knarc = 0
    for ent in order:
        if n == 12: break
        if ent in used: continue
        e = pool[ent]; nar = is_narc(e['program']); lv = R.level(ent)
        if not level_ok(e, lv): continue
        if kind in NARC_ONLY and not nar: continue
        if kind not in NARC_ONLY and kind not in MIXED and nar: continue
        if kind in MIXED and nar and knarc >= 2: continue
        if nar and narc >= NARC_CAP: continue
        shapes = sorted([s for s in names if cnt[s] < Q[s]], key=lambda s: (cnt[s], names.index(s)))
        got = False
        for s in shapes:
            for q, var in gen.GEN[kind](d, e, s):
                errs = R.pos_errors(q, kind, ent, gen.script_ok(s) if kind == 'script' else None)
                if not take(q, kind == 'script'): errs.append('in-set repeat')
                if errs:
                    for x in errs: rej[(kind, x)] += 1
                    continue
                note = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, var, e['program'], lv, e['name'], ent)
                add({'query': q, 'expected': e['name'], 'kind': kind, 'notes': note}, kind == 'script')
                used.add(ent); cnt[s] += 1; n += 1; got = True
                if nar: narc += 1; knarc += 1
                print('POS\t%s\tL%d\t%s\t%s' % (kind, lv, q[:90], e['name'][:40]))
                break
            if got: break
    print('KIND %s %d %s unused: %s' % (kind, n, dict(cnt), [s for s in names if cnt[s] == 0]))

# ---------------- negatives ----------------
def neg(q, cat, desc, extra=''):
    errs = R.neg_errors(q, cat)
    if not take(q, cat == 'other_script'): errs.append('in-set repeat')
    if errs:
        for x in errs: rej[(cat, x)] += 1
        print('NEGREJ', cat, q, errs); return False
    note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
    add({'query': q, 'expected': None, 'kind': cat, 'notes': note}, cat == 'other_script')
    return True

def fill(cat, items):
    n = 0
    for q, desc in items:
        if n == NEG_QUOTA[cat]: break
        if neg(q, cat, desc): n += 1
    print('NEG %s %d' % (cat, n))

SUBJ = ['herbarium volunteers', 'pipe organ builders', 'moth-trapping groups', 'lichen surveyors', 'metal detectorists', 'gold-leaf gilders']
fill('famous_unlisted', RN.FAMOUS)
fill('other_script', [(q, 'an invented firm (%s) in %s' % (desc, lang)) for q, lang, desc in RN.OTHER_SCRIPT])

# near misses
cands = []
for r in list(rows):
    if r['expected'] is None: continue
    e = d.by_name[r['expected']]
    if len(core(e['name']).split()) < 2: continue
    body, _ = gen.split_legal(e['name'])
    fw = set(full(e['name']).split())
    for t in body.split():
        w = t.strip(',.').lower()
        if not (gen.plain(w) and len(w) >= 4 and w in fw): continue
        if w in FILLER or w in gen.SMALL or w in d.place_tokens or w in RN.NEAR_STOP: continue
        c = d.tok_count(w)
        if 1 <= c <= 3: cands.append((c, w, e['ent'], e['name']))
random.Random(SEED).shuffle(cands); cands.sort(key=lambda x: x[0])
seen_w, seen_e, n = set(), set(), 0
for c, w, ent, name in cands:
    if n == NEG_QUOTA['near_miss']: break
    if w in seen_w or ent in seen_e: continue
    phrase = RN.THEME_PHRASES[n % len(RN.THEME_PHRASES)]
    q = w.capitalize() + ' ' + phrase
    extra = 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
        w, c, 'name/alias' if c == 1 else 'names/aliases', name, ent)
    if neg(q, 'near_miss', "a rare word of an in-set target plus the theme phrase '%s'" % phrase, extra):
        seen_w.add(w); seen_e.add(ent); n += 1
print('NEG near_miss %d' % n)

fill('shares_one_word', [('%s %s' % (w, RN.THEME_PHRASES[i % 6]), "a common listed word plus the theme phrase '%s'" % RN.THEME_PHRASES[i % 6])
                         for i, w in enumerate(RN.SHARES)])
fill('generic', RN.GENERIC)
fill('chat_request', [(q, 'a chat request in %s naming an invented theme firm' % lang) for q, lang in RN.CHAT])
fill('person_as_company', [(q, 'an invented person-named theme firm') for q in RN.PERSON])
fill('brand_product', [(q, 'a theme product (brand and model), not a firm') for q in RN.BRAND])

for (k, x), v in sorted(rej.items()): print('REJ\t%s\t%s\t%d' % (k, x, v))
print('TOTAL', len(rows), 'pos', sum(r['expected'] is not None for r in rows), 'narc', narc)
if '--write' in sys.argv:
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('WROTE', OUT)
