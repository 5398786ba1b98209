"""Pool of SDN organisations and CSL rows no earlier set used. Writes cand.txt / cand_csl.txt."""
import lib
sdn, alt, add = lib.load_sdn(), lib.load_alt(), lib.load_add()
csl = lib.load_csl()
p = lib.prior()
txt = ' ' + lib.prior_notes_text() + ' '
prior_exp_norm = {lib.norm(e) for e in p['expected']}
out = []
for e, r in sorted(sdn.items()):
    if r['type']:
        continue
    if e in p['ents'] or e in p['nums'] or r['name'] in p['expected'] or lib.norm(r['name']) in prior_exp_norm:
        continue
    c = lib.core(r['name'])
    if c and len(c) > 3 and (' ' + c + ' ') in txt:
        continue
    als = alt.get(e, [])
    if any(lib.norm(a) in prior_exp_norm for _, a in als):
        continue
    ad = '; '.join(', '.join(x for x in a if x) for a in add.get(e, []))[:120]
    out.append(f"{e}\t{r['name']}\t{r['program']}\t{len(als)}\t{' | '.join(t+':'+a for t,a in als)}\t{ad}")
open('cand.txt', 'w').write('\n'.join(out) + '\n')
print('sdn cand', len(out), 'with aliases', sum(1 for l in out if l.split('\t')[3] != '0'))
co = []
for i, r in csl.items():
    if i in p['rows'] or r['name'] in p['expected'] or lib.norm(r['name']) in prior_exp_norm:
        continue
    co.append(f"{i}\t{r['type']}\t{r['source'][:40]}\t{r['name']}\t{r['alt_names'][:200]}")
open('cand_csl.txt', 'w').write('\n'.join(co) + '\n')
print('csl cand', len(co))
