"""Builds train48.jsonl from rows_pos.py / rows_neg.py. Prints rejections; --write writes the file."""
import sys, json, lib, common
from collections import Counter
from rows_pos import POS
from rows_neg import NEG
ctx = common.Ctx()
seen_k, seen_f, used = set(), set(), set()
kept = {k: [] for k in common.KINDS}
rej = 0
narco = 0
for kind, ent, q, variant in POS:
    if len(kept[kind]) >= common.PER_KIND:
        continue
    why = ctx.pos_problem(kind, ent, q)
    if not why and ent in used:
        why = 'entity reused'
    if not why and (lib.qkey(q) in seen_k or (kind != 'script' and lib.fold(q) in seen_f)):
        why = 'repeated in set'
    if why:
        rej += 1
        print('REJECT pos', kind, ent, repr(q), '->', why)
        continue
    used.add(ent); seen_k.add(lib.qkey(q)); seen_f.add(lib.fold(q))
    narco += common.narco(ctx.pool[ent]['program'])
    kept[kind].append({'query': q, 'expected': ctx.pool[ent]['name'], 'kind': kind,
                       'notes': ctx.pos_note(kind, ent, variant)})
negs = {c: [] for c in common.QUOTA}
for cat, q, desc in NEG:
    if len(negs[cat]) >= common.QUOTA[cat]:
        continue
    why = ctx.neg_problem(cat, q, desc, used)
    if not why and (lib.qkey(q) in seen_k or lib.fold(q) in seen_f):
        why = 'repeated in set'
    if why:
        rej += 1
        print('REJECT neg', cat, repr(q), '->', why)
        continue
    seen_k.add(lib.qkey(q)); seen_f.add(lib.fold(q))
    negs[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': ctx.neg_note(cat, q, desc)})
print('kept per kind', {k: len(v) for k, v in kept.items()})
print('kept per category', {k: len(v) for k, v in negs.items()})
print('levels', Counter(ctx.uses.get(int(r['notes'].rsplit(' ', 1)[1].rstrip(']')), 0) for v in kept.values() for r in v))
print('SDNT/SDNTK', narco, 'of', sum(len(v) for v in kept.values()))
print('rejections', rej)
if '--write' in sys.argv:
    rows = [r for k in common.KINDS for r in kept[k]] + [r for c in common.QUOTA for r in negs[c]]
    with open(lib.HERE + '/../train48.jsonl', 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', len(rows))
