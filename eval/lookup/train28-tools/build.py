import json, random, re, sys
from collections import Counter
from lib import *
from rows_pos import HAND
from rows_neg import NEG, COUNTS
random.seed(28)
sdn = load_sdn(); alt = load_alt(); add = load_add(); qs, ents, names = load_prior(); K = listed_keys()
cnt = Counter(n for e,n,t,p in sdn)
byent = {e:(n,p) for e,n,t,p in sdn if t == '-0-' and cnt[n] == 1}
use = {e: ents.get(e,0) + names.get(n,0) for e,(n,p) in byent.items()}
aliases = {}
for e,n in alt: aliases.setdefault(e, []).append(n)
log = open('build_output.txt','w')
def drop(why, q): log.write(f'DROP {why}: {q}\n')
seen_q, used_e, rows = set(), set(), []
def qnew(q):
    a, b = ' '.join(q.lower().split()), fold(q)
    if a in qs or b in qs: return 'earlier query'
    if a in seen_q or b in seen_q: return 'duplicate'
    return None
def other_hit(q, e):
    return any(x != e for k in keys(q) for x in K.get(k, ()))
def family(e):
    n = byent[e][0]
    return any(x != e for k in keys(n) for x in K.get(k, ()))
def add_pos(e, q, kind, variant, skip_other=True, own_ok=True):
    if e in used_e or e not in byent: drop('entity used/invalid', q); return False
    if use[e] > 1: drop('entity used >1', q); return False
    w = qnew(q)
    if w: drop(w, q); return False
    if skip_other and other_hit(q, e): drop('hits other record', q); return False
    if not own_ok and keys(q) & set().union(*[keys(a) for a in [byent[e][0]] + aliases.get(e, [])]): drop('equals own name/alias', q); return False
    n, p = byent[e]
    rows.append({'query': q, 'expected': n, 'kind': kind, 'notes': f'{kind}: {variant}; program {p}; earlier-set rows targeting entity: {use[e]} [SDN ent_num {e}]'})
    seen_q.update({' '.join(q.lower().split()), fold(q)}); used_e.add(e); return True
for kind in ['script', 'word_order', 'transliteration', 'translation', 'partial']:
    got = 0
    for e, q, v in HAND[kind]:
        if got == 12: break
        if kind == 'partial' and any(x != e for x in K.get(fold(q), ())): drop('partial core is other record', q); continue
        if add_pos(e, q, kind, v, skip_other=(kind != 'script'), own_ok=(kind == 'script')): got += 1
    print(kind, got)
LF = [(r'\bS\.A\. DE C\.V\.', 'SOCIEDAD ANONIMA DE CAPITAL VARIABLE'), (r'\bLTDA\.', 'LIMITADA'), (r'\bS\.A\.$', 'SOCIEDAD ANONIMA'), (r'\bLTD\.?$', 'LIMITED'), (r'\bLIMITED$', 'LTD'), (r'\bCO\.', 'COMPANY'), (r'\bCOMPANY\b', 'CO.'), (r'\bCORPORATION\b', 'CORP.'), (r'\bLLC\b', 'LIMITED LIABILITY COMPANY'), (r'\bGMBH\b', 'GESELLSCHAFT MIT BESCHRANKTER HAFTUNG'), (r'\bINC\.', 'INCORPORATED'), (r'\bS\.R\.L\.', 'SOCIETA A RESPONSABILITA LIMITATA')]
AB = {'INTERNATIONAL':'INTL','CORPORATION':'CORP','TRADING':'TRDG','INDUSTRIES':'INDS','INDUSTRIAL':'INDL','GROUP':'GRP','SERVICES':'SVCS','DEVELOPMENT':'DEVT','INVESTMENT':'INVT','INVESTMENTS':'INVTS','MANAGEMENT':'MGMT','ENGINEERING':'ENGG','SHIPPING':'SHPG','EQUIPMENT':'EQPT','TECHNOLOGY':'TECH','ELECTRONICS':'ELECS','MANUFACTURING':'MFG','CONSTRUCTION':'CONSTR','INVERSIONES':'INVS','COMERCIAL':'COML','DISTRIBUIDORA':'DISTRIB','LIMITED':'LTD','ASSOCIATION':'ASSN','ORGANIZATION':'ORG','DEPARTMENT':'DEPT','NATIONAL':'NATL','BROTHERS':'BROS','COMPANY':'CO','PETROCHEMICAL':'PETCHEM','INDUSTRY':'IND','INSTITUTE':'INST','EXCHANGE':'EXCH','INTERNACIONAL':'INTL','COMMERCIAL':'COML','TRANSPORT':'TRANSP','TRANSPORTES':'TRANSP','MINING':'MNG','GENERAL':'GENL','ESTABLISHMENT':'ESTAB'}
KB = 'qwertyuiop asdfghjkl zxcvbnm'.split()
def nb(c):
    for r in KB:
        i = r.find(c.lower())
        if i >= 0: return r[i-1] if i > 0 else r[i+1]
    return c
def core(n):
    w = re.sub(r'[.,]', ' ', n).split()
    while w and fold(w[-1]) in LEGAL | {'sa','ltda','cv','de','ooo','zao','oao','pao','ao','llc','fze','sarl','gmbh'}: w.pop()
    return ' '.join(w)
def gen(kind, e, i):
    n = byent[e][0]
    if kind == 'case':
        w = n.split()
        return [n.lower(), n.title(), w[0] + ' ' + ' '.join(w[1:]).lower() if len(w) > 1 else None][i % 3], 'case changed'
    if kind == 'legal_form':
        for pat, rep in LF:
            if re.search(pat, n): return re.sub(pat, rep, n, count=1), f'legal form {pat} -> {rep}'
        return None, ''
    if kind == 'abbreviation':
        w = n.split(); k = 0
        for j, x in enumerate(w):
            y = x.strip(',.')
            if y in AB: w[j] = x.replace(y, AB[y]); k += 1
        return (' '.join(w).title(), f'{k} words shortened') if k >= 2 else (None, '')
    if kind == 'typo':
        w = n.split(); j = max(range(len(w)), key=lambda t: len(w[t])); x = w[j]
        if len(x) < 6 or not x.isalpha(): return None, ''
        p = random.randrange(1, len(x) - 1); m = i % 4
        y = [x[:p] + x[p+1:], x[:p] + x[p] + x[p:], x[:p] + x[p+1] + x[p] + x[p+2:], x[:p] + nb(x[p]).upper() + x[p+1:]][m]
        w[j] = y; return ' '.join(w), ['deletion','doubling','swap','neighbouring key'][m] + f' in {x}'
    if kind == 'punctuation':
        if not re.search(r"[.,()'\"\-&/]", n): return None, ''
        q = ' '.join(re.sub(r"[.,()'\"]", '', n).replace('-', ' ').replace('/', ' ').split())
        return q, 'punctuation dropped'
    if kind == 'aka':
        for a in aliases.get(e, []):
            extra = [x for x in fold(a).split() if len(x) >= 3 and x not in fold(n).split()]
            if extra and len(a) > 3: return a, f'alt.csv alias, extra word {extra[0]}'
        return None, ''
    if kind == 'parent_vs_subsidiary':
        if e not in add: return None, ''
        city = re.sub(r'[\d\-]+', '', add[e][0]).split(',')[0].strip().title()
        if not city or len(city) < 3: return None, ''
        c = core(n).title()
        t = [f'{c} - {city} branch', f'{city} liaison office of {c}', f'{c} ({city} warehouse)', f'{c} {city} subsidiary', f'{c}, {city} service centre'][i % 5]
        return t, f'invented office in add.csv city {city}'
    if kind == 'messy':
        c = core(n).lower()
        if len(c) < 4: return None, ''
        t = ['can someone screen {} asap', 'invoice from {} - is this ok to pay?', 'bene: {} (pls verify)', 'onboarding {} tomorrow, any hits?', 'is "{}" clean?', 'fyi supplier {} changed bank details', 're: {} contract renewal - sanctions ok?', 'compliance q - {}', 'pls run {} thru the list', 'wire to {} pending approval', 'hi team, {} wants a quote', 'counterparty: {} / urgent'][i % 12]
        return t.format(c), 'chatter around name, legal form cut'
pool = sorted(e for e in byent if use[e] <= 1 and e not in used_e)
random.shuffle(pool); pool.sort(key=lambda e: use[e])
for i, kind in enumerate(['aka', 'legal_form', 'abbreviation', 'parent_vs_subsidiary', 'punctuation', 'typo', 'messy', 'case']):
    got = 0
    for e in pool:
        if got == 12: break
        if e in used_e or family(e): continue
        q, v = gen(kind, e, got)
        if not q or fold(q) == fold(byent[e][0]) and kind not in ('case', 'punctuation'): continue
        if q == byent[e][0]: continue
        if kind == 'aka' and any(x != e for k in keys(q) for x in K.get(k, ())): continue
        if add_pos(e, q, kind, v, skip_other=(kind != 'messy')): got += 1
    print(kind, got)
# negatives
lat = lambda s: all(ord(c) < 0x250 for c in s)
cores = {}
for e,(n,p) in byent.items():
    c = fold(core(n))
    if c: cores[c] = e
allw = Counter(w for e,(n,p) in byent.items() for w in set(fold(n).split()) if w not in LEGAL and len(w) >= 3)
exw = {}
for e,(n,p) in byent.items():
    for w in set(fold(n).split()):
        if w in allw: exw.setdefault(w, []).append(n)
indiv_tok = set()
for e,n,t,p in sdn:
    if t.strip('" ') == 'individual': indiv_tok |= set(fold(n).split())
for kind, N in COUNTS.items():
    got = 0; nonlat = 0
    for q in NEG[kind]:
        if got == N: break
        if kind == 'famous_unlisted':
            if lat(q) and got - nonlat >= N - 3: continue
            if not lat(q) and nonlat >= 3: continue
        w = qnew(q)
        if w: drop(w, q); continue
        if any(k in K for k in keys(q)) or fold(q) in K: drop('listed', q); continue
        if ' '.join(sorted(fold(q).split())) in {' '.join(sorted(k.split())) for k in keys(q)} & set(): pass
        toks = fold(q).split()
        if any(t in cores for t in toks) or any(len(c.split()) > 1 and f' {c} ' in f' {fold(q)} ' for c in cores if len(c) > 8 and c in fold(q)):
            drop('contains org core', q); continue
        shared = [t for t in toks if t in allw]
        if kind == 'shares_one_word' and not shared: drop('shares no word', q); continue
        if kind == 'person_as_company' and any(t in indiv_tok for t in toks[1:] if len(t) >= 3): drop('individual token', q); continue
        note = 'not listed; ' + ('; '.join(f'shares "{t}" with {allw[t]} listed orgs e.g. ' + ', '.join(exw[t][:3]) for t in shared) if shared else 'shares no word with a listed org')
        rows.append({'query': q, 'expected': None, 'kind': kind, 'notes': note})
        seen_q.update({' '.join(q.lower().split()), fold(q)}); got += 1
        if not lat(q): nonlat += 1
    print(kind, got)
with open('../train28.jsonl', 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('rows', len(rows), 'target use', Counter(use[int(re.search(r'ent_num (\d+)', r['notes']).group(1))] for r in rows if r['expected']))
