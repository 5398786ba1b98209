"""Select rows from rows_pos/rows_neg under common.py rules; --write writes ../train61.jsonl."""
import json, sys
import lib, common
from rows_pos import P
from rows_neg import N

d = lib.Data()
pk, pf, uses, nfiles = lib.load_prior(d)
pool = set(lib.pool(d))
by_name = {r['name']: r for r in d.sdn if d.name_count[r['name']] == 1}
rej = []
out_pos, taken, narc = [], set(), 0
seen_keys, seen_full = set(), set()
for kind in common.KINDS:
    cands = [r for r in P if r[0] == kind]
    cands.sort(key=lambda r: uses.get(by_name[r[1]]['ent'], 99) if r[1] in by_name else 99)  # stable
    got = 0
    for _, tname, q, variant in cands:
        if got >= common.PER_KIND: break
        r = by_name.get(tname)
        if r is None or r['ent'] not in pool: rej.append((kind, q, 'target not in pool')); continue
        lvl = uses.get(r['ent'], 0)
        if lvl > common.MAX_LEVEL: rej.append((kind, q, 'target level %d' % lvl)); continue
        if r['ent'] in taken: rej.append((kind, q, 'target already taken')); continue
        isn = lib.is_narc(r['prog'])
        if isn and narc >= common.NARC_CAP: rej.append((kind, q, 'narcotics cap')); continue
        errs = common.pos_errors(kind, r['ent'], q, d, pk, pf)
        k, f = lib.key(q), lib.full(q)
        if k in seen_keys or (kind != 'script' and f in seen_full): errs.append('in-set repeat')
        if errs: rej.append((kind, q, '; '.join(errs))); continue
        taken.add(r['ent']); narc += isn; got += 1
        seen_keys.add(k)
        if kind != 'script': seen_full.add(f)
        out_pos.append({'query': q, 'expected': r['name'], 'kind': kind,
                        'notes': common.pos_note(kind, variant, r, lvl)})
    print('%-22s %d' % (kind, got))
taken_names = {d.by_ent[e]['name']: d.by_ent[e] for e in taken}
out_neg = []
for cat, quota in common.NEG_QUOTA.items():
    got = 0
    for row in [r for r in N if r[0] == cat]:
        if got >= quota: break
        q, desc = row[1], row[2]
        nmi = None
        errs = common.neg_errors(cat, q, d, pk, pf)
        if cat == 'near_miss':
            w, t = row[3], row[4]
            if t not in taken_names: errs.append('near-miss target not in set')
            elif w not in lib.core_words(t) or w not in lib.core_words(q): errs.append('reused word not in both')
            else: nmi = (w, taken_names[t])
        k, f = lib.key(q), lib.full(q)
        if k in seen_keys or (cat != 'other_script' and f in seen_full): errs.append('in-set repeat')
        if errs: rej.append((cat, q, '; '.join(errs))); continue
        got += 1; seen_keys.add(k)
        if cat != 'other_script': seen_full.add(f)
        out_neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': common.neg_note(cat, desc, q, d, nmi)})
    print('%-22s %d' % (cat, got))
print('positives', len(out_pos), 'narcotics', narc, 'negatives', len(out_neg))
print('levels', sorted(__import__('collections').Counter(uses.get(by_name[r['expected']]['ent'], 0) for r in out_pos).items()))
print('rejections:', len(rej))
for k, q, why in rej:
    print('  REJECT %s | %r | %s' % (k, q, why))
if '--write' in sys.argv:
    with open(lib.HERE + '/../train61.jsonl', 'w', encoding='utf-8') as f:
        for r in out_pos + out_neg:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written', len(out_pos) + len(out_neg))
