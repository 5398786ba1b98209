import re
from lib import *
KINDS=['script','transliteration','translation','word_order','partial','aka','legal_form','abbreviation','punctuation','parent_vs_subsidiary','typo','case','messy']
FOLDCHK={'partial','translation','transliteration','word_order'}
def nonlatin(s): return any(c.isalpha() and ord(c)>0x24F for c in s)
def pos_problems(ix,kind,e,q,uses,qk,fk,seen_q,used_e,minlvl):
    r=ENT.get(e)
    if not r or not is_org(e) or NAMECOUNT[r[1]]!=1 or r[1] in ALLALIAS: return 'bad target'
    if uses[e]>minlvl: return 'above lowest level'
    if e in used_e: return 'entity already used'
    if qkey(q) in qk or (full(q) in fk and kind not in ('script',)) : return 'earlier query'
    if qkey(q) in seen_q: return 'in-set repeat'
    name=r[1]
    if kind=='case':
        if q==name: return 'equals name'
    elif qkey(q)==qkey(name): return 'equals name'
    own=set()
    for n in [name]+ALIASES[e]: own|=keys(n)
    if kind in FOLDCHK and keys(q)&own: return 'folds to own name/alias'
    if kind in ('typo','abbreviation') and (full(q)==full(name) or full(q).replace(' ','')==full(name).replace(' ','')): return 'equals own fold'
    if kind=='aka' and q not in ALIASES[e]: return 'not an alias'
    if kind not in ('messy','script'):
        h=ix.hits(q)-{e}
        if h: return 'folds to other record '+','.join(sorted(h))[:40]
    if kind=='partial':
        w=words(q)
        for n in ix.orgnames:
            if w and w<=words(n) and n not in [name]+ALIASES[e]: return 'partial subset of '+n
    if kind=='script' and not nonlatin(q): return 'no non-Latin letters'
    return None
def neg_problems(ix,cat,q,qk,fk,seen_q):
    if qkey(q) in qk or full(q) in fk: return 'earlier query'
    if qkey(q) in seen_q: return 'in-set repeat'
    if ix.hits(q): return 'listed: folds to '+','.join(sorted(ix.hits(q)))[:40]
    ws=frozenset(words(q))
    if ws and ws in ix.wordsets: return 'same word set as listed'
    return None
def shared_words(ix,q):
    out=[]
    for w in sorted(set(full(q).split())-LEGAL):
        ns=ix.wordidx.get(w,[])
        if ns: out.append(f"'{w}' in {len(ns)} listed org names/aliases (e.g. {'; '.join(ns[:3])})")
    return out
