"""Build ../train27.jsonl. Prints only counts and dropped-candidate verdicts of MY rows (never earlier-set rows)."""
import collections, json, random, re, sys
from lib import *
from rows_pos import HAND
from rows_neg import NEG, COUNTS
SEED = 27
KINDS = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo', 'punctuation', 'aka',
         'partial', 'parent_vs_subsidiary', 'script', 'messy']
log = []
def drop(kind, q, why): log.append(f'DROP {kind}: {q!r} ({why})')

sdn = load_sdn(); alt = load_alt(); add = load_add(); csl = load_csl()
qs, pent, pname = load_prior(); PK = prior_keys(qs)
cnt = collections.Counter(r['name'] for r in sdn)
byname = {r['name']: r for r in sdn}
orgs = [r for r in sdn if r['type'] == '-0-' and cnt[r['name']] == 1]
def used(r): return pent.get(r['ent'], 0) + pname.get(r['name'], 0)
# key index over every SDN record name + alias (all types) and CSL
KEY = collections.defaultdict(set)
for r in sdn:
    for k in keys(r['name']): KEY[k].add(r['ent'])
    for t, a in alt.get(r['ent'], []):
        for k in keys(a): KEY[k].add(r['ent'])
CSLK = set()
for n in csl: CSLK |= keys(n)
orgnames = collections.defaultdict(list)   # ent -> [name + aliases] for orgs
for r in sdn:
    if r['type'] == '-0-':
        orgnames[r['ent']] = [r['name']] + [a for t, a in alt.get(r['ent'], [])]
ORGCORES = [(e, ' ' + core(n) + ' ') for e, ns in orgnames.items() for n in ns if core(n)]
def other_hit(q, ent, skip_ws=False):
    for k in keys(q):
        if skip_ws and k.startswith('WS:'): continue
        if KEY.get(k, set()) - {ent}: return 'other SDN record ' + str(sorted(KEY[k] - {ent})[:3])
        if k in CSLK: return 'CSL name'
    return None
def own_hit(q, ent):
    mine = set()
    for n in orgnames[ent]: mine |= {norm(n), nospace(n)}
    return norm(q) in mine or nospace(q) in mine
def family(ent):
    c = ' ' + core(byname_ent[ent]) + ' '
    if len(c.strip()) < 3: return True
    for e, oc in ORGCORES:
        if e == ent: continue
        if oc == c or oc in c or c in oc: return True
    return False
byname_ent = {r['ent']: r['name'] for r in sdn}
rows = []; used_ent = set(); used_q = set()
def ok_query(kind, q):
    if is_prior(q, PK): drop(kind, q, 'earlier-set query'); return False
    if norm(q) in used_q or q.lower() in used_q: drop(kind, q, 'duplicate in this set'); return False
    return True
def add_pos(kind, q, r, variant):
    used_ent.add(r['ent']); used_q.add(norm(q)); used_q.add(q.lower())
    rows.append(dict(query=q, expected=r['name'], kind=kind,
        notes=f"{kind}: {variant}; program {r['program']}; targeted by {used(r)} earlier-set row(s) [SDN ent_num {r['ent']}]"))

# ---- hand rows
hand_ents = set()
for kind, lst in HAND.items():
    for q, name, var in lst:
        if name in byname: hand_ents.add(byname[name]['ent'])
for kind, lst in HAND.items():
    n = 0
    for q, name, var in lst:
        if n == 12: break
        r = byname.get(name)
        if not r or cnt[name] != 1 or r['type'] != '-0-': drop(kind, q, 'target not a unique org name'); continue
        if r['ent'] in used_ent: drop(kind, q, 'entity already used in this set'); continue
        if used(r) > 1: drop(kind, q, f'target used {used(r)} times before'); continue
        if not ok_query(kind, q): continue
        if kind != 'script':
            h = other_hit(q, r['ent'], skip_ws=(kind == 'word_order'))
            if h: drop(kind, q, h); continue
            if own_hit(q, r['ent']): drop(kind, q, 'equals own name/alias after normalising'); continue
        if kind == 'partial':
            c = ' ' + core(q) + ' '
            hits = [e for e, oc in ORGCORES if e != r['ent'] and c in oc]
            if hits: drop(kind, q, f'words also part of other org {hits[:3]}'); continue
        add_pos(kind, q, r, var); n += 1
    print(f'hand {kind}: {n}')

# ---- generated rows
rng = random.Random(SEED)
pool = [r for r in orgs if used(r) <= 1 and r['ent'] not in hand_ents]
pool.sort(key=lambda r: (used(r), r['ent']))
once = [r for r in pool if used(r) == 1]; rng.shuffle(once)
zero = [r for r in pool if used(r) == 0]
pool = zero + once
LF = [(r'\bS\.A\. DE C\.V\.$', 'Sociedad Anonima de Capital Variable'), (r'\bS\.A\.S\.$', 'Sociedad por Acciones Simplificada'),
      (r'\bS\.A\.C\.$', 'Sociedad Anonima Cerrada'), (r'\bLTDA\.?$', 'Limitada'), (r'\bS\.A\.?$', 'Sociedad Anonima'),
      (r'\bS\.R\.L\.$', 'Sociedad de Responsabilidad Limitada'), (r'\bGMBH$', 'Gesellschaft mbH'), (r'\bL\.?L\.?C\.?$', 'Limited Liability Company'),
      (r'\bINC\.?$', 'Incorporated'), (r'\bCO\.?,? LTD\.?$', 'Company Limited'), (r'\bCOMPANY LIMITED$', 'Co. Ltd.'), (r'\bLIMITED$', 'Ltd'),
      (r'\bLTD\.?$', 'Limited'), (r'\bCORPORATION$', 'Corp.'), (r'\bCORP\.?$', 'Corporation'), (r'\bCOMPANY$', 'Co.'), (r'\bCO\.?$', 'Company'),
      (r'\bFZE$', 'Free Zone Establishment'), (r'\bFZCO$', 'Free Zone Company'), (r'\bS\.A\.L\.?$', 'SAL'), (r'\bE\.U\.$', 'Empresa Unipersonal'),
      (r'\bS\.C\.S\.$', 'Sociedad en Comandita Simple'), (r'\bPTE\.? LTD\.?$', 'Private Limited'), (r'\bB\.V\.$', 'Besloten Vennootschap'),
      (r'\bAG$', 'Aktiengesellschaft'), (r'\bPLC$', 'Public Limited Company'), (r'\bOOO$', 'Obshchestvo s Ogranichennoy Otvetstvennostyu')]
AB = {'INTERNATIONAL': 'Intl', 'COMPANY': 'Co', 'TRADING': 'Trdg', 'CORPORATION': 'Corp', 'LIMITED': 'Ltd', 'SHIPPING': 'Shpg',
      'INDUSTRIES': 'Inds', 'INDUSTRIAL': 'Indl', 'NATIONAL': 'Natl', 'ENGINEERING': 'Engg', 'GENERAL': 'Genl', 'INVESTMENT': 'Invt',
      'INVESTMENTS': 'Invts', 'DEVELOPMENT': 'Devt', 'MANAGEMENT': 'Mgmt', 'SERVICES': 'Svcs', 'ASSOCIATION': 'Assn', 'BROTHERS': 'Bros',
      'MANUFACTURING': 'Mfg', 'TECHNOLOGY': 'Tech', 'TECHNOLOGIES': 'Techs', 'INVERSIONES': 'Invs', 'COMERCIALIZADORA': 'Comercializ',
      'CONSTRUCTORA': 'Constr', 'INMOBILIARIA': 'Inmob', 'DISTRIBUIDORA': 'Distrib', 'ADMINISTRACION': 'Admon', 'AGROPECUARIA': 'Agrop',
      'GROUP': 'Grp', 'PETROCHEMICAL': 'Petchem', 'MARITIME': 'Mar', 'ENTERPRISE': 'Ent', 'ENTERPRISES': 'Ents', 'CONSTRUCTION': 'Constn',
      'EQUIPMENT': 'Eqpt', 'INSTITUTE': 'Inst', 'ORGANIZATION': 'Org', 'FOUNDATION': 'Fdn', 'HOLDING': 'Hldg', 'HOLDINGS': 'Hldgs',
      'IMPORT': 'Imp', 'EXPORT': 'Exp', 'COMERCIAL': 'Coml', 'COMMERCIAL': 'Coml', 'ELECTRONICS': 'Elec', 'INDUSTRY': 'Ind',
      'CONSULTING': 'Consltg', 'MARKETING': 'Mktg', 'TRANSPORT': 'Transp', 'TRANSPORTES': 'Transp', 'PRODUCTS': 'Prods', 'CHEMICAL': 'Chem',
      'MOUNTAIN': 'Mtn', 'SOCIEDAD': 'Soc', 'COMPANIA': 'Cia', 'AGRICOLA': 'Agric', 'GANADERIA': 'Ganad', 'INVERSIONES': 'Inv'}
KB = 'qwertyuiop asdfghjkl zxcvbnm'
def kb_neighbor(c, rnd):
    for row in KB.split():
        i = row.find(c.lower())
        if i >= 0:
            opts = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            x = rnd.choice(opts); return x.upper() if c.isupper() else x
    return c
def gen(kind, r, i):
    name = r['name']; rnd = random.Random(SEED * 1000 + r['ent'])
    if kind == 'case':
        m = i % 3
        if m == 0: q = name.lower(); v = 'all lower case'
        elif m == 1: q = name.title(); v = 'title case'
        else:
            w = name.split(); q = ' '.join([w[0]] + [x.lower() for x in w[1:]]); v = 'first word kept upper, rest lower'
        if q == name or len(name.split()) < 2 and m == 2: return None
        return q, v
    if kind == 'legal_form':
        for pat, rep in LF:
            m = re.search(pat, name)
            if m:
                q = (name[:m.start()].rstrip(' ,') + ' ' + rep).strip()
                if len(q.split()) <= len(rep.split()): return None
                return q.title() if i % 2 else q.upper(), f"legal form '{m.group(0)}' -> '{rep}'"
        return None
    if kind == 'abbreviation':
        w = name.split(); out = []; k = 0
        for x in w:
            y = x.strip(',.'); 
            if y in AB: out.append(AB[y]); k += 1
            else: out.append(x.title())
        if k < 2: return None
        return ' '.join(out), f'{k} words shortened'
    if kind == 'typo':
        w = name.split(); L = max(range(len(w)), key=lambda j: len(re.sub(r'\W', '', w[j])))
        x = w[L]
        if len(re.sub(r'\W', '', x)) < 6: return None
        letters = [j for j, c in enumerate(x) if c.isalpha()]
        p = rnd.choice(letters[1:-1])
        m = i % 4
        if m == 0: y = x[:p] + x[p + 1:]; v = f'deleted {x[p]!r}'
        elif m == 1: y = x[:p] + x[p] + x[p:]; v = f'doubled {x[p]!r}'
        elif m == 2:
            if x[p] == x[p + 1] or not x[p + 1].isalpha(): return None
            y = x[:p] + x[p + 1] + x[p] + x[p + 2:]; v = f'swapped {x[p]}{x[p+1]}'
        else: c = kb_neighbor(x[p], rnd); y = x[:p] + c + x[p + 1:]; v = f'{x[p]!r} -> neighbouring key {c!r}'
        if y == x: return None
        w[L] = y; return ' '.join(w), f'one edit in {x!r}: {v}'
    if kind == 'punctuation':
        if not re.search(r"[.,&'\-:()/]", name): return None
        q = name.replace('&', ' AND ')
        q = re.sub(r"[.,'():/]", '', q); q = q.replace('-', ' ') if i % 2 else q.replace('-', '')
        q = ' '.join(q.split())
        if q == name: return None
        return q, 'punctuation dropped' + (', & -> AND' if '&' in name else '') + (', hyphen handled' if '-' in name else '')
    if kind == 'aka':
        pw = set(norm(name).split())
        for t, a in alt.get(r['ent'], []):
            if t not in ('aka', 'fka'): continue
            new = [x for x in norm(a).split() if len(x) >= 3 and x not in pw and x not in LEGAL]
            if new: return a, f'alt.csv {t} alias (new word {new[0]!r})'
        return None
    if kind == 'parent_vs_subsidiary':
        cities = [re.sub(r'[\d\-]+', '', c).strip(' ,.') for c, k in add.get(r['ent'], []) if c and c != '-0-']
        cities = [re.sub(r'(\s+[A-Z]{2,3})+$', '', c).strip(' ,.') for c in cities]
        cities = [c for c in cities if c and len(c) >= 3 and not any(ch.isdigit() for ch in c)]
        if not cities: return None
        c = cities[0].title(); n = name.title() if i % 2 else name
        t = i % 5
        q = [f'{n} - {c} branch', f'{n} ({c} representative office)', f'{c} sales office of {n}', f'{n}, {c} subsidiary', f'{n} {c} depot'][t]
        return q, f'invented branch/office in add.csv city {c}'
    if kind == 'messy':
        c = name
        for _ in range(2):
            for pat, rep in LF:
                c2 = re.sub(r'[ ,]*' + pat, '', c)
                if c2 != c: c = c2; break
        c = ' '.join(re.sub(r"[^\w\s&]", ' ', c).lower().split())
        if len(c) < 4 or c == norm(name): return None
        c = c if i % 3 else c.title()
        T = ['is {} on any list?', 'quick check on {} before we wire', 'new vendor: {} - kyc pls', '{} ?? invoice came in today',
             'screen this one: {}', 'do we have a hit on {}', 'client says they are {}, ok?', 'looking up {} for onboarding',
             'any match for {} pls', 'need ofac check - {}', 'ok to ship to {}?', 'payee name "{}" check']
        return T[i % 12].format(c), f'chatter template {i % 12} around the name core (legal form dropped)'
GEN = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy']
fam_cache = {}
for kind in GEN:
    n = 0
    for r in pool:
        if n == 12: break
        if r['ent'] in used_ent: continue
        g = gen(kind, r, n)
        if not g: continue
        q, v = g
        if r['ent'] not in fam_cache: fam_cache[r['ent']] = family(r['ent'])
        if fam_cache[r['ent']]: continue
        if not ok_query(kind, q): continue
        if kind != 'messy':
            h = other_hit(q, r['ent'])
            if h: drop(kind, q, h); continue
        add_pos(kind, q, r, v); n += 1
    print(f'generated {kind}: {n}')

# ---- negatives
STOP = {'and', 'the', 'for', 'of', 'de', 'del', 'la', 'el', 'los', 'las', 'y', 'in', 'a', 'an', 'e', 'al', 'du', 'des', 'le', 'van', 'von'}
ORG_WORDS = collections.defaultdict(list)
for r in orgs + [r for r in sdn if r['type'] == '-0-' and cnt[r['name']] > 1]:
    for w in set(norm(r['name']).split()):
        if len(w) >= 3 and w not in LEGAL and w not in STOP: ORG_WORDS[w].append(r['name'])
for w in ORG_WORDS: ORG_WORDS[w] = sorted(set(ORG_WORDS[w]))
ONEWORD = {c.strip() for e, c in ORGCORES if len(c.split()) == 1 and len(c.strip()) >= 3}
MULTI = {c for e, c in ORGCORES if len(c.split()) >= 2}
IND_TOK = set()
for r in sdn:
    if r['type'] == 'individual':
        IND_TOK |= set(norm(r['name']).split())
        for t, a in alt.get(r['ent'], []): IND_TOK |= set(norm(a).split())
def neg_note(q):
    parts = []
    for w in dict.fromkeys(norm(q).split()):
        if w in ORG_WORDS:
            ex = ORG_WORDS[w]; parts.append(f"'{w}' {len(ex)} ({'; '.join(ex[:3])})")
    if not parts: return 'not listed; shares no word with a listed org'
    return 'not listed; shares a content word with listed orgs: ' + ', '.join(parts)
def neg_bad(kind, q):
    for k in keys(q):
        if k in KEY: return 'equals SDN name/alias ' + str(sorted(KEY[k])[:3])
        if k in CSLK: return 'equals CSL name'
    toks = norm(q).split()
    for t in toks:
        if t in ONEWORD: return f'token {t!r} is a one-word listed org core'
    c = ' ' + core(q) + ' '; n_ = ' ' + norm(q) + ' '
    for m in MULTI:
        if m in c or m in n_: return f'contains listed org core {m.strip()!r}'
    if kind == 'shares_one_word' and not any(w in ORG_WORDS for w in toks): return 'shares no word'
    if kind == 'person_as_company':
        for t in [x for x in toks[1:] if len(x) >= 3 and x not in LEGAL]:
            if t in IND_TOK: return f'name token {t!r} in an SDN individual'
    return None
def nonlatin(s): return any(ord(c) > 0x24F and c.isalpha() for c in s)
for kind, lst in NEG.items():
    need = COUNTS[kind]; n = 0; nl = 0
    for q in lst:
        if n == need: break
        if kind == 'famous_unlisted':
            if nonlatin(q) and nl >= 3: continue
            if not nonlatin(q) and (n - nl) >= need - 3: continue
        if not ok_query(kind, q): continue
        b = neg_bad(kind, q)
        if b: drop(kind, q, b); continue
        used_q.add(norm(q)); used_q.add(q.lower())
        rows.append(dict(query=q, expected=None, kind=kind, notes=neg_note(q))); n += 1
        if nonlatin(q): nl += 1
    print(f'negative {kind}: {n}/{need}' + (f' (non-Latin {nl})' if kind == 'famous_unlisted' else ''))
order = {k: i for i, k in enumerate(KINDS + list(COUNTS))}
rows.sort(key=lambda r: order[r['kind']])
with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('rows', len(rows), 'positives', sum(1 for r in rows if r['expected']), 'negatives', sum(1 for r in rows if not r['expected']))
print('\n'.join(log))
