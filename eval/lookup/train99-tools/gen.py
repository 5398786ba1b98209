"""train99 generators: one per positive kind, shapes, quotas, item lists (written from scratch for this set)."""
import re, unicodedata
import lib
from lib import full, key, FILLER, LEGAL_FORMS, SMALL_EXTRA, APOS

VOW = set('aeiou')

def norm_tok(t):
    return re.sub(r'[^a-z0-9]', '', t.lower())

def is_roman(w):
    w = w.lower()
    return bool(w) and bool(re.fullmatch(r'(x{0,3})(ix|iv|v?i{0,3})', w))

def is_legal_tok(t):
    if t.rstrip(',') in ('S.', 'S.P.R.'):
        return True
    n = norm_tok(t)
    return n in LEGAL_FORMS and n not in ('sociedad', 'anonima', 'limitada')

def split_legal(name):
    """(body tokens, trailing legal tokens)"""
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if is_legal_tok(t):
            i -= 1; continue
        if t.upper() in ('DE', 'EN') and i < len(toks) and i - 1 >= 2 and is_legal_tok(toks[i - 2]):
            i -= 1; continue
        if t.upper() == 'Y' and i < len(toks) and toks[i].upper().startswith('CIA') and i - 1 >= 1:
            i -= 1; continue
        break
    return toks[:i], toks[i:]

def tc_tok(t):
    letters = re.sub(r'[^A-Za-z]', '', t)
    if re.fullmatch(r'(?:[A-Za-z]\.)+[A-Za-z]?,?', t):
        return t
    if letters and letters == letters.upper():
        if len(letters) <= 4 and is_roman(letters) and letters.upper() == re.sub(r'[^A-Za-z]', '', t):
            return t
        if 2 <= len(letters) <= 4 and not (set(letters.lower()) & set('aeiouy')) and re.fullmatch(r'[A-Za-z]+,?', t):
            return t
        if norm_tok(t) in LEGAL_FORMS and len(letters) <= 5 and re.fullmatch(r'[A-Za-z.()]+,?', t):
            return t
    out, prev = [], ''
    for ch in t:
        if ch.isalpha():
            out.append(ch.lower() if (prev.isalpha() or prev.isdigit() or (prev != '' and prev in APOS)) else ch.upper())
        else:
            out.append(ch)
        prev = ch
    return ''.join(out)

def display_parts(name):
    body, legal = split_legal(name)
    return [tc_tok(t) for t in body], legal

def join(body, legal):
    return ' '.join(list(body) + list(legal))

def display(name):
    b, l = display_parts(name)
    return join(b, l)

def is_name_word(t):
    w = t.rstrip(',')
    return bool(re.fullmatch(r'[A-Za-z]+', w)) and len(w) >= 3 and w.lower() not in FILLER \
        and w.lower() not in SMALL_EXTRA and not is_roman(w)

def longest_word(body, pred=lambda w: True):
    best = None
    for i, t in enumerate(body):
        if is_name_word(t) and pred(t.rstrip(',')):
            if best is None or len(t.rstrip(',')) > len(body[best].rstrip(',')):
                best = i
    return best

def _replace_tok(body, i, new):
    t = body[i]
    com = ',' if t.endswith(',') else ''
    b = list(body); b[i] = new + com
    return b

# ---------------- case
CASE_SHAPES = ['consonants upper, vowels lower', 'first letter of each word lower, the rest upper',
               'the longest word upper, the rest lower']
def g_case(rec, data):
    n = rec['name']; out = []
    q = ''.join((c.upper() if c.lower() not in VOW else c.lower()) if c.isalpha() else c for c in n)
    out.append((CASE_SHAPES[0], '', q))
    ws = []
    for w in n.split():
        r, done = [], False
        for c in w:
            if c.isalpha() and not done:
                r.append(c.lower()); done = True
            else:
                r.append(c.upper())
        ws.append(''.join(r))
    out.append((CASE_SHAPES[1], '', ' '.join(ws)))
    toks = n.split()
    li = max(range(len(toks)), key=lambda i: (len(re.sub(r'[^A-Za-z]', '', toks[i])), -i))
    out.append((CASE_SHAPES[2], '', ' '.join(t.upper() if i == li else t.lower() for i, t in enumerate(toks))))
    return out

# ---------------- partial
PARTIAL_SHAPES = ['name words at even positions (2nd, 4th, ...), legal form kept',
                  'the two longest name words in name order, legal form dropped',
                  'name words that start with a consonant, legal form kept']
def partial_words(rec):
    body, legal = display_parts(rec['name'])
    if any(t in ('/', '-', '&', '+') for t in body):
        return None, None
    nw = [t.rstrip(',') for t in body if is_name_word(t)]
    if len(nw) < 3:
        return None, None
    return nw, legal

def g_partial(rec, data):
    nw, legal = partial_words(rec)
    if not nw:
        return []
    out = []
    ev = [w for i, w in enumerate(nw) if i % 2 == 1]
    out.append((PARTIAL_SHAPES[0], '', join(ev, legal)))
    order = sorted(range(len(nw)), key=lambda i: (-len(nw[i]), i))[:2]
    out.append((PARTIAL_SHAPES[1], '', ' '.join(nw[i] for i in sorted(order))))
    cons = [w for w in nw if w[0].lower() not in VOW]
    out.append((PARTIAL_SHAPES[2], '', join(cons, legal)))
    res = []
    for s, d, q in out:
        words = q.split()[:len(q.split()) - (len(legal) if s != PARTIAL_SHAPES[1] else 0)] if q else []
        kept = [w for w in words if is_name_word(w)]
        if not kept or len(kept) >= len(nw):
            continue
        res.append((s, d, q))
    return res

# ---------------- word order
WO_SHAPES = ['name words stably sorted by their third letter, a to z',
             'name words stably sorted by consonant count, fewest first',
             'name words stably sorted by their last letter, z to a']
def g_word_order(rec, data):
    body, legal = display_parts(rec['name'])
    if not all(re.fullmatch(r'[A-Za-z]+', t) for t in body):
        return []
    idx = [i for i, t in enumerate(body) if is_name_word(t)]
    if len(idx) < 3:
        return []
    words = [body[i] for i in idx]
    keys = [lambda w: w[2].lower(),
            lambda w: sum(1 for c in w.lower() if c not in VOW),
            lambda w: -ord(w[-1].lower())]
    out = []
    for s, kf in zip(WO_SHAPES, keys):
        sw = sorted(words, key=kf)
        if sw == words:
            continue
        b = list(body)
        for i, w in zip(idx, sw):
            b[i] = w
        out.append((s, '', join(b, legal)))
    return out

# ---------------- legal form
LEGAL_ITEMS = [('Macedonian `DOOEL`', 'DOOEL', False), ('Lithuanian `MB`', 'MB', False),
               ('Argentine `S.A.U.`', 'S.A.U.', False), ('Canadian `ULC`', 'ULC', False),
               ('UK `CIC`', 'CIC', False), ('Irish `DAC`', 'DAC', False), ('Australian `NL`', 'NL', False),
               ('Czech `v.o.s.`', 'v.o.s.', False), ('Finnish `Ay`', 'Ay', False), ('Norwegian `ANS`', 'ANS', False),
               ('Kyrgyz `OsOO` (in front)', 'OsOO', True), ('Belarusian `ChUP` (in front)', 'ChUP', True),
               ('Greek `I.K.E.`', 'I.K.E.', False), ('Italian `S.a.p.a.`', 'S.a.p.a.', False),
               ('Swedish `ek. för.`', 'ek. för.', False), ('Turkmen `HJ` (in front)', 'HJ', True)]
def legal_body(rec):
    body, legal = display_parts(rec['name'])
    b = [t.rstrip(',') for t in body]
    if not any(re.fullmatch(r'[A-Za-z]{3,}', t) for t in b):
        return None
    if any(is_legal_tok(t) or '.' in t for t in b):
        return None
    return b
def g_legal_form(rec, data):
    b = legal_body(rec)
    if not b:
        return []
    out = []
    for s, f, front in LEGAL_ITEMS:
        out.append((s, '', f + ' ' + ' '.join(b) if front else ' '.join(b) + ' ' + f))
    return out

# ---------------- punctuation
PUNCT_SHAPES = [('`€` for the first e after the first letter', 'e', '€'),
                ('`†` for the first t after the first letter', 't', '†'),
                ('`~` before the last letter', None, '~'),
                ('`^` after the first letter', None, '^')]
def g_punctuation(rec, data):
    body, legal = display_parts(rec['name'])
    out = []
    for s, letter, sign in PUNCT_SHAPES:
        if letter:
            i = longest_word(body, lambda w, L=letter: L in w[1:].lower())
            if i is None:
                continue
            w = body[i].rstrip(',')
            j = w.lower().index(letter, 1)
            nw = w[:j] + sign + w[j + 1:]
        else:
            i = longest_word(body)
            if i is None:
                continue
            w = body[i].rstrip(',')
            nw = w[:-1] + sign + w[-1] if sign == '~' else w[:1] + sign + w[1:]
        out.append((s, 'in ' + w, join(_replace_tok(body, i, nw), legal)))
    return out

# ---------------- abbreviation
ABBR_ITEMS = [('Drog.', ['DROGUERIA', 'DROGUERIAS']), ('Lab.', ['LABORATORIOS', 'LABORATORIO', 'LABORATORIES', 'LABORATORY']),
              ('Hnos.', ['HERMANOS']), ('Prom.', ['PROMOTORA']), ('Repres.', ['REPRESENTACIONES']),
              ('Transp.', ['TRANSPORTES', 'TRANSPORT', 'TRANSPORTATION']), ('Serv.', ['SERVICIOS', 'SERVICES']),
              ('Sum.', ['SUMINISTROS']), ('Adm.', ['ADMINISTRADORA', 'ADMINISTRACION']), ('Merc.', ['MERCANTIL']),
              ('Farm.', ['FARMACIA', 'FARMACEUTICA']), ('Dist.', ['DISTRIBUIDORA', 'DISTRIBUCIONES']),
              ('Shpg.', ['SHIPPING']), ('Navig.', ['NAVIGATION']), ('Fdn.', ['FOUNDATION']), ('Univ.', ['UNIVERSITY']),
              ('Res.', ['RESEARCH']), ('Ins.', ['INSURANCE']), ('Fin.', ['FINANCIAL', 'FINANCE']),
              ('Assoc.', ['ASSOCIATION', 'ASSOCIATED']), ('Comm.', ['COMMERCIAL', 'COMMUNICATIONS']),
              ('Mil.', ['MILITARY']), ('Coop.', ['COOPERATIVE', 'COOPERATION']), ('Petrochem.', ['PETROCHEMICAL']),
              ('Sys.', ['SYSTEMS', 'SYSTEM']), ('Pwr.', ['POWER']), ('Bldg.', ['BUILDING']),
              ('Tel.', ['TELECOMMUNICATION', 'TELECOMMUNICATIONS', 'TELECOM']), ('Dept.', ['DEPARTMENT']),
              ('Min.', ['MINISTRY']), ('Govt.', ['GOVERNMENT']), ('Intel.', ['INTELLIGENCE']), ('Bde.', ['BRIGADE']),
              ('Div.', ['DIVISION']), ('Matls.', ['MATERIALS']), ('Gds.', ['GOODS']), ('Bn.', ['BATTALION']),
              ('Rgt.', ['REGIMENT'])]
def abbr_shape(a):
    return 'short form `%s`' % a
def g_abbreviation(rec, data):
    body, legal = display_parts(rec['name'])
    out = []
    for a, words in ABBR_ITEMS:
        for i, t in enumerate(body):
            if t.rstrip(',').upper() in words:
                out.append((abbr_shape(a), '`%s` for %s' % (a, t.rstrip(',').upper()), join(_replace_tok(body, i, a), legal)))
                break
    return out

# ---------------- aka
AKA_SHAPE = 'alt.csv alias of type aka'
def g_aka(rec, data):
    return [(AKA_SHAPE, 'alt_num %d' % a['alt_num'], a['name'])
            for a in sorted(data.alts[rec['ent']], key=lambda a: a['alt_num']) if a['type'] == 'aka']

# ---------------- typo
TYPO_SHAPES = [('OCR `rn` for m', 'm', 'rn'), ('OCR `3` for e', 'e', '3'), ('`k` typed for l', 'l', 'k'),
               ('`w` typed for e', 'e', 'w'), ('third letter of the longest word doubled', None, 'dbl3'),
               ('last two letters of the longest word swapped', None, 'swapend')]
def g_typo(rec, data):
    body, legal = display_parts(rec['name'])
    out = []
    for s, letter, how in TYPO_SHAPES:
        if letter:
            i = longest_word(body, lambda w, L=letter: L in w[1:].lower())
            if i is None:
                continue
            w = body[i].rstrip(','); j = w.lower().index(letter, 1)
            nw = w[:j] + how + w[j + 1:]
        else:
            i = longest_word(body)
            if i is None:
                continue
            w = body[i].rstrip(',')
            if how == 'dbl3':
                nw = w[:3] + w[2] + w[3:]
            else:
                if w[-1].lower() == w[-2].lower():
                    continue
                nw = w[:-2] + w[-1] + w[-2]
        out.append((s, 'in ' + w, join(_replace_tok(body, i, nw), legal)))
    return out

# ---------------- transliteration
def _scan(word, rules):
    w = word.lower(); i = 0; out = []
    while i < len(w):
        for pat, rep in rules:
            if not w.startswith(pat, i):
                continue
            if pat == 'c' and rep == 'SOFT':
                continue
            if pat == 'c':
                nxt = w[i + 1:i + 2]
                out.append(rep[0] if nxt in ('e', 'i', 'y') else rep[1]); i += 1; break
            if pat == 'y':
                nxt = w[i + 1:i + 2]
                out.append(rep[0] if nxt in VOW else rep[1]); i += 1; break
            out.append(rep); i += len(pat); break
        else:
            out.append(w[i]); i += 1
    return ''.join(out)
GERMAN = [('tsch', 'tsch'), ('sch', 'sch'), ('tch', 'tsch'), ('sh', 'sch'), ('ch', 'tsch'), ('kh', 'ch'), ('zh', 'sch'),
          ('ph', 'f'), ('th', 't'), ('ck', 'ck'), ('qu', 'kw'), ('tz', 'tz'), ('ts', 'z'), ('ee', 'i'), ('oo', 'u'),
          ('x', 'ks'), ('v', 'w'), ('j', 'dsch'), ('z', 's'), ('q', 'k'), ('c', ('z', 'k')), ('y', ('j', 'i'))]
INDONESIAN = [('tion', 'si'), ('sh', 'sy'), ('tch', 'c'), ('ch', 'c'), ('kh', 'kh'), ('zh', 'z'), ('ph', 'f'), ('th', 't'),
              ('ck', 'k'), ('qu', 'kw'), ('q', 'k'), ('x', 'ks'), ('ee', 'i'), ('oo', 'u'), ('v', 'f'), ('c', ('s', 'k'))]
TRANSLIT = [('German-style', GERMAN), ('Indonesian-style', INDONESIAN)]
def g_transliteration(rec, data):
    body, legal = display_parts(rec['name'])
    out = []
    for s, rules in TRANSLIT:
        b = list(body); ch = False
        for i, t in enumerate(body):
            w = t.rstrip(',')
            if not re.fullmatch(r'[A-Z][a-z]+', w) or len(w) <= 4 or w.lower() in FILLER:
                continue
            nw = _scan(w, rules)
            nw = nw[0].upper() + nw[1:]
            if nw != w:
                b = _replace_tok(b, i, nw); ch = True
        if ch:
            out.append((s, '', join(b, legal)))
    return out

# ---------------- translation
CANON = {'company': 'company', 'shipping': 'shipping', 'trading': 'trading', 'industries': 'industry', 'industry': 'industry',
         'industrial': 'industry', 'engineering': 'engineering', 'construction': 'construction', 'services': 'services',
         'service': 'services', 'insurance': 'insurance', 'investment': 'investment', 'investments': 'investment',
         'transport': 'transport', 'transportation': 'transport', 'oil': 'oil', 'petroleum': 'petroleum', 'energy': 'energy',
         'mining': 'mining', 'chemical': 'chemical', 'chemicals': 'chemical', 'steel': 'steel', 'airlines': 'airlines',
         'airline': 'airlines', 'technology': 'technology', 'technologies': 'technology', 'development': 'development',
         'commercial': 'commercial', 'foundation': 'foundation', 'organization': 'organization',
         'organisation': 'organization', 'party': 'party', 'army': 'army', 'electronics': 'electronics',
         'electronic': 'electronics', 'export': 'export', 'import': 'import'}
_C = ['company', 'shipping', 'trading', 'industry', 'engineering', 'construction', 'services', 'insurance', 'investment',
      'transport', 'oil', 'petroleum', 'energy', 'mining', 'chemical', 'steel', 'airlines', 'technology', 'development',
      'commercial', 'foundation', 'organization', 'party', 'army', 'electronics', 'export', 'import']
def _d(s):
    return dict(zip(_C, [x.strip() for x in s.split('|')]))
DICTS = [
 ('Zulu', _d('Inkampani|Ukuthunyelwa|Ukuhweba|Izimboni|Ubunjiniyela|Ukwakha|Izinsiza|Umshwalense|Utshalomali|Ezokuthutha|Uwoyela|Uphethiloli|Amandla|Ezimayini|Amakhemikhali|Insimbi|Izindiza|Ubuchwepheshe|Intuthuko|Ezohwebo|Isisekelo|Inhlangano|Iqembu|Ibutho|Ezikagesi|Ukuthekelisa|Ukungenisa')),
 ('Yoruba', _d('Ilé-iṣẹ́|Ìkẹ́rù Ojú Omi|Òwò|Ilé-iṣẹ́ Ọnà|Ìmọ̀ Ẹ̀rọ|Ìkọ́lé|Iṣẹ́ Ìsìn|Ìdánilójú|Ìdókòwò|Ìrìnnà|Epo|Epo Rọ̀bì|Agbára|Ìwakùsà|Kẹ́míkà|Irin|Ọkọ̀ Òfurufú|Ìmọ̀ Ẹ̀rọ|Ìdàgbàsókè|Ti Òwò|Ìpìlẹ̀|Àjọ|Ẹgbẹ́|Ọmọ Ogun|Ẹ̀rọ Abánáṣiṣẹ́|Ìkójáde|Ìkówọlé')),
 ('Igbo', _d('Ụlọ Ọrụ|Mbupu Ụgbọ Mmiri|Azụmahịa|Ụlọ Ọrụ Mmepụta|Injinịa|Owuwu|Ọrụ|Mkpuchi|Itinye Ego|Njem|Mmanụ|Mmanụ Ala|Ike|Igwu Ala|Kemịkalụ|Igwe|Ụgbọ Elu|Teknụzụ|Mmepe|Azụmahịa|Ntọala|Nzukọ|Otu|Ndị Agha|Elektrọnịkị|Mbupụ|Mbubata')),
 ('Somali', _d('Shirkad|Maraakiib|Ganacsi|Warshadaha|Injineerinka|Dhismaha|Adeegyada|Caymiska|Maalgashi|Gaadiidka|Saliid|Batrool|Tamar|Macdan|Kiimiko|Bir|Duulimaadyada|Tiknoolajiyada|Horumar|Ganacsi|Aasaas|Urur|Xisbi|Ciidan|Elektaroonig|Dhoofin|Soo Dejin')),
 ('Afrikaans', _d('Maatskappy|Skeepvaart|Handel|Nywerheid|Ingenieurswese|Konstruksie|Dienste|Versekering|Belegging|Vervoer|Olie|Ru-olie|Energie|Mynbou|Chemiese|Staal|Lugdiens|Tegnologie|Ontwikkeling|Kommersieel|Stigting|Organisasie|Politieke Party|Leër|Elektronika|Uitvoer|Invoer')),
 ('Luxembourgish', _d('Gesellschaft|Schëffaart|Handel|Industrie|Ingenieurswiesen|Bau|Servicer|Versécherung|Investitioun|Verkéier|Ueleg|Pëtrol|Energie|Biergbau|Chemesch|Stol|Fluchgesellschaft|Technologie|Entwécklung|Kommerziell|Fondatioun|Organisatioun|Partei|Arméi|Elektronik|Ausfuer|Afuer')),
 ('Galician', _d('Compañía|Navegación|Comercio|Industria|Enxeñaría|Construción|Servizos|Seguros|Investimento|Transporte|Petróleo|Petróleo Bruto|Enerxía|Minaría|Química|Aceiro|Liñas Aéreas|Tecnoloxía|Desenvolvemento|Comercial|Fundación|Organización|Partido|Exército|Electrónica|Exportación|Importación')),
 ('Esperanto', _d('Kompanio|Ŝipado|Komerco|Industrio|Inĝenierarto|Konstruado|Servoj|Asekuro|Investo|Transporto|Oleo|Nafto|Energio|Minado|Kemia|Ŝtalo|Aviadkompanio|Teknologio|Disvolviĝo|Komerca|Fondaĵo|Organizo|Partio|Armeo|Elektroniko|Eksporto|Importo')),
 ('Uzbek', _d('Kompaniya|Kemachilik|Savdo|Sanoat|Muhandislik|Qurilish|Xizmatlar|Sugʻurta|Investitsiya|Tashish|Neft|Xom Neft|Energetika|Konchilik|Kimyo|Poʻlat|Havo Yoʻllari|Texnologiya|Taraqqiyot|Tijorat|Jamgʻarma|Tashkilot|Partiya|Armiya|Elektronika|Eksport|Olib Kelish')),
 ('Turkmen', _d('Kompaniýa|Gämiçilik|Söwda|Senagat|Inženerçilik|Gurluşyk|Hyzmatlar|Ätiýaçlandyryş|Maýa Goýum|Ulag|Nebit|Çig Nebit|Energetika|Magdan|Himiýa|Polat|Howa Ýollary|Tehnologiýa|Ösüş|Täjirçilik|Gaznasy|Gurama|Partiýa|Goşun|Elektronika|Eksport|Getiriş')),
 ('Haitian Creole', _d('Konpayi|Transpò Maritim|Komès|Endistri|Jeni|Konstriksyon|Sèvis|Asirans|Envestisman|Transpò|Lwil|Petwòl|Enèji|Min|Chimik|Asye|Konpayi Avyon|Teknoloji|Devlopman|Komèsyal|Fondasyon|Òganizasyon|Pati|Lame|Elektwonik|Ekspòtasyon|Enpòtasyon')),
 ('Kurmanji Kurdish', _d('Şirket|Keştîvanî|Bazirganî|Pîşesazî|Endezyarî|Avakirin|Xizmetguzarî|Sîgorte|Veberhênan|Veguhastin|Neft|Petrola Xav|Enerjî|Kanzayî|Kîmyayî|Pola|Firokevanî|Teknolojî|Pêşketin|Bazirganî|Weqf|Rêxistin|Partî|Artêş|Elektronîk|Hinardekirin|Îthalat')),
 ('Latin', _d('Societas|Navigatio|Mercatura|Industria|Machinatio|Aedificatio|Ministeria|Cautio|Collocatio|Vectura|Oleum|Petroleum Crudum|Vis|Metallum|Chemica|Chalybs|Lineae Aeriae|Technologia|Progressio|Mercatorius|Fundatio|Ordinatio|Factio|Exercitus|Electronica|Exportatio|Importatio')),
 ('Tok Pisin', _d('Kampani|Sip|Bisnis|Indastri|Ensinia|Wok Haus|Sevis|Insurens|Investmen|Transpot|Wel|Petrol|Paua|Main|Kemikal|Ain|Balus Kampani|Teknoloji|Divelopmen|Bisnis|Faundesen|Oganaisesen|Pati|Ami|Elektronik|Salim Go|Kisim Kam'))]
def g_translation(rec, data):
    body, legal = display_parts(rec['name'])
    for i, t in enumerate(body):
        w = t.rstrip(',').lower()
        if w in CANON:
            break
    else:
        return []
    c = CANON[w]; out = []
    for lang, dct in DICTS:
        tr = dct.get(c)
        ft, fw = full(tr).replace(' ', ''), full(w)
        if not tr or ft == fw or ft.startswith(fw) or fw.startswith(ft):
            continue
        out.append((lang, '`%s` for %s' % (tr, w), join(_replace_tok(body, i, tr), legal)))
    return out

# ---------------- parent vs subsidiary
UNITS = [('Zulu', 'igatsha e', False), ('Yoruba', 'ẹ̀ka ní', False), ('Igbo', 'alaka na', False), ('Somali', 'laanta', False),
         ('Afrikaans', 'tak in', False), ('Luxembourgish', 'Filial zu', False), ('Galician', 'delegación de', False),
         ('Esperanto', 'filio en', False), ('Uzbek', 'filiali', True), ('Turkmen', 'şahamçasy', True),
         ('Haitian Creole', 'sikisal nan', False), ('Kurmanji Kurdish', 'şaxa li', False),
         ('Latin', 'ramus in', False), ('Tok Pisin', 'brens long', False)]
def unit_shape(lang, u, after):
    return '%s `%s`%s' % (lang, u, ' (after the city)' if after else '')
def g_parent_vs_subsidiary(rec, data):
    city = data.city(rec['ent'])
    if not city:
        return []
    d = display(rec['name'])
    return [(unit_shape(l, u, a), 'city ' + city, '%s %s %s' % (d, city, u) if a else '%s %s %s' % (d, u, city))
            for l, u, a in UNITS]

# ---------------- messy
MESSY = [('Lua table', '{ name = "%(n)s", city = "%(c)s", list = "SDN" }'),
         ('Clojure EDN map', '{:party/name "%(n)s" :party/city "%(c)s" :screen? true}'),
         ('Nix attribute set', '{ partyName = "%(n)s"; city = "%(c)s"; }'),
         ('Prolog fact', 'counterparty("%(n)s", "%(c)s").'),
         ('GraphQL query', 'query { screen(name: "%(n)s", city: "%(c)s") { hits } }'),
         ('Perl hash', 'my %%party = (name => "%(n)s", city => "%(c)s");'),
         ('chat in Zulu', 'Sawubona, ngicela uhlole u-%(n)s e-%(c)s ohlwini lwezijeziso'),
         ('chat in Yoruba', 'Ẹ jọ̀ọ́, ẹ ṣàyẹ̀wò %(n)s ní %(c)s lórí àkójọ ìjẹníyà'),
         ('chat in Igbo', 'Biko, lelee %(n)s dị na %(c)s na ndepụta mmachi'),
         ('chat in Somali', 'Fadlan hubi %(n)s oo ku taal %(c)s liiska cunaqabataynta'),
         ('chat in Afrikaans', 'Hallo, kan jy asseblief %(n)s in %(c)s teen die sanksielys nagaan?'),
         ('chat in Luxembourgish', 'Moien, kanns du w.e.g. %(n)s zu %(c)s op der Sanktiounslëscht kontrolléieren?'),
         ('chat in Galician', 'Ola, podes comprobar %(n)s en %(c)s na lista de sancións?'),
         ('chat in Esperanto', 'Saluton, bonvolu kontroli %(n)s en %(c)s kontraŭ la sankcia listo')]
def g_messy(rec, data):
    city = data.city(rec['ent'])
    if not city:
        return []
    d = display(rec['name'])
    return [(s, 'city ' + city, t % {'n': d, 'c': city}) for s, t in MESSY]

# ---------------- script
def _lk(prefix, names):
    return [unicodedata.lookup(prefix + n) for n in names.split('+')]
GLAG = {'sh': 'SHA', 'ch': 'CHRIVI', 'kh': 'HERU', 'zh': 'ZHIVETE', 'gh': 'GLAGOLI', 'th': 'FITA', 'ph': 'FRITU', 'ts': 'TSI',
        'a': 'AZU', 'b': 'BUKY', 'd': 'DOBRO', 'e': 'YESTU', 'f': 'FRITU', 'g': 'GLAGOLI', 'h': 'HERU', 'i': 'I',
        'j': 'DJERVI', 'k': 'KAKO', 'l': 'LJUDIJE', 'm': 'MYSLITE', 'n': 'NASHI', 'o': 'ONU', 'p': 'POKOJI', 'q': 'KAKO',
        'r': 'RITSI', 's': 'SLOVO', 't': 'TVRIDO', 'u': 'UKU', 'v': 'VEDE', 'w': 'VEDE', 'x': 'KAKO+SLOVO', 'z': 'ZEMLJA',
        'c_soft': 'SLOVO', 'c_hard': 'KAKO', 'y_cons': 'DJERVI', 'y_vow': 'I'}
SHAV = {'sh': 'SURE', 'ch': 'CHURCH', 'kh': 'HA-HA', 'zh': 'MEASURE', 'gh': 'GAG', 'th': 'THIGH', 'ph': 'FEE', 'ts': 'TOT+SO',
        'ee': 'EAT', 'oo': 'OOZE',
        'a': 'ASH', 'b': 'BIB', 'd': 'DEAD', 'e': 'EGG', 'f': 'FEE', 'g': 'GAG', 'h': 'HA-HA', 'i': 'IF', 'j': 'JUDGE',
        'k': 'KICK', 'l': 'LOLL', 'm': 'MIME', 'n': 'NUN', 'o': 'ON', 'p': 'PEEP', 'q': 'KICK', 'r': 'ROAR', 's': 'SO',
        't': 'TOT', 'u': 'UP', 'v': 'VOW', 'w': 'WOE', 'x': 'KICK+SO', 'z': 'ZOO',
        'c_soft': 'SO', 'c_hard': 'KICK', 'y_cons': 'YEA', 'y_vow': 'IF'}
SCRIPTS = [('Glagolitic (small letters)', 'GLAGOLITIC SMALL LETTER ', GLAG, (0x2C00, 0x2C5F)),
           ('Shavian', 'SHAVIAN LETTER ', SHAV, (0x10450, 0x1047F))]
SCRIPT_BLOCK = {s: blk for s, _, _, blk in SCRIPTS}
def script_words(name):
    body, legal = split_legal(name)
    ws = []
    for t in body:
        t = t.strip('(),;:')
        if not t or any(c in t for c in '"\'`.') or any(c.isdigit() for c in t) or not t.isascii():
            continue
        for p in t.split('-'):
            if not p:
                continue
            if not re.fullmatch(r'[A-Za-z]+', p):
                ws = None; break
            if p.lower() in FILLER:
                continue
            p = p.lower().replace('ck', 'k')
            p = re.sub(r'(.)\1+', r'\1', p)
            ws.append(p)
        if ws is None:
            return []
    if not (1 <= len(ws) <= 4) or not (len(ws) >= 2 or len(ws[0]) >= 7):
        return []
    return ws
def render(word, prefix, table):
    out = []; i = 0
    while i < len(word):
        two = word[i:i + 2]
        if len(two) == 2 and two in table:
            out += _lk(prefix, table[two]); i += 2; continue
        c = word[i]; nxt = word[i + 1:i + 2]
        if c == 'c':
            out += _lk(prefix, table['c_soft' if nxt in ('e', 'i', 'y') else 'c_hard'])
        elif c == 'y':
            out += _lk(prefix, table['y_cons' if nxt in VOW else 'y_vow'])
        else:
            out += _lk(prefix, table[c])
        i += 1
    return ''.join(out)
def g_script(rec, data):
    ws = script_words(rec['name'])
    if not ws:
        return []
    return [(s, '', ' '.join(render(w, p, t) for w in ws)) for s, p, t, _ in SCRIPTS]
def script_errors(shape, q):
    lo, hi = SCRIPT_BLOCK[shape]
    bad = [c for c in q if c != ' ' and not (lo <= ord(c) <= hi)]
    return ['foreign code points %r' % ''.join(bad[:5])] if bad else []

# ---------------- registry
GEN = {'case': g_case, 'partial': g_partial, 'word_order': g_word_order, 'legal_form': g_legal_form,
       'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'aka': g_aka, 'typo': g_typo,
       'transliteration': g_transliteration, 'translation': g_translation,
       'parent_vs_subsidiary': g_parent_vs_subsidiary, 'messy': g_messy, 'script': g_script}
SHAPES = {'case': CASE_SHAPES, 'partial': PARTIAL_SHAPES, 'word_order': WO_SHAPES,
          'legal_form': [s for s, _, _ in LEGAL_ITEMS], 'punctuation': [s for s, _, _ in PUNCT_SHAPES],
          'abbreviation': [abbr_shape(a) for a, _ in ABBR_ITEMS], 'aka': [AKA_SHAPE],
          'typo': [s for s, _, _ in TYPO_SHAPES], 'transliteration': [s for s, _ in TRANSLIT],
          'translation': [l for l, _ in DICTS], 'parent_vs_subsidiary': [unit_shape(*u) for u in UNITS],
          'messy': [s for s, _ in MESSY], 'script': [s for s, _, _, _ in SCRIPTS]}
QUOTA = {'case': 4, 'partial': 4, 'word_order': 4, 'legal_form': 1, 'punctuation': 3, 'abbreviation': 1, 'aka': 12,
         'typo': 2, 'transliteration': 6, 'translation': 1, 'parent_vs_subsidiary': 1, 'messy': 1, 'script': 6}
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NARC_MAX_ABBR = 2

def generate(kind, rec, data):
    return GEN[kind](rec, data)

def variant(shape, detail):
    return '%s (%s)' % (shape, detail) if detail else shape

def shape_of(kind, var):
    """(shape, detail) from a variant text; longest known shape name first"""
    for s in sorted(SHAPES[kind], key=len, reverse=True):
        if var == s:
            return s, ''
        if var.startswith(s + ' (') and var.endswith(')'):
            return s, var[len(s) + 2:-1]
    return None, None
