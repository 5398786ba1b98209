"""Build train38.jsonl from hand-written candidates. --write to write the file."""
import sys, json, random
from collections import Counter, defaultdict
from lib import *
from rows_pos import POS
from rows_pos2 import POS2
from rows_pos3 import POS3
from rows_neg import NEG
from rows_neg2 import NEG2
NEG = NEG + NEG2

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
         'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_COUNTS = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
              'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
PER_KIND = 12

ix = Index()
cands = POS + POS2 + POS3
# level-1 entities first within each kind
cands.sort(key=lambda c: ix.pool.get(c[1], {}).get('uses', 9) != 1)
used_ents, used_q = set(), set()
narco = 0
chosen = defaultdict(list)
rej = Counter(); rej_ex = defaultdict(list)

def qk(q):
    return {qkey_ws(q), qkey_fold(q)}

def interleave(lst):
    # round-robin over the variant label (used for script, so languages are mixed)
    groups = defaultdict(list)
    for c in lst:
        groups[c[3]].append(c)
    out = []
    while any(groups.values()):
        for g in list(groups):
            if groups[g]:
                out.append(groups[g].pop(0))
    return out

for kind in KINDS:
    kc = [c for c in cands if c[0] == kind]
    if kind == 'script':
        kc = interleave(kc)
    for k, e, q, v in kc:
        if len(chosen[kind]) >= PER_KIND:
            break
        flags = ix.check_pos(k, e, q)
        if e in used_ents:
            flags.append('ENT_USED')
        if qk(q) & used_q:
            flags.append('DUP_IN_SET')
        prog = ix.sdn[e]['program'] if e in ix.sdn else ''
        is_narco = prog.startswith('SDNT')
        if is_narco and narco >= 60:
            flags.append('NARCO_CAP')
        if flags:
            for f in flags:
                rej[f.split(':')[0]] += 1
                if f.split(':')[0] != 'PRIOR' and len(rej_ex[f.split(':')[0]]) < 4:
                    rej_ex[f.split(':')[0]].append(q)
            continue
        used_ents.add(e); used_q |= qk(q); narco += is_narco
        r = ix.sdn[e]
        notes = (f"{k}: {v}; program {r['program']}; earlier-set uses {ix.pool[e]['uses']}; "
                 f"target {r['name']} [SDN ent_num {e}]")
        chosen[kind].append({'query': q, 'expected': r['name'], 'kind': k, 'notes': notes})

# negatives
target_words = set()
for kind in KINDS:
    for row in chosen[kind]:
        target_words |= set(words(row['expected']))
target_of_word = {}
for kind in KINDS:
    for row in chosen[kind]:
        for w in words(row['expected']):
            target_of_word.setdefault(w, row['expected'])
negs = defaultdict(list)
for cat, q in NEG:
    if len(negs[cat]) >= NEG_COUNTS[cat]:
        continue
    flags = ix.check_neg(cat, q, target_words if cat == 'near_miss' else None)
    if qk(q) & used_q:
        flags.append('DUP_IN_SET')
    if flags:
        for f in flags:
            rej['neg:' + f.split(':')[0]] += 1
            if f.split(':')[0] != 'PRIOR' and len(rej_ex['neg:' + f.split(':')[0]]) < 6:
                rej_ex['neg:' + f.split(':')[0]].append(q)
        continue
    used_q |= qk(q)
    sw = ix.shared_words(q)
    if sw:
        info = '; '.join(f"shares '{w}' with {n} listed org(s), e.g. " + ' | '.join(ex) for w, n, ex in sw)
    else:
        info = 'shares no word with a listed org'
    if cat == 'near_miss':
        w0 = words(q)[0]
        info = f"reuses target word '{w0}' from {target_of_word[w0]}; " + info
    negs[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': f'not listed: {cat}; {info}'})

print(f'prior files {ix.nfiles}, prior rows {ix.nrows}')
print('positives per kind:', {k: len(chosen[k]) for k in KINDS})
print('negatives per category:', {c: len(negs[c]) for c in NEG_COUNTS})
print('SDNT/SDNTK positives:', narco)
lv = Counter(ix.pool[ix_e]['uses'] for ix_e in used_ents)
print('target earlier-use levels:', dict(sorted(lv.items())))
print('rejections:', dict(rej.most_common()))
for f, ex in sorted(rej_ex.items()):
    print('  e.g.', f, ex)
short = [k for k in KINDS if len(chosen[k]) < PER_KIND] + [c for c in NEG_COUNTS if len(negs[c]) < NEG_COUNTS[c]]
print('SHORT:', short)
if '--write' in sys.argv and not short:
    rows = [r for k in KINDS for r in chosen[k]] + [r for c in NEG_COUNTS for r in negs[c]]
    random.Random(38).shuffle(rows)
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    progs = Counter(r['notes'].split('; program ')[1].split('; earlier')[0].replace('] [', '+') for r in rows if r['expected'])
    print('programs:', '; '.join(f'{p} {n}' for p, n in progs.most_common()))
    print(f'wrote {len(rows)} rows to {OUT}')
