"""Print pool names at a level (optionally non-narcotics only) with programs and aliases."""
import json, sys
import lib
L = int(sys.argv[1]); others = len(sys.argv) > 2
c = json.load(open(lib.HERE + '/cand.json'))
for e, v in sorted(c.items(), key=lambda kv: kv[1]['name']):
    if v['level'] != L or (others and v['narc']): continue
    al = ' | '.join(('*' if f else '') + a for a, f in v['aliases'])
    print('%s%s [%s] {%s} %s' % ('F ' if v['F'] else '  ', v['name'], v['prog'], e, ('aka: ' + al) if al else ''))
