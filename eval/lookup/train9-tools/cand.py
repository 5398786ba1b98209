"""Candidate SDN organisations not used (as target or cited) in train..train8. Writes cand.txt."""
import lib, re
recs = lib.load_sdn(); p = lib.prior()
prior_blob = ' ' + ' | '.join(lib.norm(n) for n in p['notes']) + ' '
exp_norm = {lib.norm(e) for e in p['expected']}
q_norm = {lib.norm(q) for q in p['queries']}
out = []
for e, r in sorted(recs.items()):
    if r['type'] != '':
        continue
    if e in p['nums'] or r['name'] in p['expected']:
        continue
    names = [r['name']] + [a for _, a in r['aliases']]
    bad = False
    for s in names:
        n = lib.norm(s)
        core = ' '.join(t for t in n.split() if t not in lib.LEGAL_STRICT)
        if n in exp_norm or n in q_norm or (len(core) >= 6 and (' ' + core + ' ') in prior_blob):
            bad = True
            break
    if bad:
        continue
    out.append(r)
with open('cand.txt', 'w') as f:
    for r in out:
        f.write('%d\t%s\t%s\t%s\t%s\n' % (r['ent'], r['name'], r['program'],
                ' ; '.join('%s:%s' % a for a in r['aliases']), r['addrs'][0] if r['addrs'] else ''))
print(len(out), 'candidates;', sum(1 for r in out if r['aliases']), 'with aliases')
