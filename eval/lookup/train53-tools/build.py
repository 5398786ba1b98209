"""build.py [--write] - pick rows from rows_pos.py / rows_neg.py under common.py rules; log rejections."""
import sys, json, os, collections, lib, common
from rows_pos import POS
try:
    from rows_neg import NEG
except ImportError:
    NEG = []

ctx = common.Ctx()
d = ctx.d
rows, rej = [], collections.Counter()
taken, seen_keys, seen_folds = set(), set(), set()
narc = 0
per_kind = collections.defaultdict(list)

def log(why, q):
    rej[why.split(' [')[0].split(' {')[0]] += 1
    print('REJECT %-45s %s' % (why[:60], q))

for kind in common.KINDS:
    for k, ent, q, variant in POS:
        if k != kind or len(per_kind[kind]) >= common.PER_KIND:
            continue
        if ent in taken:
            log('target already taken', q); continue
        p = ctx.pool.get(ent)
        if p and p['narc'] and narc >= common.NARC_CAP:
            log('over SDNT/SDNTK cap', q); continue
        errs = common.positive_errors(ctx, q, kind, ent)
        kq, fq = lib.key(q), lib.full(q)
        if kq in seen_keys or (kind != 'script' and fq in seen_folds):
            errs.append('in-set repeat')
        if errs:
            log(errs[0], q); continue
        taken.add(ent); seen_keys.add(kq)
        if kind != 'script':
            seen_folds.add(fq)
        narc += p['narc']
        per_kind[kind].append({'query': q, 'expected': d.sdn[ent]['name'], 'kind': kind,
                               'notes': common.pos_note(ctx, kind, variant, ent)})
for kind in common.KINDS:
    rows += per_kind[kind]
    if len(per_kind[kind]) < common.PER_KIND:
        print('SHORT', kind, len(per_kind[kind]))

neg_kind = collections.defaultdict(list)
for cat in common.QUOTAS:
    for row in NEG:
        c, q, desc = row[0], row[1], row[2]
        nt, nw = (row[3], row[4]) if len(row) > 3 else (None, None)
        if c != cat or len(neg_kind[cat]) >= common.QUOTAS[cat]:
            continue
        errs = common.negative_errors(ctx, q, cat, nt, nw, taken)
        kq, fq = lib.key(q), lib.full(q)
        if kq in seen_keys or (cat != 'other_script' and fq in seen_folds):
            errs.append('in-set repeat')
        if errs:
            log(errs[0], q); continue
        seen_keys.add(kq)
        if cat != 'other_script':
            seen_folds.add(fq)
        neg_kind[cat].append({'query': q, 'expected': None, 'kind': cat,
                              'notes': common.neg_note(ctx, q, cat, desc, nt, nw)})
for cat in common.QUOTAS:
    rows += neg_kind[cat]
    if len(neg_kind[cat]) < common.QUOTAS[cat]:
        print('SHORT', cat, len(neg_kind[cat]))

lv = collections.Counter(ctx.uses[e] for e in taken)
print('rows', len(rows), 'positives', sum(len(v) for v in per_kind.values()), 'narc', narc, 'levels', dict(lv))
print('rejections', sum(rej.values()), dict(rej))
if '--write' in sys.argv:
    out = os.path.join(common.HERE, '..', 'train53.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', os.path.normpath(out))
