"""Builds train75.jsonl. Prints counts, rejection counts and my own rejected negative strings only."""
import json, random, re, sys
from collections import Counter, defaultdict
from lib import Data, load_prior, Rules, key, full, is_narc, NARC_CAP, NEG_QUOTA, FILLER, SETDIR
import gen, rows_neg

SEED = 75
ORDER = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
SHAPE_Q = {'partial': 4, 'word_order': 4, 'punctuation': 3, 'typo': 2, 'case': 4, 'transliteration': 6, 'script': 6}
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}


def note(kind, shape, detail, prog, uses, nm, ent):
    v = shape + (' (%s)' % detail if detail else '')
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, v, prog, uses, nm, ent)


def neg_note(d, cat, desc, q, extra=''):
    s = 'not listed: %s; %s; ' % (cat, desc)
    if extra:
        s += extra + '; '
    return s + d.shared_words(q)


def main():
    d = Data()
    prior = load_prior(d)
    poolmap = {int(k): v for k, v in json.load(open('cand.json')).items()}
    R = Rules(d, prior, poolmap)
    ents = sorted(e for e, l in poolmap.items() if 3 <= l <= 4)
    random.Random(SEED).shuffle(ents)
    ents.sort(key=lambda e: poolmap[e])
    taken, rows, ks, fs = set(), [], set(), set()
    narc = 0
    rej = Counter()
    for kind in ORDER:
        got = []; quota = Counter()
        for e in ents:
            if len(got) == 12:
                break
            if e in taken:
                continue
            nm, prog = d.sdn[e]['name'], d.sdn[e]['prog']
            n = is_narc(prog)
            if kind in NARC_ONLY and not n:
                continue
            if kind == 'abbreviation':
                if n and (sum(1 for r in got if r[2]) >= 2):
                    continue
            elif kind not in NARC_ONLY and n:
                continue
            if n and narc >= NARC_CAP:
                continue
            if kind == 'aka':
                cands = [('own alias', '', a) for a in d.alts[e]]
            else:
                cands = list(gen.GEN[kind](nm, e, d))
            for shape, detail, q in cands:
                qk = {'abbreviation': detail.split(' ')[0], 'legal_form': detail, 'parent_vs_subsidiary': detail}.get(kind, shape)
                lim = SHAPE_Q.get(kind, 1 if kind in ITEM_KINDS else 12)
                if quota[qk] >= lim:
                    continue
                row = {'query': q, 'expected': nm, 'kind': kind}
                err = R.pos_errors(row, e, kind, ks, fs)
                if err:
                    for x in err:
                        rej[(kind, x)] += 1
                    continue
                quota[qk] += 1
                row['notes'] = note(kind, shape, detail, prog, poolmap[e], nm, e)
                got.append((row, e, n))
                ks.add(key(q)); fs.add(full(q)); taken.add(e)
                if n:
                    narc += 1
                break
        print('%-22s %2d  %s' % (kind, len(got), dict(quota)))
        rows += [r for r, _, _ in got]
    print('positives', len(rows), 'narcotics', narc)
    for (k, x), c in sorted(rej.items()):
        print('  rejected', k, x, c)
    # negatives
    neg = []
    tgt = [(r['expected'], int(re.search(r'ent_num (\d+)', r['notes']).group(1))) for r in rows]
    for cat in ['famous_unlisted', 'other_script', 'shares_one_word', 'generic', 'chat_request', 'person_as_company', 'brand_product']:
        n = 0
        for q, desc in rows_neg.LISTS[cat]:
            if n == NEG_QUOTA[cat]:
                break
            err = R.neg_errors(q, cat, ks, fs)
            if err:
                print('  rejected negative', cat, repr(q), err)
                continue
            neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': neg_note(d, cat, desc, q)})
            ks.add(key(q)); fs.add(full(q)); n += 1
        print('%-22s %2d' % (cat, n))
    # near misses
    cands = []
    for nm, e in tgt:
        for t in dict.fromkeys(full(nm).split()):
            if len(t) >= 4 and t.isalpha() and t.isascii() and t not in FILLER and t not in rows_neg.NEAR_STOP:
                c = d.rare_count(t)
                if 1 <= c <= 3:
                    cands.append((c, t, nm, e))
    random.Random(SEED).shuffle(cands)
    cands.sort(key=lambda x: x[0])
    usedw, usede, n = set(), set(), 0
    for c, t, nm, e in cands:
        if n == NEG_QUOTA['near_miss']:
            break
        if t in usedw or e in usede:
            continue
        q = '%s %s' % (t.title(), rows_neg.THEME_PHRASES[n % len(rows_neg.THEME_PHRASES)])
        err = R.neg_errors(q, 'near_miss', ks, fs)
        if err:
            print('  rejected near miss', repr(q), err)
            continue
        extra = "near miss: reuses '%s' (%d listed org names/aliases) from in-set target %s [SDN ent_num %d]" % (t, c, nm, e)
        neg.append({'query': q, 'expected': None, 'kind': 'near_miss',
                    'notes': neg_note(d, 'near_miss', 'invented %s firm reusing a rare word of a listed name' %
                                      rows_neg.THEME_PHRASES[n % len(rows_neg.THEME_PHRASES)].lower(), q, extra)})
        ks.add(key(q)); fs.add(full(q)); usedw.add(t); usede.add(e); n += 1
    print('%-22s %2d' % ('near_miss', n))
    print('negatives', len(neg), 'total', len(rows) + len(neg))
    if '--write' in sys.argv:
        with open(SETDIR + '/train75.jsonl', 'w', encoding='utf-8') as f:
            for r in rows + neg:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('written')


main()
