"""Build train49.jsonl from rows_pos.py / rows_neg.py. Usage: python3 build.py [--write]"""
import sys, json, collections
import lib, common
from rows_pos import POS
from rows_neg import NEG
ctx = common.Ctx()
OUT = '/work/blind/lookup-train49/train49.jsonl'
seen_k, seen_f, used = set(), set(), set()
kept = collections.defaultdict(list)
rej = 0
sdnt = 0
for kind, q, ent, variant in POS:
    if len(kept[kind]) >= common.PER_KIND: continue
    errs = common.pos_errors(ctx, kind, q, ent, seen_k, seen_f)
    if ent in used: errs.append('entity reused')
    prog = ctx.ix.by_ent[ent]['prog'] if ent in ctx.ix.by_ent else ''
    if common.is_sdnt(prog) and sdnt + 1 > common.SDNT_MAX * 156: errs.append('SDNT cap')
    if errs:
        rej += 1; print('REJECT pos', kind, repr(q), ent, errs); continue
    used.add(ent); seen_k.add(lib.qkey(q)); seen_f.add(lib.full(q))
    if common.is_sdnt(prog): sdnt += 1
    kept[kind].append({'query': q, 'expected': ctx.ix.by_ent[ent]['name'], 'kind': kind,
                       'notes': common.pos_note(ctx, kind, variant, ent)})
negk = collections.defaultdict(list)
for row in NEG:
    cat, q, desc = row[:3]
    near = row[3] if len(row) > 3 else None
    if len(negk[cat]) >= common.QUOTA[cat]: continue
    errs = common.neg_errors(ctx, cat, q, seen_k, seen_f, near, used)
    if errs:
        rej += 1; print('REJECT neg', cat, repr(q), errs); continue
    seen_k.add(lib.qkey(q)); seen_f.add(lib.full(q))
    negk[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': common.neg_note(ctx, cat, q, desc, near)})
rows = [r for k in common.KINDS for r in kept[k]] + [r for c in common.QUOTA for r in negk[c]]
print('positives', {k: len(kept[k]) for k in common.KINDS})
print('negatives', {c: len(negk[c]) for c in common.QUOTA})
print('total', len(rows), 'SDNT/SDNTK', sdnt, 'rejected', rej)
if '--write' in sys.argv:
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', OUT)
# list unused lowest-level non-SDNT pool entities (names only) to help choose replacements
print('unused non-SDNT lowest-level entities:')
for p in sorted(ctx.pool.values(), key=lambda p: p['name']):
    if p['uses'] == ctx.min_level and p['ent'] not in used and not common.is_sdnt(p['prog']):
        print('  ', p['ent'], p['prog'], ('F ' if p['name_prior'] else '  ') + p['name'])
