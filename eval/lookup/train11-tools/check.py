#!/usr/bin/env python3
"""Standalone validator for train11.jsonl. Reads only the shared data files, train11.jsonl and
(with --prior DIR) train.jsonl..train10.jsonl in DIR. Prints PASS or FAIL."""
import csv, json, re, sys, os, unicodedata, argparse
D='/work/shared/data'
ap=argparse.ArgumentParser()
ap.add_argument('--file',default=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','train11.jsonl'))
ap.add_argument('--prior',default=None)
a=ap.parse_args()
def cl(x): x=(x or '').strip(); return '' if x=='-0-' else x
sdn={}
for r in csv.reader(open(f'{D}/ofac-sdn-2019/sdn.csv',encoding='utf-8',errors='replace')):
    if len(r)>=3: sdn[int(r[0])]=(r[1],cl(r[2]))
alt={}
for r in csv.reader(open(f'{D}/ofac-sdn-2019/alt.csv',encoding='utf-8',errors='replace')):
    if len(r)>=4: alt.setdefault(int(r[0]),[]).append(r[3])
csl=list(csv.DictReader(open(f'{D}/csl-sample/csl.csv',encoding='utf-8',errors='replace')))
LEGAL=set('s a sa ltd limited llc inc co corp corporation company cia ltda sas de cv sl srl gmbh ag ooo zao oao ao pao fze fzc fzco llp plc bv nv the of and trading holding holdings group jsc cjsc pjsc kg spa sarl y e en rl'.split())
def norm(s):
    s=unicodedata.normalize('NFKD',s); s=''.join(c for c in s if not unicodedata.combining(c)).lower()
    s=s.replace('&',' and ').replace("'",'').replace('\u2019','')
    s=re.sub(r'\b([a-z])\.',r'\1',s); s=re.sub(r'[^\w]+',' ',s); return ' '.join(s.split())
def forms(s):
    n=norm(s); st=' '.join(t for t in n.split() if t not in LEGAL)
    f={n,st,n.replace(' ',''),st.replace(' ','')}; f.discard(''); return f
idx={}
for e,(n,t) in sdn.items():
    for x in [n]+alt.get(e,[]):
        for f in forms(x): idx.setdefault(f,set()).add(('SDN',e))
for i,r in enumerate(csl,1):
    for x in [r['name']]+[y for y in (r.get('alt_names') or '').split(';') if y.strip()]:
        for f in forms(x): idx.setdefault(f,set()).add(('CSL',i))
sdn_names={n for n,t in sdn.values()}; csl_names={r['name'] for r in csl}
KINDS={'case','legal_form','abbreviation','word_order','transliteration','translation','typo','punctuation','aka','partial',
 'parent_vs_subsidiary','script','messy','famous_unlisted','shares_one_word','near_miss','generic','person_as_company','city_country','brand_product'}
errors=[]
rows=[]
for i,line in enumerate(open(a.file,encoding='utf-8'),1):
    line=line.strip()
    if not line: continue
    try: o=json.loads(line)
    except Exception as ex: errors.append(f'line {i}: bad json'); continue
    if set(o)!={'query','expected','kind','notes'}: errors.append(f'line {i}: keys {sorted(o)}')
    rows.append((i,o))
seen=set()
for i,o in rows:
    q=o.get('query'); ex=o.get('expected'); k=o.get('kind'); n=o.get('notes') or ''
    if not isinstance(q,str) or not q.strip(): errors.append(f'line {i}: empty query')
    if q in seen: errors.append(f'line {i}: duplicate query {q!r}')
    seen.add(q)
    if k not in KINDS: errors.append(f'line {i}: bad kind {k}')
    if ex is None:
        if k in KINDS and k in {'case','legal_form','abbreviation','word_order','transliteration','translation','typo','punctuation','aka','partial','parent_vs_subsidiary','script','messy'}:
            errors.append(f'line {i}: positive kind with null expected')
        for f in forms(q):
            if f in idx: errors.append(f'line {i}: negative {q!r} equals listed name/alias form {f!r} {sorted(idx[f])[:3]}')
        continue
    if ex not in sdn_names and ex not in csl_names: errors.append(f'line {i}: expected {ex!r} not found exactly in sdn.csv/csl.csv')
    m=re.search(r'\[SDN ent_num (\d+)\]$',n); mc=re.search(r'\[CSL row (\d+)\]$',n)
    if m:
        e=int(m.group(1)); rid=('SDN',e)
        if e not in sdn: errors.append(f'line {i}: unknown ent_num {e}'); continue
        if sdn[e][0]!=ex: errors.append(f'line {i}: expected {ex!r} != SDN_Name {sdn[e][0]!r}')
        if sdn[e][1]: errors.append(f'line {i}: ent_num {e} is not an organisation ({sdn[e][1]})')
    elif mc:
        r=int(mc.group(1)); rid=('CSL',r)
        if r<1 or r>len(csl) or csl[r-1]['name']!=ex: errors.append(f'line {i}: CSL row {r} name mismatch')
    else:
        errors.append(f'line {i}: positive without [SDN ent_num N] tag'); continue
    for f in forms(q):
        other=idx.get(f,set())-{rid}
        if other: errors.append(f'line {i}: positive {q!r} form {f!r} equals another record {sorted(other)[:3]}')
if a.prior:
    pq=set(); pqlow=set(); pe=set(); pn=set(); pc=set()
    for fn in sorted(os.listdir(a.prior)):
        if not re.fullmatch(r'train\d*\.jsonl',fn) or fn=='train11.jsonl': continue
        for line in open(os.path.join(a.prior,fn),encoding='utf-8'):
            line=line.strip()
            if not line: continue
            o=json.loads(line); pq.add(o['query']); pqlow.add(o['query'].lower().strip())
            if o.get('expected'): pe.add(o['expected'])
            nt=o.get('notes') or ''
            pn.update(int(x) for x in re.findall(r'\b\d{2,6}\b',nt))
            pc.update(int(x) for x in re.findall(r'CSL (?:data )?row (\d+)',nt))
    for i,o in rows:
        if o['query'].lower().strip() in pqlow: errors.append(f'line {i}: query used in an earlier set: {o["query"]!r}')
        if o['expected']:
            if o['expected'] in pe: errors.append(f'line {i}: target already an earlier expected: {o["expected"]!r}')
            m=re.search(r'\[SDN ent_num (\d+)\]$',o['notes'])
            if m and int(m.group(1)) in pn: errors.append(f'line {i}: ent_num {m.group(1)} cited in an earlier set')
            mc=re.search(r'\[CSL row (\d+)\]$',o['notes'])
            if mc and int(mc.group(1)) in pc: errors.append(f'line {i}: CSL row cited earlier')
from collections import Counter
c=Counter(o['kind'] for _,o in rows)
print('rows',len(rows),'positives',sum(1 for _,o in rows if o['expected']),'negatives',sum(1 for _,o in rows if not o['expected']))
print(dict(sorted(c.items())))
for e in errors: print('ERROR',e)
print('PASS' if not errors else f'FAIL ({len(errors)} errors)')
sys.exit(1 if errors else 0)
