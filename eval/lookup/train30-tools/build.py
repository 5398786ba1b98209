"""Build train30.jsonl (seed 30). Logs rejections to build_output.txt. Never prints earlier rows."""
import json, random, re, sys
from lib import *
import rows_pos, rows_neg

SEED = 30
sdn = load_sdn(); alt = load_alt(); add = load_add(); csl = load_csl()
prior, _ = load_prior()
use = prior_usage(sdn, prior)
pkeys = prior_query_keys(prior)
idx = name_index(sdn, alt, csl)
owi = org_word_index(sdn, alt)
by_ent = {r['ent']: r for r in sdn}
aliases = {}
for a in alt: aliases.setdefault(a['ent'], []).append(a)
orgs = unique_orgs(sdn, alt)
org_tokens = [(r['ent'], set(fold_nolegal(r['name']).split())) for r in sdn if r['type'] == '-0-']
indiv_tokens = set()
for r in sdn:
    if r['type'] == 'individual': indiv_tokens |= set(fold(r['name']).split())
log = []

def other_ents(q, ent):
    s = set()
    for k in (fold(q), fold_nospace(q), fold_nolegal(q)):
        s |= idx.get(k, set())
    return s - {ent}

def own_keys(ent):
    ks = {fold(by_ent[ent]['name'])}
    for a in aliases.get(ent, []): ks.add(fold(a['name']))
    return ks

def prior_dup(q):
    return fold_ws(q) in pkeys or fold(q) in pkeys

# pool: unique orgs with the fewest earlier uses; drop names that collide with another record when legal words are dropped
pool = []
for r in orgs:
    if other_ents(r['name'], r['ent']):
        log.append(f"pool skip (name collides with another record after folding): ent {r['ent']}"); continue
    pool.append(r)
minuse = min(use.get(r['ent'], 0) for r in pool)
log.append(f"pool: {len(pool)} unique orgs; min earlier use {minuse}")
pool_ok = {r['ent'] for r in pool if use.get(r['ent'], 0) <= max(minuse, 1)}
log.append(f"pool with earlier use <= {max(minuse,1)}: {len(pool_ok)}")

HANDKINDS = {k for k, _ in rows_pos.HAND}
rows = []; used_ents = set(); seen_q = set()

def accept_pos(kind, ent, q, variant, latin=True):
    r = by_ent[ent]
    if ent not in pool_ok: log.append(f"reject {kind} ent {ent}: not in least-used pool"); return False
    if ent in used_ents: log.append(f"reject {kind} ent {ent}: entity already in set"); return False
    if not q or fold(q) in seen_q or fold_ws(q) in seen_q: log.append(f"reject {kind} ent {ent}: duplicate query in set"); return False
    if prior_dup(q): log.append(f"reject {kind} ent {ent}: earlier query"); return False
    if kind in HANDKINDS and fold(q) in own_keys(ent):
        log.append(f"reject {kind} ent {ent}: equals own name/alias"); return False
    if kind not in ('messy', 'script') and other_ents(q, ent):
        log.append(f"reject {kind} ent {ent}: equals another record's name/alias"); return False
    if kind == 'partial':
        qt = set(fold_nolegal(q).split())
        if any(e != ent and qt <= t for e, t in org_tokens):
            log.append(f"reject partial ent {ent}: token-subset of another org"); return False
    n = use.get(ent, 0)
    notes = (f"{kind}: {variant}; program {r['program']}; earlier-set uses {n}; target {r['name']} [SDN ent_num {ent}]")
    rows.append({'query': q, 'expected': r['name'], 'kind': kind, 'notes': notes})
    used_ents.add(ent); seen_q.add(fold(q)); seen_q.add(fold_ws(q))
    return True

# ---- hand kinds
for kind, lst in rows_pos.HAND:
    got = 0
    for ent, q, var in lst:
        if got == 12: break
        if accept_pos(kind, ent, q, var): got += 1
    log.append(f"{kind}: {got} hand rows kept of {len(lst)}")

# ---- generated kinds
LOWER_WORDS = {'DE', 'DEL', 'Y', 'LA', 'LAS', 'LOS', 'EL', 'AND', 'OF', 'THE', 'E', 'EN', 'FOR', 'IN'}
def tcase(s):
    out = []
    for i, w in enumerate(s.split()):
        if i and w in LOWER_WORDS: out.append(w.lower())
        else: out.append(w[:1] + w[1:].lower())
    return ' '.join(out)

LEGAL_MAP = [('S. DE R.L. DE C.V.', 'S de RL de CV'), ('S.A. DE C.V.', 'Sociedad Anonima de Capital Variable'), ('SA DE CV', 'S.A. de C.V.'),
             ('CO., LTD.', 'Company Limited'), ('CO. LTD', 'Company Limited'), ('CO LTD', 'Company Ltd.'), ('COMPANY LIMITED', 'Co. Ltd'),
             ('S.A.S.', 'SAS'), ('S.A.R.L.', 'SARL'), ('S.A.C.', 'Sociedad Anonima Cerrada'), ('E.I.R.L.', 'EIRL'),
             ('LTDA.', 'Limitada'), ('LIMITADA', 'Ltda'), ('S.A.', 'Sociedad Anonima'), ('LTD.', 'Limited'), ('LTD', 'Limited'),
             ('LIMITED', 'Ltd'), ('INC.', 'Incorporated'), ('INC', 'Incorporated'), ('L.L.C.', 'LLC'), ('LLC', 'Limited Liability Company'),
             ('GMBH', 'Gesellschaft mbH'), ('CORP.', 'Corporation'), ('CORPORATION', 'Corp'), ('FZE', 'Free Zone Establishment'),
             ('FZCO', 'Free Zone Company'), ('SARL', 'S.a.r.l.'), ('C.A.', 'Compania Anonima'), ('B.V.', 'BV'), ('D.O.O.', 'doo'),
             ('COMPANY', 'Co.'), ('CO.', 'Company'), ('CO', 'Company'), ('AG', 'Aktiengesellschaft'), ('PLC', 'Public Limited Company')]
def g_legal(name, rnd):
    n = name.rstrip()
    for old, new in LEGAL_MAP:
        for sep in (', ', ' '):
            if n.endswith(sep + old):
                core = n[: -len(sep + old)]
                return tcase(core) + ' ' + new, f"legal form '{old}' -> '{new}'"
    return None

ABBR = {'INTERNATIONAL': 'Intl', 'COMPANY': 'Co', 'CORPORATION': 'Corp', 'TRADING': 'Trdg', 'INVESTMENT': 'Invt', 'INVESTMENTS': 'Invts',
        'LIMITED': 'Ltd', 'DEVELOPMENT': 'Dev', 'INDUSTRIES': 'Inds', 'GENERAL': 'Genl', 'ENGINEERING': 'Engg', 'MANAGEMENT': 'Mgmt',
        'SERVICES': 'Svcs', 'TECHNOLOGY': 'Tech', 'ASSOCIATION': 'Assn', 'BROTHERS': 'Bros', 'INDUSTRIAL': 'Indl', 'NATIONAL': 'Natl',
        'ORGANIZATION': 'Org', 'INVERSIONES': 'Invs', 'COMERCIALIZADORA': 'Comercializ.', 'CONSTRUCTORA': 'Const.', 'ADMINISTRACION': 'Admon.',
        'DISTRIBUIDORA': 'Distrib.', 'CORPORACION': 'Corp.', 'COMPANIA': 'Cia', 'SHIPPING': 'Shpg', 'EXCHANGE': 'Exch',
        'AGROPECUARIA': 'Agropec.', 'INMOBILIARIA': 'Inmob.', 'MANUFACTURING': 'Mfg', 'INTERNACIONAL': 'Intl', 'HOLDING': 'Hldg',
        'HOLDINGS': 'Hldgs', 'ENTERPRISES': 'Ents', 'PETROCHEMICAL': 'Petrochem', 'TRANSPORT': 'Transp', 'TRANSPORTES': 'Transp.',
        'SERVICIOS': 'Servs.', 'ASOCIACION': 'Asoc.', 'DESARROLLOS': 'Desarr.', 'INDUSTRY': 'Ind', 'GROUP': 'Grp'}
def g_abbr(name, rnd):
    ws = name.replace(',', '').split(); hit = []
    out = []
    for w in ws:
        if w in ABBR: out.append(ABBR[w]); hit.append(w)
        else: out.append(tcase(w) if w not in LOWER_WORDS else w.lower())
    if not hit: return None
    return ' '.join(out), 'abbreviated ' + ', '.join(hit)

KEYB = dict(zip('qwertyuiopasdfghjklzxcvbnm', 'wqrtyuiopsadfghjklzxcvbnmn'))
def g_typo(name, rnd):
    ws = name.split()
    cands = [i for i, w in enumerate(ws) if w.isalpha() and len(w) >= 6 and w not in LOWER_WORDS]
    if not cands: return None
    i = rnd.choice(cands); w = ws[i].lower(); op = rnd.choice(['swap', 'drop', 'double', 'key'])
    p = rnd.randrange(1, len(w) - 2)
    if op == 'swap':
        if w[p] == w[p + 1]: return None
        nw = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    elif op == 'drop': nw = w[:p] + w[p + 1:]
    elif op == 'double': nw = w[:p] + w[p] + w[p:]
    else: nw = w[:p] + KEYB.get(w[p], w[p]) + w[p + 1:]
    if nw == w: return None
    ws2 = [tcase(x) for x in ws]; ws2[i] = nw.capitalize()
    return ' '.join(ws2), f"typo ({op}) in '{ws[i]}' -> '{nw}'"

def g_punct(name, rnd):
    if not re.search(r"[.,'\-/()&:]", name): return None
    q = name.replace('&', ' and ')
    q = re.sub(r"[-/:]", ' ', q); q = re.sub(r"[.,'()]", '', q); q = ' '.join(q.split())
    if q == ' '.join(name.split()): return None
    if rnd.random() < 0.5: q = tcase(q)
    return q, 'punctuation removed (hyphens/slashes to spaces, & to and)'

def g_case(name, rnd):
    m = rnd.choice(['lower', 'title', 'sponge'])
    if m == 'lower': return name.lower(), 'all lower-case'
    if m == 'title': return tcase(name).replace(' de ', ' De ') if False else tcase(name), 'title case'
    q = ''.join(c.lower() if i % 3 else c for i, c in enumerate(name.lower()))
    q = q[:1].upper() + q[1:]
    if q.isupper() or q == tcase(name): return None
    return name.split()[0].lower() + ' ' + ' '.join(name.split()[1:]).upper() if len(name.split()) > 1 else None, 'first word lower-case, rest upper-case'

def g_aka(ent, rnd):
    best = None
    for a in aliases.get(ent, []):
        if a['type'] != 'aka': continue
        n = a['name']; f = fold(n)
        if len(f.replace(' ', '')) < 5: continue
        if other_ents(n, ent): continue
        qt = set(fold_nolegal(n).split())
        if not qt or any(e != ent and qt <= t for e, t in org_tokens): continue
        if f == fold(by_ent[ent]['name']): continue
        best = n; break
    if not best: return None
    return best, 'alt.csv aka alias'

def city_of(ent):
    for a in add.get(ent, []):
        c = re.split(r'[,0-9]', a['city'] or '')[0].strip()
        if c and len(c) > 2 and not re.search(r'\d', c): return c, a['country']
    return None

def g_pvs(ent, rnd):
    c = city_of(ent)
    if not c: return None
    city, country = c
    name = tcase(by_ent[ent]['name'])
    t = rnd.choice(['{n} - {c} branch', '{c} office of {n}', '{n} ({c} subsidiary)', '{n}, {c} representative office'])
    return t.format(n=name, c=tcase(city.upper())), f"invented {tcase(city.upper())} branch/office (city from add.csv, {country})"

MESSY = ['pls screen {n} asap', 'is {n} ok to pay??', 'new vendor: {n} (check)', 'fw: invoice from {n}', '{n}  - kyc pending',
         'beneficiary = {n}', 'hi team can u check  {n} thx', 're: shipment {n}', 'supplier {n} onboarding', "check: '{n}'",
         'wire to {n} pending', 'sanction check {n} / urgent', 'customer name:{n}']
def g_messy(name, rnd):
    t = rnd.choice(MESSY)
    n = name if rnd.random() < 0.4 else name.lower()
    return t.format(n=n), f"chatter template '{t}'"

GEN = [('case', lambda r, rnd: g_case(r['name'], rnd)), ('legal_form', lambda r, rnd: g_legal(r['name'], rnd)),
       ('abbreviation', lambda r, rnd: g_abbr(r['name'], rnd)), ('typo', lambda r, rnd: g_typo(r['name'], rnd)),
       ('punctuation', lambda r, rnd: g_punct(r['name'], rnd)), ('aka', lambda r, rnd: g_aka(r['ent'], rnd)),
       ('parent_vs_subsidiary', lambda r, rnd: g_pvs(r['ent'], rnd)), ('messy', lambda r, rnd: g_messy(r['name'], rnd))]
rnd = random.Random(SEED)
gpool = sorted([r for r in pool if r['ent'] in pool_ok], key=lambda r: (use.get(r['ent'], 0), r['ent']))
# least-used first, shuffled within each use level
levels = {}
for r in gpool: levels.setdefault(use.get(r['ent'], 0), []).append(r)
order = []
for k in sorted(levels):
    l = levels[k]; rnd.shuffle(l); order += l
for kind, fn in GEN:
    got = 0
    for r in order:
        if got == 12: break
        if r['ent'] in used_ents: continue
        res = fn(r, rnd)
        if not res or not res[0]: continue
        if accept_pos(kind, r['ent'], res[0], res[1]): got += 1
    log.append(f"{kind}: {got} generated rows")

# ---- negatives
def shared_note(q):
    toks = [t for t in fold(q).split() if t not in STOP and len(t) >= 3 and not t.isdigit()]
    orgsh = []; words = []
    for t in toks:
        if t in owi:
            words.append(t)
            for n in owi[t]:
                if n not in orgsh: orgsh.append(n)
    if not orgsh: return 0, "not listed; shares no word with a listed org"
    return len(orgsh), (f"not listed; shares {', '.join(repr(w) for w in words)} with {len(orgsh)} listed org(s), e.g. "
                        + '; '.join(orgsh[:3]))
for kind, lst, need in rows_neg.NEG:
    got = 0
    for q in lst:
        q = q.strip()
        if got == need: break
        if not q: continue
        if prior_dup(q): log.append(f"reject {kind} '{q}': earlier query"); continue
        if fold(q) in seen_q or fold_ws(q) in seen_q: log.append(f"reject {kind} '{q}': duplicate in set"); continue
        if any(k in idx for k in (fold(q), fold_nospace(q), fold_nolegal(q))):
            log.append(f"reject {kind} '{q}': equals an SDN/CSL name or alias"); continue
        n, note = shared_note(q)
        if kind in ('shares_one_word', 'near_miss') and n == 0:
            log.append(f"reject {kind} '{q}': shares no word with a listed org"); continue
        if kind == 'person_as_company':
            pt = fold(q).split()[:2]
            if any(t in indiv_tokens for t in pt):
                log.append(f"reject {kind} '{q}': name token found in an SDN individual"); continue
        rows.append({'query': q, 'expected': None, 'kind': kind, 'notes': note + f" ({kind})"})
        seen_q.add(fold(q)); seen_q.add(fold_ws(q)); got += 1
    log.append(f"{kind}: {got} negatives (need {need})")

with open(f'{OUT}/train30.jsonl', 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(f'{HERE}/build_output.txt', 'w', encoding='utf-8') as f:
    f.write('\n'.join(log) + f"\nrows written: {len(rows)}\n")
print('\n'.join(l for l in log if not l.startswith('pool skip') and not l.startswith('reject')))
print('rejections:', sum(l.startswith('reject') for l in log), 'rows', len(rows))
