"""Keep candidates used at most once, drop near-duplicate families -> pool.txt"""
import os
from collections import Counter
import lib
sdn = lib.load_sdn(); alt = lib.load_alt(); cnt = lib.prior_target_counts()
nc = Counter(s['name'] for s in sdn)
tok_idx = {}; core_str = {}
for s in sdn:
    for nm in [s['name']] + alt.get(s['ent'], []):
        c = lib.core(lib.norm(nm))
        if not c: continue
        core_str.setdefault(c, set()).add(s['ent'])
        for t in set(c.split()):
            tok_idx.setdefault(t, set()).add(s['ent'])
kept = []
for s in sdn:
    if s['type'] != '-0-' or nc[s['name']] != 1 or cnt.get(s['ent'], 0) > 1: continue
    bad = False
    for nm in [s['name']] + alt.get(s['ent'], []):
        c = lib.core(lib.norm(nm)); w = c.split()
        if not w: continue
        # all my words appear in another record
        others = set.intersection(*[tok_idx[t] for t in set(w)]) - {s['ent']}
        if others: bad = True; break
        # another record's core appears inside mine as whole words
        for i in range(len(w)):
            for j in range(i + 1, len(w) + 1):
                if core_str.get(' '.join(w[i:j]), set()) - {s['ent']}: bad = True; break
            if bad: break
        if bad: break
    if not bad: kept.append(s)
print('pool', len(kept), Counter(cnt.get(s['ent'], 0) for s in kept))
with open(os.path.join(lib.HERE, 'pool.txt'), 'w') as f:
    for s in kept:
        f.write('%d\t%d\t%s\t%s\n' % (cnt.get(s['ent'], 0), s['ent'], s['program'].replace('] [', '/'), s['name']))
