import json, sys
from collections import Counter, defaultdict
from lib import *
import rows_pos, rows_neg
NEED_POS=12
NEED_NEG={'famous_unlisted':40,'shares_one_word':22,'near_miss':20,'generic':16,'person_as_company':16,'city_country':15,'brand_product':16}
sdn=load_sdn(); alt=load_alt(); csl=load_csl()
qs,ents,exps,text=prior()
# index of all normalized forms -> set of ent_nums (csl as -1)
idx=defaultdict(set)
for e,v in sdn.items():
    for n in [v['name']]+alt.get(e,[]):
        for f in forms(n): idx[f].add(e)
for n in csl:
    for f in forms(n): idx[f].add(-1)
def hits(q):
    s=set()
    for f in forms(q): s|=idx.get(f,set())
    return s
used_prior=lambda e: ents.get(e,0)>0 or sdn[e]['name'] in exps
out=[]; seen=set(); log=[]
bykind=defaultdict(list)
for q,e,k,note in rows_pos.P:
    v=sdn.get(e); why=None
    if v is None or v['type']!='-0-': why='not an org'
    elif norm(q) in qs: why='earlier query'
    elif norm(q) in seen: why='dup in set'
    elif used_prior(e): why='target used earlier'
    else:
        h=hits(q)-{e}
        if h: why='collides with other record(s) %s'%sorted(h)[:5]
    if why: log.append(f'DROP POS [{k}] {q!r}: {why}'); continue
    if len(bykind[k])>=NEED_POS: log.append(f'SPARE POS [{k}] {q!r}'); continue
    seen.add(norm(q))
    bykind[k].append({'query':q,'expected':v['name'],'kind':k,'notes':f"{note}; {v['prog']} [SDN ent_num {e}]"})
for k,rows in rows_neg.N.items():
    for q,note in rows:
        n=norm(q); why=None
        if n in qs: why='earlier query'
        elif len(n)>=5 and n in text: why='phrase in earlier text'
        elif n in seen: why='dup in set'
        else:
            h=hits(q)
            if h: why='equals listed name/alias %s'%sorted(h)[:5]
        if why: log.append(f'DROP NEG [{k}] {q!r}: {why}'); continue
        if len(bykind[k])>=NEED_NEG[k]: log.append(f'SPARE NEG [{k}] {q!r}'); continue
        seen.add(n)
        # note: listed orgs sharing a content word
        toks=[t for t in n.split() if t not in LEGAL and len(t)>=4]
        share=[]
        for e,v in sdn.items():
            if v['type']!='-0-': continue
            nt=set(norm(v['name']).split())
            c=sum(1 for t in toks if t in nt)
            if c: share.append((-c,e))
        share=[e for _,e in sorted(share)]
        sh=('listed orgs sharing a word: '+', '.join(f"{sdn[e]['name']} ({e})" for e in share[:3])+(' …' if len(share)>3 else '')) if share else 'shares no word with a listed org'
        bykind[k].append({'query':q,'expected':None,'kind':k,'notes':f'{note}; {sh}'})
for k,rows in bykind.items(): out+=rows
print('\n'.join(log))
print(Counter(r['kind'] for r in out)); print('total',len(out))
with open('/work/blind/lookup-train16/train16.jsonl','w',encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
