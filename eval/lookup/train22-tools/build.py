"""Build train22.jsonl from hand rows (rows_pos.py, rows_neg.py) and generated rows. Seed 22."""
import random, sys
from lib import *
from pool import build_pool
from rows_pos import ROWS
from rows_neg import NEG

COUNTS_POS = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo',
              'punctuation', 'aka', 'partial', 'parent_vs_subsidiary', 'script', 'messy']
COUNTS_NEG = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
              'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
rnd = random.Random(22)
sdn = load_sdn(); alt = load_alt()
qs, uses, qs2 = prior_info()
byname = {r[1]: r for r in sdn}
ent2row = {r[0]: r for r in sdn}
names = {}
for r in sdn: names.setdefault(r[0], set()).add(r[1])
for a in alt: names.setdefault(a[0], set()).add(a[3])
keys = {}   # normalised key -> set(ent)
def variants(s):
    n = norm(s); c = core(s)
    return {x for x in (n, c, n.replace(' ', ''), c.replace(' ', '')) if x}
for e, ns in names.items():
    for n in ns:
        for k in variants(n): keys.setdefault(k, set()).add(e)
tokset = {}
for e, ns in names.items():
    for n in ns:
        ts = frozenset(core(n).split())
        if ts: tokset.setdefault(ts, set()).add(e)
csl = load_csl_names()
cslkeys = set(k for n in csl for k in variants(n))
log = []
seen_q = set(); used_ent = set(); out = []

def is_new(q):
    k = qkey(q); n = norm(q)
    if k in qs or n in qs or n.replace(' ', '') in qs2:
        return False
    if n in seen_q or n.replace(' ', '') in seen_q: return False
    return True

def collides_other(q, ent):
    for k in variants(q):
        if keys.get(k, set()) - {ent}: return True
    if tokset.get(frozenset(core(q).split()), set()) - {ent}: return True
    return False

def add_pos(kind, target, q, note, gen=False):
    r = byname.get(target)
    if not r or r[2] != '-0-' or sum(1 for x in sdn if x[1] == target) != 1:
        log.append('not a unique org: %s' % target); return False
    e = r[0]
    if e in used_ent: log.append('ent already used: %s %s' % (kind, q)); return False
    if uses.get(e, 0) > 1: log.append('target used %d times before: %s' % (uses[e], target)); return False
    if not is_new(q): log.append('earlier/dup query dropped: %s | %s' % (kind, q)); return False
    if kind != 'messy' and collides_other(q, e): log.append('collides with another record: %s | %s' % (kind, q)); return False
    u = uses.get(e, 0)
    prog = '[' + r[3] + ']'
    notes = '%s: %s; program %s; targeted by %d earlier set row%s [SDN ent_num %s]' % (kind, note, prog, u, '' if u == 1 else 's', e)
    out.append(dict(query=q, expected=target, kind=kind, notes=notes))
    used_ent.add(e); n = norm(q); seen_q.add(n); seen_q.add(n.replace(' ', ''))
    return True

# ---------------- generators ----------------
LF_RE = re.compile(r'[, ]+(S\.? ?A\.? DE C\.? ?V\.?|S\.A\.C\.|C\.A\.|E\.I\.R\.L\.|AO|OAO|ZAO|OOO|S\. DE R\.L\. DE C\.V\.|CO\.?,? LTD\.?|COMPANY LIMITED|CO\. LIMITED|LTDA\.?|LIMITADA|S\.A\.S\.|S\.A\.|SA|LTD\.?|LIMITED|INC\.?|CORP\.?|LLC|L\.L\.C\.|GMBH|B\.V\.|S\.R\.L\.|SARL|S\.A\.R\.L\.|S\.A\.L\.|FZE|FZCO|PTE\.? LTD\.?|SDN\.? BHD\.?|E\.U\.|S\.C\.S\.|CO\.?)$')
LF_ALT = {'Iran': ['PJSC', 'Private Joint Stock Co.', 'Sherkat Sahami Khass'], 'United Arab Emirates': ['FZE', 'L.L.C.', 'FZCO'],
          'Colombia': ['S.A.S.', 'Ltda', 'S.A.'], 'Mexico': ['S.A. de C.V.', 'S. de R.L. de C.V.', 'SAPI de CV'], 'Panama': ['Inc.', 'Corp.', 'S.A.'],
          'United Kingdom': ['Ltd', 'PLC', 'LLP'], 'Germany': ['GmbH', 'AG', 'GmbH & Co. KG'], 'China': ['Co., Limited', 'Co., Ltd.', 'Youxian Gongsi'],
          'Hong Kong': ['Co., Limited', 'Limited', 'Ltd'], 'Russia': ['OOO', 'AO', 'PAO'], 'Lebanon': ['SARL', 'S.A.L.', 'Offshore SAL'], 'Turkey': ['A.S.', 'Ltd. Sti.', 'Anonim Sirketi'],
          'Malaysia': ['Sdn Bhd', 'Bhd'], 'Singapore': ['Pte Ltd', 'Pte. Ltd.'], 'Syria': ['LLC', 'Co.'], 'Ukraine': ['TOV', 'PrJSC'],
          'Venezuela': ['C.A.', 'S.A.'], 'Ecuador': ['Cia. Ltda.', 'S.A.'], 'Peru': ['S.A.C.', 'E.I.R.L.'], 'Spain': ['S.L.', 'S.L.U.'],
          'Cyprus': ['Ltd', 'Limited'], 'Guatemala': ['Sociedad Anonima', 'S.A.'], 'Costa Rica': ['Sociedad Anonima', 'S.R.L.'], 'Pakistan': ['(Pvt) Ltd', 'Private Limited'],
          'India': ['Pvt. Ltd.', 'Private Limited'], 'Switzerland': ['AG', 'SA', 'GmbH'], 'Korea, North': ['Co.', 'Corporation'], 'Italy': ['S.r.l.', 'S.p.A.']}
def title(s):
    ws = []
    for w in s.split(' '):
        if re.fullmatch(r"[A-Z]\.([A-Z]\.)+,?", w) or w in ('S.A.', 'LTD.', 'DE', 'C.V.'):
            ws.append({'LTD.': 'Ltd.', 'DE': 'de'}.get(w, w))
        elif w in ('AND', 'OF', 'FOR', 'THE') and ws:
            ws.append(w.lower())
        elif len(w.strip(',.')) <= 3 and w.strip(',.').isalpha() and not re.search('[AEIOU]', w.strip(',.')):
            ws.append(w)
        else:
            ws.append(w[:1].upper() + w[1:].lower())
    return ' '.join(ws)
def gen_legal(d):
    m = LF_RE.search(d['name']); base = d['name'][:m.start()] if m else d['name']
    ctry = d['cities'][0][1] if d['cities'] else ''
    alts = LF_ALT.get(ctry)
    if not alts or len(base.split()) < 2 or LF_RE.search(base) or re.search(r'\bS\.A\.', base): return None
    old = m.group(1).replace('.', '').replace(' ', '').upper() if m else ''
    alts = [a for a in alts if a.replace('.', '').replace(' ', '').upper() != old]
    a = rnd.choice(alts)
    return title(base) + ' ' + a, 'legal form %s -> %s (%s)' % (m.group(1) if m else 'none', a, ctry)
ABBR = {'COMPANY': 'Co', 'INTERNATIONAL': 'Intl', 'TRADING': 'Trdg', 'INDUSTRIES': 'Inds', 'SHIPPING': 'Shpg', 'MANAGEMENT': 'Mgmt',
        'CORPORATION': 'Corp', 'DEVELOPMENT': 'Dev', 'ORGANIZATION': 'Org', 'ENGINEERING': 'Eng', 'INVESTMENT': 'Invt', 'INVESTMENTS': 'Invts',
        'SERVICES': 'Svcs', 'TECHNOLOGY': 'Tech', 'TECHNOLOGIES': 'Techs', 'MANUFACTURING': 'Mfg', 'ASSOCIATION': 'Assn', 'BROTHERS': 'Bros',
        'DEPARTMENT': 'Dept', 'NATIONAL': 'Natl', 'GENERAL': 'Gen', 'INDUSTRIAL': 'Indl', 'COMMERCIAL': 'Comml', 'CONSTRUCTION': 'Constr',
        'INTERNACIONAL': 'Intl', 'COMERCIALIZADORA': 'Comercializ.', 'DISTRIBUIDORA': 'Distrib.', 'INVERSIONES': 'Inv.', 'CONSTRUCCIONES': 'Constr.',
        'ADMINISTRADORA': 'Admin.', 'INMOBILIARIA': 'Inmob.', 'ASOCIADOS': 'Asoc.', 'TRANSPORTES': 'Transp.', 'INDUSTRIA': 'Ind.',
        'PETROCHEMICAL': 'Petrochem', 'EQUIPMENT': 'Equip', 'LIMITED': 'Ltd', 'INCORPORATED': 'Inc', 'AGRICULTURAL': 'Agric', 'ESTABLISHMENT': 'Estab',
        'MARITIME': 'Mar.', 'INSTITUTE': 'Inst', 'RESEARCH': 'Res', 'ELECTRONICS': 'Elec', 'ELECTRONIC': 'Elec', 'CENTER': 'Ctr', 'CENTRE': 'Ctr'}
def gen_abbr(d):
    ws = d['name'].split(' '); n = 0; o = []
    for w in ws:
        k = w.strip(',.')
        if k in ABBR and not (k == 'LIMITED' and n == 0):
            o.append(ABBR[k] + (',' if w.endswith(',') else '')); n += 1
        else: o.append(title(w))
    if n < 2 or len(ws) < 3: return None
    return ' '.join(o), '%d words abbreviated' % n
def gen_case(d, i):
    n = d['name']
    if len(n.split()) < 2 or not re.search('[A-Z]', n): return None
    st = i % 3
    if st == 0: return n.lower(), 'all lower case'
    if st == 1: return title(n), 'title case'
    ws = n.split(' '); return ' '.join([ws[0]] + [w.lower() for w in ws[1:]]), 'first word upper, rest lower'
KB = {'a': 'sqw', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj', 'i': 'uo', 'j': 'hk', 'k': 'jl', 'l': 'k',
      'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o', 'q': 'w', 'r': 'et', 's': 'ad', 't': 'ry', 'u': 'yi', 'v': 'cb', 'w': 'qe', 'x': 'zc', 'y': 'tu', 'z': 'x'}
def gen_typo(d, i):
    n = d['name']; ws = n.split(' ')
    j = max(range(len(ws)), key=lambda k: len(re.sub('[^A-Z]', '', ws[k])))
    w = ws[j]
    if len(w) < 6 or not w.isalpha(): return None
    p = rnd.randrange(1, len(w) - 1); op = i % 4
    if op == 0: nw = w[:p] + w[p + 1] + w[p] + w[p + 2:]; desc = 'adjacent swap'
    elif op == 1: nw = w[:p] + w[p + 1:]; desc = 'dropped letter'
    elif op == 2: nw = w[:p] + w[p] + w[p:]; desc = 'doubled letter'
    else:
        c = w[p].lower(); nw = w[:p] + rnd.choice(KB.get(c, c)).upper() + w[p + 1:]; desc = 'neighbouring key'
    if nw == w: return None
    ws[j] = nw; q = ' '.join(ws)
    if i % 2: q = title(q)
    return q, '%s in %s' % (desc, w)
def gen_punct(d, i):
    n = d['name']
    if '.' in n or ',' in n:
        q = re.sub(r'\s+', ' ', n.replace('.', '').replace(',', '')).strip()
        if q != n: return q, 'dots/commas dropped'
    if '-' in n:
        return n.replace('-', ' '), 'hyphen -> space'
    if "'" in n:
        return n.replace("'", ''), 'apostrophes dropped'
    return None
def gen_aka(d):
    cn = set(core(d['name']).split())
    for a in d['alts']:
        ca = set(core(a).split())
        if ca - cn and len(a) > 4 and not re.search(r'\b(LTD|S\.A)\b', a) is None or (ca - cn and len(a) > 4):
            return a, 'alt.csv alias (new word %s)' % ', '.join(sorted(ca - cn)[:2])
    return None
def gen_branch(d, i):
    cs = [re.sub(r'\s+', ' ', c).strip() for c, k in d['cities']]
    cs = [c for c in cs if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", c) and 'Governorate' not in c]
    if not cs: return None
    c = cs[0].strip().title(); base = LF_RE.sub('', d['name']); t = title(base)
    tpl = ['%s (%s branch)', '%s - %s office', '%s %s representative office', '%s, %s Branch', '%s liaison office %s', '%s %s depot']
    return tpl[i % len(tpl)] % (t, c), 'invented branch/office in add.csv city %s' % c
MESSY = ['pls screen %s', 'is %s sanctioned?', 'ofac check: %s', 'vendor onboarding - %s - any hits?', '%s ofac??',
         'can we pay %s ?', 'kyc pls: %s', 'hi, does %s appear on the SDN list', '%s - sanctioned or not', 'checking %s before shipment',
         'new customer %s (need screening)', 'wire to %s on hold, check name', 'LC beneficiary %s - screen', 'bill of lading shows %s, ok?']
def gen_messy(d, i):
    base = LF_RE.sub('', d['name']); b = base.lower() if i % 2 == 0 else title(base)
    if len(base.split()) < 2: return None
    return MESSY[i % len(MESSY)] % b, 'chatter around the name (%s)' % ('lower' if i % 2 == 0 else 'title')

# ---------------- run ----------------
pool = build_pool(); rnd.shuffle(pool)
pool.sort(key=lambda d: d['uses'])
for kind in ['script', 'partial', 'translation', 'transliteration', 'word_order']:
    k = 0
    for t, q, n in ROWS[kind]:
        if k < 12 and add_pos(kind, t, q, n): k += 1
    if k < 12: log.append('SHORT %s %d' % (kind, k))
GEN = [('parent_vs_subsidiary', gen_branch, True), ('abbreviation', gen_abbr, False), ('legal_form', gen_legal, False), ('aka', gen_aka, False),
       ('messy', gen_messy, True), ('punctuation', gen_punct, True), ('case', gen_case, True), ('typo', gen_typo, True)]
for kind, fn, idx in GEN:
    k = 0; i = 0
    for d in pool:
        if k >= 12: break
        if d['ent'] in used_ent: continue
        if kind in ('legal_form',) and d['prog'] not in ('SDNT', 'SDNTK', 'IRAN', 'SDGT', 'SYRIA', 'NPWMD] [IFSR', 'TCO', 'SDNTK] [TCO'): pass
        g = fn(d, i) if idx else fn(d)
        if not g: continue
        i += 1
        if add_pos(kind, d['name'], g[0], g[1], True): k += 1
    if k < 12: log.append('SHORT %s %d' % (kind, k))

# ---------------- negatives ----------------
orgnames = {}
for r in sdn:
    if r[2] == '-0-': orgnames.setdefault(r[0], set()).add(r[1])
for a in alt:
    if a[0] in orgnames: orgnames[a[0]].add(a[3])
tok_ents = {}
one_word = set(); multi = set()
for e, ns in orgnames.items():
    for n in ns:
        c = core(n)
        for t in set(c.split()): tok_ents.setdefault(t, set()).add(e)
        if len(c.split()) == 1 and len(c) > 2: one_word.add(c)
        elif len(c.split()) > 1: multi.add(c)
STOP = LEGAL | set('for in on at to a an la el los las del der die das le les du des al da do di'.split())
def neg_reason(q, kind):
    for k in variants(q):
        if k in keys: return 'equals listed name/alias'
        if k in cslkeys: return 'equals CSL name'
    if frozenset(core(q).split()) in tokset: return 'same word set as a listed name'
    c = core(q); toks = c.split()
    for t in toks:
        if t in one_word: return 'token %s is a one-word listed core' % t
    pc = ' ' + c + ' '
    for m in multi:
        if (' ' + m + ' ') in pc: return 'contains listed core %s' % m
    if kind == 'shares_one_word' and not any(t in tok_ents for t in toks if t not in STOP): return 'shares no word'
    return None
def shared_info(q):
    parts = []
    for t in dict.fromkeys(core(q).split()):
        if t in STOP or t not in tok_ents: continue
        es = sorted(tok_ents[t], key=int)
        ex = [ent2row[e][1] for e in es[:3]]
        parts.append("'%s' in %d listed org%s (e.g. %s)" % (t, len(es), '' if len(es) == 1 else 's', '; '.join(ex)))
    return 'shares ' + ', '.join(parts) if parts else 'shares no word with a listed org'
for kind, n in COUNTS_NEG.items():
    k = 0
    for q, note in NEG[kind]:
        if k >= n: break
        if not is_new(q): log.append('earlier/dup negative dropped: %s | %s' % (kind, q)); continue
        why = neg_reason(q, kind)
        if why: log.append('negative rejected (%s): %s | %s' % (why, kind, q)); continue
        out.append(dict(query=q, expected=None, kind=kind, notes='not listed; %s%s' % (note + '; ' if note else '', shared_info(q))))
        nq = norm(q); seen_q.add(nq); seen_q.add(nq.replace(' ', '')); k += 1
    if k < n: log.append('SHORT %s %d' % (kind, k))
with open(os.path.join(HERE, '..', 'train22.jsonl'), 'w', encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'build_output.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(log) + '\n')
from collections import Counter
print(len(out), Counter(r['kind'] for r in out))
print('\n'.join(l for l in log if l.startswith('SHORT')))
