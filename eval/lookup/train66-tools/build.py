"""Build train66.jsonl. python3 build.py [--write]. Prints counts and rejections only."""
import json, random, sys
from collections import Counter, defaultdict
from lib import Rules, key, fold_full, is_narc, content_words, tc_word, NARC_CAP
import gen, rows_neg

OUT = '../train66.jsonl'
KINDS = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
GEN = {'aka': gen.g_aka, 'case': gen.g_case, 'partial': gen.g_partial, 'word_order': gen.g_word_order,
       'legal_form': gen.g_legal_form, 'punctuation': gen.g_punctuation, 'abbreviation': gen.g_abbreviation,
       'typo': gen.g_typo, 'transliteration': gen.g_transliteration, 'translation': gen.g_translation,
       'script': gen.g_script, 'parent_vs_subsidiary': gen.g_branch, 'messy': gen.g_messy}
USED_ARG = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}


def main():
    R = Rules(); d = R.d
    rnd = random.Random(66)
    order = R.pool[:]; rnd.shuffle(order)
    order.sort(key=lambda e: R.uses[e])
    rows, taken, seen_k, seen_f = [], set(), set(), set()
    narc = 0; rej = Counter(); levels = Counter()
    for kind in KINDS:
        shapes = Counter(); n = 0
        quota = gen.QUOTA[kind]
        if kind in NARC_ONLY:
            cands = [e for e in order if is_narc(d.sdn[e]['prog'])]
        elif kind == 'abbreviation':
            cands = [e for e in order if is_narc(d.sdn[e]['prog'])] + [e for e in order if not is_narc(d.sdn[e]['prog'])]
        else:
            cands = [e for e in order if not is_narc(d.sdn[e]['prog'])]
        kind_narc = 0
        for e in cands:
            if n >= 12:
                break
            if e in taken:
                continue
            v = d.sdn[e]; nar = is_narc(v['prog'])
            if kind == 'abbreviation' and nar and kind_narc >= 2:
                continue
            if nar and narc >= NARC_CAP:
                continue
            g = GEN[kind]
            it = g(v['name'], d, e, set(shapes)) if kind in USED_ARG else g(v['name'], d, e)
            for shape, var, q in it:
                if shape not in quota or shapes[shape] >= quota[shape]:
                    continue
                errs = R.pos_errors(kind, q, e, seen_k, seen_f, narc)
                if errs:
                    for x in errs: rej[(kind, x)] += 1
                    continue
                note = f"{kind}: {var}; program {v['prog']}; earlier-set uses {R.uses[e]}; target {v['name']} [SDN ent_num {e}]"
                rows.append(dict(query=q, expected=v['name'], kind=kind, notes=note))
                taken.add(e); seen_k.add(key(q)); seen_f.add(fold_full(q))
                shapes[shape] += 1; n += 1; levels[R.uses[e]] += 1
                if nar:
                    narc += 1; kind_narc += 1
                break
        print(f'{kind}: {n} rows, shapes {dict(shapes)}')
    print('positives', len(rows), 'narcotics', narc, 'levels', dict(levels))
    # negatives
    nq = Counter()
    for cat, q, desc in rows_neg.NEG:
        if nq[cat] >= rows_neg.QUOTA[cat]:
            continue
        errs = R.neg_errors(cat, q, seen_k, seen_f)
        if errs:
            print('negative rejected:', cat, q, errs); continue
        rows.append(dict(query=q, expected=None, kind=cat, notes=f'not listed: {cat}; {desc}; {d.shared_words(q)}'))
        seen_k.add(key(q)); seen_f.add(fold_full(q)); nq[cat] += 1
    used_words = set(); p = 0
    for r in list(rows):
        if nq['near_miss'] >= rows_neg.QUOTA['near_miss']:
            break
        if r['expected'] is None:
            continue
        e = int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']'))
        ws = [w for w in dict.fromkeys(content_words(r['expected'])) if w.isalpha() and len(w) >= 4
              and 1 <= len(d.word_orgs.get(w, ())) <= 3 and w not in used_words]
        ws.sort(key=lambda w: len(d.word_orgs[w]))
        for w in ws:
            phrase = rows_neg.NEAR_PHRASES[p % len(rows_neg.NEAR_PHRASES)]
            q = f'{tc_word(w)} {phrase}'
            errs = R.neg_errors('near_miss', q, seen_k, seen_f)
            if errs:
                print('near miss rejected:', q, errs); continue
            desc = f"invented {phrase.lower()} firm reusing the word '{w}' of in-set target {r['expected']} [SDN ent_num {e}]"
            rows.append(dict(query=q, expected=None, kind='near_miss', notes=f'not listed: near_miss; {desc}; {d.shared_words(q)}'))
            seen_k.add(key(q)); seen_f.add(fold_full(q)); nq['near_miss'] += 1; used_words.add(w); p += 1
            break
    print('negatives', dict(nq), sum(nq.values()))
    print('rejections (kind, reason): count')
    for (k, x), c in sorted(rej.items()):
        print(f'  {k}: {x}: {c}')
    print('rows', len(rows))
    if '--write' in sys.argv:
        with open(OUT, 'w', encoding='utf-8') as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('written', OUT)

main()
