"""train96 generators: display, legal split, one generator per positive kind, shapes and quotas."""
import re, unicodedata
import lib

SMALL = set('''de del y el la las los the of and for al e a en da do dos das di du des le les wa fi li lil to in on at by
o u i s et und der die das van von den bin ibn abu ul ud ed ad an'''.split())
EXTRA_SMALL = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
LEGAL_UP = set('''SA CV LTDA LTD CO COMPANY LIMITED LLC INC CORP CORPORATION SAS SRL GMBH AG KG BV NV PLC PTE PVT EU SC RL SPR CIA
CS SAC JSC OJSC CJSC OOO OAO ZAO FZE FZCO FZC LLP LP SARL SPA AS AB OY DOO DD AD EOOD OOD SL SCS SCA SNC KK SDN BHD PJSC CA SAL
WLL SRO AO PAO TOO LDA SPRL BVBA PTY INCORPORATED SAC SA. EIRL SAU SPE EST'''.split())
DOTTED = re.compile(r'^\(?([A-Za-z]{1,2}\.)+[A-Za-z]?\.?,?\)?$')
ROMAN = set('II III IV VI VII VIII IX XI XII XIII XIV XV XX'.split())

def norm_tok(t):
    return re.sub(r'[^A-Za-z0-9]', '', t).upper()

def is_legal_tok(t):
    n = norm_tok(t)
    if not n:
        return False
    return n in LEGAL_UP or bool(DOTTED.match(t))

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if is_legal_tok(t):
            i -= 1; continue
        n = norm_tok(t)
        if i < len(toks) and n in ('DE', 'EN') and i > 1 and is_legal_tok(toks[i - 2]):
            i -= 1; continue
        if i < len(toks) and n == 'Y' and norm_tok(toks[i]) == 'CIA':
            i -= 1; continue
        break
    body = toks[:i]; legal = toks[i:]
    if body:
        body[-1] = body[-1].rstrip(',')
    return body, legal

def _cap_runs(t):
    out = []
    prev = ''
    for ch in t:
        if ch.isalpha():
            if prev.isalpha():
                out.append(ch.lower())
            elif prev.isdigit() or (prev and prev in lib.APOS):
                out.append(ch.lower())
            else:
                out.append(ch.upper())
        else:
            out.append(ch)
        prev = ch
    return ''.join(out)

def tcw(t):
    if DOTTED.match(t):
        return t.upper()
    n = norm_tok(t)
    if n in LEGAL_UP and n == re.sub(r'[^A-Za-z0-9]', '', t):
        return t.upper()
    letters = re.sub(r'[^A-Za-z]', '', t)
    if letters.upper() in ROMAN and letters.isupper():
        return t
    if letters.isupper() and 2 <= len(letters) <= 4 and not re.search(r'[AEIOUY]', letters) and letters == re.sub(r'[^A-Za-z]', '', t):
        return t
    return _cap_runs(t)

def display_parts(name):
    body, legal = split_legal(name)
    return [tcw(t) for t in body], legal

def display(name):
    b, l = display_parts(name)
    return ' '.join(b + l)

def plain(t):
    t = t.rstrip(',')
    return t.isascii() and t.isalpha()

def is_name_word(t):
    t = t.rstrip(',')
    return plain(t) and len(t) >= 3 and t.lower() not in SMALL and t.lower() not in lib.FILLER and t.lower() not in EXTRA_SMALL

# ------------------------------------------------------------------ kinds and shapes
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
MIXED = {'abbreviation'}
NARC_ABBR_MAX = 2

PARTIAL = ['all name words but the first, legal form kept',
           'first and last name words, legal form dropped',
           'all name words but the second, legal form kept']
WORD_ORDER = ['name words stably sorted by their fourth letter',
              'name words stably sorted by their count of distinct letters, fewest first',
              'name words stably sorted by their first vowel']
CASE = ['first two letters of each word upper, the rest lower',
        'every second word upper, the others lower',
        'letters a to m upper, n to z lower']
PUNCT = ['`@` for the first a after the first letter',
         '`\u00b0` for the first o after the first letter',
         '`#` after the fourth letter',
         '`\\` after the fifth letter']
TYPO = ['OCR `vv` for w', 'OCR `5` for s', '`s` typed for a', '`p` typed for o',
        'first two letters of the longest word swapped', 'fourth letter of the longest word dropped']
TRANSLIT = ['Polish-style spelling', 'Turkish-style spelling']
SCRIPT = ['Gothic letters', 'Ogham letters']
AKA = ['own alt.csv alias']

LEGAL_FORMS = [  # label, form, position
    ('German `KGaA`', 'KGaA', 'end'),
    ('Mexican `S.A.P.I. de C.V.`', 'S.A.P.I. de C.V.', 'end'),
    ('Japanese `G.K.`', 'G.K.', 'end'),
    ('French `SELARL`', 'SELARL', 'end'),
    ('Hungarian `Kkt.`', 'Kkt.', 'end'),
    ('Polish `S.K.A.`', 'S.K.A.', 'end'),
    ('Croatian `j.d.o.o.`', 'j.d.o.o.', 'end'),
    ('Bulgarian `EOOD`', 'EOOD', 'end'),
    ('Qatari `Q.P.S.C.`', 'Q.P.S.C.', 'end'),
    ('Egyptian `S.A.E.`', 'S.A.E.', 'end'),
    ('US `L3C`', 'L3C', 'end'),
    ('Indonesian `CV` (in front)', 'CV', 'front'),
    ('US `PBC`', 'PBC', 'end'),
    ('South African `NPC`', 'NPC', 'end'),
    ('Finnish `Ky`', 'Ky', 'end'),
    ('Danish `I/S`', 'I/S', 'end'),
    ('Vietnamese `TNHH` (in front)', 'TNHH', 'front'),
]
ABBREVS = [  # abbreviation, long words
    ('Exp.', ['EXPORT', 'EXPORTS']),
    ('Imp.', ['IMPORT', 'IMPORTS']),
    ('Constr.', ['CONSTRUCTION', 'CONSTRUCTORA', 'CONSTRUCCIONES']),
    ('Chem.', ['CHEMICAL', 'CHEMICALS']),
    ('Aviat.', ['AVIATION']),
    ('Sec.', ['SECURITY']),
    ('Mach.', ['MACHINERY']),
    ('Agric.', ['AGRICULTURAL', 'AGRICULTURE']),
    ('Rev.', ['REVOLUTIONARY']),
    ('Equip.', ['EQUIPMENT']),
    ('Ntwk.', ['NETWORK']),
    ('Ener.', ['ENERGY']),
    ('Ases.', ['ASESORES', 'ASESORIAS']),
    ('Shipbldg.', ['SHIPBUILDING']),
    ('Liber.', ['LIBERATION']),
    ('Nucl.', ['NUCLEAR']),
    ('Aerosp.', ['AEROSPACE']),
    ('Def.', ['DEFENSE', 'DEFENCE']),
    ('Distrib.', ['DISTRIBUIDORA', 'DISTRIBUTION', 'DISTRIBUCIONES']),
    ('Inv.', ['INVERSIONES']),
]
# my own approximate translations of trade words, one language per row
DICTS = {
 'Irish': {'SHIPPING': 'Loingseoireacht', 'TRADING': 'Trádála', 'INDUSTRIES': 'Tionscail', 'TRANSPORT': 'Iompar',
           'ENERGY': 'Fuinneamh', 'ARMY': 'Arm', 'AIR': 'Aer', 'OIL': 'Ola', 'INVESTMENT': 'Infheistíocht',
           'INSURANCE': 'Árachas', 'ENGINEERING': 'Innealtóireacht', 'STEEL': 'Cruach', 'MOVEMENT': 'Gluaiseacht'},
 'Catalan': {'SHIPPING': 'Navilera', 'TRADING': 'Comerç', 'INDUSTRIES': 'Indústries', 'TRANSPORT': 'Transports',
             'ENERGY': 'Energia', 'ARMY': 'Exèrcit', 'AIR': 'Aeri', 'OIL': 'Petroli', 'INVESTMENT': 'Inversió',
             'INSURANCE': 'Assegurances', 'ENGINEERING': 'Enginyeria', 'STEEL': 'Acer', 'MOVEMENT': 'Moviment'},
 'Occitan': {'SHIPPING': 'Navigacion', 'TRADING': 'Comèrci', 'TRANSPORT': 'Carrei', 'ENERGY': 'Energia',
             'ARMY': 'Armada', 'AIR': 'Aire', 'OIL': 'Petròli', 'INVESTMENT': 'Investiment', 'INSURANCE': 'Assegurança',
             'STEEL': 'Acièr', 'MOVEMENT': 'Movement'},
 'Breton': {'SHIPPING': 'Merdeadurezh', 'TRADING': 'Kenwerzh', 'INDUSTRIES': 'Greantiezhoù', 'TRANSPORT': 'Treuzdougen',
            'ENERGY': 'Energiezh', 'ARMY': 'Arme', 'AIR': 'Aer', 'OIL': 'Eoul', 'INVESTMENT': 'Postadur',
            'INSURANCE': 'Asurañs', 'ENGINEERING': 'Ijinerezh', 'STEEL': 'Dir', 'MOVEMENT': 'Luskad'},
 'Corsican': {'SHIPPING': 'Navigazione', 'TRADING': 'Cummerciu', 'INDUSTRIES': 'Industrie', 'TRANSPORT': 'Trasportu',
              'ENERGY': 'Energia', 'ARMY': 'Armata', 'AIR': 'Aria', 'OIL': 'Oliu', 'INVESTMENT': 'Investimentu',
              'INSURANCE': 'Assicuranza', 'STEEL': 'Azzaru', 'MOVEMENT': 'Muvimentu'},
 'Swahili': {'SHIPPING': 'Usafirishaji', 'TRADING': 'Biashara', 'INDUSTRIES': 'Viwanda', 'TRANSPORT': 'Usafiri',
             'ENERGY': 'Nishati', 'ARMY': 'Jeshi', 'AIR': 'Anga', 'OIL': 'Mafuta', 'INVESTMENT': 'Uwekezaji',
             'INSURANCE': 'Bima', 'ENGINEERING': 'Uhandisi', 'STEEL': 'Chuma', 'MOVEMENT': 'Vuguvugu'},
 'Malagasy': {'SHIPPING': 'Fandefasana', 'TRADING': 'Varotra', 'INDUSTRIES': 'Indostria', 'TRANSPORT': 'Fitaterana',
              'ENERGY': 'Angovo', 'ARMY': 'Tafika', 'AIR': 'Rivotra', 'OIL': 'Solika', 'INVESTMENT': 'Fampiasam-bola',
              'INSURANCE': 'Fiantohana', 'STEEL': 'Vy', 'MOVEMENT': 'Hetsika'},
 'Samoan': {'SHIPPING': 'Felauaiga', 'TRADING': 'Fefaatauaiga', 'INDUSTRIES': 'Pisinisi', 'TRANSPORT': 'Femalagaiga',
            'ENERGY': 'Malosiaga', 'ARMY': 'Autau', 'AIR': 'Ea', 'OIL': 'Suauu', 'INSURANCE': 'Inisiua',
            'ENGINEERING': 'Inisinia', 'STEEL': 'Uamea', 'MOVEMENT': 'Faagaioiga'},
 'Hawaiian': {'SHIPPING': 'Hoʻouna', 'TRADING': 'Kālepa', 'INDUSTRIES': 'ʻOihana', 'TRANSPORT': 'Halihali',
              'ENERGY': 'Ikehu', 'ARMY': 'Pūʻali', 'AIR': 'Ea', 'OIL': 'ʻAila', 'INVESTMENT': 'Hoʻopukapuka',
              'INSURANCE': 'Ināwa', 'ENGINEERING': 'ʻEnekinia', 'STEEL': 'Kila', 'MOVEMENT': 'Neʻe'},
 'Quechua': {'SHIPPING': 'Wampuykuna', 'TRADING': 'Qhatuy', 'INDUSTRIES': 'Ruraykuna', 'TRANSPORT': 'Apaykachay',
             'ENERGY': 'Kallpa', 'ARMY': 'Awqaqkuna', 'AIR': 'Wayra', 'OIL': 'Wira', 'INVESTMENT': 'Qullqichay',
             'STEEL': 'Qillay', 'MOVEMENT': 'Kuyuy'},
 'Guarani': {'SHIPPING': 'Kanoaty', 'TRADING': 'Ñemuha', 'INDUSTRIES': 'Apopyrenda', 'TRANSPORT': 'Mbaeguerahaha',
             'ENERGY': 'Mbarete', 'ARMY': 'Ñorairõhára', 'AIR': 'Yvytu', 'OIL': 'Ñandyry', 'STEEL': 'Itakandu',
             'MOVEMENT': 'Ñemongu'},
 'Xhosa': {'SHIPPING': 'Ukuthunyelwa', 'TRADING': 'Urhwebo', 'INDUSTRIES': 'Amashishini', 'TRANSPORT': 'Uthutho',
           'ENERGY': 'Amandla', 'ARMY': 'Umkhosi', 'AIR': 'Umoya', 'OIL': 'Ioli', 'INVESTMENT': 'Utyalomali',
           'INSURANCE': 'Inshorensi', 'ENGINEERING': 'Ubunjineli', 'STEEL': 'Intsimbi', 'MOVEMENT': 'Umbutho'},
 'Shona': {'SHIPPING': 'Kutumira', 'TRADING': 'Kutengeserana', 'TRANSPORT': 'Zvekufambisa', 'ENERGY': 'Simba',
           'ARMY': 'Uto', 'AIR': 'Mhepo', 'OIL': 'Mafuta', 'STEEL': 'Simbi', 'MOVEMENT': 'Sangano'},
 'Wolof': {'SHIPPING': 'Gaal', 'TRADING': 'Njaay', 'TRANSPORT': 'Yóbbu', 'ENERGY': 'Doole', 'ARMY': 'Xarekat',
           'AIR': 'Ngelaw', 'OIL': 'Diw', 'STEEL': 'Weñ'},
}
TRANS_LANGS = list(DICTS)
UNITS = [  # label, words, position relative to the city
    ('Irish `brainse i`', 'brainse i', 'before'),
    ('Catalan `sucursal a`', 'sucursal a', 'before'),
    ('Occitan `succursala a`', 'succursala a', 'before'),
    ('Breton `skourr e`', 'skourr e', 'before'),
    ('Corsican `filiale in`', 'filiale in', 'before'),
    ('Swahili `tawi la`', 'tawi la', 'before'),
    ('Malagasy `sampana any`', 'sampana any', 'before'),
    ('Samoan `lala i`', 'lala i', 'before'),
    ('Hawaiian `lālā ma`', 'lālā ma', 'before'),
    ('Xhosa `isebe e`', 'isebe e', 'before'),
    ('Quechua `k\'allma` (after the city)', "k'allma", 'after'),
    ('Guarani `rakã` (after the city)', 'rakã', 'after'),
    ('Shona `bazi mu`', 'bazi mu', 'before'),
    ('Wolof `bànqaas ci`', 'bànqaas ci', 'before'),
]
def _q(s):
    return s.replace('"', '\\"')
MESSY = [  # label, template(name, city)
    ('BibTeX entry', lambda n, c: '@misc{screen, title = {%s}, address = {%s}}' % (n, c)),
    ('SPARQL query', lambda n, c: 'SELECT ?e WHERE { ?e :name "%s" ; :city "%s" }' % (_q(n), _q(c))),
    ('Go struct literal', lambda n, c: 'Party{Name: "%s", City: "%s"}' % (_q(n), _q(c))),
    ('PHP array', lambda n, c: "['party' => \"%s\", 'city' => \"%s\"]" % (_q(n), _q(c))),
    ('Erlang tuple', lambda n, c: '{party, <<"%s">>, <<"%s">>}' % (_q(n), _q(c))),
    ('Markdown checklist item', lambda n, c: '- [ ] screen **%s** (%s)' % (n, c)),
    ('chat in Irish', lambda n, c: 'An féidir leat seiceáil an bhfuil %s (%s) ar liosta na smachtbhannaí?' % (n, c)),
    ('chat in Catalan', lambda n, c: 'Pots comprovar si %s de %s és a la llista de sancions?' % (n, c)),
    ('chat in Occitan', lambda n, c: 'Podes verificar se %s de %s es sus la lista de las sancions?' % (n, c)),
    ('chat in Breton', lambda n, c: 'Gallout a rez gwiriañ hag-eñ emañ %s (%s) war roll ar sankcionoù?' % (n, c)),
    ('chat in Corsican', lambda n, c: "Poi verificà s'ellu %s di %s hè nant'à a lista di e sanzioni?" % (n, c)),
    ('chat in Swahili', lambda n, c: 'Tafadhali angalia kama %s ya %s iko kwenye orodha ya vikwazo.' % (n, c)),
    ('chat in Malagasy', lambda n, c: "Azonao jerena ve raha ao amin'ny lisitry ny sazy i %s any %s?" % (n, c)),
    ('chat in Samoan', lambda n, c: "Faamolemole siaki pe o %s i %s o loo i le lisi o faasalaga." % (n, c)),
]

def shapes(kind):
    return {'partial': PARTIAL, 'word_order': WORD_ORDER, 'case': CASE, 'punctuation': PUNCT, 'typo': TYPO,
            'transliteration': TRANSLIT, 'script': SCRIPT, 'aka': AKA,
            'legal_form': [x[0] for x in LEGAL_FORMS], 'abbreviation': ['`%s`' % a for a, _ in ABBREVS],
            'translation': TRANS_LANGS, 'parent_vs_subsidiary': [u[0] for u in UNITS],
            'messy': [m[0] for m in MESSY]}[kind]

def quota(kind):
    per = {'partial': 4, 'word_order': 4, 'case': 4, 'punctuation': 3, 'typo': 2, 'transliteration': 6,
           'script': 6, 'aka': 12}
    return per.get(kind, 1)

KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']

def shape_of(kind, variant):
    best = None
    for s in shapes(kind):
        if variant == s or variant.startswith(s + ' ('):
            if best is None or len(s) > len(best):
                best = s
    return best

# ------------------------------------------------------------------ helpers
def name_word_idx(body):
    return [i for i, t in enumerate(body) if is_name_word(t)]

def longest_name_word(body, need=None):
    best = None
    for i, t in enumerate(body):
        if not is_name_word(t):
            continue
        w = t.rstrip(',')
        if need and need not in w[1:].lower():
            continue
        if best is None or len(w) > len(body[best].rstrip(',')):
            best = i
    return best

def join(body, legal):
    return ' '.join([t for t in body] + list(legal))

# ------------------------------------------------------------------ generators
def g_partial(shape, name):
    body, legal = split_legal(name)
    nw = name_word_idx(body)
    if len(nw) < 3:
        return None
    if shape == PARTIAL[0]:
        sel, keep = nw[1:], True
    elif shape == PARTIAL[1]:
        sel, keep = [nw[0], nw[-1]], False
    else:
        sel, keep = nw[:1] + nw[2:], True
    words = [tcw(body[i].rstrip(',')) for i in sel]
    if sum(len(w) for w in words) < 10:
        return None
    q = ' '.join(words + (legal if keep else []))
    return q, None

def _wo_key(shape, w):
    w = w.lower()
    if shape == WORD_ORDER[0]:
        return w[3] if len(w) > 3 else ''
    if shape == WORD_ORDER[1]:
        return len(set(w))
    for ch in w:
        if ch in 'aeiouy':
            return 'aeiouy'.index(ch)
    return 9

def g_word_order(shape, name):
    body, legal = split_legal(name)
    if not body or not all(plain(t) for t in body):
        return None
    nw = name_word_idx(body)
    if len(nw) < 3:
        return None
    words = [body[i].rstrip(',') for i in nw]
    new = sorted(words, key=lambda w: _wo_key(shape, w))
    if new == words:
        return None
    out = list(body)
    for i, w in zip(nw, new):
        out[i] = w
    out[-1] = out[-1].rstrip(',')
    return join([tcw(t) for t in out], legal), None

def g_case(shape, name):
    toks = name.split(' ')
    if shape == CASE[0]:
        res = []
        for t in toks:
            k = 0; o = []
            for ch in t:
                if ch.isalpha():
                    o.append(ch.upper() if k < 2 else ch.lower()); k += 1
                else:
                    o.append(ch)
            res.append(''.join(o))
        q = ' '.join(res)
    elif shape == CASE[1]:
        q = ' '.join(t.upper() if i % 2 else t.lower() for i, t in enumerate(toks))
    else:
        q = ''.join((ch.upper() if 'a' <= ch.lower() <= 'm' else ch.lower()) if ch.isalpha() else ch for ch in name)
    if q == name or q.lower() != name.lower():
        return None
    return q, None

def g_legal(shape, name):
    item = [x for x in LEGAL_FORMS if x[0] == shape][0]
    _, form, pos = item
    body, legal = split_legal(name)
    if any(is_legal_tok(t) for t in body):
        return None
    if not any(len(re.sub(r'[^A-Za-z]', '', t)) >= 3 for t in body):
        return None
    b = [tcw(t) for t in body]
    q = (form + ' ' + ' '.join(b)) if pos == 'front' else (' '.join(b) + ' ' + form)
    det = ('replacing `%s`' % ' '.join(legal)) if legal else 'added'
    if pos == 'front':
        det = ('`%s` dropped' % ' '.join(legal)) if legal else 'added'
    return q, det

def g_punct(shape, name):
    body, legal = display_parts(name)
    raw_body, _ = split_legal(name)
    i = longest_name_word(raw_body)
    if i is None:
        return None
    w = body[i].rstrip(',')
    lw = w.lower()
    if shape == PUNCT[0] or shape == PUNCT[1]:
        ch = 'a' if shape == PUNCT[0] else 'o'
        k = lw.find(ch, 1)
        if k < 1:
            return None
        nw = w[:k] + ('@' if ch == 'a' else '\u00b0') + w[k + 1:]
    elif shape == PUNCT[2]:
        if len(w) < 6:
            return None
        nw = w[:4] + '#' + w[4:]
    else:
        if len(w) < 7:
            return None
        nw = w[:5] + '\\' + w[5:]
    b = list(body); b[i] = nw
    return join(b, legal), 'in `%s`' % w

def g_abbrev(shape, name):
    ab = shape.strip('`')
    longs = dict(ABBREVS)[ab]
    body, legal = display_parts(name)
    raw_body, _ = split_legal(name)
    for i, t in enumerate(raw_body):
        if norm_tok(t) in longs and t.rstrip(',').isalpha():
            b = list(body); b[i] = ab + (',' if t.endswith(',') else '')
            return join(b, legal), 'for `%s`' % t.rstrip(',')
    return None

def g_typo(shape, name):
    body, legal = display_parts(name)
    raw_body, _ = split_legal(name)
    letter = {TYPO[0]: 'w', TYPO[1]: 's', TYPO[2]: 'a', TYPO[3]: 'o'}.get(shape)
    i = longest_name_word(raw_body, need=letter)
    if i is None:
        return None
    w = body[i].rstrip(',')
    if letter:
        k = w.lower().find(letter, 1)
        rep = {TYPO[0]: 'vv', TYPO[1]: '5', TYPO[2]: 's', TYPO[3]: 'p'}[shape]
        nw = w[:k] + rep + w[k + 1:]
    elif shape == TYPO[4]:
        if len(w) < 4 or w[0].lower() == w[1].lower():
            return None
        nw = (w[1] + w[0]).capitalize() + w[2:] if w[0].isupper() else w[1] + w[0] + w[2:]
    else:
        if len(w) < 6:
            return None
        nw = w[:3] + w[4:]
    b = list(body); b[i] = nw
    return join(b, legal), 'in `%s`' % w

VOW = 'aeiou'
def _style(word, style):
    w = word.lower()
    out = []; i = 0
    P = {'sh': 'sz', 'ch': 'cz', 'zh': 'ż', 'kh': 'ch', 'ph': 'f', 'th': 't', 'ck': 'k', 'qu': 'kw', 'ts': 'c', 'tz': 'c',
         'ee': 'i', 'oo': 'u', 'q': 'k', 'x': 'ks', 'w': 'ł', 'v': 'w', 'j': 'dż'}
    T = {'sh': 'ş', 'ch': 'ç', 'zh': 'j', 'kh': 'h', 'ph': 'f', 'th': 't', 'ck': 'k', 'qu': 'kv', 'ee': 'i', 'oo': 'u',
         'q': 'k', 'x': 'ks', 'w': 'v', 'j': 'c'}
    M = P if style == 'pl' else T
    while i < len(w):
        two = w[i:i + 2]
        if two in M:
            out.append(M[two]); i += 2; continue
        ch = w[i]
        if ch == 'c':
            out.append('s' if i + 1 < len(w) and w[i + 1] in 'eiy' else 'k')
        elif ch == 'y' and style == 'pl':
            out.append('j' if i + 1 < len(w) and w[i + 1] in VOW else 'y')
        elif ch in M:
            out.append(M[ch])
        else:
            out.append(ch)
        i += 1
    r = ''.join(out)
    if word[:1].isupper():
        r = r[:1].upper() + r[1:]
    return r

def g_translit(shape, name):
    style = 'pl' if shape == TRANSLIT[0] else 'tr'
    body, legal = display_parts(name)
    out = []
    for t in body:
        core = t.rstrip(',')
        if core.isascii() and core.isalpha() and len(core) > 4 and core.lower() not in lib.FILLER and not core.isupper():
            out.append(_style(core, style) + t[len(core):])
        else:
            out.append(t)
    if out == body:
        return None
    return join(out, legal), None

def g_translation(shape, name):
    d = DICTS[shape]
    body, legal = display_parts(name)
    raw_body, _ = split_legal(name)
    for i, t in enumerate(raw_body):
        n = norm_tok(t)
        if n in d and t.rstrip(',').isalpha():
            b = list(body); b[i] = d[n] + (',' if t.endswith(',') else '')
            return join(b, legal), '`%s` as `%s`' % (n, d[n])
    return None

def g_parent(shape, name, city):
    if not city:
        return None
    _, words, pos = [u for u in UNITS if u[0] == shape][0]
    dn = display(name)
    q = '%s %s %s' % (dn, words, city) if pos == 'before' else '%s %s %s' % (dn, city, words)
    return q, 'city `%s`' % city

def g_messy(shape, name, city):
    if not city:
        return None
    f = dict(MESSY)[shape]
    return f(display(name), city), 'city `%s`' % city

def g_aka(shape, name, aliases):
    return [(a, 'aka, alt_num %d' % n) for (n, t, a) in aliases if t == 'aka' and a]

# ------------------------------------------------------------------ scripts
U = unicodedata.lookup
GOTHIC = {'a': 'AHSA', 'b': 'BAIRKAN', 'g': 'GIBA', 'd': 'DAGS', 'e': 'AIHVUS', 'q': 'QAIRTHRA', 'z': 'IUJA',
          'h': 'HAGL', 'th': 'THIUTH', 'i': 'EIS', 'k': 'KUSMA', 'l': 'LAGUS', 'm': 'MANNA', 'n': 'NAUTHS', 'j': 'JER',
          'u': 'URUS', 'p': 'PAIRTHRA', 'r': 'RAIDA', 's': 'SAUIL', 't': 'TEIWS', 'w': 'WINJA', 'v': 'WINJA',
          'f': 'FAIHU', 'kh': 'IGGWS', 'o': 'OTHAL', 'y_c': 'JER', 'y_v': 'EIS', 'x': 'KUSMA SAUIL',
          'sh': 'SAUIL', 'ch': 'TEIWS SAUIL', 'zh': 'IUJA', 'ts': 'TEIWS SAUIL', 'gh': 'GIBA'}
OGHAM = {'a': 'AILM', 'b': 'BEITH', 'd': 'DAIR', 'e': 'EADHADH', 'f': 'FEARN', 'v': 'FEARN', 'g': 'GORT', 'h': 'UATH',
         'i': 'IODHADH', 'j': 'IODHADH', 'k': 'COLL', 'l': 'LUIS', 'm': 'MUIN', 'n': 'NION', 'o': 'ONN', 'p': 'PEITH',
         'q': 'CEIRT', 'r': 'RUIS', 's': 'SAIL', 't': 'TINNE', 'u': 'UR', 'w': 'UR', 'x': 'EAMHANCHOLL',
         'y_c': 'IODHADH', 'y_v': 'IODHADH', 'z': 'STRAIF', 'ng': 'NGEADAL', 'sh': 'SAIL UATH', 'ch': 'COLL UATH',
         'kh': 'COLL UATH', 'th': 'TINNE UATH', 'gh': 'GORT UATH', 'zh': 'STRAIF UATH', 'ts': 'TINNE SAIL'}
SCRIPT_INFO = {'Gothic letters': ('GOTHIC LETTER ', GOTHIC, 0x10330, 0x1034F),
               'Ogham letters': ('OGHAM LETTER ', OGHAM, 0x1680, 0x169F)}

def phonemes(word, ogham=False):
    w = word.lower().replace('ck', 'k')
    w = re.sub(r'(.)\1', r'\1', w)
    out = []; i = 0
    digs = ['sh', 'ch', 'kh', 'zh', 'ts', 'th', 'gh', 'ph'] + (['ng'] if ogham else [])
    while i < len(w):
        two = w[i:i + 2]
        if two in digs:
            out.append('f' if two == 'ph' else two); i += 2; continue
        ch = w[i]
        if ch == 'c':
            out.append('s' if i + 1 < len(w) and w[i + 1] in 'eiy' else 'k')
        elif ch == 'y':
            out.append('y_c' if i + 1 < len(w) and w[i + 1] in VOW else 'y_v')
        else:
            out.append(ch)
        i += 1
    return out

def script_words(name):
    body, _ = split_legal(name)
    words = []
    for t in body:
        if t[:1] in '\'"' or any(ch.isdigit() for ch in t):
            continue
        t = t.strip(',()')
        for p in t.split('-'):
            if not p:
                continue
            if not (p.isascii() and p.isalpha()):
                continue
            if p.lower() in lib.FILLER:
                continue
            words.append(p)
    return words

def render(shape, name):
    prefix, table, lo, hi = SCRIPT_INFO[shape]
    words = script_words(name)
    if not (1 <= len(words) <= 4):
        return None
    if len(words) == 1 and len(words[0]) < 7:
        return None
    out = []
    for w in words:
        letters = []
        for ph in phonemes(w, ogham=(shape == SCRIPT[1])):
            if ph not in table:
                return None
            for n in table[ph].split():
                letters.append(U(prefix + n))
        out.append(''.join(letters))
    return ' '.join(out), None

def script_errors(q, shape):
    _, _, lo, hi = SCRIPT_INFO[shape]
    errs = []
    for ch in q:
        if ch == ' ':
            continue
        if not (lo <= ord(ch) <= hi):
            errs.append('code point U+%04X outside %s' % (ord(ch), shape))
            break
    if lib.has_latin(q):
        errs.append('Latin letters in script row')
    return errs

def generate(kind, shape, ent, name, data):
    if kind == 'partial': return g_partial(shape, name)
    if kind == 'word_order': return g_word_order(shape, name)
    if kind == 'case': return g_case(shape, name)
    if kind == 'legal_form': return g_legal(shape, name)
    if kind == 'punctuation': return g_punct(shape, name)
    if kind == 'abbreviation': return g_abbrev(shape, name)
    if kind == 'typo': return g_typo(shape, name)
    if kind == 'transliteration': return g_translit(shape, name)
    if kind == 'translation': return g_translation(shape, name)
    if kind == 'script': return render(shape, name)
    if kind == 'parent_vs_subsidiary': return g_parent(shape, name, data.city(ent))
    if kind == 'messy': return g_messy(shape, name, data.city(ent))
    raise ValueError(kind)
