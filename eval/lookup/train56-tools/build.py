"""Build train56.jsonl from rows_pos.py / rows_neg.py under common.py rules."""
import json, sys
from lib import Data, load_prior, full, key, words
import common as C
from rows_pos import P
from rows_neg import N

OUT = '/work/blind/lk56/train56.jsonl'
D = Data(); keys, fulls, uses, nf = load_prior(D)
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
ctx = C.Ctx(D, keys, fulls, uses, pool)
rows, seen_k, seen_f, taken, narc = [], set(), set(), set(), 0
rej = 0
def log(kind, q, why):
    global rej; rej += 1
    print('REJECT %-20s %-60s %s' % (kind, q[:60], why))
for kind in C.KINDS:
    n = 0
    for (k, var, q, e) in P:
        if k != kind or n >= C.PER_KIND: continue
        if e in taken: log(kind, q, 'target already taken'); continue
        if e in D.sdn and C.is_narc(D.sdn[e]['prog']) and narc >= C.NARC_CAP:
            log(kind, q, 'narcotics cap reached'); continue
        errs = C.pos_errors(kind, q, e, ctx)
        if key(q) in seen_k or full(q) in seen_f: errs.append('in-set repeat')
        if errs: log(kind, q, '; '.join(errs)); continue
        rows.append({'query': q, 'expected': D.sdn[e]['name'], 'kind': kind, 'notes': C.pos_note(kind, var, e, ctx)})
        seen_k.add(key(q)); seen_f.add(full(q)); taken.add(e); n += 1
        if C.is_narc(D.sdn[e]['prog']): narc += 1
    print('kind %-22s %d' % (kind, n))
target_words = {}
for r in rows:
    e = D.by_name[r['expected']]
    for w in words(r['expected']): target_words.setdefault(w, (r['expected'], e))
for cat in C.QUOTA:
    n = 0
    for t in N:
        if t[0] != cat or n >= C.QUOTA[cat]: continue
        q, desc = t[2], t[1]
        errs = C.neg_errors(cat, q, ctx)
        if key(q) in seen_k or (cat != 'other_script' and full(q) in seen_f): errs.append('in-set repeat')
        note = C.neg_note(cat, desc, q, ctx)
        if cat == 'near_miss':
            w = t[3]
            if w not in target_words: errs.append('near-miss word %r not in an in-set target name' % w)
            elif w not in words(q): errs.append('reused word not in query')
            else:
                nm, e = target_words[w]
                note += "; reused word '%s' from in-set target %s (ent_num %d)" % (w, nm, e)
        if errs: log(cat, q, '; '.join(errs)); continue
        rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
        seen_k.add(key(q)); seen_f.add(full(q)); n += 1
    print('category %-18s %d' % (cat, n))
print('rows', len(rows), 'positives', sum(1 for r in rows if r['expected']), 'narcotics', narc, 'rejections', rej)
if '--write' in sys.argv:
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written', OUT)
