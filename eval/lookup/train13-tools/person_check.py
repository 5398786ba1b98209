import sys,json; sys.path.insert(0,'.')
from lib import *
sdn=load_sdn(); alt=load_alt()
rows=[json.loads(l) for l in open('../train13.jsonl')]
names=[]
for e,r in sdn.items():
    for n in [r['name']]+[a for _,a in alt.get(e,[])]: names.append((e,set(norm(n).split())))
for r in rows:
    if r['kind']!='person_as_company': continue
    t=set(core(r['query']).split())-{'hijos','sons','asociados','transportes','importaciones','abogados','eventos','agro','holdings','consulting','joyeria'}
    hit=[(e,sorted(t&s)) for e,s in names if len(t&s)>=2]
    print(r['query'],'->',hit[:5] if hit else 'none')
