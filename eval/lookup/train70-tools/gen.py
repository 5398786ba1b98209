"""One generator per kind for train70: yields (shape, variant, query)."""
import re
from lib import full, content, FILLER, toks

LEGAL_TAIL = ['S.A. DE C.V.', 'S. DE R.L. DE C.V.', 'S.A.S.', 'S.A.', 'LTDA.', 'LTDA', 'LTD.', 'LTD', 'LIMITED', 'LLC', 'L.L.C.',
              'INC.', 'INC', 'CORP.', 'CORPORATION', 'CO.', 'CO', 'COMPANY', 'S.R.L.', 'SRL', 'S.L.', 'C.A.', 'GMBH', 'E.I.R.L.', 'S.C.', 'A.C.', 'S.A.C.', 'CIA. LTDA.', 'FZE', 'FZCO', 'PLC']
SMALL = {'DE', 'DEL', 'LA', 'LAS', 'LOS', 'EL', 'Y', 'E', 'OF', 'THE', 'AND', '&', 'FOR', 'A', 'EN', 'AL'}

def tc(s):
    out = []
    for w in s.split(' '):
        if w.upper() in SMALL and out: out.append(w.lower())
        elif re.fullmatch(r'(?:[A-Z]\.)+[A-Z]?\.?', w) or w in ('S.A.', 'C.V.', 'R.L.'): out.append(w)
        else: out.append(w[:1].upper() + w[1:].lower())
    return ' '.join(out)

def split_form(name):
    s = name.strip().rstrip(',')
    for f in LEGAL_TAIL:
        if s.upper().endswith(' ' + f):
            body = s[:-len(f)].rstrip(' ,')
            return body, s[len(body):].strip(' ,')
    return s, ''

def plain_body(body):
    ws = body.split()
    return all(re.fullmatch(r'[A-Z]{2,}', w) and w not in SMALL for w in ws)

def join(body, form):
    return (body + ' ' + form).strip() if form else body

# ---------------- partial (narc) ----------------
def g_partial(name):
    body, form = split_form(name)
    ws = body.split()
    if len(ws) < 3 or not plain_body(body): return
    if len(ws) >= 4:
        q = ws[:-2] + ws[-1:]
        yield 'second-to-last word dropped, form kept', 'dropped "%s"' % ws[-2], tc(join(' '.join(q), form))
    if len(ws) >= 4:
        yield 'first three words only, form dropped', 'kept first three words', tc(' '.join(ws[:3]))
        yield 'last three words only, form dropped', 'kept last three words', tc(' '.join(ws[-3:]))

# ---------------- word order (narc) ----------------
def g_word_order(name):
    body, form = split_form(name)
    ws = body.split()
    if len(ws) < 3 or not plain_body(body): return
    s = sorted(ws)
    if s != ws: yield 'name words in alphabetical order', 'sorted A-Z', tc(join(' '.join(s), form))
    r = ws[2:] + ws[:2]
    yield 'first two name words moved to the end', 'rotated by two', tc(join(' '.join(r), form))
    m = len(ws) // 2
    yield 'middle name word moved to the front', 'moved "%s" to front' % ws[m], tc(join(' '.join([ws[m]] + ws[:m] + ws[m+1:]), form))

# ---------------- legal form (narc) ----------------
FORMS = [('Greek', 'I.K.E.'), ('Lithuanian', 'MB'), ('Polish', 'S.K.A.'), ('Brazilian', 'EIRELI'), ('Danish', 'K/S'),
         ('Hungarian', 'Zrt.'), ('Hungarian listed', 'Nyrt.'), ('Norwegian', 'ANS'), ('Belgian', 'S.C.S.'),
         ('European', 'SE'), ('German cooperative', 'eG'), ('Danish cooperative', 'AmbA')]
def g_legal_form(name, used=set()):
    body, form = split_form(name)
    if ',' in body or '(' in body: return
    for c, f in FORMS:
        if f in used: continue
        yield c + ' ' + f, 'form %s -> %s' % (form or 'none', f), tc(body) + ' ' + f

# ---------------- punctuation (narc) ----------------
def _sub1(body, ch, rep, minpos=1):
    ws = body.split()
    for i, w in enumerate(ws):
        j = w.lower().find(ch, minpos)
        if len(w) >= 4 and 0 < j < len(w) - 1:
            ws[i] = w[:j] + rep + w[j+1:]
            return ' '.join(ws)
def g_punctuation(name):
    body, form = split_form(tc(name))
    for shape, ch, rep in (('euro sign for e', 'e', '€'), ('exclamation mark for i', 'i', '!'), ('pipe for l', 'l', '|')):
        b = _sub1(body, ch, rep)
        if b: yield shape, '%s -> %s once' % (ch, rep), join(b, form)
    ws = body.split()
    for i, w in enumerate(ws):
        if len(w) >= 6 and w.isalpha():
            ws2 = ws[:]; ws2[i] = w[:3] + '#' + w[3:]
            yield 'hash inside a word', '# inserted in "%s"' % w, join(' '.join(ws2), form); break

# ---------------- abbreviation ----------------
ABBR = [('AIRLINES', 'Airl.'), ('TRANSPORT', 'Transp.'), ('TRANSPORTES', 'Transp.'), ('EQUIPMENT', 'Eqpt.'), ('PHARMACEUTICAL', 'Pharm.'),
        ('ENTERPRISE', 'Ent.'), ('ENTERPRISES', 'Ents.'), ('BROTHERS', 'Bros.'), ('CHEMICAL', 'Chem.'), ('CHEMICALS', 'Chems.'),
        ('ENGINEERING', 'Engg.'), ('SCIENTIFIC', 'Sci.'), ('ASSOCIATION', 'Assn.'), ('FOUNDATION', 'Fndn.'), ('CENTER', 'Ctr.'),
        ('CENTRE', 'Ctr.'), ('UNIVERSITY', 'Univ.'), ('TECHNICAL', 'Techn.'), ('AVIATION', 'Aviat.'), ('NATIONAL', 'Natl.'),
        ('CONSULTORES', 'Cons.'), ('DISTRIBUIDORA', 'Distrib.'), ('MARITIME', 'Marit.'), ('LABORATORIES', 'Labs.'),
        ('TELECOMMUNICATIONS', 'Telecomms.'), ('AGRICULTURAL', 'Agric.'), ('SERVICIOS', 'Servs.'), ('MACHINERY', 'Mach.'),
        ('GOVERNORATE', 'Gov.'), ('INSURANCE', 'Insur.'), ('ELECTRONICS', 'Electrs.'), ('METALLURGICAL', 'Metall.')]
def g_abbreviation(name, used=set()):
    ws = name.split()
    for i, w in enumerate(ws):
        for full_w, ab in ABBR:
            if w.upper().strip(',') == full_w and ab not in used:
                t = tc(name).split(' ')
                if len(t) != len(ws): return
                t[i] = ab + (',' if w.endswith(',') else '')
                yield ab, '%s -> %s' % (full_w, ab), ' '.join(t)

# ---------------- typo (non-narc) ----------------
def g_typo(name):
    t = tc(name); ws = t.split()
    long = [i for i, w in enumerate(ws) if len(w) >= 6 and w.isalpha()]
    if not long: return
    i = long[0]; w = ws[i]
    def rep(nw): return ' '.join(ws[:i] + [nw] + ws[i+1:])
    yield 'last letter of a word dropped', w + ' -> ' + w[:-1], rep(w[:-1])
    cons = [k for k in range(1, len(w) - 1) if w[k].lower() in 'bcdfgkmnprstvz' and w[k+1].lower() != w[k].lower() and w[k-1].lower() != w[k].lower()]
    if cons: k = cons[0]; yield 'consonant doubled', w + ' -> ' + w[:k+1] + w[k:], rep(w[:k+1] + w[k:])
    if 'l' in w[1:]: k = w.index('l', 1); yield 'OCR 1 for l', w + ' -> ' + w[:k] + '1' + w[k+1:], rep(w[:k] + '1' + w[k+1:])
    if 'd' in w[1:]: k = w.index('d', 1); yield 'OCR cl for d', w + ' -> ' + w[:k] + 'cl' + w[k+1:], rep(w[:k] + 'cl' + w[k+1:])
    if 'a' in w[1:]: k = w.index('a', 1); yield 'e typed for a', w + ' -> ' + w[:k] + 'e' + w[k+1:], rep(w[:k] + 'e' + w[k+1:])
    if 's' in w[1:]: k = w.index('s', 1); yield 'z typed for s', w + ' -> ' + w[:k] + 'z' + w[k+1:], rep(w[:k] + 'z' + w[k+1:])

# ---------------- case (narc) ----------------
def g_case(name):
    out = []; up = True
    for c in name:
        if c.isalpha(): out.append(c.upper() if up else c.lower()); up = not up
        else: out.append(c)
    yield 'letters alternately upper and lower', 'alternating letters', ''.join(out)
    ws = name.split()
    if len(ws) >= 2: yield 'all lower except the last word', 'last word upper', ' '.join([w.lower() for w in ws[:-1]] + [ws[-1].upper()])
    yield 'second letter of each word upper', 'second letter upper', ' '.join(w[:1].lower() + w[1:2].upper() + w[2:].lower() for w in ws)

# ---------------- transliteration (non-narc) ----------------
def hung(w):
    w = w.lower()
    for a, b in (('sh', '\0'), ('kh', '\1'), ('ch', '\2'), ('s', 'sz'), ('\0', 's'), ('\1', 'h'), ('\2', 'cs'), ('j', 'dzs'), ('y', 'j'), ('w', 'v')):
        w = w.replace(a, b)
    return w
def span(w):
    w = w.lower()
    for a, b in (('sh', '\0'), ('kh', 'j'), ('j', '\1'), ('\1', 'y') , ('y', 'i'), ('w', 'u'), ('\0', 'ch'), ('v', 'b'), ('z', 's')):
        w = w.replace(a, b)
    return w
def g_transliteration(name):
    body, form = split_form(name)
    for shape, f in (('Hungarian-style', hung), ('Spanish-style', span)):
        q = tc(join(' '.join(f(w) for w in body.split()), form))
        yield shape, shape + ' spelling', q

# ---------------- translation (non-narc) ----------------
TR = {
 'Spanish': {'COMPANY': 'Compania', 'BANK': 'Banco', 'SHIPPING': 'Naviera', 'TRADING': 'Comercial', 'INDUSTRIES': 'Industrias', 'OIL': 'Petroleo', 'AIRLINES': 'Aerolineas', 'ENGINEERING': 'Ingenieria'},
 'Norwegian': {'COMPANY': 'Selskap', 'BANK': 'Bank', 'SHIPPING': 'Rederi', 'TRADING': 'Handel', 'INDUSTRIES': 'Industrier', 'OIL': 'Olje', 'GROUP': 'Gruppen', 'SERVICES': 'Tjenester'},
 'Romanian': {'COMPANY': 'Compania', 'BANK': 'Banca', 'SHIPPING': 'Navigatie', 'TRADING': 'Comert', 'INDUSTRIES': 'Industrii', 'OIL': 'Petrol', 'ENGINEERING': 'Inginerie', 'CONSTRUCTION': 'Constructii'},
 'Czech': {'COMPANY': 'Spolecnost', 'BANK': 'Banka', 'SHIPPING': 'Lodni Doprava', 'TRADING': 'Obchodni', 'INDUSTRIES': 'Prumysl', 'OIL': 'Ropa', 'GROUP': 'Skupina', 'SERVICES': 'Sluzby'},
 'Croatian': {'COMPANY': 'Poduzece', 'BANK': 'Banka', 'SHIPPING': 'Brodarstvo', 'TRADING': 'Trgovina', 'INDUSTRIES': 'Industrija', 'OIL': 'Nafta', 'CONSTRUCTION': 'Gradnja', 'ELECTRONICS': 'Elektronika'},
 'Slovene': {'COMPANY': 'Podjetje', 'BANK': 'Banka', 'SHIPPING': 'Ladjarstvo', 'TRADING': 'Trgovina', 'INDUSTRIES': 'Industrija', 'OIL': 'Nafta', 'TRANSPORT': 'Prevoz', 'SERVICES': 'Storitve'},
 'Lithuanian': {'COMPANY': 'Bendrove', 'BANK': 'Bankas', 'SHIPPING': 'Laivyba', 'TRADING': 'Prekyba', 'INDUSTRIES': 'Pramone', 'OIL': 'Nafta', 'GROUP': 'Grupe', 'AIRLINES': 'Avialinijos'},
 'Latvian': {'COMPANY': 'Uznemums', 'BANK': 'Banka', 'SHIPPING': 'Kugnieciba', 'TRADING': 'Tirdznieciba', 'INDUSTRIES': 'Rupniecibas', 'OIL': 'Nafta', 'CENTER': 'Centrs', 'INSTITUTE': 'Instituts'},
 'Turkish': {'COMPANY': 'Sirketi', 'BANK': 'Bankasi', 'SHIPPING': 'Denizcilik', 'TRADING': 'Ticaret', 'INDUSTRIES': 'Sanayi', 'OIL': 'Petrol', 'CONSTRUCTION': 'Insaat', 'ELECTRONICS': 'Elektronik'},
 'Basque': {'COMPANY': 'Konpainia', 'BANK': 'Bankua', 'SHIPPING': 'Itsasketa', 'TRADING': 'Merkataritza', 'INDUSTRIES': 'Industriak', 'OIL': 'Petrolioa', 'INSTITUTE': 'Institutua', 'CENTER': 'Zentroa'},
 'Afrikaans': {'COMPANY': 'Maatskappy', 'BANK': 'Bank', 'SHIPPING': 'Skeepvaart', 'TRADING': 'Handel', 'INDUSTRIES': 'Nywerhede', 'OIL': 'Olie', 'SERVICES': 'Dienste', 'RESEARCH': 'Navorsing'},
 'West Frisian': {'COMPANY': 'Bedriuw', 'BANK': 'Bank', 'SHIPPING': 'Skipfeart', 'TRADING': 'Hannel', 'INDUSTRIES': 'Yndustry', 'OIL': 'Oalje', 'GROUP': 'Groep', 'INSTITUTE': 'Ynstitút'},
}
def g_translation(name, used=set()):
    ws = name.split()
    for lang, dic in TR.items():
        if lang in used: continue
        hit = [w for w in ws if w.upper().strip(',') in dic]
        if not hit: continue
        t = tc(name).split(' ')
        if len(t) != len(ws): continue
        q = ' '.join(dic[w.upper().strip(',')] if w.upper().strip(',') in dic else t[i] for i, w in enumerate(ws))
        yield lang, '%s: %s' % (lang, ', '.join('%s -> %s' % (w, dic[w.upper().strip(',')]) for w in hit)), q

# ---------------- script (non-narc) ----------------
UKR = {'a': 'а', 'b': 'б', 'c': 'к', 'd': 'д', 'e': 'е', 'f': 'ф', 'g': 'ґ', 'h': 'г', 'i': 'і', 'j': 'дж', 'k': 'к', 'l': 'л', 'm': 'м',
       'n': 'н', 'o': 'о', 'p': 'п', 'q': 'к', 'r': 'р', 's': 'с', 't': 'т', 'u': 'у', 'v': 'в', 'w': 'в', 'x': 'кс', 'y': 'й', 'z': 'з'}
ARB = {'a': 'ا', 'b': 'ب', 'c': 'ك', 'd': 'د', 'e': 'ي', 'f': 'ف', 'g': 'غ', 'h': 'ه', 'i': 'ي', 'j': 'ج', 'k': 'ك', 'l': 'ل', 'm': 'م',
       'n': 'ن', 'o': 'و', 'p': 'ب', 'q': 'ق', 'r': 'ر', 's': 'س', 't': 'ت', 'u': 'و', 'v': 'ف', 'w': 'و', 'x': 'كس', 'y': 'ي', 'z': 'ز'}
def _render(s, table, di):
    s = s.lower()
    for a, b in di: s = s.replace(a, b)
    return ''.join(table.get(c, c if (not c.isascii() or c == ' ' or c.isdigit()) else '') for c in s)
def g_script(name):
    body, form = split_form(name)
    b = ' '.join(w for w in re.sub(r'[^A-Za-z0-9 ]', ' ', body).split())
    if len(b) < 4: return
    yield 'Ukrainian Cyrillic', 'Ukrainian letter-by-letter', ' '.join(_render(b, UKR, [('shch', 'щ'), ('sh', 'ш'), ('ch', 'ч'), ('kh', 'х'), ('zh', 'ж'), ('ts', 'ц'), ('ya', 'я'), ('yu', 'ю'), ('ye', 'є')]).split())
    yield 'Arabic script', 'Arabic letter-by-letter', ' '.join(_render(b, ARB, [('sh', 'ش'), ('kh', 'خ'), ('ch', 'تش'), ('th', 'ث'), ('gh', 'غ')]).split())

# ---------------- parent_vs_subsidiary (non-narc) ----------------
UNITS = [('Norwegian avdeling', '{n}, avdeling {c}'), ('Turkish subesi', '{n} {c} Şubesi'), ('Spanish sucursal en', '{n} - sucursal en {c}'),
         ('Russian romanised filial v', '{n} filial v {c}'), ('Lithuanian filialas', '{n} {c} filialas'), ('Latvian filiale', '{n} filiāle {c}'),
         ('Croatian podruznica', '{n} podružnica {c}'), ('Persian romanised Shobe', 'Shobe-ye {c} {n}'), ('Hebrew romanised snif', '{n} snif {c}'),
         ('liaison office', '{n} liaison office, {c}'), ('sales office', '{n} sales office {c}'), ('depot', '{n} depot ({c})')]
def g_parent(name, city, used=set()):
    if not city: return
    for shape, fmt in UNITS:
        if shape in used: continue
        yield shape, 'unit "%s" at %s' % (shape, city), fmt.format(n=tc(name), c=city)

# ---------------- messy (non-narc) ----------------
MESSY = [('YAML', 'counterparty:\n  name: "{n}"\n  city: {c}'), ('CSV line', '2019-03-14,{n},{c},USD,48200.00'),
         ('INI section', '[beneficiary]\nname={n}\ncity={c}'), ('email subject', 'Subject: RE: invoice 4471 - {n} ({c})'),
         ('SWIFT MT103 :59:', ':59:/DE44500105175407324931\n{n}\n{c}'), ('GraphQL query', 'query {{ screen(name: "{n}", city: "{c}") {{ hits }} }}'),
         ('Spanish chat', 'hola, ¿podéis revisar a {n} de {c}? gracias'), ('Portuguese chat', 'oi, dá pra checar a {n} em {c}? valeu'),
         ('Polish chat', 'cześć, sprawdzisz firmę {n} z {c}? dzięki'), ('Czech chat', 'ahoj, můžeš prověřit {n} z {c}? díky'),
         ('Romanian chat', 'salut, poți verifica {n} din {c}? mersi'), ('Turkish chat', 'selam, {c} merkezli {n} firmasını kontrol eder misin?')]
def g_messy(name, city, used=set()):
    if not city: return
    for shape, fmt in MESSY:
        if shape in used: continue
        yield shape, '%s with city %s' % (shape, city), fmt.format(n=name, c=city)

QUOTA = {'partial': 4, 'word_order': 4, 'punctuation': 3, 'typo': 2, 'case': 4, 'transliteration': 6, 'script': 6,
         'legal_form': 1, 'abbreviation': 1, 'translation': 1, 'parent_vs_subsidiary': 1, 'messy': 1, 'aka': 12}
