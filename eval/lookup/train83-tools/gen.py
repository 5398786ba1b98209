"""train83 generators: one per kind; each returns a list of (shape, detail, query, item)."""
import re, unicodedata
import lib
from lib import split_legal, tcw, tcw_word, join, FILLER, SMALL_EXTRA, ROMAN

QUOTA = {
    'partial': {'even-position name words only, legal form dropped': 4,
                'last three name words, legal form kept': 4,
                'two longest name words in name order, legal form kept': 4},
    'word_order': {'last name word moved to the front': 4,
                   'name words in reverse alphabetical order': 4,
                   'name words sorted shortest first': 4},
    'case': {'caps-lock inversion of title case': 4,
             'first word lower, the rest upper': 4,
             'first and last letter of each word upper, the rest lower': 4},
    'punctuation': {'euro sign for e': 3, 'yen sign for y': 3, 'tilde inside a word': 3, 'caret inside a word': 3},
    'typo': {'OCR rn for m': 2, 'OCR 0 for o': 2, 's typed for d': 2, 'b typed for n': 2,
             'last letter of the longest word dropped': 2, 'last two letters of the longest word swapped': 2},
    'transliteration': {'French-style spelling': 6, 'Turkish-style spelling': 6},
    'script': {'Devanagari Hindi-style rendering': 6, 'Ethiopic Amharic-style rendering': 6},
}
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}


def small(w):
    n = lib._norm_tok(w)
    return (not n) or n in FILLER or len(n) <= 2 or n in ROMAN or n in SMALL_EXTRA


def plain(w):
    return re.fullmatch(r'[A-Za-z]+', w) is not None


def longest(words, pred=lambda w: True):
    best = None
    for i, w in enumerate(words):
        if pred(w) and (best is None or len(w) > len(words[best])):
            best = i
    return best


# ---------------------------------------------------------------- partial / word_order / case
def g_partial(rec, data):
    body, suf = split_legal(rec['name'])
    words = body.split()
    if len(words) < 4 or not all(plain(w) for w in words):
        return []
    ns = [w for w in words if not small(w)]
    if len(ns) < 4:
        return []
    out = []
    out.append(('even-position name words only, legal form dropped', '', tcw(' '.join(ns[1::2])), None))
    out.append(('last three name words, legal form kept', '', join(tcw(' '.join(ns[-3:])), suf), None))
    idx = sorted(sorted(range(len(ns)), key=lambda i: -len(ns[i]))[:2])
    out.append(('two longest name words in name order, legal form kept', '', join(tcw(' '.join(ns[i] for i in idx)), suf), None))
    return out


def g_word_order(rec, data):
    body, suf = split_legal(rec['name'])
    words = body.split()
    if len(words) < 3 or not all(plain(w) and not small(w) for w in words):
        return []
    out = []
    for shape, new in (('last name word moved to the front', [words[-1]] + words[:-1]),
                       ('name words in reverse alphabetical order', sorted(words, key=str.lower, reverse=True)),
                       ('name words sorted shortest first', sorted(words, key=len))):
        if new != words:
            out.append((shape, '', join(tcw(' '.join(new)), suf), None))
    return out


def _caps_inv(w):
    out, first = [], True
    for ch in w:
        if ch.isalpha():
            out.append(ch.lower() if first else ch.upper()); first = False
        else:
            out.append(ch)
    return ''.join(out)


def _first_last(w):
    idx = [i for i, c in enumerate(w) if c.isalpha()]
    s = set([idx[0], idx[-1]]) if idx else set()
    return ''.join(c.upper() if i in s else c.lower() for i, c in enumerate(w))


def g_case(rec, data):
    ws = rec['name'].split()
    if len(ws) < 2:
        return []
    out = [('caps-lock inversion of title case', '', ' '.join(_caps_inv(w) for w in ws), None),
           ('first word lower, the rest upper', '', ' '.join([ws[0].lower()] + [w.upper() for w in ws[1:]]), None),
           ('first and last letter of each word upper, the rest lower', '', ' '.join(_first_last(w) for w in ws), None)]
    return [o for o in out if o[2] != rec['name']]


# ---------------------------------------------------------------- legal_form
LEGAL_FORMS = [  # (detail, form, position)
    ('Estonian OÜ', 'OÜ', 'end'), ('Latvian SIA, in front', 'SIA', 'front'), ('Hungarian Kft.', 'Kft.', 'end'),
    ('Croatian j.d.o.o.', 'j.d.o.o.', 'end'), ('Bulgarian EOOD', 'EOOD', 'end'), ('Danish ApS', 'ApS', 'end'),
    ('Finnish Ky', 'Ky', 'end'), ('Polish S.K.A.', 'S.K.A.', 'end'), ('Indonesian PT ... Tbk', 'Tbk', 'pt'),
    ('Hungarian Zrt.', 'Zrt.', 'end'), ('Swedish KB', 'KB', 'end'), ('Polish s.c.', 's.c.', 'end')]


def g_legal_form(rec, data):
    body, suf = split_legal(rec['name'])
    if '(' in body or ',' in body or '"' in body:
        return []
    b = tcw(body)
    out = []
    for detail, form, pos in LEGAL_FORMS:
        if pos == 'end':
            q = b + ' ' + form
        elif pos == 'front':
            q = form + ' ' + b
        else:
            q = 'PT ' + b + ' Tbk'
        out.append(('new legal form', detail, q, form))
    return out


# ---------------------------------------------------------------- punctuation
def _ins_mid(w, ch):
    m = len(w) // 2
    return w[:m] + ch + w[m:]


def g_punctuation(rec, data):
    body, suf = split_legal(rec['name'])
    words = tcw(body).split()
    out = []
    for shape, letter, sym in (('euro sign for e', 'e', '€'), ('yen sign for y', 'y', '¥')):
        i = longest(words, lambda w: letter in w.lower()[1:] and len(w) >= 4)
        if i is not None:
            w = words[i]
            j = w.lower().index(letter, 1)
            nw = w[:j] + sym + w[j + 1:]
            out.append((shape, '', join(' '.join(words[:i] + [nw] + words[i + 1:]), suf), None))
    for shape, sym in (('tilde inside a word', '~'), ('caret inside a word', '^')):
        i = longest(words, lambda w: plain(w) and len(w) >= 5)
        if i is not None:
            nw = _ins_mid(words[i], sym)
            out.append((shape, '', join(' '.join(words[:i] + [nw] + words[i + 1:]), suf), None))
    return out


# ---------------------------------------------------------------- abbreviation
ABBR = [('SHIPPING', 'Shpg.'), ('INDUSTRIES', 'Inds.'), ('INVESTMENT', 'Invt.'), ('SERVICES', 'Svcs.'),
        ('GENERAL', 'Genl.'), ('COMMERCIAL', 'Comml.'), ('ORGANIZATION', 'Orgn.'), ('EXCHANGE', 'Exch.'),
        ('INSTITUTE', 'Inst.'), ('PETROLEUM', 'Petrol.'), ('ISLAMIC', 'Isl.'), ('NAVIGATION', 'Navig.'),
        ('DEPARTMENT', 'Dept.'), ('AIRLINES', 'Airl.'), ('INVERSIONES', 'Invers.'), ('INMOBILIARIA', 'Inmob.'),
        ('COMERCIALIZADORA', 'Comercializ.'), ('SERVICIOS', 'Servs.')]


def g_abbreviation(rec, data):
    body, suf = split_legal(rec['name'])
    words = tcw(body).split()
    out = []
    for long_, ab in ABBR:
        for i, w in enumerate(words):
            if w.upper() == long_:
                nw = words[:i] + [ab] + words[i + 1:]
                out.append(('short form', '%s for %s' % (ab, long_.lower()), join(' '.join(nw), suf), ab))
                break
    return out


# ---------------------------------------------------------------- typo
def _case_like(src, rep):
    return rep.upper() if src.isupper() else rep


def g_typo(rec, data):
    body, suf = split_legal(rec['name'])
    words = tcw(body).split()
    out = []

    def sub(shape, letter, rep):
        i = longest(words, lambda w: letter in w.lower()[1:] and plain(w))
        if i is None:
            return
        w = words[i]
        j = w.lower().index(letter, 1)
        nw = w[:j] + _case_like(w[j], rep) + w[j + 1:]
        out.append((shape, '', join(' '.join(words[:i] + [nw] + words[i + 1:]), suf), None))
    sub('OCR rn for m', 'm', 'rn')
    sub('OCR 0 for o', 'o', '0')
    sub('s typed for d', 'd', 's')
    sub('b typed for n', 'n', 'b')
    i = longest(words, lambda w: plain(w) and len(w) >= 5)
    if i is not None:
        w = words[i]
        out.append(('last letter of the longest word dropped', '', join(' '.join(words[:i] + [w[:-1]] + words[i + 1:]), suf), None))
        if w[-1].lower() != w[-2].lower():
            nw = w[:-2] + w[-1] + w[-2]
            out.append(('last two letters of the longest word swapped', '', join(' '.join(words[:i] + [nw] + words[i + 1:]), suf), None))
    return out


# ---------------------------------------------------------------- transliteration
FR = [('ou', 'ou'), ('qu', 'qu'), ('sh', 'ch'), ('ch', 'tch'), ('zh', 'j'), ('oo', 'ou'), ('j', 'dj'), ('u', 'ou'), ('w', 'ou')]
TR = [('sh', 'ş'), ('ch', 'ç'), ('kh', 'h'), ('zh', 'j'), ('ph', 'f'), ('ck', 'k'), ('ee', 'i'), ('oo', 'u'),
      ('j', 'c'), ('w', 'v'), ('q', 'k'), ('x', 'ks'), ('ce', 'se'), ('ci', 'si'), ('cy', 'si'), ('c', 'k')]


def _translit(word, table):
    pat = re.compile('|'.join(re.escape(a) for a, b in sorted(table, key=lambda t: -len(t[0]))))
    m = dict(table)
    return pat.sub(lambda mo: m[mo.group(0)], word)


def g_transliteration(rec, data):
    body, suf = split_legal(rec['name'])
    out = []
    for shape, table in (('French-style spelling', FR), ('Turkish-style spelling', TR)):
        nw = []
        for w in body.split():
            lw = w.lower()
            if len(re.sub(r'[^a-z]', '', lw)) <= 2 or lib._norm_tok(w) in lib.LEGAL:
                nw.append(w)
            else:
                nw.append(_translit(lw, table))
        q = join(tcw(' '.join(nw)), suf)
        out.append((shape, '', q, None))
    return out


# ---------------------------------------------------------------- translation
TRANS = {
    'Estonian': {'trading': 'Kaubandus', 'shipping': 'Laevandus', 'bank': 'Pank', 'industries': 'Tööstus', 'investment': 'Investeeringud',
                 'services': 'Teenused', 'construction': 'Ehitus', 'engineering': 'Inseneriteenused', 'exchange': 'Valuutavahetus',
                 'development': 'Arendus', 'oil': 'Nafta', 'petroleum': 'Nafta', 'industrial': 'Tööstuslik', 'general': 'Üld'},
    'Hungarian': {'trading': 'Kereskedelmi', 'shipping': 'Hajózási', 'industries': 'Ipari', 'investment': 'Befektetési',
                  'services': 'Szolgáltatások', 'construction': 'Építőipari', 'engineering': 'Mérnöki', 'exchange': 'Pénzváltó',
                  'development': 'Fejlesztési', 'oil': 'Olaj', 'petroleum': 'Kőolaj', 'electronics': 'Elektronikai', 'airlines': 'Légitársaság'},
    'Finnish': {'trading': 'Kauppa', 'shipping': 'Varustamo', 'bank': 'Pankki', 'industries': 'Teollisuus', 'investment': 'Sijoitus',
                'services': 'Palvelut', 'construction': 'Rakennus', 'engineering': 'Insinööritoimisto', 'exchange': 'Valuutanvaihto',
                'development': 'Kehitys', 'oil': 'Öljy', 'petroleum': 'Öljy', 'airlines': 'Lentoyhtiö'},
    'Catalan': {'trading': 'Comerç', 'shipping': 'Naviliera', 'bank': 'Banc', 'industries': 'Indústries', 'investment': 'Inversió',
                'services': 'Serveis', 'construction': 'Construcció', 'engineering': 'Enginyeria', 'exchange': 'Canvi',
                'development': 'Desenvolupament', 'oil': 'Oli', 'petroleum': 'Petroli', 'industrial': 'Industrial'},
    'Esperanto': {'trading': 'Komerco', 'shipping': 'Ŝipado', 'bank': 'Banko', 'industries': 'Industrioj', 'investment': 'Investo',
                  'services': 'Servoj', 'construction': 'Konstruado', 'engineering': 'Inĝenierado', 'exchange': 'Ŝanĝejo',
                  'development': 'Disvolviĝo', 'oil': 'Nafto', 'petroleum': 'Petrolo', 'airlines': 'Aerlinio'},
    'Uzbek': {'trading': 'Savdo', 'shipping': 'Kemachilik', 'bank': 'Banki', 'industries': 'Sanoat', 'investment': 'Investitsiya',
              'services': 'Xizmatlari', 'construction': 'Qurilish', 'engineering': 'Muhandislik', 'exchange': 'Ayirboshlash',
              'development': 'Rivojlanish', 'oil': 'Neft', 'petroleum': 'Neft', 'industrial': 'Sanoat'},
    'Vietnamese': {'trading': 'Thương Mại', 'shipping': 'Vận Tải Biển', 'bank': 'Ngân Hàng', 'industries': 'Công Nghiệp',
                   'investment': 'Đầu Tư', 'services': 'Dịch Vụ', 'construction': 'Xây Dựng', 'engineering': 'Kỹ Thuật',
                   'exchange': 'Đổi Tiền', 'development': 'Phát Triển', 'oil': 'Dầu', 'petroleum': 'Dầu Khí'},
    'Yoruba': {'trading': 'Ìṣòwò', 'shipping': 'Ọkọ̀ Ojú Omi', 'bank': 'Ilé Ìfowópamọ́', 'industries': 'Ilé-iṣẹ́', 'investment': 'Ìdókòwò',
               'services': 'Iṣẹ́ Ìránṣẹ́', 'construction': 'Ìkọ́lé', 'exchange': 'Pàṣípààrọ̀', 'development': 'Ìdàgbàsókè', 'oil': 'Epo'},
    'Zulu': {'trading': 'Ukuhweba', 'shipping': 'Imikhumbi', 'bank': 'Ibhange', 'industries': 'Izimboni', 'investment': 'Utshalomali',
             'services': 'Izinsizakalo', 'construction': 'Ukwakha', 'engineering': 'Ubunjiniyela', 'exchange': 'Ukushintshaniswa',
             'development': 'Intuthuko', 'oil': 'Uwoyela', 'petroleum': 'Uphethiloli'},
    'Somali': {'trading': 'Ganacsi', 'shipping': 'Maraakiib', 'bank': 'Bangiga', 'industries': 'Warshadaha', 'investment': 'Maalgashi',
               'services': 'Adeegyada', 'construction': 'Dhismo', 'engineering': 'Injineernimo', 'exchange': 'Sarrif',
               'development': 'Horumar', 'oil': 'Saliid', 'petroleum': 'Batrool'},
    'Luxembourgish': {'trading': 'Handelsgesellschaft', 'shipping': 'Schëffaart', 'industries': 'Industrien', 'investment': 'Investitioun',
                      'services': 'Servicer', 'construction': 'Bauwiesen', 'engineering': 'Ingenieurwiesen', 'exchange': 'Wiesselstuff',
                      'development': 'Entwécklung', 'oil': 'Ueleg', 'petroleum': 'Pëtrol', 'bank': 'Bankhaus'},
    'Kurdish (Kurmanji)': {'trading': 'Bazirganî', 'shipping': 'Keştîvanî', 'industries': 'Pîşesazî', 'investment': 'Veberhênan',
                           'services': 'Xizmetguzarî', 'construction': 'Avakirin', 'engineering': 'Endezyarî', 'exchange': 'Pereguhertin',
                           'development': 'Pêşketin', 'oil': 'Neft', 'petroleum': 'Petrol', 'bank': 'Banqe'},
}


def g_translation(rec, data):
    body, suf = split_legal(rec['name'])
    words = tcw(body).split()
    out = []
    for lang, dic in TRANS.items():
        for i, w in enumerate(words):
            lw = w.lower()
            if lw in dic and dic[lw].lower() != lw:
                nw = words[:i] + [dic[lw]] + words[i + 1:]
                out.append(('one trade word translated', '%s: %s for %s' % (lang, dic[lw], lw), join(' '.join(nw), suf), lang))
                break
    return out


# ---------------------------------------------------------------- script
def _U(n):
    return unicodedata.lookup(n)

DEV_C = {'kh': 'KHA', 'gh': 'GHA', 'ch': 'CA', 'jh': 'JHA', 'th': 'THA', 'dh': 'DHA', 'ph': 'PHA', 'bh': 'BHA', 'sh': 'SHA',
         'k': 'KA', 'g': 'GA', 'j': 'JA', 't': 'TA', 'd': 'DA', 'n': 'NA', 'p': 'PA', 'b': 'BA', 'm': 'MA', 'y': 'YA',
         'r': 'RA', 'l': 'LA', 'v': 'VA', 'w': 'VA', 's': 'SA', 'h': 'HA', 'f': 'PHA', 'z': 'JA', 'q': 'KA', 'zh': 'JHA'}
DEV_V = {'aa': 'AA', 'ee': 'II', 'ii': 'II', 'oo': 'UU', 'ai': 'AI', 'au': 'AU', 'ou': 'AU', 'ei': 'E',
         'a': 'A', 'i': 'I', 'u': 'U', 'e': 'E', 'o': 'O'}
ETH_C = {'sh': 'SH', 'ch': 'C', 'kh': 'KX', 'gh': 'G', 'zh': 'ZH', 'th': 'T', 'ph': 'F', 'ny': 'NY', 'h': 'H', 'l': 'L',
         'm': 'M', 'r': 'R', 's': 'S', 'q': 'Q', 'b': 'B', 'v': 'V', 't': 'T', 'n': 'N', 'k': 'K', 'w': 'W', 'z': 'Z',
         'y': 'Y', 'd': 'D', 'j': 'J', 'g': 'G', 'f': 'F', 'p': 'P'}
ETH_V = {'aa': 'AA', 'ee': 'I', 'ii': 'I', 'oo': 'U', 'ai': 'AA', 'au': 'O', 'ou': 'U', 'ei': 'EE',
         'a': 'AA', 'u': 'U', 'i': 'I', 'e': 'EE', 'o': 'O'}
NUKTA = {'f', 'z', 'q', 'zh'}


def _segments(word, cons, vows):
    w = word.lower().replace('x', 'ks').replace('ck', 'k')
    w = re.sub(r'c(?=[eiy])', 's', w).replace('c', 'k')
    segs, i = [], 0
    while i < len(w):
        for L in (2, 1):
            p = w[i:i + L]
            if len(p) == L and p in vows:
                # y between consonant contexts acts as vowel i
                segs.append(('V', p)); i += L; break
            if len(p) == L and p in cons:
                if p == 'y' and (i + 1 >= len(w) or w[i + 1] not in 'aeiou'):
                    segs.append(('V', 'i'))
                else:
                    segs.append(('C', p))
                i += L; break
        else:
            i += 1
    return segs


def devanagari(word):
    segs = _segments(word, DEV_C, DEV_V)
    out, k = [], 0
    while k < len(segs):
        t, p = segs[k]
        if t == 'C':
            out.append(_U('DEVANAGARI LETTER ' + DEV_C[p]))
            if p in NUKTA:
                out.append(_U('DEVANAGARI SIGN NUKTA'))
            if k + 1 < len(segs) and segs[k + 1][0] == 'V':
                v = DEV_V[segs[k + 1][1]]
                if v != 'A':
                    out.append(_U('DEVANAGARI VOWEL SIGN ' + v))
                k += 2
                continue
            if k + 1 < len(segs):
                out.append(_U('DEVANAGARI SIGN VIRAMA'))
            k += 1
        else:
            out.append(_U('DEVANAGARI LETTER ' + DEV_V[p]))
            k += 1
    return ''.join(out)


def ethiopic(word):
    segs = _segments(word, ETH_C, ETH_V)
    out, k = [], 0
    while k < len(segs):
        t, p = segs[k]
        if t == 'C':
            row = ETH_C[p]
            if k + 1 < len(segs) and segs[k + 1][0] == 'V':
                out.append(_U('ETHIOPIC SYLLABLE %s%s' % (row, ETH_V[segs[k + 1][1]])))
                k += 2
                continue
            out.append(_U('ETHIOPIC SYLLABLE %sE' % row))
            k += 1
        else:
            out.append(_U('ETHIOPIC SYLLABLE GLOTTAL %s' % ETH_V[p]))
            k += 1
    return ''.join(out)


def g_script(rec, data):
    body, suf = split_legal(rec['name'])
    words = [w for w in re.split(r'[\s\-/]+', re.sub(r'[0-9]', ' ', body)) if re.search('[A-Za-z]', w)]
    words = [re.sub(r'[^A-Za-z]', '', w) for w in words]
    words = [w for w in words if w.lower() not in lib.LEGAL]
    out = []
    for shape, fn in (('Devanagari Hindi-style rendering', devanagari), ('Ethiopic Amharic-style rendering', ethiopic)):
        q = ' '.join(x for x in (fn(w) for w in words) if x)
        if sum(1 for c in q if c.isalpha()) >= 4:
            out.append((shape, '', q, None))
    return out


# ---------------------------------------------------------------- parent_vs_subsidiary
UNITS = [('Estonian filiaal', '{n} {c} filiaal'), ('Hungarian fióktelep', '{n} fióktelep {c}'),
         ('Finnish sivuliike', '{n} {c} sivuliike'), ('Catalan sucursal a', '{n} sucursal a {c}'),
         ('Esperanto filio en', '{n} filio en {c}'), ('Uzbek filiali', '{n} {c} filiali'),
         ('Vietnamese chi nhánh', '{n} chi nhánh {c}'), ('Yoruba ẹ̀ka ní', '{n} ẹ̀ka ní {c}'),
         ('Zulu igatsha e-', '{n} igatsha e-{c}'), ('Somali laanta', '{n} laanta {c}'),
         ('sales office', '{n} sales office {c}'), ('dispatch office', '{n} dispatch office, {c}')]


def g_parent_vs_subsidiary(rec, data):
    c = data.city.get(rec['ent'])
    if not c:
        return []
    body, suf = split_legal(rec['name'])
    n = join(tcw(body), suf)
    return [('branch unit at the add.csv city', d, t.format(n=n, c=c), d) for d, t in UNITS]


# ---------------------------------------------------------------- messy
MESSY = [
    ('TOML inline table', 'counterparty = {{ name = "{n}", city = "{c}", screened = false }}'),
    ('vCard lines', 'BEGIN:VCARD VERSION:4.0 ORG:{n} ADR;TYPE=work:;;;{c};;; END:VCARD'),
    ('SWIFT MT103 beneficiary field', ':59:/UNKNOWN {N} {C} :70:/INV/PAYMENT'),
    ('GraphQL query', 'query {{ screen(name: "{n}", city: "{c}") {{ hits score }} }}'),
    ('fax header', 'FAX FROM: {N} ({C})  PAGE 01/03  RE: PROFORMA'),
    ('court caption', 'UNITED STATES v. {n}, of {c}, Defendant'),
    ('chat in Estonian', 'tere, kas {n} ({c}) on sanktsiooninimekirjas?'),
    ('chat in Hungarian', 'szia, rajta van a {n} ({c}) a szankciós listán?'),
    ('chat in Finnish', 'hei, onko {n} ({c}) pakotelistalla?'),
    ('chat in Catalan', 'hola, {n} de {c} és a la llista de sancions?'),
    ('chat in Vietnamese', 'chào bạn, {n} ở {c} có trong danh sách trừng phạt không?'),
    ('chat in Zulu', 'sawubona, ingabe i-{n} yase-{c} isohlwini lwezijeziso?')]


def g_messy(rec, data):
    c = data.city.get(rec['ent'])
    if not c:
        return []
    body, suf = split_legal(rec['name'])
    n = join(tcw(body), suf)
    return [('messy template with the add.csv city', d, t.format(n=n, c=c, N=rec['name'], C=c.upper()), d) for d, t in MESSY]


def g_aka(rec, data):
    return [('own alt.csv alias', '', a, None) for a in data.alias[rec['ent']]]


GEN = {'aka': g_aka, 'partial': g_partial, 'word_order': g_word_order, 'case': g_case, 'legal_form': g_legal_form,
       'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'typo': g_typo,
       'transliteration': g_transliteration, 'translation': g_translation, 'script': g_script,
       'parent_vs_subsidiary': g_parent_vs_subsidiary, 'messy': g_messy}
