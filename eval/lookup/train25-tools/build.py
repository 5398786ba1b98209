"""Build ../train25.jsonl. Prints only counts and dropped candidates of MY rows (never earlier rows)."""
import sys, os, json, random, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from rows_pos import HAND
from rows_neg import NEG, NEED

OUT = os.path.join(HERE, '..', 'train25.jsonl')
POS_KINDS = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo', 'punctuation',
             'aka', 'partial', 'parent_vs_subsidiary', 'script', 'messy']
HAND_KINDS = ['script', 'translation', 'transliteration', 'word_order', 'partial']
GEN_KINDS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy']

ix = Index()
qraw, qk, eu, nu = load_prior()
log = []
def drop(kind, q, why):
    log.append('DROP %-20s %-55s %s' % (kind, q[:55], why))

def uses(e):
    return eu.get(e, 0) + nu.get(ix.sdn[e]['name'], 0)

def own_keys(e, strict=False):
    ks = set()
    for a in [ix.sdn[e]['name']] + [x for _, x in ix.alts.get(e, [])]:
        ks |= qkeys_strict(a) if strict else qkeys(a)
    return ks

seen_q = set(); used_e = set(); rows = []

def note(kind, variant, e):
    r = ix.sdn[e]
    return '%s: %s; program %s; earlier-set rows targeting this entity: %d [SDN ent_num %d]' % (
        kind, variant, r['program'], uses(e), e)

def try_add(kind, q, e, variant, hand=False):
    r = ix.sdn.get(e)
    if not r or r['type'] != '' or ix.name_count[r['name']] != 1:
        drop(kind, q, 'not a unique org'); return False
    if e in used_e:
        drop(kind, q, 'ent used twice'); return False
    if uses(e) < 1 or uses(e) > 2:
        drop(kind, q, 'use count %d' % uses(e)); return False
    if is_prior_query(q, qraw, qk):
        drop(kind, q, 'earlier query'); return False
    n = norm(q)
    if n in seen_q or n.replace(' ', '') in seen_q:
        drop(kind, q, 'duplicate'); return False
    if kind != 'messy':
        other = ix.hits(q) - {e}
        if other:
            drop(kind, q, 'equals another record/CSL'); return False
    if hand and (qkeys_strict(q) & own_keys(e, kind == 'word_order')):
        drop(kind, q, 'equals own name/alias'); return False
    if kind == 'partial':
        c = ' ' + core(q) + ' '
        for oc, ents in ix.orgcores.items():
            if ents - {e} and c in ' ' + oc + ' ':
                drop(kind, q, 'part of another org'); return False
    rows.append(dict(query=q, expected=r['name'], kind=kind, notes=note(kind, variant, e)))
    seen_q.add(n); seen_q.add(n.replace(' ', '')); used_e.add(e)
    return True

# ---- hand rows
count = defaultdict(int)
for kind, q, e, variant in HAND:
    if count[kind] >= 12:
        continue
    if try_add(kind, q, e, variant, hand=True):
        count[kind] += 1

# ---- generated rows
def family(e):
    """True if the entity's name/alias core contains or is contained in another org's core."""
    cs = {core(ix.sdn[e]['name'])} | {core(a) for _, a in ix.alts.get(e, [])}
    for c in cs:
        if not c:
            continue
        for oc, ents in ix.orgcores.items():
            if ents - {e} and (c == oc or (' %s ' % c) in (' %s ' % oc) or (' %s ' % oc) in (' %s ' % c)):
                return True
    return False

pool = [e for e, r in ix.sdn.items() if r['type'] == '' and ix.name_count[r['name']] == 1 and uses(e) == 1]
pool.sort()
random.Random(25).shuffle(pool)

LEGAL_SWAP = [
 (r' CO\.?,? LTD\.?$', ' Company Limited'), (r' COMPANY LIMITED$', ' Co Ltd'), (r' S\.A\. DE C\.V\.$', ' Sociedad Anonima de Capital Variable'),
 (r' S\. DE R\.L\. DE C\.V\.$', ' S de RL de CV Sociedad de Responsabilidad Limitada'), (r' S\.A\.S\.$', ' Sociedad por Acciones Simplificada'),
 (r' LTDA\.?$', ' Limitada'), (r' LIMITADA$', ' Ltda'), (r' S\.A\.$', ' Sociedad Anonima'), (r' LTD\.?$', ' Limited'), (r' LIMITED$', ' Ltd'),
 (r' GMBH$', ' Gesellschaft mbH'), (r' LLC$', ' Limited Liability Company'), (r' INC\.?$', ' Incorporated'), (r' CORPORATION$', ' Corp'),
 (r' COMPANY$', ' Co.'), (r' CO\.?$', ' Company'), (r' FZE$', ' Free Zone Establishment'), (r' PLC$', ' Public Limited Company'),
 (r' S\.?A\.?R\.?L\.?$', ' Societe a responsabilite limitee'), (r' E\.U\.$', ' Empresa Unipersonal'), (r' JSC$', ' Joint Stock Company'),
]
ABBR = {'INTERNATIONAL': 'Intl', 'TRADING': 'Trdg', 'COMPANY': 'Co', 'CORPORATION': 'Corp', 'SHIPPING': 'Shpg', 'INDUSTRIES': 'Inds',
 'DEVELOPMENT': 'Devt', 'ENGINEERING': 'Engg', 'CONSTRUCTION': 'Constr', 'INVESTMENT': 'Invt', 'GENERAL': 'Genl', 'MANAGEMENT': 'Mgmt',
 'SERVICES': 'Svcs', 'TECHNOLOGY': 'Tech', 'LIMITED': 'Ltd', 'GROUP': 'Grp', 'NATIONAL': 'Natl', 'ASSOCIATION': 'Assn',
 'ORGANIZATION': 'Org', 'INDUSTRIAL': 'Indl', 'TRANSPORT': 'Transp', 'EXCHANGE': 'Exch', 'ENTERPRISE': 'Ent', 'ENTERPRISES': 'Ents',
 'ELECTRONICS': 'Elec', 'HERMANOS': 'Hnos', 'INVERSIONES': 'Inv', 'INMOBILIARIA': 'Inmob', 'COMERCIALIZADORA': 'Comerc',
 'INTERNACIONAL': 'Intl', 'DISTRIBUIDORA': 'Distrib', 'CONSTRUCTORA': 'Constr', 'SERVICIOS': 'Servs', 'COMPANIA': 'Cia',
 'ASOCIADOS': 'Asoc', 'AGROPECUARIA': 'Agrop', 'MANUFACTURING': 'Mfg', 'INDUSTRY': 'Ind', 'PRODUCTS': 'Prods', 'BROTHERS': 'Bros',
 'TRANSPORTATION': 'Transp', 'ENERGY': 'Engy', 'FINANCIAL': 'Finl', 'HOLDING': 'Hldg', 'HOLDINGS': 'Hldgs', 'PROPERTIES': 'Props',
 'CONSULTANTS': 'Conslts', 'MARITIME': 'Marit', 'EQUIPMENT': 'Equip', 'INSTITUTE': 'Inst', 'UNIVERSITY': 'Univ', 'FOUNDATION': 'Fdn',
 'IMPORT': 'Imp', 'EXPORT': 'Exp', 'COMMERCIAL': 'Coml', 'AGENCY': 'Agcy', 'CENTER': 'Ctr', 'CENTRE': 'Ctr', 'DEPARTMENT': 'Dept'}
LEGALW = {'COMPANY', 'CORPORATION', 'LIMITED'}
TEMPL = ['can you check {n} for me', 'pls screen {n} thx', 'kyc on {n} urgent', 'is {n} sanctioned?', 'hey, {n} ok to pay?',
         'need a check on {n} asap', '{n} -- any hits?', 'compliance q: {n}', 'wire to {n}, please verify', 'look up {n} pls',
         'does {n} show up on ofac', 'new vendor {n} screening']
BRANCH = ['{n} - {c} branch', '{n} ({c} office)', '{n} {c} warehouse', '{n}, {c} representative office']

def _tw(w):
    if '.' in w and len(w.strip(',')) <= 8:
        return w.upper()
    lw = w.lower()
    for i, ch in enumerate(lw):
        if ch.isalpha():
            return lw[:i] + ch.upper() + lw[i + 1:]
    return lw


def title(s):
    return ' '.join(_tw(w) for w in s.split())

def strip_legal(name):
    s = name
    for _ in range(3):
        s2 = re.sub(r'[ ,]+(S\.A\. DE C\.V\.|S\. DE R\.L\. DE C\.V\.|S\.A\.S\.|S\.A\.|LTDA\.?|LIMITADA|CO\.?,? LTD\.?|LTD\.?|LIMITED|LLC|INC\.?|GMBH|FZE|PLC|CO\.?|COMPANY|CORPORATION|E\.U\.|SPRL|SARL|JSC|OOO|PTE\.?)$', '', s)
        if s2 == s:
            break
        s = s2
    return s.strip(' ,')

def gen(kind, e, i, rng):
    name = ix.sdn[e]['name']
    if kind == 'case':
        v = i % 3
        if v == 0: return name.lower(), 'all lower case'
        if v == 1: return title(name), 'title case'
        w = name.split()
        if len(w) < 2: return None
        return w[0] + ' ' + ' '.join(x.lower() for x in w[1:]), 'first word kept upper, rest lower'
    if kind == 'legal_form':
        for pat, rep in LEGAL_SWAP:
            m = re.search(pat, name)
            if m:
                base = name[:m.start()]
                if not base.strip(): return None
                return title(base) + rep, 'legal form %r -> %r' % (m.group(0).strip(), rep.strip())
        return None
    if kind == 'abbreviation':
        w = name.split(); out = []; n = 0; nonlegal = 0
        for x in w:
            k = x.strip(',.')
            if k in ABBR:
                out.append(ABBR[k]); n += 1; nonlegal += k not in LEGALW
            else:
                out.append(title(x))
        if n < 2 or nonlegal < 1: return None
        return ' '.join(out), '%d words abbreviated' % n
    if kind == 'typo':
        w = name.split()
        j = max(range(len(w)), key=lambda k: len(re.sub(r'\W', '', w[k])))
        x = w[j]
        if len(x) < 6 or not x.isalpha(): return None
        op = rng.choice(['swap', 'del', 'dbl', 'sub'])
        p = rng.randrange(1, len(x) - 2)
        if op == 'swap':
            if x[p] == x[p + 1]: return None
            y = x[:p] + x[p + 1] + x[p] + x[p + 2:]
        elif op == 'del':
            y = x[:p] + x[p + 1:]
        elif op == 'dbl':
            y = x[:p] + x[p] + x[p:]
        else:
            c = 'E' if x[p] != 'E' else 'A'
            y = x[:p] + c + x[p + 1:]
        w[j] = y
        return ' '.join(w), '%s in %r -> %r' % (op, x, y)
    if kind == 'punctuation':
        if not re.search(r"[.,'&()\-]", name): return None
        q = name.replace('&', ' AND ').replace('-', ' ')
        q = re.sub(r"[.,'()]", '', q)
        q = ' '.join(q.split())
        if q == name: return None
        return q, 'dots/commas/apostrophes/brackets dropped, hyphen to space, & to AND'
    if kind == 'aka':
        nw = set(norm(name).split())
        for t, a in ix.alts.get(e, []):
            if t not in ('aka', 'fka') or not a: continue
            if not (set(norm(a).split()) - nw - LEGAL): continue
            if ix.hits(a) - {e}: continue
            if len(norm(a)) < 5: continue
            return a, 'alt.csv %s alias' % t
        return None
    if kind == 'parent_vs_subsidiary':
        for _, city, country in ix.adds.get(e, []):
            c = ' '.join(t for t in re.split(r'[\s,]+', city) if t and not re.search(r'\d', t))
            if c and len(c) > 2 and len(c) < 25:
                return BRANCH[i % 4].format(n=title(strip_legal(name)), c=title(c)), 'invented branch in add.csv city %s' % title(c)
        return None
    if kind == 'messy':
        return TEMPL[i].format(n=strip_legal(name).lower()), 'chatter template %d, legal form dropped' % (i + 1)

rng = random.Random(25)
fam_cache = {}
for kind in GEN_KINDS:
    i = 0
    for e in pool:
        if count[kind] >= 12:
            break
        if e in used_e:
            continue
        if e not in fam_cache:
            fam_cache[e] = family(e)
        if fam_cache[e]:
            continue
        g = gen(kind, e, i, rng)
        if not g:
            continue
        if try_add(kind, g[0], e, g[1]):
            count[kind] += 1; i += 1

# ---- negatives
def neg_ok(kind, q):
    if is_prior_query(q, qraw, qk): return 'earlier query'
    n = norm(q)
    if n in seen_q or n.replace(' ', '') in seen_q: return 'duplicate'
    if ix.hits(q): return 'equals a listed name/alias/CSL'
    toks = core(q).split()
    c = ' ' + ' '.join(toks) + ' '
    for oc in ix.orgcores:
        if len(oc.split()) >= 2 and (' ' + oc + ' ') in c: return 'contains listed core %r' % oc
        if len(oc.split()) == 1 and len(oc) >= 3 and oc in toks: return 'token is one-word listed core %r' % oc
    if kind == 'shares_one_word' and not ix.shared_words(q): return 'shares no word'
    if kind == 'person_as_company':
        for t in norm(q).split()[1:]:
            if len(t) >= 3 and t in ix.persontoks and t not in LEGAL: return 'name token %r in SDN individual' % t
    return None

for kind, cands in NEG.items():
    k = 0
    for q in cands:
        if k >= NEED[kind]: break
        why = neg_ok(kind, q)
        if why:
            drop(kind, q, why); continue
        rows.append(dict(query=q, expected=None, kind=kind, notes=ix.neg_note(q)))
        n = norm(q); seen_q.add(n); seen_q.add(n.replace(' ', ''))
        k += 1
    count[kind] = k

with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
out = ['rows %d' % len(rows)] + ['%-22s %d' % (k, count[k]) for k in POS_KINDS + list(NEED)] + log
txt = '\n'.join(out)
open(os.path.join(HERE, 'build_output.txt'), 'w').write(txt + '\n')
print(txt)
