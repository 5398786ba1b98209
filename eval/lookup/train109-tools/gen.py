"""train109 generators: one per positive kind. candidates(data, ent, kind) -> [(shape, detail, query)]."""
import re, unicodedata
import lib

# ---------------------------------------------------------------- name parts
SPLIT_LEGAL = set('''CO CO. CORP CORP. CORPORATION COMPANY INC INC. INCORPORATED LTD LTD. LIMITED LLC L.L.C. PLC PJSC OJSC CJSC JSC
OOO ZAO OAO PAO AO TOV FZE FZCO FZC SA S.A. SAS S.A.S. SAC S.A.C. SRL S.R.L. SL S.L. LTDA LTDA. LDA GMBH AG KG BV B.V. NV N.V.
SARL S.A.R.L. S.P.A. SRO S.R.O. AB OY PTE PVT PVT. (PVT.) (PVT) PTY BHD SDN C.V. CV C.A. CA S.C. SC S.C.S. SCS E.U. EU CIA CIA.
P.R. R.I. C.S. (USA) E.I.R.L. EIRL KFT DOO D.O.O. A.D. EOOD OOD S.A.L. SAL R.L. S.P.R. SPR S.A.B. LLP LP L.P. S.A.P.I. S.A.A. E.I.R.L'''.split())
CONNECT = {'DE', 'EN', '&', 'Y', 'E'}
SMALL_EXTRA = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
VOWELS = 'aeiou'


def is_legal_tok(t):
    u = t.upper().rstrip(',')
    return u in SPLIT_LEGAL or bool(re.fullmatch(r'[A-Z]\.', u))


def split_legal(name):
    toks = name.split()
    n = len(toks)
    i = n
    while i > 1 and (is_legal_tok(toks[i - 1]) or (toks[i - 1].upper() in CONNECT and i < n)):
        i -= 1
    while i < n and toks[i].upper() in CONNECT:
        i += 1
    if i < n and toks[i].upper().startswith('CIA') and i > 1 and toks[i - 1].upper() in ('Y', 'E', '&'):
        i -= 1
    return toks[:i], toks[i:]


def tc_tok(t):
    if re.fullmatch(r'(?:[A-Za-z]\.)+[A-Za-z]?,?', t):
        return t
    c = t.rstrip(',')
    if re.fullmatch(r'(?:II|III|IV|VI|VII|VIII|IX|XI|XII)', c):
        return t
    if re.fullmatch(r'[B-DF-HJ-NP-TV-Z]{2,4}', c):
        return t
    out = []
    for j, ch in enumerate(t):
        if ch.isalpha():
            prev = t[j - 1] if j else ''
            if prev and (prev.isalnum() or (prev in "'\u2019" and j >= 2 and t[j - 2].isalpha())):
                out.append(ch.lower())
            else:
                out.append(ch.upper())
        else:
            out.append(ch)
    return ''.join(out)


def display(name):
    body, legal = split_legal(name)
    return ' '.join([tc_tok(t) for t in body] + legal)


def plain(t):
    return bool(re.fullmatch(r'[A-Za-z]+', t.rstrip(',')))


def is_small(t):
    c = t.rstrip(',')
    lw = c.lower()
    if not re.fullmatch(r'[A-Za-z]+', c):
        return True
    if len(c) <= 2 or lw in lib.FILLER or lw in SMALL_EXTRA:
        return True
    if re.fullmatch(r'[IVXLC]+', c.upper()) and re.fullmatch(r'(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIV|XV|XX)', c.upper()):
        return True
    return False


def name_words(body):
    return [t.rstrip(',') for t in body if plain(t) and not is_small(t)]


def has_sep(body):
    return any(t in ('/', '-', '&', '+') for t in body)


def longest(words):
    best = None
    for w in words:
        if best is None or len(w) > len(best):
            best = w
    return best


def tcw(w):
    return tc_tok(w)


# ---------------------------------------------------------------- partial
PARTIAL_SHAPES = ['all name words but the first, legal form kept',
                  'the first two name words, legal form dropped',
                  'the second and last name words, legal form dropped']


def gen_partial(data, ent, rec):
    body, legal = split_legal(rec['name'])
    if has_sep(body):
        return []
    nw = name_words(body)
    if len(nw) < 3:
        return []
    out = []
    leg = (' ' + ' '.join(legal)) if legal else ''
    out.append((PARTIAL_SHAPES[0], '', ' '.join(tcw(w) for w in nw[1:]) + leg))
    out.append((PARTIAL_SHAPES[1], '', ' '.join(tcw(w) for w in nw[:2])))
    out.append((PARTIAL_SHAPES[2], '', ' '.join(tcw(w) for w in [nw[1], nw[-1]])))
    return out


# ---------------------------------------------------------------- word order
WO_SHAPES = ['name words rotated right by one (the last name word moved to the first name-word slot)',
             'last two name words swapped (the others in place)',
             'name words stably sorted by length, longest first']


def gen_word_order(data, ent, rec):
    body, legal = split_legal(rec['name'])
    if not body or not all(plain(t) for t in body):
        return []
    bare = [t.rstrip(',') for t in body]
    commas = [t.endswith(',') for t in body]
    slots = [i for i, t in enumerate(body) if not is_small(t)]
    if len(slots) < 3 or any(len(bare[i]) < 3 for i in slots):
        return []
    words = [bare[i] for i in slots]
    perms = [words[-1:] + words[:-1],
             words[:-2] + [words[-1], words[-2]],
             sorted(words, key=lambda w: -len(w))]
    out = []
    for shape, p in zip(WO_SHAPES, perms):
        if p == words:
            continue
        nb = list(bare)
        for i, w in zip(slots, p):
            nb[i] = w
        toks = [tcw(w) + (',' if commas[i] else '') for i, w in enumerate(nb)]
        out.append((shape, '', ' '.join(toks + legal)))
    return out


# ---------------------------------------------------------------- legal form
LEGAL_FORMS = [  # (country, form, in front)
    ('Danish', 'IVS', False), ('Finnish', 'Ky', False), ('Icelandic', 'sf.', False), ('German', 'OHG', False),
    ('Polish', 'S.K.A.', False), ('Czech', 'k.s.', False),
    ('Hungarian', 'Zrt.', False), ('Italian', 'S.a.p.a.', False), ('Spanish', 'S.L.L.', False), ('Uzbek', 'MChJ', True),
    ('Vietnamese', 'HTX', True), ('Egyptian', 'S.A.E.', False), ('American', 'PLLC', False),
    ('Indian', 'OPC', False), ('Hungarian', 'Bt.', False), ('Norwegian', 'ANS', False),
]


def lf_shape(country, form, front):
    return '%s `%s`%s' % (country, form, ' (in front)' if front else '')


def gen_legal_form(data, ent, rec):
    body, legal = split_legal(rec['name'])
    if not body or any(is_legal_tok(t) or ('.' in t) for t in body):
        return []
    if not any(plain(t) and len(t.rstrip(',')) >= 3 and t.rstrip(',').lower() not in lib.FILLER for t in body):
        return []
    b = ' '.join(tc_tok(t) for t in body).rstrip(',')
    out = []
    for country, form, front in LEGAL_FORMS:
        q = (form + ' ' + b) if front else (b + ' ' + form)
        out.append((lf_shape(country, form, front), '', q))
    return out


# ---------------------------------------------------------------- punctuation
PUNCT_SHAPES = ['`@` for the first a after the first letter of the longest name word that has one',
                '`$` for the first s likewise',
                '`*` after the third letter of the longest name word (at least 5 letters)',
                '`:` before the last two letters of the longest name word (at least 5 letters)']
PUNCT_SIGNS = '@$*:'


def gen_punctuation(data, ent, rec):
    if any(c in rec['name'] for c in PUNCT_SIGNS):
        return []
    body, legal = split_legal(rec['name'])
    disp = [tc_tok(t) for t in body]
    idx = [i for i, t in enumerate(body) if plain(t) and not is_small(t)]
    if not idx:
        return []
    order = sorted(idx, key=lambda i: -len(body[i].rstrip(',')))  # stable: first longest first
    out = []
    for shape, letter, sign in ((PUNCT_SHAPES[0], 'a', '@'), (PUNCT_SHAPES[1], 's', '$')):
        for i in order:
            w = disp[i]
            j = w.lower().find(letter, 1)
            if j > 0 and w[j].isalpha():
                nd = list(disp)
                nd[i] = w[:j] + sign + w[j + 1:]
                out.append((shape, 'in ' + w.rstrip(','), ' '.join(nd + legal)))
                break
    i = order[0]
    w = disp[i]
    wl = w.rstrip(',')
    if len(wl) >= 5:
        nd = list(disp)
        nd[i] = w[:3] + '*' + w[3:]
        out.append((PUNCT_SHAPES[2], 'in ' + wl, ' '.join(nd + legal)))
        nd = list(disp)
        nd[i] = wl[:-2] + ':' + wl[-2:] + w[len(wl):]
        out.append((PUNCT_SHAPES[3], 'in ' + wl, ' '.join(nd + legal)))
    return out


# ---------------------------------------------------------------- abbreviation
ABBR = {  # WORD -> short form
    'COMERCIALIZADORA': 'Comercializ.', 'DISTRIBUIDORA': 'Distrib.', 'CONSTRUCCIONES': 'Construc.',
    'TRANSPORTES': 'Transps.', 'AGROPECUARIA': 'Agrop.', 'IMPORTADORA': 'Importad.', 'EXPORTADORA': 'Exportad.',
    'PROMOTORA': 'Promot.', 'ADMINISTRADORA': 'Admin.', 'AGRICOLA': 'Agric.', 'NACIONAL': 'Nal.', 'FINANCIERA': 'Financ.',
    'DESARROLLOS': 'Desarr.', 'MAQUINARIA': 'Maq.', 'COMBUSTIBLES': 'Comb.', 'GASOLINERA': 'Gasol.', 'AVIACION': 'Aviac.',
    'INGENIERIA': 'Ingen.', 'OPERADORA': 'Operad.', 'MERCANTIL': 'Merc.', 'PESQUERA': 'Pesq.', 'INVERSIONES': 'Invers.',
    'SERVICIOS': 'Servic.', 'INDUSTRIAS': 'Indus.', 'INDUSTRIAL': 'Indstl.', 'ENGINEERING': 'Engg.',
    'ORGANIZATION': 'Orgn.', 'NATIONAL': 'Natl.', 'AIRCRAFT': 'Acft.', 'COMMISSION': 'Commn.',
    'GENERAL': 'Genl.', 'STEEL': 'Stl.', 'FOREIGN': 'Frgn.', 'ECONOMIC': 'Econ.', 'COMMUNICATIONS': 'Commns.',
    'BATTALION': 'Bn.', 'REGIMENT': 'Regt.', 'REVOLUTIONARY': 'Revol.', 'LIBERATION': 'Libn.', 'ELECTRIC': 'Elect.',
    'EXPORT': 'Expt.', 'IMPORT': 'Impt.', 'INTELLIGENCE': 'Intell.', 'COOPERATIVE': 'Coop.', 'FACTORY': 'Fcty.',
    'HOSPITAL': 'Hosp.', 'MARITIME': 'Marit.', 'AGRICULTURAL': 'Agricl.', 'PETROLEUM': 'Petr.', 'SHIPPING': 'Shipg.',
    'TECHNOLOGY': 'Technol.', 'BROADCASTING': 'Bcstg.', 'ELECTRONICS': 'Electr.', 'FORCES': 'Fcs.', 'COMMAND': 'Cmd.',
    'CHARITABLE': 'Charit.', 'HUMANITARIAN': 'Humanit.', 'INSURANCE': 'Insce.', 'OPERATIONS': 'Ops.',
    'BUILDING': 'Bldg.', 'PRODUCTION': 'Prodtn.', 'TRANSPORTATION': 'Transpn.', 'ASSOCIATES': 'Assocs.',
}


def gen_abbreviation(data, ent, rec):
    body, legal = split_legal(rec['name'])
    for i, t in enumerate(body):
        u = t.rstrip(',').upper()
        if u in ABBR:
            ab = ABBR[u]
            disp = [tc_tok(x) for x in body]
            disp[i] = ab + (',' if t.endswith(',') else '')
            return [('short form', '`%s` for %s' % (ab, u), ' '.join(disp + legal))]
    return []


# ---------------------------------------------------------------- script
OSAGE = {'a': 'A', 'b': 'BRA', 'k': 'KA', 'q': 'KA', 'hc': 'KA', 'sc': 'SA', 's': 'SA', 'ch': 'CHA', 'd': 'DHA',
         'dh': 'DHA', 'e': 'E', 'f': 'EHPA', 'ph': 'EHPA', 'g': 'GHA', 'gh': 'GHA', 'h': 'HA', 'i': 'I', 'vy': 'I',
         'cy': 'HYA', 'j': 'TSHA', 'kh': 'KHA', 'l': 'LA', 'r': 'LA', 'm': 'MA', 'n': 'NA', 'o': 'O', 'p': 'PA',
         'sh': 'SHA', 't': 'TA', 'th': 'EHTA', 'ts': 'TSA', 'u': 'U', 'v': 'WA', 'w': 'WA', 'x': 'KA+SA', 'z': 'ZA',
         'zh': 'ZHA', 'ng': 'NA+GHA'}
GOTHIC = {'a': 'AHSA', 'b': 'BAIRKAN', 'hc': 'KUSMA', 'sc': 'SAUIL', 'ch': 'IGGWS', 'd': 'DAGS', 'dh': 'DAGS',
          'e': 'AIHVUS', 'f': 'FAIHU', 'ph': 'FAIHU', 'g': 'GIBA', 'gh': 'GIBA', 'h': 'HAGL', 'i': 'EIS', 'vy': 'EIS',
          'cy': 'JER', 'j': 'JER', 'k': 'KUSMA', 'kh': 'IGGWS', 'l': 'LAGUS', 'm': 'MANNA', 'n': 'NAUTHS', 'o': 'OTHAL',
          'p': 'PAIRTHRA', 'q': 'QAIRTHRA', 'r': 'RAIDA', 's': 'SAUIL', 'sh': 'SAUIL+HAGL', 't': 'TEIWS',
          'th': 'THIUTH', 'ts': 'TEIWS+SAUIL', 'u': 'URUS', 'v': 'WINJA', 'w': 'WINJA', 'x': 'KUSMA+SAUIL',
          'z': 'IUJA', 'zh': 'IUJA+HAGL'}
SCRIPTS = {  # shape -> (table, unicode name prefix, block range)
    'Osage (small letters)': (OSAGE, 'OSAGE SMALL LETTER ', (0x104B0, 0x104FF)),
    'Gothic': (GOTHIC, 'GOTHIC LETTER ', (0x10330, 0x1034F)),
}
DIGRAPHS = ['zh', 'ts', 'ch', 'sh', 'th', 'ph', 'kh', 'gh', 'dh', 'ng']


def script_words(name):
    body, legal = split_legal(name)
    words = []
    for t in body:
        for part in t.rstrip(',').split('-'):
            if not re.fullmatch(r'[A-Za-z]+', part) or len(part) < 2:
                continue
            if part.lower() in lib.FILLER:
                continue
            w = part.lower().replace('ck', 'k')
            w = re.sub(r'(.)\1+', r'\1', w)
            words.append(w)
    words = words[:4]
    if not words or (len(words) < 2 and len(words[0]) < 7):
        return []
    return words


def render(word, table, prefix):
    out = []
    i = 0
    while i < len(word):
        two = word[i:i + 2]
        if two in DIGRAPHS and two in table:
            keyname = two
            i += 2
        else:
            c = word[i]
            nxt = word[i + 1] if i + 1 < len(word) else ''
            if c == 'c':
                keyname = 'sc' if nxt in 'eiy' and nxt else 'hc'
            elif c == 'y':
                keyname = 'cy' if nxt and nxt in VOWELS else 'vy'
            else:
                keyname = c
            i += 1
        for part in table[keyname].split('+'):
            out.append(unicodedata.lookup(prefix + part))
    return ''.join(out)


def gen_script(data, ent, rec):
    words = script_words(rec['name'])
    if not words:
        return []
    out = []
    for shape, (table, prefix, _) in SCRIPTS.items():
        out.append((shape, '', ' '.join(render(w, table, prefix) for w in words)))
    return out


def script_errors(shape, q):
    lo, hi = SCRIPTS[shape][2]
    errs = []
    for ch in q:
        if ch == ' ':
            continue
        if not (lo <= ord(ch) <= hi):
            errs.append('code point U+%04X outside the %s block' % (ord(ch), shape))
    return errs


# ---------------------------------------------------------------- transliteration
def _pass(word, rules, final):
    lw = word.lower()
    for suf, rep in final:
        if lw.endswith(suf):
            head = lw[:-len(suf)]
            return _pass_inner(head, rules) + rep
    return _pass_inner(lw, rules)


def _pass_inner(lw, rules):
    out = []
    i = 0
    while i < len(lw):
        done = False
        for pat, rep in rules:
            if lw.startswith(pat, i):
                if callable(rep):
                    r = rep(lw, i)
                else:
                    r = rep
                out.append(r)
                i += len(pat)
                done = True
                break
        if not done:
            out.append(lw[i])
            i += 1
    return ''.join(out)


def _c(soft, hard):
    return lambda w, i: soft if i + 1 < len(w) and w[i + 1] in 'eiy' else hard


def _y(cons, vow):
    return lambda w, i: cons if i + 1 < len(w) and w[i + 1] in VOWELS else vow


GERMAN = ([('sch', 'sch'), ('tch', 'tsch'), ('sh', 'sch'), ('ch', 'tsch'), ('zh', 'sch'), ('kh', 'ch'), ('ph', 'f'),
           ('th', 't'), ('qu', 'kw'), ('ck', 'k'), ('ts', 'z'), ('ee', 'ie'), ('oo', 'u'), ('j', 'dsch'), ('q', 'k'),
           ('c', _c('z', 'k')), ('v', 'w'), ('x', 'ks'), ('z', 's'), ('y', _y('j', 'i'))],
          [('tions', 'zionen'), ('tion', 'zion')])
HUNGARIAN = ([('tch', 'cs'), ('sch', 's'), ('sh', 's'), ('ch', 'cs'), ('zh', 'zs'), ('kh', 'h'), ('ph', 'f'),
              ('th', 't'), ('qu', 'kv'), ('ck', 'k'), ('ts', 'c'), ('ee', '\u00ed'), ('oo', '\u00fa'), ('j', 'dzs'),
              ('q', 'k'), ('c', _c('sz', 'k')), ('s', 'sz'), ('w', 'v'), ('x', 'ksz'), ('y', _y('j', 'i'))],
             [('tions', 'ci\u00f3k'), ('tion', 'ci\u00f3')])
TRANSLIT = {'German-style spelling': GERMAN, 'Hungarian-style spelling': HUNGARIAN}


def translit_word(w, style):
    rules, final = TRANSLIT[style]
    if len(w) <= 4 or not w.isalpha() or w.isupper() or w.lower() in lib.FILLER:
        return w
    r = _pass(w, rules, final)
    return r[0].upper() + r[1:] if w[0].isupper() else r


def gen_transliteration(data, ent, rec):
    body, legal = split_legal(rec['name'])
    disp = [tc_tok(t) for t in body]
    out = []
    for style in TRANSLIT:
        nd = []
        for t in disp:
            trail = ',' if t.endswith(',') else ''
            parts = t.rstrip(',').split('-')
            nd.append('-'.join(translit_word(p, style) for p in parts) + trail)
        out.append((style, '', ' '.join(nd + legal)))
    return out


# ---------------------------------------------------------------- translation
EN_WORDS = ['SHIPPING', 'OIL', 'INDUSTRIES', 'INDUSTRIAL', 'INVESTMENT', 'DEVELOPMENT', 'ENGINEERING', 'ENERGY',
            'ELECTRONICS', 'STEEL', 'AVIATION', 'AIRLINES', 'INSURANCE', 'MINING', 'CHEMICAL', 'TECHNOLOGY',
            'COMMERCIAL', 'MACHINERY', 'CONSTRUCTION', 'SERVICES', 'EXCHANGE', 'PETROCHEMICAL', 'CHARITY', 'FOUNDATION']
DICTS = {
    'Danish': 'Skibsfart Olie Industrier Industriel Investering Udvikling Ingeni\u00f8rvirksomhed Energi Elektronik St\u00e5l '
              'Luftfart Flyselskab Forsikring Minedrift Kemisk Teknologi Kommerciel Maskiner Byggeri Tjenester Veksel '
              'Petrokemisk Velg\u00f8renhed Fond',
    'Slovak': 'Plavba Ropa Priemysel Priemyseln\u00e1 Invest\u00edcie Rozvoj Stroj\u00e1rstvo Energia Elektronika Oce\u013e '
              'Letectvo Aerol\u00ednie Pois\u0165ov\u0148a Ban\u00edctvo Chemick\u00e1 Technol\u00f3gia Obchodn\u00e1 Stroj\u00e1rne '
              'Stavebn\u00edctvo Slu\u017eby Zmen\u00e1re\u0148 Petrochemick\u00e1 Charita Nad\u00e1cia',
    'Albanian': 'Lundrim Naft\u00eb Industri Industriale Investim Zhvillim Inxhinieri Energji Elektronik\u00eb \u00c7elik Aviacion '
                'Ajrore Sigurime Miniera Kimike Teknologji Tregtare Makineri Nd\u00ebrtim Sh\u00ebrbime K\u00ebmbim Petrokimike '
                'Bamir\u00ebsi Fondacion',
    'Indonesian': 'Pelayaran Minyak Industri Perindustrian Investasi Pembangunan Rekayasa Energi Elektronika Baja '
                  'Penerbangan Maskapai Asuransi Pertambangan Kimia Teknologi Niaga Mesin Konstruksi Layanan Penukaran '
                  'Petrokimia Amal Yayasan',
    'Hausa': "Jiragen_Ruwa Mai Masana'antu Masana'antu Zuba-Jari Ci-Gaba Injiniya Makamashi Lantarki Karfe Jirgin_Sama "
             "Kamfanin_Jirgi Inshora Hakar_Ma'adinai Sinadarai Fasaha Kasuwanci Injuna Gine-Gine Ayyuka Musaya - "
             "Sadaka Gidauniya",
    'Somali': "Maraakiib Saliid Warshado Warshadaha Maalgashi Horumar Injineernimo Tamar Elektaroonig Bir Duulis "
              "Diyaaradaha Caymis Macdan Kiimiko Tignoolajiyad Ganacsi Mashiinno Dhisme Adeeg Sarrif - Samafal Hay'ad",
    'Xhosa': 'Iinqanawa Ioli Amashishini Ezamashishini Utyalomali Uphuhliso Ubunjineli Amandla Izixhobo Intsimbi '
             'Inqwelomoya Iinqwelomoya Inshorensi Imigodi Iikhemikhali Ubuchwepheshe Urhwebo Oomatshini Ulwakhiwo '
             'Iinkonzo Utshintshiselwano - Uncedo Isiseko',
    'Shona': 'Ngarava - Maindasitiri Zvemaindasitiri Kudyara Budiriro Uinjiniya Simba Magetsi Simbi Ndege Zvendege '
             'Inishuwarenzi Migodhi Makemikari Tekinoroji Kutengeserana Michina Kuvaka Masevhisi Kuchinjana - '
             'Rubatsiro Sangano',
    'Kinyarwanda': "Amato Amavuta Inganda Z'inganda Ishoramari Iterambere Ubuhanga Ingufu Elegitoroniki Icyuma Indege "
                   "Z'indege Ubwishingizi Ubucukuzi Imiti Ikoranabuhanga Ubucuruzi Imashini Ubwubatsi Serivisi "
                   "Ivunjisha - Ubugiraneza Fondasiyo",
    'Kurdish': 'Ke\u015ft\u00eevan\u00ee Neft P\u00ee\u015fesaz\u00ee P\u00ee\u015fesaziy\u00ea Veberh\u00eanan P\u00ea\u015fketin '
               'Endezyar\u00ee Enerj\u00ee Elektron\u00eek Pola Firokevan\u00ee Firokexane B\u00eeme Kanzan\u00ee K\u00eemyay\u00ee '
               'Teknoloj\u00ee Bazirgan\u00ee Mak\u00eene Avakirin Xizmet Guhertin - X\u00earxwaz\u00ee Weqf',
    'Uzbek': "Kemachilik Neftь Sanoat Sanoatchilik Investitsiya Rivojlanish Muhandislik Energetika Elektronika Po'lat "
             "Aviatsiya Havo_Yo'llari Sug'urta Konchilik Kimyo Texnologiya Tijorat Mashinasozlik Qurilish Xizmatlar "
             "Ayirboshlash - Xayriya Jamg'arma",
    'Kazakh': "Keme\u015filik Munai \u00d6nerk\u00e4sip \u00d6nerk\u00e4siptik Investisiia Damu Injeneriia Energetika_Salasy "
              "Elektronika_Jasau Bolat Aviasiia \u00c4ue_Joldary Saqtandyru Tau-Ken Himiia Tehnologiia Sauda "
              "Mashina_Jasau Qurylys Qyzmetter Aiyrbas - Qaiyrymdylyq Qor",
}
TRANS = {}
for _lang, _s in DICTS.items():
    _ws = _s.split()
    assert len(_ws) == len(EN_WORDS), (_lang, len(_ws))
    TRANS[_lang] = {en: w.replace('_', ' ') for en, w in zip(EN_WORDS, _ws) if w != '-' and 'ь' not in w}
LANGS = list(DICTS)


def _prefix_clash(a, b):
    fa, fb = lib.full(a).replace(' ', ''), lib.full(b).replace(' ', '')
    return fa.startswith(fb) or fb.startswith(fa)


def gen_translation(data, ent, rec):
    body, legal = split_legal(rec['name'])
    out = []
    for lang in LANGS:
        d = TRANS[lang]
        for i, t in enumerate(body):
            u = t.rstrip(',').upper()
            if u in d:
                tr = d[u]
                if _prefix_clash(tr, u):
                    break
                disp = [tc_tok(x) for x in body]
                disp[i] = tr + (',' if t.endswith(',') else '')
                out.append((lang, '`%s` for %s' % (tr, u), ' '.join(disp + legal)))
                break
    return out


# ---------------------------------------------------------------- parent_vs_subsidiary
UNITS = [('Danish', 'filial i', False), ('Slovak', 'pobo\u010dka v', False), ('Albanian', 'deg\u00eb n\u00eb', False),
         ('Indonesian', 'cabang di', False), ('Hausa', 'reshe a', False), ('Somali', 'laanta', False),
         ('Xhosa', 'isebe e', False), ('Shona', 'bazi re', False), ('Kinyarwanda', 'ishami rya', False),
         ('Kurdish', '\u015faxa li', False), ('Uzbek', 'filiali', True), ('Kazakh', 'filialy', True)]


def unit_shape(lang, unit, after):
    return '%s `%s`%s' % (lang, unit, ' (after the city)' if after else '')


def gen_parent(data, ent, rec):
    city = data.city_of(ent)
    if not city:
        return []
    d = display(rec['name'])
    out = []
    for lang, unit, after in UNITS:
        q = (d + ' ' + city + ' ' + unit) if after else (d + ' ' + unit + ' ' + city)
        out.append((unit_shape(lang, unit, after), 'city ' + city, q))
    return out


# ---------------------------------------------------------------- typo
TYPO_SHAPES = ['OCR `1` for l', 'OCR `ii` for u', '`u` typed for i', '`d` typed for s',
               'fourth and fifth letters of the longest word swapped', 'second letter of the longest word dropped']


def gen_typo(data, ent, rec):
    body, legal = split_legal(rec['name'])
    disp = [tc_tok(t) for t in body]
    cand = [i for i, t in enumerate(disp)
            if re.fullmatch(r'[A-Z][a-z]{4,},?', t) and not is_legal_tok(body[i])]
    if not cand:
        return []
    order = sorted(cand, key=lambda i: -len(disp[i].rstrip(',')))
    out = []
    for shape, a, b in ((TYPO_SHAPES[0], 'l', '1'), (TYPO_SHAPES[1], 'u', 'ii'), (TYPO_SHAPES[2], 'i', 'u'),
                        (TYPO_SHAPES[3], 's', 'd')):
        for i in order:
            w = disp[i]
            j = w.find(a, 1)
            if j > 0:
                nd = list(disp)
                nd[i] = w[:j] + b + w[j + 1:]
                out.append((shape, 'in ' + w.rstrip(','), ' '.join(nd + legal)))
                break
    i = order[0]
    w = disp[i]
    wl = w.rstrip(',')
    if len(wl) >= 5 and wl[3] != wl[4]:
        nd = list(disp)
        nd[i] = wl[:3] + wl[4] + wl[3] + wl[5:] + w[len(wl):]
        out.append((TYPO_SHAPES[4], 'in ' + wl, ' '.join(nd + legal)))
    nd = list(disp)
    nd[i] = wl[0] + wl[2:] + w[len(wl):]
    out.append((TYPO_SHAPES[5], 'in ' + wl, ' '.join(nd + legal)))
    return out


# ---------------------------------------------------------------- case
CASE_SHAPES = ['last letter of each word upper, the rest lower',
               'consonants upper, vowels lower',
               'second half of each word upper (the first half, rounded down, lower)']


def _per_word(name, fn):
    parts = re.split(r'(\s+)', name)
    out = []
    for p in parts:
        if not p or p.isspace():
            out.append(p)
            continue
        pos = [i for i, c in enumerate(p) if c.isalpha()]
        chars = list(p)
        for k, i in enumerate(pos):
            chars[i] = fn(chars[i], k, len(pos))
        out.append(''.join(chars))
    return ''.join(out)


def gen_case(data, ent, rec):
    n = rec['name']
    out = [
        (CASE_SHAPES[0], '', _per_word(n, lambda c, k, L: c.upper() if k == L - 1 else c.lower())),
        (CASE_SHAPES[1], '', _per_word(n, lambda c, k, L: c.lower() if c.lower() in VOWELS else c.upper())),
        (CASE_SHAPES[2], '', _per_word(n, lambda c, k, L: c.lower() if k < L // 2 else c.upper())),
    ]
    return [o for o in out if o[2] != n]


# ---------------------------------------------------------------- messy
def _dq(s):
    return s.replace('\\', '\\\\').replace('"', '\\"')


def _sq(s):
    return s.replace('\\', '\\\\').replace("'", "\\'")


MESSY = [
    ('Rust struct literal', lambda n, c: 'Party { name: "%s", city: "%s" }' % (_dq(n), _dq(c))),
    ('Swift initializer', lambda n, c: 'Party(name: "%s", city: "%s")' % (_dq(n), _dq(c))),
    ('Julia named tuple', lambda n, c: '(name = "%s", city = "%s")' % (_dq(n), _dq(c))),
    ('R list', lambda n, c: 'list(name = "%s", city = "%s")' % (_dq(n), _dq(c))),
    ('Perl hash (single quotes escaped)', lambda n, c: "my %%party = (name => '%s', city => '%s');" % (_sq(n), _sq(c))),
    ('PHP array (single quotes escaped)', lambda n, c: "['name' => '%s', 'city' => '%s']" % (_sq(n), _sq(c))),
    ('Racket association list', lambda n, c: "'((name . \"%s\") (city . \"%s\"))" % (_dq(n), _dq(c))),
    ('Ruby hash', lambda n, c: '{ name: "%s", city: "%s" }' % (_dq(n), _dq(c))),
    ('chat in Danish', lambda n, c: 'Har I nogen oplysninger om firmaet %s i %s?' % (n, c)),
    ('chat in Slovak', lambda n, c: 'M\u00e1te nejak\u00e9 inform\u00e1cie o spolo\u010dnosti %s so s\u00eddlom v %s?' % (n, c)),
    ('chat in Albanian', lambda n, c: 'A keni ndonj\u00eb informacion p\u00ebr kompanin\u00eb %s me seli n\u00eb %s?' % (n, c)),
    ('chat in Indonesian', lambda n, c: 'Apakah Anda punya informasi tentang perusahaan %s yang berlokasi di %s?' % (n, c)),
]


def gen_messy(data, ent, rec):
    city = data.city_of(ent)
    if not city:
        return []
    d = display(rec['name'])
    return [(shape, 'city ' + city, f(d, city)) for shape, f in MESSY]


# ---------------------------------------------------------------- aka
def gen_aka(data, ent, rec):
    return [('own aka alias', 'alt_num %d' % num, a) for num, typ, a in rec['alts'] if typ == 'aka']


GENS = {'aka': gen_aka, 'partial': gen_partial, 'word_order': gen_word_order, 'legal_form': gen_legal_form,
        'punctuation': gen_punctuation, 'abbreviation': gen_abbreviation, 'script': gen_script,
        'transliteration': gen_transliteration, 'translation': gen_translation,
        'parent_vs_subsidiary': gen_parent, 'typo': gen_typo, 'case': gen_case, 'messy': gen_messy}
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']

SHAPES = {
    'aka': ['own aka alias'], 'partial': PARTIAL_SHAPES, 'word_order': WO_SHAPES,
    'legal_form': [lf_shape(*x) for x in LEGAL_FORMS], 'punctuation': PUNCT_SHAPES, 'abbreviation': ['short form'],
    'script': list(SCRIPTS), 'transliteration': list(TRANSLIT), 'translation': LANGS,
    'parent_vs_subsidiary': [unit_shape(*x) for x in UNITS], 'typo': TYPO_SHAPES, 'case': CASE_SHAPES,
    'messy': [m[0] for m in MESSY]}
# kinds whose shapes share the 12 rows evenly; kinds whose items are used at most once
PER_SHAPE = {'partial': 4, 'word_order': 4, 'punctuation': 3, 'script': 6, 'transliteration': 6, 'typo': 2, 'case': 4}
ONCE_KINDS = {'legal_form', 'translation', 'parent_vs_subsidiary', 'messy'}
NARC_ONLY = {'partial', 'word_order', 'legal_form', 'punctuation'}
NARC_MAX_ABBR = 2


def candidates(data, ent, kind):
    return GENS[kind](data, ent, data.sdn[ent])


def variant(shape, detail):
    return shape + (' (%s)' % detail if detail else '')


def split_variant(kind, v):
    for s in sorted(SHAPES[kind], key=len, reverse=True):
        if v == s:
            return s, ''
        if v.startswith(s + ' (') and v.endswith(')'):
            return s, v[len(s) + 2:-1]
    return None, None
