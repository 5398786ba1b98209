"""List unique-name SDN organisations with earlier-set use counts -> cand.json (counts only printed)."""
import json, os, collections
from lib import World, load_prior, candidates, HERE

w = World()
keys, uses, n, nf = load_prior(w)
c = candidates(w, uses)
print('earlier files read:', nf, 'rows:', n, 'distinct query keys:', len(keys))
print('unique-name -0- organisations:', len(c))
dist = collections.Counter(min(x['uses'], 4) for x in c)
for k in sorted(dist):
    print('  used %s%s: %d' % (k, '+' if k == 4 else '', dist[k]))
amb = [x for x in c if x['ambiguous']]
print('ambiguous:', len(amb))
usable = [x for x in c if not x['ambiguous']]
lvl = min(x['uses'] for x in usable)
pool = [x for x in usable if x['uses'] == lvl]
print('least-used usable level:', lvl, 'pool size:', len(pool))
print('unused entities that are ambiguous:', sum(1 for x in c if x['uses'] == 0 and x['ambiguous']), 'of', sum(1 for x in c if x['uses'] == 0))
json.dump({'level': lvl, 'cands': c}, open(os.path.join(HERE, 'cand.json'), 'w'), indent=0)
