import csv, json, re, unicodedata, glob, os
D='/work/shared/data'
def clean(s):
    s=(s or '').strip()
    return '' if s=='-0-' else s
def load_sdn():
    out={}
    with open(D+'/ofac-sdn-2019/sdn.csv',encoding='utf-8',errors='replace') as f:
        for r in csv.reader(f):
            if len(r)<4: continue
            out[int(r[0])]=dict(ent=int(r[0]),name=r[1].strip(),type=clean(r[2]),prog=clean(r[3]),remarks=clean(r[11]) if len(r)>11 else '')
    return out
def load_alt():
    out={}
    with open(D+'/ofac-sdn-2019/alt.csv',encoding='utf-8',errors='replace') as f:
        for r in csv.reader(f):
            if len(r)<4: continue
            out.setdefault(int(r[0]),[]).append((clean(r[2]),r[3].strip()))
    return out
def load_add():
    out={}
    with open(D+'/ofac-sdn-2019/add.csv',encoding='utf-8',errors='replace') as f:
        for r in csv.reader(f):
            if len(r)<5: continue
            out.setdefault(int(r[0]),[]).append((clean(r[2]),clean(r[3]),clean(r[4])))
    return out
def load_csl():
    rows=[]
    with open(D+'/csl-sample/csl.csv',encoding='utf-8',errors='replace') as f:
        for i,r in enumerate(csv.DictReader(f),1):
            r['_row']=i; rows.append(r)
    return rows
LF=set('sa s a de cv sas ltda ltd limited inc llc corp corporation co company sl srl gmbh ag plc cia y e the of and sc bv nv jsc ojsc cjsc oao zao ooo pjsc llp fze fzco est establishment'.split())
def norm(s):
    s=unicodedata.normalize('NFKD',s or '')
    s=''.join(c for c in s if not unicodedata.combining(c)).lower()
    s=s.replace('&',' and ')
    s=re.sub(r"['`\u2019]",'',s)
    s=re.sub(r'\b([a-z])\.(?=[a-z]\.)',r'\1',s)
    s=re.sub(r'\b([a-z])\.',r'\1',s)
    s=re.sub(r'[^\w]+',' ',s)
    return ' '.join(s.split())
def forms(s):
    n=norm(s); f={n,n.replace(' ','')}
    t=[w for w in n.split() if w not in LF]
    if t: f.add(' '.join(t)); f.add(''.join(t))
    return {x for x in f if x}
def prior():
    P=dict(queries=set(),expected=set(),nums=set(),text=[])
    for fn in sorted(glob.glob('/work/main/eval/lookup/train*.jsonl')):
        if 'train14' in fn: continue
        for line in open(fn,encoding='utf-8'):
            line=line.strip()
            if not line: continue
            try: o=json.loads(line)
            except Exception: continue
            q=o.get('query') or ''; e=o.get('expected'); n=o.get('notes') or ''
            P['queries'].add(norm(q))
            if e: P['expected'].add(e); P['text'].append(norm(e))
            for m in re.findall(r'\b\d{2,6}\b',n): P['nums'].add(int(m))
            P['text'].append(norm(q)); P['text'].append(norm(n))
    P['blob']=' | '.join(P['text'])
    return P
