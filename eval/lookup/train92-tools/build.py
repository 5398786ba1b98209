"""Build train92.jsonl (with --write). Prints counts, accepted positives (POS) and rejections (REJ)."""
import sys, json, random
from collections import Counter
import lib, gen
import rows_neg as RN

ORDER = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']


def variant(shape, det):
    return shape + (' (%s)' % det if det else '')


def pos_note(kind, shape, det, e, d, R):
    r = d.sdn[e]
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, variant(shape, det), r['program'], R.level(e), r['name'], e)


def near_miss_candidates(d, pos_rows):
    cands = []
    for row in pos_rows:
        e = row['_ent']; name = d.sdn[e]['name']
        if len(lib.core_tokens(name)) < 2:
            continue
        body, _ = gen.split_legal(name)
        ft = lib.full_tokens(name)
        for t in body.split():
            w = t.strip(',.;:()')
            if not gen.PLAIN.match(w) or len(w) < 4 or not w.isascii():
                continue
            f = w.lower()
            if f not in ft or f in gen.SMALL or f in d.place_tokens or f in RN.NEAR_STOP:
                continue
            n = d.tok_count(f)
            if 1 <= n <= 3:
                cands.append((n, f, e))
    cands = sorted(set(cands))
    random.Random(lib.SEED).shuffle(cands)
    cands.sort(key=lambda x: x[0])
    return cands


def main():
    write = '--write' in sys.argv
    d = lib.Data()
    prior = lib.load_prior(d)
    R = lib.Rules(d, prior)
    pool = list(d.pool)
    random.Random(lib.SEED).shuffle(pool)
    pool.sort(key=R.level)
    used, keys_in, fulls_in = set(), set(), set()
    rows, rej = [], Counter()
    narc_total = 0
    for kind in ORDER:
        quota = dict(gen.QUOTA[kind])
        taken = narc_abbr = 0
        for e in pool:
            if taken == 12:
                break
            if e in used or not R.level_ok(e):
                continue
            r = d.sdn[e]
            narc = lib.is_narc(r['program'])
            if kind in lib.NARC_ONLY and not narc:
                continue
            if kind not in lib.NARC_ONLY and kind not in lib.MIXED and narc:
                continue
            if kind == 'abbreviation' and narc and narc_abbr >= 2:
                continue
            if narc and narc_total >= lib.NARC_CAP:
                continue
            for shape, det, q in gen.GEN[kind](d, e, r['name'], d.city.get(e, '')):
                if quota.get(shape, 0) <= 0:
                    continue
                errs = R.pos_errors(q, kind, e)
                if kind == 'script' and not gen.script_ok(q, shape):
                    errs.append('script code points')
                if lib.key(q) in keys_in or (kind != 'script' and lib.full(q) in fulls_in):
                    errs.append('in-set repeat')
                if errs:
                    for x in errs:
                        rej[(kind, x)] += 1
                    continue
                quota[shape] -= 1; taken += 1; used.add(e)
                keys_in.add(lib.key(q))
                if kind != 'script':
                    fulls_in.add(lib.full(q))
                if narc:
                    narc_total += 1
                    if kind == 'abbreviation':
                        narc_abbr += 1
                rows.append({'query': q, 'expected': r['name'], 'kind': kind,
                             'notes': pos_note(kind, shape, det, e, d, R), '_ent': e})
                print('POS %-20s L%d %s | %s' % (kind, R.level(e), q[:90], r['name'][:40]))
                break
        print('KIND %s taken %d; unused items/shapes: %s' % (kind, taken, ', '.join(s for s, n in quota.items() if n > 0 and n == gen.QUOTA[kind][s])))
    # negatives
    def add_neg(q, cat, desc, extra=''):
        errs = R.neg_errors(q, cat)
        if lib.key(q) in keys_in or (cat != 'other_script' and lib.full(q) in fulls_in):
            errs.append('in-set repeat')
        if errs:
            for x in errs:
                rej[(cat, x)] += 1
            print('REJ negative %s: %s %s' % (cat, q, errs))
            return False
        keys_in.add(lib.key(q))
        if cat != 'other_script':
            fulls_in.add(lib.full(q))
        rows.append({'query': q, 'expected': None, 'kind': cat,
                     'notes': 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))})
        return True
    Q = lib.NEG_QUOTA
    def fill(cat, items):
        n = 0
        for q, desc in items:
            if n == Q[cat]:
                break
            if add_neg(q, cat, desc):
                n += 1
        print('NEG %s %d' % (cat, n))
    fill('famous_unlisted', RN.FAMOUS)
    fill('other_script', [(q, 'invented %s firm in %s script/wording (%s)' % ('theme', lang, desc)) for q, lang, desc in RN.OTHER_SCRIPT])
    # near misses
    pos_rows = [r for r in rows if r['expected']]
    words_used, ents_used, n = set(), set(), 0
    for cnt, w, e in near_miss_candidates(d, pos_rows):
        if n == Q['near_miss']:
            break
        if w in words_used or e in ents_used:
            continue
        phrase = RN.THEME_PHRASES[n % len(RN.THEME_PHRASES)]
        q = w.capitalize() + ' ' + phrase
        extra = 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
            w, cnt, 'name/alias' if cnt == 1 else 'names/aliases', d.sdn[e]['name'], e)
        if add_neg(q, 'near_miss', 'invented theme firm reusing one rare word of an in-set target', extra):
            words_used.add(w); ents_used.add(e); n += 1
    print('NEG near_miss %d' % n)
    fill('shares_one_word', RN.SHARES_ONE)
    fill('generic', RN.GENERIC)
    fill('chat_request', [(q, 'chat request in %s about an invented theme firm' % lang) for q, lang in RN.CHAT])
    fill('person_as_company', RN.PERSON)
    fill('brand_product', RN.BRAND)
    npos = sum(1 for r in rows if r['expected'])
    print('COUNTS rows %d positives %d negatives %d narcotics %d' % (len(rows), npos, len(rows) - npos, narc_total))
    for (k, x), c in sorted(rej.items()):
        print('REJ %s: %s x%d' % (k, x, c))
    if write:
        with open(lib.SET_FILE, 'w', encoding='utf-8') as f:
            for r in rows:
                r = {k: v for k, v in r.items() if not k.startswith('_')}
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE', lib.SET_FILE)


if __name__ == '__main__':
    main()
