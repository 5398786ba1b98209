"""train92 generators: one per positive kind, shape quotas and item lists. Written from scratch."""
import re, unicodedata
import lib

SMALL = lib.CORE_DROP | set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
MIN_PARTIAL_WORDS = 3  # relaxed from train85-91's 4 so partials stay at the lowest level
ROMAN = set('i ii iii iv v vi vii viii ix x xi xii'.split())
PLAIN = re.compile(r'^[A-Za-z]+$')


def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        b = re.sub(r'[.,()]', '', t).lower()
        if b in lib.LEGAL or re.fullmatch(r'(?:[A-Za-z]\.)+,?', t):
            i -= 1; continue
        if i < len(toks) and b in ('de', 'en'):
            i -= 1; continue
        if i < len(toks) and b == 'y' and re.sub(r'[.,]', '', toks[i]).lower() == 'cia':
            i -= 1; continue
        break
    return ' '.join(toks[:i]).rstrip(' ,'), ' '.join(toks[i:])


def tcw(t):
    if re.fullmatch(r'(?:[A-Za-z]\.)+,?', t):
        return t
    if t.strip(',').lower() in ROMAN and t.strip(',').isupper() and len(t.strip(',')) > 1:
        return t
    if re.fullmatch(r'[B-DF-HJ-NP-TV-XZ]{2,4}', t):
        return t
    out, cap = [], True
    for i, c in enumerate(t.lower()):
        if c.isalpha():
            out.append(c.upper() if cap else c); cap = False
        else:
            out.append(c)
            cap = c in '-/(' or (c in '"\'' and i == 0) or (cap and not c.isalnum())
    return ''.join(out)


def display_body(body):
    return ' '.join(tcw(t) for t in body.split())


def display(name):
    body, tail = split_legal(name)
    return display_body(body) + (' ' + tail if tail else '')


def join(body_words, tail):
    return ' '.join(body_words) + (' ' + tail if tail else '')


def name_words(body):
    """body tokens (stripped of edge punctuation) that are name words"""
    out = []
    for t in body.split():
        w = t.strip(',.;:()"\'')
        if not w or any(c.isdigit() for c in w):
            continue
        f = lib.full(w)
        if not f or f in SMALL or f in ROMAN or len(f) <= 2:
            continue
        out.append(w)
    return out

# ---------------------------------------------------------------- shapes and quotas
QUOTA = {
    'aka': {'aka alias': 12, 'fka alias': 12, 'nka alias': 12},
    'partial': {'first and last name words, legal form dropped': 4,
                'first name word and longest later name word, legal form kept': 4,
                'last two name words, legal form kept': 4},
    'word_order': {'first name word moved to the end': 4,
                   'shortest name word moved to the front': 4,
                   'name words sorted longest first': 4},
    'case': {'last letter of each word upper, the rest lower': 4,
             'consonants upper, vowels lower': 4,
             'first three letters of each word upper, the rest lower': 4},
    'punctuation': {'`@` for the first a': 3, '`=` after the third letter': 3,
                    '`#` before the last letter': 3, '`°` for the first o': 3},
    'typo': {'OCR `5` for s': 2, 'OCR `vv` for w': 2, '`p` typed for o': 2, '`j` typed for h': 2,
             'middle letter of the longest word dropped': 2,
             'second and third letters of the longest word swapped': 2},
    'transliteration': {'Turkish-style spelling': 6, 'Portuguese-style spelling': 6},
    'script': {'Tifinagh': 6, 'Ol Chiki': 6},
}

LEGAL_FORMS = [  # (shape, form, position)
    ('Finnish Ky', 'Ky', 'after'), ('Finnish Tmi', 'Tmi', 'after'), ('Swedish HB', 'HB', 'after'),
    ('Icelandic slf.', 'slf.', 'after'), ('Norwegian NUF', 'NUF', 'after'), ('Dutch V.O.F.', 'V.O.F.', 'after'),
    ('Polish S.K.A.', 'S.K.A.', 'after'), ('Slovenian k.d.', 'k.d.', 'after'), ('Croatian j.t.d.', 'j.t.d.', 'after'),
    ('Ukrainian TOV', 'TOV', 'front'), ('Quebec Ltée', 'Ltée', 'after'), ('Spanish S.L.N.E.', 'S.L.N.E.', 'after'),
    ('South African NPC', 'NPC', 'after'), ('Japanese YK', 'YK', 'after'),
]
QUOTA['legal_form'] = {s: 1 for s, _, _ in LEGAL_FORMS}

ABBREV = [
    ('Aviat.', ['AVIATION']), ('Agric.', ['AGRICULTURAL', 'AGRICULTURE']), ('Constr.', ['CONSTRUCTION']),
    ('Distrib.', ['DISTRIBUTION', 'DISTRIBUTORS', 'DISTRIBUTOR']), ('Equip.', ['EQUIPMENT']), ('Gen.', ['GENERAL']),
    ('Exch.', ['EXCHANGE']), ('Mfrs.', ['MANUFACTURERS']), ('Invest.', ['INVESTMENT', 'INVESTMENTS']),
    ('Serv.', ['SERVICES', 'SERVICE', 'SERVICIOS']), ('Sec.', ['SECURITY']), ('Prop.', ['PROPERTIES', 'PROPERTY']),
    ('Ent.', ['ENTERPRISE', 'ENTERPRISES']), ('Comm.', ['COMMERCIAL', 'COMMERCE']), ('Med.', ['MEDICAL']),
    ('Chem.', ['CHEMICAL', 'CHEMICALS']), ('Pub.', ['PUBLISHING']), ('Cult.', ['CULTURAL', 'CULTURE']),
]
QUOTA['abbreviation'] = {'`%s`' % a: 1 for a, _ in ABBREV}

TRANSLATE = {  # language -> {english word: translated word}; my own translations, some approximate
    'Irish': {'bank': 'Banc', 'trading': 'Trádála', 'shipping': 'Loingseoireachta', 'industries': 'Tionscail',
              'investment': 'Infheistíochta', 'services': 'Seirbhísí', 'oil': 'Ola', 'exchange': 'Malairte',
              'construction': 'Tógála', 'development': 'Forbartha', 'energy': 'Fuinnimh', 'airlines': 'Aerlínte'},
    'Breton': {'trading': 'Kenwerzh', 'shipping': 'Merdeadurezh', 'industries': 'Greanterezh', 'services': 'Servijoù',
               'oil': 'Eoul', 'exchange': 'Eskemm', 'development': 'Diorren', 'energy': 'Energiezh',
               'investment': 'Postadur', 'construction': 'Savadurioù'},
    'Romanian': {'bank': 'Banca', 'trading': 'Comerț', 'shipping': 'Navigație', 'industries': 'Industrii',
                 'investment': 'Investiții', 'services': 'Servicii', 'exchange': 'Schimb', 'construction': 'Construcții',
                 'development': 'Dezvoltare', 'energy': 'Energie', 'airlines': 'Linii Aeriene'},
    'Swahili': {'bank': 'Benki', 'trading': 'Biashara', 'shipping': 'Usafirishaji', 'industries': 'Viwanda',
                'investment': 'Uwekezaji', 'services': 'Huduma', 'oil': 'Mafuta', 'exchange': 'Ubadilishaji',
                'construction': 'Ujenzi', 'development': 'Maendeleo', 'energy': 'Nishati', 'transport': 'Usafiri'},
    'Xhosa': {'bank': 'Ibhanki', 'trading': 'Urhwebo', 'industries': 'Amashishini', 'services': 'Iinkonzo',
              'oil': 'Ioli', 'exchange': 'Utshintshiselwano', 'construction': 'Ulwakhiwo', 'development': 'Uphuhliso',
              'transport': 'Uthutho', 'energy': 'Amandla'},
    'Shona': {'bank': 'Bhangi', 'trading': 'Kutengeserana', 'oil': 'Mafuta', 'exchange': 'Kuchinjana',
              'construction': 'Kuvaka', 'development': 'Budiriro', 'energy': 'Simba', 'services': 'Mabasa'},
    'Malagasy': {'bank': 'Banky', 'trading': 'Varotra', 'industries': 'Indostria', 'investment': 'Fampiasam-bola',
                 'services': 'Tolotra', 'oil': 'Solika', 'exchange': 'Fifanakalozana', 'construction': 'Fanorenana',
                 'development': 'Fampandrosoana', 'transport': 'Fitaterana', 'energy': 'Angovo'},
    'Samoan': {'bank': 'Faletupe', 'trading': "Fefa'ataua'iga", 'investment': 'Teugatupe', 'services': 'Auaunaga',
               'oil': "Suau'u", 'exchange': "Fesuia'iga", 'construction': 'Fausiaga', 'development': "Atina'e",
               'transport': 'Felauaiga', 'energy': 'Malosi'},
    'Hawaiian': {'bank': 'Panakō', 'trading': 'Kālepa', 'shipping': 'Moku', 'industries': 'ʻOihana',
                 'investment': 'Hoʻopukapuka', 'services': 'Lawelawe', 'oil': 'ʻAila', 'exchange': 'Kuapo',
                 'construction': 'Kūkulu', 'development': 'Hoʻomohala', 'transport': 'Halihali', 'energy': 'Ikehu'},
    'Javanese': {'trading': 'Dagang', 'shipping': 'Palayaran', 'services': 'Layanan', 'oil': 'Lenga',
                 'exchange': 'Ijolan', 'development': 'Pangembangan', 'energy': 'Energi', 'investment': 'Investasi'},
    'Occitan': {'bank': 'Banca', 'trading': 'Comèrci', 'shipping': 'Navegacion', 'industries': 'Indústrias',
                'investment': 'Investiment', 'services': 'Servicis', 'oil': 'Petròli', 'exchange': 'Escambi',
                'construction': 'Construccion', 'development': 'Desvolopament', 'energy': 'Energia'},
    'Quechua': {'bank': 'Qullqi Wasi', 'trading': 'Rantinakuy', 'services': 'Yanapakuykuna', 'oil': 'Wira',
                'exchange': 'Tikray', 'construction': 'Wasichay', 'development': 'Wiñay', 'transport': 'Apakuy',
                'energy': 'Kallpa'},
    'Wolof': {'trading': 'Njaay', 'services': 'Liggéey', 'exchange': 'Weccante', 'development': 'Yokkute'},
}
QUOTA['translation'] = {k: 1 for k in TRANSLATE}

UNITS = [  # (shape, unit words, position relative to the city)
    ('Irish `brainse i`', 'brainse i', 'before'), ('Breton `skourr e`', 'skourr e', 'before'),
    ('Romanian `filiala din`', 'filiala din', 'before'), ('Swahili `tawi la`', 'tawi la', 'before'),
    ('Xhosa `isebe e`', 'isebe e', 'before'), ('Malagasy `sampana any`', 'sampana any', 'before'),
    ('Samoan `lala i`', 'lala i', 'before'), ('Hawaiian `lālā ma`', 'lālā ma', 'before'),
    ('Javanese `cabang ing`', 'cabang ing', 'before'), ('Occitan `filiala de`', 'filiala de', 'before'),
    ('English `representative office`', 'representative office', 'after'),
    ('English `sales desk`', 'sales desk', 'after'), ('English `customs office`', 'customs office', 'after'),
]
QUOTA['parent_vs_subsidiary'] = {s: 1 for s, _, _ in UNITS}

MESSY = [  # (shape, template); {n} display name, {N} upper-case name, {c} city, {C} upper-case city
    ('Markdown table row', '| {n} | {c} | pending review |'),
    ('XML element with attributes', '<party name="{n}" city="{c}" type="org"/>'),
    ('YAML flow mapping', '{{name: "{n}", city: "{c}", list: sdn}}'),
    ('ISO 20022 creditor block', '<Cdtr><Nm>{N}</Nm><PstlAdr><TwnNm>{C}</TwnNm></PstlAdr></Cdtr>'),
    ('curl command', 'curl -s -G /api/screen --data-urlencode "q={n}" --data-urlencode "city={c}"'),
    ('help-desk ticket subject', '[Ticket #4471] Screening request: {n} ({c}) - urgent'),
    ('chat in Irish', 'An bhfuil {n} as {c} ar liosta na smachtbhannaí?'),
    ('chat in Breton', "Daoust hag-eñ emañ {n} eus {c} war roll ar c'hastizoù?"),
    ('chat in Romanian', 'Este {n} din {c} pe lista de sancțiuni?'),
    ('chat in Swahili', 'Je, {n} ya {c} iko kwenye orodha ya vikwazo?'),
    ('chat in Xhosa', 'Ingaba {n} wase {c} ukuluhlu lwezohlwayo?'),
    ('chat in Malagasy', "Ao anatin'ny lisitry ny sazy ve {n} avy any {c}?"),
    ('chat in Samoan', 'O i ai {n} mai {c} i le lisi o faasalaga?'),
    ('chat in Javanese', 'Apa {n} saka {c} ana ing dhaptar sanksi?'),
]
QUOTA['messy'] = {s: 1 for s, _ in MESSY}

# ---------------------------------------------------------------- helpers

def longest_word_index(words, need=None, minlen=4):
    best = None
    for i, w in enumerate(words):
        if not PLAIN.match(w) or len(w) < minlen or lib.full(w) in SMALL:
            continue
        if need and need not in w[1:].lower():
            continue
        if best is None or len(w) > len(words[best]):
            best = i
    return best


def body_words(name):
    body, tail = split_legal(name)
    return [tcw(t) for t in body.split()], tail

# ---------------------------------------------------------------- generators; each returns [(shape, detail, query)]

def g_aka(d, e, name, city):
    out = []
    for t, a in d.alts[e]:
        t = (t or 'aka').lower()
        if t in ('aka', 'fka', 'nka'):
            out.append(('%s alias' % t, '', a))
    return out


def g_partial(d, e, name, city):
    body, tail = split_legal(name)
    nw = name_words(body)
    if len(nw) < MIN_PARTIAL_WORDS:
        return []
    out = []
    def add(shape, kept, keep_tail):
        if not all(PLAIN.match(w) for w in kept) or sum(len(w) for w in kept) < 10:
            return
        if keep_tail and not tail:
            return
        out.append((shape, '', join([tcw(w) for w in kept], tail if keep_tail else '')))
    add('first and last name words, legal form dropped', [nw[0], nw[-1]], False)
    rest = nw[1:]
    li = max(range(len(rest)), key=lambda i: (len(rest[i]), -i))
    add('first name word and longest later name word, legal form kept', [nw[0], rest[li]], True)
    add('last two name words, legal form kept', nw[-2:], True)
    return out


def g_word_order(d, e, name, city):
    body, tail = split_legal(name)
    ws = body.split()
    if len(ws) < 3 or not all(PLAIN.match(w) and len(w) >= 3 and lib.full(w) not in SMALL for w in ws):
        return []
    ws = [tcw(w) for w in ws]
    out = []
    out.append(('first name word moved to the end', '', join(ws[1:] + ws[:1], tail)))
    si = min(range(len(ws)), key=lambda i: (len(ws[i]), i))
    if si != 0:
        out.append(('shortest name word moved to the front', '', join([ws[si]] + ws[:si] + ws[si + 1:], tail)))
    srt = sorted(ws, key=lambda w: -len(w))
    if srt != ws:
        out.append(('name words sorted longest first', '', join(srt, tail)))
    return out


VOW = set('aeiouAEIOU')


def _case_word(t, mode):
    letters = [i for i, c in enumerate(t) if c.isalpha()]
    s = list(t.lower())
    if mode == 1 and letters:
        s[letters[-1]] = s[letters[-1]].upper()
    elif mode == 2:
        s = [c.upper() if (c.isalpha() and c not in VOW) else c for c in s]
    elif mode == 3:
        for i in letters[:3]:
            s[i] = s[i].upper()
    return ''.join(s)


def g_case(d, e, name, city):
    shapes = list(QUOTA['case'])
    return [(shapes[m - 1], '', ' '.join(_case_word(t, m) for t in name.split())) for m in (1, 2, 3)]


def g_legal_form(d, e, name, city):
    body, tail = split_legal(name)
    toks = [lib.full(t) for t in body.split()]
    if any(t in lib.LEGAL for t in toks) or not any(len(t) >= 3 and t.isalpha() for t in toks):
        return []
    b = display_body(body)
    out = []
    for shape, form, pos in LEGAL_FORMS:
        q = form + ' ' + b if pos == 'front' else b + ' ' + form
        out.append((shape, ('replaces %s' % tail) if tail else 'added', q))
    return out


def g_punctuation(d, e, name, city):
    ws, tail = body_words(name)
    out = []
    i = longest_word_index(ws, minlen=5)
    if i is None:
        return []
    w = ws[i]
    def mk(shape, nw):
        v = list(ws); v[i] = nw
        out.append((shape, 'in %s' % w, join(v, tail)))
    if 'a' in w[1:]:
        k = w.index('a', 1); mk('`@` for the first a', w[:k] + '@' + w[k + 1:])
    mk('`=` after the third letter', w[:3] + '=' + w[3:])
    mk('`#` before the last letter', w[:-1] + '#' + w[-1:])
    if 'o' in w[1:]:
        k = w.index('o', 1); mk('`°` for the first o', w[:k] + '°' + w[k + 1:])
    return out


def g_abbreviation(d, e, name, city):
    ws, tail = body_words(name)
    out = []
    for ab, longs in ABBREV:
        for i, w in enumerate(ws):
            if w.upper().strip(',') in longs:
                v = list(ws); v[i] = ab + (',' if w.endswith(',') else '')
                out.append(('`%s`' % ab, 'for %s' % w.strip(','), join(v, tail)))
                break
    return out


def g_typo(d, e, name, city):
    ws, tail = body_words(name)
    out = []
    i = longest_word_index(ws, minlen=5)
    if i is None:
        return []
    w = ws[i]
    def mk(shape, nw):
        v = list(ws); v[i] = nw
        out.append((shape, 'in %s' % w, join(v, tail)))
    for shape, a, b in (('OCR `5` for s', 's', '5'), ('OCR `vv` for w', 'w', 'vv'),
                        ('`p` typed for o', 'o', 'p'), ('`j` typed for h', 'h', 'j')):
        if a in w[1:]:
            k = w.index(a, 1); mk(shape, w[:k] + b + w[k + 1:])
    m = len(w) // 2
    mk('middle letter of the longest word dropped', w[:m] + w[m + 1:])
    if w[1] != w[2]:
        mk('second and third letters of the longest word swapped', w[0] + w[2] + w[1] + w[3:])
    return out


def _rules(word, table):
    """apply (pattern, replacement) rules left to right on a lower-case word, longest first at each point"""
    out, i = [], 0
    while i < len(word):
        for pat, rep in table:
            m = re.compile(pat).match(word, i)
            if m and m.end() > i:
                out.append(rep(m) if callable(rep) else rep); i = m.end(); break
        else:
            out.append(word[i]); i += 1
    return ''.join(out)


TURKISH = [(r'sh', 'ş'), (r'ch', 'ç'), (r'kh', 'h'), (r'zh', 'j'), (r'gh', 'ğ'), (r'ph', 'f'), (r'th', 't'),
           (r'ck', 'k'), (r'ee', 'i'), (r'oo', 'u'), (r'j', 'c'), (r'w', 'v'), (r'q', 'k'), (r'x', 'ks'),
           (r'c(?=[eiy])', 's'), (r'c', 'k'), (r'y(?=[aeiou])', 'y'), (r'y', 'i')]
PORTUGUESE = [(r'sh', 'x'), (r'ch', 'tch'), (r'zh', 'j'), (r'ph', 'f'), (r'th', 't'), (r'ck', 'c'), (r'ee', 'i'),
              (r'oo', 'u'), (r'j', 'dj'), (r'w', 'u'), (r'y', 'i'), (r'k(?=[eiy])', 'qu'), (r'k', 'c'), (r'q(?!u)', 'c')]


def _translit_word(w, table):
    if not PLAIN.match(w) or len(w) <= 2 or lib.full(w) in lib.LEGAL or (w.isupper() and len(w) <= 4):
        return w
    r = _rules(w.lower(), table)
    return r[0].upper() + r[1:] if w[0].isupper() else r


def g_transliteration(d, e, name, city):
    ws, tail = body_words(name)
    out = []
    for shape, table in (('Turkish-style spelling', TURKISH), ('Portuguese-style spelling', PORTUGUESE)):
        out.append((shape, '', join([_translit_word(w, table) for w in ws], tail)))
    return out


def g_translation(d, e, name, city):
    ws, tail = body_words(name)
    out = []
    for lang, dic in TRANSLATE.items():
        for i, w in enumerate(ws):
            k = w.lower().strip(',')
            if k in dic:
                v = list(ws); v[i] = dic[k] + (',' if w.endswith(',') else '')
                out.append((lang, '%s → %s' % (w.strip(','), dic[k]), join(v, tail)))
                break
    return out


def short_city(city):
    return city.split(',')[0].strip() if len(city) > 30 else city


def g_parent(d, e, name, city):
    city = short_city(city)
    if not city or not any(c.isalpha() for c in city):
        return []
    n = display(name)
    return [(s, 'city %s' % city, (n + ' ' + u + ' ' + city) if pos == 'before' else (n + ' ' + city + ' ' + u))
            for s, u, pos in UNITS]


def g_messy(d, e, name, city):
    city = short_city(city)
    if not city or not any(c.isalpha() for c in city):
        return []
    n = display(name)
    return [(s, 'city %s' % city, t.format(n=n, N=name.upper(), c=city, C=city.upper())) for s, t in MESSY]

# ---- scripts
def _L(n):
    return unicodedata.lookup(n)

TIF = {k: _L('TIFINAGH LETTER ' + v) for k, v in {
    'a': 'YA', 'b': 'YAB', 'g': 'YAG', 'd': 'YAD', 'e': 'YEY', 'f': 'YAF', 'k': 'YAK', 'h': 'YAH', 'kh': 'YAKH',
    'q': 'YAQ', 'i': 'YI', 'j': 'YAZH', 'l': 'YAL', 'm': 'YAM', 'n': 'YAN', 'u': 'YU', 'o': 'YU', 'r': 'YAR',
    'gh': 'YAGH', 's': 'YAS', 'sh': 'YASH', 't': 'YAT', 'w': 'YAW', 'y': 'YAY', 'z': 'YAZ', 'v': 'YAV', 'p': 'YAP'}.items()}
TIF['ch'] = TIF['t'] + TIF['sh']; TIF['zh'] = TIF['j']; TIF['ts'] = TIF['t'] + TIF['s']
TIF['ph'] = TIF['f']; TIF['th'] = TIF['t']

OLC = {k: _L('OL CHIKI LETTER ' + v) for k, v in {
    'a': 'LAA', 'i': 'LI', 'u': 'LU', 'e': 'LE', 'o': 'LO', 't': 'AT', 'g': 'AG', 'l': 'AL', 'k': 'AAK', 'j': 'AAJ',
    'm': 'AAM', 'w': 'AAW', 's': 'IS', 'h': 'IH', 'r': 'IR', 'ch': 'UC', 'd': 'UD', 'y': 'UY', 'p': 'EP', 'n': 'EN',
    'b': 'OB', 'v': 'OV'}.items()}
OLC['f'] = OLC['p']; OLC['z'] = OLC['j']; OLC['q'] = OLC['k']; OLC['sh'] = OLC['s']; OLC['kh'] = OLC['k']
OLC['zh'] = OLC['j']; OLC['gh'] = OLC['g']; OLC['th'] = OLC['t']; OLC['ph'] = OLC['p']; OLC['ts'] = OLC['t'] + OLC['s']
SCRIPTS = {'Tifinagh': (TIF, 'TIFINAGH'), 'Ol Chiki': (OLC, 'OL CHIKI')}


def _render(word, table):
    w = re.sub(r'(.)\1', r'\1', word.lower().replace('ck', 'k'))
    out, i = [], 0
    while i < len(w):
        two = w[i:i + 2]
        if two in ('sh', 'ch', 'kh', 'zh', 'ts', 'ph', 'th', 'gh') and two in table:
            out.append(table[two]); i += 2; continue
        c = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ''
        if c == 'c':
            out.append(table['s'] if nxt in ('e', 'i', 'y') else table['k'])
        elif c == 'x':
            out.append(table['k'] + table['s'])
        elif c == 'y':
            out.append(table['y'] if nxt in 'aeiou' and nxt else table['i'])
        elif c in table:
            out.append(table[c])
        i += 1
    return ''.join(out)


def script_words(name):
    body, tail = split_legal(name)
    ws = []
    for t in body.replace('-', ' ').split():
        if t.startswith(("'", '"')) or any(ch.isdigit() for ch in t):
            continue
        w = t.strip(',.;:()')
        if not w or not PLAIN.match(w) or lib.full(w) in lib.CORE_DROP:
            continue
        ws.append(w)
    if not (1 <= len(ws) <= 4) or (len(ws) == 1 and len(ws[0]) < 7):
        return None
    return ws


def g_script(d, e, name, city):
    ws = script_words(name)
    if not ws:
        return []
    return [(s, ' '.join(ws), ' '.join(_render(w, t) for w in ws)) for s, (t, _) in SCRIPTS.items()]


def script_ok(q, shape):
    pre = SCRIPTS[shape][1]
    return all(c == ' ' or unicodedata.name(c, '').startswith(pre) for c in q)


GEN = {'aka': g_aka, 'partial': g_partial, 'word_order': g_word_order, 'case': g_case, 'legal_form': g_legal_form,
       'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'typo': g_typo,
       'transliteration': g_transliteration, 'translation': g_translation, 'script': g_script,
       'parent_vs_subsidiary': g_parent, 'messy': g_messy}
