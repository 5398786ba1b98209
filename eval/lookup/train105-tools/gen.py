"""train105 generators: one branch per kind; deterministic, so check.py can regenerate every query."""
import re, unicodedata
import lib

LEGAL_UP = set('''LTD LTD. LIMITED CO CO. COMPANY CORP CORP. CORPORATION INC INC. INCORPORATED S.A. SA S.A.S. SAS S.R.L. SRL S.L. SL LLC L.L.C.
GMBH AG PLC FZE FZCO FZC LLP C.A. S.C. SAC S.A.C. LTDA LTDA. LIMITADA CIA. CIA JSC OJSC CJSC PJSC OAO ZAO OOO PTE PVT PVT. B.V. N.V.
SARL S.A.R.L. SPA S.P.A. E.U. SDN BHD PTY KG AB OY AS A.S. C.V. R.L. S.P.R. P.R. S.C.S. C.S. S.A.L. JV JVC EOOD D.O.O. S.L.U. S.N.C. LLC. CO.,
SA. S.A.S PTE. (PVT.) (PVT) LTD., LIMITED. S.A.C CIA.LTDA. S.R.L.'''.split())
CONNECT = {'DE', 'EN', '&', 'Y', 'E'}
SMALL = lib.LEGAL_FILLER | set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
ROMAN = re.compile(r'^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})$')
DOTTED = re.compile(r'^(?:[A-Za-z]{1,3}\.)+[A-Za-z]?$')

def _bare(t):
    return t.rstrip(',')

def is_legal_tok(t):
    b = _bare(t).upper()
    return b in LEGAL_UP or b.rstrip('.') in {x.rstrip('.') for x in LEGAL_UP if '.' not in x.rstrip('.')} or bool(re.fullmatch(r'[A-Z]\.', b))

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if is_legal_tok(t):
            i -= 1; continue
        if _bare(t).upper() in CONNECT and i >= 3 and (is_legal_tok(toks[i - 2]) or (i < len(toks) and _bare(toks[i]).upper().startswith('CIA'))):
            i -= 1; continue
        break
    # do not leave a connector at the start of the legal part
    while i < len(toks) and _bare(toks[i]).upper() in CONNECT and not _bare(toks[i + 1] if i + 1 < len(toks) else '').upper().startswith('CIA'):
        i += 1
    return toks[:i], toks[i:]

def tc(t):
    b = _bare(t)
    if DOTTED.match(b) or ROMAN.match(b) or (2 <= len(b) <= 4 and b.isalpha() and b.isupper() and not re.search('[AEIOU]', b)):
        return t
    out, prev = [], ''
    for i, ch in enumerate(t):
        if ch.isalpha():
            if prev.isalnum() or (prev in "'\u2019" and i >= 2 and t[i - 2].isalpha()):
                out.append(ch.lower())
            else:
                out.append(ch.upper())
        else:
            out.append(ch)
        prev = ch
    return ''.join(out)

def display(name):
    body, legal = split_legal(name)
    return ' '.join([tc(t) for t in body] + legal)

def is_name_word(t):
    b = _bare(t)
    return b.isalpha() and b.isascii() and len(b) >= 3 and b.lower() not in SMALL and not ROMAN.match(b.upper())

def plain(t):
    b = _bare(t)
    return b.isalpha() and b.isascii()

# ---------------------------------------------------------------- shapes and items
PARTIAL = ['all name words but the first, legal form kept',
           'the first two name words, legal form dropped',
           'the second and last name words, legal form kept']
WORD_ORDER = ['name words rotated right by one (the last name word moved to the first name-word slot)',
              'name words stably sorted by length, shortest first',
              'name words stably sorted by their second-to-last letter, a to z']
LEGAL_FORMS = [  # (shape, form, front)
    ('Vietnamese `TNHH` (in front)', 'TNHH', True), ('Indonesian `Tbk`', 'Tbk', False), ('Albanian `Sh.p.k.`', 'Sh.p.k.', False),
    ('Kazakh `TOO` (in front)', 'TOO', True), ('Azerbaijani `MMC`', 'MMC', False), ('Uzbek `MChJ` (in front)', 'MChJ', True),
    ('Greek `O.E.`', 'O.E.', False), ('Bosnian `d.d.`', 'd.d.', False), ('Serbian `a.d.`', 'a.d.', False),
    ('Brazilian `S/A`', 'S/A', False), ('Turkish `Koll. Şti.`', 'Koll. Şti.', False), ('Swiss `Sàrl`', 'Sàrl', False),
    ('Czech `k.s.`', 'k.s.', False), ('Armenian `SPY`', 'SPY', False), ('Swiss `Sagl`', 'Sagl', False)]
PUNCT = ['`@` for the first a after the first letter of the longest name word that has one',
         '`$` for the first s after the first letter of the longest name word that has one',
         '`*` after the third letter of the longest name word',
         '`=` before the last two letters of the longest name word']
PUNCT_SIGNS = '@$*='
SHORT = [('Alm.', ['ALMACEN', 'ALMACENES']), ('Mra.', ['MINERA']), ('Trdg.', ['TRADING']), ('Gral.', ['GENERAL']),
         ('Natl.', ['NATIONAL']), ('Dev.', ['DEVELOPMENT']), ('Tech.', ['TECHNOLOGY', 'TECHNICAL']), ('Engg.', ['ENGINEERING']),
         ('Hldgs.', ['HOLDINGS']), ('Bk.', ['BANK']), ('Assoc.', ['ASSOCIATION']), ('Sci.', ['SCIENTIFIC', 'SCIENCE', 'SCIENCES']),
         ('Res.', ['RESEARCH']), ('Ind.', ['INDUSTRIAL', 'INDUSTRY']), ('Pdts.', ['PRODUCTS']), ('Agric.', ['AGRICULTURAL', 'AGRICOLA']),
         ('Distrib.', ['DISTRIBUIDORA', 'DISTRIBUTION']), ('Emp.', ['EMPRESA', 'EMPRESAS']), ('Cmcial.', ['COMERCIAL']),
         ('Gan.', ['GANADERA', 'GANADERIA']), ('Soluc.', ['SOLUCIONES']), ('Asoc.', ['ASOCIADOS']), ('Prom.', ['PROMOTORA']),
         ('Com.', ['COMERCIALIZADORA']), ('Electron.', ['ELECTRONICS', 'ELECTRONIC']), ('Petr.', ['PETROLEUM']),
         ('Ctrl.', ['CONTROL']), ('Commn.', ['COMMISSION']), ('Mfrs.', ['MANUFACTURERS']), ('Shpbldg.', ['SHIPBUILDING']),
         ('Insur.', ['INSURANCE']), ('Gen.', ['GENERATION'])]
SCRIPTS = ['Runic (Elder Futhark)', 'Armenian (small letters)']
TRANSLIT = ['Czech-style spelling', 'Dutch-style spelling']
TYPO = ['OCR `0` for o', 'OCR `1` for l', '`u` typed for i', '`d` typed for s',
        'last letter of the longest word doubled', 'second letter of the longest word dropped']
CASE = ['consonants upper, vowels lower', 'odd-numbered words lower, even-numbered words upper',
        'last two letters of each word upper, the rest lower']

TRANS = {  # language -> {ENGLISH WORD: word}
 'Latin': {'SHIPPING': 'Navigatio', 'INDUSTRIES': 'Industriae', 'DEVELOPMENT': 'Progressio', 'TECHNOLOGY': 'Technologia', 'ENGINEERING': 'Machinatio',
           'CONSTRUCTION': 'Aedificatio', 'RESEARCH': 'Investigatio', 'CENTER': 'Centrum', 'OIL': 'Oleum', 'SERVICES': 'Servitia', 'TRANSPORT': 'Vectura',
           'INVESTMENT': 'Collocatio', 'AIRLINES': 'Aerolineae', 'INSURANCE': 'Assecuratio', 'FOUNDATION': 'Fundatio', 'ARMY': 'Exercitus', 'PARTY': 'Factio', 'ENERGY': 'Vis'},
 'Romansh': {'SHIPPING': 'Navigaziun', 'INDUSTRIES': 'Industrias', 'DEVELOPMENT': 'Svilup', 'TECHNOLOGY': 'Tecnologia', 'ENGINEERING': 'Inschigneria',
             'CONSTRUCTION': 'Construcziun', 'RESEARCH': 'Perscrutaziun', 'OIL': 'Ieli', 'SERVICES': 'Servetschs', 'INVESTMENT': 'Investiziun',
             'INSURANCE': 'Assicuranza', 'ENERGY': 'Energia', 'ELECTRONICS': 'Electronica', 'TRADING': 'Commerzi'},
 'Sardinian': {'SHIPPING': 'Navigatzione', 'INDUSTRIES': 'Indùstrias', 'DEVELOPMENT': 'Isvilupu', 'TECHNOLOGY': 'Tecnologia', 'ENGINEERING': 'Ingegneria',
               'CONSTRUCTION': 'Costrutzione', 'RESEARCH': 'Chirca', 'CENTER': 'Tzentru', 'OIL': 'Ozu', 'SERVICES': 'Servìtzios', 'TRADING': 'Cummèrtziu', 'ENERGY': 'Energia'},
 'Friulian': {'SHIPPING': 'Navigazion', 'INDUSTRIES': 'Industriis', 'DEVELOPMENT': 'Disvilup', 'TECHNOLOGY': 'Tecnologjie', 'ENGINEERING': 'Inzegnerie',
              'CONSTRUCTION': 'Costruzion', 'RESEARCH': 'Ricercje', 'CENTER': 'Centri', 'OIL': 'Vueli', 'SERVICES': 'Servizis', 'TRANSPORT': 'Traspuart', 'ENERGY': 'Energjie', 'TRADING': 'Cumierç'},
 'Cornish': {'TRADING': 'Kenwerth', 'SHIPPING': 'Lestri', 'INDUSTRIES': 'Diwysyansow', 'DEVELOPMENT': 'Displegyans', 'ENERGY': 'Nerth', 'TECHNOLOGY': 'Teknologieth',
             'ENGINEERING': 'Ynjynorieth', 'CONSTRUCTION': 'Drehevyans', 'RESEARCH': 'Hwithrans', 'CENTER': 'Kresen', 'OIL': 'Oyl', 'SERVICES': 'Gonisogethow', 'TRANSPORT': 'Karyans'},
 'Hausa': {'TRADING': 'Kasuwanci', 'SHIPPING': 'Jigila', 'INDUSTRIES': "Masana'antu", 'DEVELOPMENT': 'Ci-gaba', 'ENERGY': 'Makamashi', 'TECHNOLOGY': 'Fasaha',
           'ENGINEERING': 'Injiniyanci', 'CONSTRUCTION': 'Gine-gine', 'RESEARCH': 'Bincike', 'CENTER': 'Cibiya', 'SERVICES': 'Ayyuka', 'TRANSPORT': 'Sufuri', 'ELECTRONICS': 'Lantarki'},
 'Shona': {'TRADING': 'Kutengeserana', 'SHIPPING': 'Kutakura', 'INDUSTRIES': 'Maindasitiri', 'DEVELOPMENT': 'Budiriro', 'ENERGY': 'Simba', 'TECHNOLOGY': 'Tekinoroji',
           'ENGINEERING': 'Uinjiniya', 'CONSTRUCTION': 'Kuvaka', 'RESEARCH': 'Tsvakurudzo', 'CENTER': 'Nzvimbo', 'OIL': 'Mafuta', 'SERVICES': 'Masevhisi', 'TRANSPORT': 'Zvifambiso'},
 'Sesotho': {'TRADING': 'Kgwebo', 'SHIPPING': 'Thomello', 'INDUSTRIES': 'Diindasteri', 'DEVELOPMENT': 'Ntshetsopele', 'ENERGY': 'Matla', 'TECHNOLOGY': 'Theknoloji',
             'ENGINEERING': 'Boenjiniere', 'CONSTRUCTION': 'Kaho', 'RESEARCH': 'Dipatlisiso', 'CENTER': 'Setsi', 'OIL': 'Oli', 'SERVICES': 'Ditshebeletso', 'TRANSPORT': 'Dipalangwang'},
 'Kinyarwanda': {'TRADING': 'Ubucuruzi', 'SHIPPING': 'Ubwikorezi', 'INDUSTRIES': 'Inganda', 'DEVELOPMENT': 'Iterambere', 'ENERGY': 'Ingufu', 'TECHNOLOGY': 'Ikoranabuhanga',
                 'ENGINEERING': 'Ubuhanga', 'CONSTRUCTION': 'Ubwubatsi', 'RESEARCH': 'Ubushakashatsi', 'CENTER': 'Ikigo', 'OIL': 'Amavuta', 'SERVICES': 'Serivisi', 'TRANSPORT': 'Gutwara'},
 'Tongan': {'TRADING': "Fefakatau'aki", 'SHIPPING': 'Vakatahi', 'DEVELOPMENT': 'Fakalakalaka', 'ENERGY': 'Ivi', 'TECHNOLOGY': 'Tekinolosia', 'RESEARCH': 'Fekumi',
            'CENTER': 'Senitā', 'OIL': 'Lolo', 'SERVICES': 'Ngāue', 'TRANSPORT': "Fefononga'aki", 'INDUSTRIES': 'Ngaahi Ngāue', 'CONSTRUCTION': 'Langa'},
 'Fijian': {'TRADING': 'Veivoli', 'SHIPPING': 'Waqa', 'DEVELOPMENT': 'Veivakatoroicaketaki', 'ENERGY': 'Kaukauwa', 'TECHNOLOGY': 'Vakaitavi', 'RESEARCH': 'Vakadidike',
            'CENTER': 'Vale', 'OIL': 'Waiwai', 'SERVICES': 'Veiqaravi', 'TRANSPORT': 'Veilakoyaki', 'CONSTRUCTION': 'Tara', 'INDUSTRIES': 'Cakacaka'},
 'Sundanese': {'TRADING': 'Dagang', 'SHIPPING': 'Pangiriman', 'DEVELOPMENT': 'Pangwangunan', 'ENERGY': 'Énergi', 'TECHNOLOGY': 'Téknologi', 'ENGINEERING': 'Téknik',
               'CONSTRUCTION': 'Wangunan', 'RESEARCH': 'Panalungtikan', 'CENTER': 'Puseur', 'OIL': 'Minyak', 'SERVICES': 'Layanan', 'TRANSPORT': 'Angkutan'},
}
for _l in TRANS:
    if 'CENTRE' not in TRANS[_l] and 'CENTER' in TRANS[_l]: TRANS[_l]['CENTRE'] = TRANS[_l]['CENTER']
    if 'INDUSTRY' not in TRANS[_l] and 'INDUSTRIES' in TRANS[_l]: TRANS[_l]['INDUSTRY'] = TRANS[_l]['INDUSTRIES']
LANGS = list(TRANS)
UNITS = [  # (shape, unit, after_city)
    ('Latin `ramus` (after the city)', 'ramus', True), ('Romansh `filiala en`', 'filiala en', False), ('Sardinian `sutzursale in`', 'sutzursale in', False),
    ('Friulian `filiâl a`', 'filiâl a', False), ('Cornish `skoren yn`', 'skoren yn', False), ('Hausa `reshe a`', 'reshe a', False),
    ('Shona `bazi re`', 'bazi re', False), ('Sesotho `lekala la`', 'lekala la', False), ('Kinyarwanda `ishami rya`', 'ishami rya', False),
    ('Tongan `va\'a` (after the city)', "va'a", True), ('Fijian `tabana e`', 'tabana e', False), ('Sundanese `cabang di`', 'cabang di', False)]
MESSY = [
    ('TOML table', '[party]\nname = "{n}"\ncity = "{c}"'),
    ('Rust struct literal', 'Party {{ name: "{n}", city: "{c}", screen: true }}'),
    ('Ruby hash', '{{ :name => "{n}", :city => "{c}" }}'),
    ('PHP array', '["party_name" => "{n}", "party_city" => "{c}"]'),
    ('R list', 'list(name = "{n}", city = "{c}")'),
    ('Kotlin data class', 'Party(name = "{n}", city = "{c}")'),
    ('HCL block', 'screen "party" {{ name = "{n}" city = "{c}" }}'),
    ('GraphQL query', 'query {{ screen(name: "{n}", city: "{c}") {{ hits }} }}'),
    ('chat in Latin', 'Quaeso, inspice societatem {n} in urbe {c}.'),
    ('chat in Romansh', 'Per plaschair, controllai la firma {n} a {c}.'),
    ('chat in Sardinian', 'Pro praghere, controllade sa ditta {n} de {c}.'),
    ('chat in Friulian', 'Par plasê, controlait la dite {n} di {c}.'),
    ('Julia NamedTuple', '(name = "{n}", city = "{c}")'),
    ('chat in Cornish', 'Mar pleg, checkyewgh an kowethas {n} yn {c}.')]

# ---------------------------------------------------------------- scripts
def _L(n):
    return unicodedata.lookup(n)
RUNE = {k: _L('RUNIC LETTER ' + v) for k, v in {
    'f': 'FEHU FEOH FE F', 'u': 'URUZ UR U', 'th': 'THURISAZ THURS THORN', 'a': 'ANSUZ A', 'r': 'RAIDO RAD REID R', 'k': 'KAUNA',
    'g': 'GEBO GYFU G', 'w': 'WUNJO WYNN W', 'h': 'HAGLAZ H', 'n': 'NAUDIZ NYD NAUD N', 'i': 'ISAZ IS ISS I', 'j': 'JERAN J',
    'p': 'PERTHO PEORTH P', 'z': 'ALGIZ EOLHX', 's': 'SOWILO S', 't': 'TIWAZ TIR TYR T', 'b': 'BERKANAN BEORC BJARKAN B',
    'e': 'EHWAZ EH E', 'm': 'MANNAZ MAN M', 'l': 'LAUKAZ LAGU LOGR L', 'ng': 'INGWAZ', 'd': 'DAGAZ DAEG D', 'o': 'OTHALAN ETHEL O',
    'v': 'V', 'q': 'Q', 'x': 'X', 'c': 'C', 'ea': 'EAR'}.items()}
RUNE['ph'] = RUNE['f']; RUNE['sh'] = RUNE['s'] + RUNE['h']; RUNE['ch'] = RUNE['k'] + RUNE['h']; RUNE['kh'] = RUNE['k']
RUNE['gh'] = RUNE['g']; RUNE['zh'] = RUNE['z'] + RUNE['h']; RUNE['dh'] = RUNE['th']; RUNE['yc'] = RUNE['j']; RUNE['yv'] = RUNE['i']
RUNE['hardc'] = RUNE['k']; RUNE['softc'] = RUNE['s']
ARM = {k: _L('ARMENIAN SMALL LETTER ' + v) for k, v in {
    'a': 'AYB', 'b': 'BEN', 'g': 'GIM', 'd': 'DA', 'e': 'ECH', 'z': 'ZA', 'th': 'TO', 'zh': 'ZHE', 'i': 'INI', 'l': 'LIWN',
    'kh': 'XEH', 'ts': 'CA', 'k': 'KEN', 'h': 'HO', 'dz': 'JA', 'gh': 'GHAD', 'm': 'MEN', 'yc': 'YI', 'n': 'NOW', 'sh': 'SHA',
    'o': 'VO', 'ch': 'CHA', 'p': 'PEH', 'j': 'JHEH', 'r': 'REH', 's': 'SEH', 'v': 'VEW', 't': 'TIWN', 'ph': 'PIWR', 'q': 'KEH', 'f': 'FEH'}.items()}
ARM['u'] = ARM['o'] + _L('ARMENIAN SMALL LETTER YIWN'); ARM['w'] = ARM['v']; ARM['x'] = ARM['k'] + ARM['s']; ARM['yv'] = ARM['i']
ARM['hardc'] = ARM['k']; ARM['softc'] = ARM['s']; ARM['dh'] = ARM['d']; ARM['ng'] = ARM['n'] + ARM['g']; ARM['ea'] = ARM['e'] + ARM['a']
BLOCKS = {'Runic (Elder Futhark)': (0x16A0, 0x16FF), 'Armenian (small letters)': (0x0530, 0x058F)}
TABLES = {'Runic (Elder Futhark)': RUNE, 'Armenian (small letters)': ARM}
DIGRAPHS = ['th', 'ph', 'sh', 'ch', 'kh', 'gh', 'zh', 'dh', 'ng', 'ts', 'dz']
VOW = set('aeiou')

def script_words(name):
    body, legal = split_legal(name)
    ws = []
    for t in body:
        for p in _bare(t).split('-'):
            if not p or not p.isalpha() or not p.isascii() or '.' in p or len(p) < 2: continue
            if p.lower() in lib.LEGAL_FILLER: continue
            ws.append(p.lower())
    return ws

def render(word, table):
    w = word.replace('ck', 'k')
    w = re.sub(r'(.)\1', r'\1', w)
    out, i = [], 0
    while i < len(w):
        two = w[i:i + 2]
        if two in DIGRAPHS and two in table:
            out.append(table[two]); i += 2; continue
        ch = w[i]; nxt = w[i + 1] if i + 1 < len(w) else ''
        if ch == 'c':
            out.append(table['softc'] if nxt in 'eiy' and nxt else table['hardc'])
        elif ch == 'y':
            out.append(table['yc'] if nxt in VOW and nxt else table['yv'])
        elif ch in table:
            out.append(table[ch])
        else:
            return None
        i += 1
    return ''.join(out)

def script_errors(q, shape):
    lo, hi = BLOCKS[shape]
    errs = []
    for ch in q:
        if ch == ' ': continue
        if not (lo <= ord(ch) <= hi): errs.append('foreign code point U+%04X' % ord(ch))
        if 'LATIN' in unicodedata.name(ch, ''): errs.append('Latin letter')
    return errs

# ---------------------------------------------------------------- transliteration
CZ = [('tion', 'ce'), ('tch', 'č'), ('sh', 'š'), ('ch', 'č'), ('kh', 'ch'), ('zh', 'ž'), ('ph', 'f'), ('th', 't'), ('qu', 'kv'),
      ('ck', 'k'), ('ts', 'c'), ('tz', 'c'), ('ee', 'í'), ('oo', 'ů'), ('j', 'dž'), ('w', 'v'), ('q', 'k')]
NL = [('tion', 'tie'), ('tch', 'tsj'), ('sh', 'sj'), ('ch', 'tsj'), ('kh', 'ch'), ('zh', 'zj'), ('ph', 'f'), ('th', 't'), ('qu', 'kw'),
      ('ck', 'k'), ('ee', 'ie'), ('oo', 'oe'), ('j', 'dzj'), ('x', 'ks'), ('q', 'k')]
TL_RULES = {'Czech-style spelling': CZ, 'Dutch-style spelling': NL}

def tl_word(w, rules, dutch):
    lw = w.lower(); out, i = [], 0
    while i < len(lw):
        for a, b in rules:
            if lw.startswith(a, i):
                out.append(b); i += len(a); break
        else:
            ch = lw[i]; nxt = lw[i + 1] if i + 1 < len(lw) else ''
            if ch == 'c': out.append('s' if nxt and nxt in 'eiy' else 'k')
            elif ch == 'y' and nxt and nxt in VOW: out.append('j')
            elif ch == 'y' and dutch and not nxt: out.append('ie')
            else: out.append(ch)
            i += 1
    s = ''.join(out)
    if w[:1].isupper(): s = s[:1].upper() + s[1:]
    return s

def translit(name, shape):
    body, legal = split_legal(name)
    rules = TL_RULES[shape]; out = []
    for t in body:
        d = tc(t)
        if d != tc(t.lower()) and _bare(t).isupper() and d == t:  # kept-upper token
            out.append(d); continue
        parts = d.split('-'); np = []
        for p in parts:
            core_p = p.rstrip(',')
            if core_p.isalpha() and len(core_p) > 4 and core_p.lower() not in lib.LEGAL_FILLER:
                np.append(tl_word(core_p, rules, shape.startswith('Dutch')) + p[len(core_p):])
            else:
                np.append(p)
        out.append('-'.join(np))
    return ' '.join(out + legal)

# ---------------------------------------------------------------- helpers for word-level shapes
def longest_idx(body, pred=lambda w: True):
    best = None
    for i, t in enumerate(body):
        b = _bare(t)
        if is_name_word(t) and pred(b):
            if best is None or len(b) > len(_bare(body[best])): best = i
    return best

def typo_idx(dbody, pred=lambda w: True):
    best = None
    for i, t in enumerate(dbody):
        b = _bare(t)
        if b.isalpha() and len(b) >= 5 and b[0].isupper() and b[1:].islower() and not is_legal_tok(t) and pred(b):
            if best is None or len(b) > len(_bare(dbody[best])): best = i
    return best

def case_shape(name, shape):
    words = name.split(' ')
    out = []
    for wi, w in enumerate(words):
        if shape == CASE[0]:
            out.append(''.join(c.lower() if c.lower() in 'aeiou' else c.upper() for c in w))
        elif shape == CASE[1]:
            out.append(w.lower() if wi % 2 == 0 else w.upper())
        else:
            letters = [i for i, c in enumerate(w) if c.isalpha()]
            up = set(letters[-2:])
            out.append(''.join(c.upper() if i in up else c.lower() for i, c in enumerate(w)))
    return ' '.join(out)

# ---------------------------------------------------------------- generate
def generate(kind, ent, data):
    """Yields (shape, detail, query) candidates for one entity, in shape-list order."""
    rec = data.sdn[ent]; name = rec['name']
    body, legal = split_legal(name)
    dbody = [tc(t) for t in body]
    res = []
    if kind == 'aka':
        for an, at, nm in sorted(data.alts[ent]):
            if at == 'aka' and nm: res.append(('own aka alias', 'alt_num %d' % an, nm))
    elif kind == 'partial':
        if any(_bare(t) in '/-&+' for t in body): return res
        idx = [i for i, t in enumerate(body) if is_name_word(t)]
        if len(idx) < 3: return res
        words = lambda ii: [tc(_bare(body[i])) for i in ii]
        L = (' ' + ' '.join(legal)) if legal else ''
        res.append((PARTIAL[0], None, ' '.join(words(idx[1:])) + L))
        res.append((PARTIAL[1], None, ' '.join(words(idx[:2]))))
        res.append((PARTIAL[2], None, ' '.join(words([idx[1], idx[-1]])) + L))
    elif kind == 'word_order':
        if not all(plain(t) for t in body): return res
        idx = [i for i, t in enumerate(body) if is_name_word(t)]
        if len(idx) < 3: return res
        ws = [_bare(body[i]) for i in idx]
        orders = [ws[-1:] + ws[:-1], sorted(ws, key=len), sorted(ws, key=lambda w: w[-2].lower())]
        for sh, o in zip(WORD_ORDER, orders):
            nb = list(body)
            for slot, w in zip(idx, o):
                nb[slot] = w + (',' if body[slot].endswith(',') else '')
            res.append((sh, None, ' '.join([tc(t) for t in nb] + legal)))
    elif kind == 'legal_form':
        if not any(is_name_word(t) for t in body): return res
        if any(is_legal_tok(t) or DOTTED.match(_bare(t)) for t in body): return res
        b = ' '.join(dbody).rstrip(',')
        for sh, form, front in LEGAL_FORMS:
            res.append((sh, None, (form + ' ' + b) if front else (b + ' ' + form)))
    elif kind == 'punctuation':
        if any(s in name for s in PUNCT_SIGNS): return res
        for k, sh in enumerate(PUNCT):
            if k < 2:
                letter = 'as'[k]
                i = longest_idx(body, lambda w: letter in w[1:].lower())
                if i is None: continue
                w = dbody[i]; j = w.lower().index(letter, 1); nw = w[:j] + '@$'[k] + w[j + 1:]
            else:
                i = longest_idx(body)
                if i is None: continue
                w = dbody[i]; b = _bare(w)
                if k == 2: nw = b[:3] + '*' + b[3:] + w[len(b):]
                else: nw = b[:-2] + '=' + b[-2:] + w[len(b):]
            nb = list(dbody); nb[i] = nw
            res.append((sh, 'in %s' % _bare(w), ' '.join(nb + legal)))
    elif kind == 'abbreviation':
        for ab, longs in SHORT:
            for i, t in enumerate(body):
                if _bare(t).upper() in longs:
                    nb = list(dbody); nb[i] = ab + (',' if t.endswith(',') else '')
                    res.append(('short form', '`%s` for %s' % (ab, _bare(t).upper()), ' '.join(nb + legal)))
                    break
    elif kind == 'script':
        ws = script_words(name)
        if not (1 <= len(ws) <= 4) or (len(ws) == 1 and len(ws[0]) < 7): return res
        for sh in SCRIPTS:
            r = [render(w, TABLES[sh]) for w in ws]
            if all(r): res.append((sh, None, ' '.join(r)))
    elif kind == 'transliteration':
        for sh in TRANSLIT:
            res.append((sh, None, translit(name, sh)))
    elif kind == 'translation':
        for lang in LANGS:
            for i, t in enumerate(body):
                u = _bare(t).upper()
                if u in TRANS[lang]:
                    tw = TRANS[lang][u]
                    a, b = lib.full(tw).replace(' ', ''), lib.full(u)
                    if a.startswith(b) or b.startswith(a): break
                    nb = list(dbody); nb[i] = tw + (',' if t.endswith(',') else '')
                    res.append((lang, '`%s` for %s' % (tw, u), ' '.join(nb + legal)))
                    break
    elif kind == 'parent_vs_subsidiary':
        c = data.city(ent)
        if not c: return res
        d = display(name)
        for sh, unit, after in UNITS:
            res.append((sh, 'city %s' % c, (d + ' ' + c + ' ' + unit) if after else (d + ' ' + unit + ' ' + c)))
    elif kind == 'typo':
        for k, sh in enumerate(TYPO):
            if k < 4:
                letter = 'olis'[k]; rep = ['0', '1', 'u', 'd'][k]
                i = typo_idx(dbody, lambda w: letter in w[1:])
                if i is None: continue
                w = _bare(dbody[i]); j = w.index(letter, 1); nw = w[:j] + rep + w[j + 1:]
            else:
                i = typo_idx(dbody)
                if i is None: continue
                w = _bare(dbody[i])
                nw = w + w[-1] if k == 4 else w[0] + w[2:]
            nb = list(dbody); nb[i] = nw + dbody[i][len(w):]
            res.append((sh, 'in %s' % w, ' '.join(nb + legal)))
    elif kind == 'case':
        for sh in CASE:
            res.append((sh, None, case_shape(name, sh)))
    elif kind == 'messy':
        c = data.city(ent)
        if not c: return res
        d = display(name)
        for sh, tpl in MESSY:
            res.append((sh, 'city %s' % c, tpl.format(n=d, c=c)))
    return res

ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy', 'aka'}
SHAPES = {'partial': PARTIAL, 'word_order': WORD_ORDER, 'legal_form': [x[0] for x in LEGAL_FORMS], 'punctuation': PUNCT,
          'abbreviation': ['short form'], 'script': SCRIPTS, 'transliteration': TRANSLIT, 'translation': LANGS,
          'parent_vs_subsidiary': [u[0] for u in UNITS], 'typo': TYPO, 'case': CASE, 'messy': [m[0] for m in MESSY], 'aka': ['own aka alias']}
QUOTA = {'partial': 4, 'word_order': 4, 'punctuation': 3, 'script': 6, 'transliteration': 6, 'typo': 2, 'case': 4}

def item_of(kind, shape, detail):
    """The item used at most once: legal form/language/unit/template by shape, short form by its abbreviation, aka by alt_num."""
    if kind == 'abbreviation': return detail.split('`')[1]
    if kind == 'aka': return detail
    return shape

def variant(shape, detail):
    return shape if not detail else '%s (%s)' % (shape, detail)

def split_variant(kind, v):
    for sh in sorted(SHAPES[kind], key=len, reverse=True):
        if v == sh: return sh, None
        if v.startswith(sh + ' (') and v.endswith(')'): return sh, v[len(sh) + 2:-1]
    return None, None
