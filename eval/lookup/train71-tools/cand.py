import json; from collections import Counter; from lib import *
d = Data(); prior = load_prior(d); P = pool(d); uses = prior[2]
lv = Counter(); ln = Counter()
for e, r in P.items():
    lv[uses[e]] += 1
    if is_narc(r['prog']): ln[uses[e]] += 1
print('earlier files', prior[3]); print('pool', len(P))
for k in sorted(lv): print('level', k, lv[k], 'narcotics', ln[k], 'others', lv[k] - ln[k])
json.dump({e: dict(r, level=uses[e]) for e, r in P.items()}, open('cand.json', 'w'), ensure_ascii=False)
