import sys; sys.path.insert(0,'.')
from lib import *
from rows_neg import N
qs,exp,nums,text=prior(); qn={norm(q) for q in qs}
sdn=load_sdn(); alt=load_alt(); csl=load_csl()
listed=set()
for e,r in sdn.items():
    listed|=forms(r['name'])
    for _,a in alt.get(e,[]): listed|=forms(a)
for c in csl:
    for x in [c['name']]+c['alts']: listed|=forms(x)
for k,v in N.items():
    print(k,len(v))
    for q in v:
        flags=[]
        if q in qs or norm(q) in qn: flags.append('EARLIER_QUERY')
        elif len(norm(q))>=4 and norm(q) in text: flags.append('seen_phrase')
        if forms(q)&listed: flags.append('LISTED')
        if flags: print('  ',q,flags)
