import sys; sys.path.insert(0,'.')
from lib import *
sdn=load_sdn(); alt=load_alt(); add=load_add()
qs,exp,nums,text=prior()
out=[]
for e,r in sdn.items():
    if r['type']!='-0-': continue
    if e in nums or r['name'] in exp or r['name'].lower() in qs: continue
    names=[r['name']]+[a[1] for a in alt.get(e,[])]
    if any(a in exp or a.lower() in qs for a in names): continue
    bad=False
    for nm in names:
        for f in (norm(nm),' '.join(t for t in norm(nm).split() if t not in LEGAL)):
            if len(f)>=6 and (' '+f+' ') in (' '+text+' '): bad=True
    if bad: continue
    ad=add.get(e,[('','','')])[0]
    out.append(f"{e}\t{r['name']}\t{r['prog']}\t{ad[1]}|{ad[2]}\t"+' ;; '.join(f'{t}:{n}' for t,n in alt.get(e,[])))
open('cand.txt','w').write('\n'.join(out)+'\n'); print(len(out))
