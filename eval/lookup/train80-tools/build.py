"""Build train80.jsonl. Prints counts, shapes/items, rejection counts and rejected negatives only."""
import json, random, sys
from collections import Counter, defaultdict
import lib, gen, rows_neg

SEED = 80
ORDER = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'partial', 'word_order', 'case', 'legal_form', 'punctuation'}
ABBR_NARC = 2

def main(write):
    d = lib.Data()
    prior = lib.load_prior(d)
    pl = lib.pool(d, prior[2])
    R = lib.Rules(d, prior, pl)
    ents = sorted(e for e, v in pl.items() if v['level'] in (3, 4))
    random.Random(SEED).shuffle(ents)
    ents.sort(key=lambda e: pl[e]['level'])
    rows, taken = [], set()
    skeys, sfulls = set(), set()
    narc = 0
    rej = defaultdict(Counter)
    for kind in ORDER:
        n_k, shapes, items, kn = 0, Counter(), set(), 0
        for e in ents:
            if n_k >= lib.PER_KIND:
                break
            if e in taken:
                continue
            v = pl[e]
            if kind in NARC_ONLY and not v['narc']:
                continue
            if kind == 'abbreviation' and v['narc'] and kn >= ABBR_NARC:
                continue
            if kind not in NARC_ONLY and kind != 'abbreviation' and v['narc']:
                continue
            if v['narc'] and narc >= lib.NARC_CAP:
                continue
            for shape, detail, q, item in gen.GENS[kind](v['name'], e, d):
                if kind in gen.ITEM_KINDS:
                    if item in items:
                        continue
                elif shapes[shape] >= gen.SHAPES[kind]:
                    continue
                errs = R.pos_errors(kind, q, e, skeys, sfulls if kind != 'script' else ())
                if errs:
                    for x in errs:
                        rej[kind][x] += 1
                    continue
                variant = shape + (' (%s)' % detail if detail else '')
                rows.append({'query': q, 'expected': v['name'], 'kind': kind,
                             'notes': lib.pos_note(kind, variant, v['program'], v['level'], v['name'], e)})
                taken.add(e); n_k += 1; shapes[shape] += 1
                if item:
                    items.add(item)
                skeys.add(lib.key(q))
                if kind != 'script':
                    sfulls.add(lib.full(q))
                if v['narc']:
                    narc += 1
                    if kind == 'abbreviation':
                        kn += 1
                break
        lv = Counter(pl[r_e]['level'] for r_e in taken if any(r['kind'] == kind and r['expected'] == pl[r_e]['name'] for r in rows))
        print('%s: %d rows; levels %s; shapes %s' % (kind, n_k, dict(sorted(lv.items())), dict(shapes)))
        if rej[kind]:
            print('   rejected: %s' % dict(rej[kind]))
    # negatives
    def add_neg(cat, q, desc, extra=''):
        errs = R.neg_errors(cat, q, skeys, sfulls if cat != 'other_script' else ())
        if errs:
            print('   rejected negative %s %r: %s' % (cat, q, errs))
            return False
        note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
        rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
        skeys.add(lib.key(q))
        if cat != 'other_script':
            sfulls.add(lib.full(q))
        return True
    src = {'famous_unlisted': rows_neg.FAMOUS, 'other_script': rows_neg.OTHER_SCRIPT,
           'shares_one_word': rows_neg.SHARES, 'generic': rows_neg.GENERIC, 'chat_request': rows_neg.CHAT,
           'person_as_company': rows_neg.PERSON, 'brand_product': rows_neg.BRAND}
    for cat in ['famous_unlisted', 'other_script', 'shares_one_word', 'generic', 'chat_request',
                'person_as_company', 'brand_product', 'near_miss']:
        got = 0
        if cat != 'near_miss':
            for q, desc in src[cat]:
                if got >= lib.NEG_QUOTA[cat]:
                    break
                if add_neg(cat, q, desc):
                    got += 1
        else:
            cands = []
            for r in rows:
                if r['expected'] is None:
                    continue
                e = int(lib.NOTE_RE.match(r['notes']).group('ent'))
                for w in set(lib.full_tokens(r['expected'])):
                    if len(w) >= 4 and w.isascii() and w.isalpha() and w not in lib.FILLER and w not in rows_neg.NEAR_STOP:
                        c = len(d.tok_org.get(w, ()))
                        if 1 <= c <= 3:
                            cands.append((c, w, e, r['expected']))
            cands.sort(key=lambda x: (x[1], x[2]))
            random.Random(SEED).shuffle(cands)
            cands.sort(key=lambda x: x[0])
            used_w, used_e = set(), set()
            for c, w, e, name in cands:
                if got >= lib.NEG_QUOTA[cat]:
                    break
                if w in used_w or e in used_e:
                    continue
                q = w.capitalize() + ' ' + rows_neg.THEMES[got % len(rows_neg.THEMES)]
                extra = "reused word '%s' (%d listed org names/aliases) from in-set target %s [SDN ent_num %d]; " % (w, c, name, e)
                if add_neg(cat, q, 'invented %s name reusing a rare word of an in-set target' % rows_neg.THEMES[got % len(rows_neg.THEMES)].lower(), extra):
                    got += 1; used_w.add(w); used_e.add(e)
        print('%s: %d' % (cat, got))
    pos = [r for r in rows if r['expected']]
    print('positives %d, negatives %d, total %d, SDNT/SDNTK %d' % (len(pos), len(rows) - len(pos), len(rows), narc))
    if write:
        with open(lib.OUT, 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('wrote', lib.OUT)

if __name__ == '__main__':
    main('--write' in sys.argv)
