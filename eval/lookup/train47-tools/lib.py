import csv, json, re, os, unicodedata, glob
from collections import Counter, defaultdict
D='/work/shared/data/'
LK='/work/main/eval/lookup/'
def rd(p):
    with open(D+p,encoding='utf-8',errors='replace') as f:
        return [[c.strip() for c in r] for r in csv.reader(f)]
SDN=[r for r in rd('ofac-sdn-2019/sdn.csv') if len(r)>3]
ALT=[r for r in rd('ofac-sdn-2019/alt.csv') if len(r)>3]
ADD=[r for r in rd('ofac-sdn-2019/add.csv') if len(r)>4]
def csl_names():
    out=[]
    with open(D+'csl-sample/csl.csv',encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if r.get('name'): out.append(r['name'])
            for a in (r.get('alt_names') or '').split(';'):
                if a.strip(): out.append(a.strip())
    return out
LEGAL=set('co company corp corporation inc ltd limited llc sa sarl gmbh ooo oao zao pjsc jsc pte ltda cia sas srl spa bv nv ag plc fze fzco fzc llp lp kg sal international group trading holding holdings de del la el los las al the and of for y e et des du le di da do in an'.split())
def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFKD',s) if not unicodedata.combining(c))
def full(s):
    s=strip_acc(s).lower().replace('&',' and ')
    s=re.sub(r"['`’‘]",'',s)
    s=re.sub(r'\b((?:\w\.){2,})',lambda m:m.group(1).replace('.',''),s)
    s=re.sub(r'[^\w]+',' ',s)
    return ' '.join(s.split())
def core(s):
    return ' '.join(w for w in full(s).split() if w not in LEGAL)
def keys(s):
    f=full(s); c=core(s)
    return {k for k in (f,f.replace(' ',''),c,c.replace(' ','')) if k}
def qkey(s): return ' '.join(s.lower().split())
def words(s): return set(core(s).split())
ENT={r[0]:r for r in SDN}
NAMECOUNT=Counter(r[1] for r in SDN)
ALIASES=defaultdict(list)
for r in ALT: ALIASES[r[0]].append(r[3])
ALLALIAS=set(r[3] for r in ALT)
ADDR=defaultdict(list)
for r in ADD: ADDR[r[0]].append(r[2:5])
def is_org(e): return ENT[e][2] in ('-0-','')
class Index:
    def __init__(s):
        s.k=defaultdict(set)
        for r in SDN:
            for n in [r[1]]+ALIASES[r[0]]:
                for k in keys(n): s.k[k].add(r[0])
        for n in csl_names():
            for k in keys(n): s.k[k].add('CSL')
        s.orgnames=[]
        for r in SDN:
            if is_org(r[0]):
                s.orgnames += [r[1]]+ALIASES[r[0]]
        s.wordsets=defaultdict(set)
        for r in SDN:
            for n in [r[1]]+ALIASES[r[0]]:
                s.wordsets[frozenset(words(n))].add(r[0])
        s.wordidx=defaultdict(list)
        for n in s.orgnames:
            for w in set(full(n).split()): s.wordidx[w].append(n)
    def hits(s,q): 
        out=set()
        for k in keys(q): out|=s.k.get(k,set())
        return out
def load_prior():
    qk=set(); fk=set(); uses=Counter(); rows=0
    uniq={r[1]:r[0] for r in SDN if NAMECOUNT[r[1]]==1}
    files=[LK+'validation.jsonl']+sorted(glob.glob(LK+'train*.jsonl'))
    for p in files:
        if os.path.basename(p)=='train47.jsonl': continue
        for line in open(p,encoding='utf-8'):
            line=line.strip()
            if not line: continue
            o=json.loads(line); rows+=1
            q=o.get('query') or ''
            qk.add(qkey(q)); fk.add(full(q))
            if o.get('expected'):
                ids=re.findall(r'ent_num (\d+)',o.get('notes') or '')
                if ids:
                    for i in set(ids): uses[i]+=1
                elif o['expected'] in uniq: uses[uniq[o['expected']]]+=1
    return qk,fk,uses,len(files),rows
