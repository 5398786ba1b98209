"""Generators per kind. Each yields (shape, detail, query, item)."""
import re
from lib import LEGAL, full, core

SMALL = set('the and of de del la las los el y e et al da di du des le para con por en for'.split())

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1 and re.sub(r'[^a-z]', '', toks[i-1].lower()) in LEGAL:
        i -= 1
    return toks[:i], toks[i:]

def tcw(w):
    return '-'.join(p[:1].upper() + p[1:].lower() for p in w.split('-'))

def tc(body, legal=()):
    b = [tcw(w) for w in body]
    if legal and b: b[-1] = b[-1].rstrip(',')
    return ' '.join(b + list(legal))

def plain(w):
    return re.fullmatch(r"[A-Za-z]+", w) is not None

def is_small(w):
    x = re.sub(r'[^a-z]', '', w.lower())
    return len(x) <= 2 or x in SMALL

# ---------- partial
def g_partial(name, ent, d):
    body, legal = split_legal(name)
    nb = [w for w in body if not is_small(w)]
    if len(nb) < 4 or not all(plain(w) for w in nb): return
    yield 'odd-position name words only, legal form kept', None, tc(nb[0::2], legal), None
    yield 'last name word dropped, legal form dropped', None, tc(nb[:-1]), None
    by = sorted(range(len(nb)), key=lambda i: (len(nb[i]), i))[:2]
    yield 'two shortest name words dropped, legal form kept', None, tc([w for i, w in enumerate(nb) if i not in by], legal), None

# ---------- word order
def g_word_order(name, ent, d):
    body, legal = split_legal(name)
    if len(body) < 3 or not all(plain(w) and not is_small(w) for w in body): return
    yield 'name words sorted longest first', None, tc(sorted(body, key=lambda w: -len(w)), legal), None
    yield 'first two name words swapped', None, tc([body[1], body[0]] + body[2:], legal), None
    yield 'last two name words swapped', None, tc(body[:-2] + [body[-1], body[-2]], legal), None

# ---------- legal form
FORMS = [('Oy', 'Finnish'), ('Oyj', 'Finnish'), ('HB', 'Swedish'), ('ASA', 'Norwegian'), ('V.O.F.', 'Dutch'),
         ('BVBA', 'Belgian'), ('SPRL', 'Belgian'), ('Lda.', 'Portuguese'), ('S.a.s.', 'Italian'),
         ('I.K.E.', 'Greek'), ('A.Ş.', 'Turkish'), ('ehf.', 'Icelandic')]
def g_legal_form(name, ent, d):
    body, legal = split_legal(name)
    for f, lang in FORMS:
        yield 'form replaced', '%s %s' % (lang, f), tc(body, [f]), f

# ---------- punctuation
def _inside(w, ch):
    m = len(w) // 2
    return w[:m] + ch + w[m:]
def g_punctuation(name, ent, d):
    body, legal = split_legal(name)
    lw = max(range(len(body)), key=lambda i: (len(body[i]), -i))
    w = tcw(body[lw])
    def put(nw):
        b = [tcw(x) for x in body]; b[lw] = nw; return ' '.join(b + legal)
    if 's' in w[1:]:
        i = w.index('s', 1); yield '$ for s', None, put(w[:i] + '$' + w[i+1:]), None
    if 'c' in w[1:]:
        i = w.index('c', 1); yield '¢ for c', None, put(w[:i] + '¢' + w[i+1:]), None
    if len(w) >= 5:
        yield '* inside a word', None, put(_inside(w, '*')), None
        yield '% inside a word', None, put(_inside(w, '%')), None

# ---------- abbreviation
ABBR = [('BANK', 'Bk.'), ('TECHNOLOGY', 'Tech.'), ('TECHNOLOGIES', 'Tech.'), ('ELECTRONICS', 'Elec.'),
        ('ELECTRONIC', 'Elec.'), ('ELECTRIC', 'Elec.'), ('DISTRIBUTION', 'Dist.'), ('DISTRIBUIDORA', 'Dist.'),
        ('TELECOMMUNICATIONS', 'Telecom.'), ('TELECOMMUNICATION', 'Telecom.'), ('PHARMACEUTICAL', 'Pharm.'),
        ('PHARMACEUTICALS', 'Pharm.'), ('FINANCE', 'Fin.'), ('FINANCIAL', 'Fin.'), ('FINANCIERA', 'Fin.'),
        ('DEVELOPMENT', 'Dev.'), ('EXCHANGE', 'Exch.'), ('IMPORT', 'Imp.'), ('IMPORTADORA', 'Imp.'),
        ('EXPORT', 'Exp.'), ('EXPORTADORA', 'Exp.'), ('COMMERCIAL', 'Comm.'), ('COMERCIAL', 'Comm.'),
        ('MANUFACTURING', 'Mfg.'), ('SOCIEDAD', 'Soc.'), ('SCIENTIFIC', 'Sci.'), ('CENTER', 'Ctr.'), ('CENTRE', 'Ctr.')]
def g_abbreviation(name, ent, d):
    body, legal = split_legal(name)
    for i, w in enumerate(body):
        for long, ab in ABBR:
            if w.upper() == long:
                b = [tcw(x) for x in body]; b[i] = ab
                yield 'short form', '%s for %s' % (ab, long.lower()), ' '.join(b + legal), ab

# ---------- typo
def g_typo(name, ent, d):
    body, legal = split_legal(name)
    order = sorted(range(len(body)), key=lambda i: (-len(body[i]), i))
    def put(i, nw):
        b = [tcw(x) for x in body]; b[i] = nw; return ' '.join(b + legal)
    for shape, fn in [('u typed for o', lambda w: re.sub('o', 'u', w, 1) if 'o' in w[1:] else None),
                      ('k typed for c', lambda w: (lambda m: w[:m.start()] + 'k' + w[m.start()+1:] if m else None)(re.search(r'(?<=.)c(?=[aou])', w))),
                      ('v typed for b', lambda w: w[0] + w[1:].replace('b', 'v', 1) if 'b' in w[1:] else None),
                      ('q typed for g', lambda w: w[0] + w[1:].replace('g', 'q', 1) if 'g' in w[1:] else None),
                      ('middle vowel of the longest word dropped', lambda w: (lambda m: w[:m.start()] + w[m.end():] if m else None)(re.search(r'(?<=..)[aeiou](?=..)', w))),
                      ('OCR 3 for e', lambda w: w[0] + w[1:].replace('e', '3', 1) if 'e' in w[1:] else None)]:
        for i in order[:1]:
            w = tcw(body[i])
            if not plain(body[i]) or len(w) < 5: continue
            nw = fn(w)
            if nw and nw != w:
                yield shape, None, put(i, nw), None

# ---------- case
def g_case(name, ent, d):
    yield 'all lower case', None, name.lower(), None
    yield 'vowels upper, consonants lower', None, ''.join(c.upper() if c.lower() in 'aeiou' else c.lower() for c in name), None
    ws = name.split()
    yield 'words alternately upper and lower, first upper', None, ' '.join(w.upper() if i % 2 == 0 else w.lower() for i, w in enumerate(ws)), None

# ---------- transliteration
def _tr(w, table, post):
    x = w.lower()
    for a, b in table: x = x.replace(a, b)
    x = re.sub(r'y(?=[aeiou])', 'j', x) if post else x
    for a, b in [('\x01', 'ch'), ('\x02', post['zh']), ('\x03', post['sh']), ('\x04', post['ch']), ('\x05', post['j'])]:
        x = x.replace(a, b)
    return x
PRE = [('kh', '\x01'), ('zh', '\x02'), ('sh', '\x03'), ('ch', '\x04'), ('j', '\x05')]
POL = {'zh': 'ż', 'sh': 'sz', 'ch': 'cz', 'j': 'dż'}
CZE = {'zh': 'ž', 'sh': 'š', 'ch': 'č', 'j': 'dž'}
def g_transliteration(name, ent, d):
    body, legal = split_legal(name)
    for shape, post, vw in [('Polish-style', POL, ('v', 'w')), ('Czech-style', CZE, ('w', 'v'))]:
        nb = []
        for w in body:
            t = _tr(w, PRE + [vw], post)
            nb.append(tcw(t))
        yield shape, None, ' '.join(nb + legal), None

# ---------- translation
TRANS = {
 'German': {'group': 'Gruppe', 'company': 'Gesellschaft', 'shipping': 'Schifffahrt', 'trading': 'Handel', 'industries': 'Industrien', 'industry': 'Industrie', 'services': 'Dienstleistungen', 'investment': 'Investition', 'development': 'Entwicklung', 'oil': 'Öl', 'exchange': 'Wechselstube'},
 'French': {'group': 'Groupe', 'company': 'Compagnie', 'trading': 'Négoce', 'investment': 'Investissement', 'development': 'Développement', 'oil': 'Pétrole', 'bank': 'Banque', 'exchange': 'Change', 'shipping': 'Armement'},
 'Icelandic': {'bank': 'Banki', 'group': 'Hópur', 'company': 'Félag', 'shipping': 'Skipaflutningar', 'trading': 'Verslun', 'industry': 'Iðnaður', 'services': 'Þjónusta', 'investment': 'Fjárfesting', 'development': 'Þróun', 'oil': 'Olía'},
 'Welsh': {'bank': 'Banc', 'group': 'Grŵp', 'company': 'Cwmni', 'shipping': 'Llongau', 'trading': 'Masnach', 'industry': 'Diwydiant', 'services': 'Gwasanaethau', 'investment': 'Buddsoddiad', 'development': 'Datblygu', 'oil': 'Olew'},
 'Maltese': {'group': 'Grupp', 'company': 'Kumpanija', 'shipping': 'Tbaħħir', 'trading': 'Kummerċ', 'industry': 'Industrija', 'services': 'Servizzi', 'investment': 'Investiment', 'development': 'Żvilupp', 'oil': 'Żejt'},
 'Tagalog': {'bank': 'Bangko', 'company': 'Kompanya', 'shipping': 'Pagpapadala', 'trading': 'Kalakalan', 'industry': 'Industriya', 'services': 'Serbisyo', 'investment': 'Pamumuhunan', 'oil': 'Langis'},
 'Malay': {'group': 'Kumpulan', 'company': 'Syarikat', 'shipping': 'Perkapalan', 'trading': 'Perdagangan', 'services': 'Perkhidmatan', 'investment': 'Pelaburan', 'development': 'Pembangunan', 'oil': 'Minyak'},
 'Hausa': {'bank': 'Banki', 'company': 'Kamfani', 'trading': 'Kasuwanci', 'group': 'Ƙungiya', 'services': 'Ayyuka', 'industry': "Masana'antu", 'oil': 'Mai'},
 'Zulu': {'bank': 'Ibhange', 'company': 'Inkampani', 'group': 'Iqembu', 'trading': 'Ukuhweba', 'oil': 'Uwoyela', 'industry': 'Imboni', 'investment': 'Utshalomali', 'development': 'Intuthuko'},
 'Galician': {'company': 'Compañía', 'shipping': 'Navegación', 'trading': 'Comercio', 'services': 'Servizos', 'investment': 'Investimento', 'development': 'Desenvolvemento', 'oil': 'Petróleo', 'industry': 'Industria'},
 'Scottish Gaelic': {'bank': 'Banca', 'company': 'Companaidh', 'group': 'Buidheann', 'trading': 'Malairt', 'industry': 'Gnìomhachas', 'services': 'Seirbheisean', 'development': 'Leasachadh', 'investment': 'Tasgadh', 'oil': 'Ola', 'shipping': 'Luingeas'},
 'Maori': {'bank': 'Pēke', 'company': 'Kamupene', 'group': 'Rōpū', 'trading': 'Hokohoko', 'oil': 'Hinu', 'services': 'Ratonga', 'investment': 'Haumitanga', 'shipping': 'Kaipuke', 'industry': 'Ahumahi'},
}
def g_translation(name, ent, d):
    toks = name.split()
    for lang, dic in TRANS.items():
        for i, w in enumerate(toks):
            lw = re.sub(r'[^a-z]', '', w.lower())
            if lw in dic and re.fullmatch(r'[A-Za-z]+[.,]?', w):
                body, legal = split_legal(name)
                b = [tcw(x) if j < len(body) else x for j, x in enumerate(toks)]
                b[i] = dic[lw]
                yield 'one trade word translated', '%s, %s for %s' % (lang, dic[lw], lw), ' '.join(b), lang
                break

# ---------- script
GEO = [('sh', 'შ'), ('ch', 'ჩ'), ('kh', 'ხ'), ('gh', 'ღ'), ('zh', 'ჟ'), ('ts', 'ც'), ('dz', 'ძ'),
       ('a', 'ა'), ('b', 'ბ'), ('c', 'კ'), ('d', 'დ'), ('e', 'ე'), ('f', 'ფ'), ('g', 'გ'), ('h', 'ჰ'), ('i', 'ი'),
       ('j', 'ჯ'), ('k', 'კ'), ('l', 'ლ'), ('m', 'მ'), ('n', 'ნ'), ('o', 'ო'), ('p', 'პ'), ('q', 'ყ'), ('r', 'რ'),
       ('s', 'ს'), ('t', 'ტ'), ('u', 'უ'), ('v', 'ვ'), ('w', 'ვ'), ('x', 'ქს'), ('y', 'ი'), ('z', 'ზ')]
BUL = [('sht', 'щ'), ('sh', 'ш'), ('ch', 'ч'), ('zh', 'ж'), ('ts', 'ц'), ('kh', 'х'), ('ya', 'я'), ('yu', 'ю'),
       ('a', 'а'), ('b', 'б'), ('c', 'к'), ('d', 'д'), ('e', 'е'), ('f', 'ф'), ('g', 'г'), ('h', 'х'), ('i', 'и'),
       ('j', 'дж'), ('k', 'к'), ('l', 'л'), ('m', 'м'), ('n', 'н'), ('o', 'о'), ('p', 'п'), ('q', 'к'), ('r', 'р'),
       ('s', 'с'), ('t', 'т'), ('u', 'у'), ('v', 'в'), ('w', 'у'), ('x', 'кс'), ('y', 'й'), ('z', 'з')]
def _render(w, table):
    w = w.lower(); out = ''; i = 0
    while i < len(w):
        for a, b in table:
            if w.startswith(a, i):
                out += b; i += len(a); break
        else:
            i += 1
    return out
def g_script(name, ent, d):
    body, legal = split_legal(name)
    ws = [x for w in body for x in re.split(r'[-/]', re.sub(r"[^A-Za-z\-/ ]", '', w)) if x]
    for shape, table in [('Georgian (Mkhedruli)', GEO), ('Bulgarian Cyrillic', BUL)]:
        q = ' '.join(_render(w, table) for w in ws).strip()
        if len(re.sub(r'\W', '', q)) >= 4:
            yield shape, None, q, None

# ---------- parent vs subsidiary
UNITS = ['Niederlassung', 'succursale de', 'útibú', 'cangen', 'fergħa', 'cawangan', 'sangay sa', 'igatsha',
         'ypokatastima', 'shiten', 'field office', 'training centre']
def g_parent(name, ent, d):
    c = d.city.get(ent)
    if not c: return
    body, legal = split_legal(name)
    for u in UNITS:
        yield 'unit at the add.csv city', '%s, %s' % (u, c), '%s %s %s' % (tc(body, legal), u, c), u

# ---------- messy
MESSY = [
 ('SQL INSERT', "INSERT INTO payees (name, city) VALUES ('{n}', '{c}');"),
 ('HTML table cell', '<td class="payee">{n}</td><td>{c}</td>'),
 ('Slack message', '@compliance can someone screen {n} ({c}) before 5pm?'),
 ('invoice header', 'INVOICE No. 77-0413 | Bill to: {n}, {c} | Net 30'),
 ('SEPA remittance line', '/RFB/INV 4471 /BENEF/{n} /CITY/{c}'),
 ('spreadsheet formula', '=VLOOKUP("{n}";Suppliers!A:D;2;FALSE) // {c}'),
 ('German chat', 'hallo, kannst du {n} aus {c} bitte kurz prüfen?'),
 ('French chat', 'salut, tu peux vérifier {n} à {c} stp ?'),
 ('Icelandic chat', 'hæ, geturðu athugað {n} í {c}?'),
 ('Welsh chat', 'helo, allet ti wirio {n} yn {c} plis?'),
 ('Malay chat', 'boleh tolong semak {n} di {c}?'),
 ('Tagalog chat', 'pwede mo bang i-check ang {n} sa {c}?'),
]
def g_messy(name, ent, d):
    c = d.city.get(ent)
    if not c: return
    body, legal = split_legal(name)
    n = tc(body, legal)
    for shape, t in MESSY:
        yield shape, '%s' % c, t.format(n=n, c=c), shape

def g_aka(name, ent, d):
    for a in d.alts[ent]:
        yield 'own alt.csv alias', None, a, None

GENS = {'aka': g_aka, 'partial': g_partial, 'word_order': g_word_order, 'legal_form': g_legal_form,
        'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'script': g_script,
        'transliteration': g_transliteration, 'translation': g_translation,
        'parent_vs_subsidiary': g_parent, 'typo': g_typo, 'case': g_case, 'messy': g_messy}
# quota: per shape count, or None for item-once
QUOTA = {'aka': None, 'partial': 4, 'word_order': 4, 'legal_form': 'item', 'punctuation': 3,
         'abbreviation': 'item', 'script': 6, 'transliteration': 6, 'translation': 'item',
         'parent_vs_subsidiary': 'item', 'typo': 2, 'case': 4, 'messy': 'item'}
NARC = {'case': 'only', 'partial': 'only', 'word_order': 'only', 'legal_form': 'only', 'punctuation': 'only',
        'abbreviation': 2}
