"""Show level-2 pool entries: ent | program | name [|| aliases]. Args: [regex] [--alts] [--adds]"""
import json, sys, re
from lib import load_add
pool = json.load(open('cand.json'))
lvl = min(p['uses'] for p in pool.values())
pat = next((a for a in sys.argv[1:] if not a.startswith('--')), None)
adds = load_add() if '--adds' in sys.argv else None
for n, p in sorted(pool.items(), key=lambda x: x[1]['name']):
    if p['uses'] != lvl: continue
    if pat and not re.search(pat, p['name'] + ' ' + p['program'], re.I): continue
    line = f"{n} | {p['program']} | {p['name']}"
    if '--alts' in sys.argv and p['alts']: line += ' || ' + ' ; '.join(p['alts'])
    if adds is not None: line += ' ## ' + ' ;; '.join(adds.get(int(n), []))
    print(line)
