"""Select rows from rows_pos/rows_neg under common.py rules; --write writes ../train52.jsonl."""
import json, sys, os
from collections import Counter
from common import Ctx, KINDS, QUOTA, PER_KIND, NARC_CAP, pos_note, HERE
from lib import key, full, content, is_narc
from rows_pos import POS
from rows_neg import NEG
ctx = Ctx(); d = ctx.d
taken, seen, rows, narc, rej = set(), set(), [], 0, Counter()
for kind in KINDS:
    n = 0
    for k, q, ent, var in POS:
        if k != kind or n >= PER_KIND: continue
        why = ctx.pos_errors(kind, q, ent)
        if ent in taken: why.append('target taken')
        if key(q) in seen: why.append('in-set repeat')
        if not why and is_narc(d.sdn[ent]['program']) and narc >= NARC_CAP: why.append('narc cap')
        if why:
            rej[why[0].split(' [')[0].split(' %')[0]] += 1
            print('REJECT pos', kind, repr(q), ent, '|', '; '.join(why)); continue
        taken.add(ent); seen.add(key(q)); n += 1
        narc += is_narc(d.sdn[ent]['program'])
        rows.append({'query': q, 'expected': d.sdn[ent]['name'], 'kind': kind, 'notes': pos_note(ctx, kind, var, ent)})
    print('kind', kind, n)
for cat in QUOTA:
    n = 0
    for item in NEG:
        c, q, desc = item[0], item[1], item[2]
        if c != cat or n >= QUOTA[cat]: continue
        why = ctx.neg_errors(cat, q)
        if key(q) in seen: why.append('in-set repeat')
        if cat != 'other_script' and full(q) in {full(r['query']) for r in rows}: why.append('in-set fold repeat')
        extra = ''
        if cat == 'near_miss':
            w, tent = item[3], item[4]
            if tent not in taken: why.append('near-miss target not in set')
            elif w not in content(d.sdn[tent]['name']) or w not in content(q): why.append('reused word missing')
            else: extra = "; reuses '%s' from in-set target %s (ent_num %s)" % (w, d.sdn[tent]['name'], tent)
        if why:
            rej[why[0].split(' [')[0]] += 1
            print('REJECT neg', cat, repr(q), '|', '; '.join(why)); continue
        seen.add(key(q)); n += 1
        rows.append({'query': q, 'expected': None, 'kind': cat,
                     'notes': 'not listed: %s; %s%s; %s' % (cat, desc, extra, ctx.shared_note(q))})
    print('cat', cat, n)
pos = [r for r in rows if r['expected']]
print('rows', len(rows), 'positives', len(pos), 'negatives', len(rows) - len(pos), 'narc', narc)
print('levels', sorted(Counter(ctx.pool[r['notes'].split('ent_num ')[1].rstrip(']')] for r in pos).items()))
print('rejections', sum(rej.values()), dict(rej))
if '--write' in sys.argv:
    with open(os.path.join(HERE, '..', 'train52.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written')
