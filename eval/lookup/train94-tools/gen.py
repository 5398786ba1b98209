"""train94 generators: one per positive kind, with the item lists and shape names."""
import re, unicodedata
import lib

DOTTED = re.compile(r'^(?:[A-Za-z]{1,3}\.)+[A-Za-z]{0,3}\.?$')
ROMAN = {'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XIII', 'XIV', 'XV'}
VOW = 'aeiou'


def norm_tok(t):
    return re.sub(r'[^a-z]', '', t.lower())


def is_legal_tok(t):
    t = t.strip(',()')
    n = norm_tok(t)
    return bool(n) and (n in lib.LEGAL or ('.' in t and bool(DOTTED.match(t))))


def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        n = norm_tok(t)
        nxt = norm_tok(toks[i]) if i < len(toks) else ''
        if is_legal_tok(t):
            i -= 1
        elif n in ('de', 'en') and i < len(toks) and i >= 2 and is_legal_tok(toks[i - 2]) and is_legal_tok(toks[i]):
            i -= 1
        elif n == 'y' and nxt == 'cia':
            i -= 1
        else:
            break
    body, tail = toks[:i], toks[i:]
    body[-1] = body[-1].rstrip(',')
    return body, tail


def tcw(t):
    bare = t.strip(',()')
    if '.' in bare and DOTTED.match(bare):
        return t
    letters = re.sub(r'[^A-Za-z]', '', t)
    if t.isupper() and letters in ROMAN:
        return t
    if t.isupper() and 2 <= len(letters) <= 4 and letters == bare and not re.search('[AEIOUY]', letters):
        return t
    out, prev = [], ''
    for ch in t:
        if ch.isalpha():
            out.append(ch.lower() if (prev.isalpha() or prev.isdigit() or (prev != '' and prev in "'\u2019")) else ch.upper())
        else:
            out.append(ch)
        prev = ch
    return ''.join(out)


def join(body, tail=()):
    return ' '.join([tcw(t) for t in body] + list(tail))


def display(name):
    b, t = split_legal(name)
    return join(b, t)


def plain(t):
    return bool(re.fullmatch(r'[A-Za-z]+', t))


def is_name_word(t):
    return plain(t) and len(t) >= 3 and t.lower() not in lib.SMALL and t.lower() not in lib.LEGAL and t.upper() not in ROMAN


# ---------------------------------------------------------------- shapes
PARTIAL = ['first and third name words, legal form kept',
           'all name words but the longest, legal form dropped',
           'name words of at most 7 letters, legal form kept']
MIN_PARTIAL_WORDS = 3


def gen_partial(e, d):
    body, tail = split_legal(e['name'])
    nw = [t for t in body if is_name_word(t)]
    if len(nw) < MIN_PARTIAL_WORDS:
        return []
    out = []
    tl = list(tail)
    if tail:
        out.append((PARTIAL[0], None, [nw[0], nw[2]], tl))
    li = max(range(len(nw)), key=lambda i: len(nw[i]))
    out.append((PARTIAL[1], None, nw[:li] + nw[li + 1:], []))
    short = [w for w in nw if len(w) <= 7]
    if tail and 2 <= len(short) < len(nw):
        out.append((PARTIAL[2], None, short, tl))
    res = []
    for shape, det, words, t in out:
        if len(words) >= 2 and sum(len(w) for w in words) >= 10:
            res.append((shape, det, join(words, t)))
    return res


WORD_ORDER = {'name words sorted by last letter': lambda w: w[-1].lower(),
              'name words sorted by second letter': lambda w: w[1].lower(),
              'name words sorted by vowel count, most first': lambda w: -sum(c in VOW for c in w.lower())}


def gen_word_order(e, d):
    body, tail = split_legal(e['name'])
    if not all(plain(t) for t in body):
        return []
    pos = [i for i, t in enumerate(body) if is_name_word(t)]
    if len(pos) < 3:
        return []
    nw = [body[i] for i in pos]
    out = []
    for shape, kf in WORD_ORDER.items():
        new = sorted(nw, key=kf)
        if new == nw:
            continue
        nb = list(body)
        for i, w in zip(pos, new):
            nb[i] = w
        out.append((shape, None, join(nb, tail)))
    return out


def _letters_map(tok, fn):
    idx = [i for i, c in enumerate(tok) if c.isalpha()]
    n = len(idx)
    chars = list(tok)
    for k, i in enumerate(idx):
        chars[i] = chars[i].upper() if fn(k, n) else chars[i].lower()
    return ''.join(chars)


CASE = ['every third letter of each word upper, the rest lower',
        'second-to-last letter of each word upper, the rest lower',
        'longest word upper, the rest lower']


def gen_case(e, d):
    toks = e['name'].split()
    a = ' '.join(_letters_map(t, lambda k, n: (k + 1) % 3 == 0) for t in toks)
    b = ' '.join(_letters_map(t, lambda k, n: n >= 2 and k == n - 2) for t in toks)
    li = max(range(len(toks)), key=lambda i: sum(c.isalpha() for c in toks[i]))
    c = ' '.join(t.upper() if i == li else t.lower() for i, t in enumerate(toks))
    return [(CASE[0], None, a), (CASE[1], None, b), (CASE[2], None, c)]


# (shape, form, in front?)
LEGAL_FORMS = [('Faroese `P/F`', 'P/F', True), ('Danish `K/S`', 'K/S', False), ('Estonian `TÜ`', 'TÜ', False),
               ('Finnish `Oyj`', 'Oyj', False), ('German `OHG`', 'OHG', False), ('Hungarian `Bt.`', 'Bt.', False),
               ('Greek `I.K.E.`', 'I.K.E.', False), ('Bulgarian `ET`', 'ET', True),
               ('Macedonian `DOOEL`', 'DOOEL', False), ('Albanian `Sh.p.k.`', 'Sh.p.k.', False),
               ('Brazilian `EIRELI`', 'EIRELI', False), ('Argentine `S.A.U.`', 'S.A.U.', False),
               ('Polish `sp.k.`', 'sp.k.', False), ('French `SASU`', 'SASU', False), ('Indian `OPC`', 'OPC', False),
               ('Mongolian `KhKhK`', 'KhKhK', False)]


def gen_legal_form(e, d):
    body, tail = split_legal(e['name'])
    if any(is_legal_tok(t) for t in body) or not any(len(re.sub('[^A-Za-z]', '', t)) >= 3 for t in body):
        return []
    b = join(body)
    out = []
    for shape, form, front in LEGAL_FORMS:
        q = form + ' ' + b if front else b + ' ' + form
        out.append((shape, '(in front)' if front else None, q))
    return out


PUNCT = ['`¢` for the first c after the first letter', '`!` for the first i after the first letter',
         '`%` after the second letter', '`|` before the last letter']


def longest_word(body, minlen=5):
    cands = [(len(t), -i, i) for i, t in enumerate(body) if plain(t) and len(t) >= minlen
             and t.lower() not in lib.SMALL]
    if not cands:
        return None
    return max(cands)[2]


def _edit_body(e, fn):
    body, tail = split_legal(e['name'])
    i = longest_word(body)
    if i is None:
        return None
    w = tcw(body[i])
    nw = fn(w)
    if nw is None or nw == w:
        return None
    words = [tcw(t) for t in body]
    words[i] = nw
    return ' '.join(words + list(tail)), w


def _first_after(w, ch, rep):
    j = w.lower().find(ch, 1)
    return None if j < 0 else w[:j] + rep + w[j + 1:]


def gen_punctuation(e, d):
    fns = [lambda w: _first_after(w, 'c', '¢'), lambda w: _first_after(w, 'i', '!'),
           lambda w: w[:2] + '%' + w[2:], lambda w: w[:-1] + '|' + w[-1]]
    out = []
    for shape, fn in zip(PUNCT, fns):
        r = _edit_body(e, fn)
        if r:
            out.append((shape, '(in %s)' % r[1], r[0]))
    return out


TYPO = ['OCR `cl` for d', 'OCR `ii` for u', '`r` typed for t', '`k` typed for l',
        'second letter of the longest word dropped', 'third letter of the longest word doubled']


def gen_typo(e, d):
    fns = [lambda w: _first_after(w, 'd', 'cl'), lambda w: _first_after(w, 'u', 'ii'),
           lambda w: _first_after(w, 't', 'r'), lambda w: _first_after(w, 'l', 'k'),
           lambda w: w[0] + w[2:], lambda w: w[:3] + w[2] + w[3:]]
    out = []
    for shape, fn in zip(TYPO, fns):
        r = _edit_body(e, fn)
        if r:
            out.append((shape, '(in %s)' % r[1], r[0]))
    return out


ABBR = {'Transp.': ['transport', 'transportation', 'transportes', 'transporte', 'transportadora'],
        'Inst.': ['institute', 'instituto', 'institution'],
        'Univ.': ['university', 'universidad'],
        'Ins.': ['insurance'],
        'Fin.': ['finance', 'financial', 'financiera', 'financiero'],
        'Svcs.': ['services'],
        'Res.': ['research'],
        'Eng.': ['engineering', 'engineers'],
        'Ctr.': ['center', 'centre', 'centro'],
        'Auth.': ['authority'],
        'Inmob.': ['inmobiliaria', 'inmobiliario', 'inmobiliarios', 'inmobiliarias'],
        'Adm.': ['administracion', 'administration', 'administrativos', 'administradora'],
        'Mar.': ['maritime', 'maritima', 'marine'],
        'Hosp.': ['hospital'],
        'Cttee.': ['committee'],
        'Agcy.': ['agency'],
        'Mvmt.': ['movement'],
        'Brig.': ['brigade'],
        'Bur.': ['bureau'],
        'Dept.': ['department'],
        'Min.': ['ministry']}


def gen_abbreviation(e, d):
    body, tail = split_legal(e['name'])
    out = []
    for ab, longs in ABBR.items():
        for i, t in enumerate(body):
            if t.lower().rstrip(',') in longs:
                words = [tcw(x) for x in body]
                words[i] = ab + (',' if t.endswith(',') else '')
                out.append(('`%s`' % ab, '(for %s)' % t.rstrip(','), ' '.join(words + list(tail))))
                break
    return out


# ---------------------------------------------------------------- transliteration
def _hu(w):
    s = w.lower().replace('ck', 'k')
    out, i = [], 0
    while i < len(s):
        two, c = s[i:i + 2], s[i]
        nxt = s[i + 1] if i + 1 < len(s) else ''
        m = {'sh': 's', 'ch': 'cs', 'zh': 'zs', 'kh': 'h', 'ph': 'f', 'th': 't', 'ts': 'c', 'tz': 'c',
             'qu': 'kv', 'ee': 'í', 'oo': 'ú'}.get(two)
        if m is not None:
            out.append(m); i += 2; continue
        if c == 'c':
            out.append('sz' if nxt in ('e', 'i', 'y') and nxt else 'k')
        elif c == 's':
            out.append('sz')
        elif c == 'q':
            out.append('k')
        elif c == 'x':
            out.append('ksz')
        elif c == 'w':
            out.append('v')
        elif c == 'j':
            out.append('dzs')
        elif c == 'y':
            out.append('j' if nxt and nxt in VOW else 'i')
        else:
            out.append(c)
        i += 1
    return ''.join(out)


def _id(w):
    s = w.lower().replace('ck', 'k')
    out, i = [], 0
    while i < len(s):
        two, c = s[i:i + 2], s[i]
        nxt = s[i + 1] if i + 1 < len(s) else ''
        m = {'sh': 'sy', 'ch': 'c', 'zh': 'j', 'ph': 'f', 'th': 't', 'qu': 'kw', 'ee': 'i', 'oo': 'u',
             'ou': 'u'}.get(two)
        if m is not None:
            out.append(m); i += 2; continue
        if c == 'c':
            out.append('s' if nxt and nxt in ('e', 'i', 'y') else 'k')
        elif c == 'q':
            out.append('k')
        elif c == 'x':
            out.append('ks')
        elif c == 'v':
            out.append('f')
        else:
            out.append(c)
        i += 1
    return ''.join(out)


TRANSLIT = {'Hungarian-style': _hu, 'Indonesian-style': _id}


def gen_transliteration(e, d):
    body, tail = split_legal(e['name'])
    out = []
    for shape, fn in TRANSLIT.items():
        words = []
        for t in body:
            if plain(t) and len(t) > 4 and t.lower() not in lib.CORE_DROP:
                r = fn(t)
                words.append(r[0].upper() + r[1:])
            else:
                words.append(tcw(t))
        out.append((shape, None, ' '.join(words + list(tail))))
    return out


# ---------------------------------------------------------------- translation
DICT = {
 'Faroese': {'oil': 'Olja', 'shipping': 'Skipaferð', 'trading': 'Handil', 'trade': 'Handil', 'industries': 'Ídnaður',
             'industrial': 'Ídnaðar', 'investment': 'Íløga', 'investments': 'Íløgur', 'services': 'Tænastur',
             'transport': 'Flutningur', 'exchange': 'Vekslan', 'energy': 'Orka', 'construction': 'Bygging',
             'development': 'Menning', 'insurance': 'Trygging', 'mining': 'Námsvinna', 'steel': 'Stál',
             'army': 'Herur', 'foundation': 'Grunnur', 'airlines': 'Flogfeløg', 'electronics': 'Elektronikkur',
             'engineering': 'Verkfrøði'},
 'West Frisian': {'oil': 'Oalje', 'shipping': 'Skipfeart', 'trading': 'Hannel', 'trade': 'Hannel',
                  'industries': 'Yndustryen', 'industrial': 'Yndustrieel', 'investment': 'Ynvestearring',
                  'investments': 'Ynvestearrings', 'services': 'Tsjinsten', 'transport': 'Ferfier',
                  'exchange': 'Wiksel', 'energy': 'Enerzjy', 'construction': 'Bou', 'development': 'Untwikkeling',
                  'insurance': 'Fersekering', 'mining': 'Mynbou', 'steel': 'Stiel', 'army': 'Leger',
                  'foundation': 'Stifting', 'airlines': 'Loftfeartmaatskippij', 'electronics': 'Elektroanika',
                  'engineering': 'Technyk'},
 'Maori': {'oil': 'Hinu', 'shipping': 'Kaipuke', 'trading': 'Hokohoko', 'trade': 'Hokohoko', 'industries': 'Ahumahi',
           'industrial': 'Ahumahi', 'investment': 'Haumitanga', 'investments': 'Haumitanga', 'services': 'Ratonga',
           'transport': 'Waka', 'exchange': 'Whakawhiti', 'energy': 'Pūngao', 'construction': 'Hanganga',
           'development': 'Whanaketanga', 'insurance': 'Inihua', 'mining': 'Keri', 'steel': 'Maitai',
           'army': 'Ope Taua', 'foundation': 'Tūāpapa', 'airlines': 'Rererangi', 'electronics': 'Hikohiko',
           'engineering': 'Pūkaha'},
 'Tahitian': {'oil': 'Mōrī', 'shipping': 'Pahī', 'trading': 'Hoʻoraʻa', 'trade': 'Hoʻoraʻa', 'industries': 'Ohipa',
              'investment': 'Tuuraa Moni', 'services': 'Taviniraa', 'transport': 'Uta', 'exchange': 'Taui',
              'energy': 'Puai', 'construction': 'Hamaniraa', 'army': 'Nuu Faehau', 'foundation': 'Niu',
              'airlines': 'Manureva', 'mining': 'Ohiraa Ofai', 'steel': 'Auri'},
 'Cebuano': {'oil': 'Lana', 'shipping': 'Pagpadala', 'trading': 'Pamaligya', 'trade': 'Pamaligya',
             'industries': 'Industriya', 'industrial': 'Industriyal', 'investment': 'Pamuhunan',
             'investments': 'Pamuhunan', 'services': 'Serbisyo', 'transport': 'Transportasyon',
             'exchange': 'Baylohanay', 'energy': 'Enerhiya', 'construction': 'Konstruksiyon',
             'development': 'Kalamboan', 'insurance': 'Seguro', 'mining': 'Pagmina', 'steel': 'Asero',
             'army': 'Kasundalohan', 'foundation': 'Pundasyon', 'airlines': 'Ayroplano', 'electronics': 'Elektroniko',
             'engineering': 'Inhenyeriya'},
 'Chamorro': {'oil': 'Laña', 'shipping': 'Batko', 'trading': 'Kometsio', 'trade': 'Kometsio',
              'industries': 'Industria', 'investment': 'Inbetsion', 'services': 'Setbisio', 'transport': 'Transpotte',
              'exchange': 'Tulaika', 'energy': 'Fuetsa', 'development': 'Adilanto', 'insurance': 'Aseguransa',
              'mining': 'Mina', 'army': 'Militat', 'foundation': 'Fundasion', 'airlines': 'Batkon Aire'},
 'Nahuatl': {'oil': 'Chiyahuacayotl', 'shipping': 'Acalli', 'trading': 'Tlanamacaliztli', 'trade': 'Tlanamacaliztli',
             'industries': 'Tlachihualiztli', 'investment': 'Tomintlaliliztli', 'services': 'Tlatequipanoliztli',
             'exchange': 'Tlapatlaliztli', 'energy': 'Chicahualiztli', 'construction': 'Calchihualiztli',
             'mining': 'Tepozmina', 'steel': 'Tepoztli', 'army': 'Yaoquizqueh', 'airlines': 'Ehecacalli'},
 'Scottish Gaelic': {'oil': 'Ola', 'shipping': 'Luingearachd', 'trading': 'Malairt', 'trade': 'Malairt',
                     'industries': 'Gnìomhachasan', 'industrial': 'Gnìomhachasach', 'investment': 'Tasgadh',
                     'investments': 'Tasgaidhean', 'services': 'Seirbheisean', 'transport': 'Còmhdhail',
                     'exchange': 'Iomlaid', 'energy': 'Lùth', 'construction': 'Togail', 'development': 'Leasachadh',
                     'insurance': 'Àrachas', 'mining': 'Mèinnearachd', 'steel': 'Stàilinn', 'army': 'Feachd',
                     'foundation': 'Urras', 'airlines': 'Companaidh-Adhair', 'electronics': 'Eileagtronaigeachd',
                     'engineering': 'Innleadaireachd'},
 'Welsh': {'oil': 'Olew', 'shipping': 'Llongau', 'trading': 'Masnach', 'trade': 'Masnach', 'industries': 'Diwydiannau',
           'industrial': 'Diwydiannol', 'investment': 'Buddsoddiad', 'investments': 'Buddsoddiadau',
           'services': 'Gwasanaethau', 'transport': 'Trafnidiaeth', 'exchange': 'Cyfnewidfa', 'energy': 'Ynni',
           'construction': 'Adeiladu', 'development': 'Datblygu', 'insurance': 'Yswiriant', 'mining': 'Mwyngloddio',
           'steel': 'Dur', 'army': 'Byddin', 'foundation': 'Sefydliad', 'airlines': 'Cwmni Awyr',
           'electronics': 'Electroneg', 'engineering': 'Peirianneg'},
 'Maltese': {'oil': 'Żejt', 'shipping': 'Tbaħħir', 'trading': 'Kummerċ', 'trade': 'Kummerċ', 'industries': 'Industriji',
             'services': 'Servizzi', 'transport': 'Trasport', 'exchange': 'Skambju', 'energy': 'Enerġija',
             'construction': 'Kostruzzjoni', 'development': 'Żvilupp', 'insurance': 'Assigurazzjoni',
             'mining': 'Minjieri', 'steel': 'Azzar', 'army': 'Armata', 'foundation': 'Fondazzjoni',
             'airlines': 'Linji Tal-Ajru', 'electronics': 'Elettronika', 'engineering': 'Inġinerija'},
 'Basque': {'oil': 'Olioa', 'shipping': 'Itsasontziak', 'trading': 'Merkataritza', 'trade': 'Merkataritza',
            'industries': 'Industriak', 'industrial': 'Industriala', 'investment': 'Inbertsioa',
            'investments': 'Inbertsioak', 'services': 'Zerbitzuak', 'transport': 'Garraioa', 'exchange': 'Trukea',
            'energy': 'Energia', 'construction': 'Eraikuntza', 'development': 'Garapena', 'insurance': 'Aseguruak',
            'mining': 'Meatzaritza', 'steel': 'Altzairua', 'army': 'Armada', 'foundation': 'Fundazioa',
            'airlines': 'Aire Lineak', 'electronics': 'Elektronika', 'engineering': 'Ingeniaritza'},
 'Icelandic': {'oil': 'Olía', 'shipping': 'Skipafélag', 'trading': 'Verslun', 'trade': 'Verslun',
               'industries': 'Iðnaður', 'industrial': 'Iðnaðar', 'investment': 'Fjárfesting',
               'investments': 'Fjárfestingar', 'services': 'Þjónusta', 'transport': 'Flutningar',
               'exchange': 'Gjaldeyrir', 'energy': 'Orka', 'construction': 'Bygging', 'development': 'Þróun',
               'insurance': 'Tryggingar', 'mining': 'Námuvinnsla', 'steel': 'Stál', 'army': 'Her',
               'foundation': 'Sjóður', 'airlines': 'Flugfélag', 'electronics': 'Rafeindatækni',
               'engineering': 'Verkfræði'},
 'Tagalog': {'oil': 'Langis', 'shipping': 'Pagpapadala', 'trading': 'Kalakalan', 'trade': 'Kalakalan',
             'services': 'Serbisyo', 'investment': 'Pamumuhunan', 'exchange': 'Palitan', 'energy': 'Enerhiya',
             'development': 'Pag-unlad', 'mining': 'Pagmimina', 'steel': 'Bakal', 'army': 'Hukbo'},
 'Lithuanian': {'oil': 'Nafta', 'trading': 'Prekyba', 'trade': 'Prekyba', 'services': 'Paslaugos',
                'shipping': 'Laivyba', 'industries': 'Pramonė', 'investment': 'Investicijos', 'exchange': 'Mainai',
                'energy': 'Energija', 'construction': 'Statyba', 'development': 'Plėtra', 'insurance': 'Draudimas',
                'mining': 'Kasyba', 'steel': 'Plienas', 'army': 'Kariuomenė', 'foundation': 'Fondas'},
 'Slovenian': {'oil': 'Nafta', 'trading': 'Trgovina', 'trade': 'Trgovina', 'services': 'Storitve',
               'shipping': 'Ladjarstvo', 'industries': 'Industrija', 'investment': 'Naložbe', 'exchange': 'Menjalnica',
               'energy': 'Energija', 'construction': 'Gradnja', 'development': 'Razvoj', 'insurance': 'Zavarovanje',
               'mining': 'Rudarstvo', 'steel': 'Jeklo', 'army': 'Vojska', 'foundation': 'Fundacija'},
}


def gen_translation(e, d):
    body, tail = split_legal(e['name'])
    out = []
    for lang, dic in DICT.items():
        for i, t in enumerate(body):
            w = t.lower().rstrip(',')
            if w in dic:
                words = [tcw(x) for x in body]
                words[i] = dic[w] + (',' if t.endswith(',') else '')
                out.append((lang, '(`%s` for %s)' % (dic[w], w), ' '.join(words + list(tail))))
                break
    return out


# ---------------------------------------------------------------- script
def phonemes(w):
    w = w.lower().replace('ck', 'k')
    w = re.sub(r'(.)\1+', r'\1', w)
    out, i = [], 0
    while i < len(w):
        two = w[i:i + 2]
        if two in ('sh', 'ch', 'kh', 'zh', 'ts', 'ph', 'th', 'gh'):
            out.append(two); i += 2; continue
        c = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ''
        if c == 'c':
            out.append('s' if nxt and nxt in 'eiy' else 'k')
        elif c == 'y':
            out.append('y' if nxt and nxt in VOW else 'i')
        else:
            out.append(c)
        i += 1
    return out


L = unicodedata.lookup
COPTIC = {k: ''.join(L('COPTIC SMALL LETTER ' + n) for n in v.split('+')) for k, v in {
    'a': 'ALFA', 'b': 'VIDA', 'v': 'VIDA', 'g': 'GAMMA', 'gh': 'GAMMA', 'd': 'DALDA', 'e': 'EIE', 'z': 'ZATA',
    'zh': 'ZATA', 'h': 'HORI', 'th': 'THETHE', 'i': 'IAUDA', 'y': 'IAUDA', 'k': 'KAPA', 'q': 'KAPA', 'kh': 'KHEI',
    'l': 'LAULA', 'm': 'MI', 'n': 'NI', 'x': 'KSI', 'o': 'O', 'p': 'PI', 'ph': 'FI', 'f': 'FEI', 'r': 'RO',
    's': 'SIMA', 'sh': 'SHEI', 't': 'TAU', 'ts': 'TAU+SIMA', 'u': 'O+UA', 'w': 'O+UA', 'ch': 'SHIMA', 'j': 'GANGIA'}.items()}
SYR = {k: ''.join(L('SYRIAC LETTER ' + n) for n in v.split('+')) for k, v in {
    'b': 'BETH', 'v': 'BETH', 'g': 'GAMAL', 'gh': 'GAMAL', 'j': 'GAMAL', 'd': 'DALATH', 'h': 'HE', 'w': 'WAW',
    'z': 'ZAIN', 'zh': 'ZAIN', 'kh': 'HETH', 't': 'TAW', 'th': 'TAW', 'y': 'YUDH', 'k': 'KAPH', 'l': 'LAMADH',
    'm': 'MIM', 'n': 'NUN', 's': 'SEMKATH', 'p': 'PE', 'f': 'PE', 'ph': 'PE', 'ts': 'SADHE', 'q': 'QAPH',
    'r': 'RISH', 'sh': 'SHIN', 'ch': 'TAW+SHIN', 'x': 'KAPH+SEMKATH',
    'a': 'ALAPH', 'e': 'YUDH', 'i': 'YUDH', 'o': 'WAW', 'u': 'WAW'}.items()}
ALAPH = L('SYRIAC LETTER ALAPH')
SCRIPT_RANGES = {'Coptic': [(0x2C80, 0x2CFF), (0x03E2, 0x03EF)], 'Syriac': [(0x0710, 0x074F)]}


def render(word, script):
    ph = phonemes(word)
    if script == 'Coptic':
        return ''.join(COPTIC.get(p, '') for p in ph)
    out = []
    for k, p in enumerate(ph):
        if k == 0 and p in VOW and p != 'a':
            out.append(ALAPH)
        out.append(SYR.get(p, ''))
    return ''.join(out)


def script_words(name):
    body, tail = split_legal(name)
    words = []
    for t in body:
        if re.search(r"[\d'\"\u2018\u2019`]", t) or any(ord(c) > 127 for c in t):
            continue
        for part in t.split('-'):
            p = re.sub('[^A-Za-z]', '', part)
            if p and p.lower() not in lib.CORE_DROP:
                words.append(p)
    if not (1 <= len(words) <= 4) or (len(words) == 1 and len(words[0]) < 7):
        return None
    return words


def gen_script(e, d):
    ws = script_words(e['name'])
    if not ws:
        return []
    return [(s, '(letter by letter)', ' '.join(render(w, s) for w in ws)) for s in ('Coptic', 'Syriac')]


def script_errors(shape, q):
    err = []
    if lib.has_latin(q):
        err.append('script: Latin letters')
    rng = SCRIPT_RANGES.get(shape)
    if rng is None:
        return err + ['script: unknown script']
    bad = [c for c in q if c != ' ' and not any(a <= ord(c) <= b for a, b in rng)]
    if bad:
        err.append('script: foreign code points %r' % ''.join(bad[:5]))
    if not q.strip():
        err.append('script: empty')
    return err


# ---------------------------------------------------------------- parent, messy, aka
UNITS = [('Faroese `deild í`', 'deild í', True), ('West Frisian `filiaal yn`', 'filiaal yn', True),
         ('Maori `peka ki`', 'peka ki', True), ('Tahitian `amaa i`', 'amaa i', True),
         ('Cebuano `sangay sa`', 'sangay sa', True), ('Chamorro `rama gi`', 'rama gi', True),
         ('Nahuatl `imacpal ipan`', 'imacpal ipan', True), ('Scottish Gaelic `meur ann an`', 'meur ann an', True),
         ('Welsh `cangen yn`', 'cangen yn', True), ('Maltese `fergħa ġewwa`', 'fergħa ġewwa', True),
         ('Basque `sukurtsala`', 'sukurtsala', False), ('Icelandic `útibú í`', 'útibú í', True),
         ('English `liaison desk`', 'liaison desk', False), ('English `back office`', 'back office', False)]


def city_of(e, d):
    c = d.city.get(e['ent'])
    if not c:
        return None
    if len(c) > 30:
        c = c.split(',')[0].strip()
    return c or None


def gen_parent(e, d):
    c = city_of(e, d)
    if not c:
        return []
    n = display(e['name'])
    return [(s, None, ('%s %s %s' % (n, u, c)) if before else ('%s %s %s' % (n, c, u))) for s, u, before in UNITS]


def _edi(s):
    return s.upper().replace('?', '??').replace("'", "?'").replace('+', '?+').replace(':', '?:')


MESSY = [
 ('EDIFACT NAD segment (upper case)', lambda n, c: "NAD+BY+++%s++%s'" % (_edi(n), _edi(c))),
 ('Prolog fact', lambda n, c: "screen_party('%s', '%s')." % (n.replace("'", "''"), c.replace("'", "''"))),
 ('protobuf text format', lambda n, c: 'party { name: "%s" city: "%s" role: COUNTERPARTY }' % (n.replace('"', '\\"'), c)),
 ('spreadsheet formula', lambda n, c: '=COUNTIFS(Names!A:A,"%s",Cities!B:B,"%s")' % (n.replace('"', '""'), c)),
 ('Lua table', lambda n, c: '{ name = "%s", city = "%s", check = true }' % (n.replace('"', '\\"'), c)),
 ('Windows registry value', lambda n, c: '[HKEY_CURRENT_USER\\Software\\Screening] "Party"="%s" "City"="%s"' % (n.replace('"', '\\"'), c)),
 ('chat in Faroese', lambda n, c: 'Hey, kanst tú kanna um %s í %s er á sanktiónslistanum?' % (n, c)),
 ('chat in West Frisian', lambda n, c: 'Hoi, kinsto efkes neigean oft %s út %s op de sanksjelist stiet?' % (n, c)),
 ('chat in Maori', lambda n, c: 'Kia ora, ka taea e koe te tirotiro mēnā kei te rārangi whiu a %s o %s?' % (n, c)),
 ('chat in Welsh', lambda n, c: 'Helo, allet ti wirio a yw %s yn %s ar y rhestr sancsiynau?' % (n, c)),
 ('chat in Scottish Gaelic', lambda n, c: 'Halò, an urrainn dhut sgrùdadh a bheil %s ann an %s air liosta nan smachd-bhannan?' % (n, c)),
 ('chat in Icelandic', lambda n, c: 'Hæ, geturðu athugað hvort %s í %s sé á refsiaðgerðalistanum?' % (n, c)),
 ('chat in Basque', lambda n, c: 'Kaixo, begiratu dezakezu %s (%s) zigor-zerrendan dagoen?' % (n, c)),
 ('chat in Maltese', lambda n, c: "Bonġu, tista' tiċċekkja jekk %s ta' %s hux fil-lista tas-sanzjonijiet?" % (n, c)),
]


def gen_messy(e, d):
    c = city_of(e, d)
    if not c:
        return []
    n = display(e['name'])
    return [(s, None, fn(n, c)) for s, fn in MESSY]


AKA_SHAPE = 'alt.csv `aka` alias'


def gen_aka(e, d):
    return [(AKA_SHAPE, None, a) for t, a in d.alts[e['ent']] if t == 'aka']


GEN = {'aka': gen_aka, 'partial': gen_partial, 'word_order': gen_word_order, 'case': gen_case,
       'legal_form': gen_legal_form, 'punctuation': gen_punctuation, 'abbreviation': gen_abbreviation,
       'typo': gen_typo, 'transliteration': gen_transliteration, 'translation': gen_translation,
       'script': gen_script, 'parent_vs_subsidiary': gen_parent, 'messy': gen_messy}

# shape quotas: None = every item shape at most once
QUOTA = {'aka': {AKA_SHAPE: 12},
         'partial': {s: 4 for s in PARTIAL},
         'word_order': {s: 4 for s in WORD_ORDER},
         'case': {s: 4 for s in CASE},
         'punctuation': {s: 3 for s in PUNCT},
         'typo': {s: 2 for s in TYPO},
         'transliteration': {s: 6 for s in TRANSLIT},
         'script': {'Coptic': 6, 'Syriac': 6},
         'legal_form': {s: 1 for s, _, _ in LEGAL_FORMS},
         'abbreviation': {'`%s`' % a: 1 for a in ABBR},
         'translation': {s: 1 for s in DICT},
         'parent_vs_subsidiary': {s: 1 for s, _, _ in UNITS},
         'messy': {s: 1 for s, _ in MESSY}}


def shape_of(kind, variant):
    for s in sorted(QUOTA.get(kind, {}), key=len, reverse=True):
        if variant == s or variant.startswith(s + ' ('):
            return s
    return None
