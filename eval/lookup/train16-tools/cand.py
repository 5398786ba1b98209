# lists SDN organisations with how often they were targets earlier (counts only; no prior rows printed)
from lib import *
sdn=load_sdn(); alt=load_alt(); qs,ents,exps,_=prior()
name2ent={}
for e,v in sdn.items(): name2ent.setdefault(v['name'],[]).append(e)
use={}
for e,v in sdn.items():
    if v['type']!='-0-': continue
    use[e]=ents.get(e,0)+(1 if v['name'] in exps and ents.get(e,0)==0 else 0)
from collections import Counter
print('orgs',len(use),'unused',sum(1 for u in use.values() if u==0))
print(Counter(min(u,5) for u in use.values()))
with open('cand.txt','w') as f:
    for e,u in sorted(use.items(),key=lambda x:(x[1],x[0])):
        v=sdn[e]; f.write(f"{u}\t{e}\t{v['prog']}\t{v['name']}\t|| {' ; '.join(alt.get(e,[]))}\n")
