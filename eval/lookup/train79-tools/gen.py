"""One generator per kind for train79, plus the item lists. Each generator yields
(shape, detail, query, item) for one SDN name; item is the once-only item (or the shape)."""
import re
import lib

SMALL = lib.FILLER | {'para', 'con', 'por', 'en', 'for'}


def body_words(name):
    body, legal = lib.split_legal(name)
    return body.split(), legal


def plain_words(name):
    """title-cased body words if the body is only plain alphabetic words, else None"""
    ws, legal = body_words(name)
    if not ws or not all(re.fullmatch(r'[A-Za-z]+', w) for w in ws):
        return None, legal
    return [lib.tc_word(w) for w in ws], legal


def join(words, legal=''):
    return (' '.join(words) + (' ' + legal if legal else '')).strip()


ROMAN = re.compile(r'(?i)^(?=[ivx]+$)x{0,3}(ix|iv|v?i{0,3})$')


def is_small(w):
    return w.lower() in SMALL or len(w) <= 2 or bool(ROMAN.match(w))

# ------------------------------------------------------------------ aka
def g_aka(ent, name, d):
    for typ, a in d.alias[ent]:
        yield 'alt.csv alias', typ or 'aka', a, 'alias'

# ------------------------------------------------------------------ partial
def g_partial(ent, name, d):
    ws, legal = plain_words(name)
    if ws is None or len(ws) < 4:
        return
    big = [w for w in ws if not is_small(w)]
    if len(big) < 4:
        return
    yield 'last two name words only, legal form kept', None, join(big[-2:], legal), 'P1'
    yield 'even-position name words only, legal form dropped', None, join(big[1::2]), 'P2'
    longest = max(big, key=len)
    i = big.index(longest)
    yield 'longest name word dropped, legal form kept', None, join(big[:i] + big[i + 1:], legal), 'P3'

# ------------------------------------------------------------------ word order
def g_word_order(ent, name, d):
    ws, legal = plain_words(name)
    if ws is None or len(ws) < 3 or any(is_small(w) for w in ws):
        return
    yield 'last name word moved to the front', None, join([ws[-1]] + ws[:-1], legal), 'W1'
    yield 'name words in reverse alphabetical order', None, join(sorted(ws, key=str.lower, reverse=True), legal), 'W2'
    yield 'name words sorted shortest first', None, join(sorted(ws, key=len), legal), 'W3'

# ------------------------------------------------------------------ case
def g_case(ent, name, d):
    ws = name.split(' ')
    if len(ws) >= 2 and any(c.isalpha() for c in ws[0]):
        yield 'first word upper, rest lower', None, ' '.join([ws[0].upper()] + [w.lower() for w in ws[1:]]), 'C1'
    out, i = [], 0
    for c in name:
        if c.isalpha():
            out.append(c.lower() if i % 2 == 0 else c.upper()); i += 1
        else:
            out.append(c)
    yield 'alternating letter case, starting lower', None, ''.join(out), 'C2'
    def inv(w):
        for j, c in enumerate(w):
            if c.isalpha():
                return w[:j] + c.lower() + w[j + 1:].upper()
        return w
    yield "each word's first letter lower, rest upper", None, ' '.join(inv(w) for w in ws), 'C3'

# ------------------------------------------------------------------ legal form
LEGAL_FORMS = [('Estonian', 'OÜ'), ('Latvian', 'SIA'), ('Bulgarian', 'EOOD'), ('Hungarian', 'Kft.'),
               ('Hungarian', 'Zrt.'), ('Danish', 'ApS'), ('Luxembourgish', 'S.à r.l.'), ('Malaysian', 'Sdn. Bhd.'),
               ('Singaporean', 'Pte. Ltd.'), ('Australian', 'Pty Ltd'), ('Indonesian', 'Tbk'), ('Romanian', 'S.R.L.'),
               ('Polish', 'S.K.A.'), ('Swiss', 'Sàrl')]


def g_legal_form(ent, name, d):
    body, legal = lib.split_legal(name)
    b = ' '.join(lib.tc_word(w) for w in body.split())
    for lang, form in LEGAL_FORMS:
        how = 'replacing %s' % legal if legal else 'added'
        yield 'new legal form', '%s %s, %s' % (lang, form, how), b + ' ' + form, form

# ------------------------------------------------------------------ punctuation
def _longest_first(ws):
    return sorted(range(len(ws)), key=lambda i: -len(ws[i]))


def g_punctuation(ent, name, d):
    body, legal = lib.split_legal(name)
    ws = [lib.tc_word(w) for w in body.split()]
    for sym, letter, shape in (('€', 'e', '`€` for e'), ('§', 's', '`§` for s')):
        for i in _longest_first(ws):
            w = ws[i]
            j = w.lower().find(letter, 1)
            if j > 0:
                nw = w[:j] + sym + w[j + 1:]
                yield shape, None, join(ws[:i] + [nw] + ws[i + 1:], legal), shape
                break
    for sym, shape in (('^', '`^` inside a word'), ('~', '`~` inside a word')):
        for i in _longest_first(ws):
            w = ws[i]
            if len(w) >= 4 and w.isalpha():
                m = len(w) // 2
                yield shape, None, join(ws[:i] + [w[:m] + sym + w[m:]] + ws[i + 1:], legal), shape
                break

# ------------------------------------------------------------------ abbreviation
ABBR = [('SERVICES', 'Svcs.'), ('INVESTMENT', 'Invt.'), ('SHIPPING', 'Shpg.'), ('MARITIME', 'Mar.'),
        ('PRODUCTS', 'Prods.'), ('INVERSIONES', 'Inv.'), ('GENERAL', 'Gen.'), ('ORGANIZATION', 'Org.'),
        ('INDUSTRIAL', 'Indl.'), ('TELECOMMUNICATIONS', 'Telecom.'), ('PHARMACEUTICAL', 'Pharm.'),
        ('SYSTEMS', 'Sys.'), ('EQUIPMENT', 'Equip.'), ('BROTHERS', 'Bros.'), ('PETROLEUM', 'Petrol.'),
        ('HOSPITAL', 'Hosp.'), ('SCIENTIFIC', 'Sci.'), ('NAVIGATION', 'Nav.'), ('INSTITUTE', 'Inst.'),
        ('UNIVERSITY', 'Univ.'), ('LABORATORY', 'Lab.'), ('DEPARTMENT', 'Dept.')]


def g_abbreviation(ent, name, d):
    body, legal = lib.split_legal(name)
    ws = body.split()
    for word, ab in ABBR:
        for i, w in enumerate(ws):
            if re.sub('[^A-Z]', '', w.upper()) == word and re.fullmatch(r'[A-Za-z]+,?', w):
                tail = ',' if w.endswith(',') else ''
                nws = [lib.tc_word(x) for x in ws]
                nws[i] = ab + tail
                yield 'short form', '%s → %s' % (lib.tc_word(word), ab), join(nws, legal), ab
                break

# ------------------------------------------------------------------ typo
TYPO = [('OCR `rn` for m', 'm', 'rn'), ('OCR `0` for o', 'o', '0'), ('`o` typed for a', 'a', 'o'),
        ('`r` typed for t', 't', 'r')]


def g_typo(ent, name, d):
    body, legal = lib.split_legal(name)
    ws = [lib.tc_word(w) for w in body.split()]
    order = _longest_first(ws)
    for shape, src, dst in TYPO:
        for i in order:
            w = ws[i]
            j = w.lower().find(src, 1)
            if j > 0 and w.isalpha():
                nw = w[:j] + dst + w[j + 1:]
                yield shape, None, join(ws[:i] + [nw] + ws[i + 1:], legal), shape
                break
    i = order[0] if order else None
    if i is not None and ws[i].isalpha() and len(ws[i]) >= 5:
        w = ws[i]
        m = len(w) // 2
        if w[m].lower() != w[m + 1].lower():
            nw = w[:m] + w[m + 1] + w[m] + w[m + 2:]
            yield 'two middle letters of the longest word swapped', None, join(ws[:i] + [nw] + ws[i + 1:], legal), 'swap'
        yield 'last letter of the longest word dropped', None, join(ws[:i] + [w[:-1]] + ws[i + 1:], legal), 'lastdrop'

# ------------------------------------------------------------------ transliteration
FR = [('sh', 'ch'), ('ch', 'tch'), ('zh', 'j'), ('kh', 'kh'), ('j', 'dj'), ('w', 'ou'), ('u', 'ou')]
TR = [('sh', 'ş'), ('ch', 'ç'), ('zh', 'j'), ('kh', 'h'), ('j', 'c'), ('w', 'v'), ('q', 'k'), ('x', 'ks')]


def _translit(word, table, french=False):
    out, i, lw = [], 0, word.lower()
    while i < len(word):
        for src, dst in table:
            if lw.startswith(src, i):
                if french and src == 'u' and i > 0 and lw[i - 1] in 'oqae':
                    continue
                rep = dst
                if word[i].isupper():
                    rep = dst[0].upper() + dst[1:]
                out.append(rep); i += len(src)
                break
        else:
            out.append(word[i]); i += 1
    return ''.join(out)


def g_transliteration(ent, name, d):
    body, legal = lib.split_legal(name)
    ws = [lib.tc_word(w) for w in body.split()]
    for shape, table, fr in (('French-style', FR, True), ('Turkish-style', TR, False)):
        nws = [w if is_small(w) else _translit(w, table, fr) for w in ws]
        yield shape, None, join(nws, legal), shape

# ------------------------------------------------------------------ translation
TRANS = {
    'Dutch': {'COMPANY': 'Maatschappij', 'SHIPPING': 'Scheepvaart', 'INDUSTRIES': 'Industrieën', 'INDUSTRY': 'Industrie',
              'INVESTMENT': 'Investering', 'CONSTRUCTION': 'Bouw', 'SERVICES': 'Diensten', 'OIL': 'Olie',
              'TRANSPORT': 'Vervoer', 'DEVELOPMENT': 'Ontwikkeling', 'AIRLINES': 'Luchtvaartmaatschappij',
              'EXCHANGE': 'Wisselkantoor', 'ELECTRONICS': 'Elektronica', 'INSURANCE': 'Verzekering', 'STEEL': 'Staal'},
    'Finnish': {'COMPANY': 'Yhtiö', 'BANK': 'Pankki', 'SHIPPING': 'Varustamo', 'INDUSTRIES': 'Teollisuus',
                'INDUSTRY': 'Teollisuus', 'INVESTMENT': 'Sijoitus', 'CONSTRUCTION': 'Rakennus', 'SERVICES': 'Palvelut',
                'OIL': 'Öljy', 'TRANSPORT': 'Kuljetus', 'DEVELOPMENT': 'Kehitys', 'ENERGY': 'Energia',
                'AIRLINES': 'Lentoyhtiö', 'TECHNOLOGY': 'Teknologia', 'INSURANCE': 'Vakuutus', 'STEEL': 'Teräs'},
    'Hungarian': {'COMPANY': 'Társaság', 'SHIPPING': 'Hajózás', 'INDUSTRIES': 'Ipar', 'INDUSTRY': 'Ipar',
                  'INVESTMENT': 'Befektetés', 'CONSTRUCTION': 'Építőipar', 'SERVICES': 'Szolgáltatások',
                  'OIL': 'Olaj', 'TRANSPORT': 'Szállítás', 'DEVELOPMENT': 'Fejlesztés', 'ENERGY': 'Energia',
                  'AIRLINES': 'Légitársaság', 'EXCHANGE': 'Pénzváltó', 'INSURANCE': 'Biztosító', 'STEEL': 'Acél'},
    'Estonian': {'COMPANY': 'Ettevõte', 'BANK': 'Pank', 'SHIPPING': 'Laevandus', 'INDUSTRIES': 'Tööstus',
                 'INDUSTRY': 'Tööstus', 'INVESTMENT': 'Investeering', 'CONSTRUCTION': 'Ehitus', 'SERVICES': 'Teenused',
                 'OIL': 'Õli', 'TRANSPORT': 'Vedu', 'DEVELOPMENT': 'Arendus', 'ENERGY': 'Energia',
                 'EXCHANGE': 'Vahetus', 'INSURANCE': 'Kindlustus', 'STEEL': 'Teras'},
    'Catalan': {'COMPANY': 'Companyia', 'BANK': 'Banc', 'SHIPPING': 'Navegació', 'INDUSTRIES': 'Indústries',
                'INDUSTRY': 'Indústria', 'INVESTMENT': 'Inversió', 'CONSTRUCTION': 'Construcció', 'SERVICES': 'Serveis',
                'OIL': 'Petroli', 'DEVELOPMENT': 'Desenvolupament', 'ENERGY': 'Energia', 'AIRLINES': 'Aerolínies',
                'EXCHANGE': 'Canvi', 'INSURANCE': 'Assegurances', 'STEEL': 'Acer'},
    'Esperanto': {'COMPANY': 'Kompanio', 'BANK': 'Banko', 'SHIPPING': 'Ŝipado', 'INDUSTRIES': 'Industrioj',
                  'INDUSTRY': 'Industrio', 'INVESTMENT': 'Investo', 'CONSTRUCTION': 'Konstruado', 'SERVICES': 'Servoj',
                  'OIL': 'Oleo', 'TRANSPORT': 'Transporto', 'DEVELOPMENT': 'Evoluigo', 'ENERGY': 'Energio',
                  'EXCHANGE': 'Interŝanĝo', 'INSURANCE': 'Asekuro', 'STEEL': 'Ŝtalo'},
    'Vietnamese': {'COMPANY': 'Công ty', 'BANK': 'Ngân hàng', 'SHIPPING': 'Vận tải biển', 'INDUSTRIES': 'Công nghiệp',
                   'INDUSTRY': 'Công nghiệp', 'INVESTMENT': 'Đầu tư', 'CONSTRUCTION': 'Xây dựng', 'SERVICES': 'Dịch vụ',
                   'OIL': 'Dầu', 'TRANSPORT': 'Vận tải', 'DEVELOPMENT': 'Phát triển', 'ENERGY': 'Năng lượng',
                   'AIRLINES': 'Hàng không', 'INSURANCE': 'Bảo hiểm', 'STEEL': 'Thép'},
    'Uzbek': {'COMPANY': 'Kompaniyasi', 'BANK': 'Banki', 'SHIPPING': 'Kemachilik', 'INDUSTRIES': 'Sanoat',
              'INDUSTRY': 'Sanoat', 'INVESTMENT': 'Investitsiya', 'CONSTRUCTION': 'Qurilish', 'SERVICES': 'Xizmatlar',
              'OIL': 'Neft', 'DEVELOPMENT': 'Rivojlanish', 'ENERGY': 'Energetika', 'EXCHANGE': 'Ayirboshlash',
              'INSURANCE': "Sug'urta", 'STEEL': "Po'lat"},
    'Somali': {'COMPANY': 'Shirkadda', 'BANK': 'Bangiga', 'SHIPPING': 'Maraakiibta', 'INDUSTRIES': 'Warshadaha',
               'INDUSTRY': 'Warshadda', 'INVESTMENT': 'Maalgashiga', 'CONSTRUCTION': 'Dhismaha', 'SERVICES': 'Adeegyada',
               'OIL': 'Saliidda', 'TRANSPORT': 'Gaadiidka', 'DEVELOPMENT': 'Horumarinta', 'ENERGY': 'Tamarta',
               'EXCHANGE': 'Sarrifka', 'INSURANCE': 'Caymiska'},
    'Greek (romanised)': {'COMPANY': 'Etaireia', 'BANK': 'Trapeza', 'SHIPPING': 'Naftiliaki', 'INDUSTRIES': 'Viomichanies',
                          'INDUSTRY': 'Viomichania', 'INVESTMENT': 'Ependyseis', 'CONSTRUCTION': 'Kataskeves',
                          'SERVICES': 'Ypiresies', 'OIL': 'Petrelaio', 'TRANSPORT': 'Metafores', 'DEVELOPMENT': 'Anaptyxi',
                          'ENERGY': 'Energeia', 'INSURANCE': 'Asfaleies', 'STEEL': 'Chalyvas'},
    'Russian (romanised)': {'COMPANY': 'Kompaniya', 'SHIPPING': 'Sudokhodstvo', 'INDUSTRIES': 'Promyshlennost',
                            'INDUSTRY': 'Promyshlennost', 'INVESTMENT': 'Investitsii', 'CONSTRUCTION': 'Stroitelstvo',
                            'SERVICES': 'Uslugi', 'OIL': 'Neft', 'DEVELOPMENT': 'Razvitie', 'ENERGY': 'Energetika',
                            'AIRLINES': 'Avialinii', 'EXCHANGE': 'Obmen', 'INSURANCE': 'Strakhovanie', 'STEEL': 'Stal'},
    'Ukrainian (romanised)': {'COMPANY': 'Kompaniia', 'SHIPPING': 'Sudnoplavstvo', 'INDUSTRIES': 'Promyslovist',
                              'INDUSTRY': 'Promyslovist', 'INVESTMENT': 'Investytsii', 'CONSTRUCTION': 'Budivnytstvo',
                              'SERVICES': 'Posluhy', 'OIL': 'Nafta', 'DEVELOPMENT': 'Rozvytok', 'ENERGY': 'Enerhetyka',
                              'AIRLINES': 'Avialinii', 'EXCHANGE': 'Obmin', 'INSURANCE': 'Strakhuvannia', 'STEEL': 'Stal'},
}


def g_translation(ent, name, d):
    body, legal = lib.split_legal(name)
    ws = body.split()
    for lang, dic in TRANS.items():
        for i, w in enumerate(ws):
            u = re.sub('[^A-Z]', '', w.upper())
            if u in dic and re.fullmatch(r'[A-Za-z]+,?', w):
                nws = [lib.tc_word(x) for x in ws]
                nws[i] = dic[u] + (',' if w.endswith(',') else '')
                yield 'one trade word translated', '%s: %s → %s' % (lang, lib.tc_word(u), dic[u]), join(nws, legal), lang
                break

# ------------------------------------------------------------------ script
ARM_DI = {'sh': 'շ', 'ch': 'չ', 'kh': 'խ', 'zh': 'ժ', 'th': 'թ', 'gh': 'ղ', 'ts': 'ց', 'ph': 'փ', 'ou': 'ու', 'oo': 'ու'}
ARM = {'a': 'ա', 'b': 'բ', 'c': 'կ', 'd': 'դ', 'e': 'ե', 'f': 'ֆ', 'g': 'գ', 'h': 'հ', 'i': 'ի', 'j': 'ջ', 'k': 'կ',
       'l': 'լ', 'm': 'մ', 'n': 'ն', 'o': 'ո', 'p': 'պ', 'q': 'ք', 'r': 'ր', 's': 'ս', 't': 'տ', 'u': 'ու', 'v': 'վ',
       'w': 'վ', 'x': 'քս', 'y': 'յ', 'z': 'զ'}


def to_armenian(word):
    w, out, i = word.lower(), [], 0
    while i < len(w):
        if w[i:i + 2] in ARM_DI:
            out.append(ARM_DI[w[i:i + 2]]); i += 2
        else:
            out.append(ARM.get(w[i], '')); i += 1
    return ''.join(out)


DEV_C = {'kh': 'ख', 'gh': 'घ', 'ch': 'च', 'jh': 'झ', 'th': 'थ', 'dh': 'ध', 'ph': 'फ', 'bh': 'भ', 'sh': 'श',
         'k': 'क', 'g': 'ग', 'c': 'क', 'j': 'ज', 't': 'त', 'd': 'द', 'n': 'न', 'p': 'प', 'b': 'ब', 'm': 'म',
         'y': 'य', 'r': 'र', 'l': 'ल', 'v': 'व', 'w': 'व', 's': 'स', 'h': 'ह', 'f': 'फ़', 'z': 'ज़', 'q': 'क़',
         'x': 'क्स'}
DEV_V = {'aa': ('आ', 'ा'), 'ai': ('ऐ', 'ै'), 'au': ('औ', 'ौ'), 'ee': ('ई', 'ी'), 'oo': ('ऊ', 'ू'), 'ou': ('औ', 'ौ'),
         'a': ('अ', ''), 'e': ('ए', 'े'), 'i': ('इ', 'ि'), 'o': ('ओ', 'ो'), 'u': ('उ', 'ु')}
VIRAMA = '्'


def to_devanagari(word):
    w = word.lower()
    units, i = [], 0
    while i < len(w):
        two = w[i:i + 2]
        if two in DEV_V:
            units.append(('V', two)); i += 2
        elif two in DEV_C:
            units.append(('C', two)); i += 2
        elif w[i] in DEV_V:
            units.append(('V', w[i])); i += 1
        elif w[i] in DEV_C:
            units.append(('C', w[i])); i += 1
        else:
            i += 1
    out = []
    for j, (t, u) in enumerate(units):
        if t == 'C':
            out.append(DEV_C[u])
            nxt = units[j + 1] if j + 1 < len(units) else None
            if nxt is not None and nxt[0] == 'C':
                out.append(VIRAMA)
        else:
            prev = units[j - 1] if j > 0 else None
            out.append(DEV_V[u][1] if prev is not None and prev[0] == 'C' else DEV_V[u][0])
    return ''.join(out)


def g_script(ent, name, d):
    body, legal = lib.split_legal(name)
    words = [re.sub('[^a-z]', '', w) for w in re.split(r'[\s\-]+', body.lower())]
    words = [w for w in words if w]
    if not words:
        return
    for shape, fn in (('Armenian script', to_armenian), ('Devanagari script', to_devanagari)):
        q = ' '.join(x for x in (fn(w) for w in words) if x)
        if sum(1 for c in q if c.isalpha()) >= 4:
            yield shape, 'letter by letter, legal form dropped', q, shape

# ------------------------------------------------------------------ parent vs subsidiary
UNITS = [('Dutch', '{name} vestiging {city}'), ('Finnish', '{name} {city} sivuliike'),
         ('Hungarian', '{name} {city} fióktelep'), ('Estonian', '{name} {city} filiaal'),
         ('Romanian', '{name} sucursala {city}'), ('Esperanto', '{name} filio en {city}'),
         ('Vietnamese', '{name} chi nhánh {city}'), ('Russian romanised', '{name} filial v {city}'),
         ('Ukrainian romanised', '{name} viddilennia u {city}'), ('Somali', '{name} laanta {city}'),
         ('English', '{name} {city} regional office'), ('English', '{name} {city} sales office'),
         ('Catalan', '{name} delegació de {city}'), ('Uzbek', '{name} {city} filiali')]


def g_parent(ent, name, d):
    city = d.city.get(ent)
    if not city:
        return
    n = lib.tcw(name)
    for lang, tpl in UNITS:
        unit = tpl.replace('{name}', '').replace('{city}', '').strip()
        unit = re.sub(r'\s+', ' ', unit)
        yield 'unit at the add.csv city', '%s `%s`, %s' % (lang, unit, city), tpl.format(name=n, city=city), tpl

# ------------------------------------------------------------------ messy
MESSY = [('TOML inline table', 'counterparty = {{ name = "{raw}", city = "{city}" }}'),
         ('INI section line', '[vendor_07] name={raw} ; city={city}'),
         ('shell grep command', 'grep -i "{raw}" screening_{slug}.csv'),
         ('tweet with hashtags', 'anyone know if {name} ({city}) is on the OFAC list?? #sanctions #kyc'),
         ('PDF text with page marker', '-- page 3 of 7 -- Beneficiary ........ {raw} , {city}'),
         ('SMS shorthand', 'pls chk {lower} in {city} asap thx'),
         ('Dutch chat', 'Kun je nagaan of {name} uit {city} op de sanctielijst staat?'),
         ('Finnish chat', 'Voitko tarkistaa, onko {name} ({city}) pakotelistalla?'),
         ('Hungarian chat', 'Meg tudnád nézni, hogy a {name} ({city}) szerepel-e a szankciós listán?'),
         ('Estonian chat', 'Kas saaksid kontrollida, kas {name} ({city}) on sanktsioonide nimekirjas?'),
         ('Catalan chat', 'Pots comprovar si {name}, de {city}, és a la llista de sancions?'),
         ('Vietnamese chat', 'Bạn kiểm tra giúp mình {name} ở {city} có trong danh sách trừng phạt không?')]


def g_messy(ent, name, d):
    city = d.city.get(ent)
    if not city:
        return
    slug = re.sub('[^a-z]+', '_', city.lower()).strip('_')
    for shape, tpl in MESSY:
        q = tpl.format(raw=name, name=lib.tcw(name), lower=name.lower(), city=city, slug=slug)
        yield shape, None, q, shape


GEN = {'aka': g_aka, 'partial': g_partial, 'word_order': g_word_order, 'case': g_case,
       'legal_form': g_legal_form, 'punctuation': g_punctuation, 'abbreviation': g_abbreviation,
       'typo': g_typo, 'transliteration': g_transliteration, 'translation': g_translation,
       'script': g_script, 'parent_vs_subsidiary': g_parent, 'messy': g_messy}

# quota per shape/item: shapes with a number; items (once each) use 1 and a cap of 12 in total
SHAPE_QUOTA = {'partial': 4, 'word_order': 4, 'case': 4, 'punctuation': 3, 'typo': 2, 'transliteration': 6,
               'script': 6, 'aka': 12}
ONCE = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NARC_SOME = {'abbreviation': 2}
