"""train71 generators: one per kind; each yields (shape, detail, query). Written from scratch."""
import re
FORMS = ['S.A. DE C.V.', 'S.A. de C.V.', 'S. DE R.L. DE C.V.', 'CO., LTD.', 'CO. LTD.', 'CO LTD', 'S.A.S.', 'S.A.', 'SA', 'LTDA.', 'LTDA', 'LTD.', 'LTD', 'LIMITED',
         'LLC', 'L.L.C.', 'INC.', 'INC', 'CORP.', 'CORPORATION', 'COMPANY', 'CO.', 'S.R.L.', 'SRL', 'S.L.', 'C.A.', 'GMBH', 'FZE', 'FZCO', 'FZC', 'PLC', 'JSC', 'OOO', 'E.U.', 'S.C.', 'CIA. LTDA.']
SMALL = {'DE', 'DEL', 'LA', 'EL', 'Y', 'E', 'OF', 'THE', 'AND', 'LOS', 'LAS', '&', 'FOR', 'AL', 'A'}

def tc(s):
    return ' '.join(w[:1].upper() + w[1:].lower() if w.isupper() or w.islower() else w for w in s.split())

def split_form(name):
    n = name.strip()
    for f in sorted(FORMS, key=len, reverse=True):
        if n.upper().endswith(' ' + f.upper()) or n.upper().endswith(', ' + f.upper()):
            body = n[:len(n) - len(f)].rstrip(' ,')
            return body, n[len(n) - len(f):]
    return n, ''

def plain_words(body):
    ws = body.split()
    if any(w.upper() in SMALL or not re.fullmatch(r"[A-Za-z]+", w) for w in ws): return None
    return ws

def join(ws, form):
    return tc(' '.join(ws)) + ((' ' + form) if form else '')

# ---- partial (narcotics) ----
def g_partial(name):
    body, form = split_form(name); ws = plain_words(body)
    if not ws or len(ws) < 4: return
    yield 'third name word dropped, legal form kept', 'drops %s' % ws[2], join(ws[:2] + ws[3:], form)
    if form: yield 'first name word and legal form dropped', 'drops %s and %s' % (ws[0], form), join(ws[1:], '')
    yield 'second name word and legal form dropped', 'drops %s' % ws[1], join(ws[:1] + ws[2:], '')

# ---- word order (narcotics) ----
def g_word_order(name):
    body, form = split_form(name); ws = plain_words(body)
    if not ws or len(ws) < 3: return
    yield 'last name word moved to the front', '', join([ws[-1]] + ws[:-1], form)
    r = sorted(ws, key=lambda w: w.lower(), reverse=True)
    if r != ws: yield 'name words in reverse alphabetical order', '', join(r, form)
    s = sorted(ws, key=len)
    if s != ws: yield 'name words sorted shortest first', '', join(s, form)

# ---- legal form (narcotics) ----
LF = ['OÜ', 'SIA', 'EOOD', 'A.Ş.', 'Chusik Hoesa', 'Unipessoal Lda.', 'S. de R.L.', 'Kft.', 'd.d.', 'PLLC', 'LLP', 'KGaA']
LFDESC = {'OÜ': 'Estonian', 'SIA': 'Latvian', 'EOOD': 'Bulgarian', 'A.Ş.': 'Turkish', 'Chusik Hoesa': 'Korean romanised', 'Unipessoal Lda.': 'Portuguese single-member',
          'S. de R.L.': 'Mexican/Honduran', 'Kft.': 'Hungarian', 'd.d.': 'Croatian/Slovene', 'PLLC': 'US professional', 'LLP': 'UK/US partnership', 'KGaA': 'German'}
def g_legal_form(name):
    body, form = split_form(name)
    for lf in LF:
        yield lf, '%s %s %s' % (LFDESC[lf], 'replacing ' + form if form else 'added', lf), tc(body) + ' ' + lf

# ---- punctuation (narcotics) ----
def _sub_first(name, pat, rep, inside=True):
    body, form = split_form(name); t = tc(body)
    m = re.search(pat, t[1:]) if inside else None
    return m
def g_punctuation(name):
    body, form = split_form(name); t = tc(body); f = (' ' + form) if form else ''
    i = t.find('s', 1)
    if i > 0: yield '§ for s', 'first inner s', t[:i] + '§' + t[i + 1:] + f
    i = t.find('t', 1)
    if i > 0 and t[i - 1].isalpha(): yield '+ for t', 'first inner t', t[:i] + '+' + t[i + 1:] + f
    for j, w in enumerate(t.split()):
        if len(w) >= 6 and w.isalpha():
            ws = t.split(); k = len(w) // 2
            yield '~ inside a word', 'in %s' % w, ' '.join(ws[:j] + [w[:k] + '~' + w[k:]] + ws[j + 1:]) + f
            yield '^ inside a word', 'in %s' % w, ' '.join(ws[:j] + [w[:k] + '^' + w[k:]] + ws[j + 1:]) + f
            break

# ---- abbreviation ----
AB = [('MANUFACTURING', 'Mfg.'), ('AGENCY', 'Agcy.'), ('PRODUCTS', 'Prods.'), ('PETROLEUM', 'Petrol.'), ('PHARMACEUTICAL', 'Pharm.'), ('PHARMACEUTICALS', 'Pharms.'),
      ('CONSTRUCTION', 'Constr.'), ('INDUSTRIAL', 'Indus.'), ('MINING', 'Mng.'), ('AIRLINES', 'Airl.'), ('INVESTMENTS', 'Invts.'), ('ENGINEERING', 'Engrg.'),
      ('SERVICES', 'Serv.'), ('DEVELOPMENT', 'Dev.'), ('COMMERCIAL', 'Coml.'), ('EQUIPMENT', 'Equip.'), ('SUPPLY', 'Sup.'), ('RESEARCH', 'Rsch.'),
      ('MINISTRY', 'Min.'), ('ORGANIZATION', 'Orgn.'), ('EXPORT', 'Exp.'), ('INDUSTRIES', 'Indust.'), ('COMPANY', 'Cmpy.'), ('SHIPPING', 'Shpg.')]
def g_abbreviation(name):
    ws = name.split()
    for full_w, ab in AB:
        for j, w in enumerate(ws):
            if w.upper().strip(',') == full_w:
                yield ab, '%s -> %s' % (full_w.lower(), ab), tc(' '.join(ws[:j])) + (' ' if j else '') + ab + (' ' if ws[j + 1:] else '') + tc(' '.join(ws[j + 1:]))
                break

# ---- typo ----
def _w(name):
    body, form = split_form(name); return tc(body), ((' ' + form) if form else '')
def g_typo(name):
    t, f = _w(name); ws = t.split()
    for j, w in enumerate(ws):
        if len(w) >= 5 and w.isalpha():
            yield 'two adjacent letters transposed', 'in %s' % w, ' '.join(ws[:j] + [w[:2] + w[3] + w[2] + w[4:]] + ws[j + 1:]) + f; break
    if 'm' in t[1:]:
        i = t.index('m', 1); yield 'OCR rn for m', '', t[:i] + 'rn' + t[i + 1:] + f
    if 'o' in t[1:]:
        i = t.index('o', 1); yield 'OCR 0 for o', '', t[:i] + '0' + t[i + 1:] + f
    if 'g' in t[1:]:
        i = t.index('g', 1); yield 'q typed for g', '', t[:i] + 'q' + t[i + 1:] + f
    if 'i' in t[1:]:
        i = t.index('i', 1); yield 'y typed for i', '', t[:i] + 'y' + t[i + 1:] + f
    m = re.search(r'([a-z])\1', t)
    if m: yield 'double letter made single', m.group(0), t[:m.start()] + m.group(1) + t[m.end():] + f

# ---- transliteration ----
def _tr(s, rules):
    s = s.lower()
    for a, b in rules: s = s.replace(a, b)
    return s
FR = [('sh', '§'), ('ch', 'tch'), ('§', 'ch'), ('kh', 'kh'), ('j', 'dj'), ('w', 'ou'), ('u', 'ou'), ('oouou', 'ou'), ('oou', 'ou')]
TR = [('sh', 'ş'), ('ch', 'ç'), ('kh', 'h'), ('j', 'c'), ('w', 'v'), ('q', 'k'), ('x', 'ks')]
def g_transliteration(name):
    body, form = split_form(name); f = (' ' + form) if form else ''
    for nm, rules in (('French-style (ch for sh, tch for ch, dj for j, ou for u/w)', FR), ('Turkish-style (ş for sh, ç for ch, h for kh, c for j, v for w, k for q, ks for x)', TR)):
        out = tc(_tr(body, rules))
        yield nm.split(' (')[0], nm[nm.index('(') + 1:-1], out + f

# ---- translation ----
TRL = {
 'Dutch': {'COMPANY': 'Maatschappij', 'BANK': 'Bank', 'TRADING': 'Handel', 'SHIPPING': 'Scheepvaart', 'INDUSTRIES': 'Industrieën', 'OIL': 'Olie', 'AIRLINES': 'Luchtvaartmaatschappij', 'INVESTMENT': 'Investering', 'CONSTRUCTION': 'Bouw', 'GROUP': 'Groep', 'SERVICES': 'Diensten', 'ENGINEERING': 'Techniek'},
 'Finnish': {'COMPANY': 'Yhtiö', 'BANK': 'Pankki', 'TRADING': 'Kauppa', 'SHIPPING': 'Varustamo', 'INDUSTRIES': 'Teollisuus', 'OIL': 'Öljy', 'CONSTRUCTION': 'Rakennus', 'SERVICES': 'Palvelut', 'INVESTMENT': 'Sijoitus'},
 'Hungarian': {'COMPANY': 'Társaság', 'BANK': 'Bankja', 'TRADING': 'Kereskedelmi', 'SHIPPING': 'Hajózási', 'INDUSTRIES': 'Ipar', 'OIL': 'Olaj', 'CONSTRUCTION': 'Építőipari', 'SERVICES': 'Szolgáltatások', 'GROUP': 'Csoport'},
 'Estonian': {'COMPANY': 'Ettevõte', 'BANK': 'Pank', 'TRADING': 'Kaubandus', 'SHIPPING': 'Laevandus', 'INDUSTRIES': 'Tööstus', 'OIL': 'Õli', 'CONSTRUCTION': 'Ehitus', 'SERVICES': 'Teenused'},
 'Esperanto': {'COMPANY': 'Kompanio', 'BANK': 'Banko', 'TRADING': 'Komerco', 'SHIPPING': 'Ŝipado', 'INDUSTRIES': 'Industrioj', 'OIL': 'Oleo', 'CONSTRUCTION': 'Konstruado', 'SERVICES': 'Servoj', 'AIRLINES': 'Aviadkompanio', 'GROUP': 'Grupo'},
 'Latin': {'COMPANY': 'Societas', 'BANK': 'Argentaria', 'TRADING': 'Mercatura', 'SHIPPING': 'Navigatio', 'INDUSTRIES': 'Industriae', 'OIL': 'Oleum', 'CONSTRUCTION': 'Aedificatio'},
 'Catalan': {'COMPANY': 'Companyia', 'BANK': 'Banc', 'TRADING': 'Comerç', 'SHIPPING': 'Naviliera', 'INDUSTRIES': 'Indústries', 'OIL': 'Petroli', 'CONSTRUCTION': 'Construccions', 'SERVICES': 'Serveis', 'INVESTMENT': 'Inversió'},
 'Serbian (Latin)': {'COMPANY': 'Preduzeće', 'BANK': 'Banka', 'TRADING': 'Trgovina', 'SHIPPING': 'Brodarstvo', 'INDUSTRIES': 'Industrija', 'OIL': 'Nafta', 'CONSTRUCTION': 'Gradnja', 'SERVICES': 'Usluge'},
 'Vietnamese': {'COMPANY': 'Công ty', 'BANK': 'Ngân hàng', 'TRADING': 'Thương mại', 'SHIPPING': 'Vận tải biển', 'INDUSTRIES': 'Công nghiệp', 'OIL': 'Dầu', 'CONSTRUCTION': 'Xây dựng', 'SERVICES': 'Dịch vụ', 'AIRLINES': 'Hàng không'},
 'Somali': {'COMPANY': 'Shirkadda', 'BANK': 'Bangiga', 'TRADING': 'Ganacsiga', 'SHIPPING': 'Maraakiibta', 'OIL': 'Saliidda', 'CONSTRUCTION': 'Dhismaha', 'SERVICES': 'Adeegyada'},
 'Uzbek': {'COMPANY': 'Kompaniyasi', 'BANK': 'Banki', 'TRADING': 'Savdo', 'SHIPPING': 'Dengiz tashish', 'INDUSTRIES': 'Sanoat', 'OIL': 'Neft', 'CONSTRUCTION': 'Qurilish', 'SERVICES': 'Xizmatlar', 'AIRLINES': 'Aviakompaniyasi'},
 'Hawaiian': {'COMPANY': 'Hui', 'BANK': 'Panakō', 'TRADING': 'Kālepa', 'SHIPPING': 'Hoʻouna moku', 'OIL': 'ʻAila', 'CONSTRUCTION': 'Kūkulu', 'SERVICES': 'Lawelawe'},
}
TRL = {k: v for k, v in TRL.items() if v}
def g_translation(name):
    ws = name.split()
    for lang, dic in TRL.items():
        out = []; done = []
        for w in ws:
            u = w.upper().strip(',')
            if u in dic: out.append(dic[u]); done.append('%s -> %s' % (u.lower(), dic[u]))
            else: out.append(tc(w))
        if done: yield lang, ', '.join(done), ' '.join(out)

# ---- script ----
ARM = {'a': 'ա', 'b': 'բ', 'c': 'կ', 'd': 'դ', 'e': 'ե', 'f': 'ֆ', 'g': 'գ', 'h': 'հ', 'i': 'ի', 'j': 'ջ', 'k': 'կ', 'l': 'լ', 'm': 'մ', 'n': 'ն', 'o': 'օ', 'p': 'պ', 'q': 'ք',
       'r': 'ր', 's': 'ս', 't': 'տ', 'u': 'ու', 'v': 'վ', 'w': 'վ', 'x': 'քս', 'y': 'յ', 'z': 'զ'}
ARM2 = [('sh', 'շ'), ('ch', 'չ'), ('kh', 'խ'), ('zh', 'ժ'), ('ts', 'ց')]
BG = {'a': 'а', 'b': 'б', 'c': 'к', 'd': 'д', 'e': 'е', 'f': 'ф', 'g': 'г', 'h': 'х', 'i': 'и', 'j': 'дж', 'k': 'к', 'l': 'л', 'm': 'м', 'n': 'н', 'o': 'о', 'p': 'п', 'q': 'к',
      'r': 'р', 's': 'с', 't': 'т', 'u': 'у', 'v': 'в', 'w': 'у', 'x': 'кс', 'y': 'й', 'z': 'з'}
BG2 = [('sht', 'щ'), ('sh', 'ш'), ('ch', 'ч'), ('kh', 'х'), ('zh', 'ж'), ('ts', 'ц'), ('yu', 'ю'), ('ya', 'я')]
def _scr(s, multi, single):
    s = s.lower(); out = ''; i = 0
    while i < len(s):
        for a, b in multi:
            if s.startswith(a, i): out += b; i += len(a); break
        else:
            c = s[i]; out += single.get(c, c if not c.isalpha() else ''); i += 1
    return ' '.join(out.replace('.', ' ').replace(',', ' ').split())
def g_script(name):
    body, form = split_form(name)
    yield 'Armenian', 'letter by letter', _scr(body, ARM2, ARM)
    yield 'Bulgarian Cyrillic', 'letter by letter, щ for sht, ъ not used', _scr(body, BG2, BG)

# ---- case (narcotics) ----
def g_case(name):
    ws = name.split()
    yield 'first word upper, rest lower', '', ' '.join([ws[0].upper()] + [w.lower() for w in ws[1:]])
    out = ''; n = 0
    for c in name:
        if c.isalpha(): n += 1; out += c.upper() if n % 3 == 0 else c.lower()
        else: out += c
    yield 'every third letter upper', '', out
    yield 'inverse title case (first letter of each word lower, rest upper)', '', ' '.join(w[:1].lower() + w[1:].upper() for w in ws)

# ---- parent vs subsidiary ----
UNITS = [('Dutch', '{n} vestiging {c}'), ('Finnish', '{n} sivuliike {c}'), ('Hungarian', '{n} fióktelep {c}'), ('Estonian', '{n} {c} filiaal'),
         ('Italian', '{n} filiale di {c}'), ('Malay', '{n} cawangan {c}'), ('Swahili', '{n} tawi la {c}'), ('Serbian', '{n} ogranak {c}'),
         ('Catalan', '{n} delegació de {c}'), ('English', '{n} regional office {c}'), ('English', '{n} service centre, {c}'), ('English', '{n} call centre ({c})')]
def g_parent(name, city):
    if not city: return
    for lang, pat in UNITS:
        yield '%s %s' % (lang, pat.replace('{n} ', '').replace('{c}', '').strip(' ,()')), 'at the add.csv city', pat.format(n=tc(name), c=tc(city))

# ---- messy ----
MESSY = [('TOML', 'counterparty = "{n}"\ncity = "{c}"'), ('HTTP header', 'X-Counterparty-Name: {n}; city={c}'), ('shell export', 'export PAYEE_NAME="{n}" PAYEE_CITY="{c}"'),
         ('HTML table cell', '<td class="payee">{n}</td><td>{c}</td>'), ('EDIFACT NAD segment', "NAD+BY+++{n}+{c}'"), ('iCalendar ORGANIZER', 'ORGANIZER;CN="{n}, {c}":mailto:info@example.com'),
         ('Finnish chat', 'hei, onko {n} ({c}) pakotelistalla?'), ('Hungarian chat', 'szia, rajta van a {n} ({c}) a szankciós listán?'), ('Catalan chat', 'hola, {n} de {c} és a la llista de sancions?'),
         ('Vietnamese chat', 'cho hỏi {n} ở {c} có trong danh sách trừng phạt không?'), ('Afrikaans chat', 'hallo, is {n} in {c} op die sanksielys?'), ('Esperanto chat', 'saluton, ĉu {n} en {c} estas en la sankcia listo?')]
def g_messy(name, city):
    if not city: return
    for nm, pat in MESSY:
        yield nm, 'with add.csv city', pat.format(n=name, c=city)

GENS = {'partial': g_partial, 'word_order': g_word_order, 'legal_form': g_legal_form, 'punctuation': g_punctuation, 'abbreviation': g_abbreviation,
        'typo': g_typo, 'transliteration': g_transliteration, 'translation': g_translation, 'script': g_script, 'case': g_case}
QUOTA = {'partial': 4, 'word_order': 4, 'legal_form': 1, 'punctuation': 3, 'abbreviation': 1, 'typo': 2, 'transliteration': 6, 'translation': 1,
         'script': 6, 'case': 4, 'parent_vs_subsidiary': 1, 'messy': 1, 'aka': 12}
