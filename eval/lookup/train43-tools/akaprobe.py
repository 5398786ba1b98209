"""akaprobe.py [REGEX] : level-2 pool aliases (own only) that are not earlier queries and differ from the name's fold."""
import json, re, sys
from lib import World, load_prior, ws_key, full_fold, keys
w = World(); wsk, ffk, uses, _, _ = load_prior(w.sdn)
pat = re.compile(sys.argv[1] if len(sys.argv) > 1 else '.', re.I)
cand = json.load(open('cand.json'))
for e, c in cand.items():
    if c['uses'] != 2: continue
    e = int(e)
    for t, a in w.alt.get(e, []):
        if ws_key(a) in wsk or full_fold(a) in ffk: continue
        if keys(a) & keys(c['name']): continue
        if not pat.search(a + ' ' + c['name']): continue
        print(e, '|', t, a, '|', c['name'], '|', c['program'])
