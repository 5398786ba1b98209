from lib import *
sdn, alts, adds = load_sdn()
qs, exps, nums, text = prior()
used = set()
for e, d in sdn.items():
    if e in nums or d['name'] in exps: used.add(e)
out = []
for e, d in sdn.items():
    if d['type'] != '-0-' or e in used: continue
    if base(d['name']) in text: continue
    ctry = ';'.join(sorted({c for _, c in adds.get(e, [])}))
    al = ' | '.join(a for _, a in alts.get(e, []))
    out.append(f"{e}\t{d['program']}\t{d['name']}\t{ctry}\tALT: {al}")
open('cand.txt','w').write('\n'.join(out)+'\n')
print(len(out), 'unused orgs; used', len(used))
