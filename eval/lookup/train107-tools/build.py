"""Builds train107.jsonl (with --write). Logs POS lines, per-kind counts, rejections, negatives."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg
from lib import key, full

SEED = 107
BUILD_ORDER = ['legal_form', 'punctuation', 'abbreviation', 'partial', 'word_order', 'case', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']


def main():
    write = '--write' in sys.argv
    d = lib.Data()
    keys, fulls, uses, nfiles = lib.load_prior(d)
    prior = (keys, fulls)
    pool = lib.build_pool(d)
    ents = sorted(pool)
    random.Random(SEED).shuffle(ents)
    ents = [x for x in ents if lib.level_ok(pool[x], uses[x])]
    ents.sort(key=lambda x: uses[x])
    used_ents, set_keys, set_fulls = set(), set(), set()
    rows, narc = [], 0
    rej = defaultdict(Counter)
    print('earlier files', nfiles, 'pool', len(pool))
    for kind in BUILD_ORDER:
        shapes = gen.KIND_SHAPES[kind]
        shape_n, items_used = Counter(), set()
        quota = rules.PER_KIND // len(shapes) if kind not in gen.ITEM_KINDS else None
        taken, narc_abbr = 0, 0
        for x in ents:
            if taken >= rules.PER_KIND:
                break
            if x in used_ents:
                continue
            e = pool[x]; nc = lib.is_narc(e['program'])
            if kind in rules.NARC_ONLY and not nc:
                continue
            if kind in rules.NON_NARC and nc:
                continue
            if nc and narc >= lib.NARC_CAP:
                continue
            if kind == 'abbreviation' and nc and narc_abbr >= rules.MAX_NARC_ABBR:
                continue
            lvl = uses[x]
            if rules.level_errors(e, lvl, kind):
                continue
            cands = gen.candidates(d, e, kind)
            order = {s: i for i, s in enumerate(shapes)}
            cands.sort(key=lambda c: (shape_n[c[0]], order.get(c[0], 0)))
            for shape, detail, q in cands:
                item = gen.item_of(kind, shape, detail)
                if quota is not None and shape_n[shape] >= quota:
                    continue
                if item is not None and item in items_used:
                    continue
                errs = rules.pos_errors(d, prior, pool, kind, shape, q, e)
                if key(q) in set_keys:
                    errs.append('in-set key')
                if kind != 'script' and full(q) in set_fulls:
                    errs.append('in-set full fold')
                if errs:
                    for er in errs:
                        rej[kind][er] += 1
                    continue
                rows.append({'query': q, 'expected': e['name'], 'kind': kind,
                             'notes': rules.pos_note(kind, shape, detail, e, lvl)})
                used_ents.add(x); set_keys.add(key(q))
                if kind != 'script':
                    set_fulls.add(full(q))
                shape_n[shape] += 1
                if item is not None:
                    items_used.add(item)
                taken += 1
                if nc:
                    narc += 1
                    if kind == 'abbreviation':
                        narc_abbr += 1
                print('POS\t%s\tL%d\t%s\t%s\t%s\t%s' % (kind, lvl, 'N' if nc else 'O', gen.variant(shape, detail), q, e['name']))
                break
        print('KIND %s %d rejections %s' % (kind, taken, dict(rej[kind])))
        unused = [s for s in shapes if s not in shape_n]
        if kind in gen.ITEM_KINDS and kind not in ('aka', 'abbreviation'):
            print('UNUSED %s: %s' % (kind, unused))
        if kind == 'abbreviation':
            print('UNUSED abbreviation: %s' % [f for f in gen.ABBR_FORMS if f not in items_used])
    # ---------------- negatives
    targets = [pool[x] for x in ents if x in used_ents]
    negs = []

    def try_neg(cat, q, desc, reuse=None):
        errs = rules.neg_errors(d, prior, cat, q)
        if key(q) in set_keys:
            errs.append('in-set key')
        if cat != 'other_script' and full(q) in set_fulls:
            errs.append('in-set full fold')
        if errs:
            print('NEGREJ\t%s\t%s\t%s' % (cat, q, errs)); return False
        negs.append({'query': q, 'expected': None, 'kind': cat, 'notes': rules.neg_note(d, cat, desc, q, reuse)})
        set_keys.add(key(q))
        if cat != 'other_script':
            set_fulls.add(full(q))
        return True

    def fill(cat, lst):
        n = 0; spares = []
        for q, desc in lst:
            if n >= rules.NEG_QUOTA[cat]:
                spares.append(q); continue
            if try_neg(cat, q, desc):
                n += 1
        print('NEG %s %d spares %s' % (cat, n, spares))

    fill('famous_unlisted', rows_neg.FAMOUS)
    fill('other_script', rows_neg.OTHER_SCRIPT)
    # near misses
    cand = []
    for e in targets:
        if len(lib.core(e['name']).split()) < 2:
            continue
        fw = set(full(e['name']).split())
        b, _ = gen.body_legal(e['name'])
        for t in b:
            w = t.rstrip(',')
            if not gen.plain(w) or len(w) < 4:
                continue
            f = full(w)
            if f not in fw or f in gen.SMALL or f in lib.LEGAL or d.place(f):
                continue
            n = d.tok_count(f)
            if 1 <= n <= 3:
                cand.append((n, f, e))
    random.Random(SEED).shuffle(cand)
    cand.sort(key=lambda c: c[0])
    seen_w, seen_e, n = set(), set(), 0
    for cnt, f, e in cand:
        if n >= rules.NEG_QUOTA['near_miss']:
            break
        if f in rows_neg.STOP or f in seen_w or e['ent'] in seen_e:
            continue
        phrase = rows_neg.THEME_PHRASES[n % len(rows_neg.THEME_PHRASES)]
        q = f.capitalize() + ' ' + phrase
        if try_neg('near_miss', q, 'rare word of an in-set target plus theme words', rules.reuse_text(d, f, e)):
            seen_w.add(f); seen_e.add(e['ent']); n += 1
    print('NEG near_miss %d' % n)
    n = 0
    for w in rows_neg.FIRST_WORDS:
        if n >= rules.NEG_QUOTA['shares_one_word']:
            print('NOTNEEDED', w); continue
        if d.tok_count(full(w)) == 0:
            print('SKIPFW', w); continue
        q = w + ' ' + rows_neg.THEME_PHRASES[n % len(rows_neg.THEME_PHRASES)]
        if try_neg('shares_one_word', q, 'common listed word plus theme words'):
            n += 1
    print('NEG shares_one_word %d' % n)
    fill('generic', rows_neg.GENERIC)
    fill('chat_request', rows_neg.CHAT)
    fill('person_as_company', rows_neg.PERSON)
    fill('brand_product', rows_neg.BRAND)
    allrows = rows + negs
    print('TOTAL', len(allrows), 'positives', len(rows), 'negatives', len(negs), 'narcotics', narc,
          'levels', dict(Counter(uses[x] for x in used_ents)))
    if write:
        with open(lib.OUT, 'w', encoding='utf-8') as fh:
            for r in allrows:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE', lib.OUT)


if __name__ == '__main__':
    main()
