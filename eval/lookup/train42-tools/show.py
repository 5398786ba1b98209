"""Print pool entries (level filter, program/name regex) or one entity's sdn/alt/add data.
usage: show.py list [PROGRAM_RE] [NAME_RE]   |  show.py ent N [N...]"""
import json, re, sys
from lib import *
pool = json.load(open('cand.json'))
if sys.argv[1] == 'list':
    pr = re.compile(sys.argv[2] if len(sys.argv) > 2 else '.')
    nr = re.compile(sys.argv[3] if len(sys.argv) > 3 else '.', re.I)
    for e, v in pool.items():
        if v['uses'] == 2 and pr.search(v['program']) and nr.search(v['name']):
            print(e, '|', v['name'], '|', v['program'], '|', '; '.join(v['aliases'])[:150])
else:
    add = load_add()
    for e in sys.argv[2:]:
        v = pool.get(e)
        print(e, v and v['name'], v and v['program'], 'uses', v and v['uses'])
        if v:
            for a in v['aliases']: print('   aka', a)
        for a in add.get(int(e), []): print('   add', a)
