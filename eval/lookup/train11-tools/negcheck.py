import sys; sys.path.insert(0,'.')
from lib import *
from rows_neg import N
qs,exp,nums,csl,notes=prior()
qsl={q.lower() for q in qs}
blob=' '+norm(' '.join(notes)+' || '+' '.join(qs))+' '
STOP=LEGAL|set('hotel bank company group club resort restaurants international trading city'.split())
for q,k,n in N:
    hits=[]
    if q.lower() in qsl: hits.append('EXACT EARLIER QUERY')
    for t in norm(q).split():
        if t in STOP or len(t)<4: continue
        if ' '+t+' ' in blob: hits.append(t)
    if hits: print(k,'|',q,'|',hits)
