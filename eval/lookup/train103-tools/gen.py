"""train103 generators: display/title case, legal split, one generator per kind, shapes, items, quotas."""
import re, unicodedata
import lib
from lib import full, core_tokens, FILLER_FOLDS

# ---------------------------------------------------------------- legal split and display
LEGAL_TOKENS = set('''LTD LTD. LIMITED CO CO. CORP CORP. CORPORATION INC INC. INCORPORATED LLC L.L.C. S.A. SA S.A.S. SAS
LTDA LTDA. S.R.L. SRL GMBH AG A.G. C.A. S.A.C. S.C. S.C.S. S.C.A. E.U. PTE PVT PVT. (PVT.) (PVT) FZE FZCO FZC FZ-LLC JSC OJSC
CJSC PJSC PAO OAO ZAO OOO TOV SARL S.A.R.L. S.A.L. BV B.V. N.V. NV KG D.O.O. COMPANY PLC P.L.C. LLP A.S. AB OY S.P.A.
S.L. C.V. R.L. S.P.R. C.S. PTY PTY. (PTY) BHD BHD. BERHAD CIA CIA. CÍA. W.L.L. WLL S.A.E. LDA LDA. S.R.O. A.D. D.D.
SIA UAB EOOD EAD LIMITADA S.N.C. S.E.N.C. E.I.R.L. K.K. JV J.V. TBK S.A.S'''.split())
ROMAN = {'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'}
SMALL = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
VOWELS = set('aeiou')

def _bare(t):
    return t.rstrip(',')

def is_legal_tok(t):
    return _bare(t).upper() in LEGAL_TOKENS

def is_dotted(t):
    return bool(re.fullmatch(r'\(?(?:[A-Za-z]{1,3}\.)+\)?', _bare(t)))

def keep_upper(t):
    b = _bare(t)
    if re.fullmatch(r'(?:[A-Z]\.)+', b):
        return True
    if b in ROMAN:
        return True
    if re.fullmatch(r'[B-DF-HJ-NP-TV-XZ]{2,4}', b):
        return True
    if is_legal_tok(b):
        return True
    return False

def tc(tok):
    if keep_upper(tok):
        return tok
    out = []
    for i, ch in enumerate(tok):
        prev = tok[i - 1] if i else ''
        if ch.isalpha():
            if prev and (prev.isalpha() or prev.isdigit()):
                out.append(ch.lower())
            elif prev in lib.APOS and i >= 2 and tok[i - 2].isalpha():
                out.append(ch.lower())
            else:
                out.append(ch.upper())
        else:
            out.append(ch)
    return ''.join(out)

def display(name):
    body, legal = split_legal(name)
    return ' '.join([tc(t) for t in body] + legal)

def split_legal(name):
    """(body tokens, legal tokens) of the original name; body keeps at least one token."""
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = _bare(toks[i - 1])
        nxt = _bare(toks[i]).upper() if i < len(toks) else ''
        prv = _bare(toks[i - 2]) if i >= 2 else ''
        prv_ok = is_legal_tok(prv) or bool(re.fullmatch(r'[A-Z]\.', prv))
        if is_legal_tok(t) or re.fullmatch(r'[A-Z]\.', t):
            i -= 1
        elif t.upper() in ('DE', 'EN', '&') and i < len(toks) and prv_ok:
            i -= 1
        elif t.upper() == 'Y' and nxt in ('CIA.', 'CIA', 'CÍA.'):
            i -= 1
        else:
            break
    body, legal = toks[:i], toks[i:]
    if not any(ch.isalpha() for ch in ' '.join(body)):
        return toks, []
    return body, legal

def is_name_word(t):
    b = _bare(t)
    if not b.isalpha() or len(b) < 3:
        return False
    f = full(b)
    if f in FILLER_FOLDS or f in SMALL:
        return False
    if b.upper() in ROMAN or is_legal_tok(b):
        return False
    return True

def parts(name):
    """display body tokens (last trailing comma removed), display legal string"""
    body, legal = split_legal(name)
    db = [tc(t) for t in body]
    if db and db[-1].endswith(','):
        db[-1] = db[-1][:-1]
    return db, ' '.join(legal)

def join(*xs):
    return ' '.join(x for x in xs if x)

# ---------------------------------------------------------------- case
def _case_vowels(name):
    return ''.join(c.upper() if c.lower() in VOWELS else c.lower() for c in name)

def _per_word_letters(name, fn):
    out = []
    for w in name.split(' '):
        idx = 0; L = sum(1 for c in w if c.isalpha()); s = []
        for c in w:
            if c.isalpha():
                s.append(c.upper() if fn(idx, L) else c.lower()); idx += 1
            else:
                s.append(c)
        out.append(''.join(s))
    return ' '.join(out)

CASE_SHAPES = {
    'vowels upper, consonants lower': _case_vowels,
    'second letter of each word upper, the rest lower': lambda n: _per_word_letters(n, lambda i, L: i == 1),
    'letters in the second half of each word upper, the rest lower':
        lambda n: _per_word_letters(n, lambda i, L: i >= (L + 1) // 2),
}

def gen_case(d, e, item):
    name = d.sdn[e]['name']
    q = CASE_SHAPES[item](name)
    return item, q

# ---------------------------------------------------------------- word order
def _consonants(w):
    return sum(1 for c in w.lower() if c.isalpha() and c not in VOWELS)

def _last_vowel_key(w):
    vs = [c for c in w.lower() if c in VOWELS]
    return (0, -ord(vs[-1])) if vs else (1, 0)

WORD_ORDER_SHAPES = {
    'name words stably sorted by consonant count, fewest first': lambda w: _consonants(w),
    'name words stably sorted by their last vowel, z to a (words without a vowel last)': _last_vowel_key,
    'name words stably sorted by their third letter, a to z': lambda w: w[2].lower(),
}

def gen_word_order(d, e, item):
    db, legal = parts(d.sdn[e]['name'])
    if not all(t.isalpha() for t in db):
        return None
    pos = [i for i, t in enumerate(db) if is_name_word(t)]
    if len(pos) < 3:
        return None
    words = [db[i] for i in pos]
    srt = sorted(words, key=WORD_ORDER_SHAPES[item])
    if srt == words:
        return None
    nb = list(db)
    for i, w in zip(pos, srt):
        nb[i] = w
    return item, join(' '.join(nb), legal)

# ---------------------------------------------------------------- partial
def _partial_word(t):
    return is_name_word(t) and _bare(t).isalpha() and not re.search(r'\d', t) and full(t) not in SMALL

PARTIAL_SHAPES = ['all name words but the longest, legal form kept',
                  'the first and third name words, legal form dropped',
                  'the two longest name words, in name order, legal form dropped']

def gen_partial(d, e, item):
    db, legal = parts(d.sdn[e]['name'])
    if any(t in ('/', '-', '&', '+') for t in db):
        return None
    words = [_bare(t) for t in db if _partial_word(t)]
    if len(words) < 3:
        return None
    if item == PARTIAL_SHAPES[0]:
        L = max(len(w) for w in words)
        i = [len(w) for w in words].index(L)
        q = join(' '.join(words[:i] + words[i + 1:]), legal)
    elif item == PARTIAL_SHAPES[1]:
        q = words[0] + ' ' + words[2]
    else:
        order = sorted(range(len(words)), key=lambda i: -len(words[i]))[:2]
        q = ' '.join(words[i] for i in sorted(order))
    return item, q

# ---------------------------------------------------------------- legal form
LEGAL_FORMS = [('Finnish `Osk`', 'Osk', False), ('Danish `P/S`', 'P/S', False), ('Norwegian `NUF`', 'NUF', False),
               ('German `e.K.`', 'e.K.', False), ('French `SASU`', 'SASU', False),
               ('Portuguese `S.G.P.S.`', 'S.G.P.S.', False), ('Greek `I.K.E.`', 'I.K.E.', False),
               ('Turkish `Ltd. Şti.`', 'Ltd. Şti.', False), ('Macedonian `DOOEL`', 'DOOEL', False),
               ('Omani `S.A.O.G.`', 'S.A.O.G.', False), ('Kyrgyz `OsOO` (in front)', 'OsOO', True),
               ('Belarusian `ChUP` (in front)', 'ChUP', True), ('Hungarian `Nyrt.`', 'Nyrt.', False),
               ('Slovenian `d.n.o.`', 'd.n.o.', False), ('British `CIC`', 'CIC', False),
               ('American `PLLC`', 'PLLC', False), ('South African `NPC`', 'NPC', False)]
LEGAL_BY_SHAPE = {s: (f, front) for s, f, front in LEGAL_FORMS}

def gen_legal_form(d, e, item):
    db, legal = parts(d.sdn[e]['name'])
    if any(is_legal_tok(t) or is_dotted(t) for t in db):
        return None
    if not any(sum(c.isalpha() for c in t) >= 3 for t in db):
        return None
    form, front = LEGAL_BY_SHAPE[item]
    body = ' '.join(db)
    return item, (form + ' ' + body) if front else (body + ' ' + form)

# ---------------------------------------------------------------- punctuation and typo helpers
def _longest(db, pred=lambda w: True, titlecase=False):
    best = None
    for i, t in enumerate(db):
        b = _bare(t)
        if not is_name_word(b):
            continue
        if titlecase and not (b[0].isupper() and b[1:] == b[1:].lower()):
            continue
        if not pred(b):
            continue
        if best is None or len(b) > len(_bare(db[best])):
            best = i
    return best

def _edit(d, e, fn, pred=lambda w: True, titlecase=False):
    db, legal = parts(d.sdn[e]['name'])
    i = _longest(db, pred, titlecase)
    if i is None:
        return None
    t = db[i]; b = _bare(t); tail = t[len(b):]
    nw = fn(b)
    if nw is None or nw == b:
        return None
    nb = list(db); nb[i] = nw + tail
    return b, join(' '.join(nb), legal)

def _after_first(ch):
    return lambda w: ch in w[1:].lower()

def _repl_first_after(w, ch, rep):
    j = w.lower().index(ch, 1)
    return w[:j] + rep + w[j + 1:]

PUNCT_SIGNS = '€~^:'
PUNCT_SHAPES = {
    '`€` for the first e after the first letter of the longest name word that has one':
        (lambda w: _repl_first_after(w, 'e', '€'), _after_first('e')),
    '`~` after the first letter of the longest name word': (lambda w: w[0] + '~' + w[1:], lambda w: True),
    '`^` before the last letter of the longest name word': (lambda w: w[:-1] + '^' + w[-1], lambda w: True),
    '`:` after the sixth letter of the longest name word': (lambda w: w[:6] + ':' + w[6:] if len(w) >= 7 else None, lambda w: True),
}

def gen_punctuation(d, e, item):
    name = d.sdn[e]['name']
    if any(c in name for c in PUNCT_SIGNS):
        return None
    fn, pred = PUNCT_SHAPES[item]
    r = _edit(d, e, fn, pred)
    if not r:
        return None
    return '%s (in %s)' % (item, r[0]), r[1]

TYPO_SHAPES = {
    'OCR `rn` for m': (lambda w: _repl_first_after(w, 'm', 'rn'), _after_first('m')),
    'OCR `3` for e': (lambda w: _repl_first_after(w, 'e', '3'), _after_first('e')),
    '`s` typed for a': (lambda w: _repl_first_after(w, 'a', 's'), _after_first('a')),
    '`k` typed for l': (lambda w: _repl_first_after(w, 'l', 'k'), _after_first('l')),
    'fifth letter of the longest word dropped': (lambda w: w[:4] + w[5:] if len(w) >= 6 else None, lambda w: True),
    'last two letters of the longest word swapped': (lambda w: w[:-2] + w[-1] + w[-2] if w[-1] != w[-2] else None, lambda w: True),
}

def gen_typo(d, e, item):
    fn, pred = TYPO_SHAPES[item]
    r = _edit(d, e, fn, pred, titlecase=True)
    if not r:
        return None
    return '%s (in %s)' % (item, r[0]), r[1]

# ---------------------------------------------------------------- abbreviation
ABBR = [('Hnos.', 'HERMANOS'), ('Gpo.', 'GRUPO'), ('Transp.', 'TRANSPORTES'), ('Agrop.', 'AGROPECUARIA'),
        ('Invs.', 'INVERSIONES'), ('Drog.', 'DROGUERIA'), ('Labs.', 'LABORATORIOS'), ('Ctora.', 'CONSTRUCTORA'),
        ('Hac.', 'HACIENDA'), ('Farm.', 'FARMACIA'),
        ('Shpg.', 'SHIPPING'), ('Petrochem.', 'PETROCHEMICAL'), ('Comms.', 'COMMUNICATIONS'), ('Govt.', 'GOVERNMENT'),
        ('Dept.', 'DEPARTMENT'), ('Indl.', 'INDUSTRIAL'), ('Fin.', 'FINANCIAL'), ('Ins.', 'INSURANCE'),
        ('Univ.', 'UNIVERSITY'), ('Acad.', 'ACADEMY'), ('Sys.', 'SYSTEMS'), ('Navig.', 'NAVIGATION'),
        ('Expl.', 'EXPLORATION'), ('Prodn.', 'PRODUCTION'), ('Pwr.', 'POWER'), ('Trans.', 'TRANSPORT'),
        ('Regt.', 'REGIMENT'), ('Bn.', 'BATTALION'), ('Minist.', 'MINISTRY'), ('Mil.', 'MILITARY'),
        ('Lbrn.', 'LIBERATION'), ('Frt.', 'FRONT'), ('Div.', 'DIVISION'), ('Shpyd.', 'SHIPYARD'),
        ('Assocs.', 'ASSOCIATES'), ('Elecs.', 'ELECTRONICS'), ('Ptrlm.', 'PETROLEUM')]
ABBR_LONG = dict(ABBR)

def gen_abbreviation(d, e, item):
    long = ABBR_LONG[item]
    db, legal = parts(d.sdn[e]['name'])
    for i, t in enumerate(db):
        if _bare(t).upper() == long:
            nb = list(db); nb[i] = item + t[len(_bare(t)):]
            return 'short form (`%s` for %s)' % (item, long), join(' '.join(nb), legal)
    return None

# ---------------------------------------------------------------- aka
def gen_aka(d, e, item):
    for an, at, nm in d.alts[e]:
        if an == item and at == 'aka':
            return 'own aka alias (alt_num %d)' % an, nm
    return None

# ---------------------------------------------------------------- transliteration
def _one_pass(w, rules, y_vowel):
    """single left-to-right pass: multi-letter patterns first, outputs never re-read"""
    s = w.lower(); out = []; i = 0
    while i < len(s):
        for a, b in rules:
            if s.startswith(a, i):
                out.append(b); i += len(a); break
        else:
            c = s[i]; nxt = s[i + 1] if i + 1 < len(s) else ''
            if c == 'c':
                out.append('s' if nxt in ('e', 'i', 'y') and nxt else 'k')
            elif c == 'y':
                out.append('j' if nxt and nxt in VOWELS else y_vowel)
            else:
                out.append(c)
            i += 1
    return ''.join(out)

ALB_RULES = [('tion', 'cion'), ('tch', 'ç'), ('ch', 'ç'), ('kh', 'h'), ('ph', 'f'), ('qu', 'kv'), ('ck', 'k'),
             ('ts', 'c'), ('tz', 'c'), ('ee', 'i'), ('oo', 'u'), ('q', 'k'), ('j', 'xh'), ('x', 'ks'), ('w', 'v')]
NOR_RULES = [('tion', 'sjon'), ('sh', 'sj'), ('tch', 'kj'), ('ch', 'kj'), ('kh', 'k'), ('zh', 'sj'), ('ph', 'f'),
             ('th', 't'), ('qu', 'kv'), ('ck', 'kk'), ('ee', 'i'), ('oo', 'u'), ('q', 'k'), ('j', 'dj'), ('x', 'ks'),
             ('w', 'v'), ('z', 's')]

def _alb(w):
    return _one_pass(w, ALB_RULES, 'i')

def _nor(w):
    return _one_pass(w, NOR_RULES, 'y')

TRANSLIT_SHAPES = {
    'Albanian-style spelling': _alb,
    'Norwegian-style spelling': _nor,
}

def _translit_word(t, fn):
    if keep_upper(t) or is_legal_tok(t):
        return t
    b = _bare(t); tail = t[len(b):]
    out = []
    for p in b.split('-'):
        if p.isalpha() and p.isascii() and len(p) > 4 and full(p) not in FILLER_FOLDS:
            r = fn(p)
            out.append(r[0].upper() + r[1:])
        else:
            out.append(p)
    return '-'.join(out) + tail

def gen_transliteration(d, e, item):
    db, legal = parts(d.sdn[e]['name'])
    fn = TRANSLIT_SHAPES[item]
    nb = [_translit_word(t, fn) for t in db]
    return item, join(' '.join(nb), legal)

# ---------------------------------------------------------------- translation
DICTS = {
 'Luxembourgish': dict(SHIPPING='Schëffaart', INDUSTRIES='Industrien', INDUSTRIAL='Industriell', CONSTRUCTION='Bauwiesen',
   ENGINEERING='Ingenieurwiesen', DEVELOPMENT='Entwécklung', INVESTMENT='Investitioun', ELECTRONICS='Elektronik',
   ENERGY='Energie', OIL='Ueleg', PETROLEUM='Pëtrol', AIRLINES='Fluchgesellschaft', INSURANCE='Versécherung',
   TECHNOLOGY='Technologie', STEEL='Stol', CHEMICAL='Chemesch', MINING='Biergbau', ORGANIZATION='Organisatioun',
   PARTY='Partei', ARMY='Arméi', FOUNDATION='Stëftung', EXCHANGE='Wiessel', TRAVEL='Reesen', SERVICES='Servicer',
   COMMERCIAL='Kommerziell', MINISTRY='Ministère', RESEARCH='Fuerschung', EQUIPMENT='Ausrüstung'),
 'Galician': dict(SHIPPING='Navieira', INDUSTRIES='Industrias', CONSTRUCTION='Construción', ENGINEERING='Enxeñaría',
   DEVELOPMENT='Desenvolvemento', INVESTMENT='Investimento', ELECTRONICS='Electrónica', ENERGY='Enerxía', OIL='Petróleo',
   PETROLEUM='Petróleo', AIRLINES='Liñas Aéreas', INSURANCE='Seguros', TECHNOLOGY='Tecnoloxía', STEEL='Aceiro',
   CHEMICAL='Química', MINING='Minaría', ORGANIZATION='Organización', PARTY='Partido', ARMY='Exército',
   FOUNDATION='Fundación', EXCHANGE='Cambio', TRAVEL='Viaxes', SERVICES='Servizos', MINISTRY='Ministerio',
   RESEARCH='Investigación', EQUIPMENT='Equipamento'),
 'Afrikaans': dict(SHIPPING='Skeepvaart', INDUSTRIES='Nywerhede', INDUSTRIAL='Nywerheids', CONSTRUCTION='Konstruksie',
   ENGINEERING='Ingenieurswese', DEVELOPMENT='Ontwikkeling', INVESTMENT='Belegging', ELECTRONICS='Elektronika',
   ENERGY='Energie', OIL='Olie', AIRLINES='Lugdiens', INSURANCE='Versekering', TECHNOLOGY='Tegnologie', STEEL='Staal',
   CHEMICAL='Chemiese', MINING='Mynbou', ORGANIZATION='Organisasie', ARMY='Leër', FOUNDATION='Stigting',
   EXCHANGE='Valuta', TRAVEL='Reis', SERVICES='Dienste', COMMERCIAL='Kommersiële', MINISTRY='Ministerie',
   RESEARCH='Navorsing', EQUIPMENT='Toerusting'),
 'Esperanto': dict(SHIPPING='Ŝipado', INDUSTRIES='Industrioj', CONSTRUCTION='Konstruado', ENGINEERING='Inĝenierado',
   DEVELOPMENT='Evoluigo', INVESTMENT='Investado', ELECTRONICS='Elektroniko', ENERGY='Energio', OIL='Oleo',
   PETROLEUM='Nafto', AIRLINES='Aerlinioj', INSURANCE='Asekuro', TECHNOLOGY='Teknologio', STEEL='Ŝtalo',
   CHEMICAL='Kemia', MINING='Minado', ORGANIZATION='Organizo', PARTY='Partio', ARMY='Armeo', FOUNDATION='Fondaĵo',
   EXCHANGE='Interŝanĝo', TRAVEL='Vojaĝo', SERVICES='Servoj', COMMERCIAL='Komerca', MINISTRY='Ministerio',
   RESEARCH='Esplorado', EQUIPMENT='Ekipaĵo'),
 'Haitian Creole': dict(SHIPPING='Navigasyon', INDUSTRIES='Endistri', INDUSTRIAL='Endistriyèl', CONSTRUCTION='Konstriksyon',
   ENGINEERING='Jeni', DEVELOPMENT='Devlopman', INVESTMENT='Envestisman', ELECTRONICS='Elektwonik', ENERGY='Enèji',
   OIL='Lwil', PETROLEUM='Petwòl', AIRLINES='Konpayi Avyon', INSURANCE='Asirans', TECHNOLOGY='Teknoloji', STEEL='Asye',
   CHEMICAL='Chimik', MINING='Min', ORGANIZATION='Òganizasyon', PARTY='Pati', ARMY='Lame', FOUNDATION='Fondasyon',
   EXCHANGE='Echanj', TRAVEL='Vwayaj', SERVICES='Sèvis', COMMERCIAL='Komèsyal', MINISTRY='Ministè',
   RESEARCH='Rechèch', EQUIPMENT='Ekipman'),
 'Yoruba': dict(SHIPPING='Ọkọ̀-ojú-omi', INDUSTRIES='Ilé-iṣẹ́', INDUSTRIAL='Ilé-iṣẹ́', ENGINEERING='Ìmọ̀-ẹ̀rọ',
   DEVELOPMENT='Ìdàgbàsókè', INVESTMENT='Ìdókòwò', ELECTRIC='Iná-mànàmáná', ENERGY='Agbára', OIL='Epo',
   PETROLEUM='Epo-rọ̀bì', AIRLINES='Ọkọ̀-òfuurufú', INSURANCE='Ìdánilójú', TECHNOLOGY='Ìmọ̀-ẹ̀rọ', STEEL='Irin',
   CHEMICAL='Kẹ́míkà', MINING='Ìwakùsà', ORGANIZATION='Àjọ', PARTY='Ẹgbẹ́', ARMY='Ọmọ-ogun', FOUNDATION='Ìpìlẹ̀',
   EXCHANGE='Pàṣípààrọ̀', TRAVEL='Ìrìn-àjò', SERVICES='Iṣẹ́', COMMERCIAL='Ìṣòwò', RESEARCH='Ìwádìí', EQUIPMENT='Ohun-èlò'),
 'Igbo': dict(SHIPPING='Ụgbọ Mmiri', INDUSTRIES='Ụlọ Ọrụ', ENGINEERING='Injinịa', DEVELOPMENT='Mmepe',
   INVESTMENT='Itinye Ego', ELECTRIC='Ọkụ', ENERGY='Ike', OIL='Mmanụ', PETROLEUM='Mmanụ Ala', AIRLINES='Ụgbọ Elu',
   INSURANCE='Mkpuchi', TECHNOLOGY='Teknụzụ', STEEL='Igwe', CHEMICAL='Kemịkal', MINING='Igwu Ala', ORGANIZATION='Nzukọ',
   PARTY='Otu', ARMY='Ndị Agha', FOUNDATION='Ntọala', EXCHANGE='Mgbanwe', TRAVEL='Njem', SERVICES='Ọrụ',
   COMMERCIAL='Azụmahịa', RESEARCH='Nchọcha', EQUIPMENT='Akụrụngwa'),
 'Zulu': dict(SHIPPING='Imikhumbi', INDUSTRIES='Izimboni', INDUSTRIAL='Ezimboni', CONSTRUCTION='Ukwakha',
   ENGINEERING='Ubunjiniyela', DEVELOPMENT='Intuthuko', INVESTMENT='Utshalomali', ELECTRIC='Ugesi', ENERGY='Amandla',
   OIL='Uwoyela', PETROLEUM='Uphethiloli', AIRLINES='Izindiza', INSURANCE='Umshwalense', TECHNOLOGY='Ubuchwepheshe',
   STEEL='Insimbi', CHEMICAL='Amakhemikhali', MINING='Ezimayini', ORGANIZATION='Inhlangano', PARTY='Iqembu',
   ARMY='Ibutho', FOUNDATION='Isisekelo', EXCHANGE='Ukushintshana', TRAVEL='Uhambo', SERVICES='Izinsizakalo',
   COMMERCIAL='Ezentengiselwano', MINISTRY='Umnyango', RESEARCH='Ucwaningo', EQUIPMENT='Imishini'),
 'Somali': dict(SHIPPING='Maraakiibta', INDUSTRIES='Warshadaha', INDUSTRIAL='Warshadeed', CONSTRUCTION='Dhismaha',
   ENGINEERING='Injineernimada', DEVELOPMENT='Horumarinta', INVESTMENT='Maalgashiga', ELECTRIC='Korontada',
   ENERGY='Tamarta', OIL='Saliidda', PETROLEUM='Batroolka', AIRLINES='Diyaaradaha', INSURANCE='Caymiska',
   TECHNOLOGY='Tignoolajiyada', STEEL='Birta', CHEMICAL='Kiimikada', MINING='Macdanta', ORGANIZATION='Ururka',
   PARTY='Xisbiga', ARMY='Ciidanka', FOUNDATION='Aasaaska', EXCHANGE='Sarrifka', TRAVEL='Safarka', SERVICES='Adeegyada',
   COMMERCIAL='Ganacsiga', MINISTRY='Wasaaradda', RESEARCH='Cilmi-baarista', EQUIPMENT='Qalabka'),
 'Kurmanji Kurdish': dict(SHIPPING='Keştîvanî', INDUSTRIES='Pîşesazî', INDUSTRIAL='Pîşesaziyê', CONSTRUCTION='Avakirin',
   ENGINEERING='Endezyarî', DEVELOPMENT='Pêşveçûn', INVESTMENT='Veberhênan', ELECTRIC='Elektrîk', ENERGY='Enerjî',
   OIL='Neft', PETROLEUM='Neftê', AIRLINES='Firoke', INSURANCE='Sîgorte', TECHNOLOGY='Teknolojî', STEEL='Pola',
   CHEMICAL='Kîmyewî', MINING='Kanzayî', ORGANIZATION='Rêxistin', PARTY='Partî', ARMY='Artêş', FOUNDATION='Weqf',
   EXCHANGE='Guhertin', TRAVEL='Rêwîtî', SERVICES='Xizmet', COMMERCIAL='Bazirganî', MINISTRY='Wezaret',
   RESEARCH='Lêkolîn', EQUIPMENT='Alav'),
 'Uzbek': dict(SHIPPING='Kemachilik', INDUSTRIES='Sanoat', INDUSTRIAL='Sanoat', CONSTRUCTION='Qurilish',
   ENGINEERING='Muhandislik', DEVELOPMENT='Rivojlanish', INVESTMENT='Investitsiya', ELECTRIC='Elektr', ENERGY='Energiya',
   OIL='Neft', PETROLEUM='Neft', AIRLINES='Havo Yollari', INSURANCE='Sugurta', TECHNOLOGY='Texnologiya', STEEL="Po'lat",
   CHEMICAL='Kimyo', MINING='Konchilik', ORGANIZATION='Tashkilot', PARTY='Partiya', ARMY='Armiya', FOUNDATION="Jamg'arma",
   EXCHANGE='Ayirboshlash', TRAVEL='Sayohat', SERVICES='Xizmatlar', COMMERCIAL='Tijorat', MINISTRY='Vazirlik',
   RESEARCH='Tadqiqot', EQUIPMENT='Uskunalar'),
 'Turkmen': dict(SHIPPING='Gämiçilik', INDUSTRIES='Senagat', INDUSTRIAL='Senagat', CONSTRUCTION='Gurluşyk',
   ENGINEERING='Inženerçilik', DEVELOPMENT='Ösüş', INVESTMENT='Maýa Goýum', ELECTRIC='Elektrik', ENERGY='Energiýa',
   OIL='Nebit', PETROLEUM='Nebit', AIRLINES='Howa Ýollary', INSURANCE='Ätiýaçlandyryş', TECHNOLOGY='Tehnologiýa',
   STEEL='Polat', CHEMICAL='Himiýa', MINING='Magdan', ORGANIZATION='Gurama', PARTY='Partiýa', ARMY='Goşun',
   FOUNDATION='Gaznasy', EXCHANGE='Çalşyk', TRAVEL='Syýahat', SERVICES='Hyzmatlar', COMMERCIAL='Söwda',
   MINISTRY='Ministrligi', RESEARCH='Barlag', EQUIPMENT='Enjamlar'),
}
LANGS = list(DICTS)

def _tr_ok(tr, en):
    a = full(tr).replace(' ', ''); b = full(en).replace(' ', '')
    return not (a.startswith(b) or b.startswith(a))

def gen_translation(d, e, item):
    dic = DICTS[item]
    db, legal = parts(d.sdn[e]['name'])
    for i, t in enumerate(db):
        b = _bare(t).upper()
        if b in dic and _tr_ok(dic[b], b):
            nb = list(db); nb[i] = dic[b] + t[len(_bare(t)):]
            return '%s (`%s` for %s)' % (item, dic[b], b), join(' '.join(nb), legal)
    return None

# ---------------------------------------------------------------- parent_vs_subsidiary
UNITS = [('Luxembourgish', 'Filial zu', False), ('Galician', 'sucursal na', False), ('Afrikaans', 'tak in', False),
         ('Esperanto', 'filio en', False), ('Haitian Creole', 'siksisal nan', False), ('Yoruba', 'ẹ̀ka ní', False),
         ('Igbo', 'alaka dị na', False), ('Zulu', 'igatsha e', False), ('Somali', 'laanta ku taal', False),
         ('Kurmanji Kurdish', 'şaxa li', False), ('Uzbek', 'filiali', True), ('Turkmen', 'şahamçasy', True)]
UNIT_SHAPES = {}
for _l, _u, _after in UNITS:
    UNIT_SHAPES['%s `%s`%s' % (_l, _u, ' (after the city)' if _after else '')] = (_u, _after)

def gen_parent(d, e, item):
    city = d.city(e)
    if not city:
        return None
    u, after = UNIT_SHAPES[item]
    disp = display(d.sdn[e]['name'])
    q = (disp + ' ' + city + ' ' + u) if after else (disp + ' ' + u + ' ' + city)
    return '%s (city %s)' % (item, city), q

# ---------------------------------------------------------------- messy
MESSY = {
    'Clojure map': '{:party "{N}" :city "{C}" :screen true}',
    'Lua table': 'party = { name = "{N}", city = "{C}", check = true }',
    'Nix attribute set': '{ partyName = "{N}"; partyCity = "{C}"; screen = true; }',
    'Prolog fact': "screen_party('{N}', '{C}').",
    'BibTeX entry': '@misc{screen, author = {{N}}, address = {{C}}}',
    'LDIF entry': 'dn: o={N},l={C}\nobjectClass: organization',
    'chat in Luxembourgish': "Moien, ass d'Firma {N} aus {C} op der Sanktiounslëscht?",
    'chat in Galician': 'Ola, a empresa {N} de {C} está na lista de sancións?',
    'chat in Afrikaans': 'Hallo, is die maatskappy {N} in {C} op die sanksielys?',
    'chat in Esperanto': 'Saluton, ĉu la firmao {N} en {C} estas en la sankcia listo?',
    'chat in Haitian Creole': 'Bonjou, èske konpayi {N} nan {C} sou lis sanksyon an?',
    'chat in Yoruba': 'Ẹ kú àárọ̀, ṣé ilé-iṣẹ́ {N} ní {C} wà lórí àkójọ ìjẹníyà?',
    'Tcl dict': 'dict create party {{N}} city {{C}} screen 1',
    'chat in Igbo': 'Ndewo, ụlọ ọrụ {N} dị na {C} ọ nọ na ndepụta mmachi?',
}
MESSY_ORDER = list(MESSY)

def gen_messy(d, e, item):
    city = d.city(e)
    if not city:
        return None
    n = display(d.sdn[e]['name'])
    if item == 'Prolog fact' and ("'" in n or "'" in city):
        return None
    q = MESSY[item].replace('{N}', n).replace('{C}', city)
    return '%s (city %s)' % (item, city), q

# ---------------------------------------------------------------- script
def _u(nm):
    return unicodedata.lookup(nm)

GLAG = {k: _u('GLAGOLITIC SMALL LETTER ' + v) for k, v in dict(
    a='AZU', b='BUKY', v='VEDE', g='GLAGOLI', d='DOBRO', e='YESTU', zh='ZHIVETE', z='ZEMLJA', i='IZHE', k='KAKO',
    l='LJUDIJE', m='MYSLITE', n='NASHI', o='ONU', p='POKOJI', r='RITSI', s='SLOVO', t='TVRIDO', u='UKU', f='FRITU',
    h='HERU', ch='CHRIVI', sh='SHA', j='DJERVI', Y='DJERVI', ts='TSI').items()}
GLAG.update({'kh': GLAG['h'], 'gh': GLAG['g'], 'th': GLAG['t'], 'dh': GLAG['d'], 'ph': GLAG['f'], 'w': GLAG['v'],
             'q': GLAG['k'], 'x': GLAG['k'] + GLAG['s'], 'y': GLAG['i']})
SHAV = {k: _u('SHAVIAN LETTER ' + v) for k, v in dict(
    a='ASH', b='BIB', d='DEAD', e='EGG', f='FEE', g='GAG', h='HA-HA', i='IF', j='JUDGE', k='KICK', l='LOLL', m='MIME',
    n='NUN', o='ON', p='PEEP', r='ROAR', s='SO', t='TOT', u='UP', v='VOW', w='WOE', Y='YEA', z='ZOO', sh='SURE',
    ch='CHURCH', th='THIGH', dh='THEY', zh='MEASURE').items()}
SHAV.update({'kh': SHAV['k'], 'gh': SHAV['g'], 'ph': SHAV['f'], 'q': SHAV['k'], 'x': SHAV['k'] + SHAV['s'],
             'y': SHAV['i']})
SCRIPTS = {'Glagolitic letters (small)': (GLAG, (0x2C00, 0x2C5F)), 'Shavian letters': (SHAV, (0x10450, 0x1047F))}

def _render(w, table):
    s = w.lower().replace('ck', 'k')
    s = re.sub(r'(.)\1', r'\1', s)
    out = []; i = 0
    while i < len(s):
        two = s[i:i + 2]
        if two in ('sh', 'ch', 'kh', 'gh', 'th', 'dh', 'zh', 'ph') and two in table:
            out.append(table[two]); i += 2; continue
        if two == 'ts' and 'ts' in table:
            out.append(table['ts']); i += 2; continue
        c = s[i]; nxt = s[i + 1] if i + 1 < len(s) else ''
        if c == 'c':
            out.append(table['s'] if nxt in ('e', 'i', 'y') else table['k'])
        elif c == 'y':
            out.append(table['Y'] if nxt in VOWELS and nxt else table['y'])
        else:
            out.append(table[c])
        i += 1
    return ''.join(out)

def script_words(name):
    ws = []
    for t in display(name).split():
        if is_legal_tok(t) or is_dotted(t) or any(c.isdigit() for c in t) or any(c in t for c in "'\"`’"):
            continue
        for p in t.split('-'):
            p = re.sub(r'[(),]', '', p)
            if not p or not p.isalpha() or not p.isascii():
                continue
            if full(p) in FILLER_FOLDS:
                continue
            ws.append(p)
    return ws

def gen_script(d, e, item):
    ws = script_words(d.sdn[e]['name'])
    if not (1 <= len(ws) <= 4):
        return None
    if len(ws) < 2 and len(ws[0]) < 7:
        return None
    table, _ = SCRIPTS[item]
    return item, ' '.join(_render(w, table) for w in ws)

def script_errors(item, q):
    table, (lo, hi) = SCRIPTS[item]
    bad = [c for c in q if c != ' ' and not (lo <= ord(c) <= hi)]
    return ['code points outside the %s block: %s' % (item, ''.join(sorted(set(bad)))[:20])] if bad else []

# ---------------------------------------------------------------- registry
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NON_NARC = {'aka', 'typo', 'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy'}
ITEMS = {
    'case': list(CASE_SHAPES), 'word_order': list(WORD_ORDER_SHAPES), 'partial': PARTIAL_SHAPES,
    'legal_form': [s for s, f, fr in LEGAL_FORMS], 'punctuation': list(PUNCT_SHAPES), 'abbreviation': [a for a, l in ABBR],
    'typo': list(TYPO_SHAPES), 'transliteration': list(TRANSLIT_SHAPES), 'translation': LANGS,
    'parent_vs_subsidiary': list(UNIT_SHAPES), 'messy': MESSY_ORDER, 'script': list(SCRIPTS),
}
QUOTA = {'case': 4, 'word_order': 4, 'partial': 4, 'legal_form': 1, 'punctuation': 3, 'abbreviation': 1, 'typo': 2,
         'transliteration': 6, 'translation': 1, 'parent_vs_subsidiary': 1, 'messy': 1, 'script': 6, 'aka': 1}
GEN = {'case': gen_case, 'word_order': gen_word_order, 'partial': gen_partial, 'legal_form': gen_legal_form,
       'punctuation': gen_punctuation, 'abbreviation': gen_abbreviation, 'typo': gen_typo,
       'transliteration': gen_transliteration, 'translation': gen_translation, 'parent_vs_subsidiary': gen_parent,
       'messy': gen_messy, 'script': gen_script, 'aka': gen_aka}

def items_for(d, kind, e):
    if kind == 'aka':
        return [an for an, at, nm in d.alts[e] if at == 'aka']
    return ITEMS[kind]

def item_of(kind, variant):
    """item from a note variant (shape names matched longest first); None if unknown"""
    if kind == 'aka':
        m = re.fullmatch(r'own aka alias \(alt_num (\d+)\)', variant)
        return int(m.group(1)) if m else None
    if kind == 'abbreviation':
        m = re.fullmatch(r'short form \(`([^`]+)` for ([A-Z]+)\)', variant)
        return m.group(1) if m and m.group(1) in ABBR_LONG else None
    for s in sorted(ITEMS[kind], key=len, reverse=True):
        if variant == s or variant.startswith(s + ' ('):
            return s
    return None

def generate(d, e, kind, item):
    return GEN[kind](d, e, item)
