"""From cand.txt-style data: organisations with <=1 earlier use and no near-duplicate family
(no other record's name/alias core equals, contains or is contained in this name's core). -> pool.txt"""
import os, re, collections, lib
sdn = lib.read_sdn(); alt = lib.read_alt()
_, ents, names = lib.prior_sets()
namecount = collections.Counter(r['name'] for r in sdn)
def core(s):
    return ' '.join(w for w in lib.norm(s).split() if w not in lib.LEGAL)
allnames = []  # (ent, core)
for r in sdn:
    allnames.append((r['ent'], core(r['name'])))
    for _, a in alt.get(r['ent'], []):
        allnames.append((r['ent'], core(a)))
index = collections.defaultdict(set)
for e, c in allnames:
    for w in set(c.split()):
        index[w].add(e)
def family_clash(r):
    mycores = {core(r['name'])} | {core(a) for _, a in alt.get(r['ent'], [])}
    for c in mycores:
        if not c: continue
        ws = c.split()
        cands = set.intersection(*[index[w] for w in ws]) if ws else set()
        for e2 in cands - {r['ent']}:
            return e2
        # other's core contained in mine (whole tokens)
    for e2, c2 in allnames:
        if e2 == r['ent'] or not c2 or len(c2) < 4: continue
        if (' ' + c2 + ' ') in (' ' + core(r['name']) + ' '):
            return e2
    return None
out = []
for r in sdn:
    if r['type'] != '-0-' or namecount[r['name']] > 1: continue
    uses = max(ents.get(r['ent'], 0), names.get(r['name'], 0))
    if uses > 1: continue
    clash = family_clash(r)
    if clash: continue
    out.append((uses, r['ent'], r['program'], r['name'], ' | '.join(a for _, a in alt.get(r['ent'], []))))
out.sort()
with open(os.path.join(lib.HERE, 'pool.txt'), 'w', encoding='utf-8') as f:
    for t in out: f.write('%d\t%d\t%s\t%s\t{%s}\n' % t)
print(len(out), collections.Counter(t[0] for t in out))
