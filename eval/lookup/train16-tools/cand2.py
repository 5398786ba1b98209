# stricter: an unused org is "seen" if its normalized name (or core) occurs in earlier queries/notes text
from lib import *
sdn=load_sdn(); alt=load_alt(); qs,ents,exps,text=prior()
out=[];seen=0
for line in open('cand.txt'):
    u,e,prog,name,rest=line.rstrip('\n').split('\t')
    if u!='0': continue
    e=int(e); n=norm(name); toks=[t for t in n.split() if t not in LEGAL]; core=' '.join(toks)
    hit = (n in text) or (len(core)>=6 and core in text)
    if hit: seen+=1
    else: out.append(line)
print('unused',len(out)+seen,'name seen in prior text',seen,'clean',len(out))
open('cand_clean.txt','w').writelines(out)
