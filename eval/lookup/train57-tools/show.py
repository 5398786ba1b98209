"""Lists pool names: level 2 (narcotics) -> show_output.txt, level 3 others -> show3_output.txt."""
import json, sys
from lib import Data, load_prior, full
d = Data(); keys, fulls, uses = load_prior(d)
pool = json.load(open('cand.json'))
for fn, cond in [('show_output.txt', lambda v: v['level'] == 2), ('show3_output.txt', lambda v: v['level'] == 3 and not v['narc'])]:
    with open(fn, 'w') as out:
        for e, v in sorted(pool.items(), key=lambda kv: kv[1]['name']):
            if not cond(v): continue
            al = ' | '.join(('*' if full(a) in fulls else '') + a for a in d.alts[int(e)])
            out.write(f"{'F' if v['F'] else ' '} {e} [{v['prog']}] {v['name']}" + (f"  || {al}" if al else '') + '\n')
print('written')
