#!/usr/bin/env python3
"""Standalone validator for train16.jsonl. Usage: check.py [--file PATH] [--prior DIR]
Checks format, kinds/counts, expected==SDN_Name of an organisation with matching [SDN ent_num N] tag,
positives not equal (normalised) to another record's name/alias, negatives not equal to any SDN/CSL name/alias,
no duplicate queries; with --prior: no earlier query reused, REUSED declared iff target used earlier."""
import csv, json, re, sys, unicodedata, glob
from collections import Counter, defaultdict
D='/work/shared/data/'
POS=['case','legal_form','abbreviation','word_order','transliteration','translation','typo','punctuation','aka','partial','parent_vs_subsidiary','script','messy']
NEG={'famous_unlisted':40,'shares_one_word':22,'near_miss':20,'generic':16,'person_as_company':16,'city_country':15,'brand_product':16}
LEGAL=set('sa s a sas ltda ltd limited inc co corp corporation llc cv de rl sc srl sl gmbh ag plc company cia en c spr sapi bv nv oy ab asa as spa e u eu sucursal the y and pjsc ojsc jsc oao zao ooo pvt fze fzco'.split())
def norm(s):
    s=''.join(c for c in unicodedata.normalize('NFKD',s) if not unicodedata.combining(c)).lower().replace('&',' and ')
    s=re.sub(r'\b((?:\w\.){2,})',lambda m:m.group(1).replace('.',''),s)
    return ' '.join(re.sub(r"[^\w\s]|_",' ',s).split())
def forms(s):
    n=norm(s); core=' '.join(t for t in n.split() if t not in LEGAL)
    f={n,n.replace(' ','')}
    if core: f|={core,core.replace(' ','')}
    return f
def rd(p): return [[c.strip() for c in r] for r in csv.reader(open(p,encoding='utf-8',errors='replace'))]
args=sys.argv[1:]
path=args[args.index('--file')+1] if '--file' in args else '/work/blind/lookup-train16/train16.jsonl'
prior=args[args.index('--prior')+1] if '--prior' in args else None
sdn={int(r[0]):(r[1],r[2]) for r in rd(D+'ofac-sdn-2019/sdn.csv') if len(r)>3 and r[0].isdigit()}
names=defaultdict(list)
for e,(n,t) in sdn.items(): names[e].append(n)
for r in rd(D+'ofac-sdn-2019/alt.csv'):
    if len(r)>3 and r[0].isdigit(): names[int(r[0])].append(r[3])
idx=defaultdict(set)
for e,ns in names.items():
    for n in ns:
        for f in forms(n): idx[f].add(e)
for r in csv.DictReader(open(D+'csl-sample/csl.csv',encoding='utf-8',errors='replace')):
    for n in [r.get('name') or '']+(r.get('alt_names') or '').split(';'):
        if n.strip():
            for f in forms(n.strip()): idx[f].add(-1)
sdn_names=set(n for n,t in sdn.values())
errs=[]; cnt=Counter(); seen=set(); reused=0
pq=set(); pents=set(); pexp=set()
if prior:
    for p in sorted(glob.glob(prior+'/train*.jsonl')):
        if 'train16' in p: continue
        for l in open(p,encoding='utf-8'):
            if not l.strip(): continue
            r=json.loads(l); pq.add(norm(r.get('query') or ''))
            if r.get('expected'):
                pexp.add(r['expected'])
                for m in re.findall(r'ent_num (\d+)',r.get('notes') or ''): pents.add(int(m))
rows=[l for l in open(path,encoding='utf-8') if l.strip()]
for i,l in enumerate(rows,1):
    try: r=json.loads(l)
    except Exception as ex: errs.append(f'line {i}: bad JSON'); continue
    if set(r)!={'query','expected','kind','notes'}: errs.append(f'line {i}: keys {sorted(r)}'); continue
    q,x,k,n=r['query'],r['expected'],r['kind'],r['notes']
    if not isinstance(q,str) or not q.strip() or not isinstance(n,str): errs.append(f'line {i}: empty query/notes'); continue
    cnt[k]+=1
    if norm(q) in seen: errs.append(f'line {i}: duplicate query {q!r}')
    seen.add(norm(q))
    if prior and norm(q) in pq: errs.append(f'line {i}: earlier query {q!r}')
    if k in POS:
        m=re.search(r'\[SDN ent_num (\d+)\]$',n)
        if x is None or x not in sdn_names: errs.append(f'line {i}: expected not an SDN_Name: {x!r}'); continue
        if not m: errs.append(f'line {i}: note lacks trailing [SDN ent_num N]'); continue
        e=int(m.group(1))
        if e not in sdn: errs.append(f'line {i}: unknown ent_num {e}'); continue
        if sdn[e][0]!=x: errs.append(f'line {i}: ent_num {e} name {sdn[e][0]!r} != expected {x!r}')
        if sdn[e][1]!='-0-': errs.append(f'line {i}: ent_num {e} is not an organisation ({sdn[e][1]})')
        other=set().union(*[idx.get(f,set()) for f in forms(q)])-{e}
        if other: errs.append(f'line {i}: positive {q!r} equals name/alias of other record(s) {sorted(other)[:5]}')
        if prior:
            used=e in pents or x in pexp; decl='REUSED' in n
            if used and not decl: errs.append(f'line {i}: target {e} used earlier but REUSED not declared')
            if decl and not used: errs.append(f'line {i}: REUSED declared falsely for {e}')
            reused+=used
    elif k in NEG:
        if x is not None: errs.append(f'line {i}: negative with expected {x!r}')
        h=set().union(*[idx.get(f,set()) for f in forms(q)])
        if h: errs.append(f'line {i}: negative {q!r} equals listed name/alias {sorted(h)[:5]}')
    else: errs.append(f'line {i}: bad kind {k!r}')
for k in POS:
    if cnt[k]!=12: errs.append(f'kind {k}: {cnt[k]} rows, want 12')
for k,v in NEG.items():
    if cnt[k]!=v: errs.append(f'kind {k}: {cnt[k]} rows, want {v}')
if len(rows)!=301: errs.append(f'{len(rows)} rows, want 301')
for k in POS+list(NEG): print(f'{k:22s}{cnt[k]:4d}')
print('positives',sum(cnt[k] for k in POS),'negatives',sum(cnt[k] for k in NEG),'total',len(rows))
if prior: print('targets used in earlier sets:',reused)
for e in errs: print('ERROR',e)
print('FAIL' if errs else 'PASS'); sys.exit(1 if errs else 0)
