import json, sys
pool = json.load(open('cand.json'))
lvl = int(sys.argv[1]); narc = sys.argv[2] == 'narc'
from lib import NARC
for e, v in sorted(pool.items(), key=lambda x: x[1]['name']):
    if v['level'] != lvl or NARC(v['prog']) != narc: continue
    al = ' | '.join(('*' if f else '') + a for a, f in zip(v['alts'], v['altF']))
    print(('F ' if v['F'] else '  ') + e, v['name'], '[' + v['prog'] + ']', ('aka: ' + al) if al else '')
