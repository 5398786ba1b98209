from lib import *
import random
sdn, alts, adds = load_sdn(); idx = name_index(); qs, exps, nums, text = prior()
out=[]
for e,d in sdn.items():
    if d['type']!='-0-': continue
    for t,a in alts.get(e,[]):
        if t!='aka': continue
        if base(a) in qs or base(a) in text: continue
        oth=set()
        for fm in forms(a): oth |= {k for k in idx.get(fm,set()) if k!=('S',e)}
        if oth: continue
        if len(a)<8: continue
        out.append(f"{e}\t{d['program'][:25]}\t{d['name'][:50]}\t=> {a}")
random.seed(15); random.shuffle(out)
open('akacand.txt','w').write('\n'.join(out))
print(len(out))
