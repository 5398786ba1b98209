"""Builds train94.jsonl (with --write). Prints POS/NEG lines, per-kind counts, unused items and rejections."""
import sys, json, random, os
from collections import Counter, defaultdict
import lib, gen, rows_neg as RN

SEED = 94
KIND_ORDER = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
              'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']


def note_pos(kind, shape, det, e, lv):
    v = shape + (' ' + det if det else '')
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (kind, v, e['program'], lv, e['name'], e['ent'])


def cnt_text(n):
    return '%d listed org %s' % (n, 'name/alias' if n == 1 else 'names/aliases')


def near_candidates(d, rules, targets):
    out = []
    for e in targets:
        if len(lib.core_tokens(e['name'])) < 2:
            continue
        body, _ = gen.split_legal(e['name'])
        ftoks = set(lib.full_tokens(e['name']))
        for t in body:
            t = t.strip(',')
            w = t.lower()
            if not gen.plain(t) or len(w) < 4 or w not in ftoks or w in lib.CORE_DROP or w in lib.SMALL:
                continue
            if w in d.place_tokens or w in RN.NEAR_STOP:
                continue
            n = d.tok_count(w)
            if 1 <= n <= 3:
                out.append((n, w, e))
    return out


def main():
    write = '--write' in sys.argv
    d = lib.Data()
    prior = lib.load_prior(d)
    pool = d.pool()
    rules = lib.Rules(d, prior, pool, gen.script_errors)
    ents = sorted(pool.values(), key=lambda e: int(e['ent']))
    random.Random(SEED).shuffle(ents)
    ents.sort(key=lambda e: rules.level(e['ent']))
    used_ents, keys, fulls = set(), set(), set()
    rej = defaultdict(Counter)
    rows = []
    narc = 0
    for kind in KIND_ORDER:
        taken = Counter()
        quota = gen.QUOTA[kind]
        n = 0
        abbr_narc = 0
        for e in ents:
            if n == 12:
                break
            if e['ent'] in used_ents:
                continue
            isn = lib.is_narc(e['program'])
            if kind in lib.NARC_KINDS and not isn:
                continue
            if kind not in lib.NARC_KINDS and kind != 'abbreviation' and isn:
                continue
            if kind == 'abbreviation' and isn and abbr_narc >= 2:
                continue
            if isn and narc >= lib.NARC_CAP:
                continue
            if not rules.level_ok(e):
                continue
            cands = [c for c in gen.GEN[kind](e, d) if taken[c[0]] < quota.get(c[0], 0)]
            cands.sort(key=lambda c: taken[c[0]])
            for shape, det, q in cands:
                errs = rules.pos_errors(kind, q, e['ent'], shape)
                if lib.key(q) in keys or (kind != 'script' and lib.full(q) in fulls):
                    errs.append('in-set repeat')
                if errs:
                    for x in errs:
                        rej[kind][x.split(' %')[0] if False else x] += 1
                    continue
                lv = rules.level(e['ent'])
                rows.append({'query': q, 'expected': e['name'], 'kind': kind, 'notes': note_pos(kind, shape, det, e, lv)})
                taken[shape] += 1
                used_ents.add(e['ent']); keys.add(lib.key(q)); fulls.add(lib.full(q))
                n += 1
                if isn:
                    narc += 1
                    if kind == 'abbreviation':
                        abbr_narc += 1
                print('POS\t%s\t%d\t%s\t%s\t%s' % (kind, lv, shape, q, e['name']))
                break
        unused = [s for s in quota if taken[s] < quota[s]]
        print('KIND\t%s\t%d rows\tshapes %s\tunused %s' % (kind, n, dict(taken), unused))
    # ------------------------------------------------ negatives
    neg = []

    def add(cat, q, desc, extra=''):
        errs = rules.neg_errors(cat, q)
        if lib.key(q) in keys or (cat != 'other_script' and lib.full(q) in fulls):
            errs.append('in-set repeat')
        if errs:
            for x in errs:
                rej['neg:' + cat][x] += 1
            print('NEGREJ\t%s\t%s\t%s' % (cat, q, errs))
            return False
        note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
        neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
        keys.add(lib.key(q)); fulls.add(lib.full(q))
        print('NEG\t%s\t%s' % (cat, q))
        return True

    def fill(cat, items):
        k = 0
        for q, desc in items:
            if k == lib.NEG_QUOTA[cat]:
                break
            if add(cat, q, desc):
                k += 1
        print('CAT\t%s\t%d' % (cat, k))

    fill('famous_unlisted', [(q, 'famous %s, not on these lists' % s) for q, s in RN.FAMOUS])
    fill('other_script', [(q, s + ', not a listed firm') for q, s in RN.OTHER_SCRIPT])
    # near misses
    targets = [pool[r['notes'].rsplit('ent_num ', 1)[1].rstrip(']')] for r in rows]
    cands = near_candidates(d, rules, targets)
    random.Random(SEED).shuffle(cands)
    cands.sort(key=lambda c: c[0])
    k, used_w, used_t = 0, set(), set()
    for cnt, w, e in cands:
        if k == lib.NEG_QUOTA['near_miss']:
            break
        if w in used_w or e['ent'] in used_t:
            continue
        phrase = RN.NEAR_PHRASES[k % len(RN.NEAR_PHRASES)]
        q = '%s %s' % (w.capitalize(), phrase)
        extra = 'reused word: %s (%s) from in-set target %s [SDN ent_num %s]; ' % (w, cnt_text(cnt), e['name'], e['ent'])
        if add('near_miss', q, 'invented %s firm built on a rare word of an in-set target' % phrase.lower(), extra):
            k += 1; used_w.add(w); used_t.add(e['ent'])
    print('CAT\tnear_miss\t%d' % k)
    share = [('%s %s' % (f, p), 'invented firm: common listed word %s plus theme words %s' % (f, p))
             for f, p in zip(RN.SHARE_FIRST, RN.SHARE_PHRASES + RN.SHARE_PHRASES)]
    fill('shares_one_word', share)
    fill('generic', [(q, 'generic question, no firm named') for q in RN.GENERIC])
    fill('chat_request', [(q, 'chat request in %s about an invented firm' % lang) for lang, q in RN.CHAT])
    fill('person_as_company', [(q, s) for q, s in RN.PERSON])
    fill('brand_product', [(q, 'brand product: %s' % s) for q, s in RN.BRAND])
    for k2, c in rej.items():
        print('REJ\t%s\t%s' % (k2, dict(c)))
    allrows = rows + neg
    print('TOTAL\t%d rows (%d positives, %d negatives); narcotics %d' % (len(allrows), len(rows), len(neg), narc))
    if write:
        with open(os.path.join(lib.LOOKUP, lib.SET_NAME + '.jsonl'), 'w', encoding='utf-8') as fh:
            for r in allrows:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE')


if __name__ == '__main__':
    main()
