"""Build train108.jsonl. Usage: build.py [--write]. Logs to stdout (POS/KIND/REJ/UNUSED/NEG/NEGREJ/SKIPFW lines)."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg as RN
from lib import key, full

SEED = 108
BUILD_ORDER = ['legal_form', 'punctuation', 'abbreviation', 'partial', 'word_order', 'case', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']


def item_of(kind, shape, detail):
    if kind == 'abbreviation':
        return detail.split('`')[1]
    if kind == 'aka':
        return detail
    return None


def main():
    d = lib.Data()
    keys, fulls, uses, nfiles = lib.load_prior(d)
    prior = (keys, fulls)
    P = lib.pool(d); pool_set = set(P)
    order = list(P)
    random.Random(SEED).shuffle(order)
    order.sort(key=lambda e: uses[e])
    used_ent, rows = set(), []
    in_keys, in_fulls = set(), set()
    narc_n = 0
    rej = defaultdict(Counter)
    for kind in BUILD_ORDER:
        shape_n, items = Counter(), set()
        got, narc_k = 0, 0
        fallback = False
        seq = order + ([None] + order if kind == 'case' else [])
        for e in seq:
            if e is None:
                fallback = True
                print('FALLBACK\t%s\t%d narcotics rows; non-narcotics names allowed from here' % (kind, got))
                continue
            if got == rules.PER_KIND:
                break
            if e in used_ent:
                continue
            rec = d.sdn[e]; narc = lib.is_narc(rec['program'])
            if not lib.level_ok(uses[e], narc):
                continue
            if kind in gen.NARC_ONLY and not narc and not (kind == 'case' and fallback):
                continue
            if kind in gen.MIXED and narc and narc_k >= 2:
                continue
            if kind not in gen.NARC_ONLY and kind not in gen.MIXED and narc:
                continue
            if narc and narc_n >= lib.NARC_CAP:
                continue
            cands = gen.candidates(d, e, kind)
            shapes = gen.SHAPES[kind]
            cands.sort(key=lambda c: (shape_n[c[0]], shapes.index(c[0])))
            for shape, detail, q in cands:
                cap = 1 if kind in gen.ONCE_KINDS else gen.PER_SHAPE.get(kind, 99)
                if shape_n[shape] >= cap:
                    continue
                it = item_of(kind, shape, detail)
                if it is not None and it in items:
                    rej[kind]['item used'] += 1; continue
                errs = rules.pos_errors(d, prior, pool_set, uses, kind, shape, detail, q, e)
                ck = key(q); cf = full(q)
                if ck in in_keys or (kind != 'script' and cf in in_fulls):
                    errs.append('in-set repeat')
                if errs:
                    for x in errs:
                        rej[kind][x] += 1
                    continue
                rows.append({'query': q, 'expected': rec['name'], 'kind': kind,
                             'notes': rules.pos_note(kind, shape, detail, d, e, uses[e])})
                in_keys.add(ck)
                if kind != 'script':
                    in_fulls.add(cf)
                used_ent.add(e); shape_n[shape] += 1
                if it is not None:
                    items.add(it)
                got += 1
                if narc:
                    narc_n += 1; narc_k += 1
                print('POS\t%s\tL%d\t%s\t%s\t%s\t%s' % (kind, uses[e], 'N' if narc else 'O', q, rec['name'], shape))
                break
        print('KIND\t%s\t%d rows\t%s\trej %s' % (kind, got, dict(shape_n), dict(rej[kind])))
        if kind in gen.ONCE_KINDS:
            print('UNUSED\t%s\t%s' % (kind, [s for s in gen.SHAPES[kind] if not shape_n[s]]))
        if kind == 'abbreviation':
            print('UNUSED\tabbreviation\t%s' % [s for _w, s in gen.SHORT if s not in items])
    # ---------------- negatives
    negs = []
    def add_neg(cat, q, desc, reuse=None):
        errs = rules.neg_errors(d, prior, cat, q)
        ck, cf = key(q), full(q)
        if ck in in_keys or (cat != 'other_script' and cf in in_fulls):
            errs.append('in-set repeat')
        if errs:
            print('NEGREJ\t%s\t%s\t%s' % (cat, q, errs)); return False
        negs.append({'query': q, 'expected': None, 'kind': cat, 'notes': rules.neg_note(d, cat, desc, q, reuse)})
        in_keys.add(ck)
        if cat != 'other_script':
            in_fulls.add(cf)
        return True
    def fill(cat, items):
        n = 0
        for q, desc in items:
            if n == rules.QUOTA[cat]:
                break
            if add_neg(cat, q, desc):
                n += 1
        print('NEG\t%s\t%d\tspares %d' % (cat, n, len(items) - n))
    fill('famous_unlisted', [(q, 'famous: ' + ds) for q, ds in RN.FAMOUS])
    fill('other_script', [(q, RN.DESC['other_script'] % l) for q, l in RN.OTHER_SCRIPT])
    # near misses
    tents = [(r['expected'], int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']'))) for r in rows]
    cand = []
    for tname, tent in tents:
        if len(lib.core(tname).split()) < 2:
            continue
        body, _l = gen.split_legal(tname)
        bodyw = set(full(t.rstrip(',')) for t in body if gen.plain(t))
        for w in set(full(tname).split()):
            n = d.tok_count(w)
            if (1 <= n <= 3 and w in bodyw and len(w) >= 4 and w.isascii() and w.isalpha() and w not in lib.FILLER
                    and w not in d.place and not gen.is_small(w)):
                cand.append((n, w, tname, tent))
    rnd = random.Random(SEED)
    rnd.shuffle(cand)
    cand.sort(key=lambda c: c[0])
    used_w, used_t, k = set(), set(), 0
    for n, w, tname, tent in cand:
        if k == rules.QUOTA['near_miss']:
            break
        if w in used_w or tent in used_t or w in RN.NEAR_STOP:
            continue
        q = '%s %s' % (w.capitalize(), RN.THEME_PHRASES[k % len(RN.THEME_PHRASES)])
        if add_neg('near_miss', q, RN.DESC['near_miss'], (w, n, tname, tent)):
            used_w.add(w); used_t.add(tent); k += 1
    print('NEG\tnear_miss\t%d' % k)
    k = 0
    for fw in RN.FIRST_WORDS:
        if k == rules.QUOTA['shares_one_word']:
            break
        if d.tok_count(full(fw)) == 0:
            print('SKIPFW\t%s' % fw); continue
        q = '%s %s' % (fw, RN.THEME_PHRASES[k % len(RN.THEME_PHRASES)])
        if add_neg('shares_one_word', q, RN.DESC['shares_one_word']):
            k += 1
    print('NEG\tshares_one_word\t%d\tnot needed %s' % (k, RN.FIRST_WORDS[RN.FIRST_WORDS.index(fw) + 1:] if k == 15 else []))
    fill('generic', [(q, RN.DESC['generic']) for q in RN.GENERIC])
    fill('chat_request', [(q, RN.DESC['chat_request'] % l) for q, l in RN.CHAT])
    fill('person_as_company', [(q, RN.DESC['person_as_company']) for q in RN.PERSON])
    fill('brand_product', [(q, RN.DESC['brand_product']) for q in RN.BRAND])
    print('TOTAL\t%d positives\t%d negatives\t%d narcotics\t%d earlier files\tpool %d' % (len(rows), len(negs), narc_n, nfiles, len(P)))
    if '--write' in sys.argv:
        with open(lib.LOOKUP + '/' + lib.THIS, 'w', encoding='utf-8') as fh:
            for r in rows + negs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE', lib.THIS)

if __name__ == '__main__':
    main()
