"""Generators for the 13 positive kinds of lookup-train84 (written from scratch).
Each generator yields (shape, detail, query) for one entity; item kinds use the shape as the item."""
import html, re, unicodedata
import lib
from lib import split_legal, tcw, join_ns, is_small

KINDS = ['aka', 'partial', 'word_order', 'case', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'partial', 'word_order', 'case', 'legal_form', 'punctuation'}
ABBR_NARC_MAX = 2

# ------------------------------------------------------------------ helpers
def parts(name):
    body, suffix = split_legal(name)
    return body, suffix, tcw(body)


def plain_words(body):
    ws = body.split()
    if ws and all(re.fullmatch(r'[A-Za-z]+', w) for w in ws):
        return ws
    return None


def longest_idx(words, minlen=5):
    best = -1
    for i, w in enumerate(words):
        if re.fullmatch(r'[A-Za-z]+', w) and len(w) >= minlen and (best < 0 or len(w) > len(words[best])):
            best = i
    return best

# ------------------------------------------------------------------ aka
def g_aka(d, ent, name):
    for a in d.alts.get(ent, []):
        yield 'own alt.csv alias', d.alt_type.get((ent, a), 'aka'), a

# ------------------------------------------------------------------ partial
P_FIRST_LAST = 'first and last name words, legal form kept'
P_DROP_SECOND = 'second name word dropped, legal form dropped'
P_LAST_TWO = 'last two name words, legal form dropped'


def g_partial(d, ent, name):
    body, suffix, tb = parts(name)
    ws = plain_words(body)
    if not ws or len(ws) < 4:
        return
    nw = [w for w in ws if not is_small(w)]
    if len(nw) < 4:
        return
    for shape, kept, suf in ((P_FIRST_LAST, [nw[0], nw[-1]], suffix), (P_DROP_SECOND, nw[:1] + nw[2:], ''),
                             (P_LAST_TWO, nw[-2:], '')):
        if sum(len(w) for w in kept) >= 10:
            yield shape, '', join_ns(tcw(' '.join(kept)), suf)

# ------------------------------------------------------------------ word order
W_REV = 'name words in reverse order, 3 or more words'
W_FIRST_END = 'first name word moved to the end, 3 or more words'
W_EVEN_ODD = 'even-position name words first, then odd-position ones, 4 or more words'


def g_word_order(d, ent, name):
    body, suffix, tb = parts(name)
    ws = plain_words(tb)
    if not ws or len(ws) < 3 or any(is_small(w) for w in ws):
        return
    yield W_REV, '', join_ns(' '.join(ws[::-1]), suffix)
    yield W_FIRST_END, '', join_ns(' '.join(ws[1:] + ws[:1]), suffix)
    if len(ws) >= 4:
        yield W_EVEN_ODD, '', join_ns(' '.join(ws[1::2] + ws[0::2]), suffix)

# ------------------------------------------------------------------ case
C_LAST = 'last letter of each word upper, the rest lower'
C_ALT = 'letters alternate lower and upper within each word, starting lower'
C_FIRSTWORD = 'first word upper, the rest lower'


def _last_up(w):
    idx = [i for i, ch in enumerate(w) if ch.isalpha()]
    w = w.lower()
    if idx:
        i = idx[-1]
        w = w[:i] + w[i].upper() + w[i + 1:]
    return w


def _alt(w):
    out, k = [], 0
    for ch in w:
        if ch.isalpha():
            out.append(ch.lower() if k % 2 == 0 else ch.upper()); k += 1
        else:
            out.append(ch)
    return ''.join(out)


def g_case(d, ent, name):
    ws = name.split()
    yield C_LAST, '', ' '.join(_last_up(w) for w in ws)
    yield C_ALT, '', ' '.join(_alt(w) for w in ws)
    if len(ws) >= 2:
        yield C_FIRSTWORD, '', ' '.join([ws[0].upper()] + [w.lower() for w in ws[1:]])

# ------------------------------------------------------------------ legal form
LEGAL_ITEMS = [  # (shape, form, position)
    ('Lithuanian UAB put in front', 'UAB', 'front'),
    ('Turkish Ltd. Şti.', 'Ltd. Şti.', 'end'),
    ('French SASU', 'SASU', 'end'),
    ('French EURL', 'EURL', 'end'),
    ('German KGaA', 'KGaA', 'end'),
    ('German e.K.', 'e.K.', 'end'),
    ('Italian S.r.l.s.', 'S.r.l.s.', 'end'),
    ('Japanese Y.K.', 'Y.K.', 'end'),
    ('Vietnamese CTCP put in front', 'CTCP', 'front'),
    ('Greek A.E.', 'A.E.', 'end'),
    ('Polish sp.k.', 'sp.k.', 'end'),
    ('Swedish HB', 'HB', 'end'),
]


def g_legal_form(d, ent, name):
    body, suffix, tb = parts(name)
    if '(' in body or ',' in body or '&' in body or re.fullmatch(r'(?:[A-Za-z]\.)+', body.split()[-1]):
        return
    det = ('replaces ' + suffix) if suffix else 'added'
    for shape, form, pos in LEGAL_ITEMS:
        q = join_ns(tb, '', form) if pos == 'front' else join_ns(tb, form)
        yield shape, det, q

# ------------------------------------------------------------------ punctuation
PU_AT = 'at sign for a'
PU_REG = 'registered sign for r'
PU_HASH = 'hash inside a word'
PU_EQ = 'equals sign inside a word'


def _interior_replace(words, letter, sym):
    order = sorted(range(len(words)), key=lambda i: -len(words[i]))
    for i in order:
        w = words[i]
        if not re.fullmatch(r'[A-Za-z]+', w) or len(w) < 4:
            continue
        for k in range(1, len(w) - 1):
            if w[k].lower() == letter:
                nw = list(words); nw[i] = w[:k] + sym + w[k + 1:]
                return nw
    return None


def _interior_insert(words, sym):
    i = longest_idx(words, 4)
    if i < 0:
        return None
    w = words[i]; k = len(w) // 2
    nw = list(words); nw[i] = w[:k] + sym + w[k:]
    return nw


def g_punctuation(d, ent, name):
    body, suffix, tb = parts(name)
    ws = tb.split()
    for shape, fn in ((PU_AT, lambda: _interior_replace(ws, 'a', '@')),
                      (PU_REG, lambda: _interior_replace(ws, 'r', '\u00ae')),
                      (PU_HASH, lambda: _interior_insert(ws, '#')),
                      (PU_EQ, lambda: _interior_insert(ws, '='))):
        nw = fn()
        if nw:
            yield shape, '', join_ns(' '.join(nw), suffix)

# ------------------------------------------------------------------ abbreviation
ABBR_ITEMS = [
    ('Mgmt.', ['MANAGEMENT']), ('Exch.', ['EXCHANGE']), ('Chem.', ['CHEMICAL', 'CHEMICALS']),
    ('Aviat.', ['AVIATION']), ('Fdn.', ['FOUNDATION']), ('Assn.', ['ASSOCIATION']),
    ('Dept.', ['DEPARTMENT']), ('Pharm.', ['PHARMACEUTICAL', 'PHARMACEUTICALS']), ('Equip.', ['EQUIPMENT']),
    ('Props.', ['PROPERTIES']), ('Univ.', ['UNIVERSITY']), ('Def.', ['DEFENSE', 'DEFENCE']),
    ('Metall.', ['METALLURGY', 'METALLURGICAL']), ('Sci.', ['SCIENCE', 'SCIENCES', 'SCIENTIFIC']),
    ('Telecom.', ['TELECOMMUNICATION', 'TELECOMMUNICATIONS']), ('Hosp.', ['HOSPITAL']),
    ('Mktg.', ['MARKETING']), ('Agric.', ['AGRICULTURAL', 'AGRICOLA']), ('Petr.', ['PETROLEUM', 'PETROLEO']),
    ('Constr.', ['CONSTRUCTION', 'CONSTRUCTORA', 'CONSTRUCCIONES']), ('Inmob.', ['INMOBILIARIA']),
    ('Agrop.', ['AGROPECUARIA']), ('Distrib.', ['DISTRIBUIDORA', 'DISTRIBUTION', 'DISTRIBUCIONES']),
    ('Labs.', ['LABORATORIOS', 'LABORATORIES']),
]


def g_abbreviation(d, ent, name):
    body, suffix, tb = parts(name)
    ws = tb.split()
    for ab, longs in ABBR_ITEMS:
        for i, w in enumerate(ws):
            if w.upper() in longs:
                nw = list(ws); nw[i] = ab
                yield '%s for %s' % (ab, w.upper()), '', join_ns(' '.join(nw), suffix)
                break

# ------------------------------------------------------------------ typo
T_VV = 'OCR vv for w'
T_5 = 'OCR 5 for s'
T_RE = 'r typed for e'
T_MN = 'm typed for n'
T_DROP2 = 'second letter of the longest word dropped'
T_SWAPMID = 'middle two letters of the longest word swapped'


def _first_interior(ws, letter, rep):
    order = sorted(range(len(ws)), key=lambda i: -len(ws[i]))
    for i in order:
        w = ws[i]
        if not re.fullmatch(r"[A-Za-z'-]+", w) or len(w) < 4:
            continue
        for k in range(1, len(w)):
            if w[k] == letter:
                nw = list(ws); nw[i] = w[:k] + rep + w[k + 1:]
                return nw
    return None


def g_typo(d, ent, name):
    body, suffix, tb = parts(name)
    ws = tb.split()
    for shape, fn in ((T_VV, lambda: _first_interior(ws, 'w', 'vv')),
                      (T_5, lambda: _first_interior(ws, 's', '5')),
                      (T_RE, lambda: _first_interior(ws, 'e', 'r')),
                      (T_MN, lambda: _first_interior(ws, 'n', 'm'))):
        nw = fn()
        if nw:
            yield shape, '', join_ns(' '.join(nw), suffix)
    i = longest_idx(ws, 5)
    if i >= 0:
        w = ws[i]
        nw = list(ws); nw[i] = w[0] + w[2:]
        yield T_DROP2, '', join_ns(' '.join(nw), suffix)
        k = len(w) // 2 - 1
        if w[k] != w[k + 1]:
            nw = list(ws); nw[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            yield T_SWAPMID, '', join_ns(' '.join(nw), suffix)

# ------------------------------------------------------------------ transliteration
TR_DE = 'German-style spelling'
TR_CS = 'Czech-style spelling'
V = 'aeiou'


def _de(w):
    s = w.lower()
    s = s.replace('kh', '\x01').replace('zh', '\x02').replace('sh', '\x02').replace('ch', '\x03').replace('ph', 'f')
    s = s.replace('ts', '\x05').replace('j', '\x04').replace('z', 's').replace('\x05', 'z')
    s = re.sub(r'y(?=[aeiou])', 'j', s)
    s = s.replace('v', 'w').replace('ee', 'ie').replace('oo', 'u').replace('q', 'k')
    s = re.sub(r'c(?=[eiy])', 'z', s); s = s.replace('c', 'k')
    s = s.replace('\x01', 'ch').replace('\x02', 'sch').replace('\x03', 'tsch').replace('\x04', 'dsch')
    return s


def _cs(w):
    s = w.lower()
    s = s.replace('kh', '\x01').replace('zh', 'ž').replace('sh', 'š').replace('ch', 'č').replace('ph', 'f').replace('th', 't')
    s = s.replace('ts', '\x05').replace('j', 'dž')
    s = re.sub(r'y(?=[aeiou])', 'j', s)
    s = s.replace('w', 'v').replace('q', 'k').replace('x', 'ks').replace('ee', 'í').replace('oo', 'ú')
    s = re.sub(r'c(?=[eiy])', '\x05', s); s = s.replace('c', 'k')
    s = s.replace('\x01', 'ch').replace('\x05', 'c')
    return s


def _translit(tb, fn):
    out = []
    for w in tb.split():
        core = re.sub(r'[^A-Za-z]', '', w)
        if len(core) <= 2 or lib._lnorm(w) in lib.LEGAL or not re.fullmatch(r"[A-Za-z][A-Za-z'-]*", w):
            out.append(w); continue
        subs = []
        for piece in re.split(r"([-'])", w):
            if piece in ('-', "'") or not piece:
                subs.append(piece); continue
            t = fn(piece)
            subs.append(t if subs and subs[-1] == "'" else t[:1].upper() + t[1:])
        out.append(''.join(subs))
    return ' '.join(out)


def g_transliteration(d, ent, name):
    body, suffix, tb = parts(name)
    yield TR_DE, '', join_ns(_translit(tb, _de), suffix)
    yield TR_CS, '', join_ns(_translit(tb, _cs), suffix)

# ------------------------------------------------------------------ translation
EN = ['BANK', 'SHIPPING', 'INDUSTRIES', 'INDUSTRY', 'INVESTMENT', 'OIL', 'ENGINEERING', 'AIRLINES', 'CONSTRUCTION',
      'ELECTRONICS', 'EXCHANGE', 'SERVICES', 'TECHNOLOGY', 'MINING', 'INSURANCE', 'STEEL', 'FOUNDATION',
      'ORGANIZATION', 'TRANSPORT', 'DEVELOPMENT', 'ENERGY', 'RESEARCH', 'TOURISM', 'PETROLEUM', 'CHEMICAL',
      'MARINE', 'TRADE', 'UNIVERSITY', 'MINISTRY', 'ARMY', 'MOVEMENT', 'FRONT', 'CEMENT', 'TEXTILE', 'SUGAR']
TRANS = {
 'Italian': dict(BANK='Banca', SHIPPING='Navigazione', INDUSTRIES='Industrie', INDUSTRY='Industria', INVESTMENT='Investimenti',
   OIL='Petrolio', ENGINEERING='Ingegneria', AIRLINES='Linee Aeree', CONSTRUCTION='Costruzioni', ELECTRONICS='Elettronica',
   EXCHANGE='Cambio', SERVICES='Servizi', TECHNOLOGY='Tecnologia', MINING='Estrazione Mineraria', INSURANCE='Assicurazioni',
   STEEL='Acciaio', FOUNDATION='Fondazione', ORGANIZATION='Organizzazione', TRANSPORT='Trasporti', DEVELOPMENT='Sviluppo',
   ENERGY='Energia', RESEARCH='Ricerca', TOURISM='Turismo', PETROLEUM='Petrolio', CHEMICAL='Chimica', MARINE='Marittima',
   TRADE='Commercio', UNIVERSITY='Università', MINISTRY='Ministero', ARMY='Esercito', MOVEMENT='Movimento', CEMENT='Cemento'),
 'Portuguese': dict(BANK='Banco', SHIPPING='Navegação', INDUSTRIES='Indústrias', INDUSTRY='Indústria', INVESTMENT='Investimentos',
   OIL='Petróleo', ENGINEERING='Engenharia', AIRLINES='Linhas Aéreas', CONSTRUCTION='Construção', ELECTRONICS='Eletrônica',
   EXCHANGE='Câmbio', SERVICES='Serviços', TECHNOLOGY='Tecnologia', MINING='Mineração', INSURANCE='Seguros', STEEL='Aço',
   FOUNDATION='Fundação', ORGANIZATION='Organização', TRANSPORT='Transportes', DEVELOPMENT='Desenvolvimento',
   ENERGY='Energia', RESEARCH='Pesquisa', TOURISM='Turismo', CHEMICAL='Química', MARINE='Marítima', TRADE='Comércio',
   UNIVERSITY='Universidade', MINISTRY='Ministério', ARMY='Exército', MOVEMENT='Movimento', CEMENT='Cimento'),
 'Dutch': dict(SHIPPING='Scheepvaart', INDUSTRIES='Industrieën', INDUSTRY='Industrie', INVESTMENT='Beleggingen', OIL='Olie',
   ENGINEERING='Ingenieursbureau', AIRLINES='Luchtvaartmaatschappij', CONSTRUCTION='Bouw', ELECTRONICS='Elektronica',
   EXCHANGE='Wisselkantoor', SERVICES='Diensten', TECHNOLOGY='Technologie', MINING='Mijnbouw', INSURANCE='Verzekeringen',
   STEEL='Staal', FOUNDATION='Stichting', ORGANIZATION='Organisatie', TRANSPORT='Vervoer', DEVELOPMENT='Ontwikkeling',
   ENERGY='Energie', RESEARCH='Onderzoek', TOURISM='Toerisme', PETROLEUM='Aardolie', CHEMICAL='Chemie', TRADE='Handel',
   UNIVERSITY='Universiteit', MINISTRY='Ministerie', ARMY='Leger', MOVEMENT='Beweging', CEMENT='Cement'),
 'Swedish': dict(SHIPPING='Rederi', INDUSTRIES='Industrier', INDUSTRY='Industri', INVESTMENT='Investeringar', OIL='Olja',
   ENGINEERING='Teknikkonsult', AIRLINES='Flygbolag', CONSTRUCTION='Bygg', ELECTRONICS='Elektronik', EXCHANGE='Växelkontor',
   SERVICES='Tjänster', TECHNOLOGY='Teknologi', MINING='Gruvdrift', INSURANCE='Försäkring', STEEL='Stål', FOUNDATION='Stiftelse',
   DEVELOPMENT='Utveckling', ENERGY='Energi', RESEARCH='Forskning', TOURISM='Turism', CHEMICAL='Kemi', TRADE='Handel',
   UNIVERSITY='Universitet', MINISTRY='Departement', ARMY='Armé', MOVEMENT='Rörelse', CEMENT='Cement'),
 'Danish': dict(SHIPPING='Skibsfart', INDUSTRIES='Industri', INVESTMENT='Investeringer', OIL='Olie', ENGINEERING='Ingeniørfirma',
   AIRLINES='Flyselskab', CONSTRUCTION='Byggeri', ELECTRONICS='Elektronik', EXCHANGE='Vekselkontor', SERVICES='Tjenester',
   TECHNOLOGY='Teknologi', MINING='Minedrift', INSURANCE='Forsikring', STEEL='Stål', FOUNDATION='Fond', DEVELOPMENT='Udvikling',
   ENERGY='Energi', RESEARCH='Forskning', TOURISM='Turisme', CHEMICAL='Kemi', TRADE='Handel', UNIVERSITY='Universitet',
   MINISTRY='Ministerium', ARMY='Hær', MOVEMENT='Bevægelse'),
 'Polish': dict(SHIPPING='Żegluga', INDUSTRIES='Przemysł', INDUSTRY='Przemysł', INVESTMENT='Inwestycje', OIL='Ropa',
   ENGINEERING='Inżynieria', AIRLINES='Linie Lotnicze', CONSTRUCTION='Budownictwo', ELECTRONICS='Elektronika', EXCHANGE='Kantor',
   SERVICES='Usługi', TECHNOLOGY='Technologia', MINING='Górnictwo', INSURANCE='Ubezpieczenia', STEEL='Stal', FOUNDATION='Fundacja',
   ORGANIZATION='Organizacja', DEVELOPMENT='Rozwój', ENERGY='Energia', RESEARCH='Badania', TOURISM='Turystyka', CHEMICAL='Chemia',
   TRADE='Handel', UNIVERSITY='Uniwersytet', MINISTRY='Ministerstwo', ARMY='Armia', MOVEMENT='Ruch', BANK='Bankowość'),
 'Slovak': dict(BANK='Banka', SHIPPING='Lodná Doprava', INDUSTRIES='Priemysel', INDUSTRY='Priemysel', INVESTMENT='Investície',
   OIL='Ropa', ENGINEERING='Strojárstvo', AIRLINES='Letecká Spoločnosť', CONSTRUCTION='Stavebníctvo', ELECTRONICS='Elektronika',
   EXCHANGE='Zmenáreň', SERVICES='Služby', TECHNOLOGY='Technológie', MINING='Ťažba', INSURANCE='Poisťovňa', STEEL='Oceľ',
   FOUNDATION='Nadácia', ORGANIZATION='Organizácia', TRANSPORT='Doprava', DEVELOPMENT='Rozvoj', ENERGY='Energetika',
   RESEARCH='Výskum', TOURISM='Cestovný Ruch', CHEMICAL='Chémia', TRADE='Obchod', UNIVERSITY='Univerzita',
   MINISTRY='Ministerstvo', ARMY='Armáda', MOVEMENT='Hnutie'),
 'Turkish': dict(BANK='Bankası', SHIPPING='Denizcilik', INDUSTRIES='Sanayi', INDUSTRY='Sanayi', INVESTMENT='Yatırım', OIL='Petrol Ürünleri',
   ENGINEERING='Mühendislik', AIRLINES='Hava Yolları', CONSTRUCTION='İnşaat', ELECTRONICS='Elektronik', EXCHANGE='Döviz',
   SERVICES='Hizmetleri', TECHNOLOGY='Teknoloji', MINING='Madencilik', INSURANCE='Sigorta', STEEL='Çelik', FOUNDATION='Vakfı',
   ORGANIZATION='Örgütü', TRANSPORT='Taşımacılık', DEVELOPMENT='Kalkınma', ENERGY='Enerji', RESEARCH='Araştırma',
   TOURISM='Turizm', CHEMICAL='Kimya', TRADE='Ticaret', UNIVERSITY='Üniversitesi', MINISTRY='Bakanlığı', ARMY='Ordusu',
   MOVEMENT='Hareketi', FRONT='Cephesi', CEMENT='Çimento'),
 'Indonesian': dict(SHIPPING='Pelayaran', INDUSTRIES='Industri', INDUSTRY='Industri', INVESTMENT='Investasi', OIL='Minyak',
   ENGINEERING='Rekayasa', AIRLINES='Maskapai', CONSTRUCTION='Konstruksi', ELECTRONICS='Elektronika', EXCHANGE='Penukaran Uang',
   SERVICES='Jasa', TECHNOLOGY='Teknologi', MINING='Pertambangan', INSURANCE='Asuransi', STEEL='Baja', FOUNDATION='Yayasan',
   ORGANIZATION='Organisasi', TRANSPORT='Angkutan', DEVELOPMENT='Pembangunan', ENERGY='Energi', RESEARCH='Penelitian',
   TOURISM='Pariwisata', CHEMICAL='Kimia', TRADE='Perdagangan', UNIVERSITY='Universitas', MINISTRY='Kementerian',
   ARMY='Tentara', MOVEMENT='Gerakan', CEMENT='Semen', SUGAR='Gula'),
 'Swahili': dict(BANK='Benki', SHIPPING='Usafirishaji Majini', INDUSTRIES='Viwanda', INDUSTRY='Viwanda', INVESTMENT='Uwekezaji',
   OIL='Mafuta', ENGINEERING='Uhandisi', AIRLINES='Shirika la Ndege', CONSTRUCTION='Ujenzi', ELECTRONICS='Elektroniki',
   EXCHANGE='Ubadilishaji Fedha', SERVICES='Huduma', TECHNOLOGY='Teknolojia', MINING='Uchimbaji Madini', INSURANCE='Bima',
   STEEL='Chuma', FOUNDATION='Wakfu', TRANSPORT='Usafiri', DEVELOPMENT='Maendeleo', ENERGY='Nishati', RESEARCH='Utafiti',
   TOURISM='Utalii', CHEMICAL='Kemikali', TRADE='Biashara', UNIVERSITY='Chuo Kikuu', MINISTRY='Wizara', ARMY='Jeshi',
   MOVEMENT='Vuguvugu', SUGAR='Sukari'),
 'Irish': dict(BANK='Banc', SHIPPING='Loingseoireacht', INDUSTRIES='Tionscail', INDUSTRY='Tionscal', INVESTMENT='Infheistíocht',
   OIL='Ola', ENGINEERING='Innealtóireacht', AIRLINES='Aerlínte', CONSTRUCTION='Tógáil', ELECTRONICS='Leictreonaic',
   EXCHANGE='Malartú', SERVICES='Seirbhísí', TECHNOLOGY='Teicneolaíocht', MINING='Mianadóireacht', INSURANCE='Árachas',
   STEEL='Cruach', FOUNDATION='Fondúireacht', ORGANIZATION='Eagraíocht', TRANSPORT='Iompar', DEVELOPMENT='Forbairt',
   ENERGY='Fuinneamh', RESEARCH='Taighde', TOURISM='Turasóireacht', CHEMICAL='Ceimiceach', TRADE='Trádáil',
   UNIVERSITY='Ollscoil', MINISTRY='Aireacht', ARMY='Arm', MOVEMENT='Gluaiseacht'),
 'Xhosa': dict(BANK='Ibhanki', SHIPPING='Ukuthumela Ngenqanawa', INDUSTRIES='Amashishini', INDUSTRY='Ishishini', INVESTMENT='Utyalo-mali',
   OIL='Ioli', ENGINEERING='Ubunjineli', AIRLINES='Iinqwelomoya', CONSTRUCTION='Ulwakhiwo', EXCHANGE='Utshintshiselwano',
   SERVICES='Iinkonzo', TECHNOLOGY='Itekhnoloji', MINING='Imigodi', INSURANCE='Inshorensi', STEEL='Intsimbi',
   FOUNDATION='Isiseko', TRANSPORT='Uthutho', DEVELOPMENT='Uphuhliso', ENERGY='Amandla', RESEARCH='Uphando',
   TOURISM='Ukhenketho', TRADE='Urhwebo', UNIVERSITY='Iyunivesithi', MINISTRY='Isebe', ARMY='Umkhosi', MOVEMENT='Umbutho'),
}
TRANS_LANGS = list(TRANS)


def g_translation(d, ent, name):
    body, suffix, tb = parts(name)
    ws = tb.split()
    for lang in TRANS_LANGS:
        dic = TRANS[lang]
        for i, w in enumerate(ws):
            u = w.upper()
            if u in dic:
                nw = list(ws); nw[i] = dic[u]
                yield '%s translation of one trade word' % lang, '%s to %s' % (u, dic[u]), join_ns(' '.join(nw), suffix)
                break

# ------------------------------------------------------------------ script
S_GREEK = 'Greek letters, modern Greek loanword spelling'
S_HEBREW = 'Hebrew letters, Israeli loanword spelling'


def _script_words(name):
    body, suffix = split_legal(name)
    out = []
    for w in re.split(r'[\s\-/]+', body):
        if lib._lnorm(w) in lib.STOP_CORE:
            continue
        w = re.sub(r'[^a-z]', '', lib._strip_marks(w).lower())
        if w:
            out.append(w)
    return out

GR_MULTI = [('sh', 'σ'), ('ch', 'τσ'), ('kh', 'χ'), ('th', 'θ'), ('ph', 'φ'), ('ps', 'ψ'), ('ks', 'ξ'), ('ts', 'τσ'),
            ('oo', 'ου'), ('ee', 'ι'), ('ou', 'ου'), ('ai', 'άι'), ('zh', 'ζ'), ('gh', 'γ')]
GR_ONE = dict(a='α', b='μπ', c='κ', d='ντ', e='ε', f='φ', g='γκ', h='χ', i='ι', j='τζ', k='κ', l='λ', m='μ', n='ν', o='ο',
              p='π', q='κ', r='ρ', s='σ', t='τ', u='ου', v='β', w='ου', x='ξ', y='ι', z='ζ')


def greek(w):
    out, i = '', 0
    while i < len(w):
        two = w[i:i + 2]
        hit = [g for l, g in GR_MULTI if l == two]
        if hit:
            out += hit[0]; i += 2; continue
        ch = w[i]
        if ch == 'c' and w[i + 1:i + 2] in ('e', 'i', 'y'):
            out += 'σ'
        elif ch == w[i - 1:i] and i > 0:
            pass
        else:
            out += GR_ONE[ch]
        i += 1
    if out.endswith('σ'):
        out = out[:-1] + 'ς'
    return out[:1].upper() + out[1:]

HE_MULTI = [('sh', 'ש'), ('ch', 'צ׳'), ('kh', 'ח'), ('th', 'ת'), ('ph', 'פ'), ('ts', 'צ'), ('tz', 'צ'), ('zh', 'ז׳'),
            ('oo', 'ו'), ('ee', 'י'), ('ou', 'ו'), ('ai', 'יי'), ('ei', 'יי'), ('gh', 'ג')]
HE_ONE = dict(b='ב', c='ק', d='ד', f='פ', g='ג', h='ה', j='ג׳', k='ק', l='ל', m='מ', n='נ', p='פ', q='ק', r='ר', s='ס',
              t='ט', v='ו', w='ו', x='קס', y='י', z='ז', i='י', o='ו', u='ו', e='', a='')
HE_FINAL = {'כ': 'ך', 'מ': 'ם', 'נ': 'ן', 'פ': 'ף', 'צ': 'ץ'}


def hebrew(w):
    out, i = '', 0
    if w[:1] in 'aeiou':
        out = 'א'
    while i < len(w):
        two = w[i:i + 2]
        hit = [g for l, g in HE_MULTI if l == two]
        if hit:
            out += hit[0]; i += 2; continue
        ch = w[i]
        if i > 0 and ch == w[i - 1]:
            i += 1; continue
        if ch == 'c' and w[i + 1:i + 2] in ('e', 'i', 'y'):
            out += 'ס'
        elif ch == 'a' and i == len(w) - 1 and i > 0:
            out += 'ה'
        else:
            out += HE_ONE[ch]
        i += 1
    if out and out[-1] in HE_FINAL:
        out = out[:-1] + HE_FINAL[out[-1]]
    return out


def g_script(d, ent, name):
    ws = _script_words(name)
    for shape, fn in ((S_GREEK, greek), (S_HEBREW, hebrew)):
        q = ' '.join(x for x in (fn(w) for w in ws) if x)
        if len(ws) >= 2 or (len(ws) == 1 and len(ws[0]) >= 7):
            yield shape, '', q

# ------------------------------------------------------------------ parent vs subsidiary
UNIT_ITEMS = [  # (shape, template)
    ('Italian unit word filiale di', '{n} filiale di {c}'),
    ('Portuguese unit word filial em', '{n} filial em {c}'),
    ('Dutch unit word vestiging', '{n} vestiging {c}'),
    ('Swedish unit word filial i', '{n} filial i {c}'),
    ('Polish unit word oddział w', '{n} oddział w {c}'),
    ('Slovak unit word pobočka', '{n} pobočka {c}'),
    ('Turkish unit word şubesi', '{n} {c} şubesi'),
    ('Indonesian unit word cabang', '{n} cabang {c}'),
    ('Swahili unit word tawi la', '{n} tawi la {c}'),
    ('Irish unit word brainse', '{n} brainse {c}'),
    ('English unit word representative office', '{n} representative office {c}'),
    ('English unit word regional office', '{n} {c} regional office'),
]


def g_parent_vs_subsidiary(d, ent, name):
    c = d.city.get(ent, '')
    if not c or not re.search(r'[A-Za-z]{3}', c):
        return
    body, suffix, tb = parts(name)
    n = join_ns(tb, suffix)
    for shape, t in UNIT_ITEMS:
        yield shape, 'city ' + c, t.format(n=n, c=c)

# ------------------------------------------------------------------ messy
def _tex(s):
    return s.replace('&', r'\&').replace('%', r'\%').replace('#', r'\#').replace('_', r'\_')


MESSY_ITEMS = [
    ('XML element', lambda n, raw, c: '<party role="beneficiary"><name>%s</name><city>%s</city></party>' % (html.escape(raw, quote=False), html.escape(c, quote=False))),
    ('Markdown table row', lambda n, raw, c: '| 14 | %s | %s | pending review |' % (n, c)),
    ('curl POST with a JSON body', lambda n, raw, c: 'curl -s -X POST https://screening.example/api/v1/check -d \'{"name": "%s", "city": "%s"}\'' % (n.replace('"', '\\"'), c)),
    ('bill of lading consignee block', lambda n, raw, c: 'CONSIGNEE: %s / %s / NOTIFY PARTY: SAME AS CONSIGNEE' % (raw.upper(), c.upper())),
    ('CSV export line', lambda n, raw, c: '2019-02-11,"%s","%s",USD,48200.00,wire' % (n.replace('"', '""'), c)),
    ('LaTeX table row', lambda n, raw, c: '%s & %s & \\textbf{hold} \\\\' % (_tex(n), _tex(c))),
    ('chat in Italian', lambda n, raw, c: 'ciao, potete controllare se %s di %s è nella lista? grazie' % (n, c)),
    ('chat in Portuguese', lambda n, raw, c: 'olá, podem verificar se a %s de %s está na lista de sanções?' % (n, c)),
    ('chat in Dutch', lambda n, raw, c: 'hoi, kun je even checken of %s uit %s op de sanctielijst staat?' % (n, c)),
    ('chat in Swedish', lambda n, raw, c: 'hej, kan du kolla om %s i %s finns på sanktionslistan?' % (n, c)),
    ('chat in Polish', lambda n, raw, c: 'cześć, możesz sprawdzić czy %s z %s jest na liście sankcyjnej?' % (n, c)),
    ('chat in Turkish', lambda n, raw, c: 'merhaba, %s merkezli %s yaptırım listesinde mi, bakabilir misin?' % (c, n)),
]


def g_messy(d, ent, name):
    c = d.city.get(ent, '')
    if not c or not re.search(r'[A-Za-z]{3}', c):
        return
    body, suffix, tb = parts(name)
    n = join_ns(tb, suffix)
    for shape, fn in MESSY_ITEMS:
        yield shape, 'city ' + c, fn(n, name, c)


GEN = {k: globals()['g_' + k] for k in KINDS}

# per-kind shape quotas; item kinds: each shape once
QUOTA = {
    'aka': {'own alt.csv alias': 12},
    'partial': {P_FIRST_LAST: 4, P_DROP_SECOND: 4, P_LAST_TWO: 4},
    'word_order': {W_REV: 4, W_FIRST_END: 4, W_EVEN_ODD: 4},
    'case': {C_LAST: 4, C_ALT: 4, C_FIRSTWORD: 4},
    'legal_form': {s: 1 for s, f, p in LEGAL_ITEMS},
    'punctuation': {PU_AT: 3, PU_REG: 3, PU_HASH: 3, PU_EQ: 3},
    'abbreviation': None,   # each abbreviation at most once, 12 in all
    'typo': {T_VV: 2, T_5: 2, T_RE: 2, T_MN: 2, T_DROP2: 2, T_SWAPMID: 2},
    'transliteration': {TR_DE: 6, TR_CS: 6},
    'translation': {'%s translation of one trade word' % l: 1 for l in TRANS_LANGS},
    'script': {S_GREEK: 6, S_HEBREW: 6},
    'parent_vs_subsidiary': {s: 1 for s, t in UNIT_ITEMS},
    'messy': {s: 1 for s, f in MESSY_ITEMS},
}


def shape_key(kind, shape):
    """The quota bucket of a shape (abbreviation: the short form)."""
    if kind == 'abbreviation':
        return shape.split(' for ')[0]
    return shape
