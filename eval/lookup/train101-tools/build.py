"""Build train101.jsonl (with --write). Logs POS/NEG lines, counts, unused items and rejection reasons."""
import sys, json, random
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg

BUILD_ORDER = ['case', 'word_order', 'partial', 'legal_form', 'punctuation', 'abbreviation', 'aka', 'typo', 'transliteration',
               'translation', 'script', 'parent_vs_subsidiary', 'messy']

def main():
    write = '--write' in sys.argv
    d = lib.Data()
    prior = lib.load_prior(d)
    keys, folds, uses, nfiles = prior
    print('LOG earlier files %d, pool %d' % (nfiles, len(d.pool)))
    ents = sorted(e for e in d.pool if lib.level_ok(d, uses, e))
    random.Random(lib.SEED).shuffle(ents)
    ents.sort(key=lambda e: uses.get(e, 0))
    used_ent, in_keys, in_folds = set(), set(), set()
    rows, rej = [], defaultdict(Counter)
    narc = 0
    pos_by_kind = defaultdict(list)
    for kind in BUILD_ORDER:
        shape_n = Counter(); items = set(); narc_abbr = 0
        for e in ents:
            if len(pos_by_kind[kind]) >= 12:
                break
            if e in used_ent:
                continue
            nc = lib.is_narc(d.sdn[e]['program'])
            if kind in gen.NARC_ONLY and not nc:
                continue
            if kind == 'abbreviation' and nc and narc_abbr >= gen.NARC_ABBR_MAX:
                continue
            if kind not in gen.NARC_ONLY and kind != 'abbreviation' and nc:
                continue
            if nc and narc >= lib.NARC_CAP:
                continue
            cands = gen.candidates(d, e, kind)
            order = {s: i for i, s in enumerate(gen.SHAPES[kind])}
            cands = [c for c in cands if shape_n[c[0]] < gen.SHAPES[kind][c[0]] and (c[1] is None or c[1] not in items)]
            cands.sort(key=lambda c: (shape_n[c[0]], order[c[0]]))
            for shape, item, detail, q in cands:
                errs = rules.pos_errors(d, prior, kind, e, shape, q, item if kind != 'script' else shape)
                k, f = lib.key(q), lib.full(q)
                if k in in_keys:
                    errs.append('in-set key')
                if kind != 'script' and f in in_folds:
                    errs.append('in-set full fold')
                if errs:
                    for x in errs:
                        rej[kind][x] += 1
                    continue
                lv = uses.get(e, 0)
                note = rules.pos_note(kind, shape, detail, d.sdn[e]['program'], lv, d.sdn[e]['name'], e)
                row = {'query': q, 'expected': d.sdn[e]['name'], 'kind': kind, 'notes': note}
                pos_by_kind[kind].append(row)
                used_ent.add(e); in_keys.add(k)
                if kind != 'script':
                    in_folds.add(f)
                shape_n[shape] += 1
                if item is not None:
                    items.add(item)
                if nc:
                    narc += 1
                    if kind == 'abbreviation':
                        narc_abbr += 1
                print('POS\t%s\tL%d\t%s\t%s\t%s' % (kind, lv, 'N' if nc else '-', gen.variant(shape, detail), q.replace('\n', '\\n')))
                break
        unused = [s for s in gen.SHAPES[kind] if shape_n[s] < gen.SHAPES[kind][s]]
        print('LOG kind %s: %d rows; open shapes/items: %s' % (kind, len(pos_by_kind[kind]), ', '.join(unused) or 'none'))
    for kind in gen.KINDS:
        rows += pos_by_kind[kind]
    # ------------------------------------------------ negatives
    neg = defaultdict(list)
    def try_neg(cat, q, desc, reused=None):
        errs = rules.neg_errors(d, prior, cat, q)
        k, f = lib.key(q), lib.full(q)
        if k in in_keys:
            errs.append('in-set key')
        if cat != 'other_script' and f in in_folds:
            errs.append('in-set full fold')
        if errs:
            print('NEGREJ\t%s\t%s\t%s' % (cat, q, ', '.join(errs)))
            return False
        neg[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': rules.neg_note(d, cat, desc, q, reused)})
        in_keys.add(k)
        if cat != 'other_script':
            in_folds.add(f)
        return True
    for cat, lst in rows_neg.HAND.items():
        for q, desc in lst:
            if len(neg[cat]) >= rules.NEG_QUOTA[cat]:
                break
            try_neg(cat, q, desc.replace(' (spare)', ''))
    # shares_one_word
    i = 0
    for w in rows_neg.FIRST_WORDS:
        if len(neg['shares_one_word']) >= rules.NEG_QUOTA['shares_one_word']:
            break
        if d.tok_count(lib.full(w)) == 0:
            print('SKIPFW\t%s' % w); continue
        ph, subj = rows_neg.PHRASES[i % len(rows_neg.PHRASES)]
        if try_neg('shares_one_word', '%s %s' % (w, ph), 'common listed word plus invented %s words' % subj):
            i += 1
    # near misses from in-set targets
    cands = near_miss_candidates(d, [r for r in rows if r['expected'] is not None])
    random.Random(lib.SEED).shuffle(cands)
    cands.sort(key=lambda c: c[1])
    used_w, used_t = set(), set()
    i = 0
    for w, n, e in cands:
        if len(neg['near_miss']) >= rules.NEG_QUOTA['near_miss']:
            break
        if w in used_w or e in used_t:
            continue
        ph, subj = rows_neg.PHRASES[i % len(rows_neg.PHRASES)]
        q = '%s %s' % (w.capitalize(), ph)
        if try_neg('near_miss', q, 'invented %s named with a rare word of an in-set target' % subj, (w, n, d.sdn[e]['name'], e)):
            used_w.add(w); used_t.add(e); i += 1
    for cat in rules.NEG_ORDER:
        print('LOG negatives %s: %d' % (cat, len(neg[cat])))
        rows += neg[cat]
    for kind in BUILD_ORDER:
        print('LOG rejections %s: %s' % (kind, dict(rej[kind])))
    npos = sum(1 for r in rows if r['expected'] is not None)
    print('LOG rows %d (positives %d, negatives %d), narcotics %d' % (len(rows), npos, len(rows) - npos, narc))
    if write:
        with open(lib.OUT, 'w', encoding='utf-8') as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('LOG wrote', lib.OUT)

def near_miss_candidates(d, pos_rows):
    import re
    out = []
    for r in pos_rows:
        e = int(re.search(r'ent_num (\d+)\]$', r['notes']).group(1))
        name = d.sdn[e]['name']
        if len(lib.core_tokens(lib.full(name))) < 2:
            continue
        ftoks = set(lib.full(name).split())
        body, _ = gen.split_legal(name)
        seen = set()
        for t in body:
            w = gen.plain(t)
            if not w:
                continue
            w = w.lower()
            if w in seen or not near_word_ok(d, w, ftoks):
                continue
            seen.add(w)
            out.append((w, d.tok_count(w), e))
    return out

def near_word_ok(d, w, ftoks):
    return (w in ftoks and len(w) >= 4 and w.isascii() and w.isalpha() and w not in lib.FILLER and w not in gen.SMALL
            and w not in d.place and w not in rows_neg.NEAR_STOP and 1 <= d.tok_count(w) <= 3)

if __name__ == '__main__':
    main()
