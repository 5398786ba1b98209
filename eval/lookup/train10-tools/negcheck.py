# screen candidate negatives (stdin, one per line): earlier use + listed names sharing words
import sys, lib, re
S=lib.load_sdn(); A=lib.load_alt(); CSL=lib.load_csl(); P=lib.prior()
STOP=lib.LEGAL|set('international global trading services service company industries industry bank foundation group holdings national new general first united de la del el los las y e di da do des du le al international'.split())
names=[]
for e,r in S.items():
    names.append((e,r['type'] or 'org',r['name']))
    for t,a in A.get(e,[]): names.append((e,r['type'] or 'org',a))
for i,r in CSL.items():
    names.append(('CSL%d'%i,'csl',r['name']))
    for a in (r['alt_names'] or '').split(';'):
        if a.strip(): names.append(('CSL%d'%i,'csl',a.strip()))
ntok=[(e,t,n,set(lib.norm(n).split())) for e,t,n in names]
pl=[(lib.norm(x),x) for x in P['notes']]
for line in sys.stdin:
    q=line.strip()
    if not q: continue
    qn=lib.norm(q); toks=[t for t in qn.split() if t not in STOP and len(t)>2]
    flag=[]
    if q.lower() in P['queries']: flag.append('PRIOR-QUERY')
    for t in toks:
        hits=[x for n,x in pl if re.search(r'\b'+re.escape(t)+r'\b',n)]
        if hits: flag.append(f'prior[{t}]x{len(hits)}: '+hits[0][:90].replace('\n',' '))
    lh=[]
    for t in toks:
        for e,ty,n,ts in ntok:
            if t in ts: lh.append(f'{t}->{e}:{n[:40]}')
    print('##',q); 
    for f in flag[:4]: print('   ',f)
    if lh: print('    LISTED:',' ; '.join(lh[:5]), '(+%d)'%max(0,len(lh)-5))
