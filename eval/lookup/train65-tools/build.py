import json, random, sys, re, collections
from lib import *
from gen import GEN, QUOTA, tc
from rows_neg import NEG, THEME_NM, QUOTA as NQ
d = Data(); pool = d.pool(); prior = load_prior(d); uses = prior[2]
ORDER = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'messy']
NARC_KINDS = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NARC_CAP = 62
ents = sorted(pool); random.Random(65).shuffle(ents)
taken, rows, seen_k, seen_f, log = set(), [], set(), set(), collections.Counter()
narc = 0
def pnote(kind, var, e):
    n, p = pool[e]
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (kind, var, p, uses[e], n, e)
for kind in ORDER:
    got, shapes = [], collections.Counter()
    def pref(e):
        nc = is_narc(pool[e][1])
        if kind in NARC_KINDS: return (uses[e], 0 if nc else 1)
        if kind == 'abbreviation': return (uses[e], 0 if nc else 1)
        return (uses[e], 1 if nc else 0)
    for e in sorted(ents, key=pref):
        if len(got) == 12: break
        if e in taken: continue
        nc = is_narc(pool[e][1])
        if nc and narc >= NARC_CAP: continue
        if kind in NARC_KINDS and not nc: continue
        if kind not in NARC_KINDS and kind != 'abbreviation' and nc: continue
        name = pool[e][0]
        if kind == 'aka':
            cands = [('alias', 'alt.csv alias %s' % a, a) for a in d.alias[e]]
        else:
            cands = GEN[kind](name, addrs=d.addr[e], used=set(s for s in shapes))
        for shape, var, q in cands:
            if kind != 'aka' and shapes[shape] >= QUOTA[kind]: continue
            if key(q) in seen_k or (kind != 'script' and full(q) in seen_f): log['in-set repeat'] += 1; continue
            errs = pos_errors(d, pool, prior, kind, q, e)
            if errs: log[kind + ': ' + errs[0]] += 1; continue
            got.append({'query': q, 'expected': name, 'kind': kind, 'notes': pnote(kind, var, e)})
            shapes[shape] += 1; taken.add(e); seen_k.add(key(q)); seen_f.add(full(q)); narc += nc
            break
    print(kind, len(got), dict(shapes))
    rows += got
# negatives
negs = []
for cat in ['famous_unlisted', 'other_script', 'near_miss', 'shares_one_word', 'generic', 'chat_request', 'person_as_company', 'brand_product']:
    got = []
    if cat == 'near_miss':
        usedw, ti = set(), 0
        for r in rows:
            if len(got) == NQ[cat]: break
            e = re.search(r'ent_num (\d+)', r['notes']).group(1)
            ws = [w for w in dict.fromkeys(core_tokens(r['expected'])) if len(w) >= 4 and w.isalpha() and w not in usedw
                  and 1 <= len(d.word_orgs.get(w, ())) <= 3]
            ws.sort(key=lambda w: len(d.word_orgs[w]))
            for w in ws:
                q = w.capitalize() + ' ' + THEME_NM[ti % len(THEME_NM)]
                if key(q) in seen_k or full(q) in seen_f: continue
                errs = neg_errors(d, prior, cat, q)
                if errs: log['neg ' + errs[0]] += 1; continue
                note = 'not listed: near_miss; invented %s firm reusing the rare word "%s" (from in-set target %s [SDN ent_num %s]); %s' % (
                    THEME_NM[ti % len(THEME_NM)].lower(), w, r['expected'], e, d.shared_words(q))
                got.append({'query': q, 'expected': None, 'kind': cat, 'notes': note}); usedw.add(w); ti += 1
                seen_k.add(key(q)); seen_f.add(full(q)); break
    else:
        for q, desc in NEG[cat]:
            if len(got) == NQ[cat]: break
            if key(q) in seen_k or (cat != 'other_script' and full(q) in seen_f): log['neg in-set repeat'] += 1; continue
            errs = neg_errors(d, prior, cat, q)
            if errs: log['neg %s: %s (%s)' % (cat, errs[0], q)] += 1; continue
            got.append({'query': q, 'expected': None, 'kind': cat, 'notes': 'not listed: %s; %s; %s' % (cat, desc, d.shared_words(q))})
            seen_k.add(key(q)); seen_f.add(full(q))
    print(cat, len(got))
    negs += got
rows += negs
print('rows', len(rows), 'positives', sum(1 for r in rows if r['expected']), 'narcotics', narc)
for k, v in sorted(log.items()): print('rejected', v, k)
if '--write' in sys.argv:
    with open('../train65.jsonl', 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
