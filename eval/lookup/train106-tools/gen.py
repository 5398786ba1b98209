"""train106 generators: one per positive kind; shapes, items, variant parsing (written from scratch)."""
import re, unicodedata
import lib
from lib import full, FILLER, SMALL, LEGAL_FORMS, APOS

KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
         'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
MAX_NARC_ABBR = 2

# ---------------------------------------------------------------- tokens, legal split, title case
def bare(tok):
    return tok.rstrip(',')

def norm(tok):
    return full(tok).replace(' ', '')

def is_dotted_letter(tok):
    return re.fullmatch(r'[A-Za-z]\.,?', tok) is not None

def is_legal_tok(tok):
    n = norm(tok)
    return (n in LEGAL_FORMS and n != '') or is_dotted_letter(tok)

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if is_legal_tok(t):
            i -= 1; continue
        if i < len(toks) and t.upper() in ('DE', 'EN', '&', 'Y', 'E') and i - 2 >= 1 and is_legal_tok(toks[i - 2]) and is_legal_tok(toks[i]):
            i -= 1; continue
        if i < len(toks) and t.upper() in ('Y', 'E', '&') and norm(toks[i]) == 'cia' and i - 1 >= 1:
            i -= 1; continue
        break
    return toks[:i], toks[i:]

ROMAN = re.compile(r'^(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})$')

def tc(tok):
    b = bare(tok)
    if re.fullmatch(r'(?:[A-Za-z]\.)+[A-Za-z]?\.?', b) and '.' in b:
        return tok
    if len(b) >= 2 and ROMAN.match(b) and len(b) <= 4:
        return tok
    if re.fullmatch(r'[BCDFGHJKLMNPQRSTVWXZ]{2,4}', b):
        return tok
    out = []; prev = ''; prev2 = ''
    for ch in tok:
        if ch.isalpha():
            if prev.isalnum() or (prev in APOS and prev2.isalpha()):
                out.append(ch.lower())
            else:
                out.append(ch.upper())
        else:
            out.append(ch)
        prev2, prev = prev, ch
    return ''.join(out)

def display_parts(name):
    body, legal = split_legal(name)
    return [tc(t) for t in body], legal

def display(name):
    body, legal = display_parts(name)
    return ' '.join(body + legal)

def join_body(body):
    return ' '.join(body)

def is_name_word(tok):
    b = bare(tok)
    if not (b.isascii() and b.isalpha() and len(b) >= 3):
        return False
    if b.lower() in SMALL:
        return False
    if ROMAN.match(b.upper()) and len(b) <= 4:
        return False
    return True

# ---------------------------------------------------------------- partial
PARTIAL = ['all name words but the last, legal form kept',
           'the last two name words, legal form dropped',
           'the first and the second-to-last name words, legal form kept']

def gen_partial(d, ent, shape):
    name = d.ents[ent]['name']
    body, legal = split_legal(name)
    if any(t in ('/', '-', '&', '+') for t in body):
        return None
    nw = [bare(t) for t in body if is_name_word(t)]
    if len(nw) < 3:
        return None
    if shape == PARTIAL[0]:
        ws, keep = nw[:-1], True
    elif shape == PARTIAL[1]:
        ws, keep = nw[-2:], False
    else:
        ws, keep = [nw[0], nw[-2]], True
    q = ' '.join(tc(w) for w in ws)
    if keep and legal:
        q += ' ' + ' '.join(legal)
    return q, None

# ---------------------------------------------------------------- word order
WORD_ORDER = ['first and last name words swapped (the others in place)',
              'name words stably sorted by vowel count, most first',
              'name words stably sorted by their second letter, z to a']

def gen_word_order(d, ent, shape):
    name = d.ents[ent]['name']
    body, legal = split_legal(name)
    if not all(bare(t).isascii() and bare(t).isalpha() for t in body):
        return None
    slots = [i for i, t in enumerate(body) if is_name_word(t)]
    if len(slots) < 3:
        return None
    words = [bare(body[i]) for i in slots]
    if shape == WORD_ORDER[0]:
        new = [words[-1]] + words[1:-1] + [words[0]]
    elif shape == WORD_ORDER[1]:
        new = sorted(words, key=lambda w: -sum(c in 'aeiou' for c in w.lower()))
    else:
        new = sorted(words, key=lambda w: w[1].lower(), reverse=True)
    if new == words:
        return None
    toks = list(body)
    for i, w in zip(slots, new):
        toks[i] = w + (',' if body[i].endswith(',') else '')
    return ' '.join([tc(t) for t in toks] + legal), None

# ---------------------------------------------------------------- legal form
LEGAL_ITEMS = [  # (shape name, form, front)
    ('Mongolian `KhKhK`', 'KhKhK', False),
    ('Georgian `Shps` (in front)', 'Shps', True),
    ('Bulgarian `EOOD`', 'EOOD', False),
    ('Hungarian `Kkt.`', 'Kkt.', False),
    ('Finnish `Tmi` (in front)', 'Tmi', True),
    ('Faroese `P/F` (in front)', 'P/F', True),
    ('Swedish `HB`', 'HB', False),
    ('German `UG`', 'UG', False),
    ('French `EURL`', 'EURL', False),
    ('Dutch `V.O.F.`', 'V.O.F.', False),
    ('Qatari `Q.P.S.C.`', 'Q.P.S.C.', False),
    ('Brazilian `EIRELI`', 'EIRELI', False),
    ('American `PBC`', 'PBC', False),
    ('Canadian `ULC`', 'ULC', False),
]
LEGAL_BY_SHAPE = {s: (f, fr) for s, f, fr in LEGAL_ITEMS}

def gen_legal_form(d, ent, shape):
    name = d.ents[ent]['name']
    body, legal = split_legal(name)
    if any(is_legal_tok(t) or '.' in t for t in body):
        return None
    if not any(len(re.sub(r'[^A-Za-z]', '', t)) >= 3 for t in body):
        return None
    form, front = LEGAL_BY_SHAPE[shape]
    b = ' '.join(tc(t) for t in body).rstrip(',')
    return (form + ' ' + b) if front else (b + ' ' + form), None

# ---------------------------------------------------------------- punctuation
PUNCT = ['`!` for the first i after the first letter of the longest name word that has one',
         '`|` for the first l after the first letter of the longest name word that has one',
         '`%` after the second letter of the longest name word',
         '`?` before the last four letters of the longest name word']
PUNCT_SIGNS = '!|%?'

def _longest(cands):
    best = None
    for i, w in cands:
        if best is None or len(w) > len(best[1]):
            best = (i, w)
    return best

def gen_punctuation(d, ent, shape):
    name = d.ents[ent]['name']
    if any(c in name for c in PUNCT_SIGNS):
        return None
    body, legal = display_parts(name)
    rawbody, _ = split_legal(name)
    cands = [(i, bare(t)) for i, t in enumerate(body) if is_name_word(rawbody[i])]
    if shape in (PUNCT[0], PUNCT[1]):
        letter, sign = ('i', '!') if shape == PUNCT[0] else ('l', '|')
        cands = [(i, w) for i, w in cands if letter in w[1:].lower()]
        b = _longest(cands)
        if not b:
            return None
        i, w = b
        j = w.lower().index(letter, 1)
        nw = w[:j] + sign + w[j + 1:]
    elif shape == PUNCT[2]:
        b = _longest(cands)
        if not b or len(b[1]) < 4:
            return None
        i, w = b
        nw = w[:2] + '%' + w[2:]
    else:
        b = _longest(cands)
        if not b or len(b[1]) < 6:
            return None
        i, w = b
        nw = w[:-4] + '?' + w[-4:]
    toks = list(body)
    toks[i] = nw + (',' if body[i].endswith(',') else '')
    return ' '.join(toks + legal), 'in ' + w

# ---------------------------------------------------------------- abbreviation
SHORT = [('Mfg.', 'MANUFACTURING'), ('Mgmt.', 'MANAGEMENT'), ('Est.', 'ESTABLISHMENT'), ('Cap.', 'CAPITAL'),
         ('Mktg.', 'MARKETING'), ('Props.', 'PROPERTIES'), ('Agcy.', 'AGENCY'), ('Auth.', 'AUTHORITY'),
         ('Cmte.', 'COMMITTEE'), ('Mvmt.', 'MOVEMENT'), ('Frnt.', 'FRONT'), ('Enrg.', 'ENERGY'),
         ('Cnsltg.', 'CONSULTING'), ('Ry.', 'RAILWAY'), ('Bur.', 'BUREAU'), ('Dir.', 'DIRECTORATE'),
         ('Ofc.', 'OFFICE'), ('Cncl.', 'COUNCIL'), ('Bd.', 'BOARD'), ('Sply.', 'SUPPLY'), ('Opns.', 'OPERATIONS'),
         ('Refy.', 'REFINERY'), ('Airln.', 'AIRLINES'),
         ('Inmob.', 'INMOBILIARIA'), ('Camb.', 'CAMBIOS'), ('Viv.', 'VIVIENDA'), ('Agroind.', 'AGROINDUSTRIAL'),
         ('Arrend.', 'ARRENDADORA'), ('Comunic.', 'COMUNICACIONES'), ('Sum.', 'SUMINISTROS'), ('Fca.', 'FABRICA'),
         ('Oper.', 'OPERADORA'), ('Hot.', 'HOTELERA'), ('Turist.', 'TURISTICA'), ('Aut.', 'AUTOMOTRIZ'),
         ('Proveed.', 'PROVEEDORA')]
SHORT_MAP = dict(SHORT)
ABBR_SHAPE = 'short form'

def gen_abbreviation(d, ent, item):
    """item = short form; returns query and detail, or None."""
    name = d.ents[ent]['name']
    long = SHORT_MAP[item]
    body, legal = display_parts(name)
    rawbody, _ = split_legal(name)
    for i, t in enumerate(rawbody):
        if bare(t).upper() == long:
            toks = list(body)
            toks[i] = item + (',' if t.endswith(',') else '')
            return ' '.join(toks + legal), '`%s` for %s' % (item, long)
    return None

# ---------------------------------------------------------------- script
def L(n):
    return unicodedata.lookup(n)

OGHAM = {k: ''.join(L('OGHAM LETTER ' + x) for x in v.split('+')) for k, v in {
    'a': 'AILM', 'b': 'BEITH', 'k': 'COLL', 'hardc': 'COLL', 'q': 'CEIRT', 'd': 'DAIR', 'e': 'EADHADH',
    'f': 'FEARN', 'ph': 'FEARN', 'v': 'FEARN', 'w': 'FEARN', 'g': 'GORT', 'j': 'GORT', 'h': 'UATH',
    'i': 'IODHADH', 'vy': 'IODHADH', 'cy': 'IODHADH', 'l': 'LUIS', 'm': 'MUIN', 'n': 'NION', 'ng': 'NGEADAL',
    'o': 'ONN', 'p': 'PEITH', 'r': 'RUIS', 's': 'SAIL', 'softc': 'SAIL', 't': 'TINNE', 'u': 'UR',
    'x': 'EAMHANCHOLL', 'z': 'STRAIF', 'th': 'TINNE+UATH', 'sh': 'SAIL+UATH', 'ch': 'COLL+UATH',
    'kh': 'COLL+UATH', 'gh': 'GORT+UATH', 'dh': 'DAIR+UATH', 'zh': 'STRAIF+UATH'}.items()}
TIFI = {k: ''.join(L('TIFINAGH LETTER ' + x) for x in v.split('+')) for k, v in {
    'a': 'YA', 'b': 'YAB', 'd': 'YAD', 'dh': 'YADH', 'e': 'YEY', 'f': 'YAF', 'ph': 'YAF', 'g': 'YAG',
    'gh': 'YAGH', 'h': 'YAH', 'i': 'YI', 'vy': 'YI', 'j': 'YAJ', 'k': 'YAK', 'hardc': 'YAK', 'q': 'YAQ',
    'kh': 'YAKH', 'l': 'YAL', 'm': 'YAM', 'n': 'YAN', 'o': 'YO', 'p': 'YAP', 'r': 'YAR', 's': 'YAS',
    'softc': 'YAS', 'sh': 'YASH', 't': 'YAT', 'th': 'YATH', 'ch': 'YACH', 'u': 'YU', 'v': 'YAV', 'w': 'YAW',
    'cy': 'YAY', 'z': 'YAZ', 'zh': 'YAZH', 'x': 'YAK+YAS'}.items()}
SCRIPTS = {'Ogham (feather marks, Ogham space mark between words)': (OGHAM, (0x1680, 0x169F)),
           'Neo-Tifinagh (IRCAM letters)': (TIFI, (0x2D30, 0x2D7F))}
SCRIPT_SHAPES = list(SCRIPTS)
VOW = 'aeiou'

def script_word(w, table):
    w = w.lower().replace('ck', 'k')
    w = re.sub(r'(.)\1', r'\1', w)
    out = []; i = 0
    while i < len(w):
        two = w[i:i + 2]
        if len(two) == 2 and two in ('th', 'ph', 'sh', 'ch', 'kh', 'gh', 'zh', 'dh', 'ng') and two in table:
            out.append(table[two]); i += 2; continue
        c = w[i]; nxt = w[i + 1] if i + 1 < len(w) else ''
        if c == 'c':
            out.append(table['softc'] if nxt in 'eiy' and nxt else table['hardc'])
        elif c == 'y':
            out.append(table['cy'] if nxt and nxt in VOW else table['vy'])
        elif c in table:
            out.append(table[c])
        else:
            return None
        i += 1
    return ''.join(out)

def script_words(name):
    body, _ = split_legal(name)
    words = []
    for t in body:
        for p in bare(t).split('-'):
            if not p or not (p.isascii() and p.isalpha()) or len(p) < 2:
                continue
            if p.lower() in FILLER:
                continue
            words.append(p)
    if not (1 <= len(words) <= 4):
        return None
    if len(words) == 1 and len(words[0]) < 7:
        return None
    return words

def gen_script(d, ent, shape):
    table, _ = SCRIPTS[shape]
    words = script_words(d.ents[ent]['name'])
    if not words:
        return None
    ws = [script_word(w, table) for w in words]
    if any(w is None for w in ws):
        return None
    if shape.startswith('Ogham'):
        return L('OGHAM FEATHER MARK') + L('OGHAM SPACE MARK').join(ws) + L('OGHAM REVERSED FEATHER MARK'), None
    return ' '.join(ws), None

def script_errors(q, shape):
    lo, hi = SCRIPTS[shape][1]
    errs = []
    for c in q:
        if c == ' ' and not shape.startswith('Ogham'):
            continue
        if not (lo <= ord(c) <= hi):
            errs.append('code point U+%04X outside the %s block' % (ord(c), shape.split(' ')[0]))
            break
    return errs

# ---------------------------------------------------------------- transliteration
TRANSLIT = ['Italian-style', 'Finnish-style']
# Italian-style: zioni for final tions, zione for final tion, zion for tion, ci/c for ch/tch, sci/sc for sh, c/ch for k/q/kh/ck, f for ph, t for th, i for ee, u for oo, gi/g for j, i for y, v for w, s for x, initial h dropped before a vowel
# Finnish-style: tio for final tion, ts for ch/tch/z, s for sh/zh, h for kh, f for ph, t for th, kk for ck, kv for qu, k for q/hard c, s for soft c, v for w, ks for x, dj for j, j for y before a vowel else i, ii for ee, uu for oo, i added after a final consonant

def italian(w):
    out = []; i = 0; n = len(w)
    while i < n:
        rest = w[i:]; nxt = lambda k: w[i + k] if i + k < n else ''
        if rest.startswith('tions') and i + 5 == n:
            out.append('zioni'); i += 5; continue
        if rest.startswith('tion'):
            out.append('zione' if i + 4 == n else 'zion'); i += 4; continue
        if rest.startswith('tch') or rest.startswith('ch'):
            k = 3 if rest.startswith('tch') else 2
            a = nxt(k)
            out.append('ci' if a and a in 'aou' else 'c'); i += k; continue
        if rest.startswith('sh'):
            a = nxt(2)
            out.append('sc' if a and a in 'ei' else 'sci'); i += 2; continue
        if rest.startswith('kh') or rest.startswith('ck'):
            a = nxt(2)
            out.append('ch' if a and a in 'eiy' else 'c'); i += 2; continue
        if rest.startswith('ph'):
            out.append('f'); i += 2; continue
        if rest.startswith('th'):
            out.append('t'); i += 2; continue
        if rest.startswith('qu'):
            out.append('qu'); i += 2; continue
        if rest.startswith('ee'):
            out.append('i'); i += 2; continue
        if rest.startswith('oo'):
            out.append('u'); i += 2; continue
        c = w[i]; a = nxt(1)
        if c in 'kq':
            out.append('ch' if a and a in 'eiy' else 'c')
        elif c == 'j':
            out.append('gi' if a and a in 'aou' else 'g')
        elif c == 'y':
            out.append('i')
        elif c == 'w':
            out.append('v')
        elif c == 'x':
            out.append('s')
        elif c == 'h' and i == 0 and a and a in VOW:
            pass
        else:
            out.append(c)
        i += 1
    return ''.join(out)

def finnish(w):
    out = []; i = 0; n = len(w)
    while i < n:
        rest = w[i:]; nxt = lambda k: w[i + k] if i + k < n else ''
        if rest.startswith('tion') and i + 4 == n:
            out.append('tio'); i += 4; continue
        if rest.startswith('tch'):
            out.append('ts'); i += 3; continue
        for pat, rep in (('ch', 'ts'), ('sh', 's'), ('zh', 's'), ('kh', 'h'), ('ph', 'f'), ('th', 't'),
                         ('ck', 'kk'), ('qu', 'kv'), ('ee', 'ii'), ('oo', 'uu')):
            if rest.startswith(pat):
                out.append(rep); i += len(pat); break
        else:
            c = w[i]; a = nxt(1)
            if c == 'c':
                out.append('s' if a and a in 'eiy' else 'k')
            elif c == 'q':
                out.append('k')
            elif c == 'w':
                out.append('v')
            elif c == 'x':
                out.append('ks')
            elif c == 'z':
                out.append('ts')
            elif c == 'j':
                out.append('dj')
            elif c == 'y':
                out.append('j' if a and a in VOW else 'i')
            else:
                out.append(c)
            i += 1
            continue
    s = ''.join(out)
    if s and s[-1] not in 'aeiouy':
        s += 'i'
    return s

def translit_word(tok, fn):
    b = bare(tok); comma = tok[len(b):]
    parts = b.split('-')
    outp = []
    for p in parts:
        if (not p.isascii()) or (not p.isalpha()) or len(p) <= 4 or p.lower() in FILLER or p.isupper():
            outp.append(p); continue
        r = fn(p.lower())
        if p[0].isupper():
            r = r[:1].upper() + r[1:]
        outp.append(r)
    return '-'.join(outp) + comma

def gen_transliteration(d, ent, shape):
    body, legal = display_parts(d.ents[ent]['name'])
    fn = italian if shape == 'Italian-style' else finnish
    toks = [translit_word(t, fn) for t in body]
    return ' '.join(toks + legal), None

# ---------------------------------------------------------------- translation (my own dictionaries)
DICT = {
 'Welsh': {'TRADING': 'masnach', 'SHIPPING': 'llongau', 'INDUSTRIES': 'diwydiannau', 'INDUSTRIAL': 'diwydiannol',
           'ENERGY': 'ynni', 'RESEARCH': 'ymchwil', 'DEVELOPMENT': 'datblygu', 'OIL': 'olew', 'CONSTRUCTION': 'adeiladu',
           'SERVICES': 'gwasanaethau', 'INVESTMENT': 'buddsoddi', 'CENTER': 'canolfan', 'CENTRE': 'canolfan',
           'EXCHANGE': 'cyfnewid', 'TRANSPORT': 'trafnidiaeth', 'INSURANCE': 'yswiriant', 'ARMY': 'byddin',
           'ENGINEERING': 'peirianneg', 'COMMERCIAL': 'masnachol', 'STEEL': 'dur', 'FOUNDATION': 'sefydliad'},
 'Scottish Gaelic': {'TRADING': 'malairt', 'SHIPPING': 'luingeas', 'INDUSTRIES': 'gnìomhachasan', 'ENERGY': 'lùth',
           'RESEARCH': 'rannsachadh', 'DEVELOPMENT': 'leasachadh', 'OIL': 'ola', 'CONSTRUCTION': 'togail',
           'SERVICES': 'seirbheisean', 'INVESTMENT': 'tasgadh', 'CENTER': 'ionad', 'CENTRE': 'ionad',
           'EXCHANGE': 'iomlaid', 'TRANSPORT': 'còmhdhail', 'INSURANCE': 'àrachas', 'ENGINEERING': 'innleadaireachd',
           'STEEL': 'stàilinn', 'COMMERCIAL': 'malairteach'},
 'Basque': {'TRADING': 'merkataritza', 'SHIPPING': 'itsasgarraio', 'RESEARCH': 'ikerketa', 'DEVELOPMENT': 'garapen',
           'OIL': 'olio', 'CONSTRUCTION': 'eraikuntza', 'SERVICES': 'zerbitzuak', 'INVESTMENT': 'inbertsio',
           'CENTER': 'zentro', 'CENTRE': 'zentro', 'EXCHANGE': 'truke', 'TRANSPORT': 'garraio', 'INSURANCE': 'aseguru',
           'ARMY': 'armada', 'ENGINEERING': 'ingeniaritza', 'STEEL': 'altzairu', 'COMMERCIAL': 'merkataritzako'},
 'Maltese': {'TRADING': 'kummerċ', 'SHIPPING': 'tbaħħir', 'INDUSTRIES': 'industriji', 'ENERGY': 'enerġija',
           'RESEARCH': 'riċerka', 'DEVELOPMENT': 'żvilupp', 'OIL': 'żejt', 'CONSTRUCTION': 'kostruzzjoni',
           'SERVICES': 'servizzi', 'CENTER': 'ċentru', 'CENTRE': 'ċentru', 'EXCHANGE': 'skambju',
           'TRANSPORT': 'trasport', 'INSURANCE': 'assigurazzjoni', 'ARMY': 'armata', 'ENGINEERING': 'inġinerija',
           'STEEL': 'azzar', 'COMMERCIAL': 'kummerċjali'},
 'Faroese': {'TRADING': 'handil', 'SHIPPING': 'sigling', 'INDUSTRIES': 'ídnaður', 'ENERGY': 'orka',
           'RESEARCH': 'gransking', 'DEVELOPMENT': 'menning', 'OIL': 'olja', 'CONSTRUCTION': 'bygging',
           'SERVICES': 'tænastur', 'INVESTMENT': 'íløga', 'CENTER': 'miðstøð', 'CENTRE': 'miðstøð',
           'TRANSPORT': 'flutningur', 'INSURANCE': 'trygging', 'ARMY': 'herur', 'ENGINEERING': 'verkfrøði', 'STEEL': 'stál'},
 'Tagalog': {'TRADING': 'kalakalan', 'SHIPPING': 'pagpapadala', 'INDUSTRIES': 'industriya', 'ENERGY': 'enerhiya',
           'RESEARCH': 'pananaliksik', 'DEVELOPMENT': 'pagpapaunlad', 'OIL': 'langis', 'CONSTRUCTION': 'konstruksiyon',
           'SERVICES': 'serbisyo', 'INVESTMENT': 'pamumuhunan', 'CENTER': 'sentro', 'CENTRE': 'sentro',
           'EXCHANGE': 'palitan', 'TRANSPORT': 'transportasyon', 'INSURANCE': 'seguro', 'ARMY': 'hukbo',
           'STEEL': 'bakal', 'COMMERCIAL': 'komersiyal'},
 'Wolof': {'TRADING': 'njaay', 'SHIPPING': 'gaal', 'ENERGY': 'kàttan', 'RESEARCH': 'gëstu', 'DEVELOPMENT': 'yokkute',
           'OIL': 'diw', 'CONSTRUCTION': 'tabax', 'SERVICES': 'liggéey', 'CENTER': 'digg', 'CENTRE': 'digg',
           'EXCHANGE': 'weccit', 'TRANSPORT': 'yobbu', 'ARMY': 'xarekat'},
 'Oromo': {'TRADING': 'daldala', 'SHIPPING': 'doonii', 'INDUSTRIES': 'industirii', 'ENERGY': 'humna',
           'RESEARCH': 'qorannoo', 'DEVELOPMENT': 'misooma', 'OIL': 'zayitii', 'CONSTRUCTION': 'ijaarsa',
           'SERVICES': 'tajaajila', 'INVESTMENT': 'invastimantii', 'CENTER': 'wiirtuu', 'CENTRE': 'wiirtuu',
           'EXCHANGE': 'jijjiirraa', 'TRANSPORT': 'geejjiba', 'INSURANCE': 'inshuraansii', 'ARMY': 'waraana', 'STEEL': 'sibiila'},
 'Bambara': {'TRADING': 'jago', 'SHIPPING': 'kurunw', 'ENERGY': 'fanga', 'RESEARCH': 'ɲinini', 'DEVELOPMENT': 'yiriwali',
           'OIL': 'tulu', 'CONSTRUCTION': 'jɔli', 'CENTER': 'cɛmancɛ', 'CENTRE': 'cɛmancɛ', 'EXCHANGE': 'falen',
           'ARMY': 'sɔrɔdasiw', 'STEEL': 'nɛgɛ'},
 'Cebuano': {'TRADING': 'pamaligya', 'SHIPPING': 'pagpadala', 'INDUSTRIES': 'industriya', 'ENERGY': 'enerhiya',
           'RESEARCH': 'panukiduki', 'DEVELOPMENT': 'kalamboan', 'OIL': 'lana', 'CONSTRUCTION': 'pagtukod',
           'SERVICES': 'serbisyo', 'INVESTMENT': 'pamuhunan', 'CENTER': 'sentro', 'CENTRE': 'sentro', 'EXCHANGE': 'baylo',
           'TRANSPORT': 'transportasyon', 'INSURANCE': 'seguro', 'ARMY': 'kasundalohan', 'STEEL': 'asero'},
 'Javanese': {'TRADING': 'dagang', 'SHIPPING': 'kapal', 'ENERGY': 'energi', 'RESEARCH': 'panliten',
           'DEVELOPMENT': 'pangembangan', 'OIL': 'lenga', 'CONSTRUCTION': 'konstruksi', 'SERVICES': 'layanan',
           'INVESTMENT': 'investasi', 'CENTER': 'pusat', 'CENTRE': 'pusat', 'EXCHANGE': 'ijol', 'TRANSPORT': 'transportasi',
           'INSURANCE': 'asuransi', 'ARMY': 'wadyabala', 'STEEL': 'waja'},
 'Maori': {'TRADING': 'hokohoko', 'SHIPPING': 'kaipuke', 'INDUSTRIES': 'ahumahi', 'ENERGY': 'pūngao',
           'RESEARCH': 'rangahau', 'DEVELOPMENT': 'whanaketanga', 'OIL': 'hinu', 'CONSTRUCTION': 'hanganga',
           'SERVICES': 'ratonga', 'INVESTMENT': 'haumitanga', 'CENTER': 'pokapū', 'CENTRE': 'pokapū',
           'EXCHANGE': 'whakawhiti', 'TRANSPORT': 'waka', 'INSURANCE': 'inihua', 'STEEL': 'maitai', 'ENGINEERING': 'pūkaha'},
 'Malay': {'TRADING': 'perdagangan', 'SHIPPING': 'perkapalan', 'ENERGY': 'tenaga', 'RESEARCH': 'penyelidikan',
           'DEVELOPMENT': 'pembangunan', 'OIL': 'minyak', 'CONSTRUCTION': 'pembinaan', 'SERVICES': 'perkhidmatan',
           'INVESTMENT': 'pelaburan', 'CENTER': 'pusat', 'CENTRE': 'pusat', 'EXCHANGE': 'pertukaran',
           'TRANSPORT': 'pengangkutan', 'INSURANCE': 'insurans', 'ARMY': 'tentera', 'STEEL': 'keluli'},
}
LANGS = ['Welsh', 'Scottish Gaelic', 'Basque', 'Maltese', 'Faroese', 'Tagalog', 'Wolof', 'Oromo', 'Bambara',
         'Cebuano', 'Javanese', 'Maori', 'Malay']

def cap(w):
    return w[:1].upper() + w[1:]

def gen_translation(d, ent, lang):
    name = d.ents[ent]['name']
    body, legal = display_parts(name)
    rawbody, _ = split_legal(name)
    dic = DICT[lang]
    for i, t in enumerate(rawbody):
        W = bare(t).upper()
        if W in dic:
            tr = dic[W]
            a, b = full(tr).replace(' ', ''), full(W).replace(' ', '')
            if a.startswith(b) or b.startswith(a):
                return None
            toks = list(body)
            toks[i] = cap(tr) + (',' if t.endswith(',') else '')
            return ' '.join(toks + legal), '`%s` for %s' % (cap(tr), W)
    return None

# ---------------------------------------------------------------- parent vs subsidiary
UNITS = [('Welsh `cangen yn`', 'cangen yn', False), ('Scottish Gaelic `meur ann an`', 'meur ann an', False),
         ('Maltese `fergħa fi`', 'fergħa fi', False), ('Faroese `deild í`', 'deild í', False),
         ('Tagalog `sangay sa`', 'sangay sa', False), ('Wolof `càbbi ci`', 'càbbi ci', False),
         ('Oromo `damee`', 'damee', False), ('Cebuano `sanga sa`', 'sanga sa', False),
         ('Javanese `cabang ing`', 'cabang ing', False), ('Maori `peka ki`', 'peka ki', False),
         ('Basque `adarra` (after the city)', 'adarra', True), ('Bambara `bolofara` (after the city)', 'bolofara', True),
         ('Malay `cawangan di`', 'cawangan di', False)]
UNIT_BY_SHAPE = {s: (u, after) for s, u, after in UNITS}

def gen_parent(d, ent, shape):
    city = d.city_of.get(ent)
    if not city:
        return None
    unit, after = UNIT_BY_SHAPE[shape]
    disp = display(d.ents[ent]['name'])
    q = '%s %s %s' % (disp, city, unit) if after else '%s %s %s' % (disp, unit, city)
    return q, 'city ' + city

# ---------------------------------------------------------------- typo
TYPO = ['OCR `cl` for d', 'OCR `8` for b', '`n` typed for m', '`p` typed for o',
        'fourth letter of the longest word dropped', 'second and third letters of the longest word swapped']
TYPO_LETTER = {TYPO[0]: ('d', 'cl'), TYPO[1]: ('b', '8'), TYPO[2]: ('m', 'n'), TYPO[3]: ('o', 'p')}

def gen_typo(d, ent, shape):
    name = d.ents[ent]['name']
    body, legal = display_parts(name)
    cands = []
    for i, t in enumerate(body):
        b = bare(t)
        if b.isascii() and b.isalpha() and len(b) >= 5 and b[0].isupper() and b[1:].islower() and not is_legal_tok(b):
            cands.append((i, b))
    if shape in TYPO_LETTER:
        letter, rep = TYPO_LETTER[shape]
        cands = [(i, w) for i, w in cands if letter in w[1:]]
        best = _longest(cands)
        if not best:
            return None
        i, w = best
        j = w.index(letter, 1)
        nw = w[:j] + rep + w[j + 1:]
    else:
        best = _longest(cands)
        if not best:
            return None
        i, w = best
        if shape == TYPO[4]:
            nw = w[:3] + w[4:]
        else:
            if w[1] == w[2]:
                return None
            nw = w[0] + w[2] + w[1] + w[3:]
    toks = list(body)
    toks[i] = nw + (',' if body[i].endswith(',') else '')
    return ' '.join(toks + legal), 'in ' + w

# ---------------------------------------------------------------- case
CASE = ["each word's letters alternating upper and lower, starting upper",
        'the first letter of each word lower, the rest upper',
        'the third letter of each word upper, the rest lower']

def case_word(tok, shape):
    out = []; k = 0
    for ch in tok:
        if ch.isalpha():
            if shape == CASE[0]:
                out.append(ch.upper() if k % 2 == 0 else ch.lower())
            elif shape == CASE[1]:
                out.append(ch.lower() if k == 0 else ch.upper())
            else:
                out.append(ch.upper() if k == 2 else ch.lower())
            k += 1
        else:
            out.append(ch)
    return ''.join(out)

def gen_case(d, ent, shape):
    name = d.ents[ent]['name']
    q = ' '.join(case_word(t, shape) for t in name.split())
    if q == name:
        return None
    return q, None

# ---------------------------------------------------------------- messy
MESSY = [
 ('Haskell record', 'Party {{ partyName = "{n}", partyCity = "{c}" }}'),
 ('Elixir map', '%{{party: "{n}", city: "{c}"}}'),
 ('Go struct literal', 'Party{{Name: "{n}", City: "{c}"}}'),
 ('C# object initializer', 'new Party {{ Name = "{n}", City = "{c}" }}'),
 ('PowerShell hashtable', '@{{ Name = "{n}"; City = "{c}" }}'),
 ('Cypher node', '(:Party {{name: "{n}", city: "{c}"}})'),
 ('XML element', '<party city="{c}">{x}</party>'),
 ('Dart map', "{{'name': '{n}', 'city': '{c}'}}"),
 ('chat in Welsh', 'Oes gennych chi unrhyw beth ar y cwmni {n} yn {c}?'),
 ('chat in Scottish Gaelic', 'A bheil dad agaibh mun chompanaidh {n} ann an {c}?'),
 ('chat in Basque', 'Ba al duzue ezer {n} enpresari buruz, {c} hirian?'),
 ('chat in Maltese', 'Għandkom xi ħaġa dwar il-kumpanija {n}, li tinsab fi {c}?'),
 ('chat in Faroese', 'Hava tit nakað um fyritøkuna {n} í {c}?'),
]
MESSY_MAP = dict(MESSY)

def gen_messy(d, ent, shape):
    city = d.city_of.get(ent)
    if not city:
        return None
    n = display(d.ents[ent]['name'])
    q = MESSY_MAP[shape].format(n=n, c=city, x=n.replace('&', '&amp;'))
    return q, 'city ' + city

# ---------------------------------------------------------------- aka
AKA_SHAPE = 'own aka alias'

def gen_aka(d, ent, alt_num):
    for a in d.alts.get(ent, []):
        if a['alt_num'] == alt_num and a['type'].lower() == 'aka':
            return a['name'], 'alt_num %d' % alt_num
    return None

def aka_items(d, ent):
    return [a['alt_num'] for a in sorted(d.alts.get(ent, []), key=lambda a: a['alt_num']) if a['type'].lower() == 'aka']

# ---------------------------------------------------------------- registry
SHAPES = {
 'aka': [AKA_SHAPE], 'partial': PARTIAL, 'word_order': WORD_ORDER, 'legal_form': [s for s, _, _ in LEGAL_ITEMS],
 'punctuation': PUNCT, 'abbreviation': [ABBR_SHAPE], 'script': SCRIPT_SHAPES, 'transliteration': TRANSLIT,
 'translation': LANGS, 'parent_vs_subsidiary': [s for s, _, _ in UNITS], 'typo': TYPO, 'case': CASE,
 'messy': [s for s, _ in MESSY],
}
# per-shape quota (None: each item at most once)
QUOTA = {'partial': 4, 'word_order': 4, 'punctuation': 3, 'script': 6, 'transliteration': 6, 'typo': 2, 'case': 4,
         'legal_form': 1, 'translation': 1, 'parent_vs_subsidiary': 1, 'messy': 1, 'aka': 12, 'abbreviation': 12}
ITEM_KINDS = {'abbreviation', 'aka'}  # items inside the detail, each at most once

def generate(d, kind, ent, shape, item=None):
    if kind == 'aka':
        return gen_aka(d, ent, item)
    if kind == 'abbreviation':
        return gen_abbreviation(d, ent, item)
    f = {'partial': gen_partial, 'word_order': gen_word_order, 'legal_form': gen_legal_form,
         'punctuation': gen_punctuation, 'script': gen_script, 'transliteration': gen_transliteration,
         'translation': gen_translation, 'parent_vs_subsidiary': gen_parent, 'typo': gen_typo,
         'case': gen_case, 'messy': gen_messy}[kind]
    return f(d, ent, shape)

def variant(shape, detail):
    return shape if not detail else '%s (%s)' % (shape, detail)

def split_variant(kind, var):
    for s in sorted(SHAPES[kind], key=len, reverse=True):
        if var == s:
            return s, None
        if var.startswith(s + ' (') and var.endswith(')'):
            return s, var[len(s) + 2:-1]
    return None, None

def item_of(kind, shape, detail):
    if kind == 'aka':
        m = re.fullmatch(r'alt_num (\d+)', detail or '')
        return int(m.group(1)) if m else None
    if kind == 'abbreviation':
        m = re.fullmatch(r'`([^`]+)` for (.+)', detail or '')
        return m.group(1) if m else None
    return shape
