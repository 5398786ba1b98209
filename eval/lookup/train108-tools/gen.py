"""train108 generators: display, shapes per kind, item lists, script tables (written from scratch)."""
import re, unicodedata
import lib
from lib import full, FILLER

VOW = set('AEIOUaeiou')
SMALL_EXTRA = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
LEGAL_WORDS = lib.LEGAL | {'co', 'corp', 'corporation', 'company', 'limited', 'ltd', 'llc', 'inc', 'incorporated', 'cia'}
CONNECT = {'DE', 'EN', '&', 'Y', 'E'}
ROMAN = re.compile(r'^(?=[IVXLC]+$)M{0,0}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$')


def legal_tok(t):
    if re.fullmatch(r'[A-Za-z]\.,?', t):
        return True
    f = full(t).replace(' ', '')
    return bool(f) and f in LEGAL_WORDS


def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if legal_tok(t):
            i -= 1; continue
        if t.upper() in CONNECT and i < len(toks) and i - 2 >= 0 and (legal_tok(toks[i - 2]) or toks[i].upper().startswith('CIA')):
            i -= 1; continue
        break
    if i == 0:
        i = len(toks)
    return toks[:i], toks[i:]


def tc(t):
    core_t = t.rstrip(',')
    if re.fullmatch(r'(?:[A-Za-z]\.){2,}', core_t):
        return t
    if core_t.isupper() and len(core_t) <= 4 and core_t.isalpha() and ROMAN.match(core_t) and core_t:
        return t
    if core_t.isalpha() and core_t.isupper() and 2 <= len(core_t) <= 4 and not any(c in VOW for c in core_t):
        return t
    out = []
    prev = ''
    for i, ch in enumerate(t):
        if ch.isalpha():
            if prev.isalpha() or prev.isdigit():
                out.append(ch.lower())
            elif prev in lib.APOS and i >= 2 and t[i - 2].isalpha():
                out.append(ch.lower())
            else:
                out.append(ch.upper())
        else:
            out.append(ch)
        prev = ch
    return ''.join(out)


def body_legal(name):
    b, l = split_legal(name)
    return [tc(t) for t in b], l


def display(name):
    b, l = body_legal(name)
    return ' '.join(b + l)


def plain(t):
    return bool(re.fullmatch(r'[A-Za-z]+', t.rstrip(',')))


def is_small(t):
    w = t.rstrip(',')
    f = full(w)
    return (f in FILLER or len(w) <= 2 or f in SMALL_EXTRA or bool(ROMAN.match(w.upper()) and len(w) <= 4 and w.isupper()))


def is_name_word(t):
    return plain(t) and not is_small(t)


def strip_comma_end(toks):
    toks = list(toks)
    if toks:
        toks[-1] = toks[-1].rstrip(',')
    return toks

# ---------------------------------------------------------------- items
LEGAL_FORMS = [  # (shape, form, front)
    ('Icelandic `ehf.`', 'ehf.', False), ('Finnish `Oyj`', 'Oyj', False), ('Polish `sp.j.`', 'sp.j.', False),
    ('German `KGaA`', 'KGaA', False), ('Croatian `j.d.o.o.`', 'j.d.o.o.', False), ('Czech `v.o.s.`', 'v.o.s.', False),
    ('Vietnamese `DNTN` (in front)', 'DNTN', True), ('Spanish `S.L.N.E.`', 'S.L.N.E.', False), ('Japanese `G.K.`', 'G.K.', False),
    ('Slovenian `k.d.`', 'k.d.', False), ('Romanian `P.F.A.`', 'P.F.A.', False), ('Argentine `S.A.U.`', 'S.A.U.', False),
]
SHORT = [  # (WORD, short)
    ('EXCHANGE', 'Exch.'), ('CONSTRUCTION', 'Constr.'), 
    ('MACHINERY', 'Mach.'), ('AVIATION', 'Aviat.'), 
    ('CONTRACTING', 'Contr.'), ('SECURITY', 'Sec.'), 
    ('INSTITUTE', 'Inst.'), ('FOUNDATION', 'Fdn.'), ('DEPARTMENT', 'Dept.'), ('DIVISION', 'Div.'), ('BRIGADE', 'Brig.'),
    ('PETROLEUM', 'Petrol.'), ('METALLURGY', 'Metall.'), 
    ('CENTRAL', 'Cent.'), ('RAILWAY', 'Rlwy.'), ('GOODS', 'Gds.'), 
    ('TRANSPORTES', 'Tptes.'), ('DISTRIBUIDORA', 'Dist.'), ('ADMINISTRADORA', 'Adm.'), ('CONSTRUCTORA', 'Const.'),
    ('CONSTRUCCIONES', 'Cons.'), ('HACIENDA', 'Hda.'), ('MATERIALES', 'Mat.'), ('FERRETERIA', 'Ferr.'),
]
LANGS = ['Swahili', 'Malagasy', 'Samoan', 'Hawaiian', 'Breton', 'Occitan', 'Corsican', 'Lithuanian', 'Latvian',
         'Romanian', 'Croatian', 'Icelandic']
DICT = {
 'Swahili': dict(SHIPPING='Usafirishaji', TRADING='Biashara', TRADE='Biashara', INDUSTRIES='Viwanda', INDUSTRY='Viwanda',
   ENERGY='Nishati', DEVELOPMENT='Maendeleo', INVESTMENT='Uwekezaji', ENGINEERING='Uhandisi', CONSTRUCTION='Ujenzi',
   SERVICES='Huduma', OIL='Mafuta', STEEL='Chuma', MINING='Madini', RESEARCH='Utafiti', INSURANCE='Bima',
   TRANSPORT='Usafiri', EXCHANGE='Ubadilishaji', CENTER='Kituo', CHEMICAL='Kemikali'),
 'Malagasy': dict(SHIPPING='Fandefasana', TRADING='Varotra', TRADE='Varotra', INDUSTRIES='Indostria', ENERGY='Angovo',
   DEVELOPMENT='Fampandrosoana', INVESTMENT='Fampiasam-bola', CONSTRUCTION='Fanorenana', OIL='Solika', MINING='Fitrandrahana',
   RESEARCH='Fikarohana', INSURANCE='Fiantohana', TRANSPORT='Fitaterana', CENTER='Foibe', EXCHANGE='Fifanakalozana'),
 'Samoan': dict(SHIPPING='Felauaiga', TRADING="Fefa'ataua'iga", TRADE="Fefa'ataua'iga", INDUSTRIES='Alamanuia',
   DEVELOPMENT="Atina'e", INVESTMENT='Teugatupe', CONSTRUCTION='Fausaga', SERVICES='Auaunaga', OIL="Suāu'u",
   RESEARCH="Su'esu'ega", INSURANCE='Inisiua', TRANSPORT='Felauaiga', TECHNOLOGY='Tekonolosi', ENERGY='Malosiaga'),
 'Hawaiian': dict(TRADING='Kālepa', TRADE='Kālepa', ENERGY='Ikehu', DEVELOPMENT='Hoʻomohala', INVESTMENT='Hoʻopukapuka',
   CONSTRUCTION='Kūkulu', SERVICES='Lawelawe', OIL='ʻAila', RESEARCH='Noiʻi', INSURANCE='ʻInikua', INDUSTRIES='ʻOihana',
   INDUSTRY='ʻOihana', TECHNOLOGY='ʻEnehana', CENTER='Kikowaena', SHIPPING='Hoʻouna', TRANSPORT='Hoʻolawe'),
 'Breton': dict(SHIPPING='Treizh', TRADING='Kenwerzh', TRADE='Kenwerzh', INDUSTRIES='Greanterezh', INDUSTRY='Greanterezh',
   ENERGY='Energiezh', DEVELOPMENT='Diorren', INVESTMENT='Postadur', CONSTRUCTION='Savadurezh', SERVICES='Servijoù',
   OIL='Eoul', RESEARCH='Enklask', INSURANCE='Asurañs', CENTER='Kreizenn', TECHNOLOGY='Teknologiezh', EXCHANGE='Eskemm'),
 'Occitan': dict(SHIPPING='Navigacion', TRADING='Comèrci', TRADE='Comèrci', INDUSTRIES='Industrias', DEVELOPMENT='Desvolopament',
   INVESTMENT='Investiment', CONSTRUCTION='Bastiment', SERVICES='Servicis', OIL='Òli', STEEL='Acièr', RESEARCH='Recèrca',
   INSURANCE='Assegurança', TECHNOLOGY='Tecnologia', EXCHANGE='Escambi', ENERGY='Energia'),
 'Corsican': dict(SHIPPING='Spedizione', TRADING='Cummerciu', TRADE='Cummerciu', INDUSTRIES='Industrie', DEVELOPMENT='Sviluppu',
   INVESTMENT='Investimentu', CONSTRUCTION='Custruzzione', SERVICES='Servizii', OIL='Oliu', STEEL='Azzaru', RESEARCH='Ricerca',
   INSURANCE='Assicuranza', TRANSPORT='Trasportu', CENTER='Centru', TECHNOLOGY='Tecnulugia', EXCHANGE='Scambiu', ENERGY='Energia'),
 'Lithuanian': dict(SHIPPING='Laivyba', TRADING='Prekyba', TRADE='Prekyba', INDUSTRIES='Pramonė', INDUSTRY='Pramonė',
   ENERGY='Energija', DEVELOPMENT='Plėtra', INVESTMENT='Investicijos', CONSTRUCTION='Statyba', SERVICES='Paslaugos', OIL='Nafta',
   STEEL='Plienas', MINING='Kasyba', RESEARCH='Tyrimai', INSURANCE='Draudimas', TRANSPORT='Transportas', CENTER='Centras',
   TECHNOLOGY='Technologijos', EXCHANGE='Mainai', ENGINEERING='Inžinerija', AVIATION='Aviacija', ELECTRONICS='Elektronika'),
 'Latvian': dict(SHIPPING='Kuģniecība', TRADING='Tirdzniecība', TRADE='Tirdzniecība', INDUSTRIES='Rūpniecība',
   INDUSTRY='Rūpniecība', ENERGY='Enerģija', DEVELOPMENT='Attīstība', INVESTMENT='Investīcijas', CONSTRUCTION='Būvniecība',
   SERVICES='Pakalpojumi', OIL='Nafta', STEEL='Tērauds', MINING='Ieguve', RESEARCH='Pētniecība', INSURANCE='Apdrošināšana',
   TRANSPORT='Transports', CENTER='Centrs', TECHNOLOGY='Tehnoloģijas', EXCHANGE='Apmaiņa', AVIATION='Aviācija'),
 'Romanian': dict(SHIPPING='Navigație', TRADING='Comerț', TRADE='Comerț', INDUSTRIES='Industrii', ENERGY='Energie',
   DEVELOPMENT='Dezvoltare', INVESTMENT='Investiții', CONSTRUCTION='Construcții', SERVICES='Servicii', OIL='Petrol',
   STEEL='Oțel', MINING='Minerit', RESEARCH='Cercetare', INSURANCE='Asigurări', CENTER='Centru', TECHNOLOGY='Tehnologie',
   EXCHANGE='Schimb', ENGINEERING='Inginerie', AVIATION='Aviație', ELECTRONICS='Electronică'),
 'Croatian': dict(SHIPPING='Brodarstvo', TRADING='Trgovina', TRADE='Trgovina', INDUSTRIES='Industrija', ENERGY='Energija',
   DEVELOPMENT='Razvoj', INVESTMENT='Ulaganje', CONSTRUCTION='Graditeljstvo', SERVICES='Usluge', OIL='Nafta', STEEL='Čelik',
   MINING='Rudarstvo', RESEARCH='Istraživanje', INSURANCE='Osiguranje', TRANSPORT='Prijevoz', CENTER='Centar',
   TECHNOLOGY='Tehnologija', EXCHANGE='Mjenjačnica', AVIATION='Zrakoplovstvo'),
 'Icelandic': dict(SHIPPING='Skipaflutningar', TRADING='Verslun', TRADE='Verslun', INDUSTRIES='Iðnaður', INDUSTRY='Iðnaður',
   ENERGY='Orka', DEVELOPMENT='Þróun', INVESTMENT='Fjárfesting', CONSTRUCTION='Byggingar', SERVICES='Þjónusta', OIL='Olía',
   STEEL='Stál', MINING='Námuvinnsla', RESEARCH='Rannsóknir', INSURANCE='Tryggingar', TRANSPORT='Flutningar',
   CENTER='Miðstöð', TECHNOLOGY='Tækni', EXCHANGE='Skipti', AVIATION='Flug'),
}
UNITS = {  # language -> (unit, before_city)
 'Swahili': ('tawi la', True), 'Malagasy': ('sampana any', True), 'Samoan': ('lālā i', True), 'Hawaiian': ('lālā ma', True),
 'Breton': ('skourr e', True), 'Occitan': ('succursala a', True), 'Corsican': ('filiale in', True),
 'Lithuanian': ('filialas', False), 'Latvian': ('filiāle', False), 'Romanian': ('sucursala din', True),
 'Croatian': ('podružnica u', True), 'Icelandic': ('útibú í', True),
}


def _dq(s):
    return s.replace('\\', '\\\\').replace('"', '\\"')


def _sq(s):
    return s.replace("'", "''")

TEMPLATES = [  # (shape, fn)
 ('Scala case class', lambda n, c: 'Party(name = "%s", city = "%s")' % (_dq(n), _dq(c))),
 ('OCaml record', lambda n, c: '{ name = "%s"; city = "%s" }' % (_dq(n), _dq(c))),
 ('Erlang map', lambda n, c: '#{name => <<"%s">>, city => <<"%s">>}' % (_dq(n), _dq(c))),
 ('MATLAB struct (single quotes doubled)', lambda n, c: "party = struct('name', '%s', 'city', '%s');" % (_sq(n), _sq(c))),
 ('Fortran namelist (single quotes doubled)', lambda n, c: "&party name='%s', city='%s' /" % (_sq(n), _sq(c))),
 ('Groovy map', lambda n, c: '[name: "%s", city: "%s"]' % (_dq(n), _dq(c))),
 ('YAML flow mapping', lambda n, c: '{name: "%s", city: "%s"}' % (_dq(n), _dq(c))),
 ('Elm record', lambda n, c: '{ partyName = "%s", partyCity = "%s" }' % (_dq(n), _dq(c))),
 ('chat in Swahili', lambda n, c: 'Je, mna taarifa yoyote kuhusu kampuni %s iliyoko %s?' % (n, c)),
 ('chat in Malagasy', lambda n, c: 'Manana vaovao momba ny orinasa %s any %s ve ianareo?' % (n, c)),
 ('chat in Samoan', lambda n, c: 'E iai sau faamatalaga e uiga i le kamupani %s i %s?' % (n, c)),
 ('chat in Hawaiian', lambda n, c: 'He ʻike anei kā ʻoukou no ka hui %s ma %s?' % (n, c)),
 ('Zig struct', lambda n, c: '.{ .name = "%s", .city = "%s" }' % (_dq(n), _dq(c))),
]

# ---------------------------------------------------------------- scripts
COPTIC = {'a': 'ALFA', 'b': 'VIDA', 'v': 'VIDA', 'g': 'GAMMA', 'gh': 'GAMMA', 'd': 'DALDA', 'dh': 'DALDA', 'e': 'EIE',
          'z': 'ZATA', 'zh': 'ZATA', 'h': 'OLD COPTIC HORI', 'th': 'THETHE', 'i': 'IAUDA', 'yv': 'IAUDA', 'yc': 'IAUDA',
          'j': 'OLD COPTIC DJA', 'k': 'KAPA', 'ch_hard': 'KAPA', 'q': 'KAPA', 'l': 'LAULA', 'm': 'MI', 'n': 'NI', 'x': 'KSI',
          'o': 'O', 'p': 'PI', 'ph': 'FI', 'f': 'FI', 'r': 'RO', 's': 'SIMA', 'c_soft': 'SIMA', 'c_hard': 'KAPA',
          't': 'TAU', 'u': 'UA', 'w': 'OLD NUBIAN WAU', 'kh': 'KHI', 'ch': 'OLD COPTIC SHIMA', 'sh': 'OLD COPTIC SHEI',
          'ts': 'TAU+SIMA', 'ng': 'OLD NUBIAN NGI'}
SHAVIAN = {'a': 'ASH', 'b': 'BIB', 'c_hard': 'KICK', 'c_soft': 'SO', 'd': 'DEAD', 'e': 'EGG', 'f': 'FEE', 'ph': 'FEE',
           'g': 'GAG', 'gh': 'GAG', 'h': 'HA-HA', 'i': 'IF', 'yv': 'IF', 'yc': 'YEA', 'j': 'JUDGE', 'k': 'KICK',
           'q': 'KICK', 'l': 'LOLL', 'm': 'MIME', 'n': 'NUN', 'ng': 'HUNG', 'o': 'ON', 'p': 'PEEP', 'r': 'ROAR',
           's': 'SO', 't': 'TOT', 'th': 'THIGH', 'dh': 'THEY', 'u': 'UP', 'v': 'VOW', 'w': 'WOE', 'x': 'KICK+SO',
           'z': 'ZOO', 'zh': 'MEASURE', 'sh': 'SURE', 'ch': 'CHURCH', 'kh': 'KICK+HA-HA', 'ts': 'TOT+SO',
           'ee': 'EAT', 'oo': 'OOZE'}
SCRIPTS = {'Coptic (small letters)': ('COPTIC SMALL LETTER ', COPTIC, (0x2C80, 0x2CFF)),
           'Shavian': ('SHAVIAN LETTER ', SHAVIAN, (0x10450, 0x1047F))}


def script_letter(script, k):
    pre, table, _ = SCRIPTS[script]
    return ''.join(unicodedata.lookup(pre + part) for part in table[k].split('+'))


def script_word(script, w):
    table = SCRIPTS[script][1]
    w = w.lower().replace('ck', 'k')
    w = re.sub(r'(.)\1', r'\1', w)
    out, i = [], 0
    digs = [d for d in ('zh', 'ts', 'ch', 'sh', 'th', 'ph', 'kh', 'gh', 'dh', 'ng', 'ee', 'oo') if d in table]
    while i < len(w):
        two = w[i:i + 2]
        if two in digs:
            out.append(script_letter(script, two)); i += 2; continue
        ch = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ''
        if ch == 'c':
            k = 'c_soft' if nxt in 'eiy' and nxt else 'c_hard'
        elif ch == 'y':
            k = 'yc' if nxt and nxt in 'aeiou' else 'yv'
        else:
            k = ch
        out.append(script_letter(script, k)); i += 1
    return ''.join(out)


def script_words(name):
    b, _l = split_legal(name)
    words = []
    for t in b:
        for p in t.split('-'):
            p = p.rstrip(',')
            if not re.fullmatch(r'[A-Za-z]+', p) or len(p) < 2 or full(p) in FILLER:
                continue
            words.append(p)
    return words


def script_errors(script, q):
    lo, hi = SCRIPTS[script][2]
    bad = [c for c in q if not (c == ' ' or lo <= ord(c) <= hi)]
    return ['foreign code point %r' % c for c in bad[:3]]

# ---------------------------------------------------------------- transliteration
def _translit(word, rules, final, yrule):
    lw = word.lower()
    cap = word[:1].isupper()
    out, i = [], 0
    for suf, rep in final:
        if lw.endswith(suf) and len(lw) > len(suf):
            head = _translit(word[:-len(suf)], rules, [], yrule) if len(lw) - len(suf) > 0 else ''
            res = head + rep
            return res
    while i < len(lw):
        for pat, rep in rules:
            if callable(rep):
                continue
            if lw.startswith(pat, i):
                out.append(rep); i += len(pat); break
        else:
            ch = lw[i]
            nxt = lw[i + 1] if i + 1 < len(lw) else ''
            if ch == 'c':
                out.append('s' if nxt in ('e', 'i', 'y') and nxt else 'k')
            elif ch == 'y':
                out.append(yrule(nxt))
            else:
                out.append(ch)
            i += 1
    s = ''.join(out)
    if cap and s:
        s = s[0].upper() + s[1:]
    return s

POLISH = [('tch', 'cz'), ('sh', 'sz'), ('ch', 'cz'), ('zh', 'ż'), ('kh', 'ch'), ('ph', 'f'), ('th', 't'), ('qu', 'kw'),
          ('ck', 'k'), ('ts', 'c'), ('ee', 'i'), ('oo', 'u'), ('q', 'k'), ('j', 'dż'), ('w', 'ł'), ('v', 'w'), ('x', 'ks')]
TURKISH = [('tch', 'ç'), ('sh', 'ş'), ('ch', 'ç'), ('zh', 'j'), ('kh', 'h'), ('ph', 'f'), ('th', 't'), ('qu', 'kv'),
           ('ck', 'k'), ('ee', 'i'), ('oo', 'u'), ('q', 'k'), ('j', 'c'), ('w', 'v'), ('x', 'ks')]
TRANSLIT = {
 'Polish-style spelling': (POLISH, [('tions', 'cje'), ('tion', 'cja')], lambda n: 'j' if n and n in 'aeiou' else 'y'),
 'Turkish-style spelling': (TURKISH, [('tions', 'syonlar'), ('tion', 'syon')], lambda n: 'y' if n and n in 'aeiou' else 'i'),
}


def translit_word(style, w):
    rules, final, yr = TRANSLIT[style]
    if '-' in w:
        return '-'.join(translit_word(style, p) for p in w.split('-'))
    m = re.fullmatch(r'([A-Za-z]+)(,?)', w)
    if not m:
        return w
    core_w, tail = m.groups()
    if len(core_w) <= 4 or core_w.isupper() or full(core_w) in FILLER:
        return w
    return _translit(core_w, rules, final, yr) + tail


def tx_case(name, shape):
    def word(w, fn):
        letters = [i for i, c in enumerate(w) if c.isalpha()]
        chars = list(w.lower())
        for j, i in enumerate(letters):
            if fn(j, len(letters)):
                chars[i] = chars[i].upper()
        return ''.join(chars)
    parts = re.split(r'(\s+)', name)
    if shape == 'first and last letters of each word upper, the rest lower':
        return ''.join(word(p, lambda j, n: j == 0 or j == n - 1) if p.strip() else p for p in parts)
    if shape == 'letters at every third position of each word upper (1st, 4th, 7th …), the rest lower':
        return ''.join(word(p, lambda j, n: j % 3 == 0) if p.strip() else p for p in parts)
    if shape == 'the longest word upper, the rest lower':
        toks = [p for p in parts if p.strip()]
        best = max(toks, key=lambda t: sum(c.isalpha() for c in t))
        done, out = False, []
        for p in parts:
            if p.strip() and p == best and not done:
                out.append(p.upper()); done = True
            else:
                out.append(p.lower())
        return ''.join(out)
    raise KeyError(shape)

# ---------------------------------------------------------------- shapes
SHAPES = {
 'legal_form': [s for s, _f, _b in LEGAL_FORMS],
 'punctuation': ['`°` for the first o', '`§` for the first s', '`#` after the fourth letter of the longest name word',
                 '`;` before the last three letters of the longest name word'],
 'abbreviation': ['short form'],
 'partial': ['the second and third name words, legal form kept', 'the first and last name words, legal form dropped',
             'all name words but the shortest, legal form dropped'],
 'word_order': ['name words rotated left by one (the first name word moved to the last name-word slot)',
                'name words in reverse order', 'stably sorted by their last letter, z to a'],
 'case': ['first and last letters of each word upper, the rest lower', 'the longest word upper, the rest lower',
          'letters at every third position of each word upper (1st, 4th, 7th …), the rest lower'],
 'aka': ['own aka alias'],
 'typo': ['OCR `vv` for w', 'OCR `5` for s', '`r` typed for t', '`j` typed for h',
          'third letter of the longest word doubled', 'last letter of the longest word dropped'],
 'transliteration': list(TRANSLIT),
 'translation': LANGS,
 'script': list(SCRIPTS),
 'parent_vs_subsidiary': ['%s `%s`%s' % (l, UNITS[l][0], '' if UNITS[l][1] else ' (after the city)') for l in LANGS],
 'messy': [s for s, _f in TEMPLATES],
}
ONCE_KINDS = {'legal_form', 'translation', 'parent_vs_subsidiary', 'messy'}   # each shape at most once
PER_SHAPE = {'punctuation': 3, 'partial': 4, 'word_order': 4, 'case': 4, 'typo': 2, 'transliteration': 6, 'script': 6}
ITEM_ONCE = {'abbreviation', 'aka'}   # detail item at most once


def split_variant(kind, variant):
    for s in sorted(SHAPES[kind], key=len, reverse=True):
        if variant == s:
            return s, ''
        if variant.startswith(s + ' (') and variant.endswith(')'):
            return s, variant[len(s) + 2:-1]
    return None, None


def variant(shape, detail):
    return '%s (%s)' % (shape, detail) if detail else shape

# ---------------------------------------------------------------- generators
def _body_ok_for_form(body):
    if not any(re.fullmatch(r'[A-Za-z]{3,}', t.rstrip(',')) for t in body):
        return False
    return not any(legal_tok(t) or '.' in t for t in body)


def gen_legal_form(d, e):
    name = d.sdn[e]['name']
    body, _l = body_legal(name)
    if not _body_ok_for_form(body):
        return []
    b = ' '.join(strip_comma_end(body))
    return [(s, '', (f + ' ' + b) if front else (b + ' ' + f)) for s, f, front in LEGAL_FORMS]


def _longest_name_word(body, pred=lambda w: True):
    best = None
    for i, t in enumerate(body):
        w = t.rstrip(',')
        if is_name_word(t) and pred(w):
            if best is None or len(w) > len(body[best].rstrip(',')):
                best = i
    return best


def gen_punctuation(d, e):
    name = d.sdn[e]['name']
    if any(c in name for c in '°§#;'):
        return []
    body, legal = body_legal(name)
    out = []
    def mk(i, neww, shape):
        w = body[i].rstrip(',')
        nb = list(body); nb[i] = neww + body[i][len(w):]
        out.append((shape, 'in %s' % w, ' '.join(nb + legal)))
    for sign, letter, shape in (('°', 'o', '`°` for the first o'), ('§', 's', '`§` for the first s')):
        i = _longest_name_word(body, lambda w: letter in w[1:].lower())
        if i is not None:
            w = body[i].rstrip(',')
            j = w.lower().index(letter, 1)
            mk(i, w[:j] + sign + w[j + 1:], shape)
    i = _longest_name_word(body)
    if i is not None:
        w = body[i].rstrip(',')
        if len(w) >= 6:
            mk(i, w[:4] + '#' + w[4:], SHAPES['punctuation'][2])
        if len(w) >= 5:
            mk(i, w[:-3] + ';' + w[-3:], SHAPES['punctuation'][3])
    return out


def gen_abbreviation(d, e):
    name = d.sdn[e]['name']
    body, legal = body_legal(name)
    for i, t in enumerate(body):
        w = t.rstrip(',').upper()
        for long_w, short in SHORT:
            if w == long_w:
                nb = list(body); nb[i] = short + t[len(w):]
                return [('short form', '`%s` for %s' % (short, long_w), ' '.join(nb + legal))]
    return []


def _no_free_sign(body):
    return not any(t in ('/', '-', '&', '+') for t in body)


def gen_partial(d, e):
    name = d.sdn[e]['name']
    body, legal = body_legal(name)
    if not _no_free_sign(body):
        return []
    nw = [t.rstrip(',') for t in body if is_name_word(t)]
    if len(nw) < 3:
        return []
    out = []
    out.append((SHAPES['partial'][0], '', ' '.join(nw[1:3] + legal)))
    out.append((SHAPES['partial'][1], '', ' '.join([nw[0], nw[-1]])))
    si = min(range(len(nw)), key=lambda i: len(nw[i]))
    out.append((SHAPES['partial'][2], '', ' '.join(nw[:si] + nw[si + 1:])))
    return out


def gen_word_order(d, e):
    name = d.sdn[e]['name']
    body, legal = body_legal(name)
    if not all(plain(t) for t in body):
        return []
    slots = [i for i, t in enumerate(body) if is_name_word(t)]
    if sum(1 for i in slots if len(body[i].rstrip(',')) >= 3) < 3:
        return []
    words = [body[i].rstrip(',') for i in slots]
    out = []
    for shape in SHAPES['word_order']:
        if shape.startswith('name words rotated left'):
            nw = words[1:] + words[:1]
        elif shape == 'name words in reverse order':
            nw = words[::-1]
        else:
            nw = sorted(words, key=lambda w: w[-1].lower(), reverse=True)
            # stable z-to-a: sort by negative key keeping original order for ties
            nw = [w for _k, _i, w in sorted(((-ord(w[-1].lower()), i, w) for i, w in enumerate(words)))]
        nb = list(body)
        for i, w in zip(slots, nw):
            nb[i] = w + (',' if body[i].endswith(',') else '')
        out.append((shape, '', ' '.join(nb + legal)))
    return out


def gen_case(d, e):
    name = d.sdn[e]['name']
    return [(s, '', tx_case(name, s)) for s in SHAPES['case']]


def gen_aka(d, e):
    return [('own aka alias', 'alt_num %d' % a['alt_num'], a['name']) for a in d.sdn[e]['alts'] if a['type'] == 'aka']


def gen_typo(d, e):
    name = d.sdn[e]['name']
    body, legal = body_legal(name)
    cand = [i for i, t in enumerate(body) if re.fullmatch(r'[A-Z][a-z]+', t.rstrip(',')) and len(t.rstrip(',')) >= 5
            and not legal_tok(t)]
    out = []
    def longest(pred):
        best = None
        for i in cand:
            w = body[i].rstrip(',')
            if pred(w) and (best is None or len(w) > len(body[best].rstrip(','))):
                best = i
        return best
    def mk(i, neww, shape):
        w = body[i].rstrip(',')
        nb = list(body); nb[i] = neww + body[i][len(w):]
        out.append((shape, 'in %s' % w, ' '.join(nb + legal)))
    for letter, rep, shape in (('w', 'vv', 'OCR `vv` for w'), ('s', '5', 'OCR `5` for s'), ('t', 'r', '`r` typed for t'),
                               ('h', 'j', '`j` typed for h')):
        i = longest(lambda w: letter in w[1:])
        if i is not None:
            w = body[i].rstrip(','); j = w.index(letter, 1)
            mk(i, w[:j] + rep + w[j + 1:], shape)
    i = longest(lambda w: True)
    if i is not None:
        w = body[i].rstrip(',')
        mk(i, w[:3] + w[2] + w[3:], 'third letter of the longest word doubled')
        mk(i, w[:-1], 'last letter of the longest word dropped')
    return out


def gen_transliteration(d, e):
    name = d.sdn[e]['name']
    body, legal = body_legal(name)
    return [(s, '', ' '.join([translit_word(s, t) for t in body] + legal)) for s in TRANSLIT]


def gen_translation(d, e):
    name = d.sdn[e]['name']
    body, legal = body_legal(name)
    out = []
    for lang in LANGS:
        dic = DICT[lang]
        for i, t in enumerate(body):
            w = t.rstrip(',').upper()
            if w in dic:
                tr = dic[w]
                a, b = full(tr).replace(' ', ''), full(w)
                if a.startswith(b) or b.startswith(a):
                    break
                nb = list(body); nb[i] = tr + t[len(t.rstrip(',')):]
                out.append((lang, '`%s` for %s' % (tr, w), ' '.join(nb + legal)))
                break
    return out


def gen_script(d, e):
    words = script_words(d.sdn[e]['name'])
    if not (1 <= len(words) <= 4):
        return []
    if not (len(words) >= 2 or len(words[0]) >= 7):
        return []
    return [(s, '', ' '.join(script_word(s, w) for w in words)) for s in SCRIPTS]


def gen_parent(d, e):
    city = d.city_of(e)
    if not city:
        return []
    disp = display(d.sdn[e]['name'])
    out = []
    for lang, shape in zip(LANGS, SHAPES['parent_vs_subsidiary']):
        u, before = UNITS[lang]
        q = '%s %s %s' % (disp, u, city) if before else '%s %s %s' % (disp, city, u)
        out.append((shape, 'city %s' % city, q))
    return out


def gen_messy(d, e):
    city = d.city_of(e)
    if not city:
        return []
    disp = display(d.sdn[e]['name'])
    return [(s, 'city %s' % city, fn(disp, city)) for s, fn in TEMPLATES]

GEN = {'legal_form': gen_legal_form, 'punctuation': gen_punctuation, 'abbreviation': gen_abbreviation,
       'partial': gen_partial, 'word_order': gen_word_order, 'case': gen_case, 'aka': gen_aka, 'typo': gen_typo,
       'transliteration': gen_transliteration, 'translation': gen_translation, 'script': gen_script,
       'parent_vs_subsidiary': gen_parent, 'messy': gen_messy}
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
MIXED = {'abbreviation'}   # <= 2 narcotics


def candidates(d, e, kind):
    return GEN[kind](d, e)
