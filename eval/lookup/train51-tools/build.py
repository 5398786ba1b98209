"""Select rows from rows_pos/rows_neg and (with --write) write ../train51.jsonl. Prints counts and rejections."""
import json, sys
from collections import Counter
from common import Ctx, pos_problem, neg_problem, pos_note, neg_note, is_narc, NARC_CAP
from lib import KINDS, QUOTAS, key, full, words
from rows_pos import POS
from rows_neg import NEG

ctx = Ctx()
ix = ctx.ix
seen_keys, seen_full = set(), set()
used_ents, narc = set(), 0
pos_rows, rej = {k: [] for k in KINDS}, []

def dup(q, kind):
    return key(q) in seen_keys or (kind not in ('script', 'other_script') and full(q) in seen_full)

for kind in KINDS:
    for k, ent, q, variant in POS:
        if k != kind or len(pos_rows[kind]) >= 12:
            continue
        why = pos_problem(ctx, kind, ent, q)
        if not why and ent in used_ents:
            why = 'target already used in set'
        if not why and dup(q, kind):
            why = 'repeat within set'
        prog = ix.ents[ent]['program'] if ent in ix.ents else ''
        if not why and is_narc(prog) and narc >= NARC_CAP:
            why = 'SDNT/SDNTK cap reached'
        if why:
            rej.append(('pos', kind, q, why))
            continue
        used_ents.add(ent)
        narc += is_narc(prog)
        seen_keys.add(key(q)); seen_full.add(full(q))
        pos_rows[kind].append({'query': q, 'expected': ix.ents[ent]['name'], 'kind': kind,
                               'notes': pos_note(ctx, kind, ent, variant)})

neg_rows = {c: [] for c in QUOTAS}
for item in NEG:
    cat, q, desc = item[:3]
    nm = item[3] if len(item) > 3 else None
    if len(neg_rows[cat]) >= QUOTAS[cat]:
        continue
    why = neg_problem(ctx, cat, q)
    if not why and dup(q, cat):
        why = 'repeat within set'
    if not why and nm:
        ent, w = nm
        if ent not in used_ents:
            why = 'near-miss target not in set'
        elif w not in words(ix.ents[ent]['name']) or w not in words(q):
            why = 'reused word not in both'
    if why:
        rej.append(('neg', cat, q, why))
        continue
    seen_keys.add(key(q)); seen_full.add(full(q))
    neg_rows[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': neg_note(ctx, cat, q, desc, nm)})

rows = [r for k in KINDS for r in pos_rows[k]] + [r for c in QUOTAS for r in neg_rows[c]]
print('positives per kind:', {k: len(v) for k, v in pos_rows.items()})
print('negatives per category:', {c: len(v) for c, v in neg_rows.items()})
print('rows', len(rows), 'SDNT/SDNTK', narc)
lv = Counter(ctx.uses[e] for e in used_ents)
print('levels of targets:', sorted(lv.items()))
print('rejections:', len(rej), Counter(r[3].split(' (')[0].split(' [')[0] for r in rej).most_common())
for r in rej:
    print('  REJ', r[0], r[1], '|', r[2], '|', r[3])
if '--write' in sys.argv:
    with open('../train51.jsonl', 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote ../train51.jsonl')
