"""Build train110.jsonl. Usage: python3 build.py [--write]"""
import json, os, random, sys
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg as RN

SEED = 110
BUILD_ORDER = ['legal_form', 'punctuation', 'abbreviation', 'partial', 'word_order', 'case', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
PHRASE_SUBJECT = {'Alebrije Copal': 'alebrije carving workshop', 'Rakugo Yose': 'rakugo yose hall',
                  'Cenote Espeleobuceo': 'cenote dive-guide firm', 'Mezcal Palenque': 'mezcal palenque',
                  'Hanafuda Karuta': 'hanafuda card maker', 'Pintxos Txoko': 'pintxo bar'}

def setup():
    d = lib.Data()
    keys, folds, uses, n = lib.load_prior(d)
    pool = d.pool()
    lev = {e: uses.get(e, 0) for e in pool}
    return {'d': d, 'keys': keys, 'folds': folds, 'uses': uses, 'nfiles': n, 'pool': pool, 'lev': lev}

def kind_allows(kind, narc):
    if kind in gen.NARC_ONLY:
        return narc
    if kind == 'abbreviation':
        return True
    return not narc

def shape_cap(kind, shape):
    if kind in gen.ONCE_KINDS:
        return 1
    if kind in gen.PER_SHAPE:
        return gen.PER_SHAPE[kind]
    return 12

def near_miss_candidates(ctx, pos_rows):
    d = ctx['d']; cands = []
    for r in pos_rows:
        t = ctx['pool'][r['_ent']]
        if len(lib.core(lib.full(t['name'])).split()) < 2:
            continue
        raw, _ = gen.split_legal(t['name'])
        body_plain = {x.strip(',').lower() for x in raw if gen.plain(x)}
        for w in sorted(set(lib.full(t['name']).split())):
            n = d.tok_count(w)
            if not (1 <= n <= 3) or len(w) < 4 or not (w.isalpha() and w.isascii()):
                continue
            if w in lib.FILLER or w in gen.SMALL_EXTRA or w in d.place or w not in body_plain:
                continue
            cands.append((n, w, t))
    random.Random(SEED).shuffle(cands)
    cands.sort(key=lambda x: x[0])
    return cands

def near_miss_ok(w):
    return w not in RN.NEAR_STOP

def build(ctx, log):
    d, pool, lev = ctx['d'], ctx['pool'], ctx['lev']
    ents = sorted(pool)
    random.Random(SEED).shuffle(ents)
    ents.sort(key=lambda e: lev[e])
    used, rows, seen_k, seen_f = set(), [], set(), set()
    narc_n = 0; rej = defaultdict(Counter)
    for kind in BUILD_ORDER:
        shapes = gen.SHAPES[kind]
        cnt = Counter(); items = Counter(); n_kind = 0; narc_abbr = 0
        for e in ents:
            if n_kind == 12:
                break
            if e in used:
                continue
            r = pool[e]; narc = lib.is_narc(r['prog'])
            if not lib.level_ok(lev[e], narc) or not kind_allows(kind, narc):
                continue
            if narc and narc_n >= lib.NARC_CAP:
                continue
            if kind == 'abbreviation' and narc and narc_abbr >= gen.NARC_ABBR_MAX:
                continue
            cands = gen.candidates(kind, r, d)
            order = {s: i for i, s in enumerate(shapes)}
            cands.sort(key=lambda c: (cnt[c[0]], order.get(c[0], 99)))
            for shape, detail, q in cands:
                if cnt[shape] >= shape_cap(kind, shape):
                    continue
                if kind == 'abbreviation' and items[detail.split('`')[1]]:
                    continue
                errs = rules.pos_errors(kind, shape, detail, q, r, lev[e], ctx)
                k, f = lib.key(q), lib.full(q)
                if k in seen_k or (kind != 'script' and f in seen_f):
                    errs.append('in-set repeat')
                if errs:
                    for x in errs:
                        rej[kind][x] += 1
                    continue
                note = rules.pos_note(kind, shape, detail, r, lev[e])
                rows.append({'query': q, 'expected': r['name'], 'kind': kind, 'notes': note, '_ent': e})
                seen_k.add(k)
                if kind != 'script':
                    seen_f.add(f)
                used.add(e); cnt[shape] += 1; n_kind += 1
                if kind == 'abbreviation':
                    items[detail.split('`')[1]] += 1
                    narc_abbr += narc
                narc_n += narc
                log('POS %s L%d %s %s | %s | %s' % (kind, lev[e], 'N' if narc else 'O', e, q, gen.variant(shape, detail)))
                break
        log('KIND %s %d %s' % (kind, n_kind, dict(cnt)))
        unused = [s for s in shapes if not cnt[s]]
        if kind == 'abbreviation':
            unused = [v for v in gen.SHORT.values() if not items[v]]
        if unused and kind not in ('aka',):
            log('UNUSED %s %s' % (kind, unused))
        if rej[kind]:
            log('REJ %s %s' % (kind, dict(rej[kind])))
    # negatives
    negs = []
    def add_neg(cat, q, desc, reuse=None):
        errs = rules.neg_errors(cat, q, ctx)
        k, f = lib.key(q), lib.full(q)
        if k in seen_k or (cat != 'other_script' and f in seen_f):
            errs.append('in-set repeat')
        if errs:
            log('NEGREJ %s %s %s' % (cat, q, errs)); return False
        seen_k.add(k)
        if cat != 'other_script':
            seen_f.add(f)
        negs.append({'query': q, 'expected': None, 'kind': cat, 'notes': rules.neg_note(d, cat, desc, q, reuse)})
        return True
    def fill(cat, items):
        n = 0; spare = []
        for q, desc in items:
            if n < rules.NEG_QUOTA[cat]:
                n += add_neg(cat, q, desc)
            else:
                spare.append(q)
        log('NEG %s %d spares %s' % (cat, n, spare))
    fill('famous_unlisted', RN.FAMOUS)
    fill('other_script', RN.OTHER_SCRIPT)
    # near misses
    n = 0; wused, tused = set(), set()
    for cnt_, w, t in near_miss_candidates(ctx, rows):
        if n == rules.NEG_QUOTA['near_miss']:
            break
        if not near_miss_ok(w) or w in wused or t['ent'] in tused:
            continue
        ph = RN.THEME_PHRASES[n % len(RN.THEME_PHRASES)]
        q = w.capitalize() + ' ' + ph
        desc = 'invented %s name reusing a rare word of an in-set target' % PHRASE_SUBJECT[ph]
        if add_neg('near_miss', q, desc, (w, cnt_, t)):
            n += 1; wused.add(w); tused.add(t['ent'])
    log('NEG near_miss %d' % n)
    n = 0
    for fw in RN.SHARES_FIRST:
        if n == rules.NEG_QUOTA['shares_one_word']:
            log('NOTNEEDED shares_one_word %s' % fw); continue
        if not d.tok_count(lib.full(fw)):
            log('SKIPFW %s' % fw); continue
        ph = RN.THEME_PHRASES[n % len(RN.THEME_PHRASES)]
        desc = 'invented %s name with a common listed first word' % PHRASE_SUBJECT[ph]
        n += add_neg('shares_one_word', fw + ' ' + ph, desc)
    log('NEG shares_one_word %d' % n)
    fill('generic', RN.GENERIC)
    fill('chat_request', [(q, 'invented theme firm, chat request in %s' % lang) for lang, q in RN.CHAT])
    fill('person_as_company', RN.PERSON)
    fill('brand_product', RN.BRAND)
    return rows, negs, rej

def main():
    ctx = setup()
    out = []
    rows, negs, rej = build(ctx, out.append)
    for line in out:
        print(line)
    lv = Counter(ctx['lev'][r['_ent']] for r in rows)
    print('TOTAL pos %d neg %d levels %s narcotics %d earlier files %d' % (
        len(rows), len(negs), dict(sorted(lv.items())), sum(lib.is_narc(ctx['pool'][r['_ent']]['prog']) for r in rows), ctx['nfiles']))
    if '--write' in sys.argv:
        path = os.path.join(lib.LOOKUP, lib.SET_NAME + '.jsonl')
        with open(path, 'w', encoding='utf-8') as fh:
            for r in rows + negs:
                fh.write(json.dumps({k: r[k] for k in ('query', 'expected', 'kind', 'notes')}, ensure_ascii=False) + '\n')
        print('WROTE', path)

if __name__ == '__main__':
    main()
