import sys; sys.path.insert(0,'.')
from lib import *
S=load_sdn(); A=load_alt(); P=prior(); ad=load_add()
blob=' '+P['blob']+' '
out=[]
for e,r in S.items():
    if r['type']: continue
    names=[r['name']]+[a for _,a in A.get(e,[])]
    if e in P['nums']: continue
    if any(n in P['expected'] or norm(n) in P['queries'] for n in names): continue
    seen=False
    for n in names:
        for f in forms(n):
            if len(f)>=6 and ' '+f+' ' in blob: seen=True
    if seen: continue
    ctry=sorted({c for _,_,c in ad.get(e,[]) if c})
    out.append(f"{e}\t{r['prog']}\t{r['name']}\t{'; '.join(a for _,a in A.get(e,[]))}\t{','.join(ctry)}")
open('cand.txt','w').write('\n'.join(out)+'\n')
print(len(out))
import collections
c=collections.Counter(l.split('\t')[1] for l in out); print(c.most_common())
