"""Build train33.jsonl: hand rows (rows_pos.py, rows_neg.py) + seeded generation for the mechanical kinds.
Prints counts and verdicts only (never an earlier row). Output: ../train33.jsonl; log: build_output.txt (via tee)."""
import difflib, json, os, random, re, sys
from collections import Counter, defaultdict
import lib, rows_pos, rows_neg

SEED = 33
PER_KIND = 12
GEN_KINDS = ['aka', 'parent_vs_subsidiary', 'legal_form', 'abbreviation', 'punctuation', 'typo', 'case', 'messy']
HAND_ORDER = [('script', rows_pos.SCRIPT), ('word_order', rows_pos.WORD_ORDER), ('transliteration', rows_pos.TRANSLIT),
              ('translation', rows_pos.TRANSLATION), ('partial', rows_pos.PARTIAL)]
NEG_PLAN = [('famous_unlisted', rows_neg.FAMOUS, 40), ('shares_one_word', rows_neg.SHARES_ONE, 22),
            ('near_miss', rows_neg.NEAR_MISS, 20), ('generic', rows_neg.GENERIC, 16),
            ('person_as_company', rows_neg.PERSON, 16), ('city_country', rows_neg.CITY, 15), ('brand_product', rows_neg.BRAND, 16)]
STOP = {'for', 'in', 'at', 'on', 'to', 'by', 'with', 'from', 'da', 'do', 'di', 'du', 'le', 'les', 'al', 'el', 'a', 'an'}

ix = lib.Index()
cand = json.load(open(os.path.join(lib.HERE, 'cand.json')))
cand_by = {c['ent']: c for c in cand}
usable = [c for c in cand if not c['ambiguous']]
LEVEL = min(c['uses'] for c in usable)
POOL = sorted(c['ent'] for c in usable if c['uses'] == LEVEL)
POOLSET = set(POOL)
PRIOR, USES, NF, NR = lib.load_prior(ix.unique_org)

rows, used_ents, set_keys = [], set(), set()
rejects = Counter(); reject_examples = defaultdict(list)

def dump_rejects():
    for (k, why), c in sorted(rejects.items(), key=lambda x: -x[1]):
        print(f'  {k:22s} {why:45s} {c:3d}  e.g. {reject_examples[(k, why)]}')

def reject(kind, reason, q):
    rejects[(kind, reason)] += 1
    # only this set's own candidate strings are logged (never an earlier row)
    if reason != 'earlier query' and len(reject_examples[(kind, reason)]) < 4:
        reject_examples[(kind, reason)].append(q)

def org_tokens(ent):
    toks = []
    for n in ix.names_of(ent):
        toks.append(set(lib.fold_nolegal(n).split()))
    return toks

ORG_TOKSETS = [(r['ent'], ts) for r in ix.orgs for ts in org_tokens(r['ent'])]

def subset_of_other(q, ent):
    qt = set(lib.fold_nolegal(q).split())
    if not qt:
        return True
    return any(e != ent and ts and qt <= ts for e, ts in ORG_TOKSETS)

def basic_ok(kind, q, ent, check_other=True, embedded=None):
    if lib.is_prior(q, PRIOR):
        reject(kind, 'earlier query', q); return False
    if lib.prior_keys_of(q) & set_keys:
        reject(kind, 'repeats a query of this set', q); return False
    if q == ix.by_ent[ent]['name']:
        reject(kind, 'equals target name', q); return False
    probe = embedded if embedded is not None else q
    if check_other and (ix.fold_hits(probe) - {ent}):
        reject(kind, "equals another record's name/alias", q); return False
    return True

def pos_note(kind, variant, ent):
    r = ix.by_ent[ent]
    return (f"{kind}: {variant}; program {r['program']}; earlier-set uses {USES.get(ent, 0)}; "
            f"target {r['name']} [SDN ent_num {ent}]")

def add_pos(kind, q, ent, variant):
    rows.append({'query': q, 'expected': ix.by_ent[ent]['name'], 'kind': kind, 'notes': pos_note(kind, variant, ent)})
    used_ents.add(ent); set_keys.update(lib.prior_keys_of(q))

# ---------------- hand positives ----------------
for kind, lst in HAND_ORDER:
    n = 0
    for q, ent, variant in lst:
        if n >= PER_KIND:
            break
        if ent not in POOLSET:
            reject(kind, 'target not in least-used pool', q); continue
        if ent in used_ents:
            reject(kind, 'entity already used', q); continue
        if not basic_ok(kind, q, ent, check_other=(kind != 'script')):
            continue
        own = set()
        for nm in ix.names_of(ent):
            own |= lib.fold_variants(nm)
        if kind != 'script' and (lib.fold_variants(q) & own):
            reject(kind, "equals own name/alias after folding", q); continue
        if kind == 'partial' and subset_of_other(q, ent):
            reject(kind, "tokens are a subset of another org's name", q); continue
        add_pos(kind, q, ent, variant); n += 1
    if n < PER_KIND:
        print('SHORT', kind, n); dump_rejects(); sys.exit(1)

# ---------------- generators ----------------
rng = random.Random(SEED)
LOWER_WORDS = {'DE', 'DEL', 'Y', 'LA', 'LOS', 'LAS', 'EL', 'OF', 'AND', 'THE', 'FOR', 'IN', 'E', 'EN', 'A', 'AL'}
KEEP = {'LLC': 'LLC', 'FZE': 'FZE', 'FZCO': 'FZCO', 'GMBH': 'GmbH', 'PLC': 'PLC', 'SAL': 'SAL', 'SA': 'SA', 'CV': 'CV',
        'LLP': 'LLP', 'BV': 'BV', 'AG': 'AG', 'KG': 'KG', 'OY': 'Oy', 'ZAO': 'ZAO', 'SDN': 'Sdn', 'BHD': 'Bhd',
        'PTE': 'Pte', 'LTD': 'Ltd', 'INC': 'Inc', 'CO': 'Co', 'CORP': 'Corp', 'LTDA': 'Ltda', 'CIA': 'Cia', 'UK': 'UK', 'USA': 'USA', 'DRC': 'DRC', 'HK': 'HK', 'II': 'II', 'III': 'III', 'TV': 'TV'}

REAL3 = {'BAR', 'RED', 'SEA', 'ART', 'OIL', 'GAS', 'NEW', 'ONE', 'TOP', 'SKY', 'DAY', 'AIR', 'BIO', 'SAN', 'LOS', 'LAS',
         'DEL', 'THE', 'AND', 'FOR', 'SUN', 'MAR', 'ORO', 'GAD', 'CAR', 'CIA', 'KAVE', 'DOXA', 'BANK', 'WAY', 'BAY', 'GEM', 'LAB'}

def title(name):
    out = []
    for i, w in enumerate(name.split(' ')):
        core = re.sub(r'[^A-Z]', '', w.upper())
        if re.fullmatch(r'\(?([A-Z]\.)+[A-Z]?\.?\)?,?', w):
            out.append(w)                       # S.A., C.V., E.U.
        elif core in KEEP and core == re.sub(r'[^A-Z0-9]', '', w.upper()):
            out.append(w.replace(core, KEEP[core]))
        elif i > 0 and w.upper() in LOWER_WORDS:
            out.append(w.lower())
        elif w.isalpha() and w.isupper() and (len(w) <= 2 or (len(w) == 3 and w not in REAL3) or not re.search('[AEIOU]', w)):
            out.append(w)
        else:
            out.append('-'.join(re.sub(r'^(\W*)(\w)', lambda m: m.group(1) + m.group(2).upper(), p.lower()) for p in w.split('-')))
    return ' '.join(out)

FORMS = {'co', 'company', 'corp', 'corporation', 'inc', 'ltd', 'limited', 'llc', 'llp', 'plc', 'sa', 'de', 'cv', 'rl', 's',
         'srl', 'sas', 'sac', 'ltda', 'limitada', 'eu', 'ca', 'gmbh', 'ag', 'kg', 'oy', 'ab', 'bv', 'nv', 'fze', 'fzco', 'sal',
         'pjs', 'pte', 'pvt', 'kk', 'doo', 'sc', 'scs', 'en', 'c', 'eirl', 'zao', 'sl', 'spr', 'ri', 'cia', 'y', 'cc', 'sdn', 'bhd'}

def strip_legal_tail(name):
    toks = name.split()
    while len(toks) > 1 and lib.fold(toks[-1]).replace(' ', '') in FORMS:
        toks.pop()
    s = ' '.join(toks).rstrip(' ,')
    return s

LEGAL_MAP = [
    (r',? S\.A\. DE C\. ?V\.?$', ' Sociedad Anonima de Capital Variable'),
    (r',? S\. DE R\.L\. DE C\.V\.$', ' Sociedad de Responsabilidad Limitada de Capital Variable'),
    (r',? S\. DE R\.L\.$', ' Sociedad de Responsabilidad Limitada'),
    (r',? S\.A\.S\.$', ' Sociedad por Acciones Simplificada'),
    (r',? S\.A\.C\.$', ' Sociedad Anonima Cerrada'),
    (r',? S\.A\.L\.$', ' Societe Anonyme Libanaise'),
    (r',? S\.A\.$', ' Sociedad Anonima'),
    (r',? C\.A\.$', ' Compania Anonima'),
    (r',? E\.I\.R\.L\.$', ' Empresa Individual de Responsabilidad Limitada'),
    (r',? S\.R\.L\.$', ' Sociedad de Responsabilidad Limitada'),
    (r',? LTDA\.?$', ' Limitada'),
    (r',? LIMITADA$', ' Ltda.'),
    (r',? CO\.,? LTD\.?$', ' Company Limited'),
    (r',? PTE\.? LTD\.?$', ' Private Limited'),
    (r',? \(PVT\) LTD\.?$', ' Private Limited'),
    (r',? LTD\.?$', ' Limited'),
    (r',? LIMITED$', ' Ltd'),
    (r',? (?:LLC|L\.L\.C\.)$', ' Limited Liability Company'),
    (r',? INC\.?$', ' Incorporated'),
    (r',? CORP\.?$', ' Corporation'),
    (r',? CORPORATION$', ' Corp.'),
    (r',? GMBH$', ' Gesellschaft mit beschraenkter Haftung'),
    (r',? OY$', ' Osakeyhtio'),
    (r',? FZE$', ' Free Zone Establishment'),
    (r',? FZCO$', ' Free Zone Company'),
    (r',? SDN BHD$', ' Sendirian Berhad'),
    (r',? D\.O\.O\.$', ' d.o.o. (drustvo s ogranicenom odgovornoscu)'),
    (r',? B\.V\.$', ' Besloten Vennootschap'),
    (r',? COMPANY$', ' Co.'),
    (r',? CO\.$', ' Company'),
]

def gen_legal_form(ent, name):
    for pat, rep in LEGAL_MAP:
        m = re.search(pat, name)
        if m:
            base = name[:m.start()]
            q = title(base) + rep
            return q, f"legal form '{m.group(0).strip(' ,')}' -> '{rep.strip()}'"
    return None

ABBR = {'INTERNATIONAL': 'Intl', 'INTERNACIONAL': 'Intl.', 'COMPANY': 'Co', 'CORPORATION': 'Corp', 'TRADING': 'Trdg',
        'INDUSTRIES': 'Inds', 'INDUSTRY': 'Ind', 'DEVELOPMENT': 'Dev', 'GENERAL': 'Gen', 'SHIPPING': 'Shpg',
        'MANAGEMENT': 'Mgmt', 'ENGINEERING': 'Engg', 'INVERSIONES': 'Inv.', 'COMERCIALIZADORA': 'Comercializ.',
        'ADMINISTRADORA': 'Admin.', 'CONSTRUCTORA': 'Constr.', 'DISTRIBUIDORA': 'Distrib.', 'TECHNOLOGY': 'Tech',
        'TECHNOLOGIES': 'Techs', 'ASSOCIATION': 'Assn', 'BROTHERS': 'Bros', 'SERVICES': 'Svcs', 'SERVICIOS': 'Servs.',
        'INVESTMENTS': 'Invts', 'INVESTMENT': 'Invt', 'ENTERPRISES': 'Ents', 'ENTERPRISE': 'Ent', 'PROPERTIES': 'Props',
        'INMOBILIARIA': 'Inmob.', 'AGROPECUARIA': 'Agrop.', 'TRANSPORTES': 'Transp.', 'TRANSPORT': 'Transp',
        'CORPORACION': 'Corp.', 'COMPANIA': 'Cia.', 'IMPORT': 'Imp', 'EXPORT': 'Exp', 'IMPORTACIONES': 'Imp.',
        'ORGANIZATION': 'Org', 'INTERNATIONAL,': 'Intl,', 'PRODUCTS': 'Prods', 'DEPARTMENT': 'Dept',
        'ENERGY': 'Enrg', 'FINANCE': 'Fin', 'FINANCIAL': 'Finl', 'HOLDING': 'Hldg', 'HOLDINGS': 'Hldgs',
        'LIMITED': 'Ltd', 'ADMINISTRATIVOS': 'Admvos.', 'RESTAURANTES': 'Rest.', 'LABORATORIOS': 'Labs.',
        'LABORATORY': 'Lab', 'DESARROLLOS': 'Desarr.', 'ASOCIADOS': 'Asoc.', 'COMMERCIAL': 'Coml', 'COMERCIAL': 'Com.',
        'MARINE': 'Mar.', 'AVIATION': 'Avn', 'TELECOMMUNICATIONS': 'Telecom', 'MINISTRY': 'Min.', 'NATIONAL': 'Natl',
        'NACIONAL': 'Nal.', 'MOUNTAIN': 'Mtn', 'SOCIEDAD': 'Soc.', 'BROTHERS,': 'Bros,', 'CONSULTANTS': 'Consults',
        'DISTRIBUTION': 'Distr', 'EQUIPMENT': 'Equip', 'MANUFACTURING': 'Mfg'}

def gen_abbreviation(ent, name):
    toks = name.split(' ')
    done, out = [], []
    non_legal_hit = False
    for t in toks:
        if t in ABBR:
            out.append(ABBR[t]); done.append(f"{t}->{ABBR[t]}")
            if t.lower() not in lib.LEGAL:
                non_legal_hit = True
        else:
            out.append(t)
    if not done or not non_legal_hit:
        return None
    return title(' '.join(out)), 'abbreviated ' + ', '.join(done)

def gen_punctuation(ent, name):
    if re.search(r"[.,&'()\-@:/]", name):
        q = name.replace('&', 'AND').replace(' @ ', ' AT ')
        q = re.sub(r"[.,'()]", '', q); q = re.sub(r'[-:/]', ' ', q); q = ' '.join(q.split())
        if rng.random() < 0.5:
            q = title(q)
        return q, 'punctuation removed'
    m = re.search(r' (CO|LTD|INC|CORP)$', name)
    if m:
        return name[:m.start()] + ', ' + title(m.group(1)) + '.', f"comma and full stop added to bare {m.group(1)}"
    return None

KEYB = {c: n for c, n in zip('qwertyuiopasdfghjklzxcvbnm', ['wa', 'qes', 'wrd', 'etf', 'ryg', 'tuh', 'yij', 'uok', 'ipl', 'ol',
        'qsz', 'awdx', 'sefc', 'drgv', 'fthb', 'gyjn', 'hukm', 'jil', 'kop', 'asx', 'zsdc', 'xdfv', 'cfgb', 'vghn', 'bhjm', 'njk'])}

def gen_typo(ent, name):
    if len(lib.fold(name).replace(' ', '')) < 10:
        return None
    words = [i for i, w in enumerate(name.split(' ')) if re.fullmatch(r'[A-Z]{6,}', w) and w.lower() not in lib.LEGAL]
    if not words:
        return None
    toks = name.split(' ')
    i = rng.choice(words); w = toks[i].lower(); j = rng.randrange(1, len(w) - 1)
    op = rng.choice(['swap', 'drop', 'double', 'key'])
    if op == 'swap':
        nw = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 'drop':
        nw = w[:j] + w[j + 1:]
    elif op == 'double':
        nw = w[:j] + w[j] + w[j:]
    else:
        nw = w[:j] + rng.choice(KEYB.get(w[j], 'e')) + w[j + 1:]
    if nw == w:
        return None
    toks[i] = nw.upper()
    q = ' '.join(toks)
    q = title(q) if rng.random() < 0.5 else q.lower()
    return q, f"{op} in '{w}' -> '{nw}'"

def gen_case(ent, name):
    opt = rng.choice(['lower', 'title', 'sentence'])
    if opt == 'lower':
        return name.lower(), 'all lower case'
    if opt == 'title':
        return title(name), 'title case'
    s = name.lower()
    return s[:1].upper() + s[1:], 'sentence case'

def aka_ok(ent, name, alias):
    if len(alias) < 5 or ix.fold_hits(alias) != {ent}:
        return False
    if lib.fold_variants(alias) & lib.fold_variants(name):
        return False
    if subset_of_other(alias, ent):
        return False
    if difflib.SequenceMatcher(None, lib.fold(alias), lib.fold(name)).ratio() >= 0.85:
        return False
    a, b = set(lib.fold(alias).split()), set(lib.fold(name).split())
    if (a < b or b < a) and len(a ^ b) <= 1:
        return False
    return True

def gen_aka(ent, name):
    al = [a for t, a in ix.alt.get(ent, []) if aka_ok(ent, name, a)]
    if not al:
        return None
    a = rng.choice(al)
    return a, f"alias from alt.csv '{a}'"

def clean_place(s):
    s = re.sub(r'\b[A-Z]{1,2}\d[\dA-Z]? ?\d[A-Z]{2}\b', '', s)       # UK postcode
    s = re.sub(r'[\d\-]+', ' ', s)
    s = re.sub(r'\b(P\.?O\.? Box|Box)\b', '', s, flags=re.I)
    s = ' '.join(t for t in s.replace(',', ' ').split() if len(t) >= 3)
    return s

def nice_country(c):
    if ',' in c:
        a, b = [x.strip() for x in c.split(',', 1)]
        return {'Korea': 'North Korea' if b == 'North' else 'South Korea'}.get(a, (b + ' ' + a) if not b.endswith(' of the') and b != 'The' else a)
    return c

def gen_parent(ent, name):
    places = []
    for ad in ix.add.get(ent, []):
        c = clean_place(ad['city'])
        if c and 2 < len(c) < 25 and not re.search(r'\d', c):
            places.append(('city', c))
        if ad['country'] and not ad['country'].startswith('Region'):
            places.append(('country', nice_country(ad['country'])))
    nf = lib.fold(name)
    places = [x for x in places if lib.fold(x[1]) not in nf]
    if not places:
        return None
    kind, p = rng.choice(places)
    base = title(strip_legal_tail(name)) if rng.random() < 0.5 else title(name)
    if kind == 'city':
        t = rng.choice(['{n} {p} branch', '{n} ({p} office)', '{n} - {p} branch office', '{n} head office, {p}', '{n} {p} rep office'])
    else:
        t = rng.choice(['{n} {p} subsidiary', '{n} ({p} branch)', '{n} - {p} office'])
    return t.format(n=base, p=p), f"{t.replace('{n}', 'NAME').replace('{p}', kind.upper())} with {kind} '{p}' from add.csv"

MESSY = ['is {n} ok to trade with?', 'can we pay {n}? they want a wire today', 'quick check - {n} on any list?',
         'client says they work with {n}, safe?', 'anyone know if {n} is sanctioned', 'need to onboard {n} asap pls screen',
         '{n} -- clear or not??', 'got an invoice from {n}... legit?', 'hey can u check {n} for me', 'screen {n} thx',
         'are we allowed to ship to {n}', 'pls run {n} through the checker']

def gen_messy(ent, name):
    n = strip_legal_tail(name)
    n = n.lower() if rng.random() < 0.6 else title(n)
    t = rng.choice(MESSY)
    return t.format(n=n), f"chat sentence around '{n}'", n

GEN = {'aka': gen_aka, 'parent_vs_subsidiary': gen_parent, 'legal_form': gen_legal_form, 'abbreviation': gen_abbreviation,
       'punctuation': gen_punctuation, 'typo': gen_typo, 'case': gen_case, 'messy': gen_messy}

remaining = [e for e in POOL if e not in used_ents]
rng.shuffle(remaining)
for kind in GEN_KINDS:
    n = 0
    for ent in remaining:
        if n >= PER_KIND:
            break
        if ent in used_ents:
            continue
        name = ix.by_ent[ent]['name']
        g = GEN[kind](ent, name)
        if not g:
            continue
        q, variant = g[0], g[1]
        emb = g[2] if kind == 'messy' else None
        if kind == 'messy' and (subset_of_other(emb, ent) or not lib.fold_nolegal(emb)):
            reject(kind, "embedded name is a subset of another org's name", q); continue
        if not basic_ok(kind, q, ent, check_other=True, embedded=emb):
            continue
        add_pos(kind, q, ent, variant); n += 1
    if n < PER_KIND:
        print('SHORT', kind, n); dump_rejects(); sys.exit(1)

# ---------------- negatives ----------------
TARGET_WORDS = set()
for r in rows:
    TARGET_WORDS |= set(lib.fold_nolegal(r['expected']).split())

ALLF = set(ix.fmap) | ix.csl_f
INDIV_TOKS = [set(lib.fold(r['name']).split()) for r in ix.sdn if r['type'] == 'individual']

def content_words(q):
    return [t for t in lib.fold_nolegal(q).split() if len(t) > 1 and t not in STOP]

def share_info(q):
    parts = []
    for w in dict.fromkeys(content_words(q)):
        ents = ix.word_orgs.get(w)
        if ents:
            ex = '; '.join(ix.by_ent[e]['name'] for e in sorted(ents)[:3])
            parts.append(f"'{w}' shared with {len(ents)} listed org(s) (e.g. {ex})")
    return parts

for cat, lst, want in NEG_PLAN:
    n = 0
    for q in lst:
        if n >= want:
            break
        if lib.is_prior(q, PRIOR):
            reject(cat, 'earlier query', q); continue
        if lib.prior_keys_of(q) & set_keys:
            reject(cat, 'repeats a query of this set', q); continue
        if lib.fold_variants(q) & ALLF:
            reject(cat, 'equals a listed name/alias after folding', q); continue
        sh = share_info(q)
        if cat == 'shares_one_word' and not sh:
            reject(cat, 'shares no content word', q); continue
        cw = content_words(q)
        if cat == 'near_miss' and (not cw or cw[0] not in TARGET_WORDS):
            reject(cat, 'first word not a target word of this set', q); continue
        if cat == 'person_as_company':
            ft = lib.fold(q).split()[:2]
            if any(ft[0] in s and ft[1] in s for s in INDIV_TOKS):
                reject(cat, "first two tokens in one SDN individual's name", q); continue
        note = f"not listed: {cat}; "
        if cat == 'near_miss':
            tw = cw[0]
            tg = sorted({r['expected'] for r in rows if r['expected'] and tw in lib.fold_nolegal(r['expected']).split()})
            note += f"reuses target word '{tw}' (this set's target {tg[0]}) for an unrelated business; "
        note += ('; '.join(sh) if sh else 'shares no word with a listed org')
        rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
        set_keys.update(lib.prior_keys_of(q)); n += 1
    if n < want:
        print('SHORT', cat, n); dump_rejects(); sys.exit(1)

with open(os.path.join(lib.OUT_DIR, 'train33.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

print(f'earlier files read: {NF}, rows: {NR}; least-used usable level: {LEVEL}; pool: {len(POOL)}')
print('rows written:', len(rows), 'positives:', sum(r['expected'] is not None for r in rows),
      'distinct targets:', len(used_ents))
print('per kind:', dict(Counter(r['kind'] for r in rows)))
print('rejected candidates (this set\'s own strings only):', sum(rejects.values()))
for (k, why), c in sorted(rejects.items(), key=lambda x: -x[1]):
    print(f'  {k:22s} {why:45s} {c:3d}  e.g. {reject_examples[(k, why)]}')
