"""train107 generators: one per kind, deterministic. candidates(data, e, kind) -> [(shape, detail, query)]."""
import re, unicodedata
import lib
from lib import full

APOS = lib.APOS
SMALL = lib.FILLER | set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
CONNECT = {'DE', 'EN', '&', 'Y', 'E'}


def _is_legal_tok(t):
    f = full(t)
    if re.fullmatch(r'[A-Za-z]\.,?', t):
        return True
    return bool(f) and all(x in lib.LEGAL for x in f.split())


def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if _is_legal_tok(t):
            i -= 1; continue
        if t.upper() in CONNECT and i - 1 >= 1 and i < len(toks):
            nxt = toks[i].upper().rstrip(',')
            if _is_legal_tok(toks[i - 2]) or (t.upper() in ('Y', 'E', '&') and nxt.startswith('CIA')):
                i -= 1; continue
        break
    return toks[:i], ' '.join(toks[i:])


def tc(tok):
    if re.fullmatch(r'([A-Za-z]\.)+,?', tok) or re.fullmatch(r'[IVX]{1,4},?', tok) \
            or re.fullmatch(r'[B-DF-HJ-NP-TV-Z]{2,4},?', tok):
        return tok
    out = []
    for i, ch in enumerate(tok):
        if ch.isalpha():
            prev = tok[i - 1] if i else ''
            if i == 0 or (not prev.isalnum() and not (prev in APOS and i >= 2 and tok[i - 2].isalpha())):
                out.append(ch.upper())
            else:
                out.append(ch.lower())
        else:
            out.append(ch)
    return ''.join(out)


def body_legal(name):
    b, l = split_legal(name)
    return [tc(t) for t in b], l


def display(name):
    b, l = body_legal(name)
    return ' '.join(b + ([l] if l else []))


def join(b, l):
    return ' '.join(b + ([l] if l else []))


def is_name_word(t):
    t = t.rstrip(',')
    f = full(t)
    if not f or ' ' in f or len(f) < 3 or f in SMALL or f in lib.LEGAL:
        return False
    if '.' in t or re.search(r'\d', t) or re.fullmatch(r'[ivxlc]{1,4}', f):
        return False
    return True


def plain(t):
    return bool(re.fullmatch(r'[A-Za-z]+', t.rstrip(',')))


def title_word(t):
    w = t.rstrip(',')
    return bool(re.fullmatch(r'[A-Z][a-z]+', w)) and full(w) not in lib.LEGAL


# ---------------------------------------------------------------- shapes
SHAPES = {
    'partial': ['the first and third name words, legal form kept',
                'the two longest name words in name order, legal form dropped',
                'all name words but the longest, legal form kept'],
    'word_order': ['first two name words swapped (the others in place)',
                   'stably sorted by their third letter, a to z',
                   'stably sorted by consonant count, fewest first'],
    'case': ['vowels upper, consonants lower',
             'second letter of each word upper, the rest lower',
             'first half of each word upper (rounded down), the rest lower'],
    'punctuation': ['`\u00a2` for the first c after the first letter of the longest name word that has one',
                    '`\u20ac` for the first e after the first letter of the longest name word that has one',
                    '`~` after the fifth letter of the longest name word',
                    '`^` after the first letter of the longest name word'],
    'typo': ['OCR `rn` for m', 'OCR `9` for g', '`a` typed for s', '`k` typed for l',
             'last two letters of the longest word swapped', 'third letter of the longest word dropped'],
    'script': ['Glagolitic (small letters)', 'Adlam (small letters)'],
    'transliteration': ['Portuguese-style spelling', 'Esperanto-style spelling'],
}
PUNCT_SIGNS = '\u00a2\u20ac~^'

# legal forms: (shape name, form, place)
LEGAL_FORMS = [
    ('Macedonian `DOOEL`', 'DOOEL', 'end'), ('Norwegian `NUF`', 'NUF', 'end'), ('Moroccan `SARLAU`', 'SARLAU', 'end'),
    ('Tunisian `SUARL`', 'SUARL', 'end'), ('Omani `S.A.O.C.`', 'S.A.O.C.', 'end'), ('Kuwaiti `K.S.C.P.`', 'K.S.C.P.', 'end'),
    ('Irish `DAC`', 'DAC', 'end'), ('British `CIC`', 'CIC', 'end'), ('Greek `I.K.E.`', 'I.K.E.', 'end'),
    ('Hungarian `Nyrt.`', 'Nyrt.', 'end'), ('Estonian `U\u00dc`', 'U\u00dc', 'end'),
    ('Vietnamese `CTCP` (in front)', 'CTCP', 'front'), ('Belarusian `ChUP` (in front)', 'ChUP', 'front'),
    ('Kyrgyz `OsOO` (in front)', 'OsOO', 'front'), ('Malaysian `PLT`', 'PLT', 'end'),
    ('American `LLLP`', 'LLLP', 'end'), ('Italian `S.r.l.s.`', 'S.r.l.s.', 'end'),
]
LEGAL_BY_SHAPE = {s: (f, p) for s, f, p in LEGAL_FORMS}

ABBR = {  # WORD -> short form
    'DROGUERIA': 'Drog.', 'TRANSPORTES': 'Transp.', 'INVERSIONES': 'Inv.', 'DISTRIBUIDORA': 'Distr.', 'SERVICIOS': 'Servs.',
    'PRODUCTOS': 'Prods.', 'ASOCIADOS': 'Asocs.',
    'TRANSPORTATION': 'Trnsp.', 'INVESTMENT': 'Invt.', 'NAVIGATION': 'Navig.', 'INDUSTRIAL': 'Indl.', 'SERVICES': 'Svcs.',
    'COMMERCIAL': 'Comml.', 'SYSTEMS': 'Sys.', 'EQUIPMENT': 'Eqpt.', 'FINANCIAL': 'Fin.', 'GOVERNMENT': 'Govt.',
    'CENTER': 'Ctr.', 'CENTRE': 'Ctr.', 'MILITARY': 'Mil.', 'DEFENSE': 'Def.', 'DEFENCE': 'Def.', 'AEROSPACE': 'Aerosp.',
    'PRODUCTION': 'Prodn.', 'EXPLORATION': 'Explor.', 'LOGISTICS': 'Lgstcs.', 'ELECTRIC': 'Elec.', 'ELECTRICAL': 'Elec.',
    'ASSOCIATION': 'Assn.', 'MEDICAL': 'Med.', 'RESEARCH': 'Rsch.',
}
ABBR_FORMS = sorted(set(ABBR.values()))

DICTS = {
    'Afrikaans': {'TRADING': 'Handel', 'TRADE': 'Handel', 'SHIPPING': 'Skeepvaart', 'DEVELOPMENT': 'Ontwikkeling', 'ENERGY': 'Energie',
                  'INDUSTRIES': 'Nywerhede', 'INVESTMENT': 'Belegging', 'ENGINEERING': 'Ingenieurswese', 'CONSTRUCTION': 'Konstruksie',
                  'TRANSPORT': 'Vervoer', 'INSURANCE': 'Versekering', 'MINING': 'Mynbou', 'TECHNOLOGY': 'Tegnologie',
                  'SERVICES': 'Dienste', 'EXCHANGE': 'Wisselkantoor', 'AIRLINES': 'Lugdiens'},
    'Slovene': {'TRADING': 'Trgovina', 'TRADE': 'Trgovina', 'SHIPPING': 'Ladjarstvo', 'DEVELOPMENT': 'Razvoj', 'ENERGY': 'Energija',
                'INDUSTRIES': 'Industrije', 'INVESTMENT': 'Nalo\u017ebe', 'ENGINEERING': 'In\u017eeniring', 'CONSTRUCTION': 'Gradbeni\u0161tvo',
                'TRANSPORT': 'Prevoz', 'INSURANCE': 'Zavarovalnica', 'MINING': 'Rudarstvo', 'TECHNOLOGY': 'Tehnologija',
                'SERVICES': 'Storitve', 'EXCHANGE': 'Menjalnica', 'AIRLINES': 'Letalska'},
    'Zulu': {'TRADING': 'Ukuhweba', 'TRADE': 'Ukuhweba', 'SHIPPING': 'Ukuthumela', 'DEVELOPMENT': 'Intuthuko', 'ENERGY': 'Amandla',
             'INDUSTRIES': 'Izimboni', 'INVESTMENT': 'Utshalomali', 'ENGINEERING': 'Ubunjiniyela', 'CONSTRUCTION': 'Ukwakha',
             'TRANSPORT': 'Ezokuthutha', 'INSURANCE': 'Umshwalense', 'MINING': 'Ezimayini', 'TECHNOLOGY': 'Ubuchwepheshe',
             'SERVICES': 'Izinsizakalo', 'EXCHANGE': 'Ukushintshana'},
    'Catalan': {'TRADING': 'Comer\u00e7', 'TRADE': 'Comer\u00e7', 'SHIPPING': 'Navegaci\u00f3', 'DEVELOPMENT': 'Desenvolupament',
                'ENERGY': 'Energia', 'INDUSTRIES': 'Ind\u00fastries', 'INVESTMENT': 'Inversi\u00f3', 'ENGINEERING': 'Enginyeria',
                'CONSTRUCTION': 'Construcci\u00f3', 'INSURANCE': 'Assegurances', 'MINING': 'Mineria', 'TECHNOLOGY': 'Tecnologia',
                'SERVICES': 'Serveis', 'EXCHANGE': 'Canvi', 'AIRLINES': 'Aerol\u00ednies'},
    'Galician': {'TRADING': 'Comercio', 'TRADE': 'Comercio', 'SHIPPING': 'Navegaci\u00f3n', 'DEVELOPMENT': 'Desenvolvemento',
                 'ENERGY': 'Enerx\u00eda', 'INDUSTRIES': 'Industrias', 'INVESTMENT': 'Investimento', 'ENGINEERING': 'Enxe\u00f1ar\u00eda',
                 'CONSTRUCTION': 'Construci\u00f3n', 'INSURANCE': 'Seguros', 'MINING': 'Minar\u00eda', 'TECHNOLOGY': 'Tecnolox\u00eda',
                 'SERVICES': 'Servizos', 'EXCHANGE': 'Cambio'},
    'Haitian Creole': {'TRADING': 'Kom\u00e8s', 'TRADE': 'Kom\u00e8s', 'SHIPPING': 'Navigasyon', 'DEVELOPMENT': 'Devlopman',
                       'ENERGY': 'En\u00e8ji', 'INDUSTRIES': 'Endistri', 'INVESTMENT': 'Envestisman', 'ENGINEERING': 'Jeni',
                       'CONSTRUCTION': 'Konstriksyon', 'TRANSPORT': 'Transp\u00f2', 'INSURANCE': 'Asirans', 'TECHNOLOGY': 'Teknoloji',
                       'SERVICES': 'S\u00e8vis', 'EXCHANGE': 'Echanj'},
    'Luxembourgish': {'TRADING': 'Handel', 'TRADE': 'Handel', 'SHIPPING': 'Sch\u00ebffaart', 'DEVELOPMENT': 'Entw\u00e9cklung',
                      'ENERGY': 'Energie', 'INDUSTRIES': 'Industrien', 'INVESTMENT': 'Investitioun', 'ENGINEERING': 'Ingenieurswiesen',
                      'CONSTRUCTION': 'Bau', 'INSURANCE': 'Vers\u00e9cherung', 'MINING': 'Biergbau', 'TECHNOLOGY': 'Technologie',
                      'EXCHANGE': 'Wiessel'},
    'Yoruba': {'TRADING': '\u00cc\u1e63\u00f2w\u00f2', 'TRADE': '\u00cc\u1e63\u00f2w\u00f2', 'DEVELOPMENT': '\u00ccd\u00e0gb\u00e0s\u00f3k\u00e8',
               'ENERGY': 'Agb\u00e1ra', 'INVESTMENT': '\u00ccd\u00f3k\u00f2w\u00f2', 'CONSTRUCTION': '\u00cck\u1ecd\u0301l\u00e9',
               'TRANSPORT': '\u00ccr\u00ecnn\u00e0', 'INSURANCE': '\u00ccb\u00e1nigb\u00f3f\u00f2', 'MINING': '\u00ccwak\u00f9s\u00e0',
               'SERVICES': 'I\u1e63\u1eb9\u0301'},
    'Igbo': {'TRADING': 'Az\u1ee5mah\u1ecba', 'TRADE': 'Az\u1ee5mah\u1ecba', 'DEVELOPMENT': 'Mmepe', 'ENERGY': 'Ike',
             'INVESTMENT': 'Ntinye Ego', 'CONSTRUCTION': 'Owuwu', 'TRANSPORT': 'Njem', 'INSURANCE': 'Mkpuchi', 'MINING': 'Igwu Ala',
             'ENGINEERING': 'Injin\u1ecba', 'SERVICES': '\u1eccr\u1ee5'},
    'Turkmen': {'TRADING': 'S\u00f6wda', 'TRADE': 'S\u00f6wda', 'SHIPPING': 'G\u00e4mi\u00e7ilik', 'DEVELOPMENT': '\u00d6s\u00fc\u015f',
                'ENERGY': 'Energetika', 'INDUSTRIES': 'Senagat', 'INVESTMENT': 'Ma\u00fda Go\u00fdum', 'CONSTRUCTION': 'Gurlu\u015fyk',
                'TRANSPORT': 'Ulag', 'INSURANCE': '\u00c4ti\u00fda\u00e7landyry\u015f', 'MINING': 'Magdan', 'TECHNOLOGY': 'Tehnologi\u00fda',
                'SERVICES': 'Hyzmatlar'},
    'Sicilian': {'TRADING': 'Cummerciu', 'TRADE': 'Cummerciu', 'SHIPPING': 'Navigazzioni', 'DEVELOPMENT': 'Sviluppu',
                 'ENERGY': 'Enirg\u00eca', 'INDUSTRIES': 'Nnustr\u00eci', 'INVESTMENT': 'Nvistimentu', 'ENGINEERING': 'Ngignir\u00eca',
                 'CONSTRUCTION': 'Custruzzioni', 'TRANSPORT': 'Trasportu', 'INSURANCE': 'Assicurazzioni', 'TECHNOLOGY': 'Tecnolugg\u00eca',
                 'SERVICES': 'Sirvizzi'},
    'Interlingua': {'TRADING': 'Commercio', 'DEVELOPMENT': 'Disveloppamento', 'ENERGY': 'Energia', 'INDUSTRIES': 'Industrias',
                    'INVESTMENT': 'Investimento', 'ENGINEERING': 'Ingenieria', 'INSURANCE': 'Assecurantia', 'TECHNOLOGY': 'Technologia'},
}
LANGS = list(DICTS)

UNITS = [  # (shape, unit text, place)
    ('Afrikaans `tak in`', 'tak in', 'before'), ('Slovene `podru\u017enica v`', 'podru\u017enica v', 'before'),
    ('Zulu `igatsha e`', 'igatsha e', 'before'), ('Catalan `sucursal a`', 'sucursal a', 'before'),
    ('Galician `delegaci\u00f3n en`', 'delegaci\u00f3n en', 'before'), ('Haitian Creole `sikisal nan`', 'sikisal nan', 'before'),
    ('Luxembourgish `Filial zu`', 'Filial zu', 'before'), ('Yoruba `\u1eb9\u0300ka n\u00ed`', '\u1eb9\u0300ka n\u00ed', 'before'),
    ('Igbo `alaka d\u1ecb na`', 'alaka d\u1ecb na', 'before'), ('Turkmen `\u015faham\u00e7asy` (after the city)', '\u015faham\u00e7asy', 'after'),
    ('Sicilian `succursali a`', 'succursali a', 'before'), ('Interlingua `succursal in`', 'succursal in', 'before'),
]
UNIT_BY_SHAPE = {s: (u, p) for s, u, p in UNITS}

TEMPLATES = {
    'Lua table': 'party = {{ name = "{n}", city = "{c}" }}',
    'Clojure map': '{{:party/name "{n}" :party/city "{c}"}}',
    'F# record': '{{ PartyName = "{n}"; PartyCity = "{c}" }}',
    'Nix attribute set': '{{ party.name = "{n}"; party.city = "{c}"; }}',
    'Prolog fact': "party('{nq}', '{cq}').",
    'Tcl dict': 'dict create name {{{n}}} city {{{c}}}',
    'Protobuf text format': 'party {{ name: "{n}" city: "{c}" }}',
    'BibTeX entry': '@misc{{party, title = {{{n}}}, address = {{{c}}}}}',
    'chat in Afrikaans': 'Het julle enigiets oor die maatskappy {n} in {c}?',
    'chat in Slovene': 'Ali imate kaj o podjetju {n} iz kraja {c}?',
    'chat in Zulu': 'Ingabe ninalutho mayelana nenkampani {n} yase {c}?',
    'chat in Catalan': 'Teniu res sobre la companyia {n}, amb seu a {c}?',
}

# ---------------------------------------------------------------- scripts
GLAG = {'a': 'AZU', 'b': 'BUKY', 'v': 'VEDE', 'w': 'VEDE', 'g': 'GLAGOLI', 'd': 'DOBRO', 'e': 'YESTU', 'zh': 'ZHIVETE',
        'z': 'ZEMLJA', 'i': 'IZHE', 'j': 'DJERVI', 'k': 'KAKO', 'q': 'KAKO', 'l': 'LJUDIJE', 'm': 'MYSLITE', 'n': 'NASHI',
        'o': 'ONU', 'p': 'POKOJI', 'r': 'RITSI', 's': 'SLOVO', 't': 'TVRIDO', 'u': 'UKU', 'f': 'FRITU', 'ph': 'FRITU',
        'h': 'HERU', 'kh': 'HERU', 'ts': 'TSI', 'ch': 'CHRIVI', 'sh': 'SHA', 'th': 'FITA', 'x': 'KAKO+SLOVO',
        'gh': 'GLAGOLI', 'dh': 'DOBRO', 'c_hard': 'KAKO', 'c_soft': 'SLOVO', 'y_vowel': 'IZHE', 'y_cons': 'DJERVI'}
ADLAM = {'a': 'ALIF', 'b': 'BA', 'ch': 'CHI', 'd': 'DAALI', 'dh': 'DHA', 'e': 'E', 'f': 'FA', 'ph': 'FA', 'g': 'GA', 'gh': 'GA',
         'h': 'HA', 'i': 'I', 'j': 'JIIM', 'k': 'KAF', 'kh': 'KHA', 'l': 'LAAM', 'm': 'MIIM', 'n': 'NUN', 'o': 'O', 'p': 'PE',
         'q': 'QAAF', 'r': 'RA', 's': 'SINNYIIYHE', 'sh': 'SHA', 't': 'TU', 'th': 'TU+HA', 'u': 'U', 'v': 'VA', 'w': 'WAW',
         'x': 'KAF+SINNYIIYHE', 'z': 'ZAL', 'zh': 'ZAL+HA', 'ts': 'TU+SINNYIIYHE', 'c_hard': 'KAF', 'c_soft': 'SINNYIIYHE',
         'y_vowel': 'I', 'y_cons': 'YA'}
SCRIPT_TABLE = {'Glagolitic (small letters)': ('GLAGOLITIC SMALL LETTER ', GLAG, (0x2C00, 0x2C5F)),
                'Adlam (small letters)': ('ADLAM SMALL LETTER ', ADLAM, (0x1E900, 0x1E95F))}
DIGRAPHS = ['zh', 'ts', 'ch', 'sh', 'th', 'ph', 'kh', 'gh', 'dh']
VOW = set('aeiou')


def _render_word(w, table, prefix):
    w = w.lower().replace('ck', 'k')
    w = re.sub(r'(.)\1+', r'\1', w)
    out, i = [], 0
    while i < len(w):
        two = w[i:i + 2]
        if two in DIGRAPHS and two in table:
            key_ = two; i += 2
        else:
            ch = w[i]; i += 1
            nxt = w[i] if i < len(w) else ''
            if ch == 'c':
                key_ = 'c_soft' if nxt in ('e', 'i', 'y') else 'c_hard'
            elif ch == 'y':
                key_ = 'y_cons' if nxt in VOW else 'y_vowel'
            else:
                key_ = ch
        for part in table[key_].split('+'):
            out.append(unicodedata.lookup(prefix + part))
    return ''.join(out)


def script_words(name):
    b, _ = body_legal(name)
    words = []
    for t in b:
        for p in t.rstrip(',').split('-'):
            if not p:
                continue
            f = full(p)
            if f in lib.LEGAL or f in lib.FILLER:
                continue
            if not re.fullmatch(r'[A-Za-z]+', p) or len(p) < 2:
                continue
            words.append(p)
    return words


def render_script(name, shape):
    prefix, table, _ = SCRIPT_TABLE[shape]
    words = script_words(name)
    if not (1 <= len(words) <= 4):
        return None
    if len(words) == 1 and len(words[0]) < 7:
        return None
    return ' '.join(_render_word(w, table, prefix) for w in words)


def script_errors(q, shape):
    lo, hi = SCRIPT_TABLE[shape][2]
    errs = []
    for ch in q:
        if ch == ' ':
            continue
        if not (lo <= ord(ch) <= hi):
            errs.append('code point U+%04X outside %s' % (ord(ch), shape))
    return errs

# ---------------------------------------------------------------- transliteration


def _cap(orig, out):
    return out[:1].upper() + out[1:] if orig[:1].isupper() else out


def _port(w):
    lw = w.lower(); out = []; i = 0
    if lw.endswith('tions') and len(lw) > 5:
        stem, tail = lw[:-5], 'ções'
    elif lw.endswith('tion') and len(lw) > 4:
        stem, tail = lw[:-4], 'ção'
    else:
        stem, tail = lw, ''
    s = stem
    while i < len(s):
        nxt = s[i + 1] if i + 1 < len(s) else ''
        for pat, rep in (('tch', 'tch'), ('sh', 'x'), ('ch', 'tch'), ('kh', 'rr'), ('ph', 'f'), ('th', 't'),
                         ('ee', 'i'), ('oo', 'u'), ('qu', 'qu')):
            if s.startswith(pat, i):
                out.append(rep); i += len(pat); break
        else:
            ch = s[i]
            if ch in 'kq' or (ch == 'c' and nxt == 'k'):
                if ch == 'c':
                    i += 1; nxt = s[i + 1] if i + 1 < len(s) else ''
                out.append('qu' if nxt in ('e', 'i', 'y') else 'c')
            elif ch == 'w':
                out.append('u')
            elif ch == 'y':
                out.append('i')
            elif ch == 'j':
                out.append('dj')
            else:
                out.append(ch)
            i += 1
    return _cap(w, ''.join(out) + tail)


def _espo(w):
    lw = w.lower(); out = []; i = 0
    if lw.endswith('tions') and len(lw) > 5:
        s, tail = lw[:-5], 'cioj'
    elif lw.endswith('tion') and len(lw) > 4:
        s, tail = lw[:-4], 'cio'
    else:
        s, tail = lw, ''
    while i < len(s):
        nxt = s[i + 1] if i + 1 < len(s) else ''
        for pat, rep in (('tch', '\u0109'), ('sh', '\u015d'), ('ch', '\u0109'), ('zh', '\u0135'), ('kh', '\u0125'),
                         ('ph', 'f'), ('th', 't'), ('qu', 'kv'), ('ck', 'k'), ('ts', 'c'), ('ee', 'i'), ('oo', 'u')):
            if s.startswith(pat, i):
                out.append(rep); i += len(pat); break
        else:
            ch = s[i]
            if ch == 'c':
                out.append('s' if nxt in ('e', 'i', 'y') else 'k')
            elif ch == 'q':
                out.append('k')
            elif ch == 'j':
                out.append('\u011d')
            elif ch == 'w':
                out.append('v')
            elif ch == 'y':
                out.append('j' if nxt in VOW else 'i')
            elif ch == 'x':
                out.append('ks')
            else:
                out.append(ch)
            i += 1
    return _cap(w, ''.join(out) + tail)


TRANSLIT = {'Portuguese-style spelling': _port, 'Esperanto-style spelling': _espo}


def translit(name, shape):
    fn = TRANSLIT[shape]
    b, l = body_legal(name)
    out = []
    for t in b:
        comma = ',' if t.endswith(',') else ''
        parts = t.rstrip(',').split('-')
        np_ = []
        for p in parts:
            f = full(p)
            if (not re.fullmatch(r'[A-Za-z]+', p)) or f in lib.LEGAL or f in lib.FILLER or p.isupper() or len(p) <= 4:
                np_.append(p)
            else:
                np_.append(fn(p))
        out.append('-'.join(np_) + comma)
    return join(out, l)

# ---------------------------------------------------------------- helpers per kind


def _longest(words, pred):
    best = None
    for i, w in enumerate(words):
        if pred(w) and (best is None or len(w) > len(words[best])):
            best = i
    return best


def case_shape(name, shape):
    if shape == SHAPES['case'][0]:
        return ''.join((c.upper() if c.lower() in 'aeiou' else c.lower()) if c.isalpha() else c for c in name)
    out = []
    for w in name.split(' '):
        letters = [i for i, c in enumerate(w) if c.isalpha()]
        if shape == SHAPES['case'][1]:
            up = set(letters[1:2])
        else:
            up = set(letters[:len(letters) // 2])
        out.append(''.join((c.upper() if i in up else c.lower()) if c.isalpha() else c for i, c in enumerate(w)))
    return ' '.join(out)


def partial(name, shape):
    b, l = body_legal(name)
    if any(t in ('/', '-', '&', '+') for t in b):
        return None
    idx = [i for i, t in enumerate(b) if is_name_word(t)]
    if len(idx) < 3 or sum(1 for i in idx if plain(b[i])) < 3:
        return None
    words = [b[i].rstrip(',') for i in idx]
    s0, s1, s2 = SHAPES['partial']
    if shape == s0:
        pick, keep = [0, 2], True
    elif shape == s1:
        order = sorted(range(len(words)), key=lambda k: (-len(words[k]), k))[:2]
        pick, keep = sorted(order), False
    else:
        lg = _longest(words, lambda w: True)
        pick, keep = [k for k in range(len(words)) if k != lg], True
    sel = [words[k] for k in pick]
    if len(sel) >= len(words) or not all(plain(w) for w in sel):
        return None
    return join(sel, l if keep else '')


def third_letter(w):
    return w.lower()[2] if len(w) >= 3 else ''


def consonants(w):
    return sum(1 for c in w.lower() if c.isalpha() and c not in 'aeiou')


def word_order(name, shape):
    b, l = body_legal(name)
    if not all(re.fullmatch(r'[A-Za-z]+,?', t) for t in b):
        return None
    slots = [i for i, t in enumerate(b) if is_name_word(t)]
    if len(slots) < 3:
        return None
    words = [b[i].rstrip(',') for i in slots]
    s0, s1, s2 = SHAPES['word_order']
    if shape == s0:
        new = [words[1], words[0]] + words[2:]
    elif shape == s1:
        new = sorted(words, key=third_letter)
    else:
        new = sorted(words, key=consonants)
    if new == words:
        return None
    out = list(b)
    for k, i in enumerate(slots):
        out[i] = new[k] + (',' if b[i].endswith(',') else '')
    return join(out, l)


def legal_form(name, shape):
    form, place = LEGAL_BY_SHAPE[shape]
    b, l = body_legal(name)
    if any(_is_legal_tok(t) or '.' in t for t in b):
        return None
    if not any(re.fullmatch(r'[A-Za-z]{3,}', t.rstrip(',')) for t in b):
        return None
    b = list(b); b[-1] = b[-1].rstrip(',')
    return ' '.join([form] + b) if place == 'front' else ' '.join(b + [form])


def punct(name, shape):
    if any(s in name for s in PUNCT_SIGNS):
        return None
    b, l = body_legal(name)
    sh = SHAPES['punctuation']
    nw = [i for i, t in enumerate(b) if is_name_word(t) and plain(t)]
    words = [b[i].rstrip(',') for i in nw]
    if shape in (sh[0], sh[1]):
        letter, sign = ('c', '\u00a2') if shape == sh[0] else ('e', '\u20ac')
        k = _longest(words, lambda w: letter in w[1:].lower())
        if k is None:
            return None
        w = words[k]; j = w.lower().index(letter, 1)
        nwd = w[:j] + sign + w[j + 1:]
    else:
        k = _longest(words, lambda w: True)
        if k is None:
            return None
        w = words[k]
        pos = 5 if shape == sh[2] else 1
        if len(w) < pos + 2:
            return None
        nwd = w[:pos] + ('~' if shape == sh[2] else '^') + w[pos:]
    out = list(b); i = nw[k]
    out[i] = nwd + (',' if b[i].endswith(',') else '')
    return join(out, l), w


def typo(name, shape):
    b, l = body_legal(name)
    sh = SHAPES['typo']
    tw = [i for i, t in enumerate(b) if title_word(t) and len(t.rstrip(',')) >= 5]
    words = [b[i].rstrip(',') for i in tw]
    letter = {sh[0]: ('m', 'rn'), sh[1]: ('g', '9'), sh[2]: ('s', 'a'), sh[3]: ('l', 'k')}
    if shape in letter:
        lt, rep = letter[shape]
        k = _longest(words, lambda w: lt in w[1:])
        if k is None:
            return None
        w = words[k]; j = w.index(lt, 1)
        nwd = w[:j] + rep + w[j + 1:]
    else:
        k = _longest(words, lambda w: True)
        if k is None:
            return None
        w = words[k]
        if shape == sh[4]:
            nwd = w[:-2] + w[-1] + w[-2]
        else:
            nwd = w[:2] + w[3:]
    if nwd == w:
        return None
    out = list(b); i = tw[k]
    out[i] = nwd + (',' if b[i].endswith(',') else '')
    return join(out, l), w


def first_entry(b, table):
    for i, t in enumerate(b):
        u = t.rstrip(',').upper()
        if u in table:
            return i, u
    return None, None


def abbreviation(name):
    b, l = body_legal(name)
    i, u = first_entry(b, ABBR)
    if i is None:
        return None
    out = list(b); out[i] = ABBR[u] + (',' if b[i].endswith(',') else '')
    return join(out, l), ABBR[u], u


def translation(name, lang):
    b, l = body_legal(name)
    i, u = first_entry(b, DICTS[lang])
    if i is None:
        return None
    tr = DICTS[lang][u]
    ft, fe = full(tr).replace(' ', ''), full(u)
    if ft.startswith(fe) or fe.startswith(ft):
        return None
    out = list(b); out[i] = tr + (',' if b[i].endswith(',') else '')
    return join(out, l), tr, u


def parent(name, shape, city):
    u, p = UNIT_BY_SHAPE[shape]
    d = display(name)
    return '%s %s %s' % (d, u, city) if p == 'before' else '%s %s %s' % (d, city, u)


def messy(name, tpl, city):
    d = display(name)
    if '"' in d or '{' in d or '}' in d:
        return None
    return TEMPLATES[tpl].format(n=d, c=city, nq=d.replace("'", "''"), cq=city.replace("'", "''"))


# ---------------------------------------------------------------- candidates
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy', 'aka'}
KIND_SHAPES = dict(SHAPES)
KIND_SHAPES['legal_form'] = [s for s, _, _ in LEGAL_FORMS]
KIND_SHAPES['abbreviation'] = ['short form']
KIND_SHAPES['translation'] = LANGS
KIND_SHAPES['parent_vs_subsidiary'] = [s for s, _, _ in UNITS]
KIND_SHAPES['messy'] = list(TEMPLATES)
KIND_SHAPES['aka'] = ['own aka alias']
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']


def variant(shape, detail):
    return shape if not detail else '%s (%s)' % (shape, detail)


def split_variant(kind, v):
    for s in sorted(KIND_SHAPES.get(kind, []), key=len, reverse=True):
        if v == s:
            return s, ''
        if v.startswith(s + ' (') and v.endswith(')'):
            return s, v[len(s) + 2:-1]
    return None, None


def item_of(kind, shape, detail):
    if kind == 'aka':
        return detail
    if kind == 'abbreviation':
        m = re.match(r'`([^`]+)` for ', detail or '')
        return m.group(1) if m else detail
    if kind in ITEM_KINDS:
        return shape
    return None


def candidates(data, e, kind):
    name = e['name']; out = []
    city = data.city_of(e['ent'])
    if kind == 'aka':
        for a in data.alts.get(e['ent'], []):
            if a['type'] == 'aka':
                out.append(('own aka alias', 'alt_num %d' % a['alt_num'], a['name']))
    elif kind == 'partial':
        for s in SHAPES[kind]:
            q = partial(name, s)
            if q: out.append((s, '', q))
    elif kind == 'word_order':
        for s in SHAPES[kind]:
            q = word_order(name, s)
            if q: out.append((s, '', q))
    elif kind == 'case':
        for s in SHAPES[kind]:
            out.append((s, '', case_shape(name, s)))
    elif kind == 'legal_form':
        for s in KIND_SHAPES[kind]:
            q = legal_form(name, s)
            if q: out.append((s, '', q))
    elif kind == 'punctuation':
        for s in SHAPES[kind]:
            r = punct(name, s)
            if r: out.append((s, 'in %s' % r[1], r[0]))
    elif kind == 'typo':
        for s in SHAPES[kind]:
            r = typo(name, s)
            if r: out.append((s, 'in %s' % r[1], r[0]))
    elif kind == 'abbreviation':
        r = abbreviation(name)
        if r: out.append(('short form', '`%s` for %s' % (r[1], r[2]), r[0]))
    elif kind == 'translation':
        for lg in LANGS:
            r = translation(name, lg)
            if r: out.append((lg, '`%s` for %s' % (r[1], r[2]), r[0]))
    elif kind == 'transliteration':
        for s in SHAPES[kind]:
            out.append((s, '', translit(name, s)))
    elif kind == 'script':
        for s in SHAPES[kind]:
            q = render_script(name, s)
            if q: out.append((s, '', q))
    elif kind == 'parent_vs_subsidiary':
        if city:
            for s in KIND_SHAPES[kind]:
                out.append((s, 'city %s' % city, parent(name, s, city)))
    elif kind == 'messy':
        if city:
            for s in TEMPLATES:
                q = messy(name, s, city)
                if q: out.append((s, 'city %s' % city, q))
    return out
