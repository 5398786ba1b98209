"""Show sdn/alt/add data for ent_nums, or sample pool names: show.py ENT... | show.py --sample PROGPREFIX N SEED"""
import sys, json, random
from lib import *
sdn = load_sdn(); alt = load_alt(); adds = load_add()
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
if sys.argv[1] == '--sample':
    pre, n, seed = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    ents = [e for e, p in pool.items() if p['uses'] == 2 and (pre == '*' or p['program'].startswith(pre))]
    if pre == '*':
        ents = [e for e in ents if not pool[e]['program'].startswith('SDNT')]
    random.Random(seed).shuffle(ents)
    for e in sorted(ents[:n], key=lambda e: pool[e]['program']):
        print(e, '|', pool[e]['name'], '|', pool[e]['program'], '| alts', len(alt.get(e, [])))
else:
    for a in sys.argv[1:]:
        e = int(a); r = sdn[e]
        print(e, r['name'], '|', r['program'], '| uses', pool.get(e, {}).get('uses'))
        for t, n in alt.get(e, []): print('   ', t, n)
        for ad in adds.get(e, []): print('   @', ' / '.join(x for x in ad if x))
