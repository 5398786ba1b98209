"""Build train85.jsonl. Prints counts, levels, rejection counts and rejected negatives only."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rows_neg as RN

WRITE = '--write' in sys.argv
d, prior, P = lib.load_all()
R = lib.Rules(d, prior, P)
keys_prior, fulls_prior, uses, nf = prior

recs = []
for e, r in P.items():
    recs.append({'ent': e, 'name': r['name'], 'prog': r['prog'], 'level': uses.get(e, 0), 'narc': lib.is_narc(r['prog']),
                 'city': d.city.get(e, ''), 'aliases': d.alts.get(e, [])})
recs.sort(key=lambda x: int(x['ent']))
random.Random(lib.SEED).shuffle(recs)
recs.sort(key=lambda x: x['level'])
recs = [x for x in recs if x['level'] in lib.LEVELS]

rows, taken, inkeys, infulls = [], set(), set(), set()
narc_total = 0
rej = defaultdict(Counter)
levels = defaultdict(Counter)
shapes_used = defaultdict(Counter)


def variant(shape, det):
    det = det.replace(';', ',')
    return shape + (' (%s)' % det if det else '')


for kind in lib.KINDS:
    quota = gen.QUOTA.get(kind) or {it: 1 for it in gen.ITEMS[kind]}
    got, n, narc_k = Counter(), 0, 0
    for rec in recs:
        if n == 12:
            break
        if rec['ent'] in taken:
            continue
        nar = rec['narc']
        if kind in lib.NARC_KINDS and not nar:
            continue
        if kind not in lib.NARC_KINDS and kind != 'abbreviation' and nar:
            continue
        if kind == 'abbreviation' and nar and narc_k >= 2:
            continue
        if nar and narc_total >= lib.NARC_CAP:
            continue
        for shape, det, q in gen.GEN[kind](rec):
            if got[shape] >= quota.get(shape, 0):
                continue
            errs = R.pos_errors(kind, q, rec, rec['aliases'])
            if lib.key(q) in inkeys:
                errs.append('in-set key')
            if kind != 'script' and lib.full(q) in infulls:
                errs.append('in-set full fold')
            if errs:
                for er in errs:
                    rej[kind][er] += 1
                continue
            note = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (
                kind, variant(shape, det), rec['prog'], rec['level'], rec['name'], rec['ent'])
            rows.append({'query': q, 'expected': rec['name'], 'kind': kind, 'notes': note})
            taken.add(rec['ent']); inkeys.add(lib.key(q))
            if kind != 'script':
                infulls.add(lib.full(q))
            got[shape] += 1; n += 1; levels[kind][rec['level']] += 1; shapes_used[kind][shape] += 1
            if nar:
                narc_total += 1; narc_k += 1
            break
    print('%-22s %2d  levels %s' % (kind, n, dict(sorted(levels[kind].items()))))
    print('    shapes: ' + ', '.join('%s %d' % kv for kv in shapes_used[kind].items()))

pos = list(rows)
print('positives', len(pos), 'narcotics', narc_total)

# ---------------- negatives ----------------
neg_rows = []


def add_neg(cat, q, desc, extra=''):
    errs = R.neg_errors(cat, q)
    if lib.key(q) in inkeys:
        errs.append('in-set key')
    if cat != 'other_script' and lib.full(q) in infulls:
        errs.append('in-set full fold')
    if cat == 'near_miss' or cat == 'shares_one_word':
        for w in ' '.join(RN.PHRASES).lower().split():
            if d.tok_count(w):
                errs.append('theme word %s listed' % w)
    if errs:
        print('REJECTED', cat, repr(q), errs)
        return False
    note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
    neg_rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
    inkeys.add(lib.key(q))
    if cat != 'other_script':
        infulls.add(lib.full(q))
    return True


def fill(cat, items):
    n = 0
    for q, desc in items:
        if n == lib.NEG_QUOTA[cat]:
            break
        if add_neg(cat, q, desc):
            n += 1
    print('%-18s %d' % (cat, n))


fill('famous_unlisted', RN.FAMOUS)
fill('other_script', RN.OTHER_SCRIPT)

# near misses
cands = []
rng = random.Random(lib.SEED)
for r in pos:
    ent = r['notes'].rsplit('ent_num ', 1)[1].rstrip(']')
    for w in set(lib.full_tokens(r['expected'])):
        if len(w) >= 4 and w.isascii() and w.isalpha() and w not in lib.FILLER and w not in RN.STOP:
            c = d.tok_count(w)
            if 1 <= c <= 3:
                cands.append((c, rng.random(), w, r['expected'], ent))
cands.sort()
used_w, used_t, n = set(), set(), 0
for c, _, w, tname, ent in cands:
    if n == 25:
        break
    if w in used_w or tname in used_t:
        continue
    q = w.capitalize() + ' ' + RN.PHRASES[n % len(RN.PHRASES)]
    lab = 'listed org name/alias' if c == 1 else 'listed org names/aliases'
    extra = 'reused word: %s (%d %s) from in-set target %s [SDN ent_num %s]; ' % (w, c, lab, tname, ent)
    if add_neg('near_miss', q, 'invented theme firm reusing a rare word of an in-set target', extra):
        used_w.add(w); used_t.add(tname); n += 1
print('%-18s %d' % ('near_miss', n))

share = [('%s %s' % (f, RN.PHRASES[i % len(RN.PHRASES)]), 'invented theme firm with a common listed first word')
         for i, f in enumerate(RN.SHARE_FIRST)]
fill('shares_one_word', share)
fill('generic', RN.GENERIC)
fill('chat_request', RN.CHAT)
fill('person_as_company', RN.PERSON)
fill('brand_product', RN.BRAND)

print('negatives', len(neg_rows))
print('rejections:')
for k in lib.KINDS:
    if rej[k]:
        print('   ', k, dict(rej[k]))
allrows = pos + neg_rows
if WRITE:
    with open(lib.OUT, 'w', encoding='utf-8') as f:
        for r in allrows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', lib.OUT, len(allrows))
