"""Standalone validator for train12.jsonl. Usage: python3 check.py [--prior DIR] [--file PATH]"""
import csv, json, re, sys, glob, os, unicodedata
D='/work/shared/data/'
HERE=os.path.dirname(os.path.abspath(__file__))
args=sys.argv[1:]
FILE=args[args.index('--file')+1] if '--file' in args else os.path.join(HERE,'..','train12.jsonl')
PRIOR=args[args.index('--prior')+1] if '--prior' in args else None
KINDS={'case','legal_form','abbreviation','word_order','transliteration','translation','typo','punctuation','aka','partial','parent_vs_subsidiary','script','messy',
       'famous_unlisted','shares_one_word','near_miss','generic','person_as_company','city_country','brand_product'}
LEGAL=set('ltd ltda limited sa sas sac srl cia co company corp corporation inc llc de del la las los el y cv rl ooo oao zao tov fze fzco llp plc gmbh ag bv the of and trading holding holdings group sl pvt private jsc pjsc ci eirl spr compania e en'.split())
def norm(s):
    s=unicodedata.normalize('NFKD',s); s=''.join(c for c in s if not unicodedata.combining(c)).lower().replace('&',' and ')
    s=re.sub(r"\b([a-z])\.",r"\1",s).replace("'",'').replace('\u2019','')
    return ' '.join(re.sub(r'[^\w]+',' ',s).split())
def forms(s):
    n=norm(s); st=[t for t in n.split() if t not in LEGAL]; f={n,n.replace(' ','')}
    if st: f|={' '.join(st),''.join(st)}
    return {x for x in f if x}
sdn={}
for r in csv.reader(open(D+'ofac-sdn-2019/sdn.csv',encoding='utf-8',errors='replace')):
    if len(r)>3: r=[x.strip() for x in r]; sdn[r[0]]=(r[1],r[2])
alt={}
for r in csv.reader(open(D+'ofac-sdn-2019/alt.csv',encoding='utf-8',errors='replace')):
    if len(r)>3: r=[x.strip() for x in r]; alt.setdefault(r[0],[]).append(r[3])
rows=list(csv.reader(open(D+'csl-sample/csl.csv',encoding='utf-8',errors='replace'))); hdr=rows[0]
csl=[dict(zip(hdr,r)) for r in rows[1:]]
sdnnames={v[0] for v in sdn.values()}; cslnames={c.get('name','') for c in csl}
idx={}
for e,(nm,t) in sdn.items():
    for x in [nm]+alt.get(e,[]):
        for f in forms(x): idx.setdefault(f,set()).add('SDN'+e)
for i,c in enumerate(csl,1):
    for x in [c.get('name','')]+c.get('alt_names','').split(';'):
        if x.strip():
            for f in forms(x.strip()): idx.setdefault(f,set()).add('CSL%d'%i)
errs=[]; data=[]
for ln,line in enumerate(open(FILE,encoding='utf-8'),1):
    try: o=json.loads(line)
    except Exception as ex: errs.append('line %d bad json'%ln); continue
    if set(o)!={'query','expected','kind','notes'}: errs.append('line %d keys %s'%(ln,sorted(o)))
    if o.get('kind') not in KINDS: errs.append('line %d bad kind %s'%(ln,o.get('kind')))
    data.append(o)
qs=[o['query'] for o in data]
if len(set(q.lower() for q in qs))!=len(qs): errs.append('duplicate queries')
pos=[o for o in data if o['expected'] is not None]; neg=[o for o in data if o['expected'] is None]
for o in pos:
    x=o['expected']
    if x not in sdnnames and x not in cslnames: errs.append('expected not in sdn/csl: %r'%x)
    m=re.search(r'\[SDN ent_num (\d+)\]\s*$',o['notes']); mc=re.search(r'\[CSL row (\d+)\]\s*$',o['notes'])
    if m:
        e=m.group(1)
        if e not in sdn: errs.append('unknown ent_num %s'%e); continue
        if sdn[e][0]!=x: errs.append('ent_num %s name %r != expected %r'%(e,sdn[e][0],x))
        if sdn[e][1]!='-0-': errs.append('ent_num %s not an organisation'%e)
        key='SDN'+e
    elif mc:
        i=int(mc.group(1))
        if not (1<=i<=len(csl)) or csl[i-1].get('name')!=x: errs.append('bad CSL row %s'%i)
        key='CSL%d'%i
    else: errs.append('positive without tag: %r'%o['query']); continue
    for f in forms(o['query']):
        if idx.get(f,set())-{key}: errs.append('positive %r form %r names another record %s'%(o['query'],f,idx[f]-{key}))
for o in neg:
    for f in forms(o['query']):
        if f in idx: errs.append('negative %r equals listed %s'%(o['query'],idx[f]))
if PRIOR:
    pq=set(); pe=set(); pn=set()
    for f in sorted(glob.glob(os.path.join(PRIOR,'train*.jsonl'))):
        if os.path.abspath(f)==os.path.abspath(FILE): continue
        for line in open(f,encoding='utf-8'):
            try: p=json.loads(line)
            except Exception: continue
            pq.add(str(p.get('query','')).lower())
            if p.get('expected'): pe.add(p['expected'])
            pn|=set(re.findall(r'\b\d{2,6}\b',str(p.get('notes',''))))
    for o in data:
        if o['query'].lower() in pq: errs.append('earlier query %r'%o['query'])
    for o in pos:
        if o['expected'] in pe: errs.append('earlier target %r'%o['expected'])
        m=re.search(r'\[SDN ent_num (\d+)\]',o['notes'])
        if m and m.group(1) in pn: errs.append('ent_num %s cited earlier'%m.group(1))
from collections import Counter
print('rows',len(data),'positives',len(pos),'negatives',len(neg),'distinct entities',len({o['notes'].rsplit('[',1)[1] for o in pos}))
for k,v in sorted(Counter(o['kind'] for o in data).items()): print(' ',k,v)
for e in errs: print('ERROR',e)
print('FAIL' if errs else 'PASS')
