"""Select rows from rows_pos.py / rows_neg.py under the common.py rules; --write writes ../train54.jsonl.
Prints counts and rejections only (own candidate strings)."""
import json, sys
from collections import Counter
import lib, common
from rows_pos import POS
from rows_neg import NEG

ctx = common.Ctx()
rej = []
keys, fulls = set(), set()
taken = {}
narc = 0
pos_rows = []
for kind in common.KINDS:
    n = 0
    for k, q, e, var in POS:
        if k != kind or n >= common.PER_KIND: continue
        errs = ctx.pos_errors(k, q, e)
        if e in taken: errs.append('target already taken by %s row' % taken[e])
        if lib.key(q) in keys or lib.full(q) in fulls: errs.append('repeats an in-set query')
        p = ctx.pool.get(e)
        if not errs and p['narc'] and narc >= common.NARC_CAP: errs.append('SDNT/SDNTK cap reached')
        if errs:
            rej.append(('pos', k, q, errs)); continue
        taken[e] = k; keys.add(lib.key(q)); fulls.add(lib.full(q)); n += 1
        if p['narc']: narc += 1
        pos_rows.append({'query': q, 'expected': p['name'], 'kind': k, 'notes': common.pos_note(k, var, p, e)})
neg_rows = []
for cat, quota in common.NEG_QUOTA.items():
    n = 0
    for c, q, desc, nm in NEG:
        if c != cat or n >= quota: continue
        errs = ctx.neg_errors(c, q)
        if lib.key(q) in keys or lib.full(q) in fulls: errs.append('repeats an in-set query')
        if nm:
            w, e = nm
            if e not in taken: errs.append('near-miss target not in set')
            elif w not in lib.tokens(ctx.pool[e]['name']) or w not in lib.tokens(q): errs.append('reused word missing')
        if errs:
            rej.append(('neg', c, q, errs)); continue
        keys.add(lib.key(q)); fulls.add(lib.full(q)); n += 1
        neg_rows.append({'query': q, 'expected': None, 'kind': c, 'notes': common.neg_note(ctx, c, q, desc, nm)})

kc = Counter(r['kind'] for r in pos_rows); nc = Counter(r['kind'] for r in neg_rows)
lv = Counter(ctx.pool[e]['level'] for e in taken)
print('positives', len(pos_rows), dict(kc))
print('negatives', len(neg_rows), dict(nc))
print('levels', dict(lv), 'SDNT/SDNTK', narc)
short = [k for k in common.KINDS if kc[k] < common.PER_KIND] + [c for c, qn in common.NEG_QUOTA.items() if nc[c] < qn]
print('short:', short or 'none')
print('rejections', len(rej))
for r in rej:
    print('  REJ', r[0], r[1], '|', r[2], '|', '; '.join(r[3]))
if '--write' in sys.argv and not short:
    with open('../train54.jsonl', 'w', encoding='utf-8') as f:
        for r in pos_rows + neg_rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written ../train54.jsonl', len(pos_rows) + len(neg_rows))
