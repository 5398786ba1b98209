# verdict only: how many of my targets' names (normalised, or core without legal form) occur anywhere in earlier queries/notes
import json,re
from lib import *
sdn=load_sdn(); qs,ents,exps,text=prior()
R=[json.loads(l) for l in open('../train16.jsonl')]
E={int(re.search(r'ent_num (\d+)\]$',r['notes']).group(1)) for r in R if r['expected']}
full=core=0
for e in E:
    n=norm(sdn[e]['name']); c=' '.join(t for t in n.split() if t not in LEGAL)
    if n in text: full+=1
    elif len(c)>=6 and c in text: core+=1
print('targets',len(E),'earlier target (ent_num/expected): ',sum(1 for e in E if ents.get(e) or sdn[e]['name'] in exps))
print('full name occurs in earlier text:',full,'; only core name occurs:',core,'; not at all:',len(E)-full-core)
