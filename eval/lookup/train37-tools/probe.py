"""probe.py: read 'ENT<TAB>query' (positive) or 'query' (negative) lines on stdin; print my own string with flags.
Flags: PRIOR (an earlier set used this query, fold-equal), OWN (equals own fold form), OTHER (folds to another record/CSL),
EXACT (equals SDN_Name), USES n. Never prints earlier rows."""
import sys, json
import lib
qkeys, uses, _, _ = lib.load_prior()
sdn = lib.read_sdn(); alt = lib.read_alt()
by = {r['ent']: r for r in sdn}
owner = lib.owner_index(sdn, alt)
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip():
        continue
    if '\t' in line:
        e, q = line.split('\t', 1); e = int(e)
    else:
        e, q = None, line
    fl = []
    if lib.is_prior(q, qkeys): fl.append('PRIOR')
    if e is not None:
        if q == by[e]['name']: fl.append('EXACT')
        if (lib.keys(q) & lib.own_keys(e, by, alt)): fl.append('OWN')
        oth = set()
        for k in lib.keys(q): oth |= lib.owner.get(k, set()) if False else owner.get(k, set())
        oth -= {e}
        if oth: fl.append('OTHER%s' % sorted(oth)[:3])
        fl.append('U%d' % uses.get(e, 0))
    else:
        h = lib.neg_hits(q, owner)
        if h: fl.append('LISTED%s' % sorted(h)[:3])
    print(('ok ' if not [f for f in fl if not f.startswith('U')] else '-- ') + ' '.join(fl), '|', e or '', q)
