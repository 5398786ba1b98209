"""Build lookup-train84. Prints counts, levels, rejection counts and rejected negatives (own strings) only.
Use --write to write ../train84.jsonl."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rows_neg as RN
from lib import key, full

d, prior, pool, rules = lib.load_all()
rnd = random.Random(lib.SEED)
order = sorted(pool)
rnd.shuffle(order)
order = [e for e in order if lib.LEVEL_MIN <= pool[e] <= lib.LEVEL_MAX]
order.sort(key=lambda e: pool[e])

rows, taken, rej = [], set(), defaultdict(Counter)
in_keys, in_fulls = set(), set()
narc_total = 0
for kind in gen.KINDS:
    quota = gen.QUOTA[kind]
    used, got, abbr_narc = Counter(), 0, 0
    for ent in order:
        if got == 12:
            break
        if ent in taken:
            continue
        v = d.sdn[ent]
        narc = lib.is_narc(v['program'])
        if kind in gen.NARC_ONLY and not narc:
            continue
        if kind not in gen.NARC_ONLY and kind != 'abbreviation' and narc:
            continue
        if narc and (narc_total >= lib.NARC_CAP or (kind == 'abbreviation' and abbr_narc >= gen.ABBR_NARC_MAX)):
            continue
        for shape, detail, q in gen.GEN[kind](d, ent, v['name']):
            sk = gen.shape_key(kind, shape)
            cap = 1 if quota is None else quota.get(sk, 0)
            if used[sk] >= cap:
                continue
            errs = rules.pos_errors(kind, q, ent)
            if key(q) in in_keys or (kind != 'script' and full(q) in in_fulls):
                errs.append('in-set repeat')
            if errs:
                for e_ in errs:
                    rej[kind][e_] += 1
                continue
            variant = shape + (' (%s)' % detail if detail else '')
            note = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
                kind, variant, v['program'], pool[ent], v['name'], ent)
            rows.append({'query': q, 'expected': v['name'], 'kind': kind, 'notes': note})
            used[sk] += 1; got += 1; taken.add(ent)
            in_keys.add(key(q))
            if kind != 'script':
                in_fulls.add(full(q))
            if narc:
                narc_total += 1
                if kind == 'abbreviation':
                    abbr_narc += 1
            break
    lv = Counter(pool[r_['notes'] and int(r_['notes'].rsplit('ent_num ', 1)[1][:-1])] for r_ in rows if r_['kind'] == kind)
    print('%-22s %2d rows; levels %s; shapes %s' % (kind, got, dict(sorted(lv.items())), dict(used)))
print('positives: %d; SDNT/SDNTK: %d' % (len(rows), narc_total))
for kind in gen.KINDS:
    if rej[kind]:
        print('rejections %-22s %s' % (kind, dict(rej[kind])))

# ------------------------------------------------------------------ negatives
neg = []
bad = 0


def try_add(cat, q, desc, extra=''):
    global bad
    errs = rules.neg_errors(cat, q)
    if key(q) in in_keys or (cat != 'other_script' and full(q) in in_fulls):
        errs.append('in-set repeat')
    if errs:
        bad += 1
        print('REJECTED negative %s: %s -> %s' % (cat, q, errs))
        return False
    note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
    neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
    in_keys.add(key(q))
    if cat != 'other_script':
        in_fulls.add(full(q))
    return True


def fill(cat, items):
    n = 0
    for q, desc in items:
        if n == RN.QUOTA[cat]:
            break
        if try_add(cat, q, desc):
            n += 1
    return n

counts = {}
counts['famous_unlisted'] = fill('famous_unlisted', RN.FAMOUS)
counts['other_script'] = fill('other_script', [(q, '%s in %s' % (desc, lang)) for q, lang, desc in RN.OTHER_SCRIPT])

# near misses
cands = []
for r_ in rows:
    ent = int(r_['notes'].rsplit('ent_num ', 1)[1][:-1])
    for t in sorted(set(full(d.sdn[ent]['name']).split())):
        if len(t) >= 4 and t.isascii() and t.isalpha() and t not in lib.STOP_CORE and t not in RN.NEAR_STOP:
            c = d.tok_count(t)
            if 1 <= c <= 3:
                cands.append((c, rnd.random(), t, ent))
cands.sort()
used_w, used_t, n = set(), set(), 0
for c, _, t, ent in cands:
    if n == RN.QUOTA['near_miss']:
        break
    if t in used_w or ent in used_t:
        continue
    phrase = RN.PHRASES[n % len(RN.PHRASES)]
    q = t.capitalize() + ' ' + phrase
    lab = 'listed org name/alias' if c == 1 else 'listed org names/aliases'
    extra = 'reused word: %s (%d %s) from in-set target %s [SDN ent_num %d]; ' % (t, c, lab, d.sdn[ent]['name'], ent)
    if try_add('near_miss', q, RN.PHRASE_DESC[phrase] + ' reusing one rare word of an in-set target', extra):
        used_w.add(t); used_t.add(ent); n += 1
counts['near_miss'] = n

items = [('%s %s' % (w, RN.PHRASES[i % len(RN.PHRASES)]),
          RN.PHRASE_DESC[RN.PHRASES[i % len(RN.PHRASES)]] + ' with one common listed word') for i, w in enumerate(RN.SHARE_FIRST)]
counts['shares_one_word'] = fill('shares_one_word', items)
counts['generic'] = fill('generic', RN.GENERIC)
counts['chat_request'] = fill('chat_request', [(q, '%s, chat request in %s' % (desc, lang)) for q, lang, desc in RN.CHAT])
counts['person_as_company'] = fill('person_as_company', RN.PERSON)
counts['brand_product'] = fill('brand_product', RN.BRAND)
print('negatives: %s; total %d; rejected %d' % (counts, len(neg), bad))
allrows = rows + neg
print('rows: %d' % len(allrows))
if '--write' in sys.argv:
    with open(lib.OUT, 'w', encoding='utf-8') as fh:
        for r_ in allrows:
            fh.write(json.dumps(r_, ensure_ascii=False) + '\n')
    print('wrote', lib.OUT)
