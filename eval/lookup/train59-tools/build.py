"""Select rows from rows_pos.py / rows_neg.py under the common.py rules; --write writes ../train59.jsonl."""
import json, sys
from collections import defaultdict
from lib import Data, load_prior, key, full, tokens, narcotic
from common import *
from rows_pos import P
from rows_neg import N, QUOTA
d = Data(); pk, pf, uses, nf = load_prior(d)
cand = json.load(open('cand.json'))
taken, seen_k, seen_f = set(), set(), set()
narc = 0; rows = []; rej = 0
for kind in KINDS:
    cs = [r for r in P if r[0] == kind]
    cs.sort(key=lambda r: cand.get(str(r[1]), {'level': 9})['level'])
    got = 0
    for _, ent, q, var in cs:
        if got == PER_KIND: break
        errs = pos_errors(d, cand, kind, ent, q, pk, pf)
        if ent in taken: errs.append('target already taken')
        if key(q) in seen_k or (kind != 'script' and full(q) in seen_f): errs.append('in-set repeat')
        isn = narcotic(d.sdn[ent]['prog'])
        if isn and narc >= NARC_CAP: errs.append('narcotics cap')
        if errs:
            rej += 1; print('REJECT', kind, repr(q), '|', '; '.join(errs)); continue
        taken.add(ent); seen_k.add(key(q)); seen_f.add(full(q)); narc += isn; got += 1
        c = cand[str(ent)]
        rows.append(dict(query=q, expected=d.sdn[ent]['name'], kind=kind,
                         notes=pos_note(kind, var, c['prog'], c['level'], d.sdn[ent]['name'], ent)))
    if got < PER_KIND: print('SHORT', kind, got)
for cat in QUOTA:
    got = 0
    for r in [r for r in N if r[0] == cat]:
        if got == QUOTA[cat]: break
        q, desc = r[1], r[2]
        errs = neg_errors(d, cat, q, pk, pf)
        if key(q) in seen_k or (cat != 'other_script' and full(q) in seen_f): errs.append('in-set repeat')
        reuse = None
        if cat == 'near_miss':
            w, ent = r[3], r[4]
            if ent not in taken: errs.append('near-miss target not in set')
            elif w not in tokens(d.sdn[ent]['name']) or w not in tokens(q): errs.append('reused word missing')
            reuse = (w, ent, d.sdn[ent]['name'])
        if errs:
            rej += 1; print('REJECT', cat, repr(q), '|', '; '.join(errs)); continue
        seen_k.add(key(q)); seen_f.add(full(q)); got += 1
        rows.append(dict(query=q, expected=None, kind=cat, notes=neg_note(d, cat, desc, q, reuse)))
    if got < QUOTA[cat]: print('SHORT', cat, got)
print('rows', len(rows), 'positives', sum(1 for r in rows if r['expected']), 'narcotics', narc, 'rejections', rej)
if '--write' in sys.argv:
    with open('../train59.jsonl', 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written')
