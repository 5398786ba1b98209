"""Build train106.jsonl. Usage: build.py [--write]. Logs POS lines, per-kind counts, rejections, negatives."""
import sys, json, random
from collections import Counter
import lib, gen, rules, rows_neg
from lib import key, full

SEED = 106
BUILD_ORDER = ['legal_form', 'punctuation', 'abbreviation', 'partial', 'word_order', 'case', 'aka', 'typo',
               'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
OUT = lib.LOOKUP + '/train106.jsonl'

def main():
    d = lib.Data()
    pool = d.pool()
    ents = sorted(pool)
    random.Random(SEED).shuffle(ents)
    ents.sort(key=lambda e: d.level(e))
    cands = [e for e in ents if lib.level_ok(d, e)]
    used, keys, fulls = set(), set(), set()
    pos = {k: [] for k in gen.KINDS}
    narc = 0
    for kind in BUILD_ORDER:
        cnt = Counter(); items = set(); rej = Counter(); narc_abbr = 0
        for e in cands:
            if len(pos[kind]) == rules.PER_KIND:
                break
            if e in used:
                continue
            ent = d.ents[e]; isn = lib.is_narc(ent['program'])
            if kind in gen.NARC_ONLY and not isn:
                continue
            if kind == 'abbreviation':
                if isn and narc_abbr >= gen.MAX_NARC_ABBR:
                    continue
            elif kind not in gen.NARC_ONLY and isn:
                continue
            if isn and narc >= lib.NARC_CAP:
                continue
            lv = d.level(e)
            if lv > rules.KIND_MAX.get(kind, lib.MAX_LEVEL):
                continue
            if kind == 'aka':
                opts = [(gen.AKA_SHAPE, a) for a in gen.aka_items(d, e)]
            elif kind == 'abbreviation':
                opts = [(gen.ABBR_SHAPE, s) for s, _ in gen.SHORT if s not in items]
            else:
                shs = [s for s in gen.SHAPES[kind] if cnt[s] < gen.QUOTA[kind]]
                opts = [(s, None) for s in sorted(shs, key=lambda s: (cnt[s], gen.SHAPES[kind].index(s)))]
            for shape, item in opts:
                r = gen.generate(d, kind, e, shape, item)
                if not r:
                    continue
                q, detail = r
                errs = rules.pos_errors(d, kind, shape, e, q)
                if key(q) in keys or (kind != 'script' and full(q) in fulls):
                    errs.append('in-set repeat')
                if errs:
                    for x in errs:
                        rej[x] += 1
                    continue
                var = gen.variant(shape, detail)
                note = rules.pos_note(kind, var, ent['program'], lv, ent['name'], e)
                pos[kind].append({'query': q, 'expected': ent['name'], 'kind': kind, 'notes': note})
                used.add(e); keys.add(key(q))
                if kind != 'script':
                    fulls.add(full(q))
                cnt[shape] += 1
                if item is not None:
                    items.add(item)
                if isn:
                    narc += 1
                    if kind == 'abbreviation':
                        narc_abbr += 1
                print('POS\t%s\tL%d\t%s\t%s\t%s\t=> %s' % (kind, lv, 'N' if isn else '-', var, q, ent['name']))
                break
        print('KIND\t%s\t%d rows\tshapes %s\trejections %s' % (kind, len(pos[kind]), dict(cnt), dict(rej)))
        if kind in ('legal_form', 'translation', 'parent_vs_subsidiary', 'messy'):
            print('UNUSED\t%s\t%s' % (kind, [s for s in gen.SHAPES[kind] if not cnt[s]]))
        if kind == 'abbreviation':
            print('UNUSED\t%s\t%s' % (kind, [s for s, _ in gen.SHORT if s not in items]))
    # negatives
    neg = {k: [] for k in rules.NEG_KINDS}
    def take(kind, q, desc, reuse=None):
        if len(neg[kind]) >= rules.NEG_QUOTA[kind]:
            return False
        errs = rules.neg_errors(d, kind, q)
        if key(q) in keys or (kind != 'other_script' and full(q) in fulls):
            errs.append('in-set repeat')
        if errs:
            print('NEGREJ\t%s\t%s\t%s' % (kind, q, errs))
            return False
        neg[kind].append({'query': q, 'expected': None, 'kind': kind, 'notes': rules.neg_note(d, kind, desc, q, reuse)})
        keys.add(key(q))
        if kind != 'other_script':
            fulls.add(full(q))
        return True
    for kind, lst in (('famous_unlisted', rows_neg.FAMOUS), ('other_script', rows_neg.OTHER_SCRIPT),
                      ('generic', rows_neg.GENERIC), ('chat_request', rows_neg.CHAT),
                      ('person_as_company', rows_neg.PERSON), ('brand_product', rows_neg.BRAND)):
        for q, desc in lst:
            take(kind, q, desc)
        print('SPARES\t%s\t%d unused' % (kind, len(lst) - len(neg[kind])))
    # shares_one_word
    i = 0
    for w in rows_neg.FIRST_WORDS:
        if len(neg['shares_one_word']) >= rules.NEG_QUOTA['shares_one_word']:
            print('NOTNEEDED\t%s' % w); continue
        n = d.tok_count(full(w))
        if n == 0:
            print('SKIPFW\t%s' % w); continue
        ph = rows_neg.PHRASES[i % len(rows_neg.PHRASES)]
        if take('shares_one_word', '%s %s' % (w, ph), 'invented %s name with a common listed first word' % rows_neg.PHRASE_SUBJECT[ph]):
            i += 1
    # near misses from in-set targets' rare words
    targets = [r for k in gen.KINDS for r in pos[k]]
    cand = []
    for r in targets:
        e = d.name_to_ent[r['expected']]
        name = r['expected']
        if len(lib.core(name).split()) < 2:
            continue
        body, _ = gen.split_legal(name)
        ff = set(full(name).split())
        for t in body:
            b = gen.bare(t)
            if not (b.isascii() and b.isalpha() and len(b) >= 4):
                continue
            w = b.lower()
            if w not in ff or w in lib.SMALL or w in d.place:
                continue
            n = d.tok_count(w)
            if 1 <= n <= 3:
                cand.append((n, w, e))
    cand = sorted(set(cand), key=lambda x: (x[1], x[2]))
    random.Random(SEED).shuffle(cand)
    cand.sort(key=lambda x: x[0])
    usedw, usede = set(), set()
    i = 0
    for n, w, e in cand:
        if len(neg['near_miss']) >= rules.NEG_QUOTA['near_miss']:
            break
        if w in usedw or e in usede or w in rows_neg.STOP:
            continue
        ph = rows_neg.PHRASES[i % len(rows_neg.PHRASES)]
        q = '%s %s' % (w.capitalize(), ph)
        reuse = (w, n, d.ents[e]['name'], e)
        if take('near_miss', q, 'invented %s name with a rare word of an in-set target' % rows_neg.PHRASE_SUBJECT[ph], reuse):
            usedw.add(w); usede.add(e); i += 1
    for k in rules.NEG_KINDS:
        print('NEG\t%s\t%d' % (k, len(neg[k])))
    rows = [r for k in gen.KINDS for r in pos[k]] + [r for k in rules.NEG_KINDS for r in neg[k]]
    npos = sum(len(v) for v in pos.values())
    print('TOTAL\t%d rows\t%d positives\t%d negatives\t%d narcotics' % (len(rows), npos, len(rows) - npos, narc))
    if '--write' in sys.argv:
        with open(OUT, 'w', encoding='utf-8') as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('WROTE\t%s' % OUT)

if __name__ == '__main__':
    main()
