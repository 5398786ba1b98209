import sys, json, re; sys.path.insert(0,'.')
from lib import *
from rows_pos import P; from rows_neg import N
sdn=load_sdn(); alt=load_alt(); hdr,csl=load_csl()
qs,exp,nums,text=prior()
# index: form -> set of record keys
idx={}
def addf(name,key):
    for f in forms(name): idx.setdefault(f,set()).add(key)
for e,r in sdn.items():
    addf(r['name'],'SDN'+e)
    for t,a in alt.get(e,[]): addf(a,'SDN'+e)
for c in csl:
    for k in ('name','alt_names'):
        v=c.get(k,'')
        for part in (v.split(';') if k=='alt_names' else [v]):
            if part.strip(): addf(part.strip(),'CSL%d'%c['_row'])
LEGALW=LEGAL|set('s en c cs ca sa de rl cv sc eu'.split())
tokidx={}
for e,r in sdn.items():
    if r['type']!='-0-': continue
    for nm in [r['name']]+[a for t,a in alt.get(e,[])]:
        for t in set(norm(nm).split())-LEGALW:
            tokidx.setdefault(t,set()).add(e)
rows=[]; err=0
for q,e,k,n in P:
    e=str(e); r=sdn.get(e)
    if not r or r['type']!='-0-': print('ERR no org',e); err+=1; continue
    if q.lower() in qs: print('ERR earlier query',q); err+=1
    if e in nums: print('WARN ent cited earlier',e,q)
    for f in forms(q):
        other=idx.get(f,set())-{'SDN'+e}
        if other: print('ERR POS form collides',q,f,other); err+=1
    toks=set(norm(q).split())-LEGALW
    if toks:
        common=set.intersection(*[tokidx.get(t,set()) for t in toks])-{e}
        if common and len(toks)>0: print('REVIEW POS',q,'->',[sdn[x]['name'] for x in list(common)[:4]])
    rows.append(dict(query=q,expected=r['name'],kind=k,notes=n+' [SDN ent_num %s]'%e))
for q,k,n in N:
    if q.lower() in qs: print('ERR NEG earlier query',q); err+=1
    for f in forms(q):
        if f in idx: print('ERR NEG listed',q,f,idx[f]); err+=1
    nq=norm(q)
    if len(nq)>=5 and (' '+nq+' ') in (' '+text+' '): print('PRIOR NEG phrase seen',q)
    toks=[t for t in nq.split() if t not in LEGALW and len(t)>=3]
    hits=[t for t in toks if re.search(r'\b'+re.escape(t)+r'\b',text)]
    sharing=[]
    for t in toks:
        s=tokidx.get(t,set())
        if s: sharing.append('%s: %s'%(t, ', '.join(sorted(sdn[x]['name'] for x in s)[:3])+(' ...' if len(s)>3 else '')))
    if toks and all(tokidx.get(t) for t in toks) and set.intersection(*[tokidx[t] for t in toks]): print('REVIEW NEG',q)
    if hits: print('PRIOR words',q,hits)
    note=n+'. Listed organisations sharing a word: '+('; '.join(sharing) if sharing else 'none')+'.'
    rows.append(dict(query=q,expected=None,kind=k,notes=note))
qq=[r['query'] for r in rows]
if len(set(qq))!=len(qq): print('ERR dup query'); err+=1
with open('../train12.jsonl','w',encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print('rows',len(rows),'errors',err)
