#!/usr/bin/env python3
"""Standalone validator for train13.jsonl. Usage: check.py [--prior DIR] [--file PATH]"""
import csv, json, re, sys, unicodedata, glob, os
args=sys.argv[1:]
FILE=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','train13.jsonl')
PRIOR=None
if '--file' in args: FILE=args[args.index('--file')+1]
if '--prior' in args: PRIOR=args[args.index('--prior')+1]
D='/work/shared/data'
KINDS={'case','legal_form','abbreviation','word_order','transliteration','translation','typo','punctuation','aka','partial',
 'parent_vs_subsidiary','script','messy','famous_unlisted','shares_one_word','near_miss','generic','person_as_company','city_country','brand_product'}
LF=set('ltd ltda limited sa s a sas s a s de cv c v sl srl llc inc co corp corporation company gmbh ag plc bv nv spa sarl eirl cia compania y the of and en c ci i lp ab oy as'.split())
def norm(s):
    s=unicodedata.normalize('NFKD',s); s=''.join(c for c in s if not unicodedata.combining(c)).lower()
    s=s.replace('&',' and ').replace("'",'').replace('\u2019','')
    s=re.sub(r'\b([a-z])\.(?=[a-z]\.)',r'\1',s); s=re.sub(r'[^\w]+',' ',s); return ' '.join(s.split())
def forms(s):
    n=norm(s); c=' '.join(t for t in n.split() if t not in LF)
    return {n,n.replace(' ',''),c,c.replace(' ','')}-{''}
sdn={}
for r in csv.reader(open(f'{D}/ofac-sdn-2019/sdn.csv',encoding='utf-8',errors='replace')):
    if len(r)>3: sdn[int(r[0])]=(r[1],r[2].strip())
alts={}
for r in csv.reader(open(f'{D}/ofac-sdn-2019/alt.csv',encoding='utf-8',errors='replace')):
    if len(r)>3: alts.setdefault(int(r[0]),[]).append(r[3])
csl=list(csv.DictReader(open(f'{D}/csl-sample/csl.csv',encoding='utf-8',errors='replace')))
cslnames={c['name'] for c in csl}
sdnnames={v[0] for v in sdn.values()}
idx={}
for e,(n,t) in sdn.items():
    for x in [n]+alts.get(e,[]):
        for f in forms(x): idx.setdefault(f,set()).add(('S',e))
for i,c in enumerate(csl,1):
    for x in [c['name']]+[a.strip() for a in (c.get('alt_names') or '').split(';') if a.strip()]:
        for f in forms(x): idx.setdefault(f,set()).add(('C',i))
err=[]
rows=[]
for ln,l in enumerate(open(FILE,encoding='utf-8'),1):
    if not l.strip(): continue
    try: r=json.loads(l)
    except Exception as ex: err.append(f'line {ln}: bad json'); continue
    rows.append((ln,r))
    if set(r)!={'query','expected','kind','notes'}: err.append(f'line {ln}: keys {sorted(r)}')
    if r.get('kind') not in KINDS: err.append(f'line {ln}: bad kind {r.get("kind")}')
qs=[r['query'] for _,r in rows]
for q in set(qs):
    if qs.count(q)>1: err.append(f'duplicate query {q!r}')
prior_q=set(); prior_e=set(); prior_n=set()
if PRIOR:
    for f in sorted(glob.glob(os.path.join(PRIOR,'train*.jsonl'))):
        if os.path.abspath(f)==os.path.abspath(FILE): continue
        for l in open(f,encoding='utf-8'):
            if not l.strip(): continue
            o=json.loads(l); prior_q.add(norm(o.get('query','')))
            if o.get('expected'): prior_e.add(o['expected'])
            prior_n.update(int(x) for x in re.findall(r'\[SDN ent_num (\d+)\]',o.get('notes') or ''))
pos=neg=0
for ln,r in rows:
    q,e,n=r.get('query',''),r.get('expected'),r.get('notes') or ''
    if PRIOR and norm(q) in prior_q: err.append(f'line {ln}: earlier query {q!r}')
    if e is not None:
        pos+=1
        if e not in sdnnames and e not in cslnames: err.append(f'line {ln}: expected not listed {e!r}')
        m=re.search(r'\[SDN ent_num (\d+)\]\s*$',n); mc=re.search(r'\[CSL row (\d+)\]\s*$',n)
        if m:
            en=int(m.group(1))
            if en not in sdn or sdn[en][0]!=e: err.append(f'line {ln}: tag {en} does not name {e!r}'); continue
            me=('S',en)
            if PRIOR and (en in prior_n or e in prior_e): err.append(f'line {ln}: target used before {e!r}')
        elif mc:
            cr=int(mc.group(1))
            if not (1<=cr<=len(csl)) or csl[cr-1]['name']!=e: err.append(f'line {ln}: CSL row {cr} does not name {e!r}'); continue
            me=('C',cr)
        else: err.append(f'line {ln}: positive without tag'); continue
        hits=set()
        for f in forms(q): hits|=idx.get(f,set())
        other=[h for h in hits if h!=me and h[0]=='S']
        if other: err.append(f'line {ln}: query {q!r} equals another record {other}')
    else:
        neg+=1
        hits=set()
        for f in forms(q): hits|=idx.get(f,set())
        if hits: err.append(f'line {ln}: negative {q!r} equals listed {sorted(hits)[:3]}')
for x in err: print('ERROR',x)
print(f'{len(rows)} rows, {pos} positives, {neg} negatives, prior={"yes" if PRIOR else "no"}')
print('FAIL' if err else 'PASS')
sys.exit(1 if err else 0)
