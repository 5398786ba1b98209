"""show.py REGEX [--prog P] [--alias] [--addr] [--all-levels]: list level-2 pool entries (pool names only)."""
import json, re, sys, lib
args = sys.argv[1:]
pat = re.compile(args[0] if args else '.', re.I)
prog = args[args.index('--prog') + 1] if '--prog' in args else None
pool = json.load(open('cand.json'))
adds = lib.load_add() if '--addr' in args else {}
minu = min(p['uses'] for p in pool)
for p in pool:
    if '--all-levels' not in args and p['uses'] != minu:
        continue
    if prog and prog not in p['program']:
        continue
    if not pat.search(p['name']):
        continue
    s = f"{p['ent']}\t{p['uses']}\t{p['program']}\t{p['name']}" + ('\tNAMESEEN' if p['name_seen'] else '')
    if '--alias' in args and p['aliases']:
        s += '\n\t\tAKA: ' + ' | '.join(p['aliases'])
    if '--addr' in args:
        for a in adds.get(p['ent'], []):
            s += '\n\t\tADDR: ' + ', '.join(x for x in a if x)
    print(s)
