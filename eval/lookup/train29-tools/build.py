import sys, json, random, re
from collections import Counter, defaultdict
sys.path.insert(0, '/work/blind/lookup-train29/tools')
from lib import *
from rows_pos import HAND
from rows_neg import NEG, NEED
OUT = '/work/blind/lookup-train29/train29.jsonl'
rng = random.Random(29)
log = []
sdn = load_sdn(); alt = load_alt(); add = load_add(); csl = load_csl_names()
qs, qf, ents, names, nf = load_prior()
byent = {r['ent']: r for r in sdn}
nc = Counter(r['name'] for r in sdn)
# index of folded names/aliases -> ents
idx = defaultdict(set)
def keys(s):
    return {fold(s), fold_nospace(s), fold_nolegal(s)} - {''}
allnames = defaultdict(set)
for r in sdn:
    allnames[r['ent']].add(r['name'])
for e, lst in alt.items():
    for t, a in lst: allnames[e].add(a)
for e, ns in allnames.items():
    for n in ns:
        for k in keys(n): idx[k].add(e)
cslkeys = set()
for n in csl: cslkeys |= keys(n)
orgs = {r['ent']: r for r in sdn if r['type'] == '' and nc[r['name']] == 1}
use = {e: use_count(e, r['name'], ents, names) for e, r in orgs.items()}
def ambiguous_name(e):
    for n in [orgs[e]['name']]:
        for k in keys(n):
            if idx[k] - {e}: return True
    return False
pool = [e for e in orgs if use[e] <= 1]
used_ents, used_q = set(), set()
rows = []
def qnew(q):
    a = ' '.join(q.lower().split()); b = fold(q)
    return a not in qs and b not in qf and a not in used_q
def collides_other(q, e):
    for k in keys(q):
        if idx.get(k, set()) - {e}: return True
        if k in cslkeys: return True
    return False
def own_exact(q, e):
    return any(fold(q) == fold(n) for n in allnames[e])
def add_pos(kind, e, q, variant, check_collide=True, allow_own=False):
    if e not in orgs: log.append(f'reject {kind} {q!r}: not unique org'); return False
    if use[e] > 1: log.append(f'reject {kind} {q!r}: overused'); return False
    if e in used_ents: log.append(f'reject {kind} {q!r}: entity already used'); return False
    if not qnew(q): log.append(f'reject {kind} {q!r}: earlier/duplicate query'); return False
    if not allow_own and own_exact(q, e): log.append(f'reject {kind} {q!r}: equals own name/alias'); return False
    if check_collide and collides_other(q, e): log.append(f'reject {kind} {q!r}: collides with other record'); return False
    r = orgs[e]
    notes = f"{kind}: {variant}; program {r['program']}; earlier rows targeting this entity: {use[e]} [SDN ent_num {e}]"
    rows.append(dict(query=q, expected=r['name'], kind=kind, notes=notes))
    used_ents.add(e); used_q.add(' '.join(q.lower().split()))
    return True
# hand rows
for kind in ['script', 'word_order', 'transliteration', 'translation', 'partial']:
    n = 0
    for k, e, q, v in HAND:
        if k != kind or n >= 12: continue
        if add_pos(kind, e, q, v, check_collide=(kind != 'script')): n += 1
    if n != 12: print('SHORT', kind, n); print('\n'.join(log)); raise SystemExit
# generated
def tc(s): return ' '.join(w.capitalize() if not re.fullmatch(r'[A-Z]\.?([A-Z]\.)*', w) else w for w in s.split())
LEGALMAP = [
 (r',? S\.A\. DE C\.V\.$', [' SA de CV', ', Sociedad Anonima de Capital Variable']),
 (r',? S\. DE R\.L\. DE C\.V\.$', [' Sociedad de Responsabilidad Limitada de Capital Variable']),
 (r' CO\.,? LTD\.?$', [' Company Limited']),
 (r',? LTDA\.?$', [' Limitada']),
 (r' LIMITED$', [' Ltd']), (r' LTD\.?$', [' Limited']),
 (r',? S\.A\.S\.$', [' Sociedad por Acciones Simplificada']),
 (r',? S\.A\.C\.$', [' Sociedad Anonima Cerrada']),
 (r',? S\.A\.$', [' Sociedad Anonima']),
 (r',? E\.U\.$', [' Empresa Unipersonal']),
 (r',? LLC\.?$', [' Limited Liability Company']),
 (r' FZE$', [' Free Zone Establishment']), (r' FZCO$', [' Free Zone Company']),
 (r' OOO$', [' LLC']), (r' PTE\.? LTD\.?$', [' Private Limited']),
 (r' SARL$', [' S.a.r.l.']), (r',? INC\.?$', [' Incorporated']), (r',? CORP\.?$', [' Corporation']),
 (r' B\.V\.$', [' Besloten Vennootschap']), (r' S\.L\.$', [' Sociedad Limitada']), (r' GMBH$', [' Gesellschaft mbH']),
 (r' S\.R\.L\.$', [' Sociedad de Responsabilidad Limitada']), (r' COMPANY$', [' Co. Ltd']), (r' AG$', [' Aktiengesellschaft']),
]
ABBR = {'COMPANY': 'Co', 'CORPORATION': 'Corp', 'INTERNATIONAL': 'Intl', 'INDUSTRIES': 'Inds', 'INDUSTRIAL': 'Indl',
 'MANUFACTURING': 'Mfg', 'TRADING': 'Trdg', 'ENGINEERING': 'Engg', 'DEVELOPMENT': 'Dev', 'SERVICES': 'Svcs', 'BROTHERS': 'Bros',
 'ASSOCIATION': 'Assn', 'INVERSIONES': 'Inv.', 'TRANSPORTATION': 'Transp.', 'GENERAL': 'Gen.', 'TECHNOLOGY': 'Tech',
 'TECHNOLOGIES': 'Techs', 'SHIPPING': 'Shpg', 'COMERCIALIZADORA': 'Comerc.', 'INTERNACIONAL': 'Intl', 'AGROPECUARIA': 'Agrop.',
 'CONSTRUCTORA': 'Constr.', 'DISTRIBUIDORA': 'Distrib.', 'INDUSTRY': 'Ind.', 'INVESTMENT': 'Invt', 'INVESTMENTS': 'Invts',
 'MANAGEMENT': 'Mgmt', 'ORGANIZATION': 'Org', 'FOUNDATION': 'Fdn', 'HOLDINGS': 'Hldgs', 'HOLDING': 'Hldg', 'GROUP': 'Grp',
 'LIMITED': 'Ltd', 'NATIONAL': 'Natl', 'ELECTRONIC': 'Elec.', 'COMMERCIAL': 'Coml', 'INMOBILIARIA': 'Inmob.', 'SOCIEDAD': 'Soc.',
 'ADMINISTRADORA': 'Admin.', 'IMPORTADORA': 'Import.', 'SERVICIOS': 'Servs.', 'EXCHANGE': 'Exch', 'INSTITUTE': 'Inst.',
 'UNIVERSITY': 'Univ.', 'AIRLINES': 'Airl.', 'PETROLEUM': 'Petrol.', 'CHEMICAL': 'Chem.', 'EQUIPMENT': 'Equip.', 'BANK': 'Bk'}
CHAT = ['pls screen {n} before we ship the order', 'new vendor onboarding - {n}', 'hi can u check {n}?? thx',
 'our bank held a payment to {n}, why?', 'kyc: supplier is {n}', 'is {n} sanctioned or not', 'invoice 4471 from {n}',
 'incoming wire from {n} got flagged', 'quick lookup {n} asap please', 'customer claims to be {n}',
 're: contract renewal with {n}', 'need due diligence on {n} by friday', 'freight booking for {n} - ok to proceed?',
 'does {n} show up on the OFAC list']
OFFICE = ['{n} ({c} branch)', '{n} - {c} office', '{n} {c} representative office', '{n}, regional office {c}',
 '{c} subsidiary of {n}', '{n} liaison office in {c}']
def gen_case(e, n):
    opts = [n.lower(), tc(n), n[0] + n[1:].lower()]
    rng.shuffle(opts)
    return [(o, 'case changed') for o in opts if o != n]
def gen_legal(e, n):
    out = []
    for pat, reps in LEGALMAP:
        if re.search(pat, n):
            base = re.sub(pat, '', n)
            for rep in reps: out.append((tc(base) + rep, f'legal form rewritten ({rep.strip(", ")})'))
            out.append((tc(base), 'legal form dropped'))
            break
    return out
def gen_abbr(e, n):
    ws = n.split(); ch = False; nw = []
    for w in ws:
        k = w.strip(',.')
        if k in ABBR: nw.append(ABBR[k]); ch = True
        else: nw.append(w.capitalize() if w.isalpha() else w)
    return [(' '.join(nw), 'words abbreviated')] if ch else []
def gen_typo(e, n):
    ws = n.split(); cand = [i for i, w in enumerate(ws) if w.isalpha() and len(w) >= 5]
    if not cand: return []
    i = max(cand, key=lambda j: len(ws[j])); w = ws[i]; out = []
    ops = ['swap', 'drop', 'double']; rng.shuffle(ops)
    for op in ops:
        p = rng.randint(1, len(w) - 2)
        if op == 'swap': nw = w[:p] + w[p+1] + w[p] + w[p+2:]
        elif op == 'drop': nw = w[:p] + w[p+1:]
        else: nw = w[:p] + w[p] + w[p:]
        if nw == w: continue
        q = ' '.join(ws[:i] + [nw] + ws[i+1:])
        out.append((q if rng.random() < 0.5 else q.title(), f'typo ({op}) in {w}'))
    return out
def gen_punct(e, n):
    if not re.search(r"[.,&'\-/()@]", n): return []
    q = n.replace('&', ' and ').replace('-', ' ').replace('/', ' ')
    q = re.sub(r"[.,'()@]", '', q); q = ' '.join(q.split())
    q2 = re.sub(r"\.", '', n)
    return [(tc(q), 'punctuation removed'), (q2, 'dots removed')]
def gen_aka(e, n):
    out = []
    for t, a in alt.get(e, []):
        if t.lower() not in ('aka',) or not a: continue
        if any(idx[k] - {e} for k in keys(a)): continue
        if fold(a) == fold(n) or fold_nolegal(a) == fold_nolegal(n): continue
        if len(fold(a)) < 5: continue
        if re.search(r'-[a-z]+$', a.lower()) and not re.search(r'-[a-z]+$', n.lower()): continue
        at = set(fold_nolegal(a).split())
        if any(at <= set(fold_nolegal(o['name']).split()) for o in sdn if o['ent'] != e and o['type'] == ''): continue
        out.append((tc(a), f'alias from alt.csv: {a}'))
    return out
def place(e):
    for a, c, co in add.get(e, []):
        city = re.sub(r'[\d-]+', '', c).strip().strip(',').split(',')[0].strip() if c and ':' not in c else ''
        if city and len(city) > 2: return city.title()
        if co: return co
    return None
def gen_parent(e, n):
    c = place(e)
    if not c: return []
    base = tc(n); t = rng.choice(OFFICE)
    return [(t.format(n=base, c=c), f'office/branch form ({c}) of the listed entity')]
def gen_messy(e, n):
    t = rng.choice(CHAT); base = n if rng.random() < 0.4 else tc(n)
    return [(t.format(n=base), 'chatter around name')]
GENS = [('aka', gen_aka), ('legal_form', gen_legal), ('abbreviation', gen_abbr), ('punctuation', gen_punct),
        ('parent_vs_subsidiary', gen_parent), ('typo', gen_typo), ('case', gen_case), ('messy', gen_messy)]
order = sorted(pool, key=lambda e: (use[e], rng.random()))
skipped_amb = [e for e in order if ambiguous_name(e)]
for kind, g in GENS:
    n = 0
    for e in order:
        if n >= 12: break
        if e in used_ents or e in skipped_amb: continue
        name = orgs[e]['name']
        if len(name) < 6 and kind not in ('case',): continue
        for q, v in g(e, name):
            if add_pos(kind, e, q, v, check_collide=(kind != 'messy'), allow_own=(kind in ('case', 'aka'))):
                n += 1; break
    if n != 12: print('SHORT', kind, n); print('\n'.join(log[-20:])); raise SystemExit
# negatives
orgtoks = defaultdict(set)
STOP = LEGAL | set('del los las for bank group trading international general new' .split()) - set()
STOP = LEGAL | {'del', 'los', 'las', 'for', 'and', 'y', 'en', 'la', 'el', 'al'}
for r in sdn:
    if r['type'] == '':
        for t in fold(r['name']).split():
            if len(t) >= 3 and t not in STOP: orgtoks[t].add(r['name'])
onecore = {fold_nolegal(r['name']) for r in sdn if r['type'] == '' and len(fold_nolegal(r['name']).split()) == 1}
indiv_toks = set()
for r in sdn:
    if r['type'] == 'individual':
        indiv_toks |= set(fold(r['name']).split())
negrows = []
for kind, lst in NEG.items():
    n = 0
    for q in lst:
        if n >= NEED[kind]: break
        if not qnew(q): log.append(f'reject neg {kind} {q!r}: earlier/duplicate query'); continue
        if any(idx.get(k) for k in keys(q)) or keys(q) & cslkeys: log.append(f'reject neg {kind} {q!r}: equals listed name'); continue
        toks = [t for t in fold(q).split() if len(t) >= 3 and t not in STOP]
        if any(t in onecore for t in fold(q).split()): log.append(f'reject neg {kind} {q!r}: one-word org core'); continue
        if kind == 'person_as_company' and any(t in indiv_toks for t in fold(q).split() if t not in LEGAL and len(t) > 2):
            log.append(f'reject neg {kind} {q!r}: name token in SDN individual'); continue
        shared = {t: orgtoks[t] for t in toks if t in orgtoks}
        if kind == 'shares_one_word' and not shared: log.append(f'reject neg {kind} {q!r}: shares nothing'); continue
        if shared:
            allo = sorted(set().union(*shared.values()))
            note = f"not listed ({kind}); shares {', '.join(repr(t) for t in shared)} with {len(allo)} listed org(s), e.g. " + '; '.join(allo[:3])
        else:
            note = f"not listed ({kind}); shares no word with a listed org"
        negrows.append(dict(query=q, expected=None, kind=kind, notes=note)); used_q.add(' '.join(q.lower().split())); n += 1
    if n != NEED[kind]: print('SHORT', kind, n)
with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows + negrows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
uc = Counter(use[e] for e in used_ents)
print('positives', len(rows), 'negatives', len(negrows), 'use counts of targets', dict(uc))
print('ambiguous-name entities skipped by generator:', len(skipped_amb), 'of which unused:', sum(1 for e in skipped_amb if use[e] == 0))
print('programs', Counter(orgs[e]['program'] for e in used_ents).most_common(8))
print('\n'.join(log))
