"""Pool: SDN orgs (unique SDN_Name) used at most once before, minus near-duplicate families -> /tmp/t22pool.txt"""
from lib import *
def build_pool():
    sdn = load_sdn(); alt = load_alt(); add = load_add()
    qs, uses, _ = prior_info()
    cnt = {}
    for r in sdn: cnt[r[1]] = cnt.get(r[1], 0) + 1
    names = {}
    for r in sdn: names.setdefault(r[0], set()).add(r[1])
    for a in alt: names.setdefault(a[0], set()).add(a[3])
    cores = {e: set(c for c in (core(n) for n in ns) if c) for e, ns in names.items()}
    idx = {}
    for e, cs in cores.items():
        for c in cs:
            for t in set(c.split()): idx.setdefault(t, set()).add(e)
    cities = {}
    for a in add:
        c = re.sub(r'[\d\-]+', ' ', a[3].replace('-0-', '')).split(',')[0].strip()
        cities.setdefault(a[0], []).append((c, a[4].replace('-0-', '').strip()))
    pool = []
    for r in sdn:
        e = r[0]
        if r[2] != '-0-' or cnt[r[1]] != 1 or uses.get(e, 0) > 1: continue
        bad = False
        for c in cores[e]:
            toks = c.split()
            if not toks: continue
            others = set.intersection(*[idx.get(t, set()) for t in toks]) - {e}
            if others: bad = True; break
        if not bad:
            # another record's core inside it as whole words
            mine = set(t for c in cores[e] for t in c.split())
            cand = set()
            for t in mine: cand |= idx.get(t, set())
            for o in cand - {e}:
                for oc in cores[o]:
                    if oc and any((' ' + oc + ' ') in (' ' + c + ' ') for c in cores[e]): bad = True; break
                if bad: break
        if bad: continue
        pool.append(dict(ent=e, name=r[1], prog=r[3], uses=uses.get(e, 0), alts=sorted(names[e] - {r[1]}), cities=cities.get(e, [])))
    return pool
if __name__ == '__main__':
    p = build_pool()
    with open('/tmp/t22pool.txt', 'w') as f:
        for d in p: f.write('%s\t%d\t%s\t%s\t%s\n' % (d['ent'], d['uses'], d['name'], d['prog'], d['cities'][:1]))
    print('pool', len(p), 'uses0', sum(1 for d in p if d['uses'] == 0))
