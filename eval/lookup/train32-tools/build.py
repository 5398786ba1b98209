"""Build ../train32.jsonl from cand.json, rows_pos.py, rows_neg.py (seed 32). Logs rejections; prints no earlier row."""
import json, random, re, collections, sys
from lib import *
from rows_pos import HAND
from rows_neg import NEG, TARGET_COUNTS
random.seed(32)
N = 12
prior_keys, _, _, _ = load_prior()
sdn, alt, idx, csl = index()
add = load_add()
C = json.load(open('cand.json'))
level = C['level']
cand = {c['ent']: c for c in C['cands']}
pool = {e for e, c in cand.items() if c['uses'] == level and not c['amb']}
by_ent = {r['ent']: r for r in sdn}
rej = collections.Counter(); rej_ex = collections.defaultdict(list)
def reject(kind, why, q):
    rej[(kind, why)] += 1
    if len(rej_ex[(kind, why)]) < 4: rej_ex[(kind, why)].append(q)
used_ents, used_q, rows = set(), set(), []
def is_prior(q): return bool(qkeys(q) & prior_keys)
def own_keys(e):
    ks = set(folds(by_ent[e]['name']))
    for _, a in alt.get(e, []): ks |= folds(a)
    return ks
def other_hit(q, e):
    return any(idx.get(k, set()) - {e} for k in folds(q))
ORG_TOKS = []
for r in sdn:
    if r['type'] == '':
        ORG_TOKS.append((r['ent'], set(toks(r['name'])) - LEGAL))
        for _, a in alt.get(r['ent'], []): ORG_TOKS.append((r['ent'], set(toks(a)) - LEGAL))
def subset_other(q, e):
    t = set(toks(q)) - LEGAL
    return bool(t) and any(o != e and t <= ts for o, ts in ORG_TOKS)
def note(kind, e, variant):
    c = cand[e]
    return f"{kind}: {variant}; program {c['program']}; earlier-set rows targeting this entity: {c['uses']}; target {c['name']} [SDN ent_num {e}]"
def add_row(kind, e, q, variant):
    used_ents.add(e); used_q.add(' '.join(q.lower().split()))
    rows.append({'query': q, 'expected': cand[e]['name'], 'kind': kind, 'notes': note(kind, e, variant)})
# ---- hand rows
for kind in ['script', 'word_order', 'transliteration', 'translation', 'partial']:
    got = 0
    for k, e, q, v in HAND:
        if k != kind or got >= N: continue
        if e not in pool: reject(kind, 'target not in least-used pool', q); continue
        if e in used_ents: reject(kind, 'entity already used', q); continue
        if is_prior(q): reject(kind, 'earlier query', q); continue
        if folds(q) & own_keys(e): reject(kind, 'equals own name/alias', q); continue
        if kind != 'script' and other_hit(q, e): reject(kind, "equals another record's name/alias", q); continue
        if kind == 'partial' and subset_other(q, e): reject(kind, "token subset of another org", q); continue
        add_row(kind, e, q, v); got += 1
    if got < N: print('SHORT', kind, got)
# ---- generated rows
LEG_UP = {'SA', 'KG', 'S.A.', 'S.A.S.', 'C.V.', 'LTDA.', 'LTD', 'LTD.', 'LLC', 'FZE', 'FZCO', 'GMBH', 'B.V.', 'S.R.L.', 'S.A.C.', 'C.A.', 'S.C.S.', 'E.U.', 'S.L.', 'AG', 'PLC', 'CO.', 'INC.', 'INC', 'OY', 'SARL', 'SAL', 'LLP', 'PTE.', 'JSC', 'CJSC', 'ZAO', 'OOO', 'D.O.O.'}
def tcase(name):
    out = []
    for w in name.split():
        core = re.sub(r'[^A-Za-z]', '', w)
        if w.upper() in LEG_UP or '&' in w or re.fullmatch(r'\(?[IVX]+\)?', w) or '.' in w.strip('.') or (core and len(core) <= 3 and not re.search('[AEIOUY]', core)) or re.search(r'\d', w):
            out.append(w if w.upper() not in ('CO.', 'INC.', 'INC', 'LTD', 'LTD.', 'LTDA.', 'GMBH') else {'CO.': 'Co.', 'INC.': 'Inc.', 'INC': 'Inc', 'LTD': 'Ltd', 'LTD.': 'Ltd.', 'LTDA.': 'Ltda.', 'GMBH': 'GmbH'}[w.upper()])
        elif w.upper() in ('DE', 'DEL', 'Y', 'LA', 'LOS', 'LAS', 'EL', 'OF', 'AND', 'THE', 'FOR', 'E', 'EN'):
            out.append(w.lower())
        else:
            pre = '(' if w.startswith('(') else ''; w2 = w[len(pre):]
            out.append(pre + '-'.join(p[:1].upper() + p[1:].lower() for p in w2.split('-')))
    s = ' '.join(out)
    return s[0].upper() + s[1:]
LEGAL_SWAP = [(r'\bS\.A\. DE C\.V\.$', 'Sociedad Anonima de Capital Variable'), (r'\bS\. DE R\.L\. DE C\.V\.$', 'Sociedad de Responsabilidad Limitada de C.V.'),
    (r'\bLTDA\.$', 'Limitada'), (r'\bS\.A\.S\.$', 'Sociedad por Acciones Simplificada'), (r'\bS\.A\.$', 'Sociedad Anonima'), (r'\bLIMITED$', 'Ltd'),
    (r'\bLTD\.?$', 'Limited'), (r'\bGMBH$', 'Gesellschaft mit beschraenkter Haftung'), (r'\bCO\.?,? LTD\.?$', 'Company Limited'), (r'\bCO\.?$', 'Company'),
    (r'\bCOMPANY$', 'Co.'), (r'\bINC\.?$', 'Incorporated'), (r'\bCORP\.?$', 'Corporation'), (r'\bCORPORATION$', 'Corp.'), (r'\bLLC$', 'Limited Liability Company'),
    (r'\bFZE$', 'Free Zone Establishment'), (r'\bC\.A\.$', 'Compania Anonima'), (r'\bS\.R\.L\.$', 'Societa a responsabilita limitata'), (r'\bS\.A\.C\.$', 'Sociedad Anonima Cerrada'),
    (r'\bB\.V\.$', 'Besloten Vennootschap'), (r'\bOY$', 'Osakeyhtio'), (r'\bPLC$', 'Public Limited Company'), (r'\bLLP$', 'Limited Liability Partnership')]
def legal_form(name):
    n = re.sub(r',\s*', ' ', name).strip()
    n = re.sub(r'\s+', ' ', n)
    for pat, rep in LEGAL_SWAP:
        if re.search(pat, n):
            base = re.sub(pat, '', n).strip()
            return tcase(base) + ' ' + rep, f'legal form written out/swapped to "{rep}"'
    return None
ABBR = {'INTERNATIONAL': 'Intl', 'INTERNACIONAL': 'Intl', 'COMPANY': 'Co', 'CORPORATION': 'Corp', 'TRADING': 'Trdg', 'SHIPPING': 'Shpg', 'INDUSTRIES': 'Inds',
    'INDUSTRY': 'Ind', 'DEVELOPMENT': 'Dev', 'INVESTMENT': 'Invt', 'INVESTMENTS': 'Invts', 'ENGINEERING': 'Eng', 'MANUFACTURING': 'Mfg', 'GENERAL': 'Gen',
    'SERVICES': 'Svcs', 'ORGANIZATION': 'Org', 'ASSOCIATION': 'Assn', 'BROTHERS': 'Bros', 'INVERSIONES': 'Inv.', 'COMERCIALIZADORA': 'Comercializ.',
    'CONSTRUCTORA': 'Constr.', 'DISTRIBUIDORA': 'Distrib.', 'LIMITED': 'Ltd', 'LIMITADA': 'Ltda', 'COMPANIA': 'Cia', 'TECHNOLOGY': 'Tech', 'TECHNOLOGIES': 'Techs',
    'MANAGEMENT': 'Mgmt', 'ADMINISTRACION': 'Admin.', 'ADMINISTRADORA': 'Admin.', 'INMOBILIARIA': 'Inmob.', 'PETROCHEMICAL': 'Petrochem', 'INTERTRADE': 'Intertrd',
    'AGROPECUARIA': 'Agrop.', 'DRUG TRAFFICKING ORGANIZATION': 'DTO', 'TRANSPORTES': 'Transp.', 'EXPORT': 'Exp', 'IMPORT': 'Imp'}
def abbreviation(name):
    n = name.replace(',', '')
    hits = []
    for k in sorted(ABBR, key=len, reverse=True):
        if re.search(r'\b' + k + r'\b', n):
            n = re.sub(r'\b' + k + r'\b', '@@' + str(len(hits)) + '@@', n); hits.append(k)
    if not hits: return None
    t = tcase(n)
    for i, k in enumerate(hits): t = re.sub('@@' + str(i) + '@@', ABBR[k], t, flags=re.I)
    return t, 'abbreviated ' + ', '.join(f'{k.title()} -> {ABBR[k]}' for k in hits)
def punctuation(name):
    if re.search(r'[.,\'&\-/]', name):
        q = name.replace('&', ' and '); q = re.sub(r"[.,'/]", '', q); q = q.replace('-', ' '); q = re.sub(r'\s+', ' ', q).strip()
        return q, 'punctuation removed (dots, commas, hyphens; & -> and)'
    m = re.match(r'^(.*\S)\s+(CO|LTD|INC|CORP)$', name)
    if m:
        return f'{m.group(1)}, {m.group(2)}.', 'comma and full stop added to the legal form'
    return None
KEYB = {c: n for c, n in zip('qwertyuiopasdfghjklzxcvbnm', 'wqrtyuiopsadfghjklkxcvbnmn')}
def typo(name, rnd):
    t = tcase(name)
    words = [i for i, w in enumerate(t.split()) if len(w) >= 6 and w.isalpha()]
    if not words or len(''.join(toks(name))) < 10: return None
    ws = t.split(); i = rnd.choice(words); w = ws[i]; j = rnd.randrange(1, len(w) - 1); op = rnd.choice(['swap', 'drop', 'double', 'key'])
    if op == 'swap': nw = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 'drop': nw = w[:j] + w[j + 1:]
    elif op == 'double': nw = w[:j] + w[j] + w[j:]
    else:
        c = w[j].lower(); nw = w[:j] + KEYB.get(c, c) + w[j + 1:]
    if nw == w: return None
    ws[i] = nw
    return ' '.join(ws), f'{op} in "{w}" -> "{nw}"'
def case_v(name, rnd):
    if rnd.random() < 0.6: return name.lower(), 'all lower-case'
    s = ''.join(ch.lower() if i % 2 else ch for i, ch in enumerate(name))
    return tcase(name), 'title case'
MESSY = ['hey can you check {n} for me', 'is {n} on the list??', 'pls screen {n} thx', 'new vendor: {n} - ok to pay?', 'quick one, {n} sanctioned or not',
    'got an invoice from {n}', 'any hits for {n}', 'need a check on "{n}" asap', 'client says they work with {n}, safe?', '{n} - can u look it up',
    'checking {n} before onboarding', 'do we have {n} in the system']
def messy(e, rnd):
    name = cand[e]['name']
    core = re.sub(r',?\s*(S\.A\. DE C\.V\.|S\. DE R\.L\. DE C\.V\.|LTDA\.|S\.A\.S\.|S\.A\.|LIMITED|LTD\.?|INC\.?|LLC|CO\.?,? LTD\.?|GMBH|FZE|C\.A\.)$', '', name).strip()
    n = core.lower() if rnd.random() < 0.6 else tcase(core)
    tpl = MESSY[len([r for r in rows if r['kind'] == 'messy'])]
    if any(idx.get(k, set()) - {e} for k in folds(core)): return None
    return tpl.format(n=n), f'name inside chat text ("{tpl.format(n="...")}")'
def aka(e, rnd):
    c = cand[e]; opts = []
    for t, a in alt.get(e, []):
        if len(a) < 5 or folds(a) & folds(c['name']): continue
        if other_hit(a, e) or subset_other(a, e): continue
        opts.append((t, a))
    if not opts: return None
    nt = set(toks(c['name'])) - LEGAL
    pref = [(t, a) for t, a in opts if not ((set(toks(a)) - LEGAL) <= nt or nt <= (set(toks(a)) - LEGAL))]
    if not pref: return None  # only spelling variants of the name: not a real aka test
    t, a = rnd.choice(pref)
    return a, f'{t or "aka"} from alt.csv: {a}'
PVS = ['{n} {city} branch', '{n} ({city} office)', '{n} - {city} branch office', '{n} {country} subsidiary', '{n} head office, {city}']
def pvs(e, rnd):
    name = cand[e]['name']
    adds = [a for a in add.get(e, []) if a[1] or a[2]]
    if not adds: return None
    a = rnd.choice(adds)
    city = re.sub(r'\s*\d.*$', '', (a[1] or '').split(',')[0]).strip().title(); country = (a[2] or '').strip()
    tpls = [t for t in PVS if ('{city}' not in t or city) and ('{country}' not in t or country)]
    if not tpls: return None
    core = re.sub(r',?\s*(S\.A\. DE C\.V\.|LTDA\.|S\.A\.S\.|S\.A\.|LIMITED|LTD\.?|INC\.?|LLC|GMBH|C\.A\.)$', '', name).strip()
    t = rnd.choice(tpls)
    q = t.format(n=tcase(core), city=city, country=country)
    return q, f'branch/office form using the entity\'s own add.csv location ({city or country})'
GEN = {'aka': lambda e, r: aka(e, r), 'parent_vs_subsidiary': pvs, 'legal_form': lambda e, r: legal_form(cand[e]['name']),
       'abbreviation': lambda e, r: abbreviation(cand[e]['name']), 'punctuation': lambda e, r: punctuation(cand[e]['name']),
       'typo': lambda e, r: typo(cand[e]['name'], r), 'case': lambda e, r: case_v(cand[e]['name'], r), 'messy': messy}
rnd = random.Random(32)
order = sorted(pool - used_ents); rnd.shuffle(order)
for kind in ['aka', 'parent_vs_subsidiary', 'legal_form', 'abbreviation', 'punctuation', 'typo', 'case', 'messy']:
    got = 0
    for e in order:
        if got >= N: break
        if e in used_ents: continue
        res = GEN[kind](e, rnd)
        if not res: continue
        q, v = res
        if q == cand[e]['name']: continue
        if is_prior(q): reject(kind, 'earlier query', q); continue
        if ' '.join(q.lower().split()) in used_q: continue
        if kind != 'messy' and other_hit(q, e): reject(kind, "equals another record's name/alias", q); continue
        add_row(kind, e, q, v); got += 1
    if got < N: print('SHORT', kind, got)
# ---- negatives
def listed(q):
    return any(k in idx or k in csl for k in folds(q))
CONTENT = collections.defaultdict(set)
for e, ts in ORG_TOKS:
    for t in ts:
        if len(t) >= 3: CONTENT[t].add(e)
target_words = set()
for r in rows: target_words |= set(toks(r['expected'])) - LEGAL
indiv = [set(toks(r['name'])) for r in sdn if r['type'] == 'individual']
def shared_info(q):
    ws = [w for w in dict.fromkeys(toks(q)) if w not in LEGAL and w in CONTENT]
    if not ws: return 'shares no word with a listed org', ws
    parts = []
    for w in ws:
        ex = sorted(by_ent[e]['name'] for e in CONTENT[w])[:3]
        parts.append(f'"{w}" appears in {len(CONTENT[w])} listed org names/aliases (e.g. {"; ".join(ex)})')
    return 'shares ' + '; '.join(parts), ws
for cat, lst in NEG.items():
    got = 0
    for q in lst:
        if got >= TARGET_COUNTS[cat]: break
        if is_prior(q): reject(cat, 'earlier query', q); continue
        if ' '.join(q.lower().split()) in used_q: continue
        if listed(q): reject(cat, 'listed name/alias', q); continue
        info, ws = shared_info(q)
        if cat == 'shares_one_word' and not ws: reject(cat, 'shares no word', q); continue
        if cat == 'near_miss':
            c0 = [w for w in toks(q) if w not in LEGAL]
            if not c0 or c0[0] not in target_words: reject(cat, 'first word not a target word of this set', q); continue
        if cat == 'person_as_company':
            t = toks(q)[:2]
            if any(set(t) <= s for s in indiv): reject(cat, 'matches an SDN individual', q); continue
        extra = ''
        if cat == 'near_miss':
            extra = f' reuses this set\'s target word "{[w for w in toks(q) if w not in LEGAL][0]}" for an unrelated business;'
        rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': f'not listed: {cat};{extra} {info}'})
        used_q.add(' '.join(q.lower().split())); got += 1
    if got < TARGET_COUNTS[cat]: print('SHORT', cat, got)
with open('../train32.jsonl', 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('rows', len(rows), 'positives', sum(1 for r in rows if r['expected']), 'negatives', sum(1 for r in rows if not r['expected']))
print('kinds', dict(collections.Counter(r['kind'] for r in rows)))
print('rejected', sum(rej.values()))
for (k, w), n in sorted(rej.items(), key=lambda x: -x[1]):
    print(f'  {k} | {w} | {n} | e.g. {rej_ex[(k, w)]}')
