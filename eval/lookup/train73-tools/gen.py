"""One generator per kind: yields (shape, detail, query). Items marked once are used once each in the set."""
import re, lib
LEGAL = set('sa de cv sadecv ltda ltd limited inc co corp corporation company llc srl sas gmbh ag bv sl spa plc jsc ooo '
            'cia sarl fze fzco lp llp pty pvt rl en sab ca eirl y cie sc sca sociedad anonima limitada'.split())

def split_form(name):
    w = name.split(); i = len(w)
    while i > 0 and lib.full(w[i-1]) in LEGAL: i -= 1
    if i == 0: return w, []
    body = w[:i]; body[-1] = body[-1].rstrip(',')
    return [b for b in body if b], w[i:]

def tcw(w):
    if lib.full(w) in LEGAL: return w
    return w[:1].upper() + w[1:].lower() if w else w

def tc(words):
    return ' '.join(tcw(w) for w in words)

def plain(words):
    return all(re.fullmatch(r'[A-Za-z]+', w) for w in words)

def small(w):
    return lib.full(w) in lib.FILLER or len(w) <= 2

# ---------- case (narcotics) ----------
def g_case(e, name, d):
    def vup(s): return ''.join(c.upper() if c.lower() in 'aeiou' else c.lower() for c in s)
    def cup(s): return ''.join(c.lower() if c.lower() in 'aeiou' else c.upper() for c in s)
    def alt(s): return ' '.join(w.lower() if i % 2 == 0 else w.upper() for i, w in enumerate(s.split()))
    yield 'vowels upper, consonants lower', None, vup(name)
    yield 'consonants upper, vowels lower', None, cup(name)
    yield 'words alternately lower and upper', None, alt(name)

# ---------- partial (narcotics) ----------
def g_partial(e, name, d):
    body, form = split_form(name)
    if len(body) < 4 or not plain(body): return
    big = [w for w in body if not small(w)]
    if len(big) < 4: return
    yield 'first two name words only, legal form kept', None, tc(big[:2] + form)
    yield 'last two name words only, legal form kept', None, tc(big[-2:] + form)
    yield 'name words at odd positions only, legal form kept', None, tc(big[0::2] + form)

# ---------- word order (narcotics) ----------
def g_word_order(e, name, d):
    body, form = split_form(name)
    if len(body) < 2 or not plain(body) or any(small(w) for w in body): return
    yield 'first two name words swapped', None, tc([body[1], body[0]] + body[2:] + form)
    if len(body) >= 3:
        yield 'last two name words swapped', None, tc(body[:-2] + [body[-1], body[-2]] + form)
    lf = sorted(body, key=lambda w: -len(w))
    if lf != body:
        yield 'name words sorted longest first', None, tc(lf + form)

# ---------- legal form (narcotics) ----------
FORMS = [('Icelandic', 'ehf.'), ('Icelandic', 'hf.'), ('Swedish', 'KB'), ('Finnish', 'Ky'), ('Finnish', 'Oyj'),
         ('Greek', 'O.E.'), ('Greek', 'E.E.'), ('Turkish', 'Ltd. Şti.'), ('Vietnamese', 'TNHH'),
         ('Indian', 'Pvt. Ltd.'), ('Malaysian', 'Berhad'), ('Chilean', 'SpA')]
def g_legal_form(e, name, d):
    body, form = split_form(name)
    for lang, f in FORMS:
        yield 'legal form replaced', f'{lang} {f}', tc(body) + ' ' + f

# ---------- punctuation (narcotics) ----------
def _inside(w, ch):
    return w[:len(w)//2] + ch + w[len(w)//2:]
def g_punctuation(e, name, d):
    body, form = split_form(name)
    q = tc(body)
    if re.search(r'[a-z]s', q):
        yield '$ for s', None, re.sub(r'(?<=[a-z])s', '$', q, count=1) + (' ' + ' '.join(form) if form else '')
    if re.search(r'[a-z]c', q):
        yield '¢ for c', None, re.sub(r'(?<=[a-z])c', '¢', q, count=1) + (' ' + ' '.join(form) if form else '')
    ws = q.split(); i = max(range(len(ws)), key=lambda j: len(ws[j]))
    if len(ws[i]) >= 5:
        for ch, sh in (('*', '* inside a word'), ('%', '% inside a word')):
            w2 = ws[:]; w2[i] = _inside(ws[i], ch)
            yield sh, None, ' '.join(w2) + (' ' + ' '.join(form) if form else '')

# ---------- abbreviation ----------
ABBR = [('bank', 'Bk.'), ('institute', 'Inst.'), ('petroleum', 'Petrol.'), ('pharmaceutical', 'Pharm.'),
        ('pharmaceuticals', 'Pharm.'), ('electric', 'Elec.'), ('electronics', 'Elec.'), ('investment', 'Inv.'),
        ('investments', 'Inv.'), ('manufacturing', 'Mfg.'), ('systems', 'Sys.'), ('technology', 'Tech.'),
        ('technologies', 'Tech.'), ('general', 'Gen.'), ('cooperative', 'Coop.'), ('services', 'Svcs.'),
        ('equipment', 'Equip.'), ('navigation', 'Navig.'), ('financial', 'Fin.'), ('finance', 'Fin.'),
        ('insurance', 'Ins.'), ('exchange', 'Exch.'), ('agricultural', 'Agric.'), ('development', 'Devt.'),
        ('import', 'Imp.'), ('distribution', 'Distrib.'), ('distribuidora', 'Distrib.'), ('commercial', 'Comm.'),
        ('comercial', 'Comm.'), ('brothers', 'Bros.'), ('laboratories', 'Labs.'), ('resources', 'Res.'),
        ('logistics', 'Log.'), ('construcciones', 'Const.'), ('export', 'Expt.'), ('medical', 'Med.')]
def g_abbreviation(e, name, d):
    body, form = split_form(name)
    for i, w in enumerate(body):
        for word, ab in ABBR:
            if w.lower().strip(',') == word:
                b2 = [tcw(x) for x in body]; b2[i] = ab
                yield 'trade word abbreviated', f'{word.title()} -> {ab}', ' '.join(b2 + form)

# ---------- typo ----------
def g_typo(e, name, d):
    body, form = split_form(name)
    q = tc(body); ws = q.split()
    cands = sorted(range(len(ws)), key=lambda j: -len(ws[j]))
    fs = (' ' + ' '.join(form)) if form else ''
    for j in cands[:2]:
        w = ws[j]
        if len(w) < 5 or not w.isalpha(): continue
        def rep(nw, shape):
            w2 = ws[:]; w2[j] = nw; return shape, None, ' '.join(w2) + fs
        m = re.search(r'(?<=.)[aeiou](?=[^aeiou])', w)
        if m: yield rep(w[:m.start()] + m.group() * 2 + w[m.end():], 'a vowel doubled')
        if 'b' in w[1:]: yield rep(w[0] + w[1:].replace('b', '8', 1), 'OCR 8 for b')
        m = re.search(r'(?<=.)c(?=[aou])', w)
        if m: yield rep(w[:m.start()] + 'k' + w[m.end():], 'k typed for c')
        if 'e' in w[1:-1]: yield rep(w[0] + w[1:].replace('e', 'i', 1), 'i typed for e')
        if 'a' in w[1:-1]: yield rep(w[0] + w[1:].replace('a', 'o', 1), 'o typed for a')
        if 'n' in w[1:-1]: yield rep(w[0] + w[1:].replace('n', 'm', 1), 'm typed for n')
        break

# ---------- transliteration ----------
def _sub(s, m):
    pat = re.compile('|'.join(sorted(map(re.escape, m), key=len, reverse=True)))
    return pat.sub(lambda x: m[x.group()], s)
POL = {'sh': 'sz', 'ch': 'cz', 'kh': 'ch', 'zh': 'ż', 'j': 'dż', 'v': 'w', 'ya': 'ja', 'yo': 'jo', 'yu': 'ju', 'ye': 'je'}
CZE = {'sh': 'š', 'ch': 'č', 'kh': 'ch', 'zh': 'ž', 'j': 'dž', 'w': 'v', 'ya': 'ja', 'yo': 'jo', 'yu': 'ju', 'ye': 'je'}
def g_transliteration(e, name, d):
    body, form = split_form(name)
    for lab, m in (('Polish-style', POL), ('Czech-style', CZE)):
        b = [w if lib.full(w) in LEGAL or small(w) else tcw(_sub(w.lower(), m)) for w in body]
        yield lab, None, ' '.join(b + form)

# ---------- translation ----------
TR = {
 'company': {'German': 'Gesellschaft', 'French': 'Société', 'Icelandic': 'Fyrirtæki', 'Welsh': 'Cwmni', 'Maltese': 'Kumpanija', 'Tagalog': 'Kompanya', 'Malay': 'Syarikat', 'Galician': 'Compañía', 'Scottish Gaelic': 'Companaidh', 'Zulu': 'Inkampani', 'Hausa': 'Kamfani', 'Maori': 'Kamupene'},
 'bank': {'French': 'Banque', 'Icelandic': 'Banki', 'Welsh': 'Banc', 'Tagalog': 'Bangko', 'Galician': 'Banco', 'Scottish Gaelic': 'Banca', 'Zulu': 'Ibhange', 'Hausa': 'Bankin', 'Maori': 'Pēke'},
 'trading': {'German': 'Handel', 'French': 'Commerce', 'Icelandic': 'Verslun', 'Welsh': 'Masnach', 'Maltese': 'Kummerċ', 'Tagalog': 'Kalakalan', 'Malay': 'Perdagangan', 'Galician': 'Comercio', 'Scottish Gaelic': 'Malairt', 'Zulu': 'Ezohwebo', 'Hausa': 'Kasuwanci', 'Maori': 'Tauhokohoko'},
 'shipping': {'German': 'Schifffahrt', 'French': 'Maritime', 'Icelandic': 'Skipaflutningar', 'Welsh': 'Llongau', 'Maltese': 'Tbaħħir', 'Tagalog': 'Pagpapadala', 'Malay': 'Perkapalan', 'Galician': 'Navegación', 'Scottish Gaelic': 'Luingearachd', 'Zulu': 'Ukuthumela', 'Hausa': 'Jigilar', 'Maori': 'Kaipuke'},
 'investment': {'German': 'Investition', 'French': 'Investissement', 'Icelandic': 'Fjárfesting', 'Welsh': 'Buddsoddiad', 'Maltese': 'Investiment', 'Tagalog': 'Pamumuhunan', 'Malay': 'Pelaburan', 'Galician': 'Investimento', 'Scottish Gaelic': 'Tasgadh', 'Zulu': 'Utshalomali', 'Hausa': 'Jari', 'Maori': 'Haumi'},
 'oil': {'German': 'Öl', 'French': 'Pétrole', 'Icelandic': 'Olía', 'Welsh': 'Olew', 'Maltese': 'Żejt', 'Tagalog': 'Langis', 'Malay': 'Minyak', 'Galician': 'Petróleo', 'Scottish Gaelic': 'Ola', 'Zulu': 'Uwoyela', 'Hausa': 'Mai', 'Maori': 'Hinu'},
 'group': {'German': 'Gruppe', 'French': 'Groupe', 'Icelandic': 'Hópur', 'Welsh': 'Grŵp', 'Maltese': 'Grupp', 'Tagalog': 'Pangkat', 'Malay': 'Kumpulan', 'Scottish Gaelic': 'Buidheann', 'Zulu': 'Iqembu', 'Hausa': 'Kungiya', 'Maori': 'Rōpū'},
 'services': {'German': 'Dienste', 'Icelandic': 'Þjónusta', 'Welsh': 'Gwasanaethau', 'Maltese': 'Servizzi', 'Tagalog': 'Serbisyo', 'Malay': 'Perkhidmatan', 'Galician': 'Servizos', 'Scottish Gaelic': 'Seirbheisean', 'Zulu': 'Izinsiza', 'Hausa': 'Ayyuka', 'Maori': 'Ratonga'},
 'construction': {'German': 'Bau', 'Icelandic': 'Bygging', 'Welsh': 'Adeiladu', 'Maltese': 'Kostruzzjoni', 'Tagalog': 'Konstruksyon', 'Malay': 'Pembinaan', 'Galician': 'Construción', 'Scottish Gaelic': 'Togail', 'Zulu': 'Ukwakha', 'Hausa': 'Gini', 'Maori': 'Hanganga'},
 'industries': {'German': 'Industrien', 'Icelandic': 'Iðnaður', 'Welsh': 'Diwydiannau', 'Maltese': 'Industriji', 'Tagalog': 'Industriya', 'Malay': 'Perindustrian', 'Galician': 'Industrias', 'Scottish Gaelic': 'Gnìomhachasan', 'Zulu': 'Izimboni', 'Hausa': 'Masana’antu', 'Maori': 'Ahumahi'},
}
LANGS = ['German', 'French', 'Icelandic', 'Welsh', 'Maltese', 'Tagalog', 'Malay', 'Galician', 'Scottish Gaelic', 'Zulu', 'Hausa', 'Maori']
def g_translation(e, name, d):
    w = name.split()
    for i, x in enumerate(w):
        k = x.lower().strip(',.')
        if k in TR:
            for lang, t in TR[k].items():
                w2 = [tcw(y) for y in w]; w2[i] = t
                yield 'one trade word translated', f'{lang}: {k} -> {t}', ' '.join(w2)

# ---------- script ----------
GEO = {'sh': 'შ', 'ch': 'ჩ', 'kh': 'ხ', 'zh': 'ჟ', 'gh': 'ღ', 'ts': 'ც', 'dz': 'ძ', 'a': 'ა', 'b': 'ბ', 'g': 'გ', 'd': 'დ', 'e': 'ე',
       'v': 'ვ', 'z': 'ზ', 't': 'ტ', 'i': 'ი', 'k': 'კ', 'l': 'ლ', 'm': 'მ', 'n': 'ნ', 'o': 'ო', 'p': 'პ', 'r': 'რ', 's': 'ს',
       'u': 'უ', 'f': 'ფ', 'q': 'ქ', 'j': 'ჯ', 'h': 'ჰ', 'c': 'კ', 'w': 'ვ', 'x': 'ქს', 'y': 'ი'}
SRB = {'sh': 'ш', 'ch': 'ч', 'kh': 'х', 'zh': 'ж', 'lj': 'љ', 'nj': 'њ', 'a': 'а', 'b': 'б', 'v': 'в', 'g': 'г', 'd': 'д', 'e': 'е',
       'z': 'з', 'i': 'и', 'j': 'џ', 'y': 'ј', 'k': 'к', 'l': 'л', 'm': 'м', 'n': 'н', 'o': 'о', 'p': 'п', 'r': 'р', 's': 'с',
       't': 'т', 'u': 'у', 'f': 'ф', 'h': 'х', 'c': 'ц', 'w': 'в', 'x': 'кс', 'q': 'к'}
def g_script(e, name, d):
    body, form = split_form(name)
    s = ' '.join(re.sub(r'[^a-z0-9 ]', ' ', ' '.join(body).lower()).split())
    for lab, m in (('Georgian', GEO), ('Serbian Cyrillic', SRB)):
        yield lab, None, _sub(s, m)

# ---------- parent vs subsidiary ----------
UNITS = [('German', 'Niederlassung {c}'), ('French', 'succursale de {c}'), ('Icelandic', 'útibú {c}'),
         ('Welsh', 'cangen {c}'), ('Tagalog', 'sangay sa {c}'), ('Japanese romanised', '{c} shiten'),
         ('Chinese romanised', '{c} fengongsi'), ('Korean romanised', '{c} jijeom'), ('Maltese', 'fergħa {c}'),
         ('English', 'field office {c}'), ('English', 'procurement office {c}'), ('English', 'warehouse {c}')]
def g_parent_vs_subsidiary(e, name, d):
    c = d.city.get(e)
    if not c: return
    for lang, u in UNITS:
        yield 'branch unit at the add.csv city', f'{lang} "{u.format(c="").strip()}"', tc(name.split()) + ' ' + u.format(c=c.title())

# ---------- messy ----------
MESSY = [('SQL WHERE clause', "SELECT * FROM vendors WHERE name = '{n}' AND city = '{c}';"),
         ('JSON object', '{{"counterparty": "{n}", "city": "{c}"}}'),
         ('S-expression', '(counterparty (name "{n}") (city "{c}"))'),
         ('spreadsheet formula', '=VLOOKUP("{n} {c}", Sheet2!A:B, 2, FALSE)'),
         ('invoice "Bill to" line', 'Bill to: {n}, {c} -- net 30'),
         ('Slack message', '@channel can someone check {n} ({c}) before we pay?'),
         ('German chat', 'Hallo, ist die Firma {n} aus {c} auf einer Sanktionsliste?'),
         ('French chat', 'Bonjour, pouvez-vous vérifier la société {n} à {c} ?'),
         ('Dutch chat', 'Hoi, kun je {n} in {c} even controleren?'),
         ('Norwegian chat', 'Hei, kan du sjekke firmaet {n} i {c}?'),
         ('Tagalog chat', 'Pakisuri po ang kompanyang {n} sa {c}.'),
         ('Malay chat', 'Tolong semak syarikat {n} di {c}, terima kasih.')]
def g_messy(e, name, d):
    c = d.city.get(e)
    if not c: return
    for lab, t in MESSY:
        yield lab, None, t.format(n=name, c=c)

def g_aka(e, name, d):
    for a in d.alts.get(e, []):
        yield 'own alias from alt.csv', None, a

GEN = {k: globals()['g_' + k] for k in lib.KINDS}
# items used at most once per set (by detail or shape)
ONCE = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}
