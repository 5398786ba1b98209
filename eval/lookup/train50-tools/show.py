"""List pool entities of a level: ent, level, program, F if name's full fold was an earlier query, name, aliases (* = queried).
Usage: show.py [LEVEL] [nosdnt]"""
import json, os, sys
from lib import HERE
pool = json.load(open(os.path.join(HERE, 'cand.json')))
lvl = int(sys.argv[1]) if len(sys.argv) > 1 else min(v['level'] for v in pool.values())
nos = 'nosdnt' in sys.argv
for e, v in sorted(pool.items(), key=lambda x: (x[1]['program'], x[1]['name'])):
    if v['level'] != lvl or (nos and v['program'] in ('SDNT', 'SDNTK')):
        continue
    al = ' | '.join(('*' if q else '') + a for a, q in zip(v['aliases'], v['alias_queried']))
    print(f"{e}\t{v['level']}\t{v['program']}\t{'F' if v['name_queried'] else '-'}\t{v['name']}\t{al}")
