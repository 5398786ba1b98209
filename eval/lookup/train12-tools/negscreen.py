import sys; sys.path.insert(0,'.')
from lib import *
sdn=load_sdn(); alt=load_alt(); hdr,csl=load_csl()
qs,exp,nums,text=prior()
allf=set()
for e,r in sdn.items():
    allf|=forms(r['name'])
    for t,a in alt.get(e,[]): allf|=forms(a)
for c in csl:
    for k in ('name','alt_names'):
        for p in c.get(k,'').split(';'):
            if p.strip(): allf|=forms(p.strip())
for line in sys.stdin:
    q=line.strip()
    if not q: continue
    nq=norm(q); bad=[]
    if q.lower() in qs: bad.append('earlierQ')
    if len(nq)>=4 and (' '+nq+' ') in (' '+text+' '): bad.append('seen')
    if forms(q)&allf: bad.append('LISTED')
    print(('OK  ' if not bad else 'BAD ')+q+' '+','.join(bad))
