"""gen.py - display, shapes and candidate generators for every positive kind (train111)."""
import re, unicodedata
import lib

LEGAL_TOKS = set('''S.A. S.A SA LTDA. LTDA LTD. LTD LIMITED LLC L.L.C. INC. INC CO. CO COMPANY CORP. CORP CORPORATION
S.A.S. SAS S.R.L. SRL S.L. SL C.V. R.L. S.P.R. S.C. S.C.S. GMBH AG B.V. BV N.V. NV PLC CIA. CIA JSC OJSC CJSC PJSC
OOO OAO ZAO PAO AO SARL S.A.R.L. S.A.L. SAL FZE FZCO FZC LLP KG SRO S.R.O. D.O.O. A.S. PVT. PVT (PVT.) (PVT) PTE.
PTE BHD BHD. SDN. SDN C.A. S.A.C. E.U. (USA) LDA LDA. OY AB E.I.R.L. EIRL SPA S.P.A. P.R. R.I. C.S. S.A.A. K.K. KK
S.N.C. S.L.U. SLU S.A.U. OFFSHORE (OFFSHORE) S.DE'''.split())
CONNECT = {'DE', 'EN', '&', 'Y', 'E'}
SMALL_EXTRA = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
ROMAN = re.compile(r'^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$')


def is_legal_tok(t):
    u = t.rstrip(',').upper()
    return u in LEGAL_TOKS or bool(re.fullmatch(r'[A-Z]\.', u))


def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if is_legal_tok(t):
            i -= 1; continue
        if i < len(toks) and t.upper() in CONNECT and i - 2 >= 1 and is_legal_tok(toks[i - 2]):
            i -= 1; continue
        if i < len(toks) and t.upper() in ('Y', 'E', '&') and toks[i].rstrip(',').upper() in ('CIA.', 'CIA'):
            i -= 1; continue
        break
    return toks[:i], toks[i:]


def tc_tok(t):
    c = t.strip('(),')
    if '.' in c and re.fullmatch(r'([A-Za-z]\.)+[A-Za-z]?\.?', c):
        return t
    if ROMAN.match(c):
        return t
    if re.fullmatch(r'[B-DF-HJ-NP-TV-Z]{2,4}', c):
        return t
    out, prev, prev2 = [], '', ''
    for ch in t:
        if ch.isalpha():
            if prev and (prev.isalnum() or (prev in lib.APOS and prev2.isalpha())):
                out.append(ch.lower())
            else:
                out.append(ch.upper())
        else:
            out.append(ch)
        prev2, prev = prev, ch
    return ''.join(out)


def display(name):
    body, legal = split_legal(name)
    return ' '.join([tc_tok(t) for t in body] + legal)


def plain(t):
    return bool(re.fullmatch(r'[A-Za-z]+,?', t))


def is_small(t):
    w = t.rstrip(',')
    lw = w.lower()
    return (lw in lib.FILLER or lw in lib.LEGAL or len(w) <= 2 or lw in SMALL_EXTRA or bool(ROMAN.match(w.upper()))
            or '.' in w or any(ch.isdigit() for ch in w))


def name_words(body):
    return [(i, t) for i, t in enumerate(body) if plain(t) and not is_small(t)]


# ---------------------------------------------------------------- shapes
P_FIRST2 = 'the first two name words, legal form kept'
P_LAST2 = 'the last two name words, legal form dropped'
P_NOLONG = 'all name words but the longest (the first if tied), legal form kept'
W_ZA = 'name words sorted alphabetically, z to a'
W_SWAP = 'first two name words swapped (the others in place)'
W_SHORT = 'stably sorted by length, shortest first'
PU_EURO = '`€` for the first e after the first letter of the longest name word that has one'
PU_CENT = '`¢` for the first c likewise'
PU_TILDE = '`~` after the first letter of the longest name word (≥ 5 letters)'
PU_CARET = '`^` before the last three letters of the longest name word (≥ 6 letters)'
T_RN = 'OCR `rn` for m'
T_CE = 'OCR `c` for e'
T_PO = '`p` typed for o'
T_VB = '`v` typed for b'
T_SWAPLAST = 'last two letters of the longest word swapped'
T_DROP3 = 'third letter of the longest word dropped'
C_VOW = 'vowels upper, consonants lower'
C_FIRST2 = 'the first two letters of each word upper, the rest lower'
C_LAST2 = 'the last two letters of each word upper, the rest lower'
AKA = 'own aka alias'
SHORT = 'short form'
TR_PT = 'Portuguese-style spelling'
TR_MS = 'Malay-style spelling'
SC_OH = 'Old Hungarian (small letters)'
SC_OI = 'Old Italic'

LEGAL_FORMS = [  # (shape, form, in front)
    ('German `PartG`', 'PartG', False),     ('Portuguese `C.R.L.`', 'C.R.L.', False), ('Lithuanian `TŪB`', 'TŪB', False),
    ('Macedonian `DOOEL`', 'DOOEL', False), ('Kyrgyz `OsOO` (in front)', 'OsOO', True),
    ('Mongolian `KhKhK`', 'KhKhK', False), ('Czech `z.s.`', 'z.s.', False),
    ('Finnish `Osk`', 'Osk', False), ('Dutch `V.O.F.`', 'V.O.F.', False),
    ('Norwegian `NUF`', 'NUF', False), ('British `CIC`', 'CIC', False),
    ('American `L3C`', 'L3C', False), ('Georgian `ShPS` (in front)', 'ShPS', True),
    ('Spanish `S.A.T.`', 'S.A.T.', False),
]
SHORT_FORMS = [
    ('Invrs.', 'INVERSIONES'), ('Inmobil.', 'INMOBILIARIA'), ('Comerc.', 'COMERCIALIZADORA'),
    ('Distr.', 'DISTRIBUIDORA'), ('Constra.', 'CONSTRUCTORA'), ('Agropec.', 'AGROPECUARIA'),
    ('Servs.', 'SERVICIOS'), ('Transp.', 'TRANSPORTES'), ('Ganad.', 'GANADERIA'),
    ('Engr.', 'ENGINEERING'), ('Devel.', 'DEVELOPMENT'),
    ('Orgzn.', 'ORGANIZATION'), ('Invt.', 'INVESTMENT'), ('Techn.', 'TECHNOLOGY'), ('Svcs.', 'SERVICES'),
    ('Indl.', 'INDUSTRIAL'), ('Petrochem.', 'PETROCHEMICAL'), ('Natnl.', 'NATIONAL'), ('Assn.', 'ASSOCIATION'),
    ('Rsch.', 'RESEARCH'), ('Milit.', 'MILITARY'), ('Agcy.', 'AGENCY'), ('Comms.', 'COMMUNICATIONS'),
    ('Gnrl.', 'GENERAL'), ('Islm.', 'ISLAMIC'), ('Repub.', 'REPUBLIC'), ('Indust.', 'INDUSTRIES'),
    ('Elecs.', 'ELECTRONICS'), ('Airls.', 'AIRLINES'), ('Prods.', 'PRODUCTS'), ('Manuf.', 'MANUFACTURING'),
    ('Coml.', 'COMMERCIAL'), ('Minist.', 'MINISTRY'), ('Cttee.', 'COMMITTEE'), ('Mrtm.', 'MARITIME'),
    ('Xchg.', 'EXCHANGE'), ('Constn.', 'CONSTRUCTION'), ('Trnsp.', 'TRANSPORT'), ('Chml.', 'CHEMICAL'),
]
DICTS = {
    'Catalan': {'SHIPPING': 'Naviliera', 'INVESTMENT': 'Inversió', 'ENGINEERING': 'Enginyeria', 'DEVELOPMENT': 'Desenvolupament', 'CONSTRUCTION': 'Construcció',
                'ELECTRONICS': 'Electrònica', 'SERVICES': 'Serveis', 'OIL': 'Petroli', 'INSURANCE': 'Assegurances',
                'TRAVEL': 'Viatges', 'RESEARCH': 'Recerca', 'STEEL': 'Acer', 'CHEMICAL': 'Química'},
    'Galician': {'SHIPPING': 'Navieira', 'INVESTMENT': 'Investimento', 'ENGINEERING': 'Enxeñaría',
                 'DEVELOPMENT': 'Desenvolvemento', 'CONSTRUCTION': 'Construción', 'TECHNOLOGY': 'Tecnoloxía',
                 'ELECTRONICS': 'Electrónica', 'SERVICES': 'Servizos', 'ENERGY': 'Enerxía', 'TRAVEL': 'Viaxes',
                 'MINING': 'Minaría', 'STEEL': 'Aceiro'},
    'Luxembourgish': {'SHIPPING': 'Schëffaart', 'INVESTMENT': 'Investitioun', 'ENGINEERING': 'Ingenieurwiesen',
                      'DEVELOPMENT': 'Entwécklung', 'CONSTRUCTION': 'Bau', 'SERVICES': 'Servicer', 'OIL': 'Ueleg', 'INSURANCE': 'Versécherung', 'TRAVEL': 'Reesen',
                      'RESEARCH': 'Fuerschung', 'MINING': 'Biergbau', 'STEEL': 'Stol', 'INDUSTRY': 'Industrie'},
    'Afrikaans': {'SHIPPING': 'Skeepvaart', 'INVESTMENT': 'Belegging', 'INDUSTRY': 'Nywerheid',
                  'INDUSTRIES': 'Nywerhede', 'INDUSTRIAL': 'Nywerheids', 'ENGINEERING': 'Ingenieurswese',
                  'DEVELOPMENT': 'Ontwikkeling', 'CONSTRUCTION': 'Konstruksie', 'TECHNOLOGY': 'Tegnologie',
                  'SERVICES': 'Dienste', 'TRANSPORT': 'Vervoer', 'OIL': 'Olie', 'INSURANCE': 'Versekering',
                  'RESEARCH': 'Navorsing', 'MINING': 'Mynbou', 'STEEL': 'Staal'},
    'Zulu': {'SHIPPING': 'Imikhumbi', 'INVESTMENT': 'Utshalomali', 'INDUSTRY': 'Imboni', 'INDUSTRIES': 'Izimboni',
             'ENGINEERING': 'Ubunjiniyela', 'DEVELOPMENT': 'Intuthuko', 'CONSTRUCTION': 'Ukwakha',
             'TECHNOLOGY': 'Ubuchwepheshe', 'SERVICES': 'Izinsizakalo', 'TRANSPORT': 'Ezokuthutha',
             'ENERGY': 'Amandla', 'OIL': 'Amafutha', 'INSURANCE': 'Umshwalense', 'RESEARCH': 'Ucwaningo',
             'STEEL': 'Insimbi'},
    'Yoruba': {'SHIPPING': 'Ọkọ̀-omi', 'INVESTMENT': 'Ìdókòwò', 'DEVELOPMENT': 'Ìdàgbàsókè',
               'CONSTRUCTION': 'Ìkọ́lé', 'SERVICES': 'Iṣẹ́', 'TRANSPORT': 'Ìrìnnà', 'ENERGY': 'Agbára',
               'OIL': 'Epo', 'INSURANCE': 'Ìdánilójú', 'TRAVEL': 'Ìrìnàjò', 'RESEARCH': 'Ìwádìí',
               'MINING': 'Ìwakùsà', 'STEEL': 'Irin', 'INDUSTRY': 'Ilé-iṣẹ́', 'INDUSTRIES': 'Ilé-iṣẹ́'},
    'Igbo': {'SHIPPING': 'Ụgbọ-mmiri', 'DEVELOPMENT': 'Mmepe', 'TECHNOLOGY': 'Teknụzụ', 'SERVICES': 'Ọrụ',
             'TRANSPORT': 'Njem', 'ENERGY': 'Ike', 'OIL': 'Mmanụ', 'INSURANCE': 'Mkpuchi',
             'RESEARCH': 'Nchọpụta', 'MINING': 'Ngwuputa', 'STEEL': 'Igwe', 'CONSTRUCTION': 'Owuwu',
             'INDUSTRY': 'Ụlọ-ọrụ', 'INDUSTRIES': 'Ụlọ-ọrụ'},
    'Turkmen': {'SHIPPING': 'Gämiçilik', 'INVESTMENT': 'Maýa', 'INDUSTRY': 'Senagat', 'INDUSTRIAL': 'Senagat',
                'INDUSTRIES': 'Senagat', 'DEVELOPMENT': 'Ösüş', 'CONSTRUCTION': 'Gurluşyk',
                'TECHNOLOGY': 'Tehnologiýa', 'SERVICES': 'Hyzmatlary', 'TRANSPORT': 'Ulag', 'OIL': 'Nebit',
                'INSURANCE': 'Ätiýaçlandyryş', 'TRAVEL': 'Syýahat', 'RESEARCH': 'Barlag', 'MINING': 'Magdan',
                'STEEL': 'Polat', 'CHEMICAL': 'Himiýa'},
    'Haitian Creole': {'INVESTMENT': 'Envestisman', 'INDUSTRY': 'Endistri', 'INDUSTRIES': 'Endistri',
                       'ENGINEERING': 'Jeni', 'DEVELOPMENT': 'Devlopman', 'CONSTRUCTION': 'Konstriksyon',
                       'TECHNOLOGY': 'Teknoloji', 'ELECTRONICS': 'Elektwonik', 'SERVICES': 'Sèvis',
                       'ENERGY': 'Enèji', 'OIL': 'Lwil', 'INSURANCE': 'Asirans', 'TRAVEL': 'Vwayaj',
                       'RESEARCH': 'Rechèch', 'STEEL': 'Asye', 'SHIPPING': 'Anbakman'},
    'Esperanto': {'SHIPPING': 'Ŝipado', 'INDUSTRY': 'Industrio', 'INDUSTRIES': 'Industrioj',
                  'ENGINEERING': 'Inĝenierarto', 'DEVELOPMENT': 'Evoluigo', 'CONSTRUCTION': 'Konstruado',
                  'TECHNOLOGY': 'Teknologio', 'ELECTRONICS': 'Elektroniko', 'SERVICES': 'Servoj',
                  'ENERGY': 'Energio', 'OIL': 'Oleo', 'INSURANCE': 'Asekuro', 'TRAVEL': 'Vojaĝo',
                  'RESEARCH': 'Esploro', 'MINING': 'Minado', 'STEEL': 'Ŝtalo'},
    'Northern Sami': {'SHIPPING': 'Mearrajohtolat', 'INDUSTRY': 'Industriija', 'DEVELOPMENT': 'Ovdáneapmi',
                      'CONSTRUCTION': 'Huksen', 'TECHNOLOGY': 'Teknologiija', 'SERVICES': 'Bálvalusat',
                      'TRANSPORT': 'Johtolat', 'ENERGY': 'Energiija', 'OIL': 'Oljo', 'INSURANCE': 'Dáhkádus',
                      'TRAVEL': 'Mátkkošteapmi', 'RESEARCH': 'Dutkan', 'MINING': 'Ruvkedoaibma', 'STEEL': 'Stálli'},
    'Manx': {'SHIPPING': 'Lhongyn', 'TRAVEL': 'Jurnaa', 'RESEARCH': 'Ronsaghey', 'STEEL': 'Staillin',
             'OIL': 'Ooill', 'ENERGY': 'Bree', 'SERVICES': 'Shirveishyn', 'TRANSPORT': 'Immeeaght',
             'MINING': 'Mianaghys', 'INDUSTRY': 'Jeidys', 'CONSTRUCTION': 'Troggal', 'DEVELOPMENT': 'Aaeaghtyn'},
}
LANGS = list(DICTS)
UNITS = [  # (shape, words, after the city)
    ('Catalan `sucursal a`', 'sucursal a', False), ('Galician `delegación en`', 'delegación en', False),
    ('Luxembourgish `Filial zu`', 'Filial zu', False), ('Afrikaans `tak in`', 'tak in', False),
    ('Zulu `igatsha e`', 'igatsha e', False), ('Yoruba `ẹ̀ka ní`', 'ẹ̀ka ní', False),
    ('Igbo `alaka dị na`', 'alaka dị na', False), ('Haitian Creole `siksisal nan`', 'siksisal nan', False),
    ('Esperanto `filio en`', 'filio en', False), ('Manx `banglane ayns`', 'banglane ayns', False),
    ('Turkmen `şahamçasy` (after the city)', 'şahamçasy', True),
    ('Northern Sami `ossodat` (after the city)', 'ossodat', True),
]


def _dq(s):
    return s.replace('\\', '\\\\').replace('"', '\\"')


TEMPLATES = [
    ('Lua table', lambda n, c: 'local party = {name = "%s", city = "%s"}' % (_dq(n), _dq(c))),
    ('Clojure map', lambda n, c: '{:name "%s" :city "%s"}' % (_dq(n), _dq(c))),
    ('Elixir keyword list', lambda n, c: '[name: "%s", city: "%s"]' % (_dq(n), _dq(c))),
    ('TOML inline table', lambda n, c: 'party = { name = "%s", city = "%s" }' % (_dq(n), _dq(c))),
    ('F# record', lambda n, c: '{ Name = "%s"; City = "%s" }' % (_dq(n), _dq(c))),
    ('Nim object constructor', lambda n, c: 'Party(name: "%s", city: "%s")' % (_dq(n), _dq(c))),
    ('Common Lisp plist', lambda n, c: '(:name "%s" :city "%s")' % (_dq(n), _dq(c))),
    ('Objective-C dictionary literal', lambda n, c: '@{@"name": @"%s", @"city": @"%s"}' % (_dq(n), _dq(c))),
    ('chat in Catalan', lambda n, c: "Teniu informació sobre l'empresa %s amb seu a %s?" % (n, c)),
    ('chat in Galician', lambda n, c: 'Tes información sobre a empresa %s con sede en %s?' % (n, c)),
    ('chat in Afrikaans', lambda n, c: 'Het jy enige inligting oor die maatskappy %s in %s?' % (n, c)),
    ('chat in Haitian Creole', lambda n, c: 'Èske ou gen enfòmasyon sou konpayi %s ki nan %s la?' % (n, c)),
]
TEMPLATE_FN = dict(TEMPLATES)

SHAPES = {
    'partial': [P_FIRST2, P_LAST2, P_NOLONG],
    'word_order': [W_ZA, W_SWAP, W_SHORT],
    'punctuation': [PU_EURO, PU_CENT, PU_TILDE, PU_CARET],
    'typo': [T_RN, T_CE, T_PO, T_VB, T_SWAPLAST, T_DROP3],
    'case': [C_VOW, C_FIRST2, C_LAST2],
    'transliteration': [TR_PT, TR_MS],
    'script': [SC_OH, SC_OI],
    'legal_form': [f[0] for f in LEGAL_FORMS],
    'translation': LANGS,
    'parent_vs_subsidiary': [u[0] for u in UNITS],
    'messy': [t[0] for t in TEMPLATES],
    'abbreviation': [SHORT],
    'aka': [AKA],
}
PER_SHAPE = {k: 12 // len(v) for k, v in SHAPES.items() if k in
             ('partial', 'word_order', 'punctuation', 'typo', 'case', 'transliteration', 'script')}
ONCE_KINDS = ('legal_form', 'translation', 'parent_vs_subsidiary', 'messy')
NARC_ONLY = ('partial', 'word_order', 'legal_form', 'punctuation')
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']


def variant(shape, detail):
    return shape if detail is None else '%s (%s)' % (shape, detail)


def split_variant(kind, v):
    for s in sorted(SHAPES.get(kind, []), key=len, reverse=True):
        if v == s:
            return s, None
        if v.startswith(s + ' (') and v.endswith(')'):
            return s, v[len(s) + 2:-1]
    return None, None


# ---------------------------------------------------------------- generators
def _tcw(t):
    return tc_tok(t.rstrip(','))


def gen_partial(name):
    body, legal = split_legal(name)
    if any(t in ('/', '-', '&', '+') for t in body):
        return []
    nw = [t.rstrip(',') for i, t in name_words(body)]
    if len(nw) < 3:
        return []
    L = ' '.join(legal)
    out = []
    q = ' '.join(tc_tok(w) for w in nw[:2]) + (' ' + L if L else '')
    out.append((P_FIRST2, None, q))
    out.append((P_LAST2, None, ' '.join(tc_tok(w) for w in nw[-2:])))
    lg = max(range(len(nw)), key=lambda i: (len(nw[i]), -i))
    rest = [w for i, w in enumerate(nw) if i != lg]
    out.append((P_NOLONG, None, ' '.join(tc_tok(w) for w in rest) + (' ' + L if L else '')))
    return out


def gen_word_order(name):
    body, legal = split_legal(name)
    if not body or not all(plain(t) for t in body):
        return []
    slots = [i for i, t in enumerate(body) if not is_small(t)]
    words = [body[i].rstrip(',') for i in slots]
    if len(words) < 3 or any(len(w) < 3 for w in words):
        return []
    orders = [(W_ZA, sorted(words, key=lambda w: w.lower(), reverse=True)),
              (W_SWAP, [words[1], words[0]] + words[2:]),
              (W_SHORT, sorted(words, key=len))]
    out = []
    for shape, new in orders:
        toks = list(body)
        for s, w in zip(slots, new):
            toks[s] = w + (',' if body[s].endswith(',') else '')
        out.append((shape, None, ' '.join([tc_tok(t) for t in toks] + legal)))
    return out


def gen_legal_form(name):
    body, legal = split_legal(name)
    if any(is_legal_tok(t) or '.' in t for t in body):
        return []
    if not any(plain(t) and len(t.rstrip(',')) >= 3 and not is_small(t) for t in body):
        return []
    b = ' '.join(tc_tok(t) for t in body).rstrip(',')
    out = []
    for shape, form, front in LEGAL_FORMS:
        out.append((shape, None, (form + ' ' + b) if front else (b + ' ' + form)))
    return out


def _longest(words, pred):
    best = None
    for i, w in enumerate(words):
        if pred(w) and (best is None or len(w) > len(words[best])):
            best = i
    return best


def gen_punctuation(name):
    disp = display(name)
    if any(s in disp for s in '€¢~^'):
        return []
    body, legal = split_legal(name)
    dt = disp.split()
    idx = [i for i, t in name_words(body)]
    words = [dt[i].rstrip(',') for i in idx]
    out = []

    def put(shape, pred, edit):
        j = _longest(words, pred)
        if j is None:
            return
        w = words[j]
        nw = edit(w)
        toks = list(dt)
        toks[idx[j]] = nw + (',' if dt[idx[j]].endswith(',') else '')
        out.append((shape, 'in ' + w, ' '.join(toks)))
    put(PU_EURO, lambda w: 'e' in w[1:].lower(), lambda w: w[0] + w[1:].replace('e', '€', 1) if 'e' in w[1:] else w[0] + w[1:].replace('E', '€', 1))
    put(PU_CENT, lambda w: 'c' in w[1:].lower(), lambda w: w[0] + w[1:].replace('c', '¢', 1) if 'c' in w[1:] else w[0] + w[1:].replace('C', '¢', 1))
    put(PU_TILDE, lambda w: len(w) >= 5, lambda w: w[0] + '~' + w[1:])
    put(PU_CARET, lambda w: len(w) >= 6, lambda w: w[:-3] + '^' + w[-3:])
    return out


def gen_abbreviation(name, open_forms=None):
    disp = display(name)
    body, legal = split_legal(name)
    dt = disp.split()
    forms = dict((w, a) for a, w in SHORT_FORMS)
    out = []
    for i, t in enumerate(body):
        u = t.rstrip(',').upper()
        if u in forms and (open_forms is None or forms[u] in open_forms):
            toks = list(dt)
            toks[i] = forms[u] + (',' if t.endswith(',') else '')
            out.append((SHORT, '`%s` for %s' % (forms[u], u), ' '.join(toks)))
            break
    return out


def gen_abbreviation_all(name):
    """every entry-bearing word (first one per open form list is chosen by build)"""
    disp = display(name)
    body, legal = split_legal(name)
    dt = disp.split()
    forms = dict((w, a) for a, w in SHORT_FORMS)
    out = []
    for i, t in enumerate(body):
        u = t.rstrip(',').upper()
        if u in forms:
            toks = list(dt)
            toks[i] = forms[u] + (',' if t.endswith(',') else '')
            out.append((SHORT, '`%s` for %s' % (forms[u], u), ' '.join(toks)))
    return out


def gen_case(name):
    def per_word(fn):
        res = []
        for tok in name.split(' '):
            letters = [i for i, ch in enumerate(tok) if ch.isalpha()]
            chars = list(tok)
            for k, i in enumerate(letters):
                chars[i] = fn(chars[i], k, len(letters))
            res.append(''.join(chars))
        return ' '.join(res)
    out = [
        (C_VOW, None, per_word(lambda ch, k, n: ch.upper() if ch.lower() in 'aeiou' else ch.lower())),
        (C_FIRST2, None, per_word(lambda ch, k, n: ch.upper() if k < 2 else ch.lower())),
        (C_LAST2, None, per_word(lambda ch, k, n: ch.upper() if k >= n - 2 else ch.lower())),
    ]
    return [o for o in out if o[2] != name]


def gen_aka(d, e):
    return [(AKA, 'alt_num %d' % a, nm) for a, t, nm in d.alts.get(e, []) if t.lower() == 'aka']


def _typo_words(name):
    disp = display(name)
    body, legal = split_legal(name)
    dt = disp.split()
    idx, words = [], []
    for i in range(len(body)):
        w = dt[i].rstrip(',')
        if re.fullmatch(r'[A-Z][a-z]{4,}', w) and w.lower() not in lib.DROP:
            idx.append(i); words.append(w)
    return dt, idx, words


def gen_typo(name):
    dt, idx, words = _typo_words(name)
    out = []

    def put(shape, pred, edit):
        j = _longest(words, pred)
        if j is None:
            return
        w = words[j]
        nw = edit(w)
        if nw == w:
            return
        toks = list(dt)
        toks[idx[j]] = nw + (',' if dt[idx[j]].endswith(',') else '')
        out.append((shape, 'in ' + w, ' '.join(toks)))

    def letter(a, b):
        return (lambda w: a in w[1:]), (lambda w: w[0] + w[1:].replace(a, b, 1))
    for shape, (a, b) in ((T_RN, ('m', 'rn')), (T_CE, ('e', 'c')), (T_PO, ('o', 'p')), (T_VB, ('b', 'v'))):
        p, f = letter(a, b)
        put(shape, p, f)
    put(T_SWAPLAST, lambda w: w[-1] != w[-2], lambda w: w[:-2] + w[-1] + w[-2])
    put(T_DROP3, lambda w: True, lambda w: w[:2] + w[3:])
    return out


VOW = 'aeiou'
TR_ENDS = {TR_PT: [('tions', 'ções'), ('tion', 'ção')], TR_MS: [('tions', 'si'), ('tion', 'si')]}


def _nx(w, i):
    return w[i] if i < len(w) else ''


def _spell(w, style):
    """one left-to-right pass over lower-case w; multi-letter patterns first"""
    end = ''
    for suf, rep in TR_ENDS[style]:
        if w.endswith(suf) and len(w) > len(suf):
            w = w[:-len(suf)]; end = rep; break
    out, i = '', 0
    while i < len(w):
        c3, c2, c = w[i:i + 3], w[i:i + 2], w[i]
        if style == TR_PT:
            if c3 == 'tch':
                out += 'tch'; i += 3; continue
            m2 = {'ch': 'tch', 'sh': 'ch', 'zh': 'j', 'ph': 'f', 'th': 't', 'qu': 'qu', 'ee': 'i', 'oo': 'u'}
            if c2 in m2:
                out += m2[c2]; i += 2; continue
            if c2 in ('ck', 'kh'):
                out += 'qu' if _nx(w, i + 2) in ('e', 'i') else 'c'; i += 2; continue
            if c == 'k':
                out += 'qu' if _nx(w, i + 1) in ('e', 'i') else 'c'; i += 1; continue
            m1 = {'j': 'dj', 'y': 'i', 'w': 'u', 'x': 'cs'}
            out += m1.get(c, c); i += 1; continue
        else:
            if c3 == 'tch':
                out += 'c'; i += 3; continue
            m2 = {'ch': 'c', 'sh': 'sy', 'zh': 'j', 'kh': 'kh', 'ph': 'f', 'th': 't', 'qu': 'kw', 'ck': 'k',
                  'ee': 'i', 'oo': 'u'}
            if c2 in m2:
                out += m2[c2]; i += 2; continue
            if c == 'c':
                out += 's' if _nx(w, i + 1) in ('e', 'i', 'y') else 'k'; i += 1; continue
            if c == 'y':
                out += 'y' if _nx(w, i + 1) in VOW and _nx(w, i + 1) != '' else 'i'; i += 1; continue
            m1 = {'x': 'ks', 'v': 'f'}
            out += m1.get(c, c); i += 1; continue
    return out + end


def spell_word(word, style):
    parts = word.split('-')
    res = []
    for p in parts:
        core = p.rstrip(',')
        tail = p[len(core):]
        if (not re.fullmatch(r'[A-Za-z]+', core) or len(core) <= 4 or core.lower() in lib.DROP
                or (core.isupper() and len(core) > 1)):
            res.append(p); continue
        s = _spell(core.lower(), style)
        if core[0].isupper():
            s = s[0].upper() + s[1:]
        res.append(s + tail)
    return '-'.join(res)


def gen_transliteration(name):
    disp = display(name)
    body, legal = split_legal(name)
    dt = disp.split()
    out = []
    for style in (TR_PT, TR_MS):
        toks = [spell_word(t, style) if i < len(body) else t for i, t in enumerate(dt)]
        out.append((style, None, ' '.join(toks)))
    return out


def _lu(prefix, names):
    return ''.join(unicodedata.lookup(prefix + n) for n in names.split('+'))


OH = 'OLD HUNGARIAN SMALL LETTER '
OI = 'OLD ITALIC LETTER '
SCRIPT_TABLES = {
    SC_OH: (OH, {'a': 'A', 'b': 'EB', 'k': 'EK', 'q': 'EK', 'C': 'EK', 's': 'ESZ', 'S': 'ESZ', 'ch': 'ECS',
                 'd': 'ED', 'dh': 'ED', 'e': 'E', 'f': 'EF', 'ph': 'EF', 'g': 'EG', 'gh': 'EG', 'h': 'EH',
                 'i': 'I', 'Y': 'I', 'y': 'EJ', 'j': 'EGY', 'kh': 'ECH', 'l': 'EL', 'm': 'EM', 'n': 'EN',
                 'ng': 'EN+EG', 'o': 'O', 'p': 'EP', 'r': 'ER', 'sh': 'ES', 't': 'ET', 'th': 'ET+EH',
                 'ts': 'EC', 'u': 'U', 'v': 'EV', 'w': 'EV', 'x': 'EK+ESZ', 'z': 'EZ', 'zh': 'EZS',
                 'ee': 'II', 'oo': 'UU'}, (0x10CC0, 0x10CFF)),
    SC_OI: (OI, {'a': 'A', 'b': 'BE', 'C': 'KE', 'k': 'KA', 'q': 'KU', 's': 'ES', 'S': 'ES', 'ch': 'CHE',
                 'd': 'DE', 'dh': 'DE', 'e': 'E', 'f': 'EF', 'ph': 'PHE', 'g': 'KE', 'gh': 'KE', 'h': 'HE',
                 'i': 'I', 'Y': 'I', 'y': 'YE', 'j': 'YE', 'kh': 'KHE', 'l': 'EL', 'm': 'EM', 'n': 'EN',
                 'ng': 'EN+KE', 'o': 'O', 'p': 'PE', 'r': 'ER', 'sh': 'ESH', 't': 'TE', 'th': 'THE',
                 'ts': 'SOUTHERN TSE', 'u': 'U', 'v': 'VE', 'w': 'VE', 'x': 'EKS', 'z': 'ZE', 'zh': 'ZE+HE',
                 'ee': 'II', 'oo': 'UU'}, (0x10300, 0x1032F)),
}
DIGRAPHS = ('zh', 'ts', 'ch', 'sh', 'th', 'ph', 'kh', 'gh', 'dh', 'ng', 'ee', 'oo')


def script_words(name):
    ws = []
    for t in name.replace('-', ' ').split():
        c = t.rstrip(',')
        if not re.fullmatch(r'[A-Za-z]+', c) or len(c) < 2 or c.lower() in lib.DROP:
            continue
        w = c.lower().replace('ck', 'k')
        w2 = ''
        for ch in w:   # collapse doubles except ee / oo
            if w2 and w2[-1] == ch and ch not in 'eo':
                continue
            w2 += ch
        ws.append(w2)
    ws = ws[:4]
    if len(ws) >= 2 or (len(ws) == 1 and len(ws[0]) >= 7):
        return ws
    return []


def render(w, sc):
    prefix, tab, rng = SCRIPT_TABLES[sc]
    out, i = '', 0
    while i < len(w):
        d2 = w[i:i + 2]
        if d2 in DIGRAPHS and d2 in tab:
            out += _lu(prefix, tab[d2]); i += 2; continue
        c = w[i]
        nx = _nx(w, i + 1)
        if c == 'c':
            key = 'S' if nx in ('e', 'i', 'y') else 'C'
        elif c == 'y':
            key = 'y' if (nx and nx in VOW) else 'Y'
        else:
            key = c
        out += _lu(prefix, tab[key]); i += 1
    return out


def gen_script(name):
    ws = script_words(name)
    if not ws:
        return []
    return [(sc, None, ' '.join(render(w, sc) for w in ws)) for sc in (SC_OH, SC_OI)]


def script_errors(q, sc):
    lo, hi = SCRIPT_TABLES[sc][2]
    return [ch for ch in q if ch != ' ' and not (lo <= ord(ch) <= hi)]


def gen_translation(name):
    disp = display(name)
    body, legal = split_legal(name)
    dt = disp.split()
    out = []
    for lang in LANGS:
        dic = DICTS[lang]
        for i, t in enumerate(body):
            u = t.rstrip(',').upper()
            if u in dic:
                tw = dic[u]
                a, b = lib.full(tw).replace(' ', ''), u.lower()
                if a.startswith(b) or b.startswith(a):
                    break
                toks = list(dt)
                toks[i] = tw + (',' if t.endswith(',') else '')
                out.append((lang, '`%s` for %s' % (tw, u), ' '.join(toks)))
                break
    return out


def gen_parent(name, city):
    if not city:
        return []
    disp = display(name)
    out = []
    for shape, words, after in UNITS:
        q = ('%s %s %s' % (disp, city, words)) if after else ('%s %s %s' % (disp, words, city))
        out.append((shape, 'city ' + city, q))
    return out


def gen_messy(name, city):
    if not city:
        return []
    disp = display(name)
    return [(shape, 'city ' + city, fn(disp, city)) for shape, fn in TEMPLATES]


def candidates(d, e, kind):
    name = d.sdn[e][0]
    if kind == 'partial':
        return gen_partial(name)
    if kind == 'word_order':
        return gen_word_order(name)
    if kind == 'legal_form':
        return gen_legal_form(name)
    if kind == 'punctuation':
        return gen_punctuation(name)
    if kind == 'abbreviation':
        return gen_abbreviation_all(name)
    if kind == 'case':
        return gen_case(name)
    if kind == 'aka':
        return gen_aka(d, e)
    if kind == 'typo':
        return gen_typo(name)
    if kind == 'transliteration':
        return gen_transliteration(name)
    if kind == 'script':
        return gen_script(name)
    if kind == 'translation':
        return gen_translation(name)
    if kind == 'parent_vs_subsidiary':
        return gen_parent(name, d.city_of(e))
    if kind == 'messy':
        return gen_messy(name, d.city_of(e))
    return []
