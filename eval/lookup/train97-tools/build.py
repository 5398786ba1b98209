"""Build train97.jsonl. Usage: build.py [--write]. Logs POS/NEG/REJ/NEGREJ lines to stdout."""
import sys, json, random, os
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg as R
from lib import key, full

SEED = 97
BUILD_ORDER = ['case', 'word_order', 'partial', 'legal_form', 'punctuation', 'abbreviation', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
ctx = rules.Ctx(); D = ctx.D
pool = sorted(ctx.pool, key=int)
random.Random(SEED).shuffle(pool)
pool.sort(key=ctx.level)
used_ent = set(); seen_key = set(); seen_fold = set()
rows = []; rej = defaultdict(Counter); narc = 0; narc_abbr = 0

def uniq_ok(kind, q):
    if key(q) in seen_key:
        return False
    if kind not in ('script', 'other_script') and full(q) in seen_fold:
        return False
    return True

def take(kind, q):
    seen_key.add(key(q))
    if kind not in ('script', 'other_script'):
        seen_fold.add(full(q))

for kind in BUILD_ORDER:
    cnt = Counter(); got = 0
    shapes = gen.SHAPES[kind]
    for ent in pool:
        if got == 12:
            break
        if ent in used_ent:
            continue
        d = D.sdn[ent]; nar = lib.is_narc(d['program']); lv = ctx.level(ent)
        if lv < (lib.MIN_LEVEL_NARC if nar else lib.MIN_LEVEL_OTHER) or lv > lib.MAX_LEVEL:
            continue
        if kind in gen.NARC_ONLY and not nar:
            continue
        if kind not in gen.NARC_ONLY and kind != 'abbreviation' and nar:
            continue
        if nar and (narc >= lib.NARC_CAP or (kind == 'abbreviation' and narc_abbr >= gen.NARC_ABBR_MAX)):
            continue
        tries = []
        if kind == 'aka':
            for a in sorted(D.alts[ent], key=lambda a: int(a[0])):
                if a[1] == 'aka':
                    tries.append((shapes[0], a[2], a[0]))
        else:
            for s in sorted([s for s in shapes if cnt[s] < gen.QUOTA[kind]], key=lambda s: (cnt[s], shapes.index(s))):
                q = gen.GEN[kind](d['name'], s, ent)
                if q:
                    tries.append((s, q, None))
        for s, q, alt in tries:
            errs = rules.pos_errors(ctx, kind, q, ent)
            if not uniq_ok(kind, q):
                errs.append('in-set repeat')
            if errs:
                for e in errs:
                    rej[kind][e] += 1
                continue
            var = gen.variant(kind, d['name'], s, q, ent, alt)
            note = rules.pos_note(kind, var, d['program'], lv, d['name'], ent)
            rows.append(dict(query=q, expected=d['name'], kind=kind, notes=note))
            take(kind, q); used_ent.add(ent); cnt[s] += 1; got += 1
            if nar:
                narc += 1
                if kind == 'abbreviation':
                    narc_abbr += 1
            print('POS\t%s\tL%d\t%s\t%s\t%s\t%s' % (kind, lv, 'N' if nar else '-', s, q.replace('\n', '\\n'), d['name']))
            break
    unused = [s for s in shapes if cnt[s] == 0]
    print('KIND\t%s\t%d\tunused: %s' % (kind, got, ', '.join(unused)))

# ---------- negatives ----------
neg = []
def add_neg(cat, q, desc, reused=None):
    neg.append(dict(query=q, expected=None, kind=cat, notes=rules.neg_note(ctx, cat, desc, q, reused)))
    take(cat, q)
    print('NEG\t%s\t%s' % (cat, q))

def run_list(cat, items):
    n = 0
    for q, desc in items:
        if n == rules.NEG_QUOTA[cat]:
            break
        errs = rules.neg_errors(ctx, cat, q)
        if not uniq_ok(cat, q):
            errs.append('in-set repeat')
        if errs:
            print('NEGREJ\t%s\t%s\t%s' % (cat, q, '; '.join(errs)))
            continue
        add_neg(cat, q, desc); n += 1
    return n

SUBJ = [('Quiz', 'pub quiz league'), ('Kwiz', 'pub quiz league'), ('Trivia', 'pub quiz league'), ('Taiko', 'taiko drumming group'),
        ('Urushi', 'urushi lacquer workshop'), ('Kimchi', 'kimchi maker'), ('Mime', 'mime troupe'),
        ('Cribbage', 'cribbage club')]
def chat_desc(lang, q):
    for w, s in SUBJ:
        if w in q:
            return 'request in %s to check an invented %s' % (lang, s)
    return 'request in %s to check an invented theme firm' % lang

counts = {}
counts['famous_unlisted'] = run_list('famous_unlisted', R.FAMOUS)
counts['other_script'] = run_list('other_script', R.OTHER_SCRIPT)
# near misses
def near_cands():
    out = []
    pos_targets = [(r['expected'], D.unique[r['expected']]) for r in rows]
    for name, ent in pos_targets:
        if len(lib.core_tokens(full(name))) < 2:
            continue
        body, legal = gen.split_legal(name)
        ff = set(full(name).split())
        for t in body:
            w = gen.plain(t).lower()
            if not (w.isalpha() and w.isascii() and len(w) >= 4):
                continue
            if w in lib.STOP or w in gen.SMALL or w in D.place or w in R.NEAR_STOP or w not in ff:
                continue
            c = D.tok_count(w)
            if 1 <= c <= 3:
                out.append((c, w, ent))
    return out
cands = near_cands()
random.Random(SEED).shuffle(cands)
cands.sort(key=lambda x: x[0])
usedw, usedt = set(), set(); n = 0; pi = 0
for c, w, ent in cands:
    if n == rules.NEG_QUOTA['near_miss']:
        break
    if w in usedw or ent in usedt:
        continue
    ph = R.NEAR_PHRASES[pi % len(R.NEAR_PHRASES)]
    q = w.capitalize() + ' ' + ph
    errs = rules.neg_errors(ctx, 'near_miss', q)
    if not uniq_ok('near_miss', q):
        errs.append('in-set repeat')
    if errs:
        print('NEGREJ\tnear_miss\t%s\t%s' % (q, '; '.join(errs)))
        continue
    add_neg('near_miss', q, R.NEAR_DESC[ph] + ' named after a rare word of an in-set target', rules.reused_text(ctx, w, ent))
    usedw.add(w); usedt.add(ent); n += 1; pi += 1
counts['near_miss'] = n
counts['shares_one_word'] = run_list('shares_one_word', R.SHARES)
counts['generic'] = run_list('generic', R.GENERIC)
counts['chat_request'] = run_list('chat_request', [(q, chat_desc(l, q)) for l, q in R.CHAT])
counts['person_as_company'] = run_list('person_as_company', R.PERSON)
counts['brand_product'] = run_list('brand_product', R.BRAND)

for k, c in rej.items():
    print('REJ\t%s\t%s' % (k, dict(c)))
print('NEGCOUNTS\t%s' % counts)
allrows = rows + neg
lv = Counter(ctx.level(D.unique[r['expected']]) for r in rows)
print('TOTAL\t%d rows, %d positives, %d negatives, narcotics %d, levels %s' % (len(allrows), len(rows), len(neg), narc, dict(lv)))
if '--write' in sys.argv:
    with open(os.path.join(lib.LOOKUP, lib.THIS), 'w', encoding='utf-8') as fh:
        for r in allrows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('WROTE', lib.THIS)
