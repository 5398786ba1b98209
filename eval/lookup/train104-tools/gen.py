"""train104 generators: one per positive kind, the shape and item lists, and item_of (variant -> shape)."""
import re, unicodedata
import lib

SMALL = lib.CORE_DROP | set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with '
                            'from into'.split())
ROMAN = re.compile(r'^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$')
DOTTED = re.compile(r'^([A-Za-z]\.)+,?$')
CONS = re.compile(r'^[B-DF-HJ-NP-TV-XZ]{2,4}$')
VOWELS = set('aeiou')


def _fold_tok(t):
    return lib.full(t).replace(' ', '')


def _is_legal_tok(t):
    f = _fold_tok(t.strip(','))
    return bool(f) and (f in lib.LEGAL or re.fullmatch(r'[A-Za-z]\.,?', t) is not None)


def split_legal(name):
    """(body tokens, legal tokens): trailing legal tokens, single dotted letters, DE/EN/& between legal tokens,
    Y/E/& before CIA."""
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if _is_legal_tok(t):
            i -= 1
            continue
        if t.upper() in ('DE', 'EN', '&') and i < len(toks) and i - 2 >= 1 and _is_legal_tok(toks[i - 2]) \
                and _is_legal_tok(toks[i]):
            i -= 1
            continue
        if t.upper() in ('Y', 'E', '&') and i < len(toks) and toks[i].upper().strip(',') in ('CIA.', 'CIA'):
            i -= 1
            continue
        break
    return toks[:i], toks[i:]


def tc(t):
    if DOTTED.match(t) or ROMAN.match(t.strip(',')) or CONS.match(t.strip(',')):
        return t
    out = []
    prev = ''
    for i, ch in enumerate(t):
        if ch.isalpha():
            if prev.isalnum():
                out.append(ch.lower())
            elif prev in lib.APOS and i >= 2 and t[i - 2].isalpha():
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


def body_display(name):
    body, legal = split_legal(name)
    return [tc(t) for t in body], legal


def is_name_word(t):
    w = t.rstrip(',')
    return w.isalpha() and w.isascii() and len(w) >= 3 and w.lower() not in SMALL and not ROMAN.match(w)


def plain_body(body):
    return all(t.rstrip(',').isalpha() and t.rstrip(',').isascii() for t in body)


# ---------------------------------------------------------------- kinds and shapes
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NARC_NEVER = {'aka', 'script', 'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'messy'}

PARTIAL = ['all name words but the second, legal form kept',
           'the first and last name words, legal form dropped',
           'name words beginning with a consonant, legal form kept']
WORD_ORDER = ['name words stably sorted by their last letter, z to a',
              'name words rotated left by one (the first name word moved to the last name-word slot)',
              'name words stably sorted by their fourth letter, z to a (shorter words last)']
PUNCT = ['`\u00b0` for the first o after the first letter of the longest name word that has one',
         '`\u00a7` for the first s after the first letter of the longest name word that has one',
         '`;` after the fourth letter of the longest name word',
         '`#` before the last three letters of the longest name word']
TYPO = ['OCR `vv` for w', 'OCR `5` for s', '`r` typed for t', '`j` typed for h',
        'third letter of the longest word doubled', 'third and fourth letters of the longest word swapped']
CASE = ['first two letters of each word upper, the rest lower',
        'the first word lower, the rest upper',
        'the last letter of each word lower, the rest upper']
SCRIPT = ['Gothic', 'Old Hungarian (small letters)']
TRANSLIT = ['Polish-style', 'Turkish-style']

LEGAL_FORMS = [  # (shape, form, front)
    ('Icelandic `ehf.`', 'ehf.', False), ('Hungarian `Bt.`', 'Bt.', False), ('Croatian `j.d.o.o.`', 'j.d.o.o.', False),
    ('Slovak `v.o.s.`', 'v.o.s.', False), ('Polish `S.K.A.`', 'S.K.A.', False), ('Lithuanian `MB`', 'MB', False),
    ('Latvian `IK`', 'IK', False), ('Estonian `T\u00dc`', 'T\u00dc', False), ('Japanese `G.K.`', 'G.K.', False),
    ('Philippine `OPC`', 'OPC', False), ('Romanian `P.F.A.`', 'P.F.A.', False),
    ('Ukrainian `PrAT` (in front)', 'PrAT', True), ('Tajik `JDMM` (in front)', 'JDMM', True),
    ('Icelandic `slf.`', 'slf.', False), ('Danish `IVS`', 'IVS', False), ('Norwegian `ANS`', 'ANS', False),
    ('Finnish `Ky`', 'Ky', False), ('Swedish `EF`', 'EF', False)]

SHORT_FORMS = [  # (short form, WORD)
    ('Almac.', 'ALMACEN'), ('Corpvo.', 'CORPORATIVO'), ('Reforest.', 'REFORESTACIONES'), ('Novs.', 'NOVEDADES'),
    ('Miner.', 'MINERA'), ('Vest.', 'VESTIMENTA'), ('Agrla.', 'AGRICOLA'),
    ('Imp.', 'IMPORT'), ('Exp.', 'EXPORT'), ('Chem.', 'CHEMICAL'), ('Constrn.', 'CONSTRUCTION'),
    ('Aviat.', 'AVIATION'), ('Metall.', 'METALLURGICAL'), ('Log.', 'LOGISTICS'), ('Petrol.', 'PETROLEUM'),
    ('Pharma.', 'PHARMACEUTICAL'), ('Telecom.', 'TELECOMMUNICATIONS'), ('Fdn.', 'FOUNDATION'),
    ('Org.', 'ORGANIZATION'), ('Cent.', 'CENTRAL'), ('Nav.', 'NAVIGATION'), ('Elect.', 'ELECTRIC'),
    ('Mach.', 'MACHINERY'), ('Equip.', 'EQUIPMENT'), ('Bros.', 'BROTHERS'), ('Tex.', 'TEXTILE'), ('Cem.', 'CEMENT'),
    ('Stl.', 'STEEL'), ('Min.', 'MINING'), ('Bde.', 'BRIGADE'), ('Rep.', 'REPUBLIC'), ('Pop.', 'POPULAR'),
    ('Soc.', 'SOCIETY'), ('Inst.', 'INSTITUTE'), ('Wks.', 'WORKS'), ('Mar.', 'MARINE'), ('Sec.', 'SECURITY'),
    ('Exch.', 'EXCHANGE'), ('Cred.', 'CREDIT'), ('Coop.', 'COOPERATIVE'), ('Fed.', 'FEDERATION'),
    ('Admon.', 'ADMINISTRACION'), ('Invers.', 'INVERSIONES'), ('Serv.', 'SERVICIOS'), ('Import.', 'IMPORTADORA'),
    ('Export.', 'EXPORTADORA'), ('Promot.', 'PROMOTORA'), ('Nac.', 'NACIONAL'), ('Merc.', 'MERCANTIL'),
    ('Hosp.', 'HOSPITALARIA'), ('Lab.', 'LABORATORIO'), ('Rest.', 'RESTAURANTE'), ('Gasol.', 'GASOLINERO'),
    ('Desarr.', 'DESARROLLO'), ('Proy.', 'PROYECTOS'), ('Constr.', 'CONSTRUCTORA'), ('Cons.', 'CONSULTORES')]

LANGS = ['Irish', 'Breton', 'Occitan', 'Corsican', 'Swahili', 'Malagasy', 'Xhosa', 'Lingala', 'Samoan', 'Hawaiian',
         'Quechua', 'Guarani']

_D = {
 'Irish': 'SHIPPING Loingseoireacht|INDUSTRIES Tionscail|INDUSTRIAL Tionscalta|CONSTRUCTION T\u00f3g\u00e1il|DEVELOPMENT Forbairt|'
          'INVESTMENT Infheist\u00edocht|ENERGY Fuinneamh|OIL Ola|INSURANCE \u00c1rachas|COMMERCIAL Tr\u00e1chtala|'
          'ELECTRONICS Leictreonaic|ENGINEERING Innealt\u00f3ireacht|TECHNOLOGY Teicneola\u00edocht|SERVICES Seirbh\u00eds\u00ed|'
          'RESEARCH Taighde|TRANSPORT Iompar|STEEL Cruach|ORGANIZATION Eagra\u00edocht|MOVEMENT Gluaiseacht|'
          'PARTY P\u00e1irt\u00ed|MINISTRY Aireacht|CHEMICAL Ceimiceach|PETROLEUM Peitreal|AIRLINES Aerl\u00ednte|'
          'EXCHANGE Malart\u00fa|MINING Mianad\u00f3ireacht|MARINE Muir\u00ed|AVIATION Eitl\u00edocht|POWER Cumhacht|'
          'ELECTRIC Leictreach|SECURITY Sl\u00e1nd\u00e1il|DEFENSE Cosaint|CENTER Ionad|SCIENTIFIC Eola\u00edoch',
 'Breton': 'SHIPPING Merdeerezh|INDUSTRIES Greanteriezho\u00f9|INDUSTRIAL Greanterezhel|CONSTRUCTION Savadurezh|'
           'DEVELOPMENT Diorren|INVESTMENT Postadur|ENERGY Energiezh|OIL Eoul|INSURANCE Asura\u00f1s|'
           'COMMERCIAL Kenwerzhel|ELECTRONICS Elektronek|ENGINEERING Ijinerezh|TECHNOLOGY Teknologiezh|'
           'SERVICES Servijo\u00f9|RESEARCH Enklask|TRANSPORT Treuzdougen|STEEL Dir|ORGANIZATION Aozadur|'
           'MOVEMENT Luskad|PARTY Strollad|MINISTRY Ministrerezh|CHEMICAL Kimiek|EXCHANGE Eskemm|'
           'MINING Mengleuzio\u00f9|MARINE Morel|AVIATION Nijerezh|POWER Galloud|ELECTRIC Tredan|SECURITY Surentez|'
           'DEFENSE Difenn|CENTER Kreizenn|SCIENTIFIC Skiantel',
 'Occitan': 'SHIPPING Expedicion|INDUSTRIES Fabricas|INDUSTRIAL Industri\u00e1u|CONSTRUCTION Bastison|'
            'DEVELOPMENT Desvolopament|INVESTMENT Investiment|ENERGY Energia|OIL \u00d2li|INSURANCE Asseguran\u00e7a|'
            'ELECTRONICS Electronica|ENGINEERING Engenhari\u00e1|TECHNOLOGY Tecnologia|SERVICES Servicis|'
            'RESEARCH Rec\u00e8rca|STEEL Aci\u00e8r|ORGANIZATION Organizacion|PARTY Partit|MINISTRY Minist\u00e8ri|'
            'CHEMICAL Quimic|EXCHANGE Escambi|MINING Mini\u00e8ra|MARINE Marina|AVIATION Aviacion|POWER Poder|'
            'SECURITY Seguretat|DEFENSE Defensa|CENTER Centre|SCIENTIFIC Scientific',
 'Corsican': 'SHIPPING Spedizioni|INDUSTRIES Industrie|INDUSTRIAL Industriale|CONSTRUCTION Custruzzione|'
             'DEVELOPMENT Sviluppu|INVESTMENT Investimentu|ENERGY Energia|OIL Oliu|INSURANCE Assicuranza|'
             'COMMERCIAL Cummerciale|ELECTRONICS Elettronica|ENGINEERING Ingegneria|TECHNOLOGY Tecnulugia|'
             'SERVICES Servizii|RESEARCH Ricerca|TRANSPORT Trasportu|STEEL Azzaru|ORGANIZATION Urganizazione|'
             'MOVEMENT Muvimentu|PARTY Partitu|MINISTRY Ministeru|CHEMICAL Chimicu|EXCHANGE Scambiu|MINING Minera|'
             'MARINE Marina|AVIATION Aviazione|POWER Putenza|ELECTRIC Elettricu|SECURITY Sicurit\u00e0|DEFENSE Difesa|'
             'CENTER Centru|SCIENTIFIC Scentificu',
 'Swahili': 'SHIPPING Usafirishaji|INDUSTRIES Viwanda|INDUSTRIAL Viwandani|CONSTRUCTION Ujenzi|DEVELOPMENT Maendeleo|'
            'INVESTMENT Uwekezaji|ENERGY Nishati|OIL Mafuta|INSURANCE Bima|COMMERCIAL Kibiashara|'
            'ELECTRONICS Elektroniki|ENGINEERING Uhandisi|TECHNOLOGY Teknolojia|SERVICES Huduma|RESEARCH Utafiti|'
            'TRANSPORT Usafiri|STEEL Chuma|ORGANIZATION Shirika|MOVEMENT Vuguvugu|PARTY Chama|MINISTRY Wizara|'
            'CHEMICAL Kemikali|PETROLEUM Petroli|EXCHANGE Ubadilishaji|MINING Uchimbaji|MARINE Baharini|'
            'AVIATION Usafiri wa Anga|POWER Nguvu|ELECTRIC Umeme|SECURITY Usalama|DEFENSE Ulinzi|CENTER Kituo|'
            'SCIENTIFIC Kisayansi',
 'Malagasy': 'SHIPPING Fandefasana|INDUSTRIES Indostria|CONSTRUCTION Fanorenana|DEVELOPMENT Fampandrosoana|'
             'INVESTMENT Fampiasam-bola|ENERGY Angovo|OIL Solika|INSURANCE Fiantohana|COMMERCIAL Ara-barotra|'
             'ELECTRONICS Elektronika|ENGINEERING Injeniera|TECHNOLOGY Teknolojia|SERVICES Tolotra|'
             'RESEARCH Fikarohana|TRANSPORT Fitaterana|STEEL Vy|ORGANIZATION Fikambanana|MOVEMENT Hetsika|'
             'PARTY Antoko|MINISTRY Ministera|CHEMICAL Simika|PETROLEUM Solitany|EXCHANGE Fifanakalozana|'
             'MINING Fitrandrahana|MARINE An-dranomasina|AVIATION Fiaramanidina|POWER Hery|ELECTRIC Herinaratra|'
             'SECURITY Fiarovana|DEFENSE Fiarovam-pirenena|CENTER Foibe|SCIENTIFIC Siantifika',
 'Xhosa': 'SHIPPING Ukuthunyelwa|INDUSTRIES Amashishini|CONSTRUCTION Ulwakhiwo|DEVELOPMENT Uphuhliso|'
          'INVESTMENT Utyalo-mali|ENERGY Amandla|OIL Ioli|INSURANCE Inshorensi|COMMERCIAL Urhwebo|'
          'ELECTRONICS Ezombane|ENGINEERING Ubunjineli|TECHNOLOGY Itekhnoloji|SERVICES Iinkonzo|RESEARCH Uphando|'
          'TRANSPORT Ezothutho|STEEL Intsimbi|ORGANIZATION Umbutho|MOVEMENT Intshukumo|PARTY Iqela|MINISTRY Isebe|'
          'CHEMICAL Ikhemikhali|PETROLEUM Ipetroli|EXCHANGE Utshintshiselwano|MINING Ezemigodi|MARINE Olwandle|'
          'AVIATION Inqwelomoya|POWER Amandla|ELECTRIC Umbane|SECURITY Ukhuseleko|DEFENSE Ukhuselo|CENTER Iziko|'
          'SCIENTIFIC Inzululwazi',
 'Lingala': 'SHIPPING Botindi|INDUSTRIES Baizini|CONSTRUCTION Botongi|DEVELOPMENT Bokoli|INVESTMENT Botiami|'
            'ENERGY Nguya|OIL Mafuta|INSURANCE Asiransi|COMMERCIAL Mombongo|ELECTRONICS Elektroniki|'
            'TECHNOLOGY Tekinoloji|SERVICES Misala|RESEARCH Boluki|TRANSPORT Bomemi|STEEL Ebende|PARTY Lingomba|'
            'MINISTRY Minisitele|CHEMICAL Shimiki|EXCHANGE Mbongwana|MINING Mabanga|MARINE Ebale|POWER Nguya|'
            'ELECTRIC Kurant|SECURITY Libateli|DEFENSE Bobateli|CENTER Esika|SCIENTIFIC Siansi',
 'Samoan': 'SHIPPING Felauaiga|INDUSTRIES Pisinisi|CONSTRUCTION Fausaga|DEVELOPMENT Atina\u02bbe|INVESTMENT Teufaga|'
           'ENERGY Malosi|OIL Su\u0101u\u02bbu|INSURANCE Inisiua|COMMERCIAL Fefa\u02bbatau\u02bba\u02bbiga|'
           'TECHNOLOGY Tekonolosi|SERVICES Auaunaga|RESEARCH Su\u02bbesu\u02bbega|TRANSPORT Femalagaa\u02bbiga|'
           'STEEL Uamea|ORGANIZATION Faalapotopotoga|MOVEMENT Gaioiga|PARTY Vaega|MINISTRY Mat\u0101galuega|'
           'CHEMICAL Vaila\u02bbau|EXCHANGE Fesuia\u02bbiga|MINING Eliina|AVIATION Vaalele|POWER Mana|'
           'ELECTRIC Eletise|SECURITY Saogalemu|DEFENSE Puipuiga|CENTER Nofoaga|SCIENTIFIC Faasaienisi',
 'Hawaiian': 'SHIPPING Ho\u02bbouna|INDUSTRIES \u02bbOihana|CONSTRUCTION K\u016bkulu|DEVELOPMENT Ho\u02bbomohala|'
             'INVESTMENT Ho\u02bbopukapuka|ENERGY Ikehu|OIL \u02bbAila|INSURANCE \u02bbInikua|COMMERCIAL K\u0101lepa|'
             'ELECTRONICS Uila|TECHNOLOGY \u02bbEnehana|SERVICES Lawelawe|RESEARCH Noi\u02bbi|TRANSPORT Halihali|'
             'STEEL Kila|ORGANIZATION Hui|MOVEMENT Ne\u02bbe|PARTY \u02bbAo\u02bbao|CHEMICAL Kemika|'
             'EXCHANGE Ho\u02bbololi|MARINE Kai|AVIATION Mokulele|POWER Mana|ELECTRIC Uila|SECURITY Palekana|'
             'DEFENSE Pale|CENTER Kikowaena|SCIENTIFIC \u02bbEpekema',
 'Quechua': 'SHIPPING Wampu|INDUSTRIES Ruraykuna|CONSTRUCTION Wasichay|DEVELOPMENT Wi\u00f1ay|INVESTMENT Qullqichay|'
            'ENERGY Kallpa|OIL Wira|INSURANCE Amachay|COMMERCIAL Qhatu|SERVICES Yanapakuy|RESEARCH Maskhay|'
            'TRANSPORT Apaykachay|ORGANIZATION Hu\u00f1unakuy|MOVEMENT Kuyuy|EXCHANGE Rantinakuy|MINING Qhuya|'
            'POWER Atiy|ELECTRIC Illapa|DEFENSE Harkay|CENTER Chawpi|SCIENTIFIC Yachay',
 'Guarani': 'CONSTRUCTION \u00d1emopu\u02bc\u00e3|DEVELOPMENT \u00d1ak\u00e3rapu\u02bc\u00e3|INVESTMENT Virumo\u0129|'
            'ENERGY Mbarete|OIL \u00d1andyry|COMMERCIAL \u00d1emu|SERVICES Pytyv\u00f5|RESEARCH Jeheka|'
            'TRANSPORT Mbo\u02bcerahaha|ORGANIZATION Atyguasu|MOVEMENT M\u00fdi|PARTY Aty|EXCHANGE \u00d1emoambue|'
            'POWER Pu\u02bcaka|ELECTRIC Tesapemby|DEFENSE \u00d1e\u00f1angareko|CENTER Mbytete|SCIENTIFIC Tembikuaa'}
DICT = {L: dict(x.split(' ', 1) for x in _D[L].split('|')) for L in LANGS}

UNITS = [  # (language, unit, after the city)
    ('Irish', 'brainse i', False), ('Breton', 'skourr e', False), ('Occitan', 'filiala a', False),
    ('Corsican', 'filiale in', False), ('Swahili', 'tawi la', False), ('Malagasy', 'sampana any', False),
    ('Xhosa', 'isebe e', False), ('Lingala', 'etape na', False), ('Samoan', 'lala i', False),
    ('Hawaiian', 'l\u0101l\u0101 ma', False), ('Quechua', "k'allma", True), ('Guarani', 'rak\u00e3', True)]


def unit_shape(lang, unit, after):
    return '%s `%s`%s' % (lang, unit, ' (after the city)' if after else '')


TEMPLATES = {
    'Erlang map': '#{party => <<"{N}">>, city => <<"{C}">>, screen => true}',
    'OCaml record': '{ party_name = "{N}"; party_city = "{C}"; listed = None }',
    'Perl hash': 'my %party = (name => "{N}", city => "{C}", check => 1);',
    'Common Lisp plist': '(:party "{N}" :city "{C}" :screen t)',
    'INI section': '[party]\nname = {N}\ncity = {C}',
    'Graphviz DOT node': 'party1 [label="{N}", city="{C}", shape=box];',
    'Scala case class': 'Party(name = "{N}", city = "{C}", screen = true)',
    'Swift struct': 'Party(name: "{N}", city: "{C}", listed: nil)',
    'chat in Irish': 'An bhfuil an comhlacht {N} as {C} ar an liosta smachtbhanna\u00ed?',
    'chat in Breton': "Ha war roll ar gastizo\u00f9 emañ an embregerezh {N} eus {C}?",
    'chat in Occitan': "L'entrepresa {N} de {C} es sus la lista de las sancions?",
    'chat in Corsican': 'A suciet\u00e0 {N} di {C} h\u00e8 nant\u00f9 \u00e0 a lista di e sanzioni?',
    'chat in Swahili': 'Je, kampuni {N} ya {C} iko kwenye orodha ya vikwazo?',
    'chat in Malagasy': "Ao amin'ny lisitry ny sazy ve ny orinasa {N} any {C}?",
    'chat in Xhosa': 'Ingaba inkampani {N} yase {C} ikuluhlu lwezohlwayo?',
    'chat in Lingala': 'Kompani {N} ya {C} ezali na liste ya bitumbu?'}

# ---------------------------------------------------------------- scripts
_GOTHIC = {'a': 'AHSA', 'b': 'BAIRKAN', 'd': 'DAGS', 'e': 'AIHVUS', 'f': 'FAIHU', 'g': 'GIBA', 'h': 'HAGL', 'i': 'EIS',
           'j': 'JER', 'k': 'KUSMA', 'l': 'LAGUS', 'm': 'MANNA', 'n': 'NAUTHS', 'o': 'OTHAL', 'p': 'PAIRTHRA',
           'q': 'QAIRTHRA', 'r': 'RAIDA', 's': 'SAUIL', 't': 'TEIWS', 'u': 'URUS', 'v': 'WINJA', 'w': 'WINJA',
           'z': 'IUJA', 'th': 'THIUTH', 'kh': 'IGGWS', 'ch': 'IGGWS', 'ph': 'FAIHU', 'gh': 'GIBA', 'dh': 'DAGS',
           'zh': 'IUJA', 'sh': 'SAUIL HAGL', 'wh': 'HWAIR', 'qu': 'QAIRTHRA', 'Cy': 'JER', 'Vy': 'EIS',
           'hc': 'KUSMA', 'sc': 'SAUIL', 'x': 'KUSMA SAUIL'}
_OLDHU = {'a': 'A', 'b': 'EB', 'd': 'ED', 'e': 'E', 'f': 'EF', 'g': 'EG', 'h': 'EH', 'i': 'I', 'j': 'EJ', 'k': 'EK',
          'l': 'EL', 'm': 'EM', 'n': 'EN', 'o': 'O', 'p': 'EP', 'q': 'EK', 'r': 'ER', 's': 'ESZ', 't': 'ET', 'u': 'U',
          'v': 'EV', 'w': 'EV', 'z': 'EZ', 'th': 'ET', 'kh': 'ECH', 'ch': 'ECS', 'ph': 'EF', 'gh': 'EG', 'dh': 'ED',
          'zh': 'EZS', 'sh': 'ES', 'wh': 'EV', 'qu': 'EK EV', 'Cy': 'EJ', 'Vy': 'I', 'hc': 'EK', 'sc': 'ESZ',
          'x': 'EK ESZ', 'ts': 'EC', 'tz': 'EC'}


def _table(prefix, names):
    return {k: ''.join(unicodedata.lookup(prefix + n) for n in v.split()) for k, v in names.items()}


SCRIPT_TABLES = {'Gothic': _table('GOTHIC LETTER ', _GOTHIC),
                 'Old Hungarian (small letters)': _table('OLD HUNGARIAN SMALL LETTER ', _OLDHU)}
SCRIPT_BLOCKS = {'Gothic': (0x10330, 0x1034F), 'Old Hungarian (small letters)': (0x10C80, 0x10CFF)}


def script_words(name):
    """plain words for script rendering: legal/filler dropped, quoted/digit/non-ASCII/dotted dropped, hyphens split."""
    body, legal = split_legal(name)
    out = []
    for t in body:
        if '.' in t or any(c.isdigit() for c in t) or not t.isascii() or "'" in t or '"' in t:
            continue
        for p in re.split(r'[-/]', t.strip(',()')):
            p = p.lower()
            if p.isalpha() and len(p) >= 2 and p not in lib.CORE_DROP:
                out.append(p)
    return out


def render(word, table):
    w = word.replace('ck', 'k')
    w = re.sub(r'(.)\1', r'\1', w)
    out, i = [], 0
    digraphs = [k for k in table if len(k) == 2 and k not in ('Cy', 'Vy', 'hc', 'sc')]
    while i < len(w):
        two = w[i:i + 2]
        if two in digraphs:
            out.append(table[two])
            i += 2
            continue
        c = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ''
        if c == 'c':
            out.append(table['sc'] if nxt in ('e', 'i', 'y') else table['hc'])
        elif c == 'y':
            out.append(table['Cy'] if nxt in VOWELS else table['Vy'])
        else:
            out.append(table[c])
        i += 1
    return ''.join(out)


def script_query(name, shape):
    ws = script_words(name)
    if not (1 <= len(ws) <= 4) or (len(ws) == 1 and len(ws[0]) < 7):
        return None
    return ' '.join(render(w, SCRIPT_TABLES[shape]) for w in ws)


def script_errors(q, shape):
    lo, hi = SCRIPT_BLOCKS[shape]
    errs = []
    if re.search(r'[A-Za-z]', q):
        errs.append('Latin letters in a script row')
    for ch in q:
        if ch != ' ' and not (lo <= ord(ch) <= hi):
            errs.append('code point U+%04X outside the %s block' % (ord(ch), shape))
            break
    return errs


# ---------------------------------------------------------------- transliteration
_POLISH = [('tion', 'cja'), ('tch', 'cz'), ('sh', 'sz'), ('ch', 'cz'), ('kh', 'ch'), ('zh', '\u017c'), ('ph', 'f'),
           ('th', 't'), ('qu', 'kw'), ('ck', 'k'), ('ts', 'c'), ('tz', 'c'), ('ee', 'i'), ('oo', 'u'), ('q', 'k'),
           ('j', 'd\u017c'), ('x', 'ks'), ('v', 'w'), ('w', '\u0142')]
_TURKISH = [('tion', 'syon'), ('tch', '\u00e7'), ('sh', '\u015f'), ('ch', '\u00e7'), ('kh', 'h'), ('zh', 'j'),
            ('ph', 'f'), ('th', 't'), ('qu', 'kv'), ('ck', 'k'), ('ee', 'i'), ('oo', 'u'), ('q', 'k'), ('j', 'c'),
            ('x', 'ks'), ('w', 'v')]
TRANSLIT_RULES = {'Polish-style': _POLISH, 'Turkish-style': _TURKISH}


def _tl_word(w, rules):
    low = w.lower()
    out, i = [], 0
    while i < len(low):
        for a, b in rules:
            if low.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            c = low[i]
            if c == 'c':
                out.append('s' if i + 1 < len(low) and low[i + 1] in 'eiy' else 'k')
            else:
                out.append(c)
            i += 1
    s = ''.join(out)
    if w[:1].isupper():
        s = s[:1].upper() + s[1:]
    return s


def translit(name, shape):
    body, legal = body_display(name)
    out = []
    for t in body:
        parts = t.split('-')
        new = []
        for p in parts:
            core = p.strip(',()')
            if (len(core) <= 4 or not core.isalpha() or not core.isascii() or core.lower() in lib.CORE_DROP
                    or core.isupper()):
                new.append(p)
            else:
                new.append(p.replace(core, _tl_word(core, TRANSLIT_RULES[shape])))
        out.append('-'.join(new))
    return ' '.join(out + legal)


# ---------------------------------------------------------------- helpers
def longest_word(words, pred=lambda w: True):
    best = None
    for i, w in enumerate(words):
        if pred(w) and (best is None or len(w) > len(words[best])):
            best = i
    return best


def _punct_edit(word, shape):
    if shape.startswith('`\u00b0`'):
        j = word.lower().find('o', 1)
        return None if j < 0 else word[:j] + '\u00b0' + word[j + 1:]
    if shape.startswith('`\u00a7`'):
        j = word.lower().find('s', 1)
        return None if j < 0 else word[:j] + '\u00a7' + word[j + 1:]
    if shape.startswith('`;`'):
        return word[:4] + ';' + word[4:] if len(word) > 4 else None
    if shape.startswith('`#`'):
        return word[:-3] + '#' + word[-3:] if len(word) > 4 else None


def _punct_pred(shape):
    if shape.startswith('`\u00b0`'):
        return lambda w: 'o' in w.lower()[1:]
    if shape.startswith('`\u00a7`'):
        return lambda w: 's' in w.lower()[1:]
    return lambda w: len(w) > 4


_TYPO_SUB = {'OCR `vv` for w': ('w', 'vv'), 'OCR `5` for s': ('s', '5'), '`r` typed for t': ('t', 'r'),
             '`j` typed for h': ('h', 'j')}


def _typo_edit(word, shape):
    if shape in _TYPO_SUB:
        a, b = _TYPO_SUB[shape]
        j = word.find(a, 1)
        return None if j < 0 else word[:j] + b + word[j + 1:]
    if shape == 'third letter of the longest word doubled':
        return word[:3] + word[2] + word[3:]
    if shape == 'third and fourth letters of the longest word swapped':
        if len(word) < 5 or word[2] == word[3]:
            return None
        return word[:2] + word[3] + word[2] + word[4:]


def _is_typo_word(t):
    t = t.rstrip(',')
    return t.isalpha() and t.isascii() and len(t) >= 5 and t[0].isupper() and t[1:].islower() \
        and t.lower() not in lib.LEGAL


def _case(name, shape):
    toks = name.split(' ')
    if shape == CASE[0]:
        out = []
        for t in toks:
            n, s = 0, []
            for ch in t:
                if ch.isalpha():
                    n += 1
                    s.append(ch.upper() if n <= 2 else ch.lower())
                else:
                    s.append(ch)
            out.append(''.join(s))
        return ' '.join(out)
    if shape == CASE[1]:
        return ' '.join([toks[0].lower()] + [t.upper() for t in toks[1:]])
    if shape == CASE[2]:
        out = []
        for t in toks:
            idx = [i for i, ch in enumerate(t) if ch.isalpha()]
            s = [ch.upper() for ch in t]
            if idx:
                s[idx[-1]] = s[idx[-1]].lower()
            out.append(''.join(s))
        return ' '.join(out)


def _word_order(body, shape):
    idx = [i for i, t in enumerate(body) if is_name_word(t)]
    words = [body[i].rstrip(',') for i in idx]
    if shape == WORD_ORDER[0]:
        new = sorted(words, key=lambda w: -ord(w[-1].lower()))   # stable, z to a
    elif shape == WORD_ORDER[1]:
        new = words[1:] + words[:1]
    else:
        new = sorted(words, key=lambda w: (0, -ord(w[3].lower())) if len(w) >= 4 else (1, 0))
    out = list(body)
    for i, w in zip(idx, new):
        out[i] = w + body[i][len(body[i].rstrip(',')):]
    return out


# ---------------------------------------------------------------- generation
def generate(kind, d, ent):
    """[(shape, detail, query)] for one entity and kind (every shape/item that produces something)."""
    name = d.sdn[ent]['name']
    body, legal = split_legal(name)
    bd = [tc(t) for t in body]
    out = []
    if kind == 'aka':
        for alt_num, typ, an in d.alts.get(ent, []):
            if typ == 'aka':
                out.append(('own aka alias', 'alt_num %d' % alt_num, an))
    elif kind == 'partial':
        if any(t in ('/', '-', '&', '+') for t in body):
            return out
        nw = [t.rstrip(',') for t in body if is_name_word(t)]
        if len(nw) < 3:
            return out
        cands = {PARTIAL[0]: (nw[:1] + nw[2:], True), PARTIAL[1]: ([nw[0], nw[-1]], False),
                 PARTIAL[2]: ([w for w in nw if w[0].lower() not in VOWELS], True)}
        for sh in PARTIAL:
            ws, keep = cands[sh]
            if len(ws) < 2 or len(ws) >= len(nw):
                continue
            q = ' '.join([tc(w) for w in ws] + (legal if keep else []))
            out.append((sh, None, q))
    elif kind == 'word_order':
        if not plain_body(body) or sum(1 for t in body if is_name_word(t)) < 3:
            return out
        for sh in WORD_ORDER:
            nb = _word_order(body, sh)
            if nb != body:
                out.append((sh, None, ' '.join([tc(t) for t in nb] + legal)))
    elif kind == 'legal_form':
        if not any(len(t) >= 3 and t.isalpha() for t in body) or any(_is_legal_tok(t) or '.' in t for t in body):
            return out
        b = ' '.join(bd).rstrip(',')
        for sh, form, front in LEGAL_FORMS:
            out.append((sh, None, (form + ' ' + b) if front else (b + ' ' + form)))
    elif kind == 'punctuation':
        if any(s in name for s in '\u00b0\u00a7;#'):
            return out
        for sh in PUNCT:
            i = longest_word(bd, lambda w, p=_punct_pred(sh): is_name_word(w) and p(w))
            if i is None:
                continue
            w = bd[i].rstrip(',')
            new = _punct_edit(w, sh)
            if new:
                q = ' '.join(bd[:i] + [new + bd[i][len(w):]] + bd[i + 1:] + legal)
                out.append((sh, 'in %s' % w, q))
    elif kind == 'abbreviation':
        for sf, word in SHORT_FORMS:
            for i, t in enumerate(body):
                if t.rstrip(',').upper() == word:
                    nb = bd[:i] + [sf + (',' if t.endswith(',') else '')] + bd[i + 1:]
                    out.append(('short form', '`%s` for %s' % (sf, word), ' '.join(nb + legal)))
                    break
    elif kind == 'script':
        for sh in SCRIPT:
            q = script_query(name, sh)
            if q:
                out.append((sh, None, q))
    elif kind == 'transliteration':
        for sh in TRANSLIT:
            out.append((sh, None, translit(name, sh)))
    elif kind == 'translation':
        for L in LANGS:
            for i, t in enumerate(body):
                w = t.rstrip(',').upper()
                if w in DICT[L]:
                    tr = DICT[L][w]
                    a, b = lib.full(tr).replace(' ', ''), lib.full(w).replace(' ', '')
                    if a.startswith(b) or b.startswith(a):
                        break
                    nb = bd[:i] + [tr + (',' if t.endswith(',') else '')] + bd[i + 1:]
                    out.append((L, '`%s` for %s' % (tr, w), ' '.join(nb + legal)))
                    break
    elif kind == 'parent_vs_subsidiary':
        c = d.city(ent)
        if c:
            disp = display(name)
            for L, unit, after in UNITS:
                q = '%s %s %s' % (disp, c, unit) if after else '%s %s %s' % (disp, unit, c)
                out.append((unit_shape(L, unit, after), 'city %s' % c, q))
    elif kind == 'typo':
        for sh in TYPO:
            if sh in _TYPO_SUB:
                a = _TYPO_SUB[sh][0]
                i = longest_word(bd, lambda w, a=a: _is_typo_word(w) and a in w[1:])
            else:
                i = longest_word(bd, _is_typo_word)
            if i is None:
                continue
            w = bd[i].rstrip(',')
            new = _typo_edit(w, sh)
            if new and new != w:
                out.append((sh, 'in %s' % w, ' '.join(bd[:i] + [new + bd[i][len(w):]] + bd[i + 1:] + legal)))
    elif kind == 'case':
        for sh in CASE:
            q = _case(name, sh)
            if q != name:
                out.append((sh, None, q))
    elif kind == 'messy':
        c = d.city(ent)
        if c and '"' not in name and '"' not in c:
            for sh, tpl in TEMPLATES.items():
                out.append((sh, 'city %s' % c, tpl.replace('{N}', name).replace('{C}', c)))
    return out


# shape lists per kind (for item_of) and quotas
SHAPES = {'aka': ['own aka alias'], 'partial': PARTIAL, 'word_order': WORD_ORDER,
          'legal_form': [x[0] for x in LEGAL_FORMS], 'punctuation': PUNCT, 'abbreviation': ['short form'],
          'script': SCRIPT, 'transliteration': TRANSLIT, 'translation': LANGS,
          'parent_vs_subsidiary': [unit_shape(*u) for u in UNITS], 'typo': TYPO, 'case': CASE,
          'messy': list(TEMPLATES)}
ITEM_KINDS = {'legal_form', 'translation', 'parent_vs_subsidiary', 'messy', 'abbreviation'}


def quota(kind, shape):
    if kind in ('aka',):
        return 12
    if kind in ITEM_KINDS:
        return 1
    return 12 // len(SHAPES[kind])


def item_of(kind, shape, detail):
    """the quota item of a row: the shape, or for abbreviation the short form."""
    if kind == 'abbreviation':
        return detail.split('`')[1]
    if kind == 'aka':
        return detail
    return shape


def split_variant(kind, variant):
    """variant text -> (shape, detail) matching known shape names, longest first."""
    for sh in sorted(SHAPES[kind], key=len, reverse=True):
        if variant == sh:
            return sh, None
        if variant.startswith(sh + ' (') and variant.endswith(')'):
            return sh, variant[len(sh) + 2:-1]
    return None, None


def variant(shape, detail):
    return shape if detail is None else '%s (%s)' % (shape, detail)
