"""One generator per positive kind for lookup-train86. Each yields (shape, detail, item, query)."""
import re
from lib import split_legal, tcw, join, full, FILLER, ROMAN

SMALL_EXTRA = {'para', 'con', 'por', 'en', 'for'}

def is_small(w):
    f = full(w)
    return (not f) or f in FILLER or len(f) <= 2 or bool(ROMAN.match(f)) or f in SMALL_EXTRA

def plain(w):
    return bool(re.fullmatch(r'[A-Za-z]+', w))

# ------------------------------------------------------------------ quotas
QUOTA = {
    'partial': {'first three name words, legal form kept': 4,
                'all but the last name word, legal form dropped': 4,
                'first and last name words dropped, legal form dropped': 4},
    'word_order': {'name words in alphabetical order': 4,
                   'second name word moved to the front': 4,
                   'first and last name words swapped': 4},
    'case': {'first two letters of each word upper, the rest lower': 4,
             'last name word upper, the rest lower': 4,
             'longest name word upper, the rest lower': 4},
    'punctuation': {'! for i': 3, '§ for s': 3, 'pipe | inside a word': 3, 'semicolon inside a word': 3},
    'typo': {'OCR 1 for l': 2, 'OCR cl for d': 2, 'i typed for o': 2, 'w typed for e': 2,
             'first consonant after the first letter doubled in the longest word': 2,
             'first two letters of the longest word swapped': 2},
    'transliteration': {'Hungarian-style spelling': 6, 'Spanish-style spelling': 6},
    'script': {'Hangul (Korean-style syllables)': 6, 'Tifinagh (Neo-Tifinagh letters)': 6},
    'aka': {'own alt.csv alias': 12},
}

# ------------------------------------------------------------------ aka
def g_aka(name, data, ent):
    for a in data.alts.get(ent, []):
        yield ('own alt.csv alias', None, None, a)

# ------------------------------------------------------------------ partial
def g_partial(name, data, ent):
    body, suf = split_legal(name)
    words = body.split()
    if len(words) < 4 or not all(plain(w) for w in words):
        return
    ns = [w for w in words if not is_small(w)]
    if len(ns) < 4:
        return
    cands = [('first three name words, legal form kept', ns[:3], True),
             ('all but the last name word, legal form dropped', ns[:-1], False),
             ('first and last name words dropped, legal form dropped', ns[1:-1], False)]
    for shape, kept, legal in cands:
        if sum(len(w) for w in kept) < 10:
            continue
        q = join(tcw(' '.join(kept)), suf if legal else '')
        yield (shape, None, None, q)

# ------------------------------------------------------------------ word order
def g_word_order(name, data, ent):
    body, suf = split_legal(name)
    words = body.split()
    if len(words) < 3 or not all(plain(w) and not is_small(w) for w in words):
        return
    t = tcw(body).split()
    out = [('name words in alphabetical order', sorted(t, key=str.lower)),
           ('second name word moved to the front', [t[1], t[0]] + t[2:])]
    if len(t) >= 4:
        out.append(('first and last name words swapped', [t[-1]] + t[1:-1] + [t[0]]))
    for shape, ws in out:
        if ws != t:
            yield (shape, None, None, join(' '.join(ws), suf))

# ------------------------------------------------------------------ case
def _first_two_upper(tok):
    out, n = [], 0
    for ch in tok:
        if ch.isalpha():
            out.append(ch.upper() if n < 2 else ch.lower()); n += 1
        else:
            out.append(ch)
    return ''.join(out)

def g_case(name, data, ent):
    body, suf = split_legal(name)
    toks = body.split()
    low_suf = suf.lower()
    yield ('first two letters of each word upper, the rest lower', None, None, ' '.join(_first_two_upper(t) for t in name.split()))
    if len(toks) >= 2:
        yield ('last name word upper, the rest lower', None, None,
               join(' '.join([t.lower() for t in toks[:-1]] + [toks[-1].upper()]), low_suf))
        li = max(range(len(toks)), key=lambda i: (len(re.sub(r'[^A-Za-z]', '', toks[i])), -i))
        yield ('longest name word upper, the rest lower', None, None,
               join(' '.join(t.upper() if i == li else t.lower() for i, t in enumerate(toks)), low_suf))

# ------------------------------------------------------------------ legal form
LEGAL_FORMS = [  # (item label, form, position)
    ('Macedonian DOOEL', 'DOOEL', 'after'),
    ('Brazilian EIRELI', 'EIRELI', 'after'),
    ('Spanish S.A.U.', 'S.A.U.', 'after'),
    ('Mexican S.A.P.I. de C.V.', 'S.A.P.I. de C.V.', 'after'),
    ('Japanese G.K.', 'G.K.', 'after'),
    ('Ukrainian TOV (in front)', 'TOV', 'front'),
    ('Kazakh TOO (in front)', 'TOO', 'front'),
    ('Irish DAC', 'DAC', 'after'),
    ('UK CIC', 'CIC', 'after'),
    ('Danish IVS', 'IVS', 'after'),
    ('Czech v.o.s.', 'v.o.s.', 'after'),
    ('German eG', 'eG', 'after'),
]

def g_legal_form(name, data, ent):
    body, suf = split_legal(name)
    if re.search(r'(^|\s)([A-Za-z]\.)+[A-Za-z]?\.?$', body):
        return
    b = tcw(body)
    for label, form, pos in LEGAL_FORMS:
        q = (form + ' ' + b) if pos == 'front' else (b + ' ' + form)
        det = ('replaces ' + suf) if suf else 'added'
        yield (label, det, label, q)

# ------------------------------------------------------------------ punctuation
def _longest_idx(words, pred=lambda w: True):
    best = None
    for i, w in enumerate(words):
        if re.fullmatch(r"[A-Za-z]+", w) and pred(w) and (best is None or len(w) > len(words[best])):
            best = i
    return best

def g_punctuation(name, data, ent):
    body, suf = split_legal(name)
    words = tcw(body).split()
    def sub_char(letter, mark):
        i = _longest_idx(words, lambda w: letter in w[1:-1].lower())
        if i is None:
            return None
        w = words[i]
        j = next(k for k in range(1, len(w) - 1) if w[k].lower() == letter)
        ws = list(words); ws[i] = w[:j] + mark + w[j + 1:]
        return join(' '.join(ws), suf)
    def insert(mark, pos):
        i = _longest_idx(words, lambda w: len(w) >= 6)
        if i is None:
            return None
        w = words[i]
        ws = list(words); ws[i] = w[:pos] + mark + w[pos:]
        return join(' '.join(ws), suf)
    for shape, q in [('! for i', sub_char('i', '!')), ('§ for s', sub_char('s', '§')),
                     ('pipe | inside a word', insert('|', 3)), ('semicolon inside a word', insert(';', 2))]:
        if q:
            yield (shape, None, None, q)

# ------------------------------------------------------------------ abbreviation
ABBREV = [  # (short form, long words it replaces)
    ('Transp.', ['TRANSPORT', 'TRANSPORTATION', 'TRANSPORTES', 'TRANSPORTE']),
    ('Eng.', ['ENGINEERING']),
    ('Univ.', ['UNIVERSITY']),
    ('Govt.', ['GOVERNMENT']),
    ('Metall.', ['METALLURGY', 'METALLURGICAL']),
    ('Admin.', ['ADMINISTRATION']),
    ('Econ.', ['ECONOMIC', 'ECONOMY']),
    ('Fin.', ['FINANCIAL', 'FINANCE']),
    ('Ins.', ['INSURANCE']),
    ('Res.', ['RESEARCH']),
    ('Nucl.', ['NUCLEAR']),
    ('Def.', ['DEFENCE', 'DEFENSE']),
    ('Mil.', ['MILITARY']),
    ('Sec.', ['SECURITY']),
    ('Expl.', ['EXPLORATION']),
    ('Ctr.', ['CENTER', 'CENTRE']),
    ('Bldg.', ['BUILDING']),
    ('Coop.', ['COOPERATIVE']),
]
ABBREV_MAP = dict(ABBREV)

def g_abbreviation(name, data, ent):
    body, suf = split_legal(name)
    words = tcw(body).split()
    for short, longs in ABBREV:
        for i, w in enumerate(words):
            if w.upper() in longs:
                ws = list(words); ws[i] = short
                yield (short, 'for ' + w.upper(), short, join(' '.join(ws), suf))
                break

# ------------------------------------------------------------------ typo
VOW = 'aeiou'

def g_typo(name, data, ent):
    body, suf = split_legal(name)
    words = tcw(body).split()
    def on_letter(letter, rep):
        i = _longest_idx(words, lambda w: letter in w[1:].lower())
        if i is None:
            return None
        w = words[i]
        j = next(k for k in range(1, len(w)) if w[k].lower() == letter)
        ws = list(words); ws[i] = w[:j] + rep + w[j + 1:]
        return join(' '.join(ws), suf)
    def doubled():
        i = _longest_idx(words, lambda w: len(w) >= 5)
        if i is None:
            return None
        w = words[i]
        for k in range(1, len(w)):
            c = w[k].lower()
            if c.isalpha() and c not in VOW + 'y' and w[k - 1].lower() != c and (k + 1 >= len(w) or w[k + 1].lower() != c):
                ws = list(words); ws[i] = w[:k + 1] + w[k] + w[k + 1:]
                return join(' '.join(ws), suf)
        return None
    def swap_first():
        i = _longest_idx(words, lambda w: len(w) >= 5 and w[0].lower() != w[1].lower())
        if i is None:
            return None
        w = words[i]
        nw = w[1].upper() + w[0].lower() + w[2:]
        ws = list(words); ws[i] = nw
        return join(' '.join(ws), suf)
    for shape, q in [('OCR 1 for l', on_letter('l', '1')), ('OCR cl for d', on_letter('d', 'cl')),
                     ('i typed for o', on_letter('o', 'i')), ('w typed for e', on_letter('e', 'w')),
                     ('first consonant after the first letter doubled in the longest word', doubled()),
                     ('first two letters of the longest word swapped', swap_first())]:
        if q:
            yield (shape, None, None, q)

# ------------------------------------------------------------------ transliteration
def _scan(w, table, ctx):
    out, i = [], 0
    while i < len(w):
        for L in (3, 2, 1):
            seg = w[i:i + L]
            if len(seg) == L and seg in table:
                nxt = w[i + L] if i + L < len(w) else ''
                rep = table[seg]
                if callable(rep):
                    rep = rep(nxt)
                out.append(rep); i += L
                break
        else:
            out.append(w[i]); i += 1
    return ''.join(out)

HU = {'sh': 's', 'ch': 'cs', 'zh': 'zs', 'kh': 'h', 'ts': 'c', 'ph': 'f', 'th': 't', 'ck': 'k', 'qu': 'kv',
      'ee': 'í', 'oo': 'ú', 'q': 'k', 'x': 'ksz', 'j': 'dzs', 'w': 'v', 's': 'sz',
      'c': lambda n: 'sz' if n in 'eiy' and n else 'k',
      'y': lambda n: 'j' if n and n in 'aeiou' else 'i'}
ES = {'sh': 'ch', 'ch': 'ch', 'zh': 'y', 'kh': 'j', 'ph': 'f', 'th': 't', 'ck': 'c', 'qu': 'cu', 'ee': 'i', 'oo': 'u',
      'k': lambda n: 'qu' if n and n in 'ei' else 'c', 'q': 'c', 'j': 'y', 'z': 's', 'v': 'b', 'w': 'u',
      'y': lambda n: 'y' if n and n in 'aeiou' else 'i'}

def _translit(name, table):
    body, suf = split_legal(name)
    out = []
    for w in body.split():
        f = full(w)
        if f in FILLER or len(re.sub(r'[^A-Za-z]', '', w)) <= 2:
            out.append(w); continue
        parts = re.split(r'([^A-Za-z]+)', w.lower())
        out.append(''.join(_scan(p, table, None) if re.fullmatch(r'[a-z]+', p) else p for p in parts))
    return join(tcw(' '.join(out)), suf)

def g_transliteration(name, data, ent):
    yield ('Hungarian-style spelling', None, None, _translit(name, HU))
    yield ('Spanish-style spelling', None, None, _translit(name, ES))

# ------------------------------------------------------------------ translation
TR = {
 'Lithuanian': {'BANK': 'Bankas', 'SHIPPING': 'Laivyba', 'INDUSTRIES': 'Pramonė', 'INDUSTRIAL': 'Pramoninė', 'OIL': 'Nafta',
                'INVESTMENT': 'Investicijos', 'ENGINEERING': 'Inžinerija', 'CONSTRUCTION': 'Statyba', 'INSURANCE': 'Draudimas',
                'TRANSPORT': 'Transportas', 'STEEL': 'Plienas', 'EXCHANGE': 'Keitykla', 'MINING': 'Kasyba', 'CEMENT': 'Cementas',
                'TRADING': 'Prekyba'},
 'Latvian': {'BANK': 'Banka', 'SHIPPING': 'Kuģniecība', 'INDUSTRIES': 'Rūpniecība', 'OIL': 'Nafta', 'INVESTMENT': 'Investīcijas',
             'CONSTRUCTION': 'Būvniecība', 'INSURANCE': 'Apdrošināšana', 'STEEL': 'Tērauds', 'EXCHANGE': 'Apmaiņa',
             'MINING': 'Ieguve', 'CHEMICAL': 'Ķīmija', 'TRADING': 'Tirdzniecība', 'TECHNOLOGY': 'Tehnoloģijas', 'CEMENT': 'Cements'},
 'Slovenian': {'SHIPPING': 'Ladjarstvo', 'TRADING': 'Trgovina', 'INVESTMENT': 'Naložbe', 'CONSTRUCTION': 'Gradbeništvo',
               'INSURANCE': 'Zavarovalnica', 'TRANSPORT': 'Prevoz', 'STEEL': 'Jeklo', 'EXCHANGE': 'Menjalnica',
               'MINING': 'Rudarstvo', 'CHEMICAL': 'Kemija', 'INDUSTRIES': 'Industrija', 'TECHNOLOGY': 'Tehnologija'},
 'Basque': {'BANK': 'Bankua', 'SHIPPING': 'Itsasontzigintza', 'TRADING': 'Merkataritza', 'INDUSTRIES': 'Industriak',
            'OIL': 'Petrolioa', 'INVESTMENT': 'Inbertsioa', 'ENGINEERING': 'Ingeniaritza', 'CONSTRUCTION': 'Eraikuntza',
            'INSURANCE': 'Aseguruak', 'TRANSPORT': 'Garraioa', 'STEEL': 'Altzairua', 'MINING': 'Meatzaritza', 'CEMENT': 'Zementua'},
 'Afrikaans': {'SHIPPING': 'Skeepvaart', 'TRADING': 'Handel', 'INDUSTRIES': 'Nywerhede', 'OIL': 'Olie', 'INVESTMENT': 'Belegging',
               'ENGINEERING': 'Ingenieurswese', 'CONSTRUCTION': 'Konstruksie', 'INSURANCE': 'Versekering', 'TRANSPORT': 'Vervoer',
               'STEEL': 'Staal', 'MINING': 'Mynbou', 'CEMENT': 'Sement', 'EXCHANGE': 'Wisselkantoor'},
 'Faroese': {'BANK': 'Banki', 'SHIPPING': 'Skipaferð', 'TRADING': 'Handil', 'INDUSTRIES': 'Ídnaður', 'OIL': 'Olja',
             'CONSTRUCTION': 'Bygging', 'INSURANCE': 'Trygging', 'TRANSPORT': 'Flutningur', 'STEEL': 'Stál', 'CEMENT': 'Sement'},
 'Azerbaijani': {'SHIPPING': 'Gəmiçilik', 'TRADING': 'Ticarət', 'INDUSTRIES': 'Sənaye', 'INDUSTRIAL': 'Sənaye', 'OIL': 'Neft',
                 'ENGINEERING': 'Mühəndislik', 'CONSTRUCTION': 'Tikinti', 'INSURANCE': 'Sığorta', 'TRANSPORT': 'Nəqliyyat',
                 'STEEL': 'Polad', 'EXCHANGE': 'Mübadilə', 'MINING': 'Mədənçilik', 'CHEMICAL': 'Kimya'},
 'Igbo': {'BANK': 'Ụlọakụ', 'SHIPPING': 'Mbupu', 'TRADING': 'Azụmahịa', 'OIL': 'Mmanụ', 'CONSTRUCTION': 'Owuwu',
          'INSURANCE': 'Mkpuchi', 'TRANSPORT': 'Njem', 'STEEL': 'Nchara', 'EXCHANGE': 'Mgbanwe', 'MINING': 'Ngwuputa',
          'INDUSTRIES': 'Ụlọọrụ'},
 'Maori': {'BANK': 'Pēke', 'SHIPPING': 'Kaipuke', 'TRADING': 'Hokohoko', 'OIL': 'Hinu', 'CONSTRUCTION': 'Hanganga',
           'INSURANCE': 'Inihua', 'TRANSPORT': 'Kawenga', 'STEEL': 'Maitai', 'EXCHANGE': 'Whakawhiti', 'ELECTRONICS': 'Hikohiko',
           'TECHNOLOGY': 'Hangarau', 'INDUSTRIES': 'Ahumahi'},
 'Kazakh (Latin)': {'SHIPPING': 'Kemeshilik', 'TRADING': 'Saýda', 'INDUSTRIES': 'Önerkásip', 'OIL': 'Munaı',
                    'CONSTRUCTION': 'Qurylys', 'INSURANCE': 'Saqtandyrý', 'TRANSPORT': 'Kólik', 'STEEL': 'Bolat',
                    'EXCHANGE': 'Aıyrbas', 'MINING': 'Taýkendik', 'BANK': 'Banki'},
 'West Frisian': {'SHIPPING': 'Skipfeart', 'TRADING': 'Hannel', 'INDUSTRIES': 'Yndustry', 'OIL': 'Oalje',
                  'INVESTMENT': 'Ynvestearring', 'CONSTRUCTION': 'Bou', 'INSURANCE': 'Fersekering', 'TRANSPORT': 'Ferfier',
                  'STEEL': 'Stiel', 'EXCHANGE': 'Wiksel', 'CEMENT': 'Semint'},
 'Cebuano': {'BANK': 'Bangko', 'SHIPPING': 'Pagpadala', 'TRADING': 'Patigayon', 'OIL': 'Lana', 'INVESTMENT': 'Pamuhunan',
             'CONSTRUCTION': 'Konstruksyon', 'INSURANCE': 'Seguro', 'TRANSPORT': 'Transportasyon', 'STEEL': 'Asero',
             'EXCHANGE': 'Baylo', 'MINING': 'Pagmina', 'INDUSTRIES': 'Industriya', 'TECHNOLOGY': 'Teknolohiya'},
}

def g_translation(name, data, ent):
    body, suf = split_legal(name)
    words = tcw(body).split()
    for lang, dic in TR.items():
        for i, w in enumerate(words):
            if w.upper() in dic:
                ws = list(words); ws[i] = dic[w.upper()]
                yield (lang, '%s -> %s' % (w.upper(), dic[w.upper()]), lang, join(' '.join(ws), suf))
                break

# ------------------------------------------------------------------ script
def _phonemes(w):
    w = re.sub(r'(.)\1', r'\1', w.lower())
    P, i = [], 0
    while i < len(w):
        three, two, c = w[i:i + 3], w[i:i + 2], w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ''
        if three in ('tch', 'sch'):
            P.append('ch' if three == 'tch' else 'sh'); i += 3; continue
        if two in ('sh', 'ch', 'kh', 'gh', 'ph', 'th', 'zh', 'ts'):
            P.append(two); i += 2; continue
        if two == 'ck':
            P.append('k'); i += 2; continue
        if two == 'qu':
            P += ['k', 'w']; i += 2; continue
        if two == 'ee':
            P.append('i'); i += 2; continue
        if two in ('oo', 'ou'):
            P.append('u'); i += 2; continue
        if c == 'x':
            P += ['k', 's']
        elif c == 'c':
            P.append('s' if nxt and nxt in 'eiy' else 'k')
        elif c == 'q':
            P.append('k')
        elif c in 'abdefghijklmnoprstuvwyz':
            P.append(c)
        i += 1
    return P

HINIT = {'g': 0, 'gh': 0, 'n': 2, 'd': 3, 'l': 5, 'r': 5, 'm': 6, 'b': 7, 'v': 7, 's': 9, 'th': 9, 'sh': 9, '': 11,
         'j': 12, 'z': 12, 'zh': 12, 'ch': 14, 'ts': 14, 'k': 15, 'kh': 15, 't': 16, 'p': 17, 'f': 17, 'ph': 17, 'h': 18}
HMED = {'a': 0, 'e': 5, 'i': 20, 'o': 8, 'u': 13}
HGL = {('y', 'a'): 2, ('y', 'e'): 7, ('y', 'o'): 12, ('y', 'u'): 17, ('y', 'i'): 20,
       ('w', 'a'): 9, ('w', 'e'): 15, ('w', 'i'): 16, ('w', 'o'): 14, ('w', 'u'): 13}

def _syl(ini, med, fin=0):
    return chr(0xAC00 + (ini * 21 + med) * 28 + fin)

def hangul_word(w):
    P = _phonemes(w)
    out, i = [], 0
    isv = lambda k: k < len(P) and P[k] in HMED
    isg = lambda k: k + 1 < len(P) and P[k] in ('y', 'w') and P[k + 1] in HMED
    while i < len(P):
        p = P[i]
        if p in HMED:
            ini, med, i = 11, HMED[p], i + 1
        elif isg(i):
            ini, med, i = 11, HGL[(p, P[i + 1])], i + 2
        elif p in ('y', 'w'):
            out.append(_syl(11, 20 if p == 'y' else 13)); i += 1; continue
        elif isv(i + 1):
            ini, med, i = HINIT[p], HMED[P[i + 1]], i + 2
        elif isg(i + 1):
            ini, med, i = HINIT[p], HGL[(P[i + 1], P[i + 2])], i + 3
        else:
            out.append(_syl(HINIT[p], 20 if p in ('sh', 'ch', 'j', 'zh') else 18)); i += 1; continue
        fin = 0
        if i < len(P) and not isv(i + 1) and not isg(i + 1):
            if P[i] == 'n' and i + 1 < len(P) and P[i + 1] == 'g' and not isv(i + 2) and not isg(i + 2):
                fin, i = 21, i + 2
            elif P[i] in ('n', 'm', 'l'):
                fin, i = {'n': 4, 'm': 16, 'l': 8}[P[i]], i + 1
            elif P[i] == 'r':
                i += 1
        out.append(_syl(ini, med, fin))
    return ''.join(out)

TIF = {'sh': 'ⵛ', 'ch': 'ⵛ', 'kh': 'ⵅ', 'gh': 'ⵖ', 'ph': 'ⴼ', 'th': 'ⵜ', 'zh': 'ⵊ', 'ts': 'ⵜⵙ', 'a': 'ⴰ', 'b': 'ⴱ',
       'd': 'ⴷ', 'e': 'ⴻ', 'f': 'ⴼ', 'g': 'ⴳ', 'h': 'ⵀ', 'i': 'ⵉ', 'j': 'ⵊ', 'k': 'ⴽ', 'l': 'ⵍ', 'm': 'ⵎ', 'n': 'ⵏ',
       'o': 'ⵓ', 'p': 'ⴱ', 'r': 'ⵔ', 's': 'ⵙ', 't': 'ⵜ', 'u': 'ⵓ', 'v': 'ⴼ', 'w': 'ⵡ', 'y': 'ⵢ', 'z': 'ⵣ'}

def tifinagh_word(w):
    return ''.join(TIF[p] for p in _phonemes(w))

def _script_words(name):
    body, suf = split_legal(name)
    ws = []
    for w in re.split(r'[\s\-]+', body):
        w = re.sub(r'[^A-Za-z]', '', w)
        if w and full(w) not in FILLER:
            ws.append(w)
    if len(ws) >= 2 or (len(ws) == 1 and len(ws[0]) >= 7):
        return ws
    return None

def g_script(name, data, ent):
    ws = _script_words(name)
    if not ws:
        return
    yield ('Hangul (Korean-style syllables)', None, None, ' '.join(hangul_word(w) for w in ws))
    yield ('Tifinagh (Neo-Tifinagh letters)', None, None, ' '.join(tifinagh_word(w) for w in ws))

# ------------------------------------------------------------------ parent vs subsidiary
UNITS = [  # (label, unit, position relative to the city)
    ('Lithuanian filialas', 'filialas', 'before'),
    ('Latvian filiāle', 'filiāle', 'before'),
    ('Slovenian podružnica v', 'podružnica v', 'before'),
    ('Basque sukurtsala (after the city)', 'sukurtsala', 'after'),
    ('Afrikaans tak in', 'tak in', 'before'),
    ('Faroese deild í', 'deild í', 'before'),
    ('Azerbaijani filialı (after the city)', 'filialı', 'after'),
    ('Igbo alaka na', 'alaka na', 'before'),
    ('Maori peka ki', 'peka ki', 'before'),
    ('Kazakh filialy (after the city)', 'filialy', 'after'),
    ('liaison office (after the city)', 'liaison office', 'after'),
    ('procurement office (after the city)', 'procurement office', 'after'),
]

def g_parent(name, data, ent):
    city = data.city.get(ent, '')
    if not city or not re.search(r'[A-Za-z]{3}', city):
        return
    body, suf = split_legal(name)
    if not re.search(r'[A-Za-z]{3}', body):
        return
    n = join(tcw(body), suf)
    for label, unit, pos in UNITS:
        q = ('%s %s %s' % (n, unit, city)) if pos == 'before' else ('%s %s %s' % (n, city, unit))
        yield (label, 'city ' + city, label, q)

# ------------------------------------------------------------------ messy
def g_messy(name, data, ent):
    city = data.city.get(ent, '')
    if not city or not re.search(r'[A-Za-z]{3}', city):
        return
    body, suf = split_legal(name)
    if not re.search(r'[A-Za-z]{3}', body):
        return
    n = join(tcw(body), suf)
    T = [
        ('spreadsheet COUNTIFS formula', '=COUNTIFS(Parties!A:A,"%s",Parties!B:B,"%s")' % (name, city)),
        ('EDI X12 N1/N4 segments', 'N1*SE*%s~N4*%s~' % (name, city.upper())),
        ('protobuf text format', 'party { name: "%s" city: "%s" status: PENDING }' % (name, city)),
        ('email subject line', 'Subject: RE: onboarding docs - %s (%s) - pls screen before Friday' % (n, city)),
        ('shell grep command', 'grep -i "%s" vendors_2019.csv | grep "%s"' % (name, city)),
        ('S-expression', '(counterparty (name "%s") (city "%s") (check pending))' % (name, city)),
        ('chat in Lithuanian', 'Sveiki, ar galite patikrinti įmonę %s iš %s?' % (n, city)),
        ('chat in Latvian', 'Labdien, vai varat pārbaudīt uzņēmumu %s no %s?' % (n, city)),
        ('chat in Slovenian', 'Živjo, lahko preverite podjetje %s iz %s?' % (n, city)),
        ('chat in Basque', 'Kaixo, egiaztatu dezakezu %s enpresa (%s)?' % (n, city)),
        ('chat in Afrikaans', 'Hallo, kan jy asseblief die maatskappy %s van %s nagaan?' % (n, city)),
        ('chat in Azerbaijani', 'Salam, %s şəhərindəki %s şirkətini yoxlaya bilərsinizmi?' % (city, n)),
    ]
    for label, q in T:
        yield (label, 'city ' + city, label, q)

GEN = {'aka': g_aka, 'partial': g_partial, 'word_order': g_word_order, 'case': g_case, 'legal_form': g_legal_form,
       'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'typo': g_typo,
       'transliteration': g_transliteration, 'translation': g_translation, 'script': g_script,
       'parent_vs_subsidiary': g_parent, 'messy': g_messy}
ITEM_KINDS = {'legal_form': [x[0] for x in LEGAL_FORMS], 'abbreviation': [x[0] for x in ABBREV],
              'translation': list(TR), 'parent_vs_subsidiary': [x[0] for x in UNITS],
              'messy': ['spreadsheet COUNTIFS formula', 'EDI X12 N1/N4 segments', 'protobuf text format',
                        'email subject line', 'shell grep command', 'S-expression', 'chat in Lithuanian',
                        'chat in Latvian', 'chat in Slovenian', 'chat in Basque', 'chat in Afrikaans',
                        'chat in Azerbaijani']}
