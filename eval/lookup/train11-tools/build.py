import sys, json, os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from lib import *
from rows_pos import P
from rows_neg import N
sdn=load_sdn(); alt=load_alt(); cslr=load_csl()
# index: form -> set of record ids
idx={}
def addf(name,rid):
    for f in forms(name): idx.setdefault(f,set()).add(rid)
orgwords={}
for e,r in sdn.items():
    addf(r['name'],('SDN',e))
    for t,a in alt.get(e,[]): addf(a,('SDN',e))
for i,r in enumerate(cslr,1):
    addf(r['name'],('CSL',i))
    for a in (r.get('alt_names') or '').split(';'):
        if a.strip(): addf(a,('CSL',i))
    # word index for orgs
for e,r in sdn.items():
    if r['type']: continue
    for n in [r['name']]+[a for t,a in alt.get(e,[])]:
        for t in strip(n).split():
            if len(t)>=4: orgwords.setdefault(t,set()).add(e)
qs,exp,nums,csl,notes=prior()
errs=0; out=[]
for q,e,k,n in P:
    r=sdn[e]
    if r['type']: print('ERR not org',e); errs+=1
    if e in nums: print('ERR ent cited earlier',e); errs+=1
    if r['name'] in exp or q in qs: print('ERR earlier',q); errs+=1
    for f in forms(q):
        other={x for x in idx.get(f,set()) if x!=('SDN',e)}
        if other: print('ERR POS collides',q,f,other); errs+=1
    # token review
    toks=[t for t in strip(q).split() if len(t)>=4]
    if toks:
        common=set.intersection(*[orgwords.get(t,set()) for t in toks]) - {e}
        if common and k!='parent_vs_subsidiary': print('REVIEW POS',q,'->',[sdn[x]['name'] for x in list(common)[:4]])
    out.append({"query":q,"expected":r['name'],"kind":k,"notes":f"{n} [SDN ent_num {e}]"})
for q,k,n in N:
    if q in qs or q.lower() in {x.lower() for x in qs}: print('ERR neg earlier query',q); errs+=1
    for f in forms(q):
        if f in idx: print('ERR NEG matches listed',q,f,idx[f]); errs+=1
    toks=[t for t in strip(q).split() if len(t)>=4]
    share=[]
    for t in toks:
        s=orgwords.get(t,set())
        if s: share.append(f"'{t}' in {len(s)} listed org(s), e.g. {sdn[min(s)]['name']}")
    wn='; '.join(share) if share else 'no listed organisation shares a distinctive word'
    if toks and len(toks)>=2:
        common=set.intersection(*[orgwords.get(t,set()) for t in toks])
        if common: print('REVIEW NEG all words in',q,[sdn[x]['name'] for x in list(common)[:3]])
    out.append({"query":q,"expected":None,"kind":k,"notes":f"{n}; {wn}"})
qq=[o['query'] for o in out]
assert len(qq)==len(set(qq)),'dup query'
with open('/work/blind/lookup-train11/train11.jsonl','w',encoding='utf-8') as fh:
    for o in out: fh.write(json.dumps(o,ensure_ascii=False)+'\n')
print('rows',len(out),'errors',errs)
