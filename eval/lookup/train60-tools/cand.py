"""Pool of candidate targets and their earlier-use levels -> cand.json."""
import json
from collections import Counter
import lib

NARC = ('SDNT', 'SDNTK')


def is_narc(prog):
    toks = set(prog.replace('[', ' ').replace(']', ' ').split())
    return bool(toks & set(NARC))


def pool(data, uses):
    out = {}
    for e, d in data.sdn.items():
        if d['type'] != '-0-' or not d['name']:
            continue
        if data.name_count[d['name'].upper()] != 1 or d['name'].upper() in data.alias_upper:
            continue
        if any(data.other_owner_folds(s, e) for s in data.names_of(e)):
            continue
        out[e] = uses.get(e, 0)
    return out


if __name__ == '__main__':
    data = lib.Data()
    keys, fulls, uses, n = lib.load_prior(data)
    p = pool(data, uses)
    json.dump({str(e): lv for e, lv in p.items()}, open('cand.json', 'w'))
    print('prior files', n, 'pool', len(p))
    c = Counter(p.values())
    for lv in sorted(c):
        nn = sum(1 for e, v in p.items() if v == lv and is_narc(data.sdn[e]['program']))
        print('level', lv, c[lv], 'narc', nn, 'other', c[lv] - nn)
