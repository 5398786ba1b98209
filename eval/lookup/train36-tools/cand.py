"""List unique-name SDN organisations with earlier-set use counts -> cand.json."""
import json, os
from collections import Counter
import lib

def main():
    ix = lib.Index()
    keys, uses, nrows = lib.load_prior()
    print('earlier rows loaded: %d; query keys: %d' % (nrows, len(keys)))
    cands = []
    for r in ix.sdn:
        if r['type'] != '-0-' or not ix.is_org_unique(r['name']):
            continue
        e = r['ent']
        amb = any(ix.matches_other(n, e) for n in ix.names_of(e))
        cands.append({'ent': e, 'name': r['name'], 'program': r['program'], 'uses': uses.get(e, 0), 'ambiguous': amb})
    print('unique-name organisations:', len(cands))
    dist = Counter(c['uses'] for c in cands)
    for k in sorted(dist):
        print('  used %d times: %d' % (k, dist[k]))
    usable = [c for c in cands if not c['ambiguous']]
    d2 = Counter(c['uses'] for c in usable)
    print('non-ambiguous:', len(usable))
    for k in sorted(d2):
        print('  used %d times: %d' % (k, d2[k]))
    with open(os.path.join(lib.HERE, 'cand.json'), 'w') as f:
        json.dump(cands, f, ensure_ascii=False, indent=0)

if __name__ == '__main__':
    main()
