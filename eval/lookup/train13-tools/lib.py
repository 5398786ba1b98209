import csv, json, re, unicodedata, glob, os
D='/work/shared/data'
PRIOR_DIR='/work/main/eval/lookup'
def _c(x):
    x=x.strip()
    return '' if x=='-0-' else x
def load_sdn():
    sdn={}
    for r in csv.reader(open(f'{D}/ofac-sdn-2019/sdn.csv',encoding='utf-8',errors='replace')):
        if len(r)<4: continue
        sdn[int(r[0])]=dict(ent=int(r[0]),name=r[1],type=_c(r[2]),prog=_c(r[3]),remarks=_c(r[11]) if len(r)>11 else '')
    return sdn
def load_alt():
    alt={}
    for r in csv.reader(open(f'{D}/ofac-sdn-2019/alt.csv',encoding='utf-8',errors='replace')):
        if len(r)<4: continue
        alt.setdefault(int(r[0]),[]).append((_c(r[2]),r[3]))
    return alt
def load_add():
    add={}
    for r in csv.reader(open(f'{D}/ofac-sdn-2019/add.csv',encoding='utf-8',errors='replace')):
        if len(r)<5: continue
        add.setdefault(int(r[0]),[]).append((_c(r[2]),_c(r[3]),_c(r[4])))
    return add
def load_csl():
    rows=list(csv.DictReader(open(f'{D}/csl-sample/csl.csv',encoding='utf-8',errors='replace')))
    out=[]
    for i,r in enumerate(rows,1):
        alts=[]
        a=r.get('alt_names') or ''
        for p in re.split(r';',a):
            p=p.strip().strip('"')
            if p: alts.append(p)
        out.append(dict(row=i,name=r['name'],alts=alts,type=r['type'],source=r['source'],ent=r['entity_number'],addr=r['addresses'],prog=r['programs']))
    return out
LF=set('ltd ltda limited sa s a sas s a s de cv c v sl srl llc inc co corp corporation company gmbh ag plc bv nv spa sarl eirl cia compania y the of and en c ci i lp ab oy as'.split())
def norm(s):
    s=unicodedata.normalize('NFKD',s)
    s=''.join(c for c in s if not unicodedata.combining(c)).lower()
    s=s.replace('&',' and ').replace("'",'').replace('\u2019','')
    s=re.sub(r'\b([a-z])\.(?=[a-z]\.)',r'\1',s)
    s=re.sub(r'[^\w]+',' ',s)
    return ' '.join(s.split())
def core(s):
    return ' '.join(t for t in norm(s).split() if t not in LF)
def forms(s):
    n=norm(s); c=core(s)
    return {n, n.replace(' ',''), c, c.replace(' ','')} - {''}
def prior():
    qs=set(); exp=set(); nums=set(); text=[]
    for f in sorted(glob.glob(f'{PRIOR_DIR}/train*.jsonl')):
        for line in open(f,encoding='utf-8'):
            line=line.strip()
            if not line: continue
            o=json.loads(line)
            qs.add(o.get('query','')); 
            if o.get('expected'): exp.add(o['expected'])
            nums.update(int(x) for x in re.findall(r'\b\d{2,6}\b',o.get('notes','') or ''))
            text.append(norm(o.get('query','')+' '+(o.get('notes','') or '')))
    return qs,exp,nums,' | '.join(text)
