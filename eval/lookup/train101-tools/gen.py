"""train101 positive generators: one per kind, new shapes and items. Every generator is deterministic."""
import re, unicodedata
import lib

SMALL = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
ROMAN = re.compile(r'^(?=[MDCLXVI]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$')
LEGAL_SPLIT = set('''company co corp corporation inc incorporated ltd limited llc llp lp plc gmbh mbh ag kg sa sas sarl srl spa sl bv nv ab asa
oy oyj aps pte pvt pty bhd sdn jsc ojsc cjsc pjsc oao zao ooo pao ao tov doo sro kft zrt fze fzco fzc fz wll spc saog saoc sal sae ltda
cia sc scs cs rl cv ca spr sprl uab sia kk sac sapi sab eirl eireli suarl gmbhco'''.split())
APOS = lib.APOS
VOW = set('AEIOUY')

def tfold(t):
    return lib.full(t).replace(' ', '')

def single_dotted(t):
    return re.fullmatch(r'[A-Za-z]\.,?', t) is not None

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]; f = tfold(t)
        if f in LEGAL_SPLIT or single_dotted(t):
            i -= 1; continue
        if f in ('de', 'en') and i < len(toks) and i >= 2 and (tfold(toks[i - 2]) in LEGAL_SPLIT or single_dotted(toks[i - 2])):
            i -= 1; continue
        if f == 'y' and i < len(toks) and tfold(toks[i]) == 'cia':
            i -= 1; continue
        break
    return toks[:i], toks[i:]

def keep_upper(t):
    c = t.strip(',;:()"\'')
    letters = re.sub(r'[^A-Za-z]', '', c)
    if not letters:
        return True
    if re.fullmatch(r'([A-Za-z]\.)+[A-Za-z]?\.?', c):
        return True
    if c.isupper() and ROMAN.match(c) and len(c) <= 4:
        return True
    if c.isupper() and c.isalpha() and 2 <= len(c) <= 4 and not (set(c) & VOW):
        return True
    if letters.isupper() and tfold(c) in lib.LEGAL and len(letters) <= 5:
        return True
    return False

def tc(t):
    if keep_upper(t):
        return t
    out, prev = [], ''
    for i, ch in enumerate(t):
        if ch.isalpha():
            if prev.isalpha() or prev.isdigit():
                out.append(ch.lower())
            elif prev and prev in APOS and i >= 2 and t[i - 2].isalpha():
                out.append(ch.lower())
            else:
                out.append(ch.upper())
        else:
            out.append(ch)
        prev = ch
    return ''.join(out)

def display_parts(name):
    body, legal = split_legal(name)
    return [tc(t) for t in body], legal

def display(name):
    b, l = display_parts(name)
    return ' '.join(b + l)

def plain(t):
    """letters-only ASCII word after stripping a trailing comma, else None"""
    w = t.rstrip(',')
    return w if (w.isascii() and w.isalpha()) else None

def is_name_word(t):
    w = plain(t)
    if not w or len(w) < 3:
        return False
    f = w.lower()
    if f in lib.FILLER or f in SMALL:
        return False
    if w.isupper() and ROMAN.match(w):
        return False
    return True

def join(body, legal=()):
    return ' '.join(list(body) + list(legal))

# ---------------------------------------------------------------- case
def _case_last(w):
    idx = [i for i, c in enumerate(w) if c.isalpha()]
    return ''.join(c.upper() if (idx and i == idx[-1]) else c.lower() for i, c in enumerate(w))

def _case_even_letters(w):
    out, n = [], 0
    for c in w:
        if c.isalpha():
            n += 1
            out.append(c.upper() if n % 2 == 0 else c.lower())
        else:
            out.append(c)
    return ''.join(out)

CASE = {
    'last letter of each word upper, the rest lower': lambda ws: [_case_last(w) for w in ws],
    'words at odd positions (1st, 3rd, ...) upper, the rest lower': lambda ws: [w.upper() if i % 2 == 0 else w.lower() for i, w in enumerate(ws)],
    'letters at even positions of each word (2nd, 4th, ...) upper, the rest lower': lambda ws: [_case_even_letters(w) for w in ws],
}

def gen_case(d, e, shape):
    name = d.sdn[e]['name']
    q = ' '.join(CASE[shape](name.split()))
    return ('', q) if q != name else None

# ---------------------------------------------------------------- word order
def _lv(w):
    return sum(ord(c) - 96 for c in w.lower() if 'a' <= c <= 'z')

WORD_ORDER = {
    'name words stably sorted by their second-to-last letter, a to z': lambda w: w.lower()[-2],
    'name words stably sorted by letter-value sum (a = 1 ... z = 26), lowest first': _lv,
    'name words stably sorted by their fifth letter, a to z (shorter words first)': lambda w: (0, '') if len(w) < 5 else (1, w.lower()[4]),
}

def gen_word_order(d, e, shape):
    body, legal = display_parts(d.sdn[e]['name'])
    if not body or not all(t.isascii() and t.isalpha() for t in body):
        return None
    pos = [i for i, t in enumerate(body) if is_name_word(t)]
    if len(pos) < 3:
        return None
    words = [body[i] for i in pos]
    srt = sorted(words, key=WORD_ORDER[shape])
    nb = list(body)
    for i, w in zip(pos, srt):
        nb[i] = w
    return ('', join(nb, legal))

# ---------------------------------------------------------------- partial
PARTIAL = {
    'all name words but the first, legal form kept': (lambda ws: ws[1:], True),
    'the first two name words, legal form dropped': (lambda ws: ws[:2], False),
    'name words with an odd number of letters, legal form dropped': (lambda ws: [w for w in ws if len(w) % 2 == 1], False),
}

def partial_words(body):
    return [plain(t) for t in body if is_name_word(t)]

def gen_partial(d, e, shape):
    body, legal = display_parts(d.sdn[e]['name'])
    if any(t in ('/', '-', '&', '+') for t in body):
        return None
    ws = partial_words(body)
    if len(ws) < 3:
        return None
    fn, keep = PARTIAL[shape]
    sel = fn(ws)
    if not sel or len(sel) >= len(ws):
        return None
    return ('', join(sel, legal if keep else ()))

# ---------------------------------------------------------------- legal form
LEGAL_FORMS = [  # (shape, form, in front)
    ('Dutch `V.O.F.`', 'V.O.F.', False), ('Austrian `OG`', 'OG', False), ('German `PartG`', 'PartG', False),
    ('Italian `S.r.l.s.`', 'S.r.l.s.', False), ('Spanish `S.L.N.E.`', 'S.L.N.E.', False), ('Greek `O.E.`', 'O.E.', False),
    ('Swedish `KB`', 'KB', False), ('Finnish `Tmi`', 'Tmi', False), ('Brazilian `EPP`', 'EPP', False),
    ('Albanian `Sh.p.k.`', 'Sh.p.k.', False), ('Azerbaijani `MMC` (in front)', 'MMC', True), ('Vietnamese `TNHH` (in front)', 'TNHH', True),
    ('Uzbek `MChJ` (in front)', 'MChJ', True), ('Kazakh `TOO` (in front)', 'TOO', True), ('Faroese `Sp/f`', 'Sp/f', False),
    ('Slovene `s.p.`', 's.p.', False),
]
LEGAL_BY_SHAPE = {s: (f, fr) for s, f, fr in LEGAL_FORMS}

def gen_legal_form(d, e, shape):
    body, legal = display_parts(d.sdn[e]['name'])
    if not any(plain(t) and len(plain(t)) >= 3 for t in body):
        return None
    if any('.' in t or tfold(t) in lib.LEGAL for t in body):
        return None
    form, front = LEGAL_BY_SHAPE[shape]
    body = body[:-1] + [body[-1].rstrip(',')]
    return ('', form + ' ' + join(body) if front else join(body) + ' ' + form)

# ---------------------------------------------------------------- punctuation / typo helpers
def longest_word(body, pred=lambda w: True):
    best = None
    for i, t in enumerate(body):
        if is_name_word(t):
            w = plain(t)
            if pred(w) and (best is None or len(w) > len(best[1])):
                best = (i, w)
    return best

def _edit(body, i, w, nw):
    nb = list(body)
    nb[i] = nb[i].replace(w, nw, 1)
    return nb

def _first_after(w, ch):
    j = w.lower().find(ch, 1)
    return j

PUNCT_SIGNS = '$\u00a3*='
def _letter_sign(letter, sign):
    def f(body):
        b = longest_word(body, lambda w: _first_after(w, letter) > 0)
        if not b:
            return None
        i, w = b; j = _first_after(w, letter)
        return i, w, w[:j] + sign + w[j + 1:]
    return f

def _before_last_two(body):
    b = longest_word(body)
    if not b or len(b[1]) < 5:
        return None
    i, w = b
    return i, w, w[:-2] + '*' + w[-2:]

def _after_third(body):
    b = longest_word(body)
    if not b or len(b[1]) < 5:
        return None
    i, w = b
    return i, w, w[:3] + '=' + w[3:]

PUNCT = {
    '`$` for the first s after the first letter of the longest name word that has one': _letter_sign('s', '$'),
    '`\u00a3` for the first l after the first letter of the longest name word that has one': _letter_sign('l', '\u00a3'),
    '`*` before the last two letters of the longest name word': _before_last_two,
    '`=` after the third letter of the longest name word': _after_third,
}

def gen_punctuation(d, e, shape):
    name = d.sdn[e]['name']
    if any(s in name for s in PUNCT_SIGNS):
        return None
    body, legal = display_parts(name)
    r = PUNCT[shape](body)
    if not r:
        return None
    i, w, nw = r
    return ('in %s' % w, join(_edit(body, i, w, nw), legal))

def _typo_letter(letter, rep):
    def f(body):
        b = longest_word(body, lambda w: _first_after(w, letter) > 0)
        if not b:
            return None
        i, w = b; j = _first_after(w, letter)
        return i, w, w[:j] + rep + w[j + 1:]
    return f

def _double_last(body):
    b = longest_word(body)
    if not b:
        return None
    i, w = b
    return i, w, w + w[-1]

def _swap23(body):
    b = longest_word(body)
    if not b or len(b[1]) < 4 or b[1][1].lower() == b[1][2].lower():
        return None
    i, w = b
    return i, w, w[0] + w[2] + w[1] + w[3:]

TYPO = {
    'OCR `0` for o': _typo_letter('o', '0'),
    'OCR `4` for a': _typo_letter('a', '4'),
    '`i` typed for u': _typo_letter('u', 'i'),
    '`v` typed for b': _typo_letter('b', 'v'),
    'last letter of the longest word doubled': _double_last,
    'second and third letters of the longest word swapped': _swap23,
}

def gen_typo(d, e, shape):
    body, legal = display_parts(d.sdn[e]['name'])
    r = TYPO[shape](body)
    if not r:
        return None
    i, w, nw = r
    return ('in %s' % w, join(_edit(body, i, w, nw), legal))

# ---------------------------------------------------------------- abbreviation
ABBR = [  # (short form, long word)
    ('Cial.', 'COMERCIAL'), ('Gral.', 'GENERAL'), ('Nal.', 'NACIONAL'), ('Agric.', 'AGRICOLA'), ('Emp.', 'EMPRESA'),
    ('Ganad.', 'GANADERA'), ('Soluc.', 'SOLUCIONES'), ('Prods.', 'PRODUCTOS'), ('Tec.', 'TECNOLOGIA'), ('Ing.', 'INGENIERIA'),
    ('Neg.', 'NEGOCIOS'), ('Edif.', 'EDIFICACIONES'), ('Fund.', 'FUNDACION'), ('Asoc.', 'ASOCIACION'), ('Pesq.', 'PESQUERA'),
    ('Hot.', 'HOTELES'), ('Urb.', 'URBANIZADORA'), ('Agroind.', 'AGROINDUSTRIAL'), ('Mant.', 'MANTENIMIENTO'), ('Seg.', 'SEGURIDAD'),
    ('Text.', 'TEXTILES'), ('Conf.', 'CONFECCIONES'), ('Viv.', 'VIVIENDA'), ('Arq.', 'ARQUITECTOS'),
    ('Dev.', 'DEVELOPMENT'), ('Tech.', 'TECHNOLOGY'), ('Natl.', 'NATIONAL'), ('Gen.', 'GENERAL'), ('Bk.', 'BANK'),
    ('Def.', 'DEFENSE'), ('Dfnc.', 'DEFENCE'), ('Sci.', 'SCIENTIFIC'), ('Pharm.', 'PHARMACEUTICAL'), ('Cap.', 'CAPITAL'),
    ('Med.', 'MEDICAL'), ('Isl.', 'ISLAMIC'), ('Rev.', 'REVOLUTIONARY'), ('Gd.', 'GUARD'), ('Cmd.', 'COMMAND'),
    ('Afr.', 'AFRICA'), ('Amer.', 'AMERICAN'), ('Euro.', 'EUROPEAN'), ('Sch.', 'SCHOOL'), ('Coll.', 'COLLEGE'),
    ('Lib.', 'LIBERATION'), ('Resist.', 'RESISTANCE'), ('Genr.', 'GENERATION'), ('Engrg.', 'ENGINEERING'), ('Elcty.', 'ELECTRICITY'),
    ('Resrcs.', 'RESOURCES'), ('Props.', 'PROPERTIES'), ('Mov.', 'MOVEMENT'), ('Ovrs.', 'OVERSEAS'), ('Jt.', 'JOINT'), ('Enrg.', 'ENERGY'),
    ('Ind.', 'INDUSTRIAL'), ('Ptnrs.', 'PARTNERS'), ('Lgstcs.', 'LOGISTICS'), ('Strat.', 'STRATEGIC'), ('Reg.', 'REGIONAL'), ('Auto.', 'AUTOMOTIVE'),
]
ABBR_LONG = dict(ABBR)

def gen_abbreviation(d, e, abbr):
    long = ABBR_LONG[abbr]
    body, legal = display_parts(d.sdn[e]['name'])
    for i, t in enumerate(body):
        w = t.rstrip(',')
        if w.upper() == long:
            nb = list(body); nb[i] = abbr + t[len(w):]
            return ('`%s` for %s' % (abbr, long), join(nb, legal))
    return None

# ---------------------------------------------------------------- transliteration
def _translit(rules, y_other):
    pat = re.compile(r'tion|tch|sh|ch|kh|zh|ph|th|qu|ck|ts|tz|ee|oo|c|q|x|w|j|y')
    def word(w):
        lw = w.lower()
        out, i = [], 0
        while i < len(lw):
            m = pat.match(lw, i)
            if not m:
                out.append(lw[i]); i += 1; continue
            g = m.group(0); nxt = lw[m.end():m.end() + 1]
            if g == 'c':
                r = rules['soft c'] if nxt in ('e', 'i', 'y') else rules['hard c']
            elif g == 'y':
                r = rules['y vowel'] if nxt in ('a', 'e', 'i', 'o', 'u') else y_other
            else:
                r = rules.get(g, g)
            out.append(r); i = m.end()
        s = ''.join(out)
        return s[:1].upper() + s[1:]
    return word

CZECH = {'tion': 'ce', 'tch': '\u010d', 'sh': '\u0161', 'ch': '\u010d', 'kh': 'ch', 'zh': '\u017e', 'ph': 'f', 'th': 't', 'qu': 'kv',
         'ck': 'k', 'ts': 'c', 'tz': 'c', 'ee': '\u00ed', 'oo': '\u016f', 'q': 'k', 'x': 'ks', 'w': 'v', 'j': 'd\u017e',
         'soft c': 's', 'hard c': 'k', 'y vowel': 'j'}
DUTCH = {'tion': 'tie', 'tch': 'tsj', 'sh': 'sj', 'ch': 'tsj', 'kh': 'ch', 'zh': 'zj', 'ph': 'f', 'th': 't', 'qu': 'kw',
         'ck': 'k', 'ts': 'ts', 'tz': 'ts', 'ee': 'ie', 'oo': 'oe', 'q': 'k', 'x': 'ks', 'w': 'w', 'j': 'dzj',
         'soft c': 's', 'hard c': 'k', 'y vowel': 'j'}
TRANSLIT = {
    'Czech-style spelling': _translit(CZECH, 'i'),
    'Dutch-style spelling': _translit(DUTCH, 'ij'),
}

def gen_transliteration(d, e, shape):
    fn = TRANSLIT[shape]
    body, legal = display_parts(d.sdn[e]['name'])
    nb = []
    for t in body:
        if keep_upper(t) or tfold(t) in lib.FILLER:
            nb.append(t); continue
        parts = t.split('-')
        np_ = []
        for p in parts:
            m = re.fullmatch(r'([A-Za-z]+)([,]?)', p)
            if m and len(m.group(1)) > 4 and m.group(1).lower() not in lib.FILLER:
                np_.append(fn(m.group(1)) + m.group(2))
            else:
                np_.append(p)
        nb.append('-'.join(np_))
    return ('', join(nb, legal))

# ---------------------------------------------------------------- translation
TRANS = {
 'Romansh': {'SHIPPING': 'Navigaziun', 'OIL': 'Ieli', 'DEVELOPMENT': 'Svilup', 'INVESTMENT': 'Investiziun', 'CONSTRUCTION': 'Construcziun',
             'SERVICES': 'Servetschs', 'TECHNOLOGY': 'Tecnologia', 'ENERGY': 'Energia', 'INDUSTRY': 'Industria', 'INDUSTRIES': 'Industria',
             'ENGINEERING': 'Inschigneria', 'INSURANCE': 'Assicuranza', 'MINING': 'Minieras', 'STEEL': 'Atschal', 'PETROLEUM': 'Petroli',
             'EXCHANGE': 'Barat', 'RESEARCH': 'Retschertga', 'ELECTRICITY': 'Electricitad', 'POWER': 'Forza', 'AIRLINES': 'Aviaziun'},
 'Sardinian': {'SHIPPING': 'Navigatzione', 'OIL': 'Ozu', 'DEVELOPMENT': 'Isvilupu', 'INVESTMENT': 'Investimentu', 'CONSTRUCTION': 'Costruidura',
             'SERVICES': 'Serv\u00ectzios', 'TECHNOLOGY': 'Tecnologia', 'ENERGY': 'Energia', 'INDUSTRY': 'Ind\u00f9stria', 'INDUSTRIES': 'Ind\u00f9strias',
             'ENGINEERING': 'Ingegneria', 'INSURANCE': 'Assicuratzione', 'TRANSPORT': 'Trasportu', 'STEEL': 'Atz\u00e0rgiu',
             'PETROLEUM': 'Petr\u00f2liu', 'EXCHANGE': 'Cunc\u00e0mbiu', 'RESEARCH': 'Chirca', 'AIRLINES': 'L\u00ecnias A\u00e8reas'},
 'Friulian': {'SHIPPING': 'Navigazion', 'OIL': 'Vueli', 'DEVELOPMENT': 'Disvilup', 'INVESTMENT': 'Invistiment', 'CONSTRUCTION': 'Costruzion',
             'SERVICES': 'Servizis', 'TECHNOLOGY': 'Tecnologjie', 'ENERGY': 'Energjie', 'INDUSTRY': 'Industrie', 'INDUSTRIES': 'Industriis',
             'ENGINEERING': 'Inzegnarie', 'INSURANCE': 'Sigurazion', 'TRANSPORT': 'Traspuart', 'STEEL': 'Az\u00e2r', 'PETROLEUM': 'Petroli',
             'RESEARCH': 'Ricercje', 'AIRLINES': 'Liniis Aeriis'},
 'Asturian': {'SHIPPING': 'Navegaci\u00f3n', 'OIL': 'Aceite', 'DEVELOPMENT': 'Desendolcu', 'INVESTMENT': 'Inversi\u00f3n', 'CONSTRUCTION': 'Construcci\u00f3n',
             'SERVICES': 'Servicios', 'TECHNOLOGY': 'Teunolox\u00eda', 'ENERGY': 'Enerx\u00eda', 'INDUSTRY': 'Industria', 'INDUSTRIES': 'Industries',
             'ENGINEERING': 'Inxenier\u00eda', 'INSURANCE': 'Seguros', 'TRANSPORT': 'Tresporte', 'MINING': 'Miner\u00eda', 'STEEL': 'Aceru',
             'PETROLEUM': 'Petr\u00f3leu', 'RESEARCH': 'Investigaci\u00f3n', 'AIRLINES': 'Llin\u00edes A\u00e9rees'},
 'Hausa': {'SHIPPING': 'Jiragen Ruwa', 'OIL': 'Mai', 'DEVELOPMENT': 'Ci Gaba', 'INVESTMENT': 'Zuba Jari', 'CONSTRUCTION': 'Gine-Gine',
             'SERVICES': 'Ayyuka', 'TECHNOLOGY': 'Fasaha', 'ENERGY': 'Makamashi', 'INDUSTRY': "Masana'antu", 'INDUSTRIES': "Masana'antu",
             'ENGINEERING': 'Injiniya', 'INSURANCE': 'Inshora', 'TRANSPORT': 'Sufuri', 'STEEL': 'Karfe', 'PETROLEUM': 'Man Fetur',
             'EXCHANGE': 'Musayar', 'RESEARCH': 'Bincike', 'AIRLINES': 'Jiragen Sama'},
 'Kinyarwanda': {'SHIPPING': 'Amato', 'OIL': 'Amavuta', 'DEVELOPMENT': 'Iterambere', 'INVESTMENT': 'Ishoramari', 'CONSTRUCTION': 'Ubwubatsi',
             'SERVICES': 'Serivisi', 'TECHNOLOGY': 'Ikoranabuhanga', 'ENERGY': 'Ingufu', 'INDUSTRY': 'Inganda', 'INDUSTRIES': 'Inganda',
             'INSURANCE': 'Ubwishingizi', 'TRANSPORT': 'Ubwikorezi', 'MINING': 'Ubucukuzi', 'STEEL': 'Ibyuma', 'PETROLEUM': 'Peteroli',
             'EXCHANGE': 'Ivunjisha', 'RESEARCH': 'Ubushakashatsi', 'AIRLINES': 'Indege'},
 'Sesotho': {'SHIPPING': 'Dikepe', 'OIL': 'Oli', 'DEVELOPMENT': 'Ntshetsopele', 'INVESTMENT': 'Matsete', 'CONSTRUCTION': 'Kaho',
             'SERVICES': 'Ditshebeletso', 'TECHNOLOGY': 'Theknoloji', 'ENERGY': 'Matla', 'INDUSTRY': 'Indasteri', 'INDUSTRIES': 'Diindasteri',
             'INSURANCE': 'Inshorense', 'TRANSPORT': 'Dipalangwang', 'MINING': 'Merafo', 'STEEL': 'Tshepe', 'PETROLEUM': 'Peterole',
             'RESEARCH': 'Dipatlisiso', 'AIRLINES': 'Difofane'},
 'Setswana': {'SHIPPING': 'Dikepe Tsa Metsi', 'OIL': 'Lookwane', 'DEVELOPMENT': 'Tlhabololo', 'INVESTMENT': 'Peeletso', 'CONSTRUCTION': 'Kago',
             'SERVICES': 'Ditirelo', 'TECHNOLOGY': 'Thekenoloji', 'ENERGY': 'Maatla', 'INDUSTRY': 'Madirelo', 'INDUSTRIES': 'Madirelo',
             'INSURANCE': 'Inshorense', 'TRANSPORT': 'Dipalamo', 'MINING': 'Meepo', 'STEEL': 'Tshipi', 'PETROLEUM': 'Peterolo',
             'RESEARCH': 'Patlisiso', 'AIRLINES': 'Difofane'},
 'Tongan': {'SHIPPING': 'Vaka', 'OIL': 'Lolo', 'DEVELOPMENT': 'Fakalakalaka', 'INVESTMENT': '\u02bbInivesimeni', 'CONSTRUCTION': 'Langa',
             'SERVICES': 'Ng\u0101ue', 'TECHNOLOGY': 'Tekinolosia', 'ENERGY': 'Ivi', 'INDUSTRY': 'M\u012bsini', 'INDUSTRIES': 'M\u012bsini',
             'INSURANCE': '\u02bbInisua', 'TRANSPORT': 'Fefononga\u02bbaki', 'MINING': 'Keli', 'STEEL': 'Ukamea', 'PETROLEUM': 'Penisini',
             'RESEARCH': 'Fekumi', 'AIRLINES': 'Vakapuna'},
 'Fijian': {'SHIPPING': 'Waqa', 'OIL': 'Waiwai', 'DEVELOPMENT': 'Veivakatoroicaketaki', 'INVESTMENT': 'Vakalavo', 'CONSTRUCTION': 'Tara',
             'SERVICES': 'Veiqaravi', 'TECHNOLOGY': 'Vakatekinolaji', 'ENERGY': 'Kaukaua', 'INDUSTRY': 'Cakacaka', 'INDUSTRIES': 'Cakacaka',
             'INSURANCE': 'Inisua', 'TRANSPORT': 'Veilakoyaki', 'MINING': 'Keli', 'STEEL': 'Kaukamea', 'PETROLEUM': 'Penisini',
             'RESEARCH': 'Vakadidike', 'AIRLINES': 'Waqavuka'},
 'Latvian': {'SHIPPING': 'Ku\u0123niec\u012bba', 'OIL': 'Nafta', 'DEVELOPMENT': 'Att\u012bst\u012bba', 'INVESTMENT': 'Invest\u012bcijas',
             'CONSTRUCTION': 'B\u016bvniec\u012bba', 'SERVICES': 'Pakalpojumi', 'TECHNOLOGY': 'Tehnolo\u0123ijas', 'ENERGY': 'Ener\u0123ija',
             'INDUSTRY': 'R\u016bpniec\u012bba', 'INDUSTRIES': 'R\u016bpniec\u012bba', 'ENGINEERING': 'In\u017eenierija', 'INSURANCE': 'Apdro\u0161in\u0101\u0161ana',
             'MINING': 'Kalnr\u016bpniec\u012bba', 'STEEL': 'T\u0113rauds', 'PETROLEUM': 'Naftas', 'CHEMICAL': '\u0136\u012bmija',
             'EXCHANGE': 'Bir\u017ea', 'RESEARCH': 'P\u0113tniec\u012bba', 'ELECTRONICS': 'Elektronika', 'AIRLINES': 'Aviol\u012bnijas'},
 'Estonian': {'SHIPPING': 'Laevandus', 'OIL': '\u00d5li', 'DEVELOPMENT': 'Arendus', 'INVESTMENT': 'Investeeringud', 'CONSTRUCTION': 'Ehitus',
             'SERVICES': 'Teenused', 'TECHNOLOGY': 'Tehnoloogia', 'ENERGY': 'Energia', 'INDUSTRY': 'T\u00f6\u00f6stus', 'INDUSTRIES': 'T\u00f6\u00f6stus',
             'ENGINEERING': 'Inseneeria', 'INSURANCE': 'Kindlustus', 'MINING': 'Kaevandus', 'STEEL': 'Teras', 'PETROLEUM': 'Nafta',
             'CHEMICAL': 'Keemia', 'EXCHANGE': 'B\u00f6rs', 'RESEARCH': 'Uuringud', 'ELECTRONICS': 'Elektroonika', 'AIRLINES': 'Lennuliinid'},
 'Slovak': {'SHIPPING': 'Lodn\u00e1 Doprava', 'OIL': 'Ropa', 'DEVELOPMENT': 'Rozvoj', 'INVESTMENT': 'Invest\u00edcie', 'CONSTRUCTION': 'Staveb\u00edctvo',
             'SERVICES': 'Slu\u017eby', 'TECHNOLOGY': 'Technol\u00f3gie', 'ENERGY': 'Energia', 'INDUSTRY': 'Priemysel', 'INDUSTRIES': 'Priemysel',
             'INSURANCE': 'Pois\u0165ov\u0148a', 'MINING': 'Ban\u00edctvo', 'STEEL': 'Oce\u013e', 'RESEARCH': 'V\u00fdskum', 'AIRLINES': 'Aerol\u00ednie'},
}
LANGS = ['Romansh', 'Sardinian', 'Friulian', 'Asturian', 'Hausa', 'Kinyarwanda', 'Sesotho', 'Setswana', 'Tongan', 'Fijian', 'Latvian', 'Estonian', 'Slovak']

def gen_translation(d, e, lang):
    dic = TRANS[lang]
    body, legal = display_parts(d.sdn[e]['name'])
    for i, t in enumerate(body):
        w = t.rstrip(',')
        if w.upper() in dic:
            tr = dic[w.upper()]
            a, b = tfold(tr), tfold(w)
            if a.startswith(b) or b.startswith(a):
                return None
            nb = list(body); nb[i] = tr + t[len(w):]
            return ('`%s` for %s' % (tr, w.upper()), join(nb, legal))
    return None

# ---------------------------------------------------------------- parent vs subsidiary
UNITS = [  # (shape, unit, after the city)
    ('Romansh `succursala a`', 'succursala a', False), ('Sardinian `sutzursale in`', 'sutzursale in', False),
    ('Friulian `fili\u00e2l di`', 'fili\u00e2l di', False), ('Asturian `delegaci\u00f3n en`', 'delegaci\u00f3n en', False),
    ('Hausa `reshe a`', 'reshe a', False), ('Kinyarwanda `ishami i`', 'ishami i', False), ('Sesotho `lekala la`', 'lekala la', False),
    ('Setswana `lekala kwa`', 'lekala kwa', False), ('Tongan `va\u02bba \u02bbi`', 'va\u02bba \u02bbi', False), ('Fijian `tabana e`', 'tabana e', False),
    ('Latvian `fili\u0101le` (after the city)', 'fili\u0101le', True), ('Estonian `filiaal` (after the city)', 'filiaal', True),
    ('Slovak `pobo\u010dka v`', 'pobo\u010dka v', False),
]
UNIT_BY_SHAPE = {s: (u, a) for s, u, a in UNITS}

def gen_parent(d, e, shape):
    city = d.city(e)
    if not city:
        return None
    unit, after = UNIT_BY_SHAPE[shape]
    n = display(d.sdn[e]['name'])
    q = '%s %s %s' % (n, city, unit) if after else '%s %s %s' % (n, unit, city)
    return ('city %s' % city, q)

# ---------------------------------------------------------------- messy
MESSY = {
    'Kotlin data class': 'Party(name = "{n}", city = "{c}", listed = null)',
    'TOML table': '[counterparty]\nname = "{n}"\ncity = "{c}"',
    'R list': 'list(party = "{n}", city = "{c}", check = TRUE)',
    'Julia named tuple': '(party_name = "{n}", party_city = "{c}")',
    'Dart map': "final party = {{'name': '{n}', 'city': '{c}'}};",
    'HCL block': 'screen "party" {{\n  name = "{n}"\n  city = "{c}"\n}}',
    'chat in Romansh': 'Allegra, \u00e8 la firma {n} a {c} sin la glista da sancziuns?',
    'chat in Sardinian': 'Salude, sa sotziedade {n} de {c} est in sa lista de sas santziones?',
    'chat in Friulian': 'Mandi, la dite {n} di {c} ise te liste des sanzions?',
    'chat in Asturian': 'Hola, \u00bfta la empresa {n} de {c} na llista de sanciones?',
    'chat in Hausa': 'Sannu, shin kamfanin {n} na {c} yana cikin jerin takunkumi?',
    'chat in Kinyarwanda': "Muraho, ese ikigo {n} cyo muri {c} kiri ku rutonde rw'ibihano?",
    'chat in Sesotho': "Dumela, na k'hamphani {n} ya {c} e lenaneng la dikotlo?",
    'chat in Setswana': 'Dumela, a khampani {n} ya kwa {c} e mo lenaaneng la dikotlhao?',
}

def gen_messy(d, e, shape):
    city = d.city(e)
    if not city:
        return None
    n = display(d.sdn[e]['name'])
    if shape == 'Dart map' and ("'" in n or "'" in city):
        return None
    return ('city %s' % city, MESSY[shape].format(n=n, c=city))

# ---------------------------------------------------------------- script
def _u(name):
    return unicodedata.lookup(name)

OI = 'OLD ITALIC LETTER '
OLD_ITALIC = {'a': OI + 'A', 'b': OI + 'BE', 'hard c': OI + 'KE', 'soft c': OI + 'ES', 'd': OI + 'DE', 'e': OI + 'E', 'f': OI + 'EF',
              'g': OI + 'KE', 'h': OI + 'HE', 'i': OI + 'I', 'j': OI + 'I', 'k': OI + 'KA', 'l': OI + 'EL', 'm': OI + 'EM', 'n': OI + 'EN',
              'o': OI + 'O', 'p': OI + 'PE', 'q': OI + 'KU', 'r': OI + 'ER', 's': OI + 'ES', 't': OI + 'TE', 'u': OI + 'U', 'v': OI + 'VE',
              'w': OI + 'UU', 'x': OI + 'EKS', 'y': OI + 'I', 'cons y': OI + 'I', 'z': OI + 'ZE',
              'th': OI + 'THE', 'ph': OI + 'PHE', 'kh': OI + 'KHE', 'ch': OI + 'CHE', 'sh': OI + 'SHE'}
EL = 'ELBASAN LETTER '
ELBASAN = {'a': EL + 'A', 'b': EL + 'BE', 'hard c': EL + 'KE', 'soft c': EL + 'SE', 'd': EL + 'DE', 'e': EL + 'E', 'f': EL + 'FE',
           'g': EL + 'GE', 'h': EL + 'HE', 'i': EL + 'I', 'j': EL + 'GJE', 'k': EL + 'KE', 'l': EL + 'LE', 'm': EL + 'ME', 'n': EL + 'NE',
           'o': EL + 'O', 'p': EL + 'PE', 'q': EL + 'QE', 'r': EL + 'RE', 's': EL + 'SE', 't': EL + 'TE', 'u': EL + 'U', 'v': EL + 'VE',
           'w': EL + 'VE', 'x': EL + 'KE+' + EL + 'SE', 'y': EL + 'I', 'cons y': EL + 'JE', 'z': EL + 'ZE',
           'th': EL + 'THE', 'dh': EL + 'DHE', 'sh': EL + 'SHE', 'ch': EL + 'CHE', 'zh': EL + 'ZHE', 'kh': EL + 'KHE', 'gh': EL + 'GHE',
           'ts': EL + 'CE', 'tz': EL + 'CE'}
SCRIPTS = {'Old Italic': (OLD_ITALIC, 0x10300, 0x1032F), 'Elbasan': (ELBASAN, 0x10500, 0x1052F)}
SCRIPT_CHARS = {}
for _s, (_m, _lo, _hi) in SCRIPTS.items():
    SCRIPT_CHARS[_s] = {k: ''.join(_u(p) for p in v.split('+')) for k, v in _m.items()}

def script_words(name):
    body, legal = split_legal(name)
    out = []
    for t in body:
        for p in t.split('-'):
            p = p.strip(',')
            if not p or not p.isascii() or not p.isalpha():
                continue
            if p.lower() in lib.FILLER:
                continue
            w = p.lower().replace('ck', 'k')
            w = re.sub(r'(.)\1+', r'\1', w)
            out.append(w)
    return out

def render(w, script):
    m = SCRIPT_CHARS[script]
    digraphs = [k for k in m if len(k) == 2 and ' ' not in k]
    out, i = [], 0
    while i < len(w):
        two = w[i:i + 2]
        if two in digraphs:
            out.append(m[two]); i += 2; continue
        c = w[i]; nxt = w[i + 1:i + 2]
        if c == 'c':
            out.append(m['soft c'] if nxt in ('e', 'i', 'y') else m['hard c'])
        elif c == 'y':
            out.append(m['cons y'] if nxt in ('a', 'e', 'i', 'o', 'u') else m['y'])
        else:
            out.append(m[c])
        i += 1
    return ''.join(out)

def gen_script(d, e, script):
    ws = script_words(d.sdn[e]['name'])
    if not (1 <= len(ws) <= 4):
        return None
    if len(ws) == 1 and len(ws[0]) < 7:
        return None
    return ('', ' '.join(render(w, script) for w in ws))

def script_errors(q, script):
    lo, hi = SCRIPTS[script][1], SCRIPTS[script][2]
    bad = [c for c in q if c != ' ' and not (lo <= ord(c) <= hi)]
    return ['foreign code points %r' % ''.join(bad[:5])] if bad else []

# ---------------------------------------------------------------- aka
def aka_items(d, e):
    return [(an, a) for an, at, a in d.alts.get(e, []) if at.lower() == 'aka' and a]

# ---------------------------------------------------------------- registry
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration', 'translation',
         'parent_vs_subsidiary', 'typo', 'case', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NARC_ABBR_MAX = 2
SHAPES = {
    'case': {s: 4 for s in CASE},
    'word_order': {s: 4 for s in WORD_ORDER},
    'partial': {s: 4 for s in PARTIAL},
    'legal_form': {s: 1 for s, _, _ in LEGAL_FORMS},
    'punctuation': {s: 3 for s in PUNCT},
    'abbreviation': {'short form': 12},
    'aka': {'alias': 12},
    'typo': {s: 2 for s in TYPO},
    'transliteration': {s: 6 for s in TRANSLIT},
    'translation': {s: 1 for s in LANGS},
    'script': {s: 6 for s in SCRIPTS},
    'parent_vs_subsidiary': {s: 1 for s, _, _ in UNITS},
    'messy': {s: 1 for s in MESSY},
}
GEN = {'case': gen_case, 'word_order': gen_word_order, 'partial': gen_partial, 'legal_form': gen_legal_form,
       'punctuation': gen_punctuation, 'typo': gen_typo, 'transliteration': gen_transliteration, 'translation': gen_translation,
       'script': gen_script, 'parent_vs_subsidiary': gen_parent, 'messy': gen_messy}

def candidates(d, e, kind):
    """list of (shape, item, detail, query); item = the at-most-once key (abbr / alt_num) or None"""
    out = []
    if kind == 'aka':
        for an, a in aka_items(d, e):
            out.append(('alias', an, 'alt_num %d' % an, a))
        return out
    if kind == 'abbreviation':
        for abbr, long in ABBR:
            r = gen_abbreviation(d, e, abbr)
            if r:
                out.append(('short form', abbr, r[0], r[1]))
        return out
    for s in SHAPES[kind]:
        r = GEN[kind](d, e, s)
        if r:
            out.append((s, None, r[0], r[1]))
    return out

def variant(shape, detail):
    return '%s (%s)' % (shape, detail) if detail else shape

def shape_of(kind, var):
    """(shape, detail) from the variant text, longest shape name first"""
    for s in sorted(SHAPES.get(kind, {}), key=len, reverse=True):
        if var == s:
            return s, ''
        if var.startswith(s + ' (') and var.endswith(')'):
            return s, var[len(s) + 2:-1]
    return None, None
