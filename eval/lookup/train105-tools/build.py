"""Builds train105.jsonl (with --write). Logs POS lines, per-kind counts and rejections, negatives."""
import sys, json, random
from collections import Counter, defaultdict
import lib, gen, rules
import rows_neg as RN

SEED = 105
BUILD_ORDER = ['abbreviation', 'legal_form', 'punctuation', 'partial', 'word_order', 'case', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']

def main():
    d = lib.Data(); prior = lib.load_prior(d); keys, fulls, uses, nf = prior
    P = lib.pool(d)
    order = list(P); random.Random(SEED).shuffle(order); order.sort(key=lambda e: uses.get(e, 0))
    print('earlier files', nf, 'pool', len(P))
    used_ent, in_keys, in_fulls = set(), set(), set()
    rows = {k: [] for k in rules.KINDS}
    narc = 0
    for kind in BUILD_ORDER:
        shape_rows, items, rej = Counter(), set(), Counter()
        shapes = gen.SHAPES[kind]
        narc_here = 0
        for e in order:
            if len(rows[kind]) >= rules.PER_KIND: break
            if e in used_ent or not lib.level_ok(d, uses, e): continue
            lv = uses.get(e, 0)
            if kind in rules.KIND_MAX and lv > rules.KIND_MAX[kind]: continue
            isn = lib.is_narc(d.sdn[e]['program'])
            if kind in rules.NARC_ONLY and not isn: continue
            if kind not in rules.NARC_ONLY and kind != 'abbreviation' and isn: continue
            if kind == 'abbreviation' and isn and narc_here >= rules.NARC_ABBR_MAX: continue
            if isn and narc >= rules.NARC_CAP: continue
            cands = []
            for sh, det, q in gen.generate(kind, e, d):
                quota = gen.QUOTA.get(kind, 1 if kind != 'aka' else 99)
                if kind == 'abbreviation': quota = 99
                if shape_rows[sh] >= quota: continue
                it = gen.item_of(kind, sh, det)
                if kind in gen.ITEM_KINDS and it in items: continue
                cands.append((shape_rows[sh], shapes.index(sh), sh, det, q))
            cands.sort(key=lambda x: (x[0], x[1]))
            for _, _, sh, det, q in cands:
                errs = rules.pos_errors(kind, sh, det, q, e, d, prior)
                if lib.key(q) in in_keys: errs.append('in-set key')
                if kind != 'script' and lib.full(q) in in_fulls: errs.append('in-set full fold')
                if errs:
                    for x in errs: rej[x] += 1
                    continue
                rec = d.sdn[e]
                note = rules.pos_note(kind, sh, det, rec['program'], lv, rec['name'], e)
                rows[kind].append(dict(query=q, expected=rec['name'], kind=kind, notes=note))
                used_ent.add(e); in_keys.add(lib.key(q))
                if kind != 'script': in_fulls.add(lib.full(q))
                shape_rows[sh] += 1; items.add(gen.item_of(kind, sh, det))
                if isn: narc += 1; narc_here += 1
                print('POS\t%s\tL%d\t%s\t%s\t%s' % (kind, lv, 'N' if isn else '-', gen.variant(sh, det), q.replace('\n', '\\n')))
                break
        unused = [s for s in shapes if s not in shape_rows] if kind in gen.ITEM_KINDS and kind not in ('aka', 'abbreviation') else []
        if kind == 'abbreviation': unused = [a for a, _ in gen.SHORT if a not in items]
        print('KIND\t%s\t%d rows\trejections %s\tunused %s' % (kind, len(rows[kind]), dict(rej), unused))
    # ------------------------------------------------------------------ negatives
    neg = []
    def add(cat, q, desc, reuse=None):
        errs = rules.neg_errors(cat, q, d, prior)
        if lib.key(q) in in_keys: errs.append('in-set key')
        if cat != 'other_script' and lib.full(q) in in_fulls: errs.append('in-set full fold')
        if errs:
            print('NEGREJ\t%s\t%s\t%s' % (cat, q, errs)); return False
        neg.append(dict(query=q, expected=None, kind=cat, notes=rules.neg_note(cat, desc, q, d, reuse)))
        in_keys.add(lib.key(q))
        if cat != 'other_script': in_fulls.add(lib.full(q))
        return True
    def take(cat, items):
        n = 0; spare = []
        for q, desc in items:
            if n >= rules.NEG_QUOTA[cat]: spare.append(q); continue
            if add(cat, q, desc): n += 1
        print('NEG\t%s\t%d\tspares not needed: %s' % (cat, n, spare))
    take('famous_unlisted', RN.FAMOUS)
    take('other_script', [(q, 'invented theme firm name in %s' % lang) for q, lang in RN.OTHER_SCRIPT])
    # near misses
    targets = []
    for k in rules.KINDS:
        for r in rows[k]:
            e = int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']'))
            targets.append((e, r['expected']))
    cand = []
    for e, nm in targets:
        if len(lib.core_tokens(nm)) < 2: continue
        ftoks = lib.full(nm).split()
        body, _ = gen.split_legal(nm)
        for t in body:
            w = gen._bare(t).lower()
            if not (w.isalpha() and w.isascii() and len(w) >= 4): continue
            if w in gen.SMALL or gen.is_legal_tok(t) or w not in ftoks or w in d.place: continue
            n = d.tok_count(w)
            if 1 <= n <= 3: cand.append((n, w, e, nm))
    random.Random(SEED).shuffle(cand); cand.sort(key=lambda x: x[0])
    used_w, used_t, n = set(), set(), 0
    for c, w, e, nm in cand:
        if n >= rules.NEG_QUOTA['near_miss']: break
        if w in used_w or e in used_t or w in RN.NEAR_STOP: continue
        q = w.capitalize() + ' ' + RN.PHRASES[n % len(RN.PHRASES)]
        if add('near_miss', q, 'invented theme name reusing one rare word of an in-set target', (w, c, nm, e)):
            used_w.add(w); used_t.add(e); n += 1
    print('NEG\tnear_miss\t%d' % n)
    n = 0; spare = []
    for fw in RN.SHARE_FIRST:
        if n >= rules.NEG_QUOTA['shares_one_word']: spare.append(fw); continue
        if d.tok_count(fw.lower()) == 0:
            print('SKIPFW\t%s' % fw); continue
        if add('shares_one_word', fw + ' ' + RN.PHRASES[n % len(RN.PHRASES)], 'common listed word plus invented theme words'): n += 1
    print('NEG\tshares_one_word\t%d\tfirst words not needed: %s' % (n, spare))
    take('generic', [(q, 'generic theme question, not a firm name') for q in RN.GENERIC])
    take('chat_request', [(q, 'chat request in %s about an invented theme firm' % lang) for q, lang in RN.CHAT])
    take('person_as_company', [(q, 'invented person-named theme firm') for q in RN.PERSON])
    take('brand_product', [(q, 'theme product description, not a firm') for q in RN.BRAND])
    allrows = [r for k in rules.KINDS for r in rows[k]] + neg
    npos = sum(len(v) for v in rows.values())
    print('TOTAL\t%d rows\t%d positives\t%d negatives\tnarcotics %d' % (len(allrows), npos, len(neg), narc))
    if '--write' in sys.argv:
        with open(lib.OUT, 'w', encoding='utf-8') as f:
            for r in allrows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE', lib.OUT)

if __name__ == '__main__':
    main()
