import csv, json, re, unicodedata, glob, os
D='/work/shared/data/'
def _rd(p):
    return [[c.strip() for c in r] for r in csv.reader(open(p,encoding='utf-8',errors='replace'))]
def load_sdn():
    rows=_rd(D+'ofac-sdn-2019/sdn.csv')
    return {int(r[0]):{'name':r[1],'type':r[2],'prog':r[3],'remarks':r[11] if len(r)>11 else ''} for r in rows if len(r)>3 and r[0].isdigit()}
def load_alt():
    out={}
    for r in _rd(D+'ofac-sdn-2019/alt.csv'):
        if len(r)>3 and r[0].isdigit(): out.setdefault(int(r[0]),[]).append(r[3])
    return out
def load_add():
    out={}
    for r in _rd(D+'ofac-sdn-2019/add.csv'):
        if len(r)>4 and r[0].isdigit(): out.setdefault(int(r[0]),[]).append((r[3],r[4]))
    return out
def load_csl():
    names=[]
    for r in csv.DictReader(open(D+'csl-sample/csl.csv',encoding='utf-8',errors='replace')):
        if r.get('name'): names.append(r['name'].strip())
        for a in (r.get('alt_names') or '').split(';'):
            if a.strip(): names.append(a.strip())
    return names
LEGAL=set('sa s a sas ltda ltd limited inc co corp corporation llc cv de rl sc srl sl gmbh ag plc company cia en c spr sapi bv nv oy ab asa as spa e u eu sucursal the y and pjsc ojsc jsc oao zao ooo pvt fze fzco'.split())
def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD',s) if not unicodedata.combining(c))
def norm(s):
    s=strip_acc(s).lower().replace('&',' and ')
    s=re.sub(r'\b((?:\w\.){2,})',lambda m:m.group(1).replace('.',''),s)
    s=re.sub(r"[^\w\s]|_",' ',s)
    return ' '.join(s.split())
def forms(s):
    n=norm(s); toks=n.split(); core=' '.join(t for t in toks if t not in LEGAL)
    fs={n,n.replace(' ','')}
    if core: fs|={core,core.replace(' ','')}
    return fs
def prior(dirp='/work/main/eval/lookup'):
    """returns (set of normalized prior queries, Counter ent_num->uses, set of prior expected names, big text of prior queries+notes normalized)"""
    from collections import Counter
    qs=set(); ents=Counter(); exps=set(); text=[]
    for p in sorted(glob.glob(dirp+'/train*.jsonl')):
        for line in open(p,encoding='utf-8'):
            line=line.strip()
            if not line: continue
            r=json.loads(line)
            q=r.get('query') or ''
            qs.add(norm(q)); text.append(norm(q)); text.append(norm(r.get('notes') or ''))
            if r.get('expected'): exps.add(r['expected'])
            for m in re.findall(r'ent_num (\d+)',r.get('notes') or ''): ents[int(m)]+=1
    return qs,ents,exps,' | '.join(text)
