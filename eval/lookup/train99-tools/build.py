"""build train99.jsonl: positives kind by kind, then negatives. --write writes ../train99.jsonl"""
import sys, os, re, json, random
from collections import Counter
import lib, gen, rules
import rows_neg as R

SEED = 99
BUILD_ORDER = ['case', 'word_order', 'partial', 'legal_form', 'punctuation', 'abbreviation', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NEAR_CAT = 'near_miss'

def near_candidates(data, pos_rows, pool):
    out = []
    for row in pos_rows:
        e = row['_ent']; rec = pool[e]
        if len(lib.core(rec['name']).split()) < 2:
            continue
        body, _ = gen.split_legal(rec['name'])
        bodyw = {t.rstrip(',').lower() for t in body if re.fullmatch(r'[A-Za-z]+,?', t)}
        for w in sorted(set(lib.full(rec['name']).split())):
            if w not in bodyw or len(w) < 4 or not w.isascii() or not w.isalpha():
                continue
            if w in lib.FILLER or w in lib.SMALL_EXTRA or w in data.place or w in R.NEAR_STOP:
                continue
            n = data.tok_count(w)
            if 1 <= n <= 3:
                out.append((n, w, e))
    return out

def main():
    write = '--write' in sys.argv
    data = lib.Data(); prior = lib.load_prior(data); keys, folds, uses, nfiles = prior
    pool = data.pool()
    order = sorted(e for e, r in pool.items() if lib.level_ok(uses[e], lib.is_narc(r['program'])))
    rng = random.Random(SEED); rng.shuffle(order); order.sort(key=lambda e: uses[e])
    rows, used, inkeys, infolds = [], set(), set(), set()
    narc = abbr_narc = 0
    rej = Counter(); shape_rows = Counter()
    for kind in BUILD_ORDER:
        got = 0
        idx = {s: i for i, s in enumerate(gen.SHAPES[kind])}
        for e in order:
            if got == 12:
                break
            if e in used:
                continue
            rec = pool[e]; nz = lib.is_narc(rec['program'])
            if kind in gen.NARC_ONLY and not nz:
                continue
            if nz and kind not in gen.NARC_ONLY and kind != 'abbreviation':
                continue
            if nz and (narc >= lib.NARC_CAP or (kind == 'abbreviation' and abbr_narc >= gen.NARC_MAX_ABBR)):
                continue
            cands = gen.generate(kind, rec, data)
            cands.sort(key=lambda c: (shape_rows[(kind, c[0])], idx[c[0]]))
            for s, det, q in cands:
                if shape_rows[(kind, s)] >= gen.QUOTA[kind]:
                    continue
                errs = rules.pos_errors(kind, s, q, rec, data, prior)
                if lib.key(q) in inkeys or (kind != 'script' and lib.full(q) in infolds):
                    errs.append('in-set repeat')
                if errs:
                    for x in errs:
                        rej[(kind, x)] += 1
                    continue
                var = gen.variant(s, det)
                rows.append({'query': q, 'expected': rec['name'], 'kind': kind,
                             'notes': rules.pos_note(kind, var, rec, uses[e]), '_ent': e, '_lv': uses[e]})
                used.add(e); inkeys.add(lib.key(q)); infolds.add(lib.full(q)); shape_rows[(kind, s)] += 1
                got += 1
                if nz:
                    narc += 1
                    if kind == 'abbreviation':
                        abbr_narc += 1
                print('POS\t%s\tL%d\t%s\t%s\t%s' % (kind, uses[e], 'N' if nz else '-', var, q))
                break
        unused = [s for s in gen.SHAPES[kind] if shape_rows[(kind, s)] == 0]
        print('KIND\t%s\t%d\tunused: %s' % (kind, got, ', '.join(unused)))
    pos_rows = list(rows)
    # negatives
    negs = []
    def add_neg(cat, q, desc, reused=None):
        errs = rules.neg_errors(cat, q, data, prior)
        if lib.key(q) in inkeys or (cat != 'other_script' and lib.full(q) in infolds):
            errs.append('in-set repeat')
        if errs:
            print('NEGREJ\t%s\t%s\t%s' % (cat, q, '; '.join(errs)))
            return False
        negs.append({'query': q, 'expected': None, 'kind': cat, 'notes': rules.neg_note(cat, desc, data, q, reused)})
        inkeys.add(lib.key(q)); infolds.add(lib.full(q))
        print('NEG\t%s\t%s' % (cat, q))
        return True
    def fill(cat, items):
        n = 0
        for q, desc in items:
            if n == rules.NEG_QUOTA[cat]:
                break
            if add_neg(cat, q, desc):
                n += 1
        return n
    cnt = Counter()
    cnt['famous_unlisted'] = fill('famous_unlisted', [(q, 'famous %s, not on the list' % d) for q, d in R.FAMOUS])
    cnt['other_script'] = fill('other_script', R.OTHER_SCRIPT)
    # near misses
    nc = near_candidates(data, pos_rows, pool)
    rng = random.Random(SEED); rng.shuffle(nc); nc.sort(key=lambda x: x[0])
    uw, ue, n = set(), set(), 0
    for c, w, e in nc:
        if n == rules.NEG_QUOTA[NEAR_CAT]:
            break
        if w in uw or e in ue:
            continue
        ph = R.THEME_PHRASES[n % len(R.THEME_PHRASES)]
        q = w.capitalize() + ' ' + ph
        if add_neg(NEAR_CAT, q, 'invented %s firm named with a rare word of an in-set target' % ph.lower(), (w, c, pool[e])):
            uw.add(w); ue.add(e); n += 1
    cnt[NEAR_CAT] = n
    n = 0
    for fw in R.FIRST_WORDS:
        if n == rules.NEG_QUOTA['shares_one_word']:
            break
        if data.tok_count(fw.lower()) < 1:
            print('SKIPFW\t%s' % fw); continue
        ph = R.THEME_PHRASES[n % len(R.THEME_PHRASES)]
        if add_neg('shares_one_word', fw + ' ' + ph, 'invented %s firm with one common listed word' % ph.lower()):
            n += 1
    cnt['shares_one_word'] = n
    cnt['generic'] = fill('generic', [(q, 'generic question about the theme') for q in R.GENERIC])
    cnt['chat_request'] = fill('chat_request', [(q, 'chat request in %s about an invented theme firm' % l) for l, q in R.CHAT])
    cnt['person_as_company'] = fill('person_as_company', R.PERSON)
    cnt['brand_product'] = fill('brand_product', R.BRAND)
    for cat, qn in rules.NEG_QUOTA.items():
        print('NEGKIND\t%s\t%d/%d' % (cat, cnt[cat], qn))
    for (k, x), v in sorted(rej.items()):
        print('REJ\t%s\t%s\t%d' % (k, x, v))
    lv = Counter(r['_lv'] for r in pos_rows)
    print('SUMMARY positives %d negatives %d narcotics %d levels %s earlier files %d' % (
        len(pos_rows), len(negs), narc, dict(sorted(lv.items())), nfiles))
    if write:
        with open(os.path.join(lib.LOOKUP, lib.THIS), 'w', encoding='utf-8') as f:
            for r in pos_rows + negs:
                f.write(json.dumps({k: r[k] for k in ('query', 'expected', 'kind', 'notes')}, ensure_ascii=False) + '\n')
        print('WROTE', lib.THIS)

if __name__ == '__main__':
    main()
