"""Build lookup-train100. Usage: build.py [--write] (prints a log; --write writes ../train100.jsonl)."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg as RN

SEED = 100
BUILD_ORDER = ['case', 'word_order', 'partial', 'legal_form', 'punctuation', 'abbreviation', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
OUT = '/work/main/eval/lookup/train100.jsonl'


def near_candidates(data, pos_rows):
    cands = []
    for rec in pos_rows:
        if len(lib.core(rec.name).split()) < 2:
            continue
        body, legal = gen.split_legal(rec.name)
        fw = set(lib.full(rec.name).split())
        for t in body:
            w = gen.plain(t)
            lw = w.lower()
            if not (w.isascii() and w.isalpha() and len(w) >= 4) or lw not in fw:
                continue
            if gen.is_small(w) or lw in lib.LEGAL or lw in data.place or lw in RN.NEAR_STOP:
                continue
            n = data.tok_count(lw)
            if 1 <= n <= 3:
                cands.append((n, lw, rec))
    return cands


def main(write):
    data = lib.Data()
    prior = lib.load_prior(data)
    keys, fulls, uses, nfiles = prior
    pool = data.pool()
    ents = sorted(e for e, r in pool.items() if lib.level_ok(r, uses[e]))
    random.Random(SEED).shuffle(ents)
    ents.sort(key=lambda e: uses[e])
    rows, used, in_keys, in_fulls = [], set(), set(), set()
    narc_total = 0
    rej = defaultdict(Counter)
    pos_recs = []

    def inset_errors(q, scriptish):
        e = []
        if lib.key(q) in in_keys:
            e.append('in-set key')
        if not scriptish and lib.full(q) in in_fulls:
            e.append('in-set full fold')
        return e

    def add(q, scriptish):
        in_keys.add(lib.key(q))
        if not scriptish:
            in_fulls.add(lib.full(q))

    for kind in BUILD_ORDER:
        order = gen.SHAPES[kind]
        cnt = Counter()
        n = 0
        narc_abbr = 0
        for e in ents:
            if n >= rules.PER_KIND:
                break
            if e in used:
                continue
            rec = pool[e]
            if kind in gen.NARC_ONLY:
                if not rec.narc:
                    continue
            elif kind == 'abbreviation':
                if rec.narc and (narc_abbr >= gen.NARC_MAX_ABBR or narc_total >= lib.NARC_CAP):
                    continue
            elif rec.narc:
                continue
            if rec.narc and narc_total >= lib.NARC_CAP:
                continue
            opts = gen.GEN[kind](rec, data)
            opts = sorted(enumerate(opts), key=lambda io: (cnt[gen.item_key(kind, io[1][0], io[1][1])],
                          order.index(io[1][0]) if io[1][0] in order else 0, io[0]))
            for _, (shape, detail, q) in opts:
                ik = gen.item_key(kind, shape, detail)
                quota = gen.QUOTA[kind]
                if quota is None:
                    if kind == 'abbreviation' and cnt[ik] >= 1:
                        continue
                elif cnt[ik] >= quota:
                    continue
                errs = rules.pos_errors(kind, shape, q, rec, uses[e], pool, prior, data) + inset_errors(q, kind == 'script')
                if errs:
                    for x in set(errs):
                        rej[kind][x] += 1
                    continue
                cnt[ik] += 1; n += 1; used.add(e); add(q, kind == 'script')
                if rec.narc:
                    narc_total += 1
                    if kind == 'abbreviation':
                        narc_abbr += 1
                rows.append(dict(query=q, expected=rec.name, kind=kind,
                                 notes=rules.pos_note(kind, shape, detail, rec, uses[e])))
                pos_recs.append(rec)
                print('POS\t%s\tL%d\t%s\t%s\t%s' % (kind, uses[e], 'N' if rec.narc else '-', gen.variant(shape, detail)[:70], q))
                break
        print('KIND %s: %d rows; shapes %s' % (kind, n, dict(cnt)))
        unused = [s for s in order if s not in cnt] if kind not in ('abbreviation', 'aka') else \
            ([a for a, l in gen.ABBR if a not in cnt] if kind == 'abbreviation' else [])
        if unused:
            print('UNUSED %s: %s' % (kind, unused))
    # negatives
    neg = []

    def try_neg(cat, q, desc, reused=None):
        errs = rules.neg_errors(cat, q, prior, data) + inset_errors(q, cat == 'other_script')
        if errs:
            print('NEGREJ\t%s\t%s\t%s' % (cat, q, errs))
            return False
        add(q, cat == 'other_script')
        neg.append(dict(query=q, expected=None, kind=cat, notes=rules.neg_note(cat, desc, data.shared_words(q), reused)))
        print('NEG\t%s\t%s' % (cat, q))
        return True

    for cat, lst in (('famous_unlisted', RN.FAMOUS), ('other_script', RN.OTHER_SCRIPT), ('generic', RN.GENERIC),
                     ('chat_request', RN.CHAT), ('person_as_company', RN.PERSON), ('brand_product', RN.BRAND)):
        k, tried = 0, 0
        for q, desc in lst:
            if k >= rules.NEG_QUOTA[cat]:
                break
            tried += 1
            k += try_neg(cat, q, desc)
        print('NEGKIND %s: %d (not needed: %s)' % (cat, k, [q for q, _ in lst][tried:]))
    k = 0
    for first in RN.SHARE_FIRST:
        if k >= rules.NEG_QUOTA['shares_one_word']:
            break
        if data.tok_count(first.lower()) == 0:
            print('SKIPFW\t%s' % first)
            continue
        ph = RN.THEME_PHRASES[k % len(RN.THEME_PHRASES)]
        k += try_neg('shares_one_word', first + ' ' + ph,
                     'invented %s name led by a common listed word' % RN.SUBJECT[ph])
    print('NEGKIND shares_one_word: %d' % k)
    cands = near_candidates(data, pos_recs)
    random.Random(SEED).shuffle(cands)
    cands.sort(key=lambda c: c[0])
    k, wused, tused = 0, set(), set()
    for n, w, rec in cands:
        if k >= rules.NEG_QUOTA['near_miss']:
            break
        if w in wused or rec.ent in tused:
            continue
        ph = RN.THEME_PHRASES[k % len(RN.THEME_PHRASES)]
        if try_neg('near_miss', w.capitalize() + ' ' + ph,
                   'invented %s name reusing a rare word of an in-set target' % RN.SUBJECT[ph], (w, n, rec)):
            k += 1; wused.add(w); tused.add(rec.ent)
    print('NEGKIND near_miss: %d (of %d candidate words)' % (k, len(cands)))
    for kind in BUILD_ORDER:
        print('REJ %s %s' % (kind, dict(rej[kind])))
    order = {k: i for i, k in enumerate(rules.POS_KINDS)}
    rows.sort(key=lambda r: order[r['kind']])
    negorder = list(rules.NEG_QUOTA)
    neg.sort(key=lambda r: negorder.index(r['kind']))
    allrows = rows + neg
    lv = Counter(int(r['notes'].split('earlier-set uses ')[1].split(';')[0]) for r in rows)
    print('TOTAL %d rows (%d positives, %d negatives); levels %s; narcotics %d' % (len(allrows), len(rows), len(neg),
          dict(lv), narc_total))
    if write:
        with open(OUT, 'w', encoding='utf-8') as fh:
            for r in allrows:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE', OUT)


if __name__ == '__main__':
    main('--write' in sys.argv)
