"""List the candidate pool: unique-name -0- organisations, their earlier-set use counts,
and whether they are ambiguous. Writes cand.json; prints only counts."""
import json
from collections import Counter
import lib

def main():
    orgs = lib.unique_orgs()
    _, uses, nrows = lib.load_prior()
    amb = lib.ambiguous_ents()
    cand = {str(e): {'name': d['name'], 'program': d['program'], 'uses': uses.get(e, 0), 'ambiguous': e in amb}
            for e, d in sorted(orgs.items())}
    usable = [v['uses'] for v in cand.values() if not v['ambiguous']]
    level = min(usable)
    json.dump({'level': level, 'cand': cand}, open(lib.HERE + '/cand.json', 'w'), indent=0)
    print('earlier files:', len(lib.PRIOR_FILES), 'rows:', nrows)
    print('unique-name -0- organisations:', len(orgs))
    print('uses histogram (all):', sorted(Counter(v['uses'] for v in cand.values()).items()))
    print('ambiguous:', len(amb), 'of which unused:', sum(1 for v in cand.values() if v['ambiguous'] and v['uses'] == 0))
    print('uses histogram (usable):', sorted(Counter(usable).items()))
    print('least-used usable level:', level, 'pool size:', usable.count(level))

if __name__ == '__main__':
    main()
