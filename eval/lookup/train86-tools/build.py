"""Builds lookup-train86. Prints counts, levels and rejection counts only. --write writes ../train86.jsonl."""
import json, random, re, sys, collections
from lib import (load_all, Rules, key, full, POS_KINDS, NARC_ONLY, NARC_CAP, SEED, OUT, pos_note, FILLER,
                 NEG_QUOTA, MIN_LEVEL_NARC, MIN_LEVEL_OTHER)
import gen, rows_neg as RN

def variant(shape, detail):
    return shape + (' (%s)' % detail if detail else '')

def near_miss_candidates(data, targets):
    rng = random.Random(SEED)
    cands = []
    for e in targets:
        for t in sorted(set(full(data.sdn[e]['name']).split())):
            if t in FILLER or t in RN.NEAR_STOP or not re.fullmatch(r'[a-z]{4,}', t):
                continue
            c = data.tok_count(t)
            if 1 <= c <= 3:
                cands.append((c, rng.random(), t, e))
    cands.sort()
    return cands

def main(write):
    data, prior, pool = load_all()
    R = Rules(data, prior, pool)
    ents = sorted(pool, key=int)
    random.Random(SEED).shuffle(ents)
    ents.sort(key=lambda e: pool[e])
    rows, taken, inkeys, infull = [], set(), set(), set()
    narc = 0; narc_abbr = 0
    rej = collections.Counter()
    print('pool %d entities; earlier files %d' % (len(pool), prior[3]))
    for kind in POS_KINDS:
        quota = gen.QUOTA.get(kind, {})
        items = gen.ITEM_KINDS.get(kind)
        used_shape, used_item, got = collections.Counter(), set(), 0
        lv = collections.Counter()
        for e in ents:
            if got == 12:
                break
            if e in taken:
                continue
            nc = data.is_narc(e)
            if kind in NARC_ONLY and not nc:
                continue
            if kind not in NARC_ONLY and kind != 'abbreviation' and nc:
                continue
            if nc and (narc >= NARC_CAP or (kind == 'abbreviation' and narc_abbr >= 2)):
                continue
            if pool[e] < (MIN_LEVEL_NARC if nc else MIN_LEVEL_OTHER):
                continue
            name = data.sdn[e]['name']
            for shape, detail, item, q in gen.GEN[kind](name, data, e):
                if items is not None:
                    if item in used_item:
                        continue
                elif used_shape[shape] >= quota.get(shape, 0):
                    continue
                errs = R.pos_errors(q, kind, e)
                if key(q) in inkeys or (kind != 'script' and full(q) in infull):
                    errs.append('in-set repeat')
                if errs:
                    for x in errs:
                        rej[(kind, x)] += 1
                    continue
                note = pos_note(kind, variant(shape, detail), data.sdn[e]['program'], pool[e], name, e)
                rows.append({'query': q, 'expected': name, 'kind': kind, 'notes': note})
                taken.add(e); inkeys.add(key(q))
                if kind != 'script':
                    infull.add(full(q))
                used_shape[shape] += 1
                if item is not None:
                    used_item.add(item)
                got += 1; lv[pool[e]] += 1
                if nc:
                    narc += 1
                    if kind == 'abbreviation':
                        narc_abbr += 1
                break
        print('%-22s %2d rows; levels %s; shapes %s' % (kind, got, dict(sorted(lv.items())),
              '; '.join('%s=%d' % kv for kv in sorted(used_shape.items()))))
    print('positives %d, SDNT/SDNTK %d (abbreviation %d)' % (len(rows), narc, narc_abbr))
    for (k, x), n in sorted(rej.items()):
        print('REJ positive %s: %s x%d' % (k, x, n))

    # ---------------- negatives
    negs = []
    def try_neg(q, kind, desc, extra=''):
        errs = R.neg_errors(q, kind)
        if key(q) in inkeys or (kind != 'other_script' and full(q) in infull):
            errs.append('in-set repeat')
        if errs:
            print('REJECTED negative %s %r: %s' % (kind, q, ', '.join(errs)))
            return False
        note = 'not listed: %s; %s; %s%s' % (kind, desc, extra, data.shared_words(q))
        negs.append({'query': q, 'expected': None, 'kind': kind, 'notes': note})
        inkeys.add(key(q))
        if kind != 'other_script':
            infull.add(full(q))
        return True
    def take(kind, items):
        n = 0
        for q, desc in items:
            if n == NEG_QUOTA[kind]:
                break
            if try_neg(q, kind, desc):
                n += 1
        print('%-22s %2d rows' % (kind, n))
    take('famous_unlisted', [(q, d + ', not on the 2019 lists') for q, d in RN.FAMOUS])
    take('other_script', [(q, 'invented %s theme firm, no Latin letters' % l) for q, l in RN.OTHER_SCRIPT])
    # near misses
    targets = [re.search(r'ent_num (\d+)', r['notes']).group(1) for r in rows]
    used_w, used_t, n = set(), set(), 0
    for c, _, w, e in near_miss_candidates(data, targets):
        if n == NEG_QUOTA['near_miss']:
            break
        if w in used_w or e in used_t:
            continue
        phrase = RN.THEME_PHRASES[n % len(RN.THEME_PHRASES)]
        q = w.capitalize() + ' ' + phrase
        unit = 'listed org name/alias' if c == 1 else 'listed org names/aliases'
        extra = 'reused word: %s (%d %s) from in-set target %s [SDN ent_num %s]; ' % (w, c, unit, data.sdn[e]['name'], e)
        if try_neg(q, 'near_miss', 'rare word of an in-set target plus the theme phrase "%s"' % phrase, extra):
            used_w.add(w); used_t.add(e); n += 1
    print('%-22s %2d rows' % ('near_miss', n))
    take('shares_one_word', [('%s %s' % (w, RN.THEME_PHRASES[i % len(RN.THEME_PHRASES)]),
                              'common listed word plus the theme phrase "%s"' % RN.THEME_PHRASES[i % len(RN.THEME_PHRASES)])
                             for i, w in enumerate(RN.SHARE_WORDS)])
    take('generic', [(q, 'theme question, no company name') for q in RN.GENERIC])
    take('chat_request', [(q, '%s chat request about an invented theme firm' % l) for q, l in RN.CHAT])
    take('person_as_company', [(q, 'invented person-named theme firm') for q in RN.PERSON])
    take('brand_product', [(q, 'theme product with a brand or model name') for q in RN.BRAND])
    print('negatives %d; total %d' % (len(negs), len(rows) + len(negs)))
    if write:
        with open(OUT, 'w', encoding='utf-8') as fh:
            for r in rows + negs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('wrote', OUT)

if __name__ == '__main__':
    main('--write' in sys.argv)
