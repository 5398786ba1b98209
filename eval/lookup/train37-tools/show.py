"""show.py ENT [ENT...]: print name, program, use level, aliases and address cities of candidate entities (from sdn/alt/add only)."""
import json, sys
c = {x['ent']: x for x in json.load(open('cand.json'))}
for a in sys.argv[1:]:
    e = int(a)
    x = c.get(e)
    if not x:
        print(e, 'NOT IN POOL'); continue
    print(e, x['name'], '|', x['program'], '| uses', x['uses'], '| aka:', '; '.join(x['aliases'])[:200], '| add:', '; '.join(', '.join(p for p in ad if p) for ad in x['add'])[:150])
