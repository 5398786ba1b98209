"""show.py REGEX [--prog P] [--alias] [--add] : list level-2 pool entries whose name matches REGEX."""
import json, re, sys
from lib import World
args = sys.argv[1:]
prog = None
if '--prog' in args:
    i = args.index('--prog'); prog = args[i + 1]; del args[i:i + 2]
sa = '--alias' in args; sd = '--add' in args
args = [a for a in args if not a.startswith('--')]
pat = re.compile(args[0] if args else '.', re.I)
cand = json.load(open('cand.json'))
w = World() if (sa or sd) else None
for e, c in cand.items():
    if c['uses'] != 2: continue
    if prog and not re.search(prog, c['program']): continue
    if not pat.search(c['name']): continue
    print(e, '|', c['name'], '|', c['program'])
    if sa:
        for t, a in w.alt.get(int(e), []): print('    aka', t, a)
    if sd:
        for a in w.add.get(int(e), []): print('    add', a)
