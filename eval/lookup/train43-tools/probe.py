"""probe.py < lines "ENT|query" or "query": prints SEEN/ok for my own candidate strings, owners, target level."""
import json, sys
from lib import World, load_prior, ws_key, full_fold
w = World()
wsk, ffk, uses, _, _ = load_prior(w.sdn)
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip(): continue
    ent = None
    if '|' in line:
        a, q = line.split('|', 1)
        if a.strip().isdigit(): ent = int(a)
        else: q = line
    else:
        q = line
    seen = 'SEEN' if (ws_key(q) in wsk or full_fold(q) in ffk) else 'ok'
    own = w.owners(q)
    ownn = sorted({(w.sdn[o[1]]['name'] if o[0] == 'sdn' else 'CSL:' + o[1]) for o in own})[:3]
    t = ''
    if ent:
        t = f" tgt:{w.sdn[ent]['name']} pool={w.in_pool(ent)} uses={uses[ent]}"
    print(f"{seen:4} | {q} | owners={ownn}{t}")
