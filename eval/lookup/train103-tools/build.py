"""Build train103.jsonl. Usage: python3 build.py [--write]"""
import sys, json, random, os
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg
from lib import key, full

SEED = 103
BUILD_ORDER = ['case', 'word_order', 'partial', 'legal_form', 'punctuation', 'abbreviation', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
OUT = os.path.join(lib.LOOKUP, 'train103.jsonl')

def near_candidates(d, targets):
    cands = []
    for e in targets:
        name = d.sdn[e]['name']
        if len(lib.core_tokens(name)) < 2:
            continue
        body, legal = gen.split_legal(name)
        seen = set()
        for t in body:
            b = t.rstrip(',')
            if not (b.isalpha() and b.isascii()):
                continue
            w = full(b)
            if w in seen or len(w) < 4 or w in lib.FILLER_FOLDS or w in gen.SMALL or w in d.place:
                continue
            seen.add(w)
            n = d.tok_count(w)
            if 1 <= n <= 3:
                cands.append((w, e, n))
    return cands

def main(write=False):
    d = lib.Data()
    pk, pf, uses, nfiles = lib.load_prior(d)
    pool = d.pool()
    rng = random.Random(SEED)
    order = list(pool)
    rng.shuffle(order)
    order.sort(key=lambda e: uses.get(e, 0))
    used, rows, in_keys, in_folds = set(), [], set(), set()
    narc_total = 0
    narc_abbr = 0
    log = []
    for kind in BUILD_ORDER:
        n = 0
        ic = Counter()
        rej = Counter()
        for e in order:
            if n == rules.PER_KIND:
                break
            if e in used or not lib.level_ok(d, uses, e):
                continue
            prog = d.sdn[e]['program']
            narc = lib.is_narc(prog)
            if kind in gen.NARC_ONLY and not narc:
                continue
            if kind in gen.NON_NARC and narc:
                continue
            if narc and (narc_total >= rules.NARC_CAP or (kind == 'abbreviation' and narc_abbr >= 2)):
                continue
            items = gen.items_for(d, kind, e)
            idx = {it: i for i, it in enumerate(items)}
            open_items = [it for it in items if ic[it] < gen.QUOTA[kind]]
            open_items.sort(key=lambda it: (ic[it], idx[it]))
            for it in open_items:
                r = gen.generate(d, e, kind, it)
                if not r:
                    continue
                variant, q = r
                errs = rules.pos_errors(d, pk, pf, e, kind, q, it)
                if key(q) in in_keys or (kind != 'script' and full(q) in in_folds):
                    errs.append('in-set repeat')
                if errs:
                    for x in errs:
                        rej[x] += 1
                    continue
                lv = uses.get(e, 0)
                note = rules.pos_note(kind, variant, prog, lv, d.sdn[e]['name'], e)
                rows.append({'query': q, 'expected': d.sdn[e]['name'], 'kind': kind, 'notes': note})
                used.add(e); in_keys.add(key(q)); in_folds.add(full(q))
                ic[it] += 1; n += 1
                if narc:
                    narc_total += 1
                    if kind == 'abbreviation':
                        narc_abbr += 1
                log.append('POS %s L%d %s %s | %s | %s' % (kind, lv, 'N' if narc else '-', variant, q.replace('\n', '\\n'), d.sdn[e]['name']))
                break
        unused = [it for it in gen.ITEMS.get(kind, []) if ic[it] == 0] if kind != 'aka' else []
        log.append('KIND %s rows %d; rejections %s; unused items: %s' % (kind, n, dict(rej), unused))
    # ---------------- negatives
    neg = []
    ncount = Counter()
    def add_neg(cat, q, desc, reuse=None):
        if ncount[cat] >= rules.NEG_QUOTA[cat]:
            return False
        errs = rules.neg_errors(d, pk, pf, cat, q)
        if key(q) in in_keys or (cat != 'other_script' and full(q) in in_folds):
            errs.append('in-set repeat')
        if errs:
            log.append('NEGREJ %s %s: %s' % (cat, q, errs))
            return False
        neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': rules.neg_note(d, cat, desc, q, reuse)})
        in_keys.add(key(q)); in_folds.add(full(q)); ncount[cat] += 1
        return True
    spare = defaultdict(list)
    for cat, lst in [('famous_unlisted', rows_neg.FAMOUS), ('other_script', rows_neg.OTHER_SCRIPT),
                     ('generic', rows_neg.GENERIC), ('chat_request', rows_neg.CHAT),
                     ('person_as_company', rows_neg.PERSON), ('brand_product', rows_neg.BRAND)]:
        for q, desc in lst:
            if not add_neg(cat, q, desc):
                spare[cat].append(q)
    k = 0
    for w in rows_neg.SHARE_FIRST:
        if ncount['shares_one_word'] >= rules.NEG_QUOTA['shares_one_word']:
            spare['shares_one_word'].append(w); continue
        if d.tok_count(full(w)) == 0:
            log.append('SKIPFW %s' % w); continue
        phrase, subj = rows_neg.THEME_PHRASES[k % len(rows_neg.THEME_PHRASES)]
        if add_neg('shares_one_word', w + ' ' + phrase, 'common listed word plus theme words (%s)' % subj):
            k += 1
    targets = [d.name_to_ent()[r['expected']] for r in rows]
    cands = near_candidates(d, targets)
    rng2 = random.Random(SEED)
    rng2.shuffle(cands)
    cands.sort(key=lambda c: c[2])
    uw, ut = set(), set()
    k = 0
    for w, e, n in cands:
        if ncount['near_miss'] >= rules.NEG_QUOTA['near_miss']:
            break
        if w in uw or e in ut or w in rows_neg.NEAR_STOP:
            continue
        phrase, subj = rows_neg.THEME_PHRASES[k % len(rows_neg.THEME_PHRASES)]
        W = w[0].upper() + w[1:]
        if add_neg('near_miss', W + ' ' + phrase, 'rare word of an in-set target plus theme words (%s)' % subj,
                   (w, n, d.sdn[e]['name'], e)):
            uw.add(w); ut.add(e); k += 1
    for cat in rules.NEG_QUOTA:
        log.append('NEGCOUNT %s %d (quota %d); spares not needed: %s' % (cat, ncount[cat], rules.NEG_QUOTA[cat], spare.get(cat, [])))
    allrows = rows + neg
    lv = Counter(uses.get(t, 0) for t in targets)
    log.append('TOTAL %d rows (%d positives, %d negatives); levels %s; narcotics %d; earlier files %d' % (
        len(allrows), len(rows), len(neg), dict(sorted(lv.items())), narc_total, nfiles))
    print('\n'.join(log))
    if write:
        with open(OUT, 'w', encoding='utf-8') as f:
            for r in allrows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE %s' % OUT)

if __name__ == '__main__':
    main('--write' in sys.argv)
