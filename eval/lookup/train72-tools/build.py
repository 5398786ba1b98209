"""train72 builder. python3 build.py [--write]. Prints counts, rejection counts and my own rejected negatives only."""
import json, random, sys, collections
from lib import Data, load_prior, Rules, key, full, is_narc, pos_note, NARC_CAP, NEG_QUOTA, FILLER
import gen, rows_neg

OUT = '/work/blind/lk72/train72.jsonl'
ORDER = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
QUOTA = {'partial': 4, 'word_order': 4, 'punctuation': 3, 'script': 6, 'transliteration': 6, 'typo': 2, 'case': 4}

def cands(kind, name, ent, d, open_items):
    if kind == 'aka':
        for a in d.alts.get(ent, []): yield 'own alt.csv alias', '', a
    elif kind == 'legal_form':
        for x in gen.legal_form(name):
            if x[1] in open_items: yield x
    elif kind == 'abbreviation':
        for x in gen.abbreviation(name):
            if x[1].split(' -> ')[1] in open_items: yield x
    elif kind == 'translation':
        for lang in list(open_items):
            yield from gen.translation(name, lang)
    elif kind in ('parent_vs_subsidiary', 'messy'):
        city = d.city.get(ent)
        if not city: return
        items = gen.UNITS if kind == 'parent_vs_subsidiary' else gen.MESSY
        for it in items:
            if it[0] in open_items:
                yield from (gen.parent(name, city, it) if kind == 'parent_vs_subsidiary' else gen.messy(name, city, it))
    else:
        yield from getattr(gen, kind)(name)

def item_of(kind, shape, detail):
    if kind == 'legal_form': return detail
    if kind == 'abbreviation': return detail.split(' -> ')[1]
    if kind == 'translation': return shape
    if kind in ('parent_vs_subsidiary', 'messy'):
        return detail.split(', ')[0] if kind == 'parent_vs_subsidiary' and False else (shape if kind == 'messy' else None)
    return shape

def build():
    d = Data(); prior = load_prior(d); R = Rules(d, prior)
    uses = R.uses
    ents = sorted(R.pool, key=int)
    random.Random(72).shuffle(ents)
    ents = [e for e in ents if 3 <= uses[e] <= 4]
    ents.sort(key=lambda e: uses[e])
    rows, taken, narc = [], set(), 0
    rej = collections.Counter()
    for kind in ORDER:
        if kind == 'legal_form': items = {f'{l} {f}' for l, f in gen.NEW_FORMS}
        elif kind == 'abbreviation': items = set(gen.ABBR.values())
        elif kind == 'translation': items = set(gen.TR)
        elif kind == 'parent_vs_subsidiary': items = {u[0] for u in gen.UNITS}
        elif kind == 'messy': items = {m[0] for m in gen.MESSY}
        else: items = None
        shape_n = collections.Counter(); got = 0; knarc = 0
        for e in ents:
            if got == 12: break
            if e in taken: continue
            v = d.sdn[e]; nar = is_narc(v['prog'])
            if kind in NARC_ONLY and not nar: continue
            if kind == 'abbreviation' and nar and knarc >= 2: continue
            if kind not in NARC_ONLY and kind != 'abbreviation' and nar: continue
            if nar and narc >= NARC_CAP: continue
            others = [(key(r['query']), full(r['query'])) for r in rows]
            for shape, detail, q in cands(kind, v['name'], e, d, items if items is not None else set()):
                if kind == 'parent_vs_subsidiary':
                    it = detail.rsplit(', ', 1)[0] if False else next(u[0] for u in gen.UNITS if detail.startswith(u[0] + ','))
                else:
                    it = item_of(kind, shape, detail)
                if items is not None:
                    if it not in items: continue
                elif kind in QUOTA and shape_n[shape] >= QUOTA[kind]: continue
                variant = f'{shape} ({detail})' if detail else shape
                row = {'query': q, 'expected': v['name'], 'kind': kind,
                       'notes': pos_note(kind, variant, v['prog'], uses[e], v['name'], e)}
                errs = R.pos_errors(row, e, others)
                if errs:
                    for x in errs: rej[(kind, x)] += 1
                    continue
                rows.append(row); taken.add(e); got += 1; shape_n[shape] += 1
                if items is not None: items.discard(it)
                if nar: narc += 1; knarc += 1
                break
        print(f'{kind}: {got} rows; shapes {dict(shape_n)}')
    print('positives', len(rows), 'narcotics', narc)
    for (k, x), n in sorted(rej.items()): print('  rejected', k, x, n)
    # negatives
    neg = []
    def others(): return [(key(r['query']), full(r['query'])) for r in rows + neg]
    def try_add(cat, q, desc, extra=''):
        row = {'query': q, 'expected': None, 'kind': cat, 'notes': ''}
        errs = R.neg_errors(row, others())
        if errs:
            print('  negative rejected:', cat, repr(q), errs); return False
        row['notes'] = f'not listed: {cat}; {desc}; {extra}{d.shared_words(q)}'
        neg.append(row); return True
    for cat in ['famous_unlisted', 'other_script']:
        n = 0
        for q, desc in rows_neg.LISTS[cat]:
            if n < NEG_QUOTA[cat] and try_add(cat, q, desc): n += 1
    # near misses
    cand = []
    for r in rows:
        e = r['notes'].rsplit('ent_num ', 1)[1].rstrip(']')
        name = d.sdn[e]['name']
        for t in sorted(set(full(name).split())):
            if len(t) < 4 or not t.isalpha() or t in FILLER or t in rows_neg.NEAR_STOP: continue
            n = len(d.tok_org.get(t, ()))
            if 1 <= n <= 3: cand.append((n, t, e, name))
    cand.sort(key=lambda x: (x[1], x[2]))
    random.Random(72).shuffle(cand)
    cand.sort(key=lambda x: x[0])
    usedw, usede, k = set(), set(), 0
    for n, t, e, name in cand:
        if k >= NEG_QUOTA['near_miss']: break
        if t in usedw or e in usede: continue
        phrase = rows_neg.NEAR_PHRASES[k % len(rows_neg.NEAR_PHRASES)]
        q = f'{t.capitalize()} {phrase}'
        extra = f"reuses rare word '{t}' ({n} listed org names/aliases) of in-set target {name} [SDN ent_num {e}]; "
        if try_add('near_miss', q, 'invented theme firm', extra):
            usedw.add(t); usede.add(e); k += 1
    for cat in ['shares_one_word', 'generic', 'chat_request', 'person_as_company', 'brand_product']:
        n = 0
        for q, desc in rows_neg.LISTS[cat]:
            if n < NEG_QUOTA[cat] and try_add(cat, q, desc): n += 1
    cnt = collections.Counter(r['kind'] for r in neg)
    print('negatives', len(neg), dict(cnt))
    return rows + neg

if __name__ == '__main__':
    allrows = build()
    print('total', len(allrows))
    if '--write' in sys.argv:
        with open(OUT, 'w', encoding='utf-8') as f:
            for r in allrows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('written', OUT)
