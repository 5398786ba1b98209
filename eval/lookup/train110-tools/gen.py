"""train110 generators: display forms and one generator per positive kind (written from scratch)."""
import re, unicodedata
import lib

LEGAL_UP = set(x.upper() for x in lib.LEGAL_FOLDS) | {'SPRDERL', 'SDERL', 'SDERLDECV', 'SADECV', 'SENC', 'SENCS', 'USA', 'PR', 'RI', 'CS', 'SP', 'EP'}
CONNECT = {'DE', 'EN', '&', 'Y', 'E'}
SMALL_EXTRA = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
ROMAN = re.compile(r'^(?=[IVXLC]+$)M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$')

def _norm(t):
    return re.sub(r'[^A-Z0-9]', '', t.upper())

def is_legal_tok(t):
    n = _norm(t)
    if not n:
        return False
    if n in LEGAL_UP:
        return True
    if re.fullmatch(r'\(?[A-Z]\.\)?,?', t):          # single dotted letter such as S.
        return True
    if t.strip(',') in ('(USA)',):
        return True
    return False

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if is_legal_tok(t):
            i -= 1; continue
        if t.upper() in CONNECT and i < len(toks) and i - 2 >= 1 and is_legal_tok(toks[i - 2]):
            i -= 1; continue
        if t.upper() in ('Y', 'E', '&') and i < len(toks) and _norm(toks[i]) == 'CIA':
            i -= 1; continue
        break
    body, legal = toks[:i], toks[i:]
    # a connector left at the start of the legal part goes back to the body
    while legal and legal[0].upper() in CONNECT and not (len(legal) > 1 and _norm(legal[1]) == 'CIA'):
        body.append(legal.pop(0))
    return body, legal

def tc_tok(t):
    core = t.strip(',')
    if re.fullmatch(r'([A-Za-z]\.)+', core):
        return t
    if ROMAN.match(core) and len(core) <= 4 and core.isupper():
        return t
    if re.fullmatch(r'[B-DF-HJ-NP-TV-XZ]{2,4}', core):
        return t
    out, prev = [], ''
    for i, c in enumerate(t):
        if c.isalpha():
            if prev.isalnum() or (prev in "'\u2019" and i >= 2 and t[i - 2].isalpha()):
                out.append(c.lower())
            else:
                out.append(c.upper())
        else:
            out.append(c)
        prev = c
    return ''.join(out)

def display_parts(name):
    body, legal = split_legal(name)
    return [tc_tok(t) for t in body], legal

def display(name):
    b, l = display_parts(name)
    return ' '.join(b + l)

def plain(t):
    c = t[:-1] if t.endswith(',') else t
    return bool(c) and c.isalpha() and c.isascii()

def is_small(t):
    c = t.strip(',')
    f = lib.full(c)
    if not f or f in lib.FILLER or f in SMALL_EXTRA:
        return True
    letters = [x for x in c if x.isalpha()]
    if len(letters) <= 2 or '.' in c or re.search(r'\d', c):
        return True
    if ROMAN.match(c.upper()) and c.isupper():
        return True
    return False

def name_words(body):
    return [i for i, t in enumerate(body) if not is_small(t)]

def _legal_body_ok(body):
    return any(plain(t) and len(t.strip(',')) >= 3 and not is_small(t) for t in body) and \
        not any(is_legal_tok(t) or '.' in t for t in body)

# ---------------- legal_form ----------------
LEGAL_FORMS = [  # (shape, form, front)
    ('Bulgarian `EOOD`', 'EOOD', False), ('Slovenian `d.n.o.`', 'd.n.o.', False),
    ('Croatian `j.t.d.`', 'j.t.d.', False), ('Finnish `Tmi`', 'Tmi', False),
    ('French `SELARL`', 'SELARL', False), ('Brazilian `EIRELI`', 'EIRELI', False),
    ('Italian `S.c.a.r.l.`', 'S.c.a.r.l.', False),
    ('Qatari `Q.P.S.C.`', 'Q.P.S.C.', False), ('Irish `CLG`', 'CLG', False),
    ('Canadian `ULC`', 'ULC', False), ('Vietnamese `TNHH` (in front)', 'TNHH', True),
    ('American `PBC`', 'PBC', False), ('Spanish `A.I.E.`', 'A.I.E.', False),
    ('Azerbaijani `QSC`', 'QSC', False), ('Greek `M.I.K.E.`', 'M.I.K.E.', False),
]
LEGAL_BY_SHAPE = {s: (f, fr) for s, f, fr in LEGAL_FORMS}

def g_legal_form(r):
    b, l = display_parts(r['name'])
    raw, _ = split_legal(r['name'])
    if not b or not _legal_body_ok(raw):
        return []
    b = b[:-1] + [b[-1].rstrip(',')]
    out = []
    for s, f, fr in LEGAL_FORMS:
        q = (f + ' ' + ' '.join(b)) if fr else (' '.join(b) + ' ' + f)
        out.append((s, None, q))
    return out

# ---------------- punctuation ----------------
PUNCT_SIGNS = '!|=?'
PUNCT_SHAPES = [
    '`!` for the first i after the first letter of the longest name word that has one',
    '`|` for the first l after the first letter of the longest name word that has one',
    '`=` after the second letter of the longest name word (≥ 5 letters)',
    '`?` before the last letter of the longest name word (≥ 5 letters)',
]

def _longest(words, pred):
    best = None
    for i, w in words:
        if pred(w) and (best is None or len(w) > len(best[1])):
            best = (i, w)
    return best

def g_punctuation(r):
    if any(c in r['name'] for c in PUNCT_SIGNS):
        return []
    b, l = display_parts(r['name'])
    raw, _ = split_legal(r['name'])
    nw = [(i, b[i].rstrip(',')) for i in name_words(raw) if plain(raw[i])]
    out = []
    for k, s in enumerate(PUNCT_SHAPES):
        if k < 2:
            ch = 'il'[k]; sign = '!|'[k]
            hit = _longest(nw, lambda w: ch in w[1:])
            if not hit:
                continue
            i, w = hit
            p = w.index(ch, 1)
            nwd = w[:p] + sign + w[p + 1:]
        else:
            hit = _longest(nw, lambda w: len(w) >= 5)
            if not hit:
                continue
            i, w = hit
            nwd = (w[:2] + '=' + w[2:]) if k == 2 else (w[:-1] + '?' + w[-1:])
        nb = list(b); nb[i] = b[i].replace(w, nwd, 1)
        out.append((s, 'in ' + w, ' '.join(nb + l)))
    return out

# ---------------- abbreviation ----------------
SHORT = {  # long word (upper) -> short form
    'INMOBILIARIA': 'Inmob.', 'COMERCIAL': 'Cial.', 'GENERAL': 'Grl.', 'SOLUCIONES': 'Soluc.',
    'ALIMENTOS': 'Aliment.', 'FARMACEUTICA': 'Farmac.', 'AGROINDUSTRIAL': 'Agroind.', 'SUCESORES': 'Sucs.',
    'FRIGORIFICO': 'Frigor.', 'TURISTICA': 'Turist.', 'LABORATORIOS': 'Laborat.', 'COMUNICACIONES': 'Comunic.',
    'MANUFACTURING': 'Mfg.', 'MANAGEMENT': 'Mgmt.', 'MARKETING': 'Mktg.', 'ENGINEERING': 'Engrg.',
    'FOUNDATION': 'Fndn.', 'COUNCIL': 'Cncl.', 'AUTHORITY': 'Auth.', 'MOVEMENT': 'Mvmt.', 'ENERGY': 'Enrg.',
    'POLYMER': 'Polym.', 'TEXTILE': 'Txtl.', 'TRAVEL': 'Trvl.', 'HOTEL': 'Htl.', 'FINANCIAL': 'Finl.',
    'ISLAMIC': 'Isl.', 'REPUBLIC': 'Rep.', 'CENTRAL': 'Ctrl.', 'DIRECTORATE': 'Dir.', 'POWER': 'Pwr.',
    'AIRLINES': 'Airl.', 'NAVIGATION': 'Nav.', 'TRANSPORT': 'Tpt.', 'INSURANCE': 'Insur.',
    'REFINING': 'Refin.', 'CONSTRUCTION': 'Constrn.', 'DEVELOPMENT': 'Dvlpmt.', 'ELECTRONICS': 'Electron.',
    'PLASTIC': 'Plast.', 'HEALTH': 'Hlth.', 'AGRICULTURE': 'Agri.', 'BUILDERS': 'Bldrs.', 'INVESTMENT': 'Invmt.',
    'REALTY': 'Rlty.',
}

def g_abbreviation(r):
    b, l = display_parts(r['name'])
    raw, _ = split_legal(r['name'])
    for i, t in enumerate(raw):
        u = re.sub(r'[^A-Z]', '', t.upper())
        if u in SHORT and t.strip(',').isalpha():
            ab = SHORT[u]
            nb = list(b); nb[i] = ab + (',' if t.endswith(',') else '')
            return [('short form', '`%s` for %s' % (ab, u), ' '.join(nb + l))]
    return []

# ---------------- partial ----------------
PARTIAL_SHAPES = [
    'the last two name words, legal form kept',
    'all name words but the last, legal form dropped',
    'all name words but the second, legal form kept',
]

def _partial_base(r):
    raw, legal = split_legal(r['name'])
    if any(t in ('/', '-', '&', '+') for t in raw):
        return None
    idx = [i for i in name_words(raw) if plain(raw[i])]
    if len(idx) < 3:
        return None
    words = [tc_tok(raw[i].rstrip(',')) for i in idx]
    return words, legal

def g_partial(r):
    base = _partial_base(r)
    if not base:
        return []
    w, legal = base
    lg = (' ' + ' '.join(legal)) if legal else ''
    return [(PARTIAL_SHAPES[0], None, ' '.join(w[-2:]) + lg),
            (PARTIAL_SHAPES[1], None, ' '.join(w[:-1])),
            (PARTIAL_SHAPES[2], None, ' '.join([w[0]] + w[2:]) + lg)]

# ---------------- word_order ----------------
ORDER_SHAPES = [
    'name words sorted alphabetically, a to z',
    'first and last name words swapped (the others in place)',
    'name words stably sorted by vowel count, fewest first',
]

def g_word_order(r):
    b, l = display_parts(r['name'])
    raw, _ = split_legal(r['name'])
    if not raw or not all(plain(t) for t in raw):
        return []
    slots = name_words(raw)
    if len(slots) < 3 or any(len(raw[i].rstrip(',')) < 3 for i in slots):
        return []
    words = [b[i].rstrip(',') for i in slots]
    orders = [sorted(words, key=lambda w: w.lower()),
              [words[-1]] + words[1:-1] + [words[0]],
              sorted(words, key=lambda w: sum(c in 'aeiouAEIOU' for c in w))]
    out = []
    for s, o in zip(ORDER_SHAPES, orders):
        nb = list(b)
        for i, w in zip(slots, o):
            nb[i] = w + (',' if b[i].endswith(',') else '')
        out.append((s, None, ' '.join(nb + l)))
    return out

# ---------------- case ----------------
CASE_SHAPES = [
    'letters at even positions of each word upper (2nd, 4th, …), the rest lower',
    'words alternately lower and upper, the first lower',
    'the first three letters of each word lower, the rest upper',
]

def _by_letters(tok, f):
    out, n = [], 0
    for c in tok:
        if c.isalpha():
            n += 1
            out.append(f(n, c))
        else:
            out.append(c)
    return ''.join(out)

def case_apply(k, name):
    toks = name.split(' ')
    res, wi = [], 0
    for t in toks:
        if t == '':
            res.append(t); continue
        if k == 0:
            res.append(_by_letters(t, lambda n, c: c.upper() if n % 2 == 0 else c.lower()))
        elif k == 1:
            res.append(t.lower() if wi % 2 == 0 else t.upper())
        else:
            res.append(_by_letters(t, lambda n, c: c.lower() if n <= 3 else c.upper()))
        wi += 1
    return ' '.join(res)

def g_case(r):
    return [(s, None, case_apply(k, r['name'])) for k, s in enumerate(CASE_SHAPES)]

# ---------------- aka ----------------
def g_aka(r, d):
    out = []
    for a in d.alts.get(r['ent'], []):
        if a['type'].lower() == 'aka' and a['name']:
            out.append(('own aka alias', 'alt_num %s' % a['alt_num'], a['name']))
    return out

# ---------------- typo ----------------
TYPO_SHAPES = [
    ('OCR `0` for o', 'o', '0'), ('OCR `cl` for d', 'd', 'cl'), ('`n` typed for m', 'm', 'n'),
    ('`w` typed for e', 'e', 'w'),
    ('first two letters of the longest word swapped', None, None),
    ('fourth letter of the longest word doubled', None, None),
]

def _title_words(b):
    out = []
    for i, t in enumerate(b):
        c = t.rstrip(',')
        if c.isalpha() and c.isascii() and len(c) >= 5 and c[0].isupper() and c[1:].islower() \
                and lib.full(c) not in lib.FILLER:
            out.append((i, c))
    return out

def g_typo(r):
    b, l = display_parts(r['name'])
    tw = _title_words(b)
    out = []
    for s, src, dst in TYPO_SHAPES:
        if src:
            hit = _longest(tw, lambda w: src in w[1:])
            if not hit:
                continue
            i, w = hit
            p = w.index(src, 1)
            nw = w[:p] + dst + w[p + 1:]
        else:
            hit = _longest(tw, lambda w: True)
            if not hit:
                continue
            i, w = hit
            if s.startswith('first two'):
                if w[0].lower() == w[1]:
                    continue
                nw = w[1].upper() + w[0].lower() + w[2:]
            else:
                nw = w[:4] + w[3] + w[4:]
        nb = list(b); nb[i] = b[i].replace(w, nw, 1)
        out.append((s, 'in ' + w, ' '.join(nb + l)))
    return out

# ---------------- transliteration ----------------
VOW = set('aeiou')

def _translit_word(w, style):
    lw = w.lower()
    out, i, n = [], 0, len(lw)
    while i < n:
        rest = lw[i:]
        nxt = lw[i + 1] if i + 1 < n else ''
        if style == 'dutch':
            if rest == 'tions': out.append('ties'); break
            if rest == 'tion': out.append('tie'); break
            table = [('tch', 'tsj'), ('sch', 'sch'), ('ch', 'tsj'), ('sh', 'sj'), ('zh', 'zj'), ('kh', 'ch'),
                     ('ph', 'f'), ('th', 't'), ('qu', 'kw'), ('ck', 'k'), ('ee', 'ie'), ('oo', 'oe')]
        else:
            if rest == 'tions': out.append('ce'); break
            if rest == 'tion': out.append('ce'); break
            table = [('tch', 'č'), ('sch', 'š'), ('ch', 'č'), ('sh', 'š'), ('zh', 'ž'), ('kh', 'ch'),
                     ('ph', 'f'), ('th', 't'), ('qu', 'kv'), ('ck', 'k'), ('ts', 'c'), ('ee', 'í'), ('oo', 'ú')]
        for a, z in table:
            if rest.startswith(a):
                out.append(z); i += len(a); break
        else:
            c = lw[i]
            if c == 'c':
                out.append('s' if nxt in ('e', 'i', 'y') else 'k')
            elif c == 'q':
                out.append('k')
            elif c == 'x':
                out.append('ks')
            elif c == 'j':
                out.append('dj' if style == 'dutch' else 'dž')
            elif c == 'w' and style == 'czech':
                out.append('v')
            elif c == 'y':
                out.append('j' if nxt in VOW else ('i' if style == 'dutch' else 'y'))
            else:
                out.append(c)
            i += 1
    res = ''.join(out)
    return res[:1].upper() + res[1:] if w[:1].isupper() else res

TRANSLIT_SHAPES = {'Dutch-style spelling': 'dutch', 'Czech-style spelling': 'czech'}

def translit_name(name, style):
    b, l = display_parts(name)
    nb = []
    for t in b:
        comma = t.endswith(',')
        c = t.rstrip(',')
        parts = c.split('-')
        np = []
        for p in parts:
            if p.isalpha() and p.isascii() and len(p) > 4 and not p.isupper() and lib.full(p) not in lib.FILLER:
                np.append(_translit_word(p, style))
            else:
                np.append(p)
        nb.append('-'.join(np) + (',' if comma else ''))
    return ' '.join(nb + l)

def g_transliteration(r):
    return [(s, None, translit_name(r['name'], st)) for s, st in TRANSLIT_SHAPES.items()]

# ---------------- translation ----------------
DICTS = {
 'Basque': {'SHIPPING': 'Itsasontzi', 'CONSTRUCTION': 'Eraikuntza', 'INVESTMENT': 'Inbertsio', 'DEVELOPMENT': 'Garapen',
            'TECHNOLOGY': 'Teknologia', 'ENERGY': 'Energia', 'OIL': 'Olio', 'ENGINEERING': 'Ingeniaritza',
            'TRANSPORT': 'Garraio', 'INDUSTRIES': 'Industriak', 'TRAVEL': 'Bidaia',
            'EXCHANGE': 'Truke', 'STEEL': 'Altzairu', 'INSURANCE': 'Aseguru', 'ELECTRONICS': 'Elektronika'},
 'Maltese': {'SHIPPING': 'Tbaħħir', 'CONSTRUCTION': 'Kostruzzjoni', 'INVESTMENT': 'Investiment', 'DEVELOPMENT': 'Żvilupp',
             'TECHNOLOGY': 'Teknoloġija', 'ENERGY': 'Enerġija', 'OIL': 'Żejt', 'ENGINEERING': 'Inġinerija',
             'TRANSPORT': 'Trasport', 'INDUSTRIES': 'Industriji', 'TRAVEL': 'Safar', 'EXCHANGE': 'Skambju',
             'STEEL': 'Azzar', 'INSURANCE': 'Assigurazzjoni', 'CHEMICAL': 'Kimika'},
 'Faroese': {'SHIPPING': 'Skipan', 'CONSTRUCTION': 'Bygging', 'INVESTMENT': 'Íløga', 'DEVELOPMENT': 'Menning',
             'TECHNOLOGY': 'Tøkni', 'ENERGY': 'Orka', 'OIL': 'Olja', 'ENGINEERING': 'Verkfrøði',
             'TRANSPORT': 'Flutningur', 'INDUSTRIES': 'Ídnaður', 'INDUSTRIAL': 'Ídnaðar', 'TRAVEL': 'Ferðing',
             'EXCHANGE': 'Umbýti', 'STEEL': 'Stál', 'INSURANCE': 'Trygging'},
 'Irish': {'SHIPPING': 'Loingseoireacht', 'CONSTRUCTION': 'Tógáil', 'INVESTMENT': 'Infheistíocht', 'DEVELOPMENT': 'Forbairt',
           'TECHNOLOGY': 'Teicneolaíocht', 'ENERGY': 'Fuinneamh', 'OIL': 'Ola', 'ENGINEERING': 'Innealtóireacht',
           'TRANSPORT': 'Iompar', 'INDUSTRIES': 'Tionscail', 'INDUSTRIAL': 'Tionsclaíoch', 'TRAVEL': 'Taisteal',
           'EXCHANGE': 'Malartú', 'STEEL': 'Cruach', 'INSURANCE': 'Árachas', 'CHEMICAL': 'Ceimiceach'},
 'Scottish Gaelic': {'SHIPPING': 'Luingeas', 'CONSTRUCTION': 'Togail', 'INVESTMENT': 'Tasgadh', 'DEVELOPMENT': 'Leasachadh',
           'TECHNOLOGY': 'Teicneòlas', 'ENERGY': 'Lùth', 'OIL': 'Ola', 'ENGINEERING': 'Innleadaireachd',
           'TRANSPORT': 'Còmhdhail', 'INDUSTRIES': 'Gnìomhachasan', 'INDUSTRIAL': 'Gnìomhachail', 'TRAVEL': 'Siubhal',
           'EXCHANGE': 'Iomlaid', 'STEEL': 'Stàilinn', 'INSURANCE': 'Àrachas'},
 'Romansh': {'SHIPPING': 'Navigaziun', 'CONSTRUCTION': 'Construcziun', 'INVESTMENT': 'Investiziun', 'DEVELOPMENT': 'Svilup',
           'TECHNOLOGY': 'Tecnologia', 'ENERGY': 'Energia', 'OIL': 'Ieli', 'ENGINEERING': 'Inschigneria',
           'INDUSTRIES': 'Industrias', 'TRAVEL': 'Viadi', 'EXCHANGE': 'Barat',
           'STEEL': 'Atschal', 'INSURANCE': 'Assicuranza'},
 'Friulian': {'SHIPPING': 'Navigazion', 'CONSTRUCTION': 'Costruzion', 'INVESTMENT': 'Investiment', 'DEVELOPMENT': 'Svilup',
           'TECHNOLOGY': 'Tecnologjie', 'ENERGY': 'Energjie', 'OIL': 'Vueli', 'ENGINEERING': 'Inzegnarie',
           'TRANSPORT': 'Traspuart', 'INDUSTRIES': 'Industriis', 'TRAVEL': 'Viaç', 'EXCHANGE': 'Cambi',
           'STEEL': 'Açâl', 'INSURANCE': 'Assicurazion'},
 'Tagalog': {'SHIPPING': 'Pagpapadala', 'CONSTRUCTION': 'Konstruksiyon', 'INVESTMENT': 'Pamumuhunan', 'DEVELOPMENT': 'Pagpapaunlad',
           'TECHNOLOGY': 'Teknolohiya', 'ENERGY': 'Enerhiya', 'OIL': 'Langis', 'ENGINEERING': 'Inhinyeriya',
           'TRANSPORT': 'Transportasyon', 'INDUSTRIES': 'Industriya', 'TRAVEL': 'Paglalakbay', 'EXCHANGE': 'Palitan',
           'STEEL': 'Bakal', 'INSURANCE': 'Seguro', 'CHEMICAL': 'Kemikal'},
 'Cebuano': {'SHIPPING': 'Pagpadala', 'CONSTRUCTION': 'Pagtukod', 'INVESTMENT': 'Puhunan', 'DEVELOPMENT': 'Kalamboan',
           'TECHNOLOGY': 'Teknolohiya', 'ENERGY': 'Kusog', 'OIL': 'Lana', 'ENGINEERING': 'Inhenyeriya',
           'TRANSPORT': 'Transportasyon', 'INDUSTRIES': 'Industriya', 'TRAVEL': 'Biyahe', 'EXCHANGE': 'Baylo',
           'STEEL': 'Puthaw', 'INSURANCE': 'Seguro'},
 'Maori': {'SHIPPING': 'Kaipuke', 'CONSTRUCTION': 'Hanga Whare', 'INVESTMENT': 'Haumitanga', 'DEVELOPMENT': 'Whanaketanga',
           'TECHNOLOGY': 'Hangarau', 'ENERGY': 'Pūngao', 'OIL': 'Hinu', 'ENGINEERING': 'Pūkaha',
           'TRANSPORT': 'Waka', 'INDUSTRIES': 'Ahumahi', 'INDUSTRIAL': 'Ahumahi', 'TRAVEL': 'Haerenga', 'EXCHANGE': 'Whakawhiti',
           'STEEL': 'Rino', 'INSURANCE': 'Inihua', 'CHEMICAL': 'Matū'},
 'Wolof': {'SHIPPING': 'Gaal', 'CONSTRUCTION': 'Tabax', 'INVESTMENT': 'Dugal Xaalis', 'DEVELOPMENT': 'Suqali',
           'TECHNOLOGY': 'Xarala', 'ENERGY': 'Doole', 'OIL': 'Diw', 'TRANSPORT': 'Yobu',
           'INDUSTRIES': 'Ligey', 'TRAVEL': 'Tukki', 'EXCHANGE': 'Weccit', 'STEEL': 'Weñ'},
 'Azerbaijani': {'SHIPPING': 'Gəmiçilik', 'CONSTRUCTION': 'Tikinti', 'INVESTMENT': 'İnvestisiya', 'DEVELOPMENT': 'İnkişaf',
           'TECHNOLOGY': 'Texnologiya', 'ENERGY': 'Enerji', 'OIL': 'Neft', 'ENGINEERING': 'Mühəndislik',
           'TRANSPORT': 'Nəqliyyat', 'INDUSTRIES': 'Sənaye', 'INDUSTRIAL': 'Sənaye', 'TRAVEL': 'Səyahət',
           'EXCHANGE': 'Mübadilə', 'STEEL': 'Polad', 'INSURANCE': 'Sığorta', 'CHEMICAL': 'Kimya'},
}
LANGS = list(DICTS)

def g_translation(r):
    b, l = display_parts(r['name'])
    raw, _ = split_legal(r['name'])
    out = []
    for lang in LANGS:
        dct = DICTS[lang]
        for i, t in enumerate(raw):
            u = re.sub(r'[^A-Z]', '', t.upper())
            if u in dct and t.strip(',').isalpha():
                tr = dct[u]
                fe, ft = lib.full(u), lib.full(tr).replace(' ', '')
                if fe.startswith(ft) or ft.startswith(fe):
                    break
                nb = list(b); nb[i] = tr + (',' if t.endswith(',') else '')
                out.append((lang, '`%s` for %s' % (tr, u), ' '.join(nb + l)))
                break
    return out

# ---------------- script ----------------
DESERET = {'a': 'SHORT A', 'b': 'BEE', 'k': 'KAY', 'q': 'KAY', 'C': 'KAY', 's': 'ES', 'S': 'ES', 'd': 'DEE', 'dh': 'THEE',
           'e': 'SHORT E', 'f': 'EF', 'ph': 'EF', 'g': 'GAY', 'gh': 'GAY', 'h': 'H', 'i': 'SHORT I', 'Yv': 'SHORT I',
           'Yc': 'YEE', 'j': 'JEE', 'l': 'EL', 'm': 'EM', 'n': 'EN', 'ng': 'ENG', 'o': 'SHORT O', 'p': 'PEE', 'r': 'ER',
           'sh': 'ESH', 't': 'TEE', 'th': 'ETH', 'u': 'SHORT AH', 'v': 'VEE', 'w': 'WU', 'x': 'KAY+ES', 'z': 'ZEE',
           'zh': 'ZHEE', 'ch': 'CHEE', 'kh': 'KAY+H', 'ts': 'TEE+ES', 'ee': 'LONG E', 'oo': 'LONG OO'}
OGHAM = {'a': 'AILM', 'b': 'BEITH', 'k': 'COLL', 'C': 'COLL', 'q': 'CEIRT', 's': 'SAIL', 'S': 'SAIL', 'd': 'DAIR', 'dh': 'DAIR',
         'e': 'EADHADH', 'f': 'FEARN', 'ph': 'FEARN', 'v': 'FEARN', 'w': 'FEARN', 'g': 'GORT', 'gh': 'GORT', 'j': 'GORT',
         'h': 'UATH', 'i': 'IODHADH', 'Yv': 'IODHADH', 'Yc': 'IODHADH', 'l': 'LUIS', 'm': 'MUIN', 'n': 'NION',
         'ng': 'NGEADAL', 'o': 'ONN', 'p': 'PEITH', 'r': 'RUIS', 't': 'TINNE', 'u': 'UR', 'z': 'STRAIF', 'x': 'COLL+SAIL',
         'ch': 'COLL+UATH', 'kh': 'COLL+UATH', 'sh': 'SAIL+UATH', 'th': 'TINNE+UATH', 'ts': 'TINNE+SAIL', 'zh': 'STRAIF+UATH'}
SCRIPTS = {'Deseret (small letters)': ('DESERET SMALL LETTER ', DESERET, (0x10428, 0x1044F)),
           'Ogham': ('OGHAM LETTER ', OGHAM, (0x1681, 0x169F))}

def _render(word, prefix, table):
    w = word.lower().replace('ck', 'k')
    w = re.sub(r'(.)\1', r'\1', w) if not ('ee' in table and ('ee' in w or 'oo' in w)) else w
    if 'ee' in table:
        # keep ee/oo for tables that have them; collapse other doubles
        w = re.sub(r'([^eo])\1', r'\1', w)
    out, i = [], 0
    digs = [k for k in table if len(k) == 2 and k.islower()]
    while i < len(w):
        two = w[i:i + 2]
        if two in digs:
            key = two; i += 2
        else:
            c = w[i]; nxt = w[i + 1] if i + 1 < len(w) else ''
            if c == 'c':
                key = 'S' if nxt in ('e', 'i', 'y') else 'C'
            elif c == 'y':
                key = 'Yc' if nxt in VOW else 'Yv'
            else:
                key = c
            i += 1
        for part in table[key].split('+'):
            out.append(unicodedata.lookup(prefix + part))
    return ''.join(out)

def script_words(name):
    raw, _ = split_legal(name)
    ws = []
    for t in raw:
        for p in t.strip(',').split('-'):
            if not p or '.' in p or not (p.isalpha() and p.isascii()) or len(p) < 2:
                continue
            if lib.full(p) in lib.FILLER:
                continue
            ws.append(p)
    return ws[:4]

def g_script(r):
    ws = script_words(r['name'])
    if not ws or not (len(ws) >= 2 or len(ws[0]) >= 7):
        return []
    return [(s, None, ' '.join(_render(w, pre, tab) for w in ws)) for s, (pre, tab, _) in SCRIPTS.items()]

def script_errors(shape, q):
    lo, hi = SCRIPTS[shape][2]
    return [] if all(c == ' ' or lo <= ord(c) <= hi for c in q) else ['script: foreign code point']

# ---------------- parent_vs_subsidiary ----------------
UNITS = [  # (shape, unit, after)
    ('Maltese `fergħa ġo`', 'fergħa ġo', False), ('Faroese `deild í`', 'deild í', False),
    ('Irish `brainse i`', 'brainse i', False), ('Scottish Gaelic `meur ann an`', 'meur ann an', False),
    ('Romansh `filiala a`', 'filiala a', False), ('Friulian `filiâl a`', 'filiâl a', False),
    ('Tagalog `sangay sa`', 'sangay sa', False), ('Cebuano `sanga sa`', 'sanga sa', False),
    ('Maori `peka ki`', 'peka ki', False), ('Wolof `sukursaal ci`', 'sukursaal ci', False),
    ('Basque `sukurtsala` (after the city)', 'sukurtsala', True),
    ('Azerbaijani `filialı` (after the city)', 'filialı', True),
]

def g_parent(r, d):
    city = d.city_of(r['ent'])
    if not city:
        return []
    dn = display(r['name'])
    return [(s, 'city ' + city, (dn + ' ' + city + ' ' + u) if after else (dn + ' ' + u + ' ' + city))
            for s, u, after in UNITS]

# ---------------- messy ----------------
def _sq_esc(s): return s.replace("\\", "\\\\").replace("'", "\\'")
def _sq_dbl(s): return s.replace("'", "''")
def _dq(s): return s.replace('\\', '\\\\').replace('"', '\\"')
def _xml(s): return s.replace('&', '&amp;').replace('"', '&quot;').replace('<', '&lt;')

MESSY = [
    ('Go struct literal', lambda n, c: 'Party{Name: "%s", City: "%s"}' % (_dq(n), _dq(c))),
    ('C# object initializer', lambda n, c: 'new Party { Name = "%s", City = "%s" }' % (_dq(n), _dq(c))),
    ('Kotlin named arguments', lambda n, c: 'val party = Party(name = "%s", city = "%s")' % (_dq(n), _dq(c))),
    ('Haskell record', lambda n, c: 'Party { partyName = "%s", partyCity = "%s" }' % (_dq(n), _dq(c))),
    ('Dart map (single quotes escaped)', lambda n, c: "{'name': '%s', 'city': '%s'}" % (_sq_esc(n), _sq_esc(c))),
    ('PowerShell hashtable (single quotes doubled)', lambda n, c: "@{ Name = '%s'; City = '%s' }" % (_sq_dbl(n), _sq_dbl(c))),
    ('SQL insert (single quotes doubled)', lambda n, c: "INSERT INTO party (name, city) VALUES ('%s', '%s');" % (_sq_dbl(n), _sq_dbl(c))),
    ('XML element (entities escaped)', lambda n, c: '<party name="%s" city="%s"/>' % (_xml(n), _xml(c))),
    ('chat in Basque', lambda n, c: 'Ba al duzu %s enpresari buruzko informaziorik, %s hirian dagoena?' % (n, c)),
    ('chat in Maltese', lambda n, c: 'Għandek xi informazzjoni dwar il-kumpanija %s li tinsab f\'%s?' % (n, c)),
    ('chat in Irish', lambda n, c: 'An bhfuil aon eolas agat faoin gcomhlacht %s atá lonnaithe in %s?' % (n, c)),
    ('chat in Tagalog', lambda n, c: 'May impormasyon ka ba tungkol sa kumpanyang %s na nasa %s?' % (n, c)),
]
MESSY_BY_SHAPE = dict(MESSY)

def g_messy(r, d):
    city = d.city_of(r['ent'])
    if not city:
        return []
    dn = display(r['name'])
    return [(s, 'city ' + city, f(dn, city)) for s, f in MESSY]

# ---------------- registry ----------------
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
SHAPES = {
    'aka': ['own aka alias'], 'partial': PARTIAL_SHAPES, 'word_order': ORDER_SHAPES,
    'legal_form': [s for s, _, _ in LEGAL_FORMS], 'punctuation': PUNCT_SHAPES, 'abbreviation': ['short form'],
    'script': list(SCRIPTS), 'transliteration': list(TRANSLIT_SHAPES), 'translation': LANGS,
    'parent_vs_subsidiary': [s for s, _, _ in UNITS], 'typo': [s for s, _, _ in TYPO_SHAPES], 'case': CASE_SHAPES,
    'messy': [s for s, _ in MESSY],
}
PER_SHAPE = {'partial': 4, 'word_order': 4, 'punctuation': 3, 'script': 6, 'transliteration': 6, 'typo': 2, 'case': 4}
ONCE_KINDS = {'legal_form', 'translation', 'parent_vs_subsidiary', 'messy'}   # each shape (item) at most once
NARC_ONLY = {'partial', 'word_order', 'legal_form', 'punctuation'}
NARC_ABBR_MAX = 2

def candidates(kind, r, d):
    if kind == 'aka': return g_aka(r, d)
    if kind == 'parent_vs_subsidiary': return g_parent(r, d)
    if kind == 'messy': return g_messy(r, d)
    return {'partial': g_partial, 'word_order': g_word_order, 'legal_form': g_legal_form,
            'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'script': g_script,
            'transliteration': g_transliteration, 'translation': g_translation, 'typo': g_typo,
            'case': g_case}[kind](r)

def variant(shape, detail):
    return shape if detail is None else '%s (%s)' % (shape, detail)

def split_variant(kind, v):
    for s in sorted(SHAPES[kind], key=len, reverse=True):
        if v == s:
            return s, None
        if v.startswith(s + ' (') and v.endswith(')'):
            return s, v[len(s) + 2:-1]
    return None, None
