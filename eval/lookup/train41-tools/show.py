"""show.py ENT...  -> sdn/alt/add for entities;  show.py --prog SUBSTR [--level N] -> pool names"""
import sys, json
import lib
pool = json.load(open(lib.HERE + '/cand.json'))
args = sys.argv[1:]
if args and args[0] == '--prog':
    sub = args[1]; lvl = int(args[3]) if len(args) > 3 else 2
    for p in pool:
        if p['uses'] == lvl and (sub == '*' or sub in p['program']):
            print(p['ent'], '|', p['name'], '|', p['program'], '|', '; '.join(p['aliases'])[:150])
elif args and args[0] == '--grep':
    import re
    for p in pool:
        if p['uses'] == 2 and re.search(args[1], p['name'] + ' ' + ' '.join(p['aliases']), re.I):
            print(p['ent'], '|', p['name'], '|', p['program'], '|', '; '.join(p['aliases'])[:150])
else:
    sdn = lib.load_sdn(); alt = lib.load_alt(); add = lib.load_add()
    byent = {p['ent']: p for p in pool}
    for a in args:
        e = int(a); r = sdn[e]
        print(e, r['name'], '|', r['program'], '| pool' if e in byent else '| NOT POOL', byent.get(e, {}).get('uses'))
        for t, n in alt[e]: print('   alt', t, n)
        for x in add[e]: print('   add', x)
        print('   rem', r['remarks'][:200])
