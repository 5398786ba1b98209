"""Select rows from rows_pos/rows_neg under the rules; --write writes ../../train60.jsonl."""
import json, sys
import lib
from common import Ctx, KINDS, PER_KIND, QUOTA, NARC_CAP, is_narc
from rows_pos import P
from rows_neg import N

OUT = '/work/blind/lk60/train60.jsonl'
ctx = Ctx()
d = ctx.data
taken, narc, rows, rej = set(), 0, [], []
seen_keys, seen_full = set(), set()
for kind in KINDS:
    cands = [r for r in P if r[0] == kind]
    cands.sort(key=lambda r: ctx.level(r[2]))          # stable: level 2 first
    got = 0
    for _, q, e, v in cands:
        if got == PER_KIND:
            break
        why = ctx.pos_errors(kind, q, e)
        if e in taken:
            why.append('target already taken')
        if is_narc(d.sdn[e]['program']) and narc >= NARC_CAP:
            why.append('narcotics cap reached')
        if lib.key(q) in seen_keys or (kind != 'script' and lib.full(q) in seen_full):
            why.append('repeat inside the set')
        if why:
            rej.append((kind, q, e, why)); continue
        taken.add(e); got += 1
        narc += is_narc(d.sdn[e]['program'])
        seen_keys.add(lib.key(q)); seen_full.add(lib.full(q))
        rows.append({'query': q, 'expected': d.sdn[e]['name'], 'kind': kind, 'notes': ctx.pos_note(kind, v, e)})
    if got < PER_KIND:
        print('SHORT', kind, got)
ents = {e for e in taken}
negs = {c: [] for c in QUOTA}
for r in N:
    cat, q, desc = r[0], r[1], r[2]
    word = r[3] if len(r) > 3 else None
    if len(negs[cat]) == QUOTA[cat]:
        continue
    why = ctx.neg_errors(cat, q, ents, word)
    if lib.key(q) in seen_keys or (cat != 'other_script' and lib.full(q) in seen_full):
        why.append('repeat inside the set')
    if why:
        rej.append((cat, q, None, why)); continue
    near = None
    if cat == 'near_miss':
        e = sorted(x for x in ents if word in lib.core_tokens(d.sdn[x]['name']))[0]
        near = (word, e)
    seen_keys.add(lib.key(q)); seen_full.add(lib.full(q))
    negs[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': ctx.neg_note(cat, desc, q, near)})
for cat in QUOTA:
    if len(negs[cat]) < QUOTA[cat]:
        print('SHORT', cat, len(negs[cat]))
    rows.extend(negs[cat])
from collections import Counter
lv = Counter(ctx.level(e) for e in taken)
print('positives', len(taken), 'narcotics', narc, 'levels', dict(lv), 'rows', len(rows))
print('rejections', len(rej))
for k, q, e, why in rej:
    print('  REJ', k, repr(q)[:90], e, '; '.join(why))
if '--write' in sys.argv:
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', OUT)
