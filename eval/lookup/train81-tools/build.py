"""Build train81.jsonl. Prints counts, levels, rejection counts and my own rejected negatives only."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rows_neg as R

WRITE = '--write' in sys.argv
d = lib.Data()
cand = json.load(open('cand.json'))
pk, pf, uses, nf = lib.load_prior(d)
pool = d.pool()
rules = lib.Rules(d, pool, pk, pf, uses)

order = sorted(cand)
random.Random(lib.SEED).shuffle(order)
order = [k for k in order if cand[k]['level'] in (3, 4)]
order.sort(key=lambda k: cand[k]['level'])

BUILD_ORDER = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
keys, fulls = set(), set()
taken = set()
narc = 0
pos = {k: [] for k in lib.POS_KINDS}
rej = defaultdict(Counter)
for kind in BUILD_ORDER:
    shape_n = Counter(); items = set()
    for ent in order:
        if len(pos[kind]) >= 12:
            break
        c = cand[ent]
        if ent in taken:
            continue
        if kind in NARC_ONLY and not c['narc']:
            continue
        if kind not in NARC_ONLY and kind != 'abbreviation' and c['narc']:
            continue
        if kind == 'abbreviation' and c['narc'] and sum(1 for r in pos[kind] if r['_narc']) >= 2:
            continue
        if c['narc'] and narc >= lib.NARC_CAP:
            continue
        e = dict(c); e['ent'] = ent
        for shape, detail, q, item in gen.GENS[kind](e):
            if kind in gen.ITEM_KINDS:
                if item in items:
                    continue
            elif shape_n[shape] >= gen.SHAPE_QUOTA[kind]:
                continue
            errs = rules.pos_errors(q, ent, kind, keys, fulls)
            if errs:
                for x in errs:
                    rej[kind][x] += 1
                continue
            note = lib.pos_note(kind, shape, detail, c['program'], c['level'], c['name'], ent)
            pos[kind].append({'query': q, 'expected': c['name'], 'kind': kind, 'notes': note,
                              '_narc': c['narc'], '_level': c['level'], '_shape': shape})
            keys.add(lib.key(q))
            if kind not in lib.KEY_ONLY:
                fulls.add(lib.full(q))
            taken.add(ent)
            if c['narc']:
                narc += 1
            shape_n[shape] += 1; items.add(item)
            break

print('== positives')
for kind in lib.POS_KINDS:
    rows = pos[kind]
    lv = Counter(r['_level'] for r in rows)
    sh = Counter(r['_shape'] for r in rows)
    print('%-22s %2d  levels %s  narc %d' % (kind, len(rows), dict(sorted(lv.items())), sum(r['_narc'] for r in rows)))
    print('    shapes:', '; '.join('%s x%d' % kv for kv in sh.items()))
    if rej[kind]:
        print('    rejections:', dict(rej[kind]))
print('narcotics total', narc)

# ---------------------------------------------------------------- negatives
neg = []
def try_neg(q, cat, desc, extra=''):
    errs = rules.neg_errors(q, cat, keys, fulls)
    if errs:
        print('  rejected negative [%s] %r: %s' % (cat, q, ', '.join(errs)))
        return False
    shared = d.shared_words(q)
    note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, shared)
    neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
    keys.add(lib.key(q))
    if cat not in lib.KEY_ONLY:
        fulls.add(lib.full(q))
    return True

print('== negatives')
def fill(cat, lst):
    n = 0
    for q, desc in lst:
        if n >= lib.NEG_QUOTA[cat]:
            break
        if try_neg(q, cat, desc.replace(' (spare)', '')):
            n += 1
    print('%-18s %d' % (cat, n))

fill('famous_unlisted', R.FAMOUS)
fill('other_script', R.OTHER_SCRIPT)

# near misses
SUBJ = {'Town Criers Guild': 'town criers guild', 'Fossil Hunting Walks': 'fossil-hunting tour firm',
        'Cloisonne Enamel Workshop': 'cloisonne enamel workshop', 'Halva Confectioners': 'halva maker',
        'Panning Excursions': 'gold-panning camp', 'Lucky Cookie Bakers': 'fortune-cookie bakery'}
in_set = [r for k in lib.POS_KINDS for r in pos[k]]
cands = []
for r in in_set:
    ent = lib.NOTE_RE.match(r['notes']).group('ent')
    for w in sorted(set(lib.full(r['expected']).split())):
        if len(w) >= 4 and w.isascii() and w.isalpha() and w not in lib.FILLER and w not in R.NEAR_STOP:
            n = len(d.org_tok.get(w, ()))
            if 1 <= n <= 3:
                cands.append((n, w, ent, r['expected']))
random.Random(lib.SEED).shuffle(cands)
cands.sort(key=lambda x: x[0])
used_w, used_t = set(), set()
j = 0
for n, w, ent, name in cands:
    if sum(1 for x in neg if x['kind'] == 'near_miss') >= 25:
        break
    if w in used_w or ent in used_t:
        continue
    ph = R.PHRASES[j % len(R.PHRASES)]
    q = lib.tword(w) + ' ' + ph
    extra = "reused word '%s' (%d listed org names/aliases) from in-set target %s [SDN ent_num %s]; " % (w, n, name, ent)
    if try_neg(q, 'near_miss', 'an invented %s named with a rare word of an in-set target' % SUBJ[ph], extra):
        used_w.add(w); used_t.add(ent); j += 1
print('%-18s %d (word counts %s)' % ('near_miss', sum(1 for x in neg if x['kind'] == 'near_miss'),
      dict(Counter(int(x['notes'].split("' (")[1].split(' ')[0]) for x in neg if x['kind'] == 'near_miss'))))

share = []
for i, w in enumerate(R.SHARE_WORDS):
    ph = R.PHRASES[i % len(R.PHRASES)]
    share.append(('%s %s' % (w, ph), 'an invented %s whose first word is common in listed names' % SUBJ[ph]))
fill('shares_one_word', share)
fill('generic', R.GENERIC)
fill('chat_request', R.CHAT)
fill('person_as_company', R.PERSON)
fill('brand_product', R.BRAND)
print('negatives total', len(neg))

rows = [{k: r[k] for k in ('query', 'expected', 'kind', 'notes')} for r in in_set] + neg
print('rows total', len(rows))
if WRITE:
    with open(lib.OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', lib.OUT)
