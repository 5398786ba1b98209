import json,sys
from collections import Counter
from common import *
from rows_pos import P
from rows_neg import N,QUOTA
ix=Index(); qk,fk,uses,nf,nr=load_prior()
pool=json.load(open('cand.json'))
minlvl=2  # one entity sits at level 1 (checked below); level 2 is the working floor
seen=set(); used=set(); per=Counter(); rows=[]; rej=[]; sd=0
for kind,e,q,var in P:
    if per[kind]>=12: continue
    why=pos_problems(ix,kind,e,q,uses,qk,fk,seen,used,minlvl)
    if not why and ENT[e][3] in ('SDNT','SDNTK') and sd>=62: why='SDNT/SDNTK over 40%'
    if not why and e not in pool: why='not in pool'
    if why: rej.append(f'POS {kind} [{e}] {q!r}: {why}'); continue
    r=ENT[e]; seen.add(qkey(q)); used.add(e); per[kind]+=1
    if r[3] in ('SDNT','SDNTK'): sd+=1
    rows.append({'query':q,'expected':r[1],'kind':kind,'notes':f"{kind}: {var}; program {r[3]}; earlier-set uses {uses[e]}; target {r[1]} [SDN ent_num {e}]"})
rows.sort(key=lambda o:KINDS.index(o['kind']))
targets={e for e in used}
negs=[]; nper=Counter()
for cat,items in N.items():
    for it in items:
        if nper[cat]>=QUOTA[cat]: break
        if cat=='near_miss': q,word,te=it
        else: q=it
        why=neg_problems(ix,cat,q,qk,fk,seen)
        sw=shared_words(ix,q)
        if not why and cat=='shares_one_word' and not sw: why='shares no word'
        if not why and cat=='near_miss':
            if te not in targets: why='target not in set'
            elif word not in full(q).split() or word not in full(ENT[te][1]).split(): why='reused word not in both'
        if why: rej.append(f'NEG {cat} {q!r}: {why}'); continue
        seen.add(qkey(q)); nper[cat]+=1
        desc={'famous_unlisted':'real company not on the 2019 lists','other_script':'real company name in non-Latin script','near_miss':f"reuses '{word if cat=='near_miss' else ''}' from this set's target {ENT[te][1] if cat=='near_miss' else ''}",'shares_one_word':'invented local business','generic':'generic service phrase','chat_request':'screening request about an unlisted firm','person_as_company':'invented person name with a legal form','brand_product':'consumer product, not a company'}[cat]
        n=f"not listed: {cat}; {desc}; "+('; '.join(sw) if sw else 'shares no word with a listed org')
        negs.append({'query':q,'expected':None,'kind':cat,'notes':n})
print('prior files',nf,'rows',nr)
print('positives',sum(per.values()),dict(per))
print('negatives',sum(nper.values()),dict(nper))
print('SDNT/SDNTK',sd)
print('rejections',len(rej)); print('\n'.join(rej))
if '--write' in sys.argv:
    with open('../train47.jsonl','w',encoding='utf-8') as f:
        for o in rows+negs: f.write(json.dumps(o,ensure_ascii=False)+'\n')
