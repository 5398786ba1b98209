"""show.py ENT...  -> sdn/alt/add of entities;  show.py --pool [PROGRAM_SUBSTR] -> level<=2 pool names"""
import sys, json
from lib import World
w = World()
c = json.load(open('cand.json'))
if sys.argv[1] == '--pool':
    sub = sys.argv[2] if len(sys.argv) > 2 else ''
    for e, v in sorted(c.items(), key=lambda x: (x[1]['program'], x[1]['name'])):
        if v['uses'] <= 2 and sub in v['program']:
            print(e, v['uses'], v['program'], '|', v['name'])
else:
    for a in sys.argv[1:]:
        e = int(a); r = w.by_ent[e]
        print(e, r['name'], '|', r['program'], '| uses', c.get(a, {}).get('uses', 'NOT IN POOL'))
        for t, n in w.alt.get(e, []): print('   ', t, n)
        for ad in w.add.get(e, []): print('   @', ' / '.join(x for x in ad if x))
        if r['remarks']: print('   R', r['remarks'][:300])
