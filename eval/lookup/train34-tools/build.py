"""Build train34.jsonl (seed 34). Prints counts and rejection reasons only (never an earlier row)."""
import difflib, json, random, re, sys
from collections import Counter, defaultdict
import lib, rows_pos, rows_neg

SEED = 34
OUT = lib.HERE + '/../train34.jsonl'
rej = Counter()
rej_examples = defaultdict(list)


def reject(kind, reason, q=None):
    rej[(kind, reason)] += 1
    if q is not None and reason != 'earlier query' and len(rej_examples[(kind, reason)]) < 3:
        rej_examples[(kind, reason)].append(q)


sdn, alts, adds = lib.load_sdn()
cand = json.load(open(lib.HERE + '/cand.json'))
LEVEL = cand['level']
POOL = [int(e) for e, v in cand['cand'].items() if not v['ambiguous'] and v['uses'] == LEVEL]
USES = {int(e): v['uses'] for e, v in cand['cand'].items()}
EXACT = lib.exact_names()
used_ents, seen_q, rows = set(), set(), []


def qkeys(q):
    return {'w:' + lib.key_ws(q), 'p:' + lib.key_punct(q)}


def base_ok(kind, q, ent=None):
    if lib.is_prior(q):
        reject(kind, 'earlier query'); return False
    if qkeys(q) & seen_q:
        reject(kind, 'repeats a query of this set', q); return False
    if ent is not None and q.strip() == sdn[ent]['name']:
        reject(kind, 'equals the SDN name exactly', q); return False
    return True


def add_pos(kind, ent, q, variant):
    d = sdn[ent]
    notes = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, variant, d['program'], USES[ent], d['name'], ent)
    rows.append({'query': q, 'expected': d['name'], 'kind': kind, 'notes': notes})
    used_ents.add(ent)
    seen_q.update(qkeys(q))


# ---------------- hand-written positives ----------------
for kind, lst in rows_pos.ORDER:
    n = 0
    for ent, q, variant in lst:
        if n >= 12:
            break
        if ent not in POOL:
            reject(kind, 'target not in least-used pool', q); continue
        if ent in used_ents:
            reject(kind, 'entity already used', q); continue
        if not base_ok(kind, q, ent):
            continue
        if kind != 'script':
            if lib.own_hit(q, ent):
                reject(kind, 'equals own name/alias after folding', q); continue
            if lib.other_record_hit(q, ent):
                reject(kind, 'equals another record after folding', q); continue
        if kind == 'partial' and lib.subset_of_other_org(q, ent):
            reject(kind, 'token subset of another organisation', q); continue
        add_pos(kind, ent, q, variant)
        n += 1
    if n < 12:
        print('SHORT', kind, n)

# ---------------- generated positives ----------------
rng = random.Random(SEED)
rest = [e for e in POOL if e not in used_ents]
rng.shuffle(rest)

LEGAL_MAP = [  # (regex for trailing form, replacement, description)
    (r',? S\. DE R\.L\. DE C\.V\.$', ', Sociedad de Responsabilidad Limitada de Capital Variable', 'S. de R.L. de C.V. written out'),
    (r',? S\.A\. DE C\.V\.?$', ', Sociedad Anonima de Capital Variable', 'S.A. de C.V. written out'),
    (r' S\.A\.S\.$', ' Sociedad por Acciones Simplificada', 'S.A.S. written out'),
    (r' S\.A\.C\.$', ' Sociedad Anonima Cerrada', 'S.A.C. written out'),
    (r' S\.R\.L\.$', ' Sociedad de Responsabilidad Limitada', 'S.R.L. written out'),
    (r',? S\.A\.$', ' Sociedad Anonima', 'S.A. written out'),
    (r',? C\.A\.$', ' Compania Anonima', 'C.A. written out'),
    (r' LTDA\.$', ' Limitada', 'Ltda. written out'),
    (r' E\.U\.$', ' Empresa Unipersonal', 'E.U. written out'),
    (r' S\. EN C\.$', ' Sociedad en Comandita', 'S. en C. written out'),
    (r' E\.I\.R\.L\.$', ' Empresa Individual de Responsabilidad Limitada', 'E.I.R.L. written out'),
    (r',? LTD\.?$', ' Limited', 'Ltd. → Limited'),
    (r' LIMITED$', ' Ltd', 'Limited → Ltd'),
    (r',? INC\.?$', ' Incorporated', 'Inc. → Incorporated'),
    (r' CORP\.$', ' Corporation', 'Corp. → Corporation'),
    (r' CORPORATION$', ' Corp.', 'Corporation → Corp.'),
    (r' CO\.$', ' Company', 'Co. → Company'),
    (r' COMPANY$', ' Co.', 'Company → Co.'),
    (r' GMBH$', ' Gesellschaft mit beschraenkter Haftung', 'GmbH written out'),
    (r',? LLC$', ' Limited Liability Company', 'LLC written out'),
    (r' FZE$', ' Free Zone Establishment', 'FZE written out'),
    (r' FZCO$', ' Free Zone Company', 'FZCO written out'),
    (r' SDN BHD$', ' Sendirian Berhad', 'Sdn Bhd written out'),
    (r' OY$', ' Osakeyhtio', 'Oy written out'),
    (r' S\.L\.$', ' Sociedad Limitada', 'S.L. written out'),
    (r' PLC$', ' Public Limited Company', 'PLC written out'),
]

ABBR = {'INTERNATIONAL': 'Intl', 'INTERNACIONAL': "Int'l", 'INVERSIONES': 'Inv.', 'SHIPPING': 'Shpg', 'TRADING': 'Trdg',
        'CORPORACION': 'Corp.', 'COMERCIAL': 'Com.', 'COMERCIALIZADORA': 'Comercializ.', 'CONSTRUCTORA': 'Constr.',
        'DISTRIBUIDORA': 'Distrib.', 'ADMINISTRADORA': 'Admin.', 'INMOBILIARIA': 'Inmob.', 'AGROPECUARIA': 'Agrop.',
        'INDUSTRIAL': 'Indl', 'SERVICES': 'Svcs', 'SERVICIOS': 'Servs.', 'DEVELOPMENT': 'Dev.', 'INVESTMENT': 'Invt',
        'INVESTMENTS': 'Invts', 'MANAGEMENT': 'Mgmt', 'TECHNOLOGY': 'Tech.', 'TECHNOLOGIES': 'Techs', 'ENGINEERING': 'Engg',
        'GENERAL': 'Gen.', 'ENTERPRISES': 'Ents.', 'PROPERTIES': 'Props', 'TRANSPORT': 'Transp.', 'MARKETING': 'Mktg',
        'ASSOCIATION': 'Assn', 'ORGANIZATION': 'Org.', 'EXPORT': 'Exp.', 'IMPORT': 'Imp.', 'BROTHERS': 'Bros.',
        'HERMANOS': 'Hnos.', 'ADVISORS': 'Advs.', 'MINING': 'Mng', 'EXCHANGE': 'Exch.', 'INDUSTRY': 'Ind.',
        'MANUFACTURING': 'Mfg', 'PHARMACEUTICAL': 'Pharm.', 'PRODUCTS': 'Prods', 'CENTER': 'Ctr', 'CENTRE': 'Ctr',
        'SYSTEMS': 'Sys.', 'COMMERCIAL': 'Comml', 'DEVELOPMENTS': 'Devs', 'DESARROLLOS': 'Desarr.', 'IMPORTACIONES': 'Imps.',
        'TRANSPORTES': 'Transp.', 'AGRICOLA': 'Agric.', 'INTERNATIONALE': 'Intle', 'COMMUNICATIONS': 'Comms',
        'TELECOMMUNICATIONS': 'Telecom', 'CONSULTANTS': 'Consults', 'RESTAURANTES': 'Rest.', 'FINANCE': 'Fin.',
        'ENERGY': 'Engy', 'COMPANIA': 'Cia.', 'COMMODITIES': 'Cmdty', 'ESTABLISHMENT': 'Estab.'}

NEIGH = {'a': 'sq', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj', 'i': 'uo', 'j': 'hk',
         'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o', 'q': 'w', 'r': 'et', 's': 'ad', 't': 'ry',
         'u': 'yi', 'v': 'cb', 'w': 'qe', 'x': 'zc', 'y': 'tu', 'z': 'x'}

MESSY = ['is {n} ok to trade with?', 'quick one - can we wire money to {n}??', 'anyone know if {n} is sanctioned',
         'pls screen {n} before friday', 'new supplier: {n} .. any hits?', 'customer says they are {n}, good to go?',
         'do we have {n} on any list', 'got a PO from {n} - safe?', 'check {n} for me thx', '{n} clear or blocked?',
         'can i onboard {n}', 'urgent: is {n} on ofac']


SMALL = {'DE', 'DEL', 'Y', 'E', 'LA', 'LAS', 'LOS', 'EL', 'EN', 'OF', 'AND', 'THE', 'FOR', 'ET', 'DU', 'DES'}
KEEP = {'SA', 'SAS', 'SAC', 'CA', 'SL', 'AB', 'AS', 'AG', 'KG', 'LLC', 'FZE', 'FZCO', 'UK', 'USA', 'PLC', 'JR', 'CMS',
        'MPS', 'II', 'III', 'CEC', 'MBS', 'SAI', 'DMI', 'PLM', 'TC', 'KB', 'CK', 'DGI', 'TRD', 'SAL', 'GMBH', 'LTD', 'DOO',
        'CV', 'RL', 'RDI', 'MC', 'MS', 'AEOI', 'IRISL', 'BMIIC', 'JV', 'HK', 'PVT', 'PTY', 'BV', 'SPRL', 'SARL', 'SRL'}


def smart_title(s):
    out = []
    for i, w in enumerate(s.split()):
        core = w.strip(',.()\'')
        if re.fullmatch(r'\(?(?:[A-Z]{1,2}\.){2,}[A-Z]?,?\)?,?|\(?(?:[A-Z]\.)+,?\)?', w) or re.fullmatch(r'[\d\W]+\w*', w):
            out.append(w)
        elif core in KEEP:
            out.append(w if core not in ('GMBH', 'LTD', 'SARL', 'SRL', 'SPRL') else w.replace(core, {'GMBH': 'GmbH', 'LTD': 'Ltd', 'SARL': 'Sarl', 'SRL': 'Srl', 'SPRL': 'Sprl'}[core]))
        elif core in SMALL and i > 0:
            out.append(w.lower())
        elif '-' in w:
            out.append('-'.join(x.capitalize() for x in w.split('-')))
        else:
            out.append('(' + w[1:].capitalize() if w[:1] == '(' else w.capitalize())
    return ' '.join(out)


def gen_aka(e):
    name = sdn[e]['name']
    idx = lib.fold_index()
    nf = lib.key_punct(name)
    for _, a in alts[e]:
        if len(a) < 5 or lib.folds(a) & lib.folds(name):
            continue
        if any(idx.get(f, set()) - {e} for f in lib.folds(a)):
            continue
        if lib.subset_of_other_org(a, e):
            continue
        at, nt = set(lib.key_punct(a).split()), set(nf.split())
        if len(at ^ nt) <= 1:
            continue
        if difflib.SequenceMatcher(None, lib.key_punct(a), nf).ratio() >= 0.85:
            continue
        return a, 'alias from alt.csv: %s' % a
    return None


def place(e):
    name_toks = set(lib.key_punct(sdn[e]['name']).split())
    for ad in adds[e]:
        city = re.sub(r'\b[A-Z]{0,3}[- ]?\d[\w-]*', '', ad['city']).strip(' ,')
        city = city.split(',')[0].strip()
        for p in (city, ad['country']):
            if p and len(p) > 2 and not (set(lib.key_punct(p).split()) & name_toks):
                return p
    return None


def gen_pvs(e):
    p = place(e)
    if not p:
        return None
    n = smart_title(sdn[e]['name'])
    t = rng.choice(['{n} ({p} branch)', '{n} - {p} office', '{n}, {p} branch office', '{n} {p} subsidiary',
                    '{n} ({p} representative office)'])
    return t.format(n=n, p=p), 'branch/office form using add.csv location %s' % p


def gen_legal(e):
    name = sdn[e]['name']
    for rx, rep, desc in LEGAL_MAP:
        if re.search(rx, name):
            q = re.sub(rx, rep.upper(), name)
            return smart_title(q), desc
    return None


def gen_abbr(e):
    words = sdn[e]['name'].split()
    hits = [i for i, w in enumerate(words) if w.strip(',.') in ABBR]
    if not hits:
        return None
    i = rng.choice(hits)
    w = words[i].strip(',.')
    words[i] = words[i].replace(w, ABBR[w])
    t = smart_title(' '.join(words)).split()
    t[i] = words[i]
    return ' '.join(t), '%s → %s' % (w, ABBR[w])


def gen_punct(e):
    name = sdn[e]['name']
    if re.search(r'[.,\-&()/\']', name):
        q = re.sub(r'[-/]', ' ', name)
        q = re.sub(r'[.,()\']', '', q)
        q = ' '.join(q.split())
        if q != name:
            return q, 'punctuation removed'
    m = re.search(r' (CO|LTD|INC|CORP)$', name)
    if m:
        return name[:m.start()] + ', ' + m.group(1) + '.', 'comma and full stop added to ' + m.group(1)
    return None


def gen_typo(e):
    name = sdn[e]['name']
    if len(lib.key_punct(name).replace(' ', '')) < 10:
        return None
    words = name.split()
    cands = [i for i, w in enumerate(words) if re.fullmatch(r'[A-Z]{6,}', w) and w.lower() not in lib.LEGAL]
    if not cands:
        return None
    i = rng.choice(cands)
    w = words[i].lower()
    op = rng.choice(['swap', 'drop', 'double', 'neigh'])
    j = rng.randrange(1, len(w) - 1)
    if op == 'swap':
        nw = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 'drop':
        nw = w[:j] + w[j + 1:]
    elif op == 'double':
        nw = w[:j] + w[j] + w[j:]
    else:
        nw = w[:j] + rng.choice(NEIGH.get(w[j], w[j])) + w[j + 1:]
    if nw == w:
        return None
    words[i] = nw.upper()
    q = ' '.join(words)
    q = rng.choice([q, q.lower(), smart_title(q)])
    return q, '%s: %s → %s' % ({'swap': 'two letters swapped', 'drop': 'letter dropped', 'double': 'letter doubled', 'neigh': 'neighbouring-key substitution'}[op], w.upper(), nw.upper())


def gen_case(e):
    name = sdn[e]['name']
    m = rng.choice(['lower', 'title', 'sentence'])
    q = {'lower': name.lower(), 'title': smart_title(name), 'sentence': name[:1] + name[1:].lower()}[m]
    return q, m + ' case'


def strip_legal(name):
    q = name
    for rx, _, _ in LEGAL_MAP:
        q = re.sub(rx, '', q)
    return q.strip(' ,')


def gen_messy(e):
    name = sdn[e]['name']
    n = rng.choice([name.lower(), strip_legal(name).lower(), strip_legal(name)])
    if len(lib.key_punct(n).replace(' ', '')) < 5:
        n = name.lower()
    if lib.other_record_hit(n, e) or lib.subset_of_other_org(n, e):
        return None
    return rng.choice(MESSY).format(n=n), 'chat text embedding "%s"' % n


GEN = [('aka', gen_aka), ('parent_vs_subsidiary', gen_pvs), ('legal_form', gen_legal), ('abbreviation', gen_abbr),
       ('punctuation', gen_punct), ('typo', gen_typo), ('case', gen_case), ('messy', gen_messy)]
for kind, fn in GEN:
    n = 0
    for e in rest:
        if n >= 12:
            break
        if e in used_ents:
            continue
        r = fn(e)
        if not r:
            continue
        q, variant = r
        if not base_ok(kind, q, e):
            continue
        if kind != 'messy' and lib.other_record_hit(q, e):
            reject(kind, 'equals another record after folding', q); continue
        add_pos(kind, e, q, variant)
        n += 1
    if n < 12:
        print('SHORT', kind, n)

# ---------------- negatives ----------------
WORDS = lib.word_org_counts()
target_words = {}
for r in rows:
    for t in lib.content_tokens(r['expected']):
        target_words.setdefault(t, r['expected'])
sdn_ind_names = [set(lib.key_punct(d['name']).split()) for d in sdn.values() if d['type'] == 'individual']


def share_info(q):
    parts = []
    for t in dict.fromkeys(lib.content_tokens(q)):
        if t in WORDS:
            ex = sorted(sdn[x]['name'] for x in WORDS[t])[:3]
            parts.append('"%s" (%d listed org%s, e.g. %s)' % (t, len(WORDS[t]), "" if len(WORDS[t]) == 1 else "s", '; '.join(ex)))
    return parts


def neg_ok(cat, q):
    if not base_ok(cat, q):
        return False
    if q.strip().lower() in EXACT:
        reject(cat, 'exactly an SDN name or alias', q); return False
    if lib.fold_index().keys() & lib.folds(q):
        reject(cat, 'equals an SDN/CSL name or alias after folding', q); return False
    return True


for cat, lst in rows_neg.ORDER:
    need, n = lib.NEG_CATS[cat], 0
    for q in lst:
        if n >= need:
            break
        if not neg_ok(cat, q):
            continue
        sh = share_info(q)
        extra = ''
        if cat == 'shares_one_word' and not sh:
            reject(cat, 'shares no content word', q); continue
        if cat == 'near_miss':
            ct = lib.content_tokens(q)
            if not ct or ct[0] not in target_words:
                reject(cat, 'first word not a target word of this set', q); continue
            extra = '; reuses "%s" from this set\'s target %s' % (ct[0], target_words[ct[0]])
        if cat == 'person_as_company':
            toks = lib.key_punct(q).split()[:2]
            if any(set(toks) <= s for s in sdn_ind_names):
                reject(cat, 'first two tokens in one SDN individual name', q); continue
        notes = 'not listed: %s; %s%s' % (cat, ('shares ' + ', '.join(sh)) if sh else 'shares no word with a listed org', extra)
        rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': notes})
        seen_q.update(qkeys(q))
        n += 1
    if n < need:
        print('SHORT', cat, n)

with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

print('pool level %d, pool size %d, seed %d' % (LEVEL, len(POOL), SEED))
print('rows', len(rows), 'positives', sum(r['expected'] is not None for r in rows),
      'negatives', sum(r['expected'] is None for r in rows))
print('per kind:', dict(Counter(r['kind'] for r in rows)))
print('rejections (kind | reason | count | examples; none shown for earlier queries):')
for (k, why), c in sorted(rej.items(), key=lambda x: -x[1]):
    print('  %s | %s | %d | %s' % (k, why, c, ' / '.join(rej_examples[(k, why)])))
