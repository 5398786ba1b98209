"""Builds train73.jsonl. Prints counts, rejection reasons, and my own rejected negative strings only."""
import json, random, sys, collections, lib, gen, rows_neg as R
d = lib.Data(); prior = lib.load_prior(d); keys, fulls, uses, nfiles = prior
cand = json.load(open(lib.HERE + '/cand.json'))
poolset = set(cand['pool']); rules = lib.Rules(d, prior, poolset)
order = list(cand['pool']); random.Random(73).shuffle(order)
order = [e for e in order if uses.get(e, 0) in (3, 4)]
order.sort(key=lambda e: uses.get(e, 0))
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
SHAPE_Q = {'case': 4, 'partial': 4, 'word_order': 4, 'punctuation': 3, 'typo': 2, 'transliteration': 6, 'script': 6}
rows, taken, tk, tf = [], set(), set(), set()
nnarc = 0; rej = collections.Counter(); shapes = collections.Counter()
for kind in lib.KINDS:
    got = 0; used_items = collections.Counter()
    for e in order:
        if got == 12: break
        if e in taken: continue
        v = d.sdn[e]; isn = lib.narc(v['prog'])
        if kind in NARC_ONLY and not isn: continue
        if kind == 'abbreviation' and isn and sum(1 for r in rows if r['kind'] == kind and lib.narc(d.sdn[r['_e']]['prog'])) >= 2: continue
        if kind not in NARC_ONLY and kind != 'abbreviation' and isn: continue
        if isn and nnarc >= lib.NARC_CAP: continue
        for shape, detail, q in gen.GEN[kind](e, v['name'], d):
            item = (shape, detail) if kind in gen.ONCE else shape
            if kind == 'translation': item = detail.split(':')[0]
            if kind == 'abbreviation': item = detail.split('-> ')[1]
            if kind in gen.ONCE and used_items[item]: continue
            if kind in SHAPE_Q and used_items[item] >= SHAPE_Q[kind]: continue
            errs = rules.pos_errors(q, kind, e, tk, tf)
            if errs:
                for x in errs: rej[(kind, x)] += 1
                continue
            used_items[item] += 1; shapes[(kind, shape)] += 1
            var = shape + (f' ({detail})' if detail else '')
            note = f"{kind}: {var}; program {v['prog']}; earlier-set uses {uses.get(e, 0)}; target {v['name']} [SDN ent_num {e}]"
            rows.append({'query': q, 'expected': v['name'], 'kind': kind, 'notes': note, '_e': e})
            taken.add(e); tk.add(lib.key(q)); tf.add(lib.full(q)); got += 1
            nnarc += isn
            break
    print(kind, got)
print('narcotics', nnarc)
for k, n in sorted(shapes.items()): print('shape', k, n)
for k, n in sorted(rej.items()): print('rejected', k, n)
# negatives
neg = []
def add_neg(q, cat, desc, extra=''):
    errs = rules.neg_errors(q, cat, tk, tf)
    if errs:
        print('rejected negative', q, errs); return False
    note = f'not listed: {cat}; {desc}; ' + (extra + '; ' if extra else '') + d.shared_words(q)
    neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
    tk.add(lib.key(q)); tf.add(lib.full(q)); return True
def fill(cat, items):
    n = 0
    for q, desc in items:
        if n == lib.NEG_QUOTA[cat]: break
        n += add_neg(q, cat, desc)
fill('famous_unlisted', R.FAMOUS)
fill('other_script', R.OTHER_SCRIPT)
# near misses
cands = []
for r in rows:
    e = r['_e']
    for t in dict.fromkeys(lib.full(d.sdn[e]['name']).split()):
        if len(t) < 4 or not t.isalpha() or t in lib.FILLER or t in R.NEAR_STOP: continue
        c = len(d.tok_orgs.get(t, ()))
        if 1 <= c <= 3: cands.append((c, t, e))
rnd = random.Random(73); rnd.shuffle(cands); cands.sort(key=lambda x: x[0])
uw, ue, n = set(), set(), 0
for c, t, e in cands:
    if n == 25: break
    if t in uw or e in ue: continue
    q = t.title() + ' ' + R.NEAR_PHRASES[n % len(R.NEAR_PHRASES)]
    extra = f'reused word {t} ({c} listed org names/aliases) from in-set target {d.sdn[e]["name"]} [SDN ent_num {e}]'
    if add_neg(q, 'near_miss', 'invented theme firm reusing one rare word of an in-set target', extra):
        uw.add(t); ue.add(e); n += 1
fill('shares_one_word', [(q, 'invented theme firm with one common word') for q in R.SHARES])
fill('generic', [(q, 'generic theme search, no firm') for q in R.GENERIC])
fill('chat_request', [(q, f'chat request ({l}) about an invented theme firm') for q, l in R.CHAT])
fill('person_as_company', R.PERSON)
fill('brand_product', R.BRAND)
cc = collections.Counter(r['kind'] for r in neg)
for k in lib.NEG_QUOTA: print('negative', k, cc[k])
print('positives', len(rows), 'negatives', len(neg))
if '--write' in sys.argv:
    with open(lib.HERE + '/../train73.jsonl', 'w', encoding='utf-8') as fh:
        for r in rows + neg:
            r = {k: r[k] for k in ('query', 'expected', 'kind', 'notes')}
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written')
