"""Build train98.jsonl: positives kind by kind (lowest level first), then negatives. --write writes the file."""
import sys, json, random
from collections import Counter
import lib, gen, rules
import rows_neg as R

SEED = 98
BUILD_ORDER = ['case', 'word_order', 'partial', 'legal_form', 'punctuation', 'abbreviation', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']


def near_candidates(d, pos_rows):
    out = []
    for r in pos_rows:
        e = r['_e']; name = d.sdn[e]['name']
        if len(lib.core_tokens(name)) < 2:
            continue
        body, _ = gen.split_legal(name)
        ft = set(lib.full_tokens(name))
        for t in body:
            w = t.rstrip(',')
            lw = w.lower()
            if not (w.isascii() and w.isalpha() and len(w) >= 4):
                continue
            if lw in lib.FILLER or lw in gen.PARTIAL_SMALL or lw in R.NEAR_STOP or lw in d.place or lw not in ft:
                continue
            n = d.tok_count(lw)
            if 1 <= n <= 3:
                out.append((n, lw, e))
    return out


def near_word_ok(d, lw, e):
    name = d.sdn[e]['name']
    body, _ = gen.split_legal(name)
    return (lw.isascii() and lw.isalpha() and len(lw) >= 4 and lw not in lib.FILLER and lw not in gen.PARTIAL_SMALL
            and lw not in R.NEAR_STOP and lw not in d.place and lw in set(lib.full_tokens(name))
            and any(t.rstrip(',').lower() == lw for t in body) and 1 <= d.tok_count(lw) <= 3
            and len(lib.core_tokens(name)) >= 2)


def build(log):
    d = lib.data(); pool = d.pool(); prior = lib.prior(); keys, fulls, uses, nf = prior
    cands = [e for e in pool if lib.level_ok(e)]
    random.Random(SEED).shuffle(cands)
    cands.sort(key=lambda e: uses.get(e, 0))
    used, skeys, sfulls = set(), set(), set()
    rows, rej = [], Counter()
    narc = 0
    for kind in BUILD_ORDER:
        cnt = Counter(); got = 0; qmax = gen.QUOTA(kind); nk = 0
        shapes = gen.SHAPES[kind]
        for e in cands:
            if got == 12:
                break
            if e in used:
                continue
            isn = lib.is_narc(pool[e]['program'])
            if kind in gen.NARC_ONLY and not isn:
                continue
            if kind not in gen.NARC_ONLY and kind not in gen.MIXED and isn:
                continue
            if kind == 'abbreviation' and isn and nk >= gen.NARC_ABBR_MAX:
                continue
            if isn and narc >= lib.NARC_CAP:
                continue
            opts = [o for o in gen.generate(kind, e, d) if cnt[o[0]] < qmax]
            opts.sort(key=lambda o: (cnt[o[0]], shapes.index(o[0])))
            for shape, detail, q in opts:
                errs = rules.pos_errors(kind, e, q, shape, d, pool, prior)
                if lib.key(q) in skeys or (kind != 'script' and lib.full(q) in sfulls):
                    errs.append('in-set repeat')
                if errs:
                    for x in errs:
                        rej[(kind, x)] += 1
                    continue
                lv = uses.get(e, 0)
                rows.append({'query': q, 'expected': pool[e]['name'], 'kind': kind,
                             'notes': rules.pos_note(kind, shape, detail, e, d, lv), '_e': e, '_lv': lv, '_narc': isn,
                             '_shape': shape})
                used.add(e); skeys.add(lib.key(q))
                if kind != 'script':
                    sfulls.add(lib.full(q))
                cnt[shape] += 1; got += 1
                if isn:
                    narc += 1; nk += 1
                break
        log('KIND %s %d rows; shapes %s' % (kind, got, dict(cnt)))
        unused = [s for s in shapes if cnt[s] == 0]
        if unused:
            log('UNUSED %s: %s' % (kind, ' | '.join(unused)))
    for r in rows:
        log('POS\t%s\tL%d\t%s\t%s\t%s\t%s' % (r['kind'], r['_lv'], 'N' if r['_narc'] else '-', r['_shape'][:45],
                                             r['query'].replace('\n', '\\n'), r['expected'][:45]))
    # negatives
    negs = []
    def take(cat, items):
        n = 0
        for q, desc in items:
            if n == rules.NEG_QUOTA[cat]:
                break
            errs = rules.neg_errors(cat, q, d, prior)
            if lib.key(q) in skeys or (cat != 'other_script' and lib.full(q) in sfulls):
                errs.append('in-set repeat')
            if errs:
                log('NEGREJ\t%s\t%s\t%s' % (cat, q, '; '.join(errs)))
                continue
            negs.append({'query': q, 'expected': None, 'kind': cat, 'notes': rules.neg_note(cat, desc, q, d)})
            skeys.add(lib.key(q))
            if cat != 'other_script':
                sfulls.add(lib.full(q))
            n += 1
        if n < rules.NEG_QUOTA[cat]:
            log('SHORT %s %d' % (cat, n))
    take('famous_unlisted', R.FAMOUS)
    take('other_script', [(q, desc) for _, q, desc in R.OTHER_SCRIPT])
    # near misses
    nc = near_candidates(d, rows)
    random.Random(SEED).shuffle(nc)
    nc.sort(key=lambda x: x[0])
    n = 0; uw, ue = set(), set()
    for cnt_, lw, e in nc:
        if n == rules.NEG_QUOTA['near_miss']:
            break
        if lw in uw or e in ue:
            continue
        q = lw.capitalize() + ' ' + R.PHRASES[n % len(R.PHRASES)]
        errs = rules.neg_errors('near_miss', q, d, prior)
        if lib.key(q) in skeys or lib.full(q) in sfulls:
            errs.append('in-set repeat')
        if errs:
            log('NEGREJ\tnear_miss\t%s\t%s' % (q, '; '.join(errs)))
            continue
        negs.append({'query': q, 'expected': None, 'kind': 'near_miss',
                     'notes': rules.neg_note('near_miss', R.NEAR_DESC, q, d, (lw, cnt_, d.sdn[e]['name'], e))})
        skeys.add(lib.key(q)); sfulls.add(lib.full(q)); uw.add(lw); ue.add(e); n += 1
    if n < 25:
        log('SHORT near_miss %d' % n)
    take('shares_one_word', R.SHARES)
    take('generic', R.GENERIC)
    take('chat_request', [(q, 'invented theme firm, chat request in %s' % lang) for lang, q in R.CHAT])
    take('person_as_company', R.PERSON)
    take('brand_product', R.BRAND)
    for r in negs:
        log('NEG\t%s\t%s' % (r['kind'], r['query'].replace('\n', '\\n')))
    for (k, x), c in sorted(rej.items()):
        log('REJ\t%s\t%s\t%d' % (k, x, c))
    log('TOTAL %d positives (%d narcotics), %d negatives' % (len(rows), narc, len(negs)))
    return rows, negs


def main():
    out = []
    rows, negs = build(out.append)
    print('\n'.join(out))
    if '--write' in sys.argv:
        with open(lib.SET_FILE, 'w', encoding='utf-8') as fh:
            for r in rows:
                fh.write(json.dumps({k: r[k] for k in ('query', 'expected', 'kind', 'notes')}, ensure_ascii=False) + '\n')
            for r in negs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE %s (%d rows)' % (lib.SET_FILE, len(rows) + len(negs)))


if __name__ == '__main__':
    main()
