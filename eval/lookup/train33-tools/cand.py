"""List the candidate pool: unique-name SDN organisations (-0-), earlier-use counts, ambiguity.
Writes cand.json. Prints counts only."""
import json
from collections import Counter
import lib

def main():
    ix = lib.Index()
    keys, uses, nf, nr = lib.load_prior(ix.unique_org)
    out = []
    for name, ent in sorted(ix.unique_org.items(), key=lambda x: x[1]):
        r = ix.by_ent[ent]
        amb = False
        for n in ix.names_of(ent):
            if ix.fold_hits(n) - {ent}:
                amb = True
                break
        out.append({'ent': ent, 'name': name, 'program': r['program'], 'uses': uses.get(ent, 0),
                    'ambiguous': amb})
    json.dump(out, open(lib.os.path.join(lib.HERE, 'cand.json'), 'w'), indent=0)
    print('earlier files read:', nf, 'rows:', nr)
    print('unique-name organisations:', len(out))
    print('uses histogram:', sorted(Counter(c['uses'] for c in out).items()))
    print('ambiguous:', sum(c['ambiguous'] for c in out))
    ok = [c for c in out if not c['ambiguous']]
    lvl = min(c['uses'] for c in ok)
    print('least-used usable level:', lvl, 'entities at it:', sum(c['uses'] == lvl for c in ok))
    print('unused entities ambiguous:', sum(c['ambiguous'] for c in out if c['uses'] == 0), 'of', sum(c['uses'] == 0 for c in out))

if __name__ == '__main__':
    main()
