import csv, json, re, unicodedata, os
D='/work/shared/data'
P='/work/main/eval/lookup'
def clean(x):
    x=(x or '').strip()
    return '' if x=='-0-' else x
def load_sdn():
    out={}
    for r in csv.reader(open(f'{D}/ofac-sdn-2019/sdn.csv',encoding='utf-8',errors='replace')):
        if len(r)<2: continue
        out[int(r[0])]={'name':r[1],'type':clean(r[2]),'prog':clean(r[3]),'remarks':clean(r[11]) if len(r)>11 else ''}
    return out
def load_alt():
    out={}
    for r in csv.reader(open(f'{D}/ofac-sdn-2019/alt.csv',encoding='utf-8',errors='replace')):
        if len(r)<4: continue
        out.setdefault(int(r[0]),[]).append((clean(r[2]),r[3]))
    return out
def load_add():
    out={}
    for r in csv.reader(open(f'{D}/ofac-sdn-2019/add.csv',encoding='utf-8',errors='replace')):
        if len(r)<5: continue
        out.setdefault(int(r[0]),[]).append(', '.join(clean(x) for x in r[2:5] if clean(x)))
    return out
def load_csl():
    rows=list(csv.DictReader(open(f'{D}/csl-sample/csl.csv',encoding='utf-8',errors='replace')))
    return rows
LEGAL=set('s a sa ltd limited llc inc co corp corporation company cia ltda sas de cv sl srl gmbh ag ooo zao oao ao pao fze fzc fzco llp plc bv nv the of and trading holding holdings group jsc cjsc pjsc oju kg spa sarl y e en rl s.a'.split())
def norm(s):
    s=unicodedata.normalize('NFKD',s)
    s=''.join(c for c in s if not unicodedata.combining(c)).lower()
    s=s.replace('&',' and ').replace("'",'').replace('\u2019','')
    s=re.sub(r'\b([a-z])\.(?=[a-z]\.)',r'\1',s)
    s=re.sub(r'\b([a-z])\.',r'\1',s)
    s=re.sub(r'[^\w]+',' ',s)
    return ' '.join(s.split())
def strip(s):
    return ' '.join(t for t in norm(s).split() if t not in LEGAL)
def forms(s):
    a=norm(s); b=strip(s)
    f={a,b,a.replace(' ',''),b.replace(' ','')}
    f.discard('')
    return f
def prior():
    qs=set(); exp=set(); nums=set(); csl=set(); notes=[]
    for fn in sorted(os.listdir(P)):
        if re.fullmatch(r'train\d*\.jsonl',fn):
            for line in open(os.path.join(P,fn),encoding='utf-8'):
                line=line.strip()
                if not line: continue
                o=json.loads(line)
                qs.add(o['query']); 
                if o.get('expected'): exp.add(o['expected'])
                n=o.get('notes') or ''
                notes.append(n)
                for m in re.findall(r'\b\d{2,6}\b',n): nums.add(int(m))
                for m in re.findall(r'CSL (?:data )?row (\d+)',n): csl.add(int(m))
    return qs,exp,nums,csl,notes
