"""python3 build.py [--write] : builds train95.jsonl (writes only with --write); logs to stdout"""
import sys, os, json, random
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg as R

SEED = 95
OUT = os.path.join(lib.EVAL, 'train95.jsonl')

def main():
    d = lib.Data()
    prior = lib.load_prior(d)
    keys, fulls, uses, nfiles = prior
    pool = sorted(d.pool)
    random.Random(SEED).shuffle(pool)
    pool.sort(key=lambda e: uses[e])
    rows, used, ikeys, ifulls = [], set(), set(), set()
    narc = 0
    rej = defaultdict(Counter)

    def inset_ok(q, script_like):
        if lib.key(q) in ikeys:
            return False
        if not script_like and lib.full(q) in ifulls:
            return False
        return True

    def take(q, script_like):
        ikeys.add(lib.key(q))
        if not script_like:
            ifulls.add(lib.full(q))

    for kind in gen.KINDS:
        cnt = Counter(); n = 0; nabbr = 0
        for e in pool:
            if n == 12:
                break
            if e in used:
                continue
            nc = lib.is_narc(d.sdn[e]['program'])
            if kind in gen.NARC_ONLY and not nc:
                continue
            if kind not in gen.NARC_ONLY and kind != 'abbreviation' and nc:
                continue
            if kind == 'abbreviation' and nc and nabbr >= 2:
                continue
            if nc and narc >= lib.NARC_CAP:
                continue
            if not lib.level_ok(d, e, uses[e]):
                continue
            cands = [c for c in gen.GEN[kind](d, e) if cnt[c[0]] < gen.quota(kind)]
            cands.sort(key=lambda c: cnt[c[0]])
            for shape, detail, q in cands:
                errs = rules.pos_errors(d, prior, kind, e, q, shape)
                if not inset_ok(q, kind == 'script'):
                    errs.append('in-set repeat')
                if errs:
                    for x in errs:
                        rej[kind][x] += 1
                    continue
                var = gen.variant_text(shape, detail)
                rows.append({'query': q, 'expected': d.sdn[e]['name'], 'kind': kind,
                             'notes': rules.pos_note(d, kind, var, e, uses[e])})
                take(q, kind == 'script')
                used.add(e); cnt[shape] += 1; n += 1
                if nc:
                    narc += 1
                    if kind == 'abbreviation':
                        nabbr += 1
                print('POS\t%s\tL%d\t%s\t%s\t%s' % (kind, uses[e], shape, q[:90], d.sdn[e]['name'][:40]))
                break
        unused = [s for s in gen.shapes_of(kind) if cnt[s] == 0]
        print('KIND\t%s\t%d\tunused: %s' % (kind, n, ' | '.join(unused)))

    pos_ents = [int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']')) for r in rows]
    # ---- negatives ----
    def add_neg(cat, q, desc, extra=''):
        errs = rules.neg_errors(d, prior, cat, q)
        if not inset_ok(q, cat == 'other_script'):
            errs.append('in-set repeat')
        if errs:
            print('NEGREJ\t%s\t%s\t%s' % (cat, q, ', '.join(errs)))
            return False
        note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
        rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
        take(q, cat == 'other_script')
        print('NEG\t%s\t%s' % (cat, q))
        return True

    def fill(cat, items):
        k = 0
        for q, desc in items:
            if k == R.QUOTAS[cat]:
                break
            if add_neg(cat, q, desc):
                k += 1
        print('NEGKIND\t%s\t%d' % (cat, k))

    fill('famous_unlisted', R.FAMOUS)
    fill('other_script', R.OTHER_SCRIPT)
    # near misses
    rng = random.Random(SEED)
    cands = []
    for e in pos_ents:
        name = d.sdn[e]['name']
        if len(lib.core(name).split()) < 2:
            continue
        body, tail = gen.split_legal(name)
        fw = set(lib.full(name).split())
        for t in body.split():
            w = t.lower()
            if not (t.isascii() and t.isalpha() and len(t) >= 4):
                continue
            if w in gen.SMALL or w in gen.LEGAL_TOK or w in d.place_tokens or w in R.NEAR_STOP or w not in fw:
                continue
            c = d.tok_count(w)
            if 1 <= c <= 3:
                cands.append((c, rng.random(), w, e))
    cands.sort()
    seen_w, seen_e, k = set(), set(), 0
    for c, _, w, e in cands:
        if k == R.QUOTAS['near_miss']:
            break
        if w in seen_w or e in seen_e:
            continue
        ph = R.NEAR_PHRASES[k % len(R.NEAR_PHRASES)]
        q = '%s %s' % (gen.tcw(w.upper()), ph)
        lab = 'listed org name/alias' if c == 1 else 'listed org names/aliases'
        extra = 'reused word: %s (%d %s) from in-set target %s [SDN ent_num %d]; ' % (w, c, lab, d.sdn[e]['name'], e)
        if add_neg('near_miss', q, '%s named with a rare word of an in-set target' % R.NEAR_DESC[ph], extra):
            seen_w.add(w); seen_e.add(e); k += 1
    print('NEGKIND\tnear_miss\t%d' % k)
    sh = []
    for i, f in enumerate(R.SHARES_FIRST):
        ph = R.SHARES_PHRASES[i % len(R.SHARES_PHRASES)]
        sh.append(('%s %s' % (f, ph), 'invented theme firm whose first word is a common listed word'))
    fill('shares_one_word', sh)
    fill('generic', [(q, 'generic theme question') for q in R.GENERIC])
    fill('chat_request', [(q, '%s chat request about an invented theme firm' % lang) for lang, q in R.CHAT])
    fill('person_as_company', [(q, 'invented person name plus a theme trade and legal form') for q in R.PERSON])
    fill('brand_product', [(q, 'real or plausible theme product with brand and size') for q in R.BRAND])

    print('REJ', json.dumps({k: dict(v) for k, v in rej.items()}, ensure_ascii=False))
    npos = sum(1 for r in rows if r['expected']); nneg = len(rows) - npos
    print('TOTAL %d rows (%d positives, %d negatives); narcotics %d; earlier files %d' % (len(rows), npos, nneg, narc, nfiles))
    if '--write' in sys.argv:
        with open(OUT, 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE', OUT)

if __name__ == '__main__':
    main()
