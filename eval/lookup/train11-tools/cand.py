from lib import *
sdn=load_sdn(); alt=load_alt(); add=load_add()
qs,exp,nums,csl,notes=prior()
blob=norm(' '.join(notes)+' '+' '.join(qs))
expn={norm(x) for x in exp}; qsn={norm(x) for x in qs}
c=0
for e,r in sdn.items():
    if r['type']: continue
    if e in nums: continue
    names=[r['name']]+[a for t,a in alt.get(e,[])]
    if any(norm(n) in expn or norm(n) in qsn for n in names): continue
    st=strip(r['name'])
    if len(st)>=6 and (' '+st+' ') in (' '+blob+' '): continue
    if (' '+norm(r['name'])+' ') in (' '+blob+' '): continue
    c+=1
    print(e,'|',r['name'],'|',r['prog'],'|',' ;; '.join(f'{t}:{a}' for t,a in alt.get(e,[])),'|',(add.get(e) or [''])[0],'|',r['remarks'][:200])
import sys; print(c,file=sys.stderr)
