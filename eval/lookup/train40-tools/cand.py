"""List the usable target pool with earlier-set use counts; writes cand.json."""
import json, os
from collections import Counter
import lib

def main():
    W = lib.World()
    qk, uses, nf, nr = lib.load_prior()
    pool = {}
    for r in W.sdn:
        if r['type'] != '-0-' or W.name_count[r['name']] != 1 or r['name'] in W.alias_names:
            continue
        e = r['ent']
        clash = False
        for n in W.names_of(e):
            for k in lib.keys(n):
                if W.key_owner[k] - {e}:
                    clash = True
        if clash:
            continue
        pool[e] = {'name': r['name'], 'program': r['program'], 'uses': uses.get(e, 0)}
    json.dump(pool, open(os.path.join(lib.HERE, 'cand.json'), 'w'), ensure_ascii=False, indent=0)
    print('prior files', nf, 'rows', nr)
    print('pool', len(pool), 'levels', sorted(Counter(v['uses'] for v in pool.values()).items()))

if __name__ == '__main__':
    main()
