import json
from lib import *
from collections import Counter
ix=Index(); qk,fk,uses,nf,nr=load_prior()
pool={}
for r in SDN:
    e=r[0]
    if not is_org(e) or NAMECOUNT[r[1]]!=1 or r[1] in ALLALIAS: continue
    ok=all(ix.k[k]<={e} for n in [r[1]]+ALIASES[e] for k in keys(n))
    if ok: pool[e]={'name':r[1],'prog':r[3],'uses':uses[e],'aliases':ALIASES[e],'seenfold':full(r[1]) in fk}
json.dump(pool,open('cand.json','w'),indent=0)
print('prior files',nf,'rows',nr,'pool',len(pool))
print('levels',sorted(Counter(v['uses'] for v in pool.values()).items()))
