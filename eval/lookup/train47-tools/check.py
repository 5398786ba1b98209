import json,sys,re
from collections import Counter
from common import *
from rows_neg import QUOTA
path=sys.argv[sys.argv.index('--file')+1] if '--file' in sys.argv else '../train47.jsonl'
ix=Index(); qk,fk,uses,nf,nr=load_prior()
rows=[json.loads(l) for l in open(path,encoding='utf-8') if l.strip()]
err=[]
pos=[r for r in rows if r.get('expected') is not None]; neg=[r for r in rows if r.get('expected') is None]
if len(rows)!=301: err.append(f'rows {len(rows)} != 301')
if len(pos)!=156: err.append(f'positives {len(pos)} != 156')
if len(neg)!=145: err.append(f'negatives {len(neg)} != 145')
kc=Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k]!=12: err.append(f'kind {k}: {kc[k]} != 12')
nc=Counter(r['kind'] for r in neg)
for k,q in QUOTA.items():
    if nc[k]!=q: err.append(f'category {k}: {nc[k]} != {q}')
k1=Counter(qkey(r['query']) for r in rows); k2=Counter(full(r['query']) for r in rows)
for r in rows:
    if set(r)!={'query','expected','kind','notes'}: err.append(f'keys {r["query"]!r}')
    if k1[qkey(r['query'])]>1: err.append(f'duplicate query key {r["query"]!r}')
    if k2[full(r['query'])]>1: err.append(f'duplicate fold {r["query"]!r}')
    if qkey(r['query']) in qk: err.append(f'earlier query key {r["query"]!r}')
    if full(r['query']) in fk and r['kind']!='script': err.append(f'earlier fold {r["query"]!r}')
ents=[]; sd=0; chinese=0
for r in pos:
    q,x,k=r['query'],r['expected'],r['kind']
    m=re.search(r'\[SDN ent_num (\d+)\]$',r['notes'])
    hits=[s for s in SDN if s[1]==x]
    if len(hits)!=1: err.append(f'expected not unique/absent {x!r}'); continue
    e=hits[0][0]; ents.append(e)
    if not m or m.group(1)!=e: err.append(f'ent_num mismatch {q!r}')
    if not is_org(e): err.append(f'not an org {x!r}')
    if x in ALLALIAS: err.append(f'name is also an alias {x!r}')
    if hits[0][3] in ('SDNT','SDNTK'): sd+=1
    if not r['notes'].startswith(k+':'): err.append(f'notes kind {q!r}')
    if f'program {hits[0][3]};' not in r['notes']: err.append(f'notes program {q!r}')
    if f'earlier-set uses {uses[e]};' not in r['notes']: err.append(f'notes uses {q!r}')
    if x not in r['notes']: err.append(f'notes target {q!r}')
    if q==x or (k!='case' and qkey(q)==qkey(x)): err.append(f'query equals target {q!r}')
    if k not in ('messy','script'):
        h=ix.hits(q)-{e}
        if h: err.append(f'{q!r} folds to other record(s) {sorted(h)[:3]}')
    if k=='aka' and q not in ALIASES[e]: err.append(f'aka not alias {q!r}')
    if k=='script':
        if not nonlatin(q): err.append(f'script row without non-Latin {q!r}')
        if any('\u4e00'<=c<='\u9fff' for c in q): chinese+=1
if len(set(ents))!=156: err.append(f'distinct entities {len(set(ents))} != 156')
if sd>0.4*156: err.append(f'SDNT/SDNTK {sd} > 40%')
if chinese<1: err.append('no Chinese script row')
for r in neg:
    q=r['query']
    if r['kind'] not in QUOTA: err.append(f'bad category {q!r}')
    if not r['notes'].startswith(f"not listed: {r['kind']};"): err.append(f'neg notes {q!r}')
    elif not ("listed org names/aliases" in r['notes'] or 'shares no word with a listed org' in r['notes']): err.append(f'neg notes lack shared-word info {q!r}')
    if r['kind']=='near_miss' and "reuses '" not in r['notes']: err.append(f'near_miss notes {q!r}')
    low=q.lower()
    if any(low==s[1].lower() for s in SDN) or any(low==a.lower() for a in ALLALIAS): err.append(f'negative equals listed name {q!r}')
    if ix.hits(q): err.append(f'negative folds to listed {q!r} {sorted(ix.hits(q))[:3]}')
    ws=frozenset(words(q))
    if ws and ws in ix.wordsets: err.append(f'negative word set equals listed {q!r}')
lv=Counter(uses[e] for e in ents)
print(f'file {path}; prior files {nf}, rows {nr}')
print(f'positives {len(pos)}, negatives {len(neg)}, distinct entities {len(set(ents))}, use levels {dict(lv)}, SDNT/SDNTK {sd} ({100*sd/156:.0f}%), Chinese script rows {chinese}')
print('kinds',dict(kc)); print('categories',dict(nc))
for e in err: print('ERROR',e)
print('PASS' if not err else f'FAIL ({len(err)} errors)')
