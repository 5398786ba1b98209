"""Build train50.jsonl from rows_pos.py / rows_neg.py. Prints rejections and counts only.
Usage: python3 build.py [--write]"""
import json, os, sys
from collections import Counter
from common import (Ctx, KINDS, QUOTA, PER_KIND, SDNT_MAX, pos_problem, neg_problem, pos_note, neg_note)
from lib import key, full, words, HERE
from rows_pos import P
from rows_neg import N

ctx = Ctx()
print('prior: %d files, %d rows' % (ctx.nfiles, ctx.nrows))
sdnt_cap = int(SDNT_MAX * PER_KIND * len(KINDS))
rows, used, seen = [], set(), set()
per = Counter()
nsdnt = 0
rej = []
for kind, q, ent, var in P:
    if per[kind] >= PER_KIND:
        continue
    errs = pos_problem(ctx, kind, q, ent)
    if ent in used:
        errs.append('entity already used in set')
    if key(q) in seen or full(q) in seen:
        errs.append('repeated in set')
    if ent in ctx.idx.by_ent and ctx.is_sdnt(ent) and nsdnt >= sdnt_cap:
        errs.append('SDNT/SDNTK cap')
    if errs:
        rej.append((kind, q, errs))
        continue
    per[kind] += 1
    used.add(ent)
    seen |= {key(q), full(q)}
    nsdnt += ctx.is_sdnt(ent)
    rows.append({'query': q, 'expected': ctx.idx.by_ent[ent]['name'], 'kind': kind,
                 'notes': pos_note(ctx, kind, var, ent)})
pos_ents = used
ncat = Counter()
for cat, q, desc, nm in N:
    if ncat[cat] >= QUOTA[cat]:
        continue
    errs = neg_problem(ctx, cat, q)
    if key(q) in seen or full(q) in seen:
        errs.append('repeated in set')
    if cat == 'near_miss':
        if not nm:
            errs.append('near miss without target')
        else:
            w, ent = nm
            if ent not in pos_ents:
                errs.append('near-miss target not in set')
            elif w not in words(q) or w not in words(ctx.idx.by_ent[ent]['name']):
                errs.append('reused word not in both')
    if errs:
        rej.append((cat, q, errs))
        continue
    ncat[cat] += 1
    seen |= {key(q), full(q)}
    rows.append({'query': q, 'expected': None, 'kind': cat,
                 'notes': neg_note(ctx, cat, desc, q, nm if cat == 'near_miss' else None)})

for k, q, e in rej:
    print('REJECT', k, '|', q, '|', '; '.join(e))
print('rejections:', len(rej))
print('positives per kind:', {k: per[k] for k in KINDS})
print('negatives per category:', dict(ncat))
lv = Counter(ctx.pool[r['notes'].split('ent_num ')[1].rstrip(']')]['level'] for r in rows if r['expected'])
print('positives:', sum(per.values()), 'SDNT/SDNTK:', nsdnt, 'levels:', dict(lv))
print('negatives:', sum(ncat.values()), 'total rows:', len(rows))
short = [k for k in KINDS if per[k] < PER_KIND] + [c for c in QUOTA if ncat[c] < QUOTA[c]]
print('SHORT:', short)
order = {k: i for i, k in enumerate(KINDS + list(QUOTA))}
rows.sort(key=lambda r: order[r['kind']])   # stable: kinds in train49 order, candidates in list order
if '--write' in sys.argv:
    out = os.path.join(os.path.dirname(HERE), 'train50.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', out)
