"""build.py [--write] - builds train111.jsonl; logs to stdout (train111)."""
import sys, json, random
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg

SEED = 111
OUT = lib.LOOKUP + '/train111.jsonl'
BUILD_ORDER = ['legal_form', 'punctuation', 'abbreviation', 'partial', 'word_order', 'case', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']


def main():
    write = '--write' in sys.argv
    d = lib.Data()
    prior = lib.load_prior(d)
    keys, folds, uses, nf = prior
    pool = lib.build_pool(d)
    print('earlier files', nf, 'pool', len(pool))
    ents = sorted(pool)
    random.Random(SEED).shuffle(ents)
    ents.sort(key=lambda e: uses[e])
    ents = [e for e in ents if lib.level_ok(uses[e], lib.is_narc(pool[e][1]))]
    rows, used_e = [], set()
    in_keys, in_folds = set(), set()
    shape_n = defaultdict(Counter)
    used_abbr = set()
    narc_n = 0
    narc_abbr = 0
    rej = defaultdict(Counter)
    pos_targets = []
    for kind in BUILD_ORDER:
        shapes = gen.SHAPES[kind]
        cap = 1 if kind in gen.ONCE_KINDS else gen.PER_SHAPE.get(kind, 12)
        got = 0
        for e in ents:
            if got >= 12:
                break
            if e in used_e:
                continue
            name, prog = pool[e]
            narc = lib.is_narc(prog)
            if kind in gen.NARC_ONLY and not narc:
                continue
            if kind == 'abbreviation':
                if narc and narc_abbr >= rules.NARC_ABBR_MAX:
                    continue
            elif kind not in gen.NARC_ONLY and narc:
                continue
            if narc and narc_n >= rules.NARC_CAP:
                continue
            cands = gen.candidates(d, e, kind)
            if kind == 'abbreviation':
                cands = [c for c in cands if c[1].split('`')[1] not in used_abbr][:1]
            else:
                cands = [c for c in cands if shape_n[kind][c[0]] < cap]
                cands.sort(key=lambda c: (shape_n[kind][c[0]], shapes.index(c[0])))
            for shape, detail, q in cands:
                errs = rules.pos_errors(d, prior, pool, e, kind, shape, detail, q, uses[e])
                k, f = lib.key(q), lib.full(q)
                if k in in_keys:
                    errs.append('in-set key')
                if kind != 'script' and f in in_folds:
                    errs.append('in-set fold')
                if errs:
                    for r in errs:
                        rej[kind][r] += 1
                    continue
                note = rules.pos_note(kind, shape, detail, prog, uses[e], name, e)
                rows.append({'query': q, 'expected': name, 'kind': kind, 'notes': note})
                in_keys.add(k)
                if kind != 'script':
                    in_folds.add(f)
                used_e.add(e)
                shape_n[kind][shape] += 1
                if kind == 'abbreviation':
                    used_abbr.add(detail.split('`')[1])
                    if narc:
                        narc_abbr += 1
                if narc:
                    narc_n += 1
                pos_targets.append(e)
                got += 1
                print('POS\t%s\tL%d\t%s\t%s\t%s' % (kind, uses[e], 'N' if narc else 'O', q, gen.variant(shape, detail)))
                break
        print('KIND %s %d %s' % (kind, got, dict(shape_n[kind])))
        if kind in gen.ONCE_KINDS:
            print('UNUSED %s %s' % (kind, [s for s in shapes if not shape_n[kind][s]]))
        if kind == 'abbreviation':
            print('UNUSED abbreviation %s' % [a for a, w in gen.SHORT_FORMS if a not in used_abbr])
    for kind in BUILD_ORDER:
        print('REJ %s %s' % (kind, dict(rej[kind])))

    # negatives
    neg_n = Counter()

    def add_neg(kind, q, desc, reused=None):
        errs = rules.neg_errors(d, prior, kind, q)
        k, f = lib.key(q), lib.full(q)
        if k in in_keys:
            errs.append('in-set key')
        if kind != 'other_script' and f in in_folds:
            errs.append('in-set fold')
        if errs:
            print('NEGREJ %s %s %s' % (kind, q, errs))
            return False
        rows.append({'query': q, 'expected': None, 'kind': kind, 'notes': rules.neg_note(d, kind, desc, q, reused)})
        in_keys.add(k)
        if kind != 'other_script':
            in_folds.add(f)
        neg_n[kind] += 1
        return True
    for kind, lst in (('famous_unlisted', rows_neg.FAMOUS), ('other_script', rows_neg.OTHER_SCRIPT),
                      ('generic', rows_neg.GENERIC), ('chat_request', rows_neg.CHAT),
                      ('person_as_company', rows_neg.PERSON), ('brand_product', rows_neg.BRAND)):
        spare = []
        for q, desc in lst:
            if neg_n[kind] >= rules.NEG_QUOTA[kind]:
                spare.append(q); continue
            add_neg(kind, q, desc.replace('spare: ', ''))
        print('NEG %s %d spares %s' % (kind, neg_n[kind], spare))
    # near misses
    cands = near_miss_candidates(d, pool, pos_targets)
    random.Random(SEED).shuffle(cands)
    cands.sort(key=lambda c: c[1])
    used_w, used_t = set(), set()
    for w, n, e in cands:
        if neg_n['near_miss'] >= rules.NEG_QUOTA['near_miss']:
            break
        if w in used_w or e in used_t or w in rows_neg.NM_STOP:
            continue
        i = neg_n['near_miss'] % len(rows_neg.THEME)
        subj, phrase = rows_neg.THEME[i]
        q = w.capitalize() + ' ' + phrase
        desc = 'rare word of an in-set target plus the %s theme phrase' % subj
        if add_neg('near_miss', q, desc, (w, n, pool[e][0], e)):
            used_w.add(w); used_t.add(e)
    print('NEG near_miss %d' % neg_n['near_miss'])
    for fw in rows_neg.FIRST_WORDS:
        if neg_n['shares_one_word'] >= rules.NEG_QUOTA['shares_one_word']:
            print('SPAREFW', fw); continue
        if d.tok_count(lib.full(fw)) == 0:
            print('SKIPFW', fw); continue
        i = neg_n['shares_one_word'] % len(rows_neg.THEME)
        subj, phrase = rows_neg.THEME[i]
        add_neg('shares_one_word', fw + ' ' + phrase, 'a common listed word plus the %s theme phrase' % subj)
    print('NEG shares_one_word %d' % neg_n['shares_one_word'])
    print('TOTAL rows %d positives %d negatives %d narcotics %d' % (
        len(rows), sum(1 for r in rows if r['expected']), sum(1 for r in rows if not r['expected']), narc_n))
    if write:
        with open(OUT, 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE', OUT)


def near_miss_word_ok(d, pool, w, e):
    name = pool[e][0]
    body, legal = gen.split_legal(name)
    if w not in lib.full_toks(name):
        return 'not in target fold'
    if not any(t.rstrip(',').lower() == w and gen.plain(t) for t in body):
        return 'not a plain body word'
    if len(w) < 4 or not w.isascii() or not w.isalpha():
        return 'word shape'
    if w in lib.DROP or gen.is_small(w):
        return 'small word'
    n = d.tok_count(w)
    if n < 1 or n > 3:
        return 'not rare'
    if w in d.place:
        return 'place token'
    if len(lib.core_toks(name)) < 2:
        return 'target core < 2 words'
    if w in rows_neg.NM_STOP:
        return 'stop list'
    return None


def near_miss_candidates(d, pool, targets):
    out = []
    for e in targets:
        name = pool[e][0]
        body, legal = gen.split_legal(name)
        seen = set()
        for t in body:
            w = t.rstrip(',').lower()
            if w in seen:
                continue
            seen.add(w)
            if w in rows_neg.NM_STOP:
                continue
            if near_miss_word_ok(d, pool, w, e) is None:
                out.append((w, d.tok_count(w), e))
    return out


if __name__ == '__main__':
    main()
