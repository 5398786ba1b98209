"""List level-2 pool entries: show.py [name-regex] [--prog REGEX] [--alias] [--add] [--level N]"""
import sys, re, json
from lib import *
args = sys.argv[1:]
pat = args[0] if args and not args[0].startswith('--') else '.'
prog = args[args.index('--prog') + 1] if '--prog' in args else '.'
level = int(args[args.index('--level') + 1]) if '--level' in args else 2
pool = json.load(open('cand.json'))
alt = load_alt() if '--alias' in args else {}
add = load_add() if '--add' in args else {}
for e, v in sorted(pool.items(), key=lambda x: int(x[0])):
    if v['uses'] != level or not re.search(pat, v['name'], re.I) or not re.search(prog, v['program']):
        continue
    line = f"{e}\t{v['program']}\t{v['name']}"
    if alt:
        line += '\t|| ' + ' ; '.join(a for _, a in alt.get(int(e), []))
    print(line)
    for a in add.get(int(e), []):
        print('\t\tADD', a)
