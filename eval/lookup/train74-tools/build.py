"""Build train74.jsonl. Prints counts, rejection counts and my own rejected negative strings only."""
import json, random, sys
from collections import Counter, defaultdict
from lib import Data, load_prior, Rules, is_narc, key, fold_full, NARC_CAP, LEVELS
import gen, rows_neg

KIND_ORDER = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo',
              'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
SHAPE_QUOTA = {'case': 4, 'partial': 4, 'word_order': 4, 'punctuation': 3, 'typo': 2, 'transliteration': 6,
               'script': 6, 'aka': 12}
OUT = '../train74.jsonl'


def main():
    d = Data(); prior = load_prior(d)
    cand = json.load(open('cand.json'))
    rules = Rules(d, prior, {c['ent'] for c in cand})
    rnd = random.Random(74)
    order = [c for c in cand if c['level'] in LEVELS]
    rnd.shuffle(order)
    order.sort(key=lambda c: c['level'])
    taken, rows, ks, fs = set(), [], set(), set()
    narc = 0
    rej = Counter()
    for kind in KIND_ORDER:
        got, used = [], Counter()
        narc_limit = 2 if kind == 'abbreviation' else (12 if kind in gen.NARC_KINDS else 0)
        nk = 0
        for c in order:
            if len(got) == 12:
                break
            e = c['ent']
            if e in taken:
                continue
            n = is_narc(c['prog'])
            if kind in gen.NARC_KINDS and not n:
                continue
            if kind not in gen.NARC_KINDS and n and (nk >= narc_limit or narc >= NARC_CAP):
                continue
            for shape, detail, q in gen.GEN[kind](c['name'], d, e):
                item = None
                if kind in gen.ITEM_KINDS:
                    item = detail if gen.ITEM_KINDS[kind] == 'detail' else shape
                    if used[item]:
                        continue
                elif used[shape] >= SHAPE_QUOTA[kind]:
                    continue
                errs = rules.pos_errors(kind, q, e, ks, fs)
                if errs:
                    for x in errs:
                        rej[(kind, x)] += 1
                    continue
                used[item or shape] += 1
                var = shape if not detail else '%s (%s)' % (shape, detail)
                note = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (
                    kind, var, c['prog'], c['level'], c['name'], e)
                got.append({'query': q, 'expected': c['name'], 'kind': kind, 'notes': note})
                ks.add(key(q)); fs.add(fold_full(q)) if kind != 'script' else None
                taken.add(e)
                if n:
                    nk += 1; narc += 1
                break
        print(kind, len(got), dict(used))
        rows += got
    # negatives
    negs = []
    def add_neg(cat, q, desc, extra=''):
        errs = rules.neg_errors(cat, q, ks, fs)
        if errs:
            print('rejected negative:', cat, repr(q), errs)
            return False
        note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
        negs.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
        ks.add(key(q))
        if cat != 'other_script':
            fs.add(fold_full(q))
        return True
    for cat in ['famous_unlisted', 'other_script', 'shares_one_word', 'generic', 'chat_request',
                'person_as_company', 'brand_product']:
        k = 0
        for q, desc in rows_neg.NEG[cat]:
            if k < rows_neg.QUOTA[cat] and add_neg(cat, q, desc):
                k += 1
        print(cat, k)
    # near misses
    cands = []
    for r in rows:
        e = r['notes'].rsplit('ent_num ', 1)[1].rstrip(']')
        for t in set(fold_full(r['expected']).split()):
            if len(t) >= 4 and t.isalpha() and t not in rows_neg.NEAR_STOP and t in d.tok_orgs \
                    and len(d.tok_orgs[t]) <= 3:
                cands.append((len(d.tok_orgs[t]), rnd.random(), t, r['expected'], e))
    cands.sort()
    usedw, usede, k = set(), set(), 0
    for cnt, _, t, name, e in cands:
        if k >= rows_neg.QUOTA['near_miss']:
            break
        if t in usedw or e in usede:
            continue
        q = t.capitalize() + ' ' + rows_neg.NEAR_PHRASES[k % len(rows_neg.NEAR_PHRASES)]
        extra = "reuses word '%s' (%d listed org names/aliases) from in-set target %s [SDN ent_num %s]; " % (
            t, cnt, name, e)
        if add_neg('near_miss', q, 'invented theme firm named with a rare word of an in-set target', extra):
            usedw.add(t); usede.add(e); k += 1
    print('near_miss', k)
    for x, v in sorted(rej.items()):
        print('rejected positive', x, v)
    allrows = rows + negs
    print('positives', len(rows), 'negatives', len(negs), 'total', len(allrows), 'narcotics', narc)
    if '--write' in sys.argv:
        with open(OUT, 'w', encoding='utf-8') as f:
            for r in allrows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


main()
