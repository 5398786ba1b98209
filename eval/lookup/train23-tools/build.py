"""Build ../train23.jsonl from rows_pos.py, rows_neg.py and generated rows. Prints only counts and dropped candidates."""
import json, random, re, sys
from lib import *
from rows_pos import HAND
from rows_neg import NEG

sdn, alt, add = load_sdn()
csl = load_csl_names()
fq, nq, uses, exp, nfiles = prior_info()
namecnt = {}
for n, r in sdn.items(): namecnt[r['name']] = namecnt.get(r['name'], 0) + 1
def used(n): return uses.get(n, 0) + exp.get(sdn[n]['name'], 0)

# key -> set of ent_nums (None for CSL)
KEY = {}
WS = {}
def addkey(s, n):
    for k in keys(s): KEY.setdefault(k, set()).add(n)
    w = wordset(s)
    if w: WS.setdefault(w, set()).add(n)
for n, r in sdn.items():
    addkey(r['name'], n)
    for t, a in alt.get(n, []): addkey(a, n)
for c in csl: addkey(c, -1)
ORG_CORES = {}
for n, r in sdn.items():
    if r['type'] is None:
        for s in [r['name']] + [a for t, a in alt.get(n, [])]:
            c = core(s)
            if c: ORG_CORES.setdefault(c, set()).add(n)
IND_TOK = set()
for n, r in sdn.items():
    if r['type'] == 'individual':
        IND_TOK |= set(norm(r['name']).split())
        for t, a in alt.get(n, []): IND_TOK |= set(norm(a).split())

STOP = LEGAL | set('for in on at to a an al el la le del des di da du von van ii'.split())
def content(s): return [w for w in core(s).split() if w not in STOP and len(w) > 2 and not w.isdigit()]
ORG_WORDS = {}
for n, r in sdn.items():
    if r['type'] is None:
        for w in set(content(r['name'])): ORG_WORDS.setdefault(w, []).append(r['name'])

seen_q = set()
dropped = []
def new_query(q):
    f = fold(q); nn = norm(q)
    if f in fq or nn in nq or nn.replace(' ', '') in nq: return 'earlier query'
    if f in seen_q or nn in seen_q: return 'duplicate'
    return None
def other_hit(q, n):
    hits = set()
    for k in keys(q): hits |= KEY.get(k, set())
    hits |= WS.get(wordset(q), set())
    return hits - {n}
def listed_hit(q):
    hits = set()
    for k in keys(q): hits |= KEY.get(k, set())
    hits |= WS.get(wordset(q), set())
    if hits: return 'equals listed name/alias %s' % sorted(hits)[:3]
    c = ' ' + core(q) + ' '
    for w in core(q).split():
        if len(w) > 2 and w in ORG_CORES: return 'token is a one-word listed core: ' + w
    for oc in ORG_CORES:
        if ' ' in oc and (' ' + oc + ' ') in c: return 'contains listed core: ' + oc
    return None

rows = []
used_ent = set()
def take_pos(kind, q, n, variant):
    r = sdn[n]
    why = None
    if r['type'] is not None or namecnt[r['name']] != 1: why = 'not a unique org'
    elif n in used_ent: why = 'ent twice'
    elif used(n) > 1: why = 'used %d times' % used(n)
    else:
        why = new_query(q)
        if not why and kind != 'messy':
            oh = other_hit(q, n)
            if oh: why = 'equals other record %s' % sorted(oh)[:3]
    if why:
        dropped.append((kind, q, why)); return False
    seen_q.add(fold(q)); seen_q.add(norm(q)); used_ent.add(n)
    rows.append({'query': q, 'expected': r['name'], 'kind': kind,
                 'notes': '%s: %s; program %s; target used %d time(s) in earlier sets [SDN ent_num %d]' %
                 (kind, variant, r['program'].replace('] [', '/'), used(n), n)})
    return True

NPOS = 12
for kind, lst in HAND.items():
    k = 0
    for q, n, v in lst:
        if k < NPOS and take_pos(kind, q, n, v): k += 1
    if k < NPOS: print('SHORT', kind, k)

# ---- generated kinds ----
hand_ents = {n for lst in HAND.values() for _, n, _ in lst}
BLACK = set(int(x) for x in open(os.path.join(HERE, 'blacklist.txt')).read().split()) if os.path.exists(os.path.join(HERE, 'blacklist.txt')) else set()
pool = []
for n, r in sorted(sdn.items()):
    if r['type'] is not None or namecnt[r['name']] != 1 or used(n) != 1 or n in hand_ents or n in BLACK: continue
    pool.append(n)
def family(n):
    cs = {core(sdn[n]['name'])} | {core(a) for t, a in alt.get(n, [])}
    cs = {c for c in cs if c}
    for c in cs:
        for oc, ents in ORG_CORES.items():
            if ents - {n} and ((' %s ' % c) in (' %s ' % oc) or (' %s ' % oc) in (' %s ' % c)): return True
    return False
rnd = random.Random(23)
rnd.shuffle(pool)

def title(s):
    out = []
    for w in s.split():
        if re.fullmatch(r"[A-Z]\.([A-Z]\.)+,?", w) or w in ('LLC', 'LTD', 'JSC', 'FZE', 'SA', 'SAL', 'PJSC', 'OOO', 'AG', 'GMBH', 'PLC', 'JV', 'CO'):
            out.append({'GMBH': 'GmbH', 'LTD': 'Ltd', 'CO': 'Co'}.get(w, w))
        else:
            out.append(w[:1] + w[1:].lower() if not w.startswith("'") else w[:2] + w[2:].lower())
    return ' '.join(out)

LFMAP = [(r',? LIMITED$', ' Ltd'), (r',? LTD\.?$', ' Limited'), (r',? L\.?L\.?C\.?$', ' Limited Liability Company'),
         (r',? CO\.?,? LTD\.?$', ' Company Limited'), (r',? S\.A\. DE C\.V\.$', ' SA'), (r',? LTDA\.?$', ' Limitada'),
         (r',? S\.A\.$', ' Sociedad Anonima'), (r',? INC\.?$', ' Incorporated'), (r' FZE$', ' Free Zone Establishment'),
         (r' FZCO$', ' FZE'), (r',? GMBH\.?$', ' Gesellschaft mbH'), (r' PTE\.? LTD\.?$', ' Private Limited'),
         (r' SAL$', ' S.A.L. (Offshore)'), (r' CORPORATION$', ' Corp.'), (r' COMPANY$', ' Co.'), (r' CO\.?$', ' Company'),
         (r',? OOO$', ' LLC'), (r' SARL$', ' S.A.R.L.'), (r' \(PVT\) LTD\.?$', ' Private Limited')]
def gen_legal(name):
    for pat, rep in LFMAP:
        if re.search(pat, name):
            q = re.sub(pat, '', name)
            if len(q.split()) < 1: return None
            return title(q) + rep
    return None
ABBR = {'INTERNATIONAL': 'Intl', 'TRADING': 'Trdg', 'COMPANY': 'Co', 'CORPORATION': 'Corp', 'INDUSTRIES': 'Inds',
        'ENGINEERING': 'Engg', 'SHIPPING': 'Shpg', 'DEVELOPMENT': 'Dev', 'MANAGEMENT': 'Mgmt', 'INVESTMENT': 'Invt',
        'INVESTMENTS': 'Invts', 'GENERAL': 'Genl', 'SERVICES': 'Svcs', 'TECHNOLOGY': 'Tech', 'CONSTRUCTION': 'Constr',
        'PETROCHEMICAL': 'Petrochem', 'ORGANIZATION': 'Org', 'BROTHERS': 'Bros', 'ASSOCIATION': 'Assn',
        'MANUFACTURING': 'Mfg', 'NATIONAL': 'Natl', 'PRODUCTS': 'Prods', 'EXCHANGE': 'Exch', 'LIMITED': 'Ltd',
        'INDUSTRIAL': 'Indl', 'COMMERCIAL': 'Comml', 'ENTERPRISE': 'Ent', 'ENTERPRISES': 'Ents', 'TRANSPORT': 'Trans',
        'MARITIME': 'Mar', 'DEPARTMENT': 'Dept', 'ASSOCIATED': 'Assoc', 'INSTITUTE': 'Inst', 'EQUIPMENT': 'Equip',
        'INCORPORATED': 'Inc', 'HOLDINGS': 'Hldgs', 'AGRICULTURAL': 'Agric', 'MARKETING': 'Mktg', 'AIRLINES': 'Airl',
        'COMMUNICATIONS': 'Comms', 'PROPERTIES': 'Props', 'INTERNACIONAL': 'Intl', 'COMERCIALIZADORA': 'Comerc',
        'CONSTRUCTORA': 'Const', 'INMOBILIARIA': 'Inmob', 'DISTRIBUIDORA': 'Distrib', 'INVERSIONES': 'Inv', 'COMPANIA': 'Cia'}
def gen_abbr(name):
    ws = name.replace(',', '').split(); k = 0; out = []
    for w in ws:
        if w in ABBR: out.append(ABBR[w]); k += 1
        else: out.append(title(w))
    return ' '.join(out) if k >= 2 else None
KB = 'qwertyuiop asdfghjkl zxcvbnm'.split()
def neighbour(c):
    for row in KB:
        i = row.find(c)
        if i >= 0: return row[i + 1] if i + 1 < len(row) else row[i - 1]
    return c
def gen_typo(name, i):
    ws = name.split()
    cand = [t for t in range(len(ws)) if norm(ws[t]) not in LEGAL and norm(ws[t]) not in ('limited', 'company', 'corporation')]
    if not cand: return None
    j = max(cand, key=lambda t: len(re.sub(r'\W', '', ws[t])))
    w = ws[j]
    if len(w) < 6 or not w.isalpha(): return None
    p = 2 + (i * 7) % (len(w) - 4)
    op = i % 4
    if op == 0: w2 = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    elif op == 1: w2 = w[:p] + w[p + 1:]
    elif op == 2: w2 = w[:p] + w[p] + w[p:]
    else: w2 = w[:p] + neighbour(w[p].lower()).upper() + w[p + 1:]
    if w2 == w: return None
    ws[j] = w2
    q = ' '.join(ws)
    return title(q) if i % 2 else q
def gen_punct(name):
    if not re.search(r"[.,'\-&]", name): return None
    q = name.replace('&', 'AND') if '&' in name and 'AND' not in name else name
    q = re.sub(r"[.,']", '', q).replace('-', ' ')
    q = ' '.join(q.split())
    return q if q != name else None
def gen_case(name, i):
    ws = name.split()
    if len(ws) < 2: return None
    v = i % 3
    if v == 0: return name.lower()
    if v == 1: return title(name)
    return ws[0] + ' ' + ' '.join(w.lower() for w in ws[1:])
def gen_aka(n):
    pw = set(content(sdn[n]['name']))
    for t, a in alt.get(n, []):
        if t not in ('aka', 'fka'): continue
        cw = set(content(a))
        if cw - pw and len(a) > 4 and not re.search(r'[^A-Za-z0-9 .,&\'\-()]', a):
            return (title(a) if len(a) > 12 else a), '%s alias with new word(s): %s' % (t, ', '.join(sorted(cw - pw)))
    return None
BAD_PVS = re.compile(r'FARM|PARTY|ARMY|FRONT|MOVEMENT|BRIGADE|MINISTRY|REPUBLIC|GROUP$|ISIL|ISLAMIC STATE|JIHAD|HARAKAT|LASHKAR|JAISH|TRUST|FOUNDATION|MILITIA|NETWORK|COMMAND|ORGANIZATION|GUARD|FORCE|BUREAU|DEPARTMENT|OFFICE|BRANCH|COUNCIL|CARTEL|RESTAURANT|HOTEL|UNIVERSITY|PRISON')
def clean_city(c):
    c = re.sub(r'\d[\w\- ]*', '', c or '').strip(' ,')
    c = c.split(',')[0].strip()
    return c if re.fullmatch(r"[A-Za-z][A-Za-z .'\-]{2,}", c) else None
def gen_pvs(n, i):
    name = sdn[n]['name']
    if BAD_PVS.search(name): return None
    cities = [clean_city(a[1]) for a in add.get(n, [])]
    cities = [c for c in cities if c]
    if not cities: return None
    city = title(cities[0].upper())
    base = title(re.sub(r",? (LIMITED|LTD\.?|LLC|L\.L\.C\.|S\.A\.( DE C\.V\.)?|LTDA\.?|CO\.?,? LTD\.?|INC\.?|GMBH|FZE|SAL|PJSC|JSC|SARL)$", '', name))
    f = ['%s - %s branch', '%s (%s office)', '%s, %s representative office', '%s %s warehouse', '%s %s sales office'][i % 5]
    return f % (base, city), 'invented branch/office in the listed city %s' % city
MESSY = ['pls check {n} asap', 'is {n} on the ofac list?', 'new supplier: {n} - ok to onboard?', 'screening request {n} (beneficiary)',
         'invoice from {n}, can we pay', 'kyc: {n}', '{n} sanctions??', 'payment to {n} flagged, pls review',
         'client mentions {n}, any hit', 'vendor onboarding - {n}', 'can u run {n} thru screening', 'fyi counterparty is {n}']
def messy_name(name, i):
    b = re.sub(r",? (LIMITED|LTD\.?|LLC|L\.L\.C\.|S\.A\.( DE C\.V\.)?|LTDA\.?|CO\.?,? LTD\.?|INC\.?|GMBH|FZE|SAL|S\.A\.L\.)$", '', name)
    return b.lower() if i % 2 == 0 else title(b)

GEN = ['parent_vs_subsidiary', 'abbreviation', 'legal_form', 'aka', 'messy', 'punctuation', 'case', 'typo']
count = {k: 0 for k in GEN}
fam_cache = {}
for i, n in enumerate(pool):
    if all(count[k] >= NPOS for k in GEN): break
    if n in used_ent: continue
    name = sdn[n]['name']
    for k in GEN:
        if count[k] >= NPOS: continue
        cand = None
        if k == 'parent_vs_subsidiary':
            g = gen_pvs(n, count[k]); cand = g
        elif k == 'abbreviation':
            q = gen_abbr(name); cand = (q, 'own abbreviations') if q else None
        elif k == 'legal_form':
            q = gen_legal(name); cand = (q, 'legal form changed/expanded') if q else None
        elif k == 'aka':
            cand = gen_aka(n)
        elif k == 'messy':
            if len(core(name)) >= 6:
                cand = (MESSY[count[k]].format(n=messy_name(name, count[k])), 'chatter around the name')
        elif k == 'punctuation':
            q = gen_punct(name); cand = (q, 'punctuation dropped/changed') if q else None
        elif k == 'case':
            q = gen_case(name, count[k]); cand = (q, 'case changed') if q else None
        elif k == 'typo':
            q = gen_typo(name, count[k]); cand = (q, 'one-letter typo in the longest word') if q else None
        if not cand: continue
        if n not in fam_cache: fam_cache[n] = family(n)
        if fam_cache[n]: break
        if take_pos(k, cand[0], n, cand[1]):
            count[k] += 1
            break
print('generated', count)

# ---- negatives ----
NNEG = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
        'city_country': 15, 'brand_product': 16}
BIZ = set('ab srl gmbh lda bv kk pvt ltd enterprises sti ae doo sons ventures construction consulting sro sp z o oo llp me as de vries'.split())
def neg_note(q):
    parts = []
    for w in dict.fromkeys(content(q)):
        if w in ORG_WORDS:
            ex = ORG_WORDS[w]
            parts.append("'%s' with %d listed org(s), e.g. %s" % (w, len(ex), '; '.join(ex[:3])))
    return 'not listed; shares ' + ' | '.join(parts) if parts else 'not listed; shares no word with a listed org'
for kind, N in NNEG.items():
    k = 0
    for q in NEG[kind]:
        if k >= N: break
        why = new_query(q) or listed_hit(q)
        if not why and kind == 'person_as_company':
            toks = [t for t in norm(q).split() if t not in BIZ]
            bad = [t for t in toks[1:] if t in IND_TOK]
            if bad: why = 'surname/name token in SDN individual: %s' % bad
        if not why and kind == 'shares_one_word' and not any(w in ORG_WORDS for w in content(q)):
            why = 'shares no word'
        if why:
            dropped.append((kind, q, why)); continue
        seen_q.add(fold(q)); seen_q.add(norm(q))
        note = neg_note(q)
        if kind == 'near_miss': note += ' (near miss: similar to a listed org but a different company)'
        rows.append({'query': q, 'expected': None, 'kind': kind, 'notes': note})
        k += 1
    if k < N: print('SHORT', kind, k, N)

out = os.path.join(HERE, '..', 'train23.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('earlier files', nfiles, 'rows', len(rows), 'pos', sum(1 for r in rows if r['expected']), 'neg', sum(1 for r in rows if not r['expected']))
print('pool', len(pool))
print('dropped:')
for d in dropped: print('  ', d)
