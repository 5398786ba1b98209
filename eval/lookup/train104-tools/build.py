"""Build train104.jsonl: positives kind by kind (lowest level first), then the negatives. --write writes the set."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg as R

SEED = 104
BUILD_ORDER = ['case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']


def main(write=False):
    d = lib.Data()
    keys, fulls, uses, nfiles = lib.load_prior(d)
    prior = (keys, fulls)
    P = lib.pool(d)
    pool_set = set(P)
    rng = random.Random(SEED)
    order = list(P)
    rng.shuffle(order)
    order.sort(key=lambda e: uses[e])
    used = set()
    set_keys, set_fulls = set(), set()
    rows = []
    narc_n = 0
    rej = defaultdict(Counter)
    counts = Counter()
    item_n = Counter()
    shape_n = Counter()
    for kind in BUILD_ORDER:
        got = 0
        for ent in order:
            if got == 12:
                break
            if ent in used:
                continue
            rec = d.sdn[ent]
            narc = lib.is_narc(rec['program'])
            lv = uses[ent]
            lo = lib.MIN_LEVEL_NARC if narc else lib.MIN_LEVEL_OTHER
            if not (lo <= lv <= rules.max_level(kind)):
                continue
            if kind in gen.NARC_ONLY and not narc:
                continue
            if kind in gen.NARC_NEVER and narc:
                continue
            if narc and narc_n >= lib.NARC_CAP:
                continue
            if kind == 'abbreviation' and narc and sum(1 for r in rows if r[0] == 'abbreviation' and r[6]) >= 2:
                continue
            gens = gen.generate(kind, d, ent)
            # open shapes/items, fewest rows first (then list order)
            cand = []
            for i, (sh, det, q) in enumerate(gens):
                it = gen.item_of(kind, sh, det)
                if item_n[(kind, it)] >= gen.quota(kind, sh) or shape_n[(kind, sh)] >= gen.quota(kind, sh) \
                        and kind not in ('abbreviation', 'aka'):
                    continue
                cand.append((shape_n[(kind, sh)], i, sh, det, q))
            cand.sort(key=lambda x: (x[0], x[1]))
            for _, _, sh, det, q in cand:
                errs = rules.pos_errors(d, prior, pool_set, uses, kind, ent, sh, det, q)
                k, f = lib.key(q), lib.full(q)
                if k in set_keys or (kind != 'script' and f in set_fulls):
                    errs.append('in-set repeat')
                if errs:
                    for e in errs:
                        rej[kind][e] += 1
                    continue
                rows.append((kind, ent, sh, det, q, lv, narc))
                used.add(ent)
                set_keys.add(k)
                if kind != 'script':
                    set_fulls.add(f)
                item_n[(kind, gen.item_of(kind, sh, det))] += 1
                shape_n[(kind, sh)] += 1
                got += 1
                narc_n += narc
                print('POS\t%s\tL%d\t%s\t%s\t%s\t%s' % (kind, lv, 'N' if narc else '-', gen.variant(sh, det), q.replace('\n', '\\n'),
                                                        rec['name']))
                break
        counts[kind] = got
        print('KIND\t%s\t%d\trejections %s' % (kind, got, dict(rej[kind])))
    # ---------------------------------------------------------------- negatives
    negs = []
    nrej = 0

    def add_neg(cat, q, desc, reuse=None):
        nonlocal nrej
        errs = rules.neg_errors(d, prior, cat, q)
        k, f = lib.key(q), lib.full(q)
        if k in set_keys or (cat != 'other_script' and f in set_fulls):
            errs.append('in-set repeat')
        if errs:
            print('NEGREJ\t%s\t%s\t%s' % (cat, q, errs))
            nrej += 1
            return False
        set_keys.add(k)
        if cat != 'other_script':
            set_fulls.add(f)
        negs.append((cat, q, rules.neg_note(d, cat, desc, q, reuse)))
        return True

    def fill(cat, items):
        n = 0
        spare = []
        for q, desc in items:
            if n == rules.NEG_QUOTA[cat]:
                spare.append(q)
                continue
            if add_neg(cat, q, desc.replace(' (spare)', '')):
                n += 1
        print('NEG\t%s\t%d\tspares not needed: %s' % (cat, n, spare))

    fill('famous_unlisted', R.FAMOUS)
    fill('other_script', R.OTHER_SCRIPT)
    # near misses: one rare word of an in-set target plus a theme phrase
    cands = []
    for kind, ent, sh, det, q, lv, narc in rows:
        name = d.sdn[ent]['name']
        body, legal = gen.split_legal(name)
        if len(lib.core_tokens(name)) < 2:
            continue
        plain = {t.rstrip(',').lower() for t in body if t.rstrip(',').isalpha()}
        for w in sorted(set(lib.full(name).split())):
            if w not in plain or not (w.isascii() and w.isalpha() and len(w) >= 4):
                continue
            if w in gen.SMALL or w in d.place:
                continue
            n = d.tok_count(w)
            if 1 <= n <= 3:
                cands.append((n, w, ent))
    rng2 = random.Random(SEED)
    rng2.shuffle(cands)
    cands.sort(key=lambda x: x[0])
    nm, used_w, used_t = 0, set(), set()
    for n, w, ent in cands:
        if nm == rules.NEG_QUOTA['near_miss']:
            break
        if w in used_w or ent in used_t or w in R.STOP:   # stop list applied after the shuffle
            continue
        phrase = R.PHRASES[nm % len(R.PHRASES)]
        q = '%s %s' % (w.capitalize(), phrase)
        desc = 'an invented %s name built from a rare word of an in-set target' % R.PHRASE_SUBJECT[phrase]
        if add_neg('near_miss', q, desc, (w, n, d.sdn[ent]['name'], ent)):
            nm += 1
            used_w.add(w)
            used_t.add(ent)
    print('NEG\tnear_miss\t%d\tcandidates %d' % (nm, len(cands)))
    n1, spare = 0, []
    for fw in R.SHARES_FIRST:
        if n1 == rules.NEG_QUOTA['shares_one_word']:
            spare.append(fw)
            continue
        if d.tok_count(lib.full(fw)) == 0:
            print('SKIPFW\t%s' % fw)
            continue
        phrase = R.PHRASES[n1 % len(R.PHRASES)]
        desc = 'an invented %s name sharing one common listed word' % R.PHRASE_SUBJECT[phrase]
        if add_neg('shares_one_word', '%s %s' % (fw, phrase), desc):
            n1 += 1
    print('NEG\tshares_one_word\t%d\tfirst words not needed: %s' % (n1, spare))
    fill('generic', R.GENERIC)
    fill('chat_request', R.CHAT)
    fill('person_as_company', R.PERSON)
    fill('brand_product', R.BRAND)
    # ---------------------------------------------------------------- output
    out = []
    for kind, ent, sh, det, q, lv, narc in rows:
        rec = d.sdn[ent]
        out.append({'query': q, 'expected': rec['name'], 'kind': kind,
                    'notes': rules.pos_note(kind, sh, det, rec['program'], uses[ent], rec['name'], ent)})
    for cat, q, note in negs:
        out.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
    lv = Counter(r[5] for r in rows)
    print('TOTAL\t%d rows (%d positives, %d negatives); levels %s; narcotics %d; negatives rejected %d' % (
        len(out), len(rows), len(negs), dict(sorted(lv.items())), narc_n, nrej))
    if write:
        with open(lib.OUT, 'w', encoding='utf-8') as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE', lib.OUT)


if __name__ == '__main__':
    main('--write' in sys.argv)
