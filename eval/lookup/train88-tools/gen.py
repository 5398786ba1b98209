"""train88 generators: one per positive kind. Each yields (shape, detail, query)."""
import re, unicodedata
import lib

SMALL = set('para con por en for'.split())


def is_small(w):
    n = lib._norm(w)
    return (not n) or n in lib.FILLER or len(n) <= 2 or bool(lib.ROMAN.match(w.upper())) or n in SMALL


def plain(w):
    return w.isalpha()


def join(body, suffix):
    return (body + (' ' + suffix if suffix else '')).strip()

# ------------------------------------------------ shape quotas (items: 1 each)
QUOTA = {
    'aka': {'own alt.csv alias': 12},
    'partial': {'first and last name words, legal form kept': 4,
                'last two name words, legal form dropped': 4,
                'all name words but the first, legal form kept': 4},
    'word_order': {'first name word moved to the end': 4,
                   'name words sorted shortest first (stable)': 4,
                   'odd-position name words first, then even-position': 4},
    'case': {'alternating letter case, lower first': 4,
             'consonants upper, vowels lower': 4,
             'last letter of each word upper, the rest lower': 4},
    'punctuation': {'@ for a': 3, 'degree sign for o': 3,
                    '# inside the longest word after its third letter': 3,
                    '= inside the longest word before its last three letters': 3},
    'typo': {'OCR vv for w': 2, 'OCR 5 for s': 2, 'n typed for m': 2, 'r typed for e in the longest word': 2,
             'middle two letters of the longest word swapped': 2, 'second letter of the longest word dropped': 2},
    'transliteration': {'Turkish-style spelling': 6, 'German-style spelling': 6},
    'script': {'Syriac rendering': 6, 'Cherokee syllabary rendering': 6},
}

# ------------------------------------------------ partial


def gen_partial(p):
    toks = p['body'].split()
    if not toks or not all(plain(t) for t in toks):
        return
    W = [t for t in toks if not is_small(t)]
    if len(W) < 4:
        return
    opts = [('first and last name words, legal form kept', [W[0], W[-1]], True),
            ('last two name words, legal form dropped', W[-2:], False),
            ('all name words but the first, legal form kept', W[1:], True)]
    for shape, kept, keep_legal in opts:
        if sum(len(w) for w in kept) < 10:
            continue
        yield shape, None, join(lib.tcw(' '.join(kept)), p['suffix'] if keep_legal else '')

# ------------------------------------------------ word order


def gen_word_order(p):
    toks = p['body'].split()
    if not toks or not all(plain(t) and not is_small(t) for t in toks):
        return
    n = len(toks)
    cands = []
    if n >= 3:
        cands.append(('first name word moved to the end', toks[1:] + toks[:1]))
        s = sorted(toks, key=len)
        if s != toks:
            cands.append(('name words sorted shortest first (stable)', s))
    if n >= 4:
        cands.append(('odd-position name words first, then even-position', toks[0::2] + toks[1::2]))
    for shape, order in cands:
        yield shape, None, join(lib.tcw(' '.join(order)), p['suffix'])

# ------------------------------------------------ case
VOW = set('aeiouAEIOU')


def gen_case(p):
    name = p['name']
    out, i = [], 0
    for c in name:
        if c.isalpha():
            out.append(c.lower() if i % 2 == 0 else c.upper()); i += 1
        else:
            out.append(c)
    yield 'alternating letter case, lower first', None, ''.join(out)
    yield 'consonants upper, vowels lower', None, ''.join(c.lower() if c in VOW else c.upper() for c in name)
    words = []
    for w in name.split(' '):
        idx = [k for k, c in enumerate(w) if c.isalpha()]
        if not idx:
            words.append(w); continue
        last = idx[-1]
        words.append(''.join(c.upper() if k == last else c.lower() for k, c in enumerate(w)))
    yield 'last letter of each word upper, the rest lower', None, ' '.join(words)

# ------------------------------------------------ legal form
LEGAL_FORMS = [  # (form, country/kind, position)
    ('KGaA', 'German', 'after'), ('e.U.', 'Austrian', 'after'), ('OG', 'Austrian', 'after'),
    ('Ky', 'Finnish', 'after'), ('HB', 'Swedish', 'after'), ('SCE', 'European cooperative', 'after'),
    ('S.a.p.a.', 'Italian', 'after'), ('S.L.L.', 'Spanish', 'after'), ('L3C', 'US', 'after'),
    ('PBC', 'US', 'after'), ('k.d.', 'Slovenian', 'after'), ('Tmi', 'Finnish', 'before'),
    ('KhKhK', 'Mongolian', 'after'), ('S.K.A.', 'Polish', 'after'), ('EWIV', 'German', 'after')]


def gen_legal_form(p):
    body = lib.tcw(p['body'])
    if not lib.core(body) or not _has3(body) or any(lib._norm(t) in lib.SPLIT_LEGAL for t in body.split()):
        return
    old = p['suffix']
    for form, country, pos in LEGAL_FORMS:
        q = (form + ' ' + body) if pos == 'before' else (body + ' ' + form)
        det = '%s, %s, %s' % (country, 'in front' if pos == 'before' else 'after the name',
                              ('replaces ' + old) if old else 'added')
        yield 'legal form ' + form, det, q

# ------------------------------------------------ punctuation


def _longest(words):
    best = None
    for i, w in enumerate(words):
        if w.isalpha() and (best is None or len(w) > len(words[best])):
            best = i
    return best


def gen_punctuation(p):
    words = lib.tcw(p['body']).split()
    i = _longest(words)
    if i is None:
        return
    w = words[i]

    def mk(nw):
        ws = list(words); ws[i] = nw
        return join(' '.join(ws), p['suffix'])
    j = w.lower().find('a')
    if j > 0:
        yield '@ for a', 'in ' + w, mk(w[:j] + '@' + w[j + 1:])
    j = w.lower().find('o')
    if j > 0:
        yield 'degree sign for o', 'in ' + w, mk(w[:j] + '\u00b0' + w[j + 1:])
    if len(w) >= 6:
        yield '# inside the longest word after its third letter', 'in ' + w, mk(w[:3] + '#' + w[3:])
        yield '= inside the longest word before its last three letters', 'in ' + w, mk(w[:-3] + '=' + w[-3:])

# ------------------------------------------------ abbreviation
ABBR = [('Natl.', ['national']), ('Constr.', ['construction', 'constructions']), ('Mgmt.', ['management']),
        ('Distr.', ['distribution', 'distributors', 'distribuidora']), ('Equip.', ['equipment', 'equipments', 'equipos']),
        ('Aviat.', ['aviation', 'aviacion']), ('Chem.', ['chemical', 'chemicals', 'chemistry']),
        ('Sci.', ['scientific', 'science', 'sciences']), ('Agric.', ['agricultural', 'agriculture']),
        ('Prop.', ['properties', 'property', 'propiedades']), ('Bur.', ['bureau']), ('Dir.', ['directorate']),
        ('Svcs.', ['services']), ('Exch.', ['exchange']), ('Auth.', ['authority']), ('Inv.', ['inversiones']),
        ('Com.', ['comercial', 'comercializadora']), ('Repr.', ['representaciones'])]
ABBR_LONG = dict(ABBR)


def gen_abbreviation(p):
    words = lib.tcw(p['body']).split()
    for ab, longs in ABBR:
        for i, w in enumerate(words):
            if w.lower().strip(',') in longs:
                ws = list(words); ws[i] = ab + (',' if w.endswith(',') else '')
                yield 'abbreviation ' + ab, 'for ' + w.strip(','), join(' '.join(ws), p['suffix'])
                break

# ------------------------------------------------ typo


def gen_typo(p):
    words = lib.tcw(p['body']).split()

    def mk(i, nw):
        ws = list(words); ws[i] = nw
        return join(' '.join(ws), p['suffix'])
    for i, w in enumerate(words):
        if w.isalpha() and 'w' in w.lower() and len(w) >= 4:
            j = w.lower().find('w')
            yield 'OCR vv for w', 'in ' + w, mk(i, w[:j] + ('VV' if w[j] == 'W' else 'vv') + w[j + 1:])
            break
    for i, w in enumerate(words):
        if w.isalpha() and 'm' in w.lower() and len(w) >= 4:
            j = w.lower().find('m')
            yield 'n typed for m', 'in ' + w, mk(i, w[:j] + ('N' if w[j] == 'M' else 'n') + w[j + 1:])
            break
    i = _longest(words)
    if i is None:
        return
    w = words[i]
    if len(w) < 5:
        return
    j = w.lower().find('s')
    if j >= 0:
        yield 'OCR 5 for s', 'in ' + w, mk(i, w[:j] + '5' + w[j + 1:])
    j = w.lower().find('e')
    if j > 0:
        yield 'r typed for e in the longest word', 'in ' + w, mk(i, w[:j] + 'r' + w[j + 1:])
    m = len(w) // 2
    if w[m - 1].lower() != w[m].lower():
        yield 'middle two letters of the longest word swapped', 'in ' + w, mk(i, w[:m - 1] + w[m] + w[m - 1] + w[m + 1:])
    yield 'second letter of the longest word dropped', 'in ' + w, mk(i, w[0] + w[2:])

# ------------------------------------------------ transliteration
V = set('aeiou')


def _turkish(w):
    s, o, i = w.lower(), [], 0
    while i < len(s):
        two = s[i:i + 2]; c = s[i]; nxt = s[i + 1:i + 2]
        if two == 'sh': o.append('ş'); i += 2; continue
        if two == 'ch': o.append('ç'); i += 2; continue
        if two == 'kh': o.append('h'); i += 2; continue
        if two == 'zh': o.append('j'); i += 2; continue
        if two == 'ph': o.append('f'); i += 2; continue
        if two == 'th': o.append('t'); i += 2; continue
        if two == 'ck': o.append('k'); i += 2; continue
        if two == 'ee': o.append('i'); i += 2; continue
        if two == 'oo': o.append('u'); i += 2; continue
        if c == 'j': o.append('c')
        elif c == 'w': o.append('v')
        elif c == 'x': o.append('ks')
        elif c == 'q': o.append('k')
        elif c == 'c': o.append('s' if nxt in ('e', 'i', 'y') else 'k')
        elif c == 'y': o.append('y' if nxt in V else 'i')
        else: o.append(c)
        i += 1
    return ''.join(o)


def _german(w):
    s, o, i = w.lower(), [], 0
    while i < len(s):
        two = s[i:i + 2]; c = s[i]; nxt = s[i + 1:i + 2]
        if two == 'sh': o.append('sch'); i += 2; continue
        if two == 'ch': o.append('tsch'); i += 2; continue
        if two == 'kh': o.append('ch'); i += 2; continue
        if two == 'zh': o.append('sch'); i += 2; continue
        if two == 'ts': o.append('z'); i += 2; continue
        if two == 'ph': o.append('f'); i += 2; continue
        if two == 'ck': o.append('k'); i += 2; continue
        if two == 'ee': o.append('i'); i += 2; continue
        if two == 'oo': o.append('u'); i += 2; continue
        if two == 'ou': o.append('u'); i += 2; continue
        if c == 'j': o.append('dsch')
        elif c == 'v': o.append('w')
        elif c == 'w': o.append('w')
        elif c == 'z': o.append('s')
        elif c == 'q': o.append('k')
        elif c == 'c': o.append('z' if nxt in ('e', 'i', 'y') else 'k')
        elif c == 'y': o.append('j' if nxt in V else 'i')
        else: o.append(c)
        i += 1
    return ''.join(o)


def _translit_word(w, fn):
    if not w.isalpha() or len(w) <= 2 or lib._norm(w) in lib.FILLER or (w.isupper() and len(w) <= 4):
        return w
    r = fn(w)
    return r[:1].upper() + r[1:]


def gen_transliteration(p):
    words = lib.tcw(p['body']).split()
    for shape, fn in (('Turkish-style spelling', _turkish), ('German-style spelling', _german)):
        out = []
        for w in words:
            parts = w.split('-')
            out.append('-'.join(_translit_word(x, fn) for x in parts))
        yield shape, None, join(' '.join(out), p['suffix'])

# ------------------------------------------------ translation
TRANS = {
    'Irish': {'shipping': 'Loingseoireacht', 'bank': 'Banc', 'trading': 'Trádáil', 'industries': 'Tionscail',
              'industry': 'Tionscal', 'oil': 'Ola', 'investment': 'Infheistíocht', 'services': 'Seirbhísí',
              'construction': 'Tógáil', 'mining': 'Mianadóireacht', 'exchange': 'Malartú', 'energy': 'Fuinneamh',
              'transport': 'Iompar', 'insurance': 'Árachas', 'development': 'Forbairt', 'steel': 'Cruach'},
    'Breton': {'shipping': 'Merdeadurezh', 'trading': 'Kenwerzh', 'industries': 'Greanterezh', 'oil': 'Eoul',
               'services': 'Servijoù', 'construction': 'Savidigezh', 'energy': 'Energiezh', 'transport': 'Treuzdougen',
               'development': 'Diorren', 'steel': 'Dir', 'insurance': 'Asurañs', 'exchange': 'Eskemm'},
    'Catalan': {'shipping': 'Navilieria', 'bank': 'Banc', 'trading': 'Comerç', 'industries': 'Indústries',
                'oil': 'Petroli', 'investment': 'Inversions', 'services': 'Serveis', 'construction': 'Construccions',
                'mining': 'Mineria', 'exchange': 'Canvi', 'energy': 'Energia', 'transport': 'Transports',
                'insurance': 'Assegurances', 'development': 'Desenvolupament', 'steel': 'Acer', 'airlines': 'Aerolínies'},
    'Corsican': {'shipping': 'Navigazione', 'bank': 'Banca', 'trading': 'Cummerciu', 'industries': 'Industrie',
                 'services': 'Servizii', 'construction': 'Custruzzione', 'transport': 'Trasportu',
                 'development': 'Sviluppu', 'steel': 'Azzaru', 'insurance': 'Assicuranza', 'investment': 'Investimentu',
                 'oil': 'Oliu', 'exchange': 'Scambiu'},
    'Romansh': {'bank': 'Banca', 'trading': 'Commerzi', 'industries': 'Industrias', 'services': 'Servetschs',
                'construction': 'Construcziun', 'shipping': 'Navigaziun', 'insurance': 'Assicuranza',
                'development': 'Svilup', 'steel': 'Atschal', 'oil': 'Ieli', 'investment': 'Investiziun',
                'exchange': 'Barat'},
    'Malagasy': {'bank': 'Banky', 'shipping': 'Fitaterana An-Dranomasina', 'trading': 'Varotra',
                 'industries': 'Indostria', 'services': 'Tolotra', 'construction': 'Fananganana', 'energy': 'Angovo',
                 'transport': 'Fitaterana', 'development': 'Fampandrosoana', 'oil': 'Solika', 'mining': 'Fitrandrahana',
                 'exchange': 'Fifanakalozana', 'insurance': 'Fiantohana', 'steel': 'Vy', 'investment': 'Fampiasam-Bola'},
    'Xhosa': {'bank': 'Ibhanki', 'shipping': 'Ukuthumela Ngenqanawa', 'trading': 'Urhwebo', 'industries': 'Amashishini',
              'services': 'Iinkonzo', 'construction': 'Ulwakhiwo', 'energy': 'Amandla', 'transport': 'Uthutho',
              'development': 'Uphuhliso', 'oil': 'Ioyile', 'mining': 'Imigodi', 'insurance': 'Inshorensi'},
    'Shona': {'bank': 'Bhangi', 'trading': 'Kutengeserana', 'industries': 'Maindasitiri', 'services': 'Masevhisi',
              'construction': 'Kuvaka', 'energy': 'Simba', 'transport': 'Zvekufambisa', 'development': 'Budiriro',
              'mining': 'Migodhi', 'oil': 'Mafuta', 'shipping': 'Kutakura Ngezvikepe', 'exchange': 'Kuchinjana'},
    'Swahili': {'bank': 'Benki', 'shipping': 'Usafirishaji Majini', 'trading': 'Biashara', 'industries': 'Viwanda',
                'services': 'Huduma', 'construction': 'Ujenzi', 'energy': 'Nishati', 'transport': 'Usafiri',
                'development': 'Maendeleo', 'oil': 'Mafuta', 'mining': 'Madini', 'insurance': 'Bima',
                'exchange': 'Ubadilishaji', 'investment': 'Uwekezaji', 'steel': 'Chuma'},
    'Javanese': {'trading': 'Dagang', 'development': 'Pangembangan', 'mining': 'Tambang', 'oil': 'Lenga',
                 'steel': 'Wesi', 'services': 'Layanan', 'shipping': 'Palayaran', 'exchange': 'Ijol-Ijolan',
                 'insurance': 'Asuransi', 'energy': 'Energi'},
    'Quechua': {'bank': 'Qullqi Wasi', 'trading': 'Rantinakuy', 'services': 'Yanapakuykuna', 'construction': 'Wasichay',
                'energy': 'Kallpa', 'transport': 'Apakuy', 'development': 'Wiñay', 'oil': 'Wira',
                'industries': 'Ruraykuna', 'exchange': 'Tikray', 'mining': 'Qhuya'},
    'Samoan': {'bank': 'Faletupe', 'shipping': 'Felauaiga Va\'a', 'trading': 'Fefa\'ataua\'iga', 'services': 'Auaunaga',
               'construction': 'Fausiaga', 'energy': 'Malosi', 'transport': 'Felauaiga', 'development': 'Atina\'e',
               'oil': 'Suau\'u', 'insurance': 'Inisiua', 'exchange': 'Fesuia\'iga'},
}
TRANS_LANGS = ['Irish', 'Breton', 'Catalan', 'Corsican', 'Romansh', 'Malagasy', 'Xhosa', 'Shona', 'Swahili',
               'Javanese', 'Quechua', 'Samoan']


def gen_translation(p):
    words = lib.tcw(p['body']).split()
    for lang in TRANS_LANGS:
        d = TRANS[lang]
        for i, w in enumerate(words):
            k = w.lower().strip(',')
            if k in d:
                ws = list(words); ws[i] = d[k]
                yield 'translation into ' + lang, '%s for %s' % (d[k], w.strip(',')), join(' '.join(ws), p['suffix'])
                break

# ------------------------------------------------ script


def _script_words(p):
    out = []
    for t in re.split(r'[\s\-/]+', p['body']):
        t = ''.join(c for c in t if c.isalpha() and c.isascii()).lower()
        if not t or t in lib.FILLER:
            continue
        t = re.sub(r'(.)\1+', r'\1', t)
        out.append(t)
    return out

SY = {k: unicodedata.lookup('SYRIAC LETTER ' + v) for k, v in {
    'alaph': 'ALAPH', 'b': 'BETH', 'g': 'GAMAL', 'd': 'DALATH', 'h': 'HE', 'w': 'WAW', 'z': 'ZAIN', 'kh': 'HETH',
    'tt': 'TETH', 'y': 'YUDH', 'k': 'KAPH', 'l': 'LAMADH', 'm': 'MIM', 'n': 'NUN', 's': 'SEMKATH', 'p': 'PE',
    'ts': 'SADHE', 'q': 'QAPH', 'r': 'RISH', 'sh': 'SHIN', 't': 'TAW'}.items()}
SY_CONS = {'b': 'b', 'v': 'b', 'p': 'p', 'f': 'p', 'g': 'g', 'j': 'g', 'd': 'd', 'h': 'h', 'w': 'w', 'z': 'z',
           'k': 'k', 'q': 'q', 'l': 'l', 'm': 'm', 'n': 'n', 's': 's', 'r': 'r', 't': 't'}


def syriac_word(w):
    o, i = [], 0
    while i < len(w):
        two = w[i:i + 2]; c = w[i]; nxt = w[i + 1:i + 2]
        if two in ('sh', 'ch'):
            o.append(SY['sh']); i += 2; continue
        if two == 'kh':
            o.append(SY['kh']); i += 2; continue
        if two in ('ts', 'tz'):
            o.append(SY['ts']); i += 2; continue
        if two in ('th', 'ph', 'gh', 'dh'):
            o.append(SY[{'th': 't', 'ph': 'p', 'gh': 'g', 'dh': 'd'}[two]]); i += 2; continue
        if c in 'aeiou' or (c == 'y' and nxt not in tuple('aeiou')):
            if i == 0:
                o.append(SY['alaph'])
            if c in 'eiy':
                o.append(SY['y'])
            elif c in 'ou':
                o.append(SY['w'])
            elif c == 'a' and i > 0:
                o.append(SY['alaph'])
            i += 1; continue
        if c == 'y':
            o.append(SY['y'])
        elif c == 'c':
            o.append(SY['s'] if nxt in ('e', 'i', 'y') else SY['k'])
        elif c == 'x':
            o.append(SY['k'] + SY['s'])
        elif c in SY_CONS:
            o.append(SY[SY_CONS[c]])
        i += 1
    s = ''.join(o)
    s = re.sub('(%s)\\1+' % '|'.join(map(re.escape, [SY['y'], SY['w'], SY['alaph']])), r'\1', s)
    return s


def _ch(n):
    return unicodedata.lookup('CHEROKEE LETTER ' + n.upper())
CH_SERIES = {'g': 'g', 'k': 'g', 'c': 'g', 'q': 'g', 'x': 'g', 'h': 'h', 'l': 'l', 'r': 'l', 'm': 'm', 'n': 'n',
             's': 's', 'z': 's', 'd': 'd', 't': 't', 'j': 'ts', 'w': 'w', 'v': 'w', 'f': 'w', 'b': 'w', 'p': 'w',
             'y': 'y'}


def _ch_syl(series, vowel):
    if vowel is None:
        lone = {'g': 'gv', 'h': 'hv', 'l': 'lv', 'm': 'mu', 'n': 'nah', 's': 's', 'd': 'dv', 't': 'dv', 'ts': 'tsv',
                'w': 'wv', 'y': 'yv'}
        return _ch(lone[series])
    if series == 't':
        return _ch('t' + vowel) if vowel in 'aei' else _ch('d' + vowel)
    if series == 'm' and vowel == 'v':
        return _ch('mu')
    return _ch(series + vowel)


def cherokee_word(w):
    o, i = [], 0
    while i < len(w):
        two = w[i:i + 2]; c = w[i]
        series, step = None, 1
        if two in ('sh', 'zh'):
            series, step = 's', 2
        elif two in ('ch', 'ts', 'tz'):
            series, step = 'ts', 2
        elif two == 'kh':
            series, step = 'h', 2
        elif two in ('th', 'ph', 'gh', 'dh', 'ck'):
            series, step = {'th': 't', 'ph': 'w', 'gh': 'g', 'dh': 'd', 'ck': 'g'}[two], 2
        elif c in CH_SERIES and not (c == 'y' and w[i + 1:i + 2] not in tuple('aeiou')):
            series = CH_SERIES[c]
        if series is None:
            v = {'a': 'a', 'e': 'e', 'i': 'i', 'y': 'i', 'o': 'o', 'u': 'u'}.get(c)
            if v:
                o.append(_ch(v))
            i += 1; continue
        i += step
        nv = w[i:i + 1]
        v = {'a': 'a', 'e': 'e', 'i': 'i', 'y': 'i', 'o': 'o', 'u': 'u'}.get(nv) if nv else None
        if v:
            i += 1
        if c == 'x':
            o.append(_ch_syl('g', None)); series = 's'
        if c == 'c' and v in ('e', 'i'):
            series = 's'
        o.append(_ch_syl(series, v))
    return ''.join(o)


def gen_script(p):
    ws = _script_words(p)
    if not ws or len(ws) > 4 or (len(ws) == 1 and len(ws[0]) < 7):
        return
    yield 'Syriac rendering', None, ' '.join(syriac_word(w) for w in ws)
    yield 'Cherokee syllabary rendering', None, ' '.join(cherokee_word(w) for w in ws)

# ------------------------------------------------ parent_vs_subsidiary
UNITS = [  # (unit, language, position)
    ('brainse i', 'Irish', 'before'), ('skourr e', 'Breton', 'before'), ('delegació a', 'Catalan', 'before'),
    ('filiala a', 'Romansh', 'before'), ('sampana any', 'Malagasy', 'before'), ('isebe e', 'Xhosa', 'before'),
    ('bazi re', 'Shona', 'before'), ('tawi la', 'Swahili', 'before'), ('cabang ing', 'Javanese', 'before'),
    ('lālā i', 'Samoan', 'before'), ('sales desk', 'English', 'after'), ('satellite office', 'English', 'after'),
    ("k'allma", 'Quechua', 'after'), ('succursale in', 'Corsican', 'before')]


def _has3(body):
    return any(len(re.sub(r'[^A-Za-z]', '', t)) >= 3 for t in body.split())


def gen_parent(p):
    city = p['city']
    if not city or not _has3(p['body']):
        return
    nm = lib.display(p['name'])
    for unit, lang, pos in UNITS:
        q = (nm + ' ' + unit + ' ' + city) if pos == 'before' else (nm + ' ' + city + ' ' + unit)
        yield 'unit word ' + unit, '%s, %s the city %s' % (lang, 'before' if pos == 'before' else 'after', city), q

# ------------------------------------------------ messy
MESSY = [
    ('Markdown table row', lambda n, N, c: '| %s | %s | pending review |' % (N, c)),
    ('LaTeX tabular row', lambda n, N, c: '%s & %s & \\textit{to screen} \\\\' % (n, c)),
    ('XML element', lambda n, N, c: '<party city="%s">%s</party>' % (c, n)),
    ('iCalendar lines', lambda n, N, c: 'SUMMARY:Call with %s LOCATION:%s' % (n, c)),
    ('HTTP header', lambda n, N, c: 'X-Counterparty: %s, city=%s' % (N, c)),
    ('BibTeX entry', lambda n, N, c: '@misc{cp1, author = {%s}, address = {%s}}' % (n, c)),
    ('chat in Irish', lambda n, N, c: 'an bhfuil %s as %s ar an liosta smachtbhannaí?' % (n, c)),
    ('chat in Breton', lambda n, N, c: 'daoust ha %s eus %s a zo war roll ar gwaskerezhioù?' % (n, c)),
    ('chat in Catalan', lambda n, N, c: '%s de %s és a la llista de sancions?' % (n, c)),
    ('chat in Malagasy', lambda n, N, c: "moa ve ao amin'ny lisitry ny sazy ny %s any %s?" % (n, c)),
    ('chat in Swahili', lambda n, N, c: 'je, %s ya %s iko kwenye orodha ya vikwazo?' % (n, c)),
    ('chat in Samoan', lambda n, N, c: 'o i ai %s mai %s i le lisi o faasalaga?' % (n, c)),
]


def gen_messy(p):
    city = p['city']
    if not city or not _has3(p['body']):
        return
    n, N = lib.display(p['name']), p['name']
    for shape, f in MESSY:
        yield 'messy ' + shape, None, f(n, N, city)


def gen_aka(p):
    for a in p['aliases']:
        yield 'own alt.csv alias', None, a

GEN = {'aka': gen_aka, 'partial': gen_partial, 'word_order': gen_word_order, 'case': gen_case,
       'legal_form': gen_legal_form, 'punctuation': gen_punctuation, 'abbreviation': gen_abbreviation,
       'typo': gen_typo, 'transliteration': gen_transliteration, 'translation': gen_translation,
       'script': gen_script, 'parent_vs_subsidiary': gen_parent, 'messy': gen_messy}
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}


def quota(kind, shape):
    if kind in ITEM_KINDS:
        return 1
    return QUOTA[kind].get(shape, 0)
