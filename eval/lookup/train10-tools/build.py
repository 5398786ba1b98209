# builds ../train10.jsonl from rows_pos.py / rows_neg.py and checks it
import json, re, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from rows_pos import POS
from rows_neg import NEG
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'train10.jsonl')
S=lib.load_sdn(); A=lib.load_alt(); CSL=lib.load_csl(); COM=lib.load_comments(); P=lib.prior()
STOP=lib.LEGAL|set('international global trading services service company industries industry bank foundation group holdings national new general first united de la del el los las y e di da do des du le al co'.split())
# every listed string: (key, type, string)
REC=[]
for e,r in S.items():
    REC.append((e, r['type'] or 'org', r['name']))
    for t,a in A.get(e,[]): REC.append((e, r['type'] or 'org', a))
for i,r in CSL.items():
    REC.append(('CSL%d'%i,'csl',r['name'].strip()))
    for a in (r['alt_names'] or '').split(';'):
        if a.strip(): REC.append(('CSL%d'%i,'csl',a.strip()))
FORMS=collections.defaultdict(set)
for k,t,n in REC:
    for f in lib.forms(n): FORMS[f].add(k)
ORGTOK=[(k,n,set(lib.norm(n).split())) for k,t,n in REC if t in ('org','csl')]
notes_norm=' || '.join(lib.norm(x) for x in P['notes'])
err=[]; warn=[]; review=[]; rows=[]
seen=set()
for q,ent,kind,note in POS:
    r=S.get(ent)
    if not r: err.append(f'POS unknown ent {ent}'); continue
    if r['type']: err.append(f'POS {ent} not an organisation')
    if ent in P['nums']: err.append(f'POS {ent} number cited in earlier set')
    if r['name'] in P['expected']: err.append(f'POS {ent} expected used before')
    if q.lower().strip() in P['queries']: err.append(f'POS query used before: {q}')
    if q in seen: err.append(f'duplicate query {q}')
    seen.add(q)
    for f in lib.forms(q):
        others={k for k in FORMS.get(f,()) if k!=ent}
        if others: err.append(f'POS {q!r} form {f!r} equals listed string of {others}')
    for n in [r['name']]+[a for t,a in A.get(ent,[])]:
        nn=lib.norm(n)
        if len(nn)>=8 and re.search(r'\b'+re.escape(nn)+r'\b', notes_norm): warn.append(f'HOOK {ent} {n!r} occurs in an earlier note/query')
    toks={t for t in lib.norm(q).split() if t not in STOP and len(t)>1}
    if toks:
        hits=sorted({(k,n) for k,n,ts in ORGTOK if k!=ent and toks<=ts})
        if hits: review.append(f'POS {q!r} [{ent}] other orgs holding all words: '+' ; '.join(f'{k}:{n}' for k,n in hits[:6]))
    rows.append({"query":q,"expected":r['name'],"kind":kind,"notes":f"{note} [SDN ent_num {ent}]"})
remarks_all=' '.join(r['remarks'] for r in S.values())+' '+' '.join(COM.values())
for q,kind,note in NEG:
    if q.lower().strip() in P['queries']: err.append(f'NEG query used before: {q}')
    if q in seen: err.append(f'duplicate query {q}')
    seen.add(q)
    for f in lib.forms(q):
        if f in FORMS: err.append(f'NEG {q!r} form {f!r} equals listed string of {FORMS[f]}')
    if re.search(r"a\.k\.a\. '"+re.escape(q.upper())+"'", remarks_all.upper()): err.append(f'NEG {q!r} is a quoted a.k.a. in remarks')
    toks=[t for t in lib.norm(q).split() if t not in STOP and len(t)>2]
    parts=[]
    for t in toks:
        hs=sorted({n for k,n,ts in ORGTOK if t in ts})
        if hs: parts.append(f"word '{t}' occurs in {len(hs)} listed org name(s)/alias(es), e.g. {hs[0]}")
    wc='; '.join(parts) if parts else 'no listed organisation name or alias shares a distinctive word'
    # containment review
    qn=' '+lib.norm(q)+' '
    for k,t,n in REC:
        nn=lib.norm(n)
        if len(nn)>=4 and (' '+nn+' ' in qn or (len(qn.strip())>=5 and qn in ' '+nn+' ')):
            review.append(f'NEG {q!r} contains/inside listed {k}:{n}')
    if kind=='person_as_company':
        qt={t for t in lib.norm(q).split() if t not in STOP and t not in ('stiftung','ventures','investments','holding','foundation')}
        for k,t,n in REC:
            if t=='individual' or t=='csl':
                sh=qt & set(lib.norm(n).split())
                if len(sh)>=2: err.append(f'PERSON {q!r} shares {sh} with {k}:{n}')
    rows.append({"query":q,"expected":None,"kind":kind,"notes":f"{note}; {wc}; not a listed name or alias"})
with open(OUT,'w',encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
with open(os.path.join(os.path.dirname(OUT),'train10-tools','review.txt'),'w') as f:
    f.write('\n'.join(review)+'\n')
for w in warn: print('WARN',w)
for e in err: print('ERROR',e)
print(len(rows),'rows;',sum(1 for r in rows if r['expected']),'positives;',len(err),'errors;',len(warn),'warnings;',len(review),'review lines')
print(collections.Counter(r['kind'] for r in rows))
