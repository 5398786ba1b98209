"""Build train77.jsonl. Prints counts, rejection counts and my own rejected negatives only."""
import json, random, re, sys
from collections import Counter, defaultdict
from lib import *
from gen import GENS, QUOTA, NARC
import rows_neg as RN

OUT = os.path.join(HERE, '..', 'train77.jsonl')
KIND_ORDER = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo',
              'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']

def pos_note(kind, shape, detail, prog, lvl, name, ent):
    v = shape if not detail else '%s (%s)' % (shape, detail.replace(';', ','))
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, v, prog, lvl, name, ent)

def neg_note(d, cat, desc, q, extra=''):
    return 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))

def near_candidates(d, rules, targets):
    rng = random.Random(SEED)
    cands = []
    for ent in targets:
        name = d.sdn[ent][0]
        for t in sorted(set(full(name).split())):
            if not re.fullmatch(r'[a-z]{4,}', t) or t in FILLER or t in RN.NEAR_STOP: continue
            if not re.search(r'\b%s\b' % t, full(name)): continue
            c = len(d.tok_orgnames.get(t, ()))
            if 1 <= c <= 3: cands.append([c, 0, t, ent])
    rng.shuffle(cands)
    for i, x in enumerate(cands): x[1] = i
    cands.sort()
    return cands

def main():
    d = Data(); prior = load_prior(d); pl = pool(d); rules = Rules(d, prior, pl)
    rng = random.Random(SEED)
    ents = sorted(pl); rng.shuffle(ents)
    ents = [e for e in ents if 3 <= rules.level(e) <= 4]
    ents.sort(key=lambda e: rules.level(e))
    rows, taken, skeys, sfulls = [], set(), set(), set()
    narc_n = 0
    rej = Counter()
    for kind in KIND_ORDER:
        got, shape_n, items = [], Counter(), set()
        narc_k = 0
        for ent in ents:
            if len(got) == 12: break
            if ent in taken: continue
            name, prog = pl[ent]; nar = is_narc(prog)
            pol = NARC.get(kind)
            if pol == 'only' and not nar: continue
            if pol is None and nar: continue
            if isinstance(pol, int) and nar and narc_k >= pol: continue
            if nar and narc_n >= NARC_CAP: continue
            for shape, detail, q, item in GENS[kind](name, ent, d):
                qa = QUOTA[kind]
                if qa == 'item':
                    if item in items: continue
                elif qa and shape_n[shape] >= qa: continue
                errs = rules.pos_errors(kind, q, ent, skeys, sfulls)
                if errs:
                    for e in errs: rej[(kind, e)] += 1
                    continue
                lvl = rules.level(ent)
                rows.append({'query': q, 'expected': name, 'kind': kind,
                             'notes': pos_note(kind, shape, detail, prog, lvl, name, ent)})
                got.append(ent); taken.add(ent); shape_n[shape] += 1; items.add(item)
                skeys.add(key(q)); sfulls.add(full(q))
                if nar: narc_n += 1; narc_k += 1
                break
        print('positive', kind, len(got), dict(shape_n) if QUOTA[kind] not in ('item',) else sorted(x for x in items if x))
    print('positives', len(rows), 'narcotics', narc_n)
    for (k, e), c in sorted(rej.items()): print('  rejected', k, e, c)
    negs = []
    def try_neg(cat, q, note):
        errs = rules.neg_errors(cat, q, skeys, sfulls)
        if errs:
            print('  negative rejected', cat, q, errs); return False
        negs.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
        skeys.add(key(q)); sfulls.add(full(q)); return True
    for cat, lst in RN.CATS:
        n = 0
        for q, desc in lst:
            if n == NEG_QUOTA[cat]: break
            if try_neg(cat, q, neg_note(d, cat, desc, q)): n += 1
        print('negative', cat, n)
    used_w, used_t, n = set(), set(), 0
    for c, _, t, ent in near_candidates(d, rules, [d and e for e in taken]):
        if n == NEG_QUOTA['near_miss']: break
        if t in used_w or ent in used_t: continue
        ph = RN.NEAR_PHRASES[n % len(RN.NEAR_PHRASES)]
        q = '%s %s' % (t.capitalize(), ph)
        extra = "reuses rare word '%s' (%d listed org names/aliases) from in-set target %s [SDN ent_num %d]; " % (t, c, d.sdn[ent][0], ent)
        if try_neg('near_miss', q, neg_note(d, 'near_miss', 'invented %s firm' % ph.lower(), q, extra)):
            used_w.add(t); used_t.add(ent); n += 1
    print('negative near_miss', n)
    allrows = rows + negs
    print('total', len(allrows), 'negatives', len(negs))
    if '--write' in sys.argv:
        with open(OUT, 'w', encoding='utf-8') as f:
            for r in allrows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('written', os.path.normpath(OUT))

if __name__ == '__main__':
    main()
