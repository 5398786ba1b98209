"""Build train68.jsonl. Prints counts, rejection counts and my own rejected negative strings only."""
import json, random, sys, re
from collections import Counter, defaultdict
from lib import load_all, Rules, is_narc, key, full, core, LEGAL
from gen import GENS, QUOTA
import rows_neg as RN

OUT = '/work/blind/lk68/train68.jsonl'
ORDER = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
ABBR_NARC = 2


def pos_note(kind, variant, d, e, lvl):
    x = d.sdn[e]
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (
        kind, variant, x['prog'], lvl, x['name'], e)


def near_candidates(d, targets):
    cands = []
    for e in targets:
        for t in sorted(set(core(d.sdn[e]['name']).split())):
            if t.isalpha() and len(t) >= 4 and t not in LEGAL:
                n = len(d.word_orgs.get(t, ()))
                if 1 <= n <= 3:
                    cands.append((n, t, e))
    cands.sort()
    return cands


def main():
    d, prior, pool = load_all()
    R = Rules(d, prior, pool)
    rng = random.Random(68)
    ents = sorted(e for e in pool if R.level(e) >= 3)
    rng.shuffle(ents)
    ents.sort(key=lambda e: R.level(e))
    rows, taken, skeys, sfolds = [], set(), set(), set()
    narc = 0
    rej = Counter()
    for kind in ORDER:
        used = Counter()
        got = 0
        abbr_narc = 0
        quota = QUOTA[kind]
        for e in ents:
            if got == 12:
                break
            if e in taken:
                continue
            nc = is_narc(d.sdn[e]['prog'])
            if kind in NARC_ONLY and not nc:
                continue
            if kind == 'abbreviation':
                if nc and abbr_narc >= ABBR_NARC:
                    continue
            elif kind not in NARC_ONLY and nc:
                continue
            if nc and narc >= 62:
                continue
            for shape, variant, q in GENS[kind](d.sdn[e]['name'], e, d):
                if quota is not None and used[shape] >= quota.get(shape, 0):
                    continue
                if kind == 'abbreviation' and used[shape]:
                    continue
                err = R.pos_errors(kind, q, e, skeys, sfolds, narc + (1 if nc else 0))
                if err:
                    for x in err:
                        rej[(kind, x)] += 1
                    continue
                used[shape] += 1
                got += 1
                taken.add(e); skeys.add(key(q)); sfolds.add(full(q))
                if nc:
                    narc += 1
                    if kind == 'abbreviation':
                        abbr_narc += 1
                rows.append({'query': q, 'expected': d.sdn[e]['name'], 'kind': kind,
                             'notes': pos_note(kind, variant, d, e, R.level(e))})
                break
        print('kind %-22s %d rows; shapes %s' % (kind, got, dict(used)))
    print('positives', len(rows), 'narcotics', narc)
    for (k, x), n in sorted(rej.items()):
        print('  rejected %s: %s x%d' % (k, x, n))
    lv = Counter(R.level(re.search(r'ent_num (\d+)', r['notes']).group(1)) for r in rows)
    print('levels', dict(lv))

    # negatives
    def add_neg(cat, q, desc, extra=''):
        err = R.neg_errors(cat, q, skeys, sfolds)
        if err:
            print('  negative rejected [%s] %r: %s' % (cat, q, ', '.join(err)))
            return False
        skeys.add(key(q)); sfolds.add(full(q))
        note = 'not listed: %s; %s%s; %s' % (cat, desc, extra, d.shared_note(q))
        rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
        return True

    def take(cat, items):
        n = 0
        for it in items:
            if n == RN.QUOTAS[cat]:
                break
            if add_neg(cat, it[0], it[1]):
                n += 1
        print('negatives %-18s %d' % (cat, n))

    take('famous_unlisted', RN.FAMOUS)
    take('other_script', RN.OTHER_SCRIPT)
    # near misses
    targets = [re.search(r'ent_num (\d+)', r['notes']).group(1) for r in rows if r['expected']]
    n, usedw, usede, pi = 0, set(), set(), 0
    for cnt, w, e in near_candidates(d, targets):
        if n == RN.QUOTAS['near_miss'] or pi >= len(RN.NEAR_PHRASES):
            break
        if w in usedw or e in usede:
            continue
        q = w.capitalize() + ' ' + RN.NEAR_PHRASES[pi]
        extra = ' reusing the rare word "%s" (%d listed org names/aliases) of in-set target %s [SDN ent_num %s]' % (
            w, cnt, d.sdn[e]['name'], e)
        if add_neg('near_miss', q, 'invented theme firm (%s)' % RN.NEAR_PHRASES[pi], extra):
            n += 1; pi += 1; usedw.add(w); usede.add(e)
    print('negatives %-18s %d' % ('near_miss', n))
    take('shares_one_word', RN.SHARES_ONE)
    take('generic', RN.GENERIC)
    take('chat_request', [(q, '%s chat request about an %s' % (l, desc)) for l, q, desc in RN.CHAT])
    take('person_as_company', RN.PERSON)
    take('brand_product', RN.BRAND)
    print('total rows', len(rows), 'negatives', sum(1 for r in rows if r['expected'] is None))
    if '--write' in sys.argv:
        with open(OUT, 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('wrote', OUT)


if __name__ == '__main__':
    main()
