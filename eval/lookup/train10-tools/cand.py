# candidate SDN organisations not used/cited in train..train9
import lib
S=lib.load_sdn(); A=lib.load_alt(); AD=lib.load_add(); P=lib.prior()
notes_low=' '.join(P['notes']).lower()
expq={e.lower() for e in P['expected']}|P['queries']
out=[]
for e,r in sorted(S.items()):
    if r['type']: continue
    if e in P['nums']: continue
    names=[r['name']]+[a for t,a in A.get(e,[])]
    if any(n.lower() in expq for n in names): continue
    core=lib.strip_legal(lib.norm(r['name']))
    if len(core)>=6 and core in lib.norm(notes_low): continue
    if r['name'].lower() in notes_low: continue
    out.append(r)
with open('cand.txt','w') as f:
    for r in out:
        e=r['ent']
        f.write(f"{e}\t{r['name']}\t{r['prog']}\t{' ; '.join(t+':'+a for t,a in A.get(e,[]))}\t{' | '.join(AD.get(e,[]))[:150]}\t{r['remarks'][:200]}\n")
print(len(out), sum(1 for r in out if A.get(r['ent'])))
