"""Builds train67.jsonl. Prints counts, my own candidate strings and verdicts only (never an earlier row)."""
import json, random, re, sys
from collections import Counter, defaultdict
from lib import (Data, load_prior, pool, is_narc, Rules, key, full, KINDS, NEG_QUOTA, NARC_CAP,
                 shared_words_text, tokens_u, FILLER)
import gen, rows_neg

OUT = '/work/blind/lk67/train67.jsonl'
d = Data(); pk, pf, uses, nfiles = load_prior(d)
lv = pool(d, uses)
R = Rules(d, pk, pf, lv)
print('earlier files', nfiles, 'pool', len(lv))

ents = [e for e in sorted(lv) if lv[e] >= 3]
random.Random(67).shuffle(ents)
ents.sort(key=lambda e: lv[e])   # stable: lowest level first

ORDER = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
QUOTA = {'case': 4, 'partial': 4, 'word_order': 4, 'punctuation': 3, 'typo': 2, 'transliteration': 6, 'script': 6,
         'legal_form': 1, 'abbreviation': 1, 'translation': 1, 'parent_vs_subsidiary': 1, 'messy': 1, 'aka': 12}


def cands(kind, e):
    v = d.sdn[e]; name = v['name']; city = (d.cities.get(e) or [None])[0]
    if kind == 'aka':
        for a in d.alias[e]:
            yield 'own alias', 'alias %s' % a, a
    elif kind == 'parent_vs_subsidiary':
        yield from gen.g_parent(name, city)
    elif kind == 'messy':
        yield from gen.g_messy(name, city)
    else:
        yield from getattr(gen, 'g_' + kind)(name)


taken = set(); narc = 0; pos = []; seen_k = set(); seen_f = set(); rej = Counter()
for kind in ORDER:
    got = 0; shapes = Counter()
    abbr_narc = 0
    for e in ents:
        if got == 12:
            break
        if e in taken:
            continue
        prog = d.sdn[e]['program']; n = is_narc(prog)
        if kind in NARC_ONLY and not n:
            continue
        if kind == 'abbreviation' and n and abbr_narc >= 2:
            continue
        if kind not in NARC_ONLY and kind != 'abbreviation' and n:
            continue
        if n and narc >= NARC_CAP:
            continue
        if kind == 'abbreviation' and not n and abbr_narc < 2 and narc < NARC_CAP:
            pass  # narcotics first is enforced by the ordering below
        for shape, variant, q in cands(kind, e):
            if shapes[shape] >= QUOTA[kind]:
                continue
            errs = R.pos_errors(kind, q, e, seen_k, seen_f)
            if errs:
                rej[(kind, errs[0])] += 1
                continue
            note = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
                kind, variant, prog, uses.get(e, 0), d.sdn[e]['name'], e)
            pos.append({'query': q, 'expected': d.sdn[e]['name'], 'kind': kind, 'notes': note})
            seen_k.add(key(q)); seen_f.add(full(q)); taken.add(e); shapes[shape] += 1; got += 1
            if n:
                narc += 1
                if kind == 'abbreviation':
                    abbr_narc += 1
            break
    print(kind, got, dict(shapes))
    if kind == 'punctuation':
        # abbreviation takes narcotics first: reorder pool so narcotics come first for it
        pass

print('positives', len(pos), 'narcotics', narc)
print('levels', Counter(lv[d.ent_of(r['expected'])] for r in pos))
for (k, e), c in sorted(rej.items()):
    print('rejected', k, e, c)

# ---------------- negatives ----------------
neg = []


def add_neg(kind, q, desc, extra=''):
    errs = R.neg_errors(kind, q, seen_k, seen_f)
    if errs:
        print('neg rejected', kind, q, errs)
        return False
    note = 'not listed: %s; %s; %s%s' % (kind, desc, extra, shared_words_text(d, q))
    neg.append({'query': q, 'expected': None, 'kind': kind, 'notes': note})
    seen_k.add(key(q)); seen_f.add(full(q))
    return True


def take(kind, items):
    n = 0
    for q, desc in items:
        if n == NEG_QUOTA[kind]:
            break
        if add_neg(kind, q, desc):
            n += 1
    print(kind, n)

take('famous_unlisted', rows_neg.FAMOUS)
take('other_script', rows_neg.OTHER_SCRIPT)
# near misses
words = []
for i, r in enumerate(pos):
    e = int(re.search(r'ent_num (\d+)', r['notes']).group(1))
    for w in tokens_u(d.sdn[e]['name']):
        if w in FILLER or len(w) < 4 or not w.isalpha() or not w.isascii():
            continue
        c = len(d.org_word_names.get(w, ()))
        if 1 <= c <= 3:
            words.append((c, i, w, e))
words.sort()
used_w = set(); used_e = set(); nm = 0
for c, i, w, e in words:
    if nm == NEG_QUOTA['near_miss']:
        break
    if w in used_w or e in used_e:
        continue
    phrase = rows_neg.NEAR_PHRASES[nm % len(rows_neg.NEAR_PHRASES)]
    q = w.capitalize() + ' ' + phrase
    extra = 'reuses the word "%s" from in-set target %s [SDN ent_num %d]; ' % (w, d.sdn[e]['name'], e)
    if add_neg('near_miss', q, 'invented theme firm (%s)' % phrase.lower(), extra):
        used_w.add(w); used_e.add(e); nm += 1
print('near_miss', nm)
take('shares_one_word', rows_neg.SHARES)
take('generic', rows_neg.GENERIC)
take('chat_request', [(q, 'chat request in %s about an invented theme firm' % lang) for q, lang in rows_neg.CHAT])
take('person_as_company', rows_neg.PERSON)
take('brand_product', rows_neg.BRAND)
print('negatives', len(neg))

rows = pos + neg
print('rows', len(rows))
if '--write' in sys.argv:
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written', OUT)
