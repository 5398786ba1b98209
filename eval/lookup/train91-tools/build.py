"""Build train91.jsonl (positives from the pool, then negatives). Prints counts and rejections only."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rows_neg as RN

SEED = 91
PHRASE_SUBJECT = {'Perfumery Noses': 'perfume house', 'Marquetry Inlayers': 'marquetry workshop',
                  'Regatta Oarsmen': 'rowing club', 'Pickleball Dinkers': 'pickleball club',
                  'Carrom Strikers': 'carrom club', 'Ballroom Foxtrotters': 'ballroom dance studio'}


def clean(desc):
    return desc.replace(' (spare)', '')


def main(write):
    d, prior, pool = lib.load_all()
    R = lib.Rules(d, prior, pool)
    order = sorted(pool)
    random.Random(SEED).shuffle(order)
    order.sort(key=R.level)
    rows, seen_key, seen_full = [], set(), set()
    taken, narc_n = set(), 0
    rej = Counter()
    levels = defaultdict(Counter)

    def dup(q, kind):
        if lib.key(q) in seen_key:
            return True
        if kind not in ('script', 'other_script') and lib.full(q) in seen_full:
            return True
        return False

    def add(q, exp, kind, note):
        rows.append({'query': q, 'expected': exp, 'kind': kind, 'notes': note})
        seen_key.add(lib.key(q))
        if kind not in ('script', 'other_script'):
            seen_full.add(lib.full(q))

    for kind in lib.POS_KINDS:
        quota = gen.QUOTA[kind]
        used = Counter()
        n = narc_kind = 0
        for ent in order:
            if n >= lib.PER_KIND:
                break
            if ent in taken:
                continue
            rec = d.sdn[ent]
            narc = lib.is_narc(rec['prog'])
            if kind in lib.NARC_ONLY and not narc:
                continue
            if kind not in lib.NARC_ONLY and kind != 'abbreviation' and narc:
                continue
            if kind == 'abbreviation' and narc and narc_kind >= lib.NARC_ABBR_MAX:
                continue
            if narc and narc_n >= lib.NARC_CAP:
                continue
            if not R.level_ok(ent):
                continue
            city = d.city.get(ent, '')
            for shape, detail, q in gen.GEN[kind](rec, city):
                if q is None or used[shape] >= quota.get(shape, 0):
                    continue
                if detail and ';' in detail:
                    continue
                errs = R.pos_errors(q, ent, kind)
                if kind == 'script' and not gen.check_script_chars(q, shape):
                    errs.append('script: foreign code point')
                if dup(q, kind):
                    errs.append('in-set repeat')
                if errs:
                    for e in errs:
                        rej[(kind, e.split(' (')[0])] += 1
                    continue
                variant = shape if detail is None else '%s (%s)' % (shape, detail)
                note = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
                    kind, variant, rec['prog'], R.level(ent), rec['name'], ent)
                add(q, rec['name'], kind, note)
                used[shape] += 1
                taken.add(ent)
                levels[kind][R.level(ent)] += 1
                n += 1
                if narc:
                    narc_n += 1; narc_kind += 1
                break
        print('POS %-22s %2d  levels %s  narcotics %d' % (kind, n, dict(sorted(levels[kind].items())), narc_kind))
        for s in quota:
            if used[s] < quota[s] and len(quota) <= 6:
                print('    shape short: %s %d/%d' % (s, used[s], quota[s]))

    # ---------------- negatives
    def neg(cat, q, desc, extra=''):
        errs = R.neg_errors(q, cat)
        if dup(q, cat):
            errs.append('in-set repeat')
        if errs:
            print('REJ negative %s %r: %s' % (cat, q, '; '.join(errs)))
            return False
        note = 'not listed: %s; %s; %s%s' % (cat, clean(desc), extra, d.shared_words(q))
        add(q, None, cat, note)
        return True

    def take(cat, items):
        k = 0
        for q, desc in items:
            if k >= lib.NEG_QUOTA[cat]:
                break
            if neg(cat, q, desc):
                k += 1
        print('NEG %-18s %d' % (cat, k))

    take('famous_unlisted', RN.FAMOUS)
    take('other_script', RN.OTHER_SCRIPT)
    # near misses
    pos_ents = [(r['expected'], int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']'))) for r in rows
                if r['expected'] is not None]
    cands = []
    for name, ent in pos_ents:
        if len(lib.core_tokens(name)) < 2:
            continue
        body, _ = gen.split_legal(name)
        fw = lib.full(name).split()
        for t in body.split():
            t2 = t.strip(',.')
            if not t2.isalpha() or not t2.isascii():
                continue
            w = t2.lower()
            if (len(w) < 4 or w in lib.FILLER or w in d.place_tokens or w in RN.NEAR_MISS_STOP or w not in fw):
                continue
            c = d.tok_count(w)
            if 1 <= c <= 3:
                cands.append((c, w, name, ent))
    rnd = random.Random(SEED)
    rnd.shuffle(cands)
    cands.sort(key=lambda x: x[0])
    used_w, used_t, k = set(), set(), 0
    for c, w, name, ent in cands:
        if k >= lib.NEG_QUOTA['near_miss']:
            break
        if w in used_w or ent in used_t:
            continue
        phrase = RN.THEME_PHRASES[k % len(RN.THEME_PHRASES)]
        q = '%s %s' % (w.title(), phrase)
        lab = 'listed org name/alias' if c == 1 else 'listed org names/aliases'
        extra = 'reused word: %s (%d %s) from in-set target %s [SDN ent_num %d]; ' % (w, c, lab, name, ent)
        desc = 'invented %s name reusing one rare word of an in-set target' % PHRASE_SUBJECT[phrase]
        if neg('near_miss', q, desc, extra):
            used_w.add(w); used_t.add(ent); k += 1
    print('NEG %-18s %d (from %d candidate words)' % ('near_miss', k, len(cands)))
    k = 0
    for i, w in enumerate(RN.SHARES_FIRST):
        if k >= lib.NEG_QUOTA['shares_one_word']:
            break
        if d.tok_count(w.lower()) < 1:
            print('skip shares_one_word first word %s (no listed org)' % w)
            continue
        phrase = RN.THEME_PHRASES[k % len(RN.THEME_PHRASES)]
        desc = 'invented %s name sharing one common listed word' % PHRASE_SUBJECT[phrase]
        if neg('shares_one_word', '%s %s' % (w, phrase), desc):
            k += 1
    print('NEG %-18s %d' % ('shares_one_word', k))
    take('generic', RN.GENERIC)
    take('chat_request', RN.CHAT)
    take('person_as_company', RN.PERSON)
    take('brand_product', RN.BRAND)

    for (kind, e), c in sorted(rej.items()):
        print('REJ positive %-22s %-45s %d' % (kind, e, c))
    npos = sum(1 for r in rows if r['expected'] is not None)
    print('TOTAL rows %d positives %d negatives %d narcotics %d' % (len(rows), npos, len(rows) - npos, narc_n))
    if write:
        with open(lib.OUT, 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('written', lib.OUT)


if __name__ == '__main__':
    main('--write' in sys.argv)
