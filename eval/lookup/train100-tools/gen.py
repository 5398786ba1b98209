"""Generators for every positive kind of lookup-train100 (my own shapes, written from scratch)."""
import re, unicodedata
import lib
from lib import FILLER, LEGAL, APOS

SMALL_EXTRA = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
ROMAN = set('II III IV VI VII VIII IX XI XII XIII XIV XV XX'.split())
VOWELS = 'aeiou'


def norm_legal(t):
    return t.upper().rstrip(',;').replace('.', '').lower()


def is_legal_tok(t):
    n = norm_legal(t)
    return n in LEGAL or n in ('s', 'spr', 'rl', 'cv', 'cia', 'cs')


def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if is_legal_tok(t):
            i -= 1; continue
        n = norm_legal(t)
        if n in ('de', 'en') and i < len(toks) and i - 2 >= 1 and is_legal_tok(toks[i - 2]):
            i -= 1; continue
        if n == 'y' and i < len(toks) and norm_legal(toks[i]) == 'cia':
            i -= 1; continue
        break
    return toks[:i], toks[i:]


def tc(t):
    c = t.rstrip(',;')
    if re.fullmatch(r'(?:[A-Za-z]\.)+[A-Za-z]?\.?', c):
        return t
    if c in ROMAN:
        return t
    if 2 <= len(c) <= 4 and c.isalpha() and c.isupper() and not any(ch in 'AEIOUY' for ch in c):
        return t
    if c.isupper() and norm_legal(c) in LEGAL and len(c.replace('.', '')) <= 5:
        return t
    out, prev, prev2 = [], '', ''
    for ch in t:
        if ch.isalpha():
            inword = prev.isalpha() or prev.isdigit() or (prev and prev in APOS and prev2.isalpha())
            out.append(ch.lower() if inword else ch.upper())
        else:
            out.append(ch)
        prev2, prev = prev, ch
    return ''.join(out)


def display_parts(name):
    body, legal = split_legal(name)
    return [tc(t) for t in body], legal


def join(body, legal):
    return ' '.join(list(body) + list(legal))


def display(name):
    b, l = display_parts(name)
    return join(b, l)


def plain(t):
    return t.rstrip(',')


def is_small(w):
    lw = w.lower()
    return lw in FILLER or lw in SMALL_EXTRA or len(lw) <= 2 or w.upper() in ROMAN


def is_name_word(t):
    w = plain(t)
    return w.isascii() and w.isalpha() and len(w) >= 3 and not is_small(w)


def longest_idx(body, pred=lambda w: True):
    best = None
    for i, t in enumerate(body):
        w = plain(t)
        if is_name_word(t) and pred(w):
            if best is None or len(w) > len(plain(body[best])):
                best = i
    return best


def replace_word(body, i, new):
    t = body[i]
    tail = t[len(plain(t)):]
    b = list(body)
    b[i] = new + tail
    return b

# ---------------------------------------------------------------- case
CASE_SHAPES = ['first two letters of each word upper, the rest lower',
               'words at even positions (2nd, 4th, ...) upper, the rest lower',
               'middle letter of each word upper, the rest lower']


def gen_case(rec, data):
    out = []
    toks = rec.name.split()
    # shape 1
    r = []
    for t in toks:
        n, s = 0, ''
        for ch in t:
            if ch.isalpha():
                s += ch.upper() if n < 2 else ch.lower(); n += 1
            else:
                s += ch
        r.append(s)
    out.append((CASE_SHAPES[0], '', ' '.join(r)))
    out.append((CASE_SHAPES[1], '', ' '.join(t.upper() if i % 2 else t.lower() for i, t in enumerate(toks))))
    r = []
    for t in toks:
        letters = [i for i, ch in enumerate(t) if ch.isalpha()]
        mid = letters[len(letters) // 2] if letters else -1
        r.append(''.join(ch.upper() if i == mid else ch.lower() for i, ch in enumerate(t)))
    out.append((CASE_SHAPES[2], '', ' '.join(r)))
    return out

# ---------------------------------------------------------------- word order
WO_SHAPES = ['name words stably sorted by distinct-letter count, most first',
             'name words stably sorted by their middle letter, a to z',
             'name words stably sorted by their fourth letter, z to a (shorter words last)']


def gen_word_order(rec, data):
    body, legal = display_parts(rec.name)
    body = [plain(t) for t in body]
    if not body or not all(t.isascii() and t.isalpha() for t in body):
        return []
    idx = [i for i, t in enumerate(body) if is_name_word(t)]
    if len(idx) < 3:
        return []
    words = [body[i] for i in idx]
    keys = [lambda w: -len(set(w.lower())), lambda w: w.lower()[len(w) // 2]]
    out = []
    for shape, kf in zip(WO_SHAPES[:2], keys):
        out.append((shape, '', words_back(body, idx, sorted(words, key=kf), legal)))
    s3 = sorted([w for w in words if len(w) > 3], key=lambda w: w.lower()[3], reverse=True) + [w for w in words if len(w) <= 3]
    out.append((WO_SHAPES[2], '', words_back(body, idx, s3, legal)))
    return out


def words_back(body, idx, words, legal):
    b = list(body)
    for i, w in zip(idx, words):
        b[i] = w
    return join(b, legal)

# ---------------------------------------------------------------- partial
PARTIAL_SHAPES = ['first and last name words, legal form kept',
                  'all name words but the shortest, legal form dropped',
                  'name words with an even number of letters, legal form kept']


def gen_partial(rec, data):
    body, legal = display_parts(rec.name)
    if any(t in ('/', '-', '&', '+') for t in body):
        return []
    words = [plain(t) for t in body if is_name_word(t)]
    if len(words) < 3:
        return []
    out = []
    out.append((PARTIAL_SHAPES[0], '', join([words[0], words[-1]], legal)))
    short = min(range(len(words)), key=lambda i: len(words[i]))
    out.append((PARTIAL_SHAPES[1], '', join([w for i, w in enumerate(words) if i != short], [])))
    ev = [w for w in words if len(w) % 2 == 0]
    if ev and len(ev) < len(words):
        out.append((PARTIAL_SHAPES[2], '', join(ev, legal)))
    return out


def partial_words(query, legal_kept):
    return [t for t in query.split()]

# ---------------------------------------------------------------- legal form
LEGAL_FORMS = [  # (shape, form, front)
    ('Croatian `j.d.o.o.`', 'j.d.o.o.', False), ('Polish `S.K.A.`', 'S.K.A.', False),
    ('Estonian `UÜ`', 'UÜ', False), ('Latvian `IK`', 'IK', False), ('Hungarian `Kkt.`', 'Kkt.', False),
    ('Romanian `S.N.C.`', 'S.N.C.', False), ('Serbian `a.d.`', 'a.d.', False), ('Belgian `CommV`', 'CommV', False),
    ('Luxembourgish `S.e.c.s.`', 'S.e.c.s.', False), ('Icelandic `slf.`', 'slf.', False),
    ('Tajik `JDMM` (in front)', 'JDMM', True), ('Moldovan `Î.C.S.` (in front)', 'Î.C.S.', True),
    ('Japanese `G.K.`', 'G.K.', False), ('Philippine `OPC`', 'OPC', False), ('Hungarian `Bt.`', 'Bt.', False),
    ('Slovenian `k.d.`', 'k.d.', False)]


def gen_legal_form(rec, data):
    body, legal = display_parts(rec.name)
    if not any(plain(t).isalpha() and len(plain(t)) >= 3 for t in body):
        return []
    if any(is_legal_tok(t) or '.' in t for t in body):
        return []
    b = [t for t in body]
    b[-1] = plain(b[-1])
    out = []
    for shape, form, front in LEGAL_FORMS:
        out.append((shape, '', (form + ' ' + ' '.join(b)) if front else (' '.join(b) + ' ' + form)))
    return out

# ---------------------------------------------------------------- punctuation
PUNCT_SHAPES = ['`@` for the first a after the first letter of the longest name word that has one',
                '`°` for the first o after the first letter of the longest name word that has one',
                '`#` before the third-to-last letter of the longest name word',
                '`·` after the fourth letter of the longest name word']


def gen_punctuation(rec, data):
    body, legal = display_parts(rec.name)
    out = []
    if any(sign in rec.name for sign in '@°#·'):
        return out
    for shape, letter, sign in ((PUNCT_SHAPES[0], 'a', '@'), (PUNCT_SHAPES[1], 'o', '°')):
        i = longest_idx(body, lambda w, l=letter: l in w[1:].lower())
        if i is not None:
            w = plain(body[i]); j = w.lower().index(letter, 1)
            out.append((shape, 'in ' + w, join(replace_word(body, i, w[:j] + sign + w[j + 1:]), legal)))
    i = longest_idx(body)
    if i is not None:
        w = plain(body[i])
        if len(w) >= 5:
            out.append((PUNCT_SHAPES[2], 'in ' + w, join(replace_word(body, i, w[:-3] + '#' + w[-3:]), legal)))
        if len(w) >= 6:
            out.append((PUNCT_SHAPES[3], 'in ' + w, join(replace_word(body, i, w[:4] + '·' + w[4:]), legal)))
    return out

# ---------------------------------------------------------------- abbreviation
ABBR = [('Invers.', 'INVERSIONES INVERSORA INVERSIONISTA'), ('Comercializ.', 'COMERCIALIZADORA'),
        ('Constr.', 'CONSTRUCTORA CONSTRUCCIONES CONSTRUCTION CONSTRUCCION'),
        ('Distrib.', 'DISTRIBUIDORA DISTRIBUCIONES DISTRIBUTION DISTRIBUTORS'), ('Agropec.', 'AGROPECUARIA AGROPECUARIO'),
        ('Import.', 'IMPORTADORA IMPORTACIONES'), ('Export.', 'EXPORTADORA EXPORTACIONES'), ('Promot.', 'PROMOTORA'),
        ('Hda.', 'HACIENDA'), ('Desarr.', 'DESARROLLOS DESARROLLO'), ('Oper.', 'OPERADORA OPERATIONS'),
        ('Consult.', 'CONSULTORES CONSULTING CONSULTANTS CONSULTORIA'), ('Asesor.', 'ASESORES ASESORIAS'),
        ('Equip.', 'EQUIPMENT'), ('Aviat.', 'AVIATION'), ('Chem.', 'CHEMICAL CHEMICALS'), ('Mach.', 'MACHINERY'),
        ('Exch.', 'EXCHANGE'), ('Secs.', 'SECURITIES'), ('Sec.', 'SECURITY'), ('Inst.', 'INSTITUTE'),
        ('Fed.', 'FEDERATION'), ('Soc.', 'SOCIETY'), ('Rep.', 'REPUBLIC'),
        ('Telecom.', 'TELECOMMUNICATIONS TELECOMMUNICATION'), ('Elect.', 'ELECTRIC ELECTRICAL'),
        ('Electr.', 'ELECTRONICS ELECTRONIC'), ('Bros.', 'BROTHERS'), ('Mktg.', 'MARKETING'), ('Mar.', 'MARINE'),
        ('Ag.', 'AGENCY'), ('Hosp.', 'HOSPITAL'), ('Rest.', 'RESTAURANTE RESTAURANT'), ('Cent.', 'CENTRAL'),
        ('Org.', 'ORGANISATION ORGANIZATION'), ('Petrol.', 'PETROLEUM'), ('Metall.', 'METALLURGICAL METALLURGY'),
        ('Nucl.', 'NUCLEAR'), ('Aero.', 'AEROSPACE AERONAUTICAL'), ('Shipbldg.', 'SHIPBUILDING'),
        ('Invest.', 'INVESTMENT INVESTMENTS')]
ABBR = [(a, l.split()) for a, l in ABBR]
ABBR_SHAPE = 'short form'


def gen_abbreviation(rec, data):
    body, legal = display_parts(rec.name)
    out = []
    for abbr, longs in ABBR:
        for i, t in enumerate(body):
            if plain(t).upper() in longs:
                out.append((ABBR_SHAPE, '`%s` for %s' % (abbr, plain(t).upper()), join(replace_word(body, i, abbr), legal)))
                break
    return out

# ---------------------------------------------------------------- aka
AKA_SHAPE = 'aka alias'


def gen_aka(rec, data):
    return [(AKA_SHAPE, 'alt_num %d' % an, a) for an, typ, a in rec.aliases if typ.lower() == 'aka']

# ---------------------------------------------------------------- typo
TYPO_SHAPES = ['OCR `vv` for w', 'OCR `5` for s', '`j` typed for h', '`p` typed for o',
               'third letter of the longest word dropped', 'third and fourth letters of the longest word swapped']


def gen_typo(rec, data):
    body, legal = display_parts(rec.name)
    out = []
    for shape, letter, rep in zip(TYPO_SHAPES[:4], 'wsho', ['vv', '5', 'j', 'p']):
        i = longest_idx(body, lambda w, l=letter: l in w[1:].lower())
        if i is not None:
            w = plain(body[i]); j = w.lower().index(letter, 1)
            out.append((shape, 'in ' + w, join(replace_word(body, i, w[:j] + rep + w[j + 1:]), legal)))
    i = longest_idx(body)
    if i is not None:
        w = plain(body[i])
        if len(w) >= 5:
            out.append((TYPO_SHAPES[4], 'in ' + w, join(replace_word(body, i, w[:2] + w[3:]), legal)))
            if w[2].lower() != w[3].lower():
                out.append((TYPO_SHAPES[5], 'in ' + w, join(replace_word(body, i, w[:2] + w[3] + w[2] + w[4:]), legal)))
    return out

# ---------------------------------------------------------------- transliteration
def _scan(word, rules):
    w, i, out = word.lower(), 0, ''
    while i < len(w):
        for src, dst in rules:
            if w.startswith(src, i):
                nxt = w[i + len(src):i + len(src) + 1]
                out += dst(nxt) if callable(dst) else dst
                i += len(src)
                break
        else:
            out += w[i]; i += 1
    return out


TURKISH = [('tion', 'syon'), ('tch', 'ç'), ('sh', 'ş'), ('ch', 'ç'), ('kh', 'h'), ('zh', 'j'), ('ph', 'f'), ('th', 't'),
           ('qu', 'kv'), ('ck', 'k'), ('ee', 'i'), ('oo', 'u'), ('j', 'c'), ('q', 'k'), ('x', 'ks'), ('w', 'v'),
           ('c', lambda n: 's' if n and n in 'eiy' else 'k'), ('y', lambda n: 'y' if n and n in VOWELS else 'i')]
POLISH = [('tion', 'cja'), ('tch', 'cz'), ('sh', 'sz'), ('ch', 'cz'), ('kh', 'ch'), ('zh', 'ż'), ('ph', 'f'), ('th', 't'),
          ('qu', 'kw'), ('ck', 'k'), ('ts', 'c'), ('ee', 'i'), ('oo', 'u'), ('j', 'dż'), ('q', 'k'), ('x', 'ks'),
          ('v', 'w'), ('c', lambda n: 's' if n and n in 'eiy' else 'k'), ('y', lambda n: 'j' if n and n in VOWELS else 'y')]
TRANSLIT = [('Turkish-style', TURKISH), ('Polish-style', POLISH)]


def _translit_tok(t, rules):
    c = plain(t)
    if tc(c) == c and c.isupper() and len(c) > 1:
        return t
    parts = c.split('-')
    res = []
    for p in parts:
        if p.isascii() and p.isalpha() and len(p) > 4 and p.lower() not in FILLER and p.lower() not in LEGAL:
            r = _scan(p, rules)
            r = (r[0].upper() + r[1:]) if p[0].isupper() else r
            res.append(r)
        else:
            res.append(p)
    return '-'.join(res) + t[len(c):]


def gen_transliteration(rec, data):
    body, legal = display_parts(rec.name)
    return [(shape, '', join([_translit_tok(t, rules) for t in body], legal)) for shape, rules in TRANSLIT]

# ---------------------------------------------------------------- translation
DICT = {
 'Irish': 'company=Comhlacht shipping=Loingseoireacht industry=Tionscal industries=Tionscail oil=Ola petroleum=Peitreal construction=Tógáil engineering=Innealtóireacht services=Seirbhísí investment=Infheistíocht transport=Iompar army=Arm party=Páirtí foundation=Fondúireacht development=Forbairt energy=Fuinneamh steel=Cruach mining=Mianadóireacht electronics=Leictreonaic technology=Teicneolaíocht commercial=Tráchtála insurance=Árachas exchange=Malartán agency=Gníomhaireacht institute=Institiúid factory=Monarcha aviation=Eitlíocht airlines=Aerlínte movement=Gluaiseacht organization=Eagraíocht research=Taighde',
 'Breton': 'company=Embregerezh shipping=Merdeadurezh industry=Greanterezh oil=Eoul construction=Savadurezh engineering=Ijinerezh services=Servijoù investment=Postadur transport=Treuzdougen army=Arme party=Strollad foundation=Diazezadur development=Diorren energy=Energiezh steel=Dir mining=Mengleuzioù technology=Teknologiezh commercial=Kenwerzhel insurance=Asurañs exchange=Eskemm agency=Ajañs institute=Ensavadur factory=Uzin aviation=Nijerezh movement=Luskad organization=Aozadur research=Enklask',
 'Occitan': 'company=Companhiá shipping=Navigacion industry=Indústria oil=Òli petroleum=Petròli construction=Construccion engineering=Engenhariá services=Servicis investment=Investiment army=Armada party=Partit foundation=Fondacion development=Desvolopament energy=Energia steel=Acièr mining=Minièra technology=Tecnologia commercial=Comerciala insurance=Assegurança exchange=Escambi agency=Agéncia factory=Fabrica aviation=Aviacion organization=Organizacion research=Recèrca',
 'Catalan': 'company=Companyia shipping=Naviliera industry=Indústria oil=Oli petroleum=Petroli construction=Construcció engineering=Enginyeria services=Serveis investment=Inversió army=Exèrcit party=Partit foundation=Fundació development=Desenvolupament energy=Energia steel=Acer mining=Mineria technology=Tecnologia insurance=Assegurances exchange=Canvi agency=Agència factory=Fàbrica aviation=Aviació airlines=Aerolínies movement=Moviment organization=Organització research=Recerca',
 'Corsican': 'company=Cumpagnia shipping=Navigazione industry=Industria oil=Oliu petroleum=Petroliu construction=Custruzzione engineering=Ingegneria services=Servizii investment=Investimentu transport=Trasportu army=Armata party=Partitu foundation=Fundazione development=Sviluppu energy=Energia steel=Azzaru mining=Minaria technology=Tecnulugia commercial=Cummerciale insurance=Assicuranza exchange=Scambiu agency=Agenzia institute=Istitutu factory=Fabbrica aviation=Aviazione movement=Muvimentu organization=Urganizazione research=Ricerca',
 'Swahili': 'company=Kampuni shipping=Usafirishaji industry=Viwanda industries=Viwanda oil=Mafuta petroleum=Petroli gas=Gesi construction=Ujenzi engineering=Uhandisi services=Huduma investment=Uwekezaji transport=Usafiri army=Jeshi party=Chama foundation=Wakfu development=Maendeleo energy=Nishati steel=Chuma mining=Uchimbaji technology=Teknolojia commercial=Kibiashara insurance=Bima exchange=Ubadilishaji agency=Wakala institute=Taasisi factory=Kiwanda airlines=Ndege movement=Vuguvugu organization=Shirika research=Utafiti',
 'Shona': 'company=Kambani shipping=Kutakura industry=Indasitiri oil=Mafuta petroleum=Peturu gas=Gasi construction=Kuvaka engineering=Unyanzvi services=Mabasa investment=Kudyara transport=Zvifambiso army=Mauto party=Bato foundation=Nheyo development=Budiriro energy=Simba steel=Simbi mining=Migodhi technology=Tekinoroji commercial=Kutengeserana insurance=Inishuwarenzi exchange=Kuchinjana factory=Fekitari organization=Sangano research=Tsvakurudzo',
 'Xhosa': 'company=Inkampani shipping=Ukuthunyelwa industry=Ushishino oil=Ioyile petroleum=Ipetroli gas=Irhasi construction=Ulwakhiwo engineering=Ubunjineli services=Iinkonzo investment=Utyalomali transport=Uthutho army=Umkhosi party=Umbutho foundation=Isiseko development=Uphuhliso energy=Amandla steel=Intsimbi mining=Imigodi technology=Itekhnoloji commercial=Urhwebo insurance=Inshorensi exchange=Utshintshiselwano factory=Umzi-mveliso organization=Umbutho research=Uphando',
 'Malagasy': 'company=Orinasa shipping=Fandefasana industry=Indostria oil=Menaka petroleum=Solika gas=Entona construction=Fananganana engineering=Injeniera services=Serivisy investment=Fampiasam-bola transport=Fitaterana army=Tafika party=Antoko foundation=Fototra development=Fampandrosoana energy=Angovo steel=Vy mining=Fitrandrahana technology=Teknolojia commercial=Ara-barotra insurance=Fiantohana exchange=Fifanakalozana agency=Masoivoho factory=Ozinina movement=Hetsika organization=Fikambanana research=Fikarohana',
 'Samoan': 'company=Kamupani shipping=Vaa industry=Pisinisi oil=Suāu petroleum=Penisini gas=Kesi construction=Fausiaga engineering=Inisinia services=Auaunaga investment=Teugatupe transport=Felauaiga army=Vaegaau party=Vaega foundation=Faavae development=Atinaʻe energy=Malosi steel=Uamea mining=Eliga technology=Tekinolosi insurance=Inisiua exchange=Fesuiaiga agency=Ofisa factory=Falegaosi airlines=Vaalele movement=Fegaoiiga organization=Faalapotopotoga research=Suesuega',
 'Hawaiian': 'company=Hui shipping=Hoʻouna Moku industry=ʻOihana oil=ʻAila gas=Kinoea construction=Kūkulu engineering=ʻEnekinia services=Lawelawe investment=Hoʻopukapuka transport=Halihali army=Pūʻali Koa party=ʻAoʻao foundation=Kahua development=Hoʻomohala energy=Ikehu steel=Kila technology=ʻEnehana commercial=Kālepa insurance=ʻInikua exchange=Hoʻololi agency=ʻAkena factory=Hale Hana airlines=Mokulele movement=Neʻe organization=Hui research=Noiʻi',
 'Quechua': 'company=Llamkay Huñu shipping=Wampuy Apachiy industry=Ruraykuna oil=Wira gas=Wapsi construction=Wasichay services=Yanapaykuna investment=Qullqi Churay transport=Apaykachay army=Awqaq foundation=Tiksi development=Wiñariy energy=Kallpa mining=Qhuyay commercial=Qhatu insurance=Harkay exchange=Tikray institute=Yachay Wasi factory=Rurana Wasi movement=Kuyuy organization=Huñu research=Maskay',
 'Guarani': 'company=Atyguasu industry=Tembiapopyahu oil=Ñandyry energy=Mbarete army=Ñorairõhára party=Aty transport=Mbohasaha development=Jeguata services=Pytyvõ research=Jeporeka',
 'Lingala': 'company=Kompanyi industry=Bosali oil=Mafuta energy=Nguya army=Basoda party=Lingomba transport=Bomemi development=Bokoli services=Misala research=Boluki',
}
DICT = {lang: dict(re.findall(r'([a-z]+)=(.*?)(?= [a-z]+=|$)', s)) for lang, s in DICT.items()}
for lang in DICT:
    for k in list(DICT[lang]):
        DICT[lang][k] = DICT[lang][k].replace('_', ' ')
# multi-word entries: written with a space in the source above are split wrongly; fix by hand
_MULTI = {'Hawaiian': {'shipping': 'Hoʻouna Moku', 'army': 'Pūʻali Koa', 'factory': 'Hale Hana'},
          'Quechua': {'company': 'Llamkay Huñu', 'shipping': 'Wampuy Apachiy', 'investment': 'Qullqi Churay',
                      'institute': 'Yachay Wasi', 'factory': 'Rurana Wasi'}}
for lang, m in _MULTI.items():
    DICT[lang].update(m)
for lang in DICT:
    for k in list(DICT[lang]):
        if not re.fullmatch(r'[a-z]+', k):
            del DICT[lang][k]
TRANS_LANGS = list(DICT)


def gen_translation(rec, data):
    body, legal = display_parts(rec.name)
    out = []
    for lang in TRANS_LANGS:
        d = DICT[lang]
        for i, t in enumerate(body):
            w = plain(t).lower()
            if w in d:
                tr = d[w]; ft = lib.full(tr).replace(' ', '')
                if ft.startswith(w) or w.startswith(ft):
                    break
                out.append((lang, '`%s` for %s' % (tr, w), join(replace_word(body, i, tr), legal)))
                break
    return out

# ---------------------------------------------------------------- script
GOTHIC = dict(a='AHSA', b='BAIRKAN', d='DAGS', e='AIHVUS', f='FAIHU', g='GIBA', h='HAGL', i='EIS', j='JER', k='KUSMA',
              l='LAGUS', m='MANNA', n='NAUTHS', o='OTHAL', p='PAIRTHRA', q='QAIRTHRA', r='RAIDA', s='SAUIL', t='TEIWS',
              u='URUS', v='WINJA', w='WINJA', x='KUSMA SAUIL', z='IUJA', th='THIUTH', ch='IGGWS', kh='IGGWS', ph='FAIHU',
              hw='HWAIR', qu='QAIRTHRA', cs='SAUIL', ck='KUSMA', yc='JER', yv='EIS')
OGHAM = dict(a='AILM', b='BEITH', d='DAIR', e='EADHADH', f='FEARN', g='GORT', h='UATH', i='IODHADH', j='IODHADH',
             k='COLL', l='LUIS', m='MUIN', n='NION', o='ONN', p='PEITH', q='CEIRT', r='RUIS', s='SAIL', t='TINNE', u='UR',
             v='FEARN', w='UR', x='COLL SAIL', z='STRAIF', ng='NGEADAL', ea='EABHADH', oi='OR', ui='UILLEANN', io='IFIN',
             cs='SAIL', ck='COLL', yc='IODHADH', yv='IODHADH')
SCRIPTS = [('Gothic', 'GOTHIC LETTER ', GOTHIC, (0x10330, 0x1034F), ['th', 'ch', 'kh', 'ph', 'hw', 'qu']),
           ('Ogham', 'OGHAM LETTER ', OGHAM, (0x1680, 0x169F), ['ng', 'ea', 'oi', 'ui', 'io'])]


def script_words(name):
    body, legal = split_legal(name)
    words = []
    for t in body:
        for p in t.split('-'):
            p = p.strip(',;:()')
            if not p:
                continue
            if any(ch in p for ch in '"\'.') or any(ch.isdigit() for ch in p) or not p.isascii() or not p.isalpha():
                continue
            if p.lower() in FILLER or p.lower() in LEGAL:
                continue
            w = p.lower().replace('ck', 'k')
            w = re.sub(r'(.)\1+', r'\1', w)
            words.append(w)
    return words


def render(word, prefix, table, digraphs):
    out, i = [], 0
    while i < len(word):
        dg = word[i:i + 2]
        if dg in digraphs:
            names = table[dg]; i += 2
        else:
            c = word[i]; nxt = word[i + 1:i + 2]
            if c == 'c':
                names = table['s'] if nxt and nxt in 'eiy' else table['k']
            elif c == 'y':
                names = table['yc'] if nxt and nxt in VOWELS else table['yv']
            else:
                names = table[c]
            i += 1
        out.extend(unicodedata.lookup(prefix + n) for n in names.split())
    return ''.join(out)


def gen_script(rec, data):
    words = script_words(rec.name)
    if not (1 <= len(words) <= 4) or (len(words) == 1 and len(words[0]) < 7):
        return []
    return [(s, '', ' '.join(render(w, pre, tab, dg) for w in words)) for s, pre, tab, rng, dg in SCRIPTS]


def script_errors(shape, q):
    for s, pre, tab, (lo, hi), dg in SCRIPTS:
        if s == shape:
            bad = [c for c in q if c != ' ' and not (lo <= ord(c) <= hi)]
            return ['foreign code points %r' % bad[:3]] if bad else []
    return ['unknown script']

# ---------------------------------------------------------------- parent vs subsidiary
UNITS = [('Irish', 'brainse i', False), ('Breton', 'skourr e', False), ('Occitan', 'filiala a', False),
         ('Catalan', 'sucursal a', False), ('Corsican', 'filiale in', False), ('Swahili', 'tawi la', False),
         ('Shona', 'bazi re', False), ('Xhosa', 'isebe e', False), ('Malagasy', 'sampana any', False),
         ('Samoan', 'lala i', False), ('Hawaiian', 'lālā ma', False), ('Quechua', 'llaqtapi rama', True),
         ('Lingala', 'etape na', False)]


def unit_shape(lang, word, after):
    return '%s `%s`%s' % (lang, word, ' (after the city)' if after else '')


def gen_parent_vs_subsidiary(rec, data):
    city = data.city(rec.ent)
    if not city:
        return []
    d = display(rec.name)
    return [(unit_shape(l, w, a), 'city ' + city, (d + ' ' + city + ' ' + w) if a else (d + ' ' + w + ' ' + city))
            for l, w, a in UNITS]

# ---------------------------------------------------------------- messy
MESSY = [('Erlang map', '#{party => <<"{N}">>, city => <<"{C}">>, list => sdn}'),
         ('OCaml record', 'let q = {{ party_name = "{N}"; city = "{C}"; screen = true }}'),
         ('MATLAB struct', 'hit = struct("name", "{N}", "city", "{C}");'),
         ('Swift dictionary', 'let party: [String: String] = ["name": "{N}", "city": "{C}"]'),
         ('Scala case class', 'val p = Counterparty(name = "{N}", city = "{C}")'),
         ('Rust struct literal', 'let p = Party {{ name: "{N}".into(), city: "{C}".into() }};'),
         ('chat in Irish', 'an bhfuil {N} i {C} ar liosta na smachtbhannaí?'),
         ('chat in Breton', 'ha emañ {N} e {C} war roll ar c\'hastizoù?'),
         ('chat in Occitan', 'l\'entrepresa {N} de {C} es sus la lista de las sancions?'),
         ('chat in Catalan', 'l\'empresa {N} de {C} és a la llista de sancions?'),
         ('chat in Corsican', 'a sucietà {N} di {C} hè nant\'à a lista di e sanzioni?'),
         ('chat in Swahili', 'je, kampuni {N} ya {C} iko kwenye orodha ya vikwazo?'),
         ('chat in Shona', 'kambani {N} yekuna {C} iri pachinyorwa chezvirango here?'),
         ('chat in Xhosa', 'ingaba inkampani {N} yase {C} ikuluhlu lwezohlwayo?')]


def gen_messy(rec, data):
    city = data.city(rec.ent)
    if not city:
        return []
    out = []
    for shape, tpl in MESSY:
        q = tpl.replace('{{', '\x01').replace('}}', '\x02').replace('{N}', rec.name).replace('{C}', city)
        out.append((shape, 'city ' + city, q.replace('\x01', '{').replace('\x02', '}')))
    return out

# ---------------------------------------------------------------- registry
GEN = dict(case=gen_case, word_order=gen_word_order, partial=gen_partial, legal_form=gen_legal_form,
           punctuation=gen_punctuation, abbreviation=gen_abbreviation, aka=gen_aka, typo=gen_typo,
           transliteration=gen_transliteration, translation=gen_translation, script=gen_script,
           parent_vs_subsidiary=gen_parent_vs_subsidiary, messy=gen_messy)
SHAPES = dict(case=CASE_SHAPES, word_order=WO_SHAPES, partial=PARTIAL_SHAPES, legal_form=[s for s, f, fr in LEGAL_FORMS],
              punctuation=PUNCT_SHAPES, abbreviation=[ABBR_SHAPE], aka=[AKA_SHAPE], typo=TYPO_SHAPES,
              transliteration=[s for s, r in TRANSLIT], translation=TRANS_LANGS, script=[s[0] for s in SCRIPTS],
              parent_vs_subsidiary=[unit_shape(*u) for u in UNITS], messy=[m[0] for m in MESSY])
# rows per shape (None: item kinds where each item is used at most once)
QUOTA = dict(case=4, word_order=4, partial=4, legal_form=1, punctuation=3, abbreviation=None, aka=None, typo=2,
             transliteration=6, translation=1, script=6, parent_vs_subsidiary=1, messy=1)
NARC_ONLY = {'case', 'word_order', 'partial', 'legal_form', 'punctuation'}
NARC_MAX_ABBR = 2


def variant(shape, detail):
    return shape + (' (%s)' % detail if detail else '')


def shape_of(kind, var):
    for s in sorted(SHAPES[kind], key=len, reverse=True):
        if var == s:
            return s, ''
        if var.startswith(s + ' (') and var.endswith(')'):
            return s, var[len(s) + 2:-1]
    return None, None


def item_key(kind, shape, detail):
    """What must be unique within the set for the kind (shape, or the abbreviation for abbreviation rows)."""
    if kind == 'abbreviation':
        return detail.split('`')[1] if '`' in detail else detail
    if kind == 'aka':
        return detail
    return shape
