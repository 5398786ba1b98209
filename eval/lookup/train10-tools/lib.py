import csv, json, re, unicodedata, glob, os
D='/work/shared/data'
PRIOR_DIR='/work/main/eval/lookup'
def clean(x):
    x=(x or '').strip()
    return '' if x=='-0-' else x
def load_sdn():
    sdn={}
    for r in csv.reader(open(D+'/ofac-sdn-2019/sdn.csv',encoding='utf-8',errors='replace')):
        if len(r)<4 or not r[0].strip(): continue
        sdn[int(r[0])]=dict(ent=int(r[0]),name=r[1],type=clean(r[2]),prog=clean(r[3]),remarks=clean(r[11]) if len(r)>11 else '')
    return sdn
def load_alt():
    alt={}
    for r in csv.reader(open(D+'/ofac-sdn-2019/alt.csv',encoding='utf-8',errors='replace')):
        if len(r)<4 or not r[0].strip(): continue
        alt.setdefault(int(r[0]),[]).append((clean(r[2]),r[3]))
    return alt
def load_add():
    add={}
    for r in csv.reader(open(D+'/ofac-sdn-2019/add.csv',encoding='utf-8',errors='replace')):
        if len(r)<5 or not r[0].strip(): continue
        add.setdefault(int(r[0]),[]).append(', '.join(clean(x) for x in r[2:5] if clean(x)))
    return add
def load_comments():
    c={}
    p=D+'/ofac-sdn-2019/sdn_comments.csv'
    for r in csv.reader(open(p,encoding='utf-8',errors='replace')):
        if len(r)<2 or not r[0].strip(): continue
        try: c[int(r[0])]=c.get(int(r[0]),'')+' '.join(r[1:])
        except ValueError: pass
    return c
def load_csl():
    rows=list(csv.DictReader(open(D+'/csl-sample/csl.csv',encoding='utf-8',errors='replace')))
    return {i+1:r for i,r in enumerate(rows)}
LEGAL=set('''co company corp corporation inc incorporated ltd limited llc plc sa s a ag gmbh bv nv srl sarl spa ab as asa oy se lda sro doo spol kft pjsc jsc ojsc cjsc ooo zao oao ao pao fzc fze fzco llp lp pte pvt private sdn bhd cia ltda sas sac de cv the of and group holding holdings est establishment trading sal tic as sti ve'''.split())
def norm(s):
    s=unicodedata.normalize('NFKD',s or '')
    s=''.join(c for c in s if not unicodedata.combining(c)).lower()
    s=s.replace('&',' and ').replace("'",'').replace('\u2019','')
    s=re.sub(r'\b([a-z])\.(?=[a-z]\.)',r'\1',s)  # s.a. -> sa.
    s=re.sub(r'\b([a-z])\.([a-z])\.',r'\1\2',s)
    s=re.sub(r'[^\w]+',' ',s)
    return ' '.join(s.split())
def strip_legal(n):
    return ' '.join(t for t in n.split() if t not in LEGAL)
def forms(s):
    n=norm(s); l=strip_legal(n)
    out={n,n.replace(' ',''),l,l.replace(' ','')}
    return {f for f in out if f}
def prior():
    """queries, expected, numbers cited, csl rows, notes text, negative queries"""
    P=dict(queries=set(),expected=set(),nums=set(),cslrows=set(),notes=[],negq=set(),rows=[])
    for f in sorted(glob.glob(PRIOR_DIR+'/train*.jsonl')):
        if 'train10' in f: continue
        for line in open(f,encoding='utf-8'):
            line=line.strip()
            if not line: continue
            r=json.loads(line); P['rows'].append(r)
            q=r.get('query') or ''; P['queries'].add(q.lower().strip())
            if r.get('expected'): P['expected'].add(r['expected'])
            else: P['negq'].add(q.lower().strip())
            n=r.get('notes') or ''
            P['notes'].append(n+' || '+q)
            for m in re.findall(r'CSL (?:data )?rows? ([\d ,/and]+)',n): 
                for x in re.findall(r'\d+',m): P['cslrows'].add(int(x))
            for x in re.findall(r'(?<!\d)(\d{2,6})(?!\d)',n): P['nums'].add(int(x))
    return P
