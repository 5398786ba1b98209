"""Read my candidate strings (one per line, optionally 'ent|query') from stdin; print SEEN/ok and fold hits. Never prints earlier rows."""
import sys, json
from lib import *
idx = Index(); qk, uses, _, _ = load_prior()
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip(): continue
    ent = None
    if '|' in line:
        a, q = line.split('|', 1)
        ent = int(a) if a.strip().isdigit() else None
    else: q = line
    seen = 'SEEN' if ({qkey(q), full_fold(q)} & qk) else 'ok  '
    h = idx.hits(q)
    hs = ','.join(str(x[1]) if x[0] == 'sdn' else 'CSL' for x in sorted(h, key=str))
    extra = ''
    if ent is not None:
        p = pool.get(ent)
        extra = 'NOTPOOL' if not p else f"lvl{p['uses']}"
    print(f'{seen} {extra} [{hs}] {q}')
