"""Build train102.jsonl (with --write); log to stdout."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg
from lib import key, full

SEED = 102
BUILD_ORDER = ['case', 'word_order', 'partial', 'legal_form', 'punctuation', 'abbreviation', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']

OTHER_KINDS = ['abbreviation', 'aka', 'typo', 'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']

def plan_lowest(ctx, ents):
    """Match the lowest-level non-narcotics names to kinds they can serve (bipartite matching, capacities
    12 per kind, 10 for abbreviation), so that as many rows as possible use the lowest level."""
    d = ctx.data
    low = min(ctx.uses[e] for e in ents if not lib.is_narc(ctx.pool[e]['program']))
    cand = [e for e in ents if ctx.uses[e] == low and not lib.is_narc(ctx.pool[e]['program'])]
    can = {}
    for e in cand:
        name = ctx.pool[e]['name']
        can[e] = [k for k in OTHER_KINDS if any(not rules.pos_errors(ctx, k, s, q, e) for s, _, q in gen.GEN[k](d, e, name))]
    cap = {k: (10 if k == 'abbreviation' else 12) for k in OTHER_KINDS}
    slots = [(k, i) for k in OTHER_KINDS for i in range(cap[k])]
    owner = {}
    def try_e(e, seen):
        for sl in slots:
            if sl[0] in can[e] and sl not in seen:
                seen.add(sl)
                if sl not in owner or try_e(owner[sl], seen):
                    owner[sl] = e
                    return True
        return False
    for e in sorted(cand, key=lambda e: len(can[e])):
        try_e(e, set())
    return {e: sl[0] for sl, e in owner.items()}

def main():
    ctx = rules.Ctx()
    d = ctx.data
    ents = sorted(ctx.pool)
    random.Random(SEED).shuffle(ents)
    ents = [e for e in ents if lib.level_ok(ctx.uses[e], lib.is_narc(ctx.pool[e]['program']))]
    ents.sort(key=lambda e: ctx.uses[e])
    assign = plan_lowest(ctx, ents)
    print('PLAN', len(assign), 'lowest-level non-narcotics names matched to kinds')
    used_ents, seen_keys, seen_folds = set(), set(), set()
    pos, rej = [], Counter()
    narc_n = 0
    for kind in BUILD_ORDER:
        ents.sort(key=lambda e: (ctx.uses[e], 0 if assign.get(e) == kind else (1 if e not in assign else 2)))
        shape_n, items = Counter(), set()
        got, narc_abbr = 0, 0
        for e in ents:
            if got == 12:
                break
            if e in used_ents:
                continue
            rec = ctx.pool[e]
            narc = lib.is_narc(rec['program'])
            if kind in gen.NARC_ONLY and not narc:
                continue
            if kind not in gen.NARC_ONLY and kind != 'abbreviation' and narc:
                continue
            if kind == 'abbreviation' and narc and narc_abbr >= 2:
                continue
            if narc and narc_n >= lib.NARC_CAP:
                continue
            cands = gen.GEN[kind](d, e, rec['name'])
            order = {s: i for i, s in enumerate(gen.SHAPES[kind])}
            cands = [c for c in cands if shape_n[c[0]] < gen.QUOTA[kind] and (kind not in gen.ITEM_KINDS or gen.item_key(kind, c[0], c[1]) not in items)]
            cands.sort(key=lambda c: (shape_n[c[0]], order[c[0]]))
            for shape, detail, q in cands:
                errs = rules.pos_errors(ctx, kind, shape, q, e)
                k, f = key(q), full(q)
                if k in seen_keys or (kind != 'script' and f in seen_folds):
                    errs.append('in-set repeat')
                if errs:
                    for x in errs:
                        rej[(kind, x)] += 1
                    continue
                var = gen.variant(shape, detail)
                pos.append({'query': q, 'expected': rec['name'], 'kind': kind,
                            'notes': rules.pos_note(kind, var, rec, ctx.uses[e], e)})
                print('POS', kind, ctx.uses[e], 'N' if narc else '-', var[:70], '|', q)
                used_ents.add(e); seen_keys.add(k)
                if kind != 'script':
                    seen_folds.add(f)
                shape_n[shape] += 1; items.add(gen.item_key(kind, shape, detail))
                got += 1
                if narc:
                    narc_n += 1
                    if kind == 'abbreviation':
                        narc_abbr += 1
                break
        print('KIND', kind, got, 'unused shapes/items:',
              [s for s in gen.SHAPES[kind] if s not in items and kind not in ('abbreviation', 'aka')][:20])
    print('REJ', sorted(rej.items()))
    # negatives
    neg = []
    def add(cat, q, desc, reuse=None):
        errs = rules.neg_errors(ctx, cat, q)
        k, f = key(q), full(q)
        if k in seen_keys or (cat != 'other_script' and f in seen_folds):
            errs.append('in-set repeat')
        if errs:
            print('NEGREJ', cat, errs, q)
            return False
        neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': rules.neg_note(d, cat, desc, q, reuse)})
        seen_keys.add(k)
        if cat != 'other_script':
            seen_folds.add(f)
        return True
    def fill(cat, rows):
        n = 0
        for q, desc in rows:
            if n == rules.NEG_QUOTA[cat]:
                print('SPARE', cat, q)
                continue
            if add(cat, q, desc):
                n += 1
        return n
    fill('famous_unlisted', rows_neg.FAMOUS)
    fill('other_script', rows_neg.OTHER_SCRIPT)
    # near misses
    cands = []
    for r in pos:
        e = int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']'))
        name = ctx.pool[e]['name']
        if len(lib.core(name).split()) < 2:
            continue
        body, _ = gen.split_legal(name)
        bw = set(t.rstrip(',').lower() for t in body if gen.plain(t))
        for w in sorted(set(full(name).split())):
            if (w in bw and len(w) >= 4 and w.isascii() and w.isalpha() and w not in lib.STOP and w not in gen.SMALL
                    and w not in d.place and 1 <= d.tok_count(w) <= 3):
                cands.append((w, e, name))
    random.Random(SEED).shuffle(cands)
    cands.sort(key=lambda c: d.tok_count(c[0]))
    used_w, used_t, n = set(), set(), 0
    for w, e, name in cands:
        if n == 25:
            break
        if w in used_w or e in used_t or w in rows_neg.NEAR_STOP:
            continue
        ph = rows_neg.PHRASES[n % len(rows_neg.PHRASES)]
        q = w.capitalize() + ' ' + ph
        desc = 'invented name: a rare word of an in-set target plus the theme phrase %s' % ph
        if add('near_miss', q, desc, (w, d.tok_count(w), name, e)):
            used_w.add(w); used_t.add(e); n += 1
    print('NEAR', n, 'candidates', len(cands))
    # shares one word
    n = 0
    for fw in rows_neg.SHARE_FIRST:
        if n == 15:
            print('SPAREFW', fw); continue
        if d.tok_count(full(fw)) == 0:
            print('SKIPFW', fw); continue
        ph = rows_neg.PHRASES[n % len(rows_neg.PHRASES)]
        if add('shares_one_word', fw + ' ' + ph, 'invented name: a common listed word plus the theme phrase %s' % ph):
            n += 1
    fill('generic', rows_neg.GENERIC)
    fill('chat_request', rows_neg.CHAT)
    fill('person_as_company', rows_neg.PERSON)
    fill('brand_product', rows_neg.BRAND)
    cnt = Counter(r['kind'] for r in neg)
    print('NEGCOUNT', dict(cnt), len(neg), 'POS', len(pos), 'narc', narc_n)
    rows = pos + neg
    if '--write' in sys.argv:
        with open(lib.OUT, 'w', encoding='utf-8') as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE', lib.OUT, len(rows))

main()
