import json, sys, collections
from common import *
from rows_pos import P
from rows_neg import N
d = Data(); keys, fulls, uses, nf = load_prior(d)
pool = json.load(open('cand.json'))
rej = []
taken = {}; used_keys = set(); used_full = set(); narc = 0; pos = []
for kind in KINDS:
    cands = [r for r in P if r[0] == kind]
    cands.sort(key=lambda r: pool.get(r[2], {}).get('level', 99))
    n = 0
    for k, q, e, var in cands:
        if n >= PER_KIND: break
        if e not in pool or pool[e]['level'] > MAX_LEVEL: rej.append((k, q, 'target not in pool/level')); continue
        if e in taken: rej.append((k, q, 'target taken by ' + taken[e])); continue
        isn = NARC(pool[e]['prog'])
        if isn and narc >= NARC_CAP: rej.append((k, q, 'narcotics cap')); continue
        errs = pos_errors(d, k, q, e, keys, fulls)
        if key(q) in used_keys or (k != 'script' and full(q) in used_full): errs.append('in-set repeat')
        if errs: rej.append((k, q, '; '.join(errs))); continue
        name = d.sdn[e][0]
        note = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (k, var, d.sdn[e][2], uses.get(e, 0), name, e)
        pos.append({'query': q, 'expected': name, 'kind': k, 'notes': note})
        taken[e] = k; used_keys.add(key(q)); used_full.add(full(q)); narc += isn; n += 1
    if n < PER_KIND: rej.append((kind, '-', 'SHORTFALL %d' % n))
neg = []
cnt = collections.Counter()
for r in N:
    cat, q, desc = r[:3]
    if cnt[cat] >= QUOTA[cat]: continue
    errs = neg_errors(d, cat, q, keys, fulls)
    if key(q) in used_keys or (cat != 'other_script' and full(q) in used_full): errs.append('in-set repeat')
    extra = ''
    if cat == 'near_miss':
        w, e = r[3], r[4]
        if e not in taken: errs.append('near-miss target not in set')
        elif w not in full(d.sdn[e][0]).split() or w not in full(q).split(): errs.append('reused word missing')
        else: extra = '; reuses "%s" from in-set target %s [SDN ent_num %s]' % (w, d.sdn[e][0], e)
    if cat == 'shares_one_word' and not shared(d, q): errs.append('shares nothing')
    if errs: rej.append((cat, q, '; '.join(errs))); continue
    note = 'not listed: %s; %s; %s%s' % (cat, desc, shared_text(d, q), extra)
    neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
    cnt[cat] += 1; used_keys.add(key(q)); used_full.add(full(q))
for c in QUOTA:
    if cnt[c] < QUOTA[c]: rej.append((c, '-', 'SHORTFALL %d' % cnt[c]))
for r in rej: print('REJECT', *r, sep=' | ')
print('positives', len(pos), 'narcotics', narc, 'negatives', len(neg), 'rejections', len(rej))
if '--write' in sys.argv:
    with open('../train58.jsonl', 'w', encoding='utf-8') as f:
        for r in pos + neg: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written', len(pos) + len(neg))
