import sys; sys.path.insert(0,'.')
from lib import *
qs,exp,nums,csl,notes=prior()
qsl={q.lower() for q in qs}
blob=' '+norm(' '.join(notes)+' || '+' '.join(qs))+' '
STOP=LEGAL|set('hotel bank company group club resort restaurants international trading city'.split())
for line in sys.stdin:
    q=line.strip()
    if not q: continue
    hits=[]
    if q.lower() in qsl: hits.append('EXACT')
    for t in norm(q).split():
        if t in STOP or len(t)<3: continue
        if ' '+t+' ' in blob: hits.append(t)
    print(('CLEAN ' if not hits else 'hit   ')+q+'  '+str(hits))
