from lib import *
sdn=load_sdn(); alt=load_alt(); add=load_add(); csl=load_csl()
qs,exp,nums,text=prior()
qn={norm(q) for q in qs}
n=0
with open('cand.txt','w') as f:
    for e,r in sdn.items():
        if r['type']!='': continue
        if e in nums or r['name'] in exp: continue
        names=[r['name']]+[a for _,a in alt.get(e,[])]
        if any(x in exp or norm(x) in qn for x in names): continue
        c=core(r['name'])
        if len(c)>=6 and (' '+c+' ') in (' '+text+' '): continue
        if norm(r['name']) in text: continue
        ctry=','.join(sorted({a[2] for a in add.get(e,[]) if a[2]}))
        f.write(f"{e}\t{r['name']}\t{r['prog']}\t{ctry}\t{' ; '.join(t+':'+a for t,a in alt.get(e,[]))}\n"); n+=1
    for c in csl:
        if c['type'] in ('Individual',): continue
        names=[c['name']]+c['alts']
        if any(x in exp or norm(x) in qn for x in names): st='USED'
        elif len(core(c['name']))>=6 and core(c['name']) in text: st='SEEN'
        else: st='NEW'
        f.write(f"CSL{c['row']}\t{st}\t{c['name']}\t{c['source'][:30]}\t{c['type']}\t{' ; '.join(c['alts'])[:200]}\n")
print(n)
