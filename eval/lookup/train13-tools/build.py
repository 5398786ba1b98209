import sys, json; sys.path.insert(0,'.')
from lib import *
from rows_pos import P
from rows_neg import N
TARGET={"famous_unlisted":40,"shares_one_word":22,"near_miss":20,"generic":16,"person_as_company":16,"city_country":15,"brand_product":16}
DROP={"ok to pay Cencosud invoice?","we buy from Grupo Lala, any issue?"}
sdn=load_sdn(); alt=load_alt(); csl=load_csl()
qs,exp,nums,text=prior(); qn={norm(q) for q in qs}
# map form -> set of record ids
idx={}
def put(f,rid):
    for x in forms(f): idx.setdefault(x,set()).add(rid)
for e,r in sdn.items():
    put(r['name'],('S',e))
    for _,a in alt.get(e,[]): put(a,('S',e))
for c in csl:
    for x in [c['name']]+c['alts']: put(x,('C',c['row']))
orgnames=[(e,r['name'],[a for _,a in alt.get(e,[])]) for e,r in sdn.items() if r['type']=='']
COMMON=set('grupo banco peru panama guatemala colombia mexico nacional agricola industrial popular general salvador sanctioned sanctions list cream chocolate diapers motors camera beer cookies cubes chips cerveza refresco soap shampoo razors pens crackers nectar bebidas empresas papel celulose credito dominicano cerveceria peru usa department stores interbank'.split())
errors=0; rows=[]
seenq=set()
for q,e,k,note in P:
    r=sdn[e]
    if r['type']!='': print('ERR not org',e); errors+=1
    if e in nums or r['name'] in exp: print('WARN prior entity',e)
    if q in qs or norm(q) in qn: print('ERR earlier query',q); errors+=1
    hits=set()
    for f in forms(q): hits|=idx.get(f,set())
    others={h for h in hits if h!=('S',e)}
    # CSL rows that are the same entity (alias names) are tolerated if they equal an alias of e
    bad=[h for h in others if h[0]=='S']
    if bad: print('ERR collision',q,bad); errors+=1
    if others-set(bad): print('NOTE csl also',q,others-set(bad))
    # token review
    toks=set(core(q).split())
    if toks and k not in('script','translation'):
        rev=[n for oe,n,al in orgnames if oe!=e and toks<=set(core(n).split())]
        if rev: print('REVIEW POS',q,'->',rev[:5])
    if q in seenq: print('ERR dup',q); errors+=1
    seenq.add(q)
    rows.append(dict(query=q,expected=r['name'],kind=k,notes=f"{note} [SDN ent_num {e}]"))
for k,v in N.items():
    got=0
    for q in v:
        if got>=TARGET[k]: break
        if q in DROP: continue
        if q in qs or norm(q) in qn or (len(norm(q))>=4 and norm(q) in text): continue
        if k in ('famous_unlisted','brand_product'):
            tt=set(text.split())
            bw=[t for t in core(q).split() if len(t)>=4 and t in tt and t not in COMMON]
            if bw: print('skip brand word seen',q,bw); continue
        hit=set()
        for f in forms(q): hit|=idx.get(f,set())
        if hit: print('skip listed',q); continue
        toks=set(core(q).split())
        rev=[n for oe,n,al in orgnames if toks and toks<=set(core(n).split())]
        if rev: print('REVIEW NEG',q,'->',rev[:4])
        share=[]
        for t in sorted(toks):
            if len(t)<4: continue
            m=[n for oe,n,al in orgnames if t in core(n).split() or any(t in core(a).split() for a in al)]
            if m: share.append(f"{t}: {'; '.join(m[:2])}{' …' if len(m)>2 else ''}")
        if q in seenq: print('ERR dup',q); errors+=1; continue
        seenq.add(q)
        rows.append(dict(query=q,expected=None,kind=k,notes="not listed; shares words with: "+(" | ".join(share) if share else "none")))
        got+=1
    if got<TARGET[k]: print('SHORT',k,got)
with open('../train13.jsonl','w',encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
from collections import Counter
print(len(rows),Counter(r['kind'] for r in rows)); print('errors',errors)
