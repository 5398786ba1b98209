import csv, json, re, unicodedata, glob, os
D='/work/shared/data/'
def load_sdn():
    sdn={}
    for r in csv.reader(open(D+'ofac-sdn-2019/sdn.csv',encoding='utf-8',errors='replace')):
        if len(r)<4: continue
        r=[x.strip() for x in r]; sdn[r[0]]=dict(ent=r[0],name=r[1],type=r[2],prog=r[3],remarks=r[11] if len(r)>11 else '')
    return sdn
def load_alt():
    alt={}
    for r in csv.reader(open(D+'ofac-sdn-2019/alt.csv',encoding='utf-8',errors='replace')):
        if len(r)<4: continue
        r=[x.strip() for x in r]; alt.setdefault(r[0],[]).append((r[2],r[3]))
    return alt
def load_add():
    add={}
    for r in csv.reader(open(D+'ofac-sdn-2019/add.csv',encoding='utf-8',errors='replace')):
        if len(r)<5: continue
        r=[x.strip() for x in r]; add.setdefault(r[0],[]).append((r[2],r[3],r[4]))
    return add
def load_csl():
    rows=list(csv.reader(open(D+'csl-sample/csl.csv',encoding='utf-8',errors='replace')))
    hdr=rows[0]; out=[]
    for i,r in enumerate(rows[1:],1):
        d=dict(zip(hdr,r)); d['_row']=i; out.append(d)
    return hdr,out
LEGAL=set('ltd ltda limited sa sas sac srl cia co company corp corporation inc llc de del la las los el y cv rl ooo oao zao tov fze fzco llp plc gmbh ag bv the of and trading holding holdings group sl pvt private jsc pjsc ci eirl spr compania e en'.split())
def norm(s):
    s=unicodedata.normalize('NFKD',s); s=''.join(c for c in s if not unicodedata.combining(c)).lower()
    s=s.replace('&',' and ')
    s=re.sub(r"\b([a-z])\.(?=[a-z]\.)",r"\1",s); s=re.sub(r"\b([a-z])\.",r"\1",s)
    s=s.replace("'",'').replace('\u2019','')
    s=re.sub(r'[^\w]+',' ',s)
    return ' '.join(s.split())
def forms(s):
    n=norm(s); toks=n.split(); st=[t for t in toks if t not in LEGAL]
    f={n, n.replace(' ','')}
    if st: f|={' '.join(st),''.join(st)}
    return {x for x in f if x}
def prior(d='/work/main/eval/lookup'):
    qs=set(); exp=set(); nums=set(); text=[]
    for f in sorted(glob.glob(d+'/train*.jsonl')):
        for line in open(f,encoding='utf-8'):
            line=line.strip()
            if not line: continue
            try: o=json.loads(line)
            except Exception: continue
            q=str(o.get('query','')); n=str(o.get('notes',''))
            qs.add(q.lower()); 
            if o.get('expected'): exp.add(o['expected'])
            nums|=set(re.findall(r'\b\d{2,6}\b',n))
            text.append(norm(q)); text.append(norm(n))
    return qs,exp,nums,' \n '.join(text)
