"""train66 positive generators: one per kind; each yields (shape, variant, query)."""
import re
from lib import LEGAL, split_legal, tc, tc_word, fold_full, FILLER, content_words

QUOTA = {
    'aka': {'alias': 12},
    'partial': {'first content word and legal form dropped': 4,
                'only the first two content words kept, legal form dropped': 4,
                'every other content word dropped (1st, 3rd, ... kept), legal form kept': 4},
    'word_order': {'name words swapped in pairs': 4, 'name words in alphabetical order': 4,
                   'third name word moved to the front': 4},
    'legal_form': {f: 1 for f in ['I/S', 'ANS', 'KB', 'Ay', 'slf.', 'O.E.', 'EIRELI', 'S.A.C.', 'S.A.U.',
                                  'S.A.P.I. de C.V.', 'v.o.s.', 'S.K.A.']},
    'punctuation': {'euro sign for e inside a word': 3, 'exclamation mark for i inside a word': 3,
                    'pipe for l inside a word': 3, 'zero-width space U+200B inside a word': 3},
    'abbreviation': {},  # each abbreviation once, filled below
    'typo': {'last letter of a word dropped': 2, 'single consonant doubled': 2, 'OCR 1 for l': 2,
             'QWERTY neighbour key': 2, 'inner vowel dropped': 2, 'OCR cl for d': 2},
    'case': {'first two letters of each word upper': 4, 'last word upper, rest lower': 4,
             'every third letter upper, rest lower': 4},
    'script': {'Gujarati': 6, 'Kannada': 6},
    'transliteration': {'Hungarian-style': 6, 'Spanish-style': 6},
    'translation': {},
    'parent_vs_subsidiary': {},
    'messy': {},
}

LEGAL_FORMS = {'I/S': 'Danish', 'ANS': 'Norwegian', 'KB': 'Swedish', 'Ay': 'Finnish', 'slf.': 'Icelandic',
               'O.E.': 'Greek', 'EIRELI': 'Brazilian', 'S.A.C.': 'Peruvian', 'S.A.U.': 'Argentine',
               'S.A.P.I. de C.V.': 'Mexican', 'v.o.s.': 'Czech', 'S.K.A.': 'Polish'}

ABBR = {'TRADING': 'Trdg.', 'HOLDINGS': 'Hldgs.', 'SERVICES': 'Svcs.', 'SERVICIOS': 'Servs.', 'EXCHANGE': 'Exch.',
        'MANUFACTURING': 'Mfg.', 'PRODUCTS': 'Prods.', 'PRODUCTOS': 'Prodtos.', 'INDUSTRIAL': 'Indl.',
        'IMPORT': 'Imp.', 'AVIATION': 'Aviat.', 'PETROLEUM': 'Petrol.', 'NATIONAL': 'Natl.', 'GENERAL': 'Gen.',
        'DEVELOPMENT': 'Dvpt.', 'TECHNOLOGY': 'Technol.', 'EQUIPMENT': 'Equip.', 'PHARMACEUTICAL': 'Pharm.',
        'CHEMICAL': 'Chem.', 'TRANSPORT': 'Transp.', 'TRANSPORTES': 'Transps.', 'COMERCIALIZADORA': 'Comercializ.',
        'SOCIEDAD': 'Soc.', 'AGROPECUARIA': 'Agropec.', 'CONSTRUCTORA': 'Constr.', 'DISTRIBUIDORA': 'Distrib.',
        'INMOBILIARIA': 'Inmob.', 'INVERSIONES': 'Invers.', 'ELECTRONICS': 'Electr.', 'NAVIGATION': 'Navig.',
        'SHIPPING': 'Shipp.', 'INDUSTRIES': 'Inds.', 'INTERNATIONAL': "Int'l", 'ENTERPRISES': 'Ents.',
        'ASSOCIATION': 'Assn.', 'BROTHERS': 'Bros.', 'PETROCHEMICAL': 'Petrochem.', 'ENGINEERING': 'Engrg.',
        'INVESTMENT': 'Invest.', 'FOUNDATION': 'Fdn.', 'ORGANIZATION': 'Orgn.', 'MINING': 'Min.',
        'AIRLINES': 'Airl.', 'CONSTRUCTION': 'Constrn.', 'FINANCIAL': 'Finl.', 'INSURANCE': 'Ins.',
        'MANAGEMENT': 'Mngmt.', 'LABORATORIES': 'Labs.', 'PROPERTIES': 'Props.', 'CONSULTING': 'Consltg.',
        'EXPORT': 'Expt.', 'SYSTEMS': 'Sys.', 'SUPPLY': 'Sup.', 'COOPERATIVE': 'Coop.', 'CENTER': 'Ctr.',
        'CENTRE': 'Cntr.', 'ASOCIACION': 'Asoc.', 'GANADERIA': 'Gan.', 'ESTABLISHMENT': 'Estab.',
        'COMERCIAL': 'Cial.', 'INDUSTRIES,': 'Inds.,'}
QUOTA['abbreviation'] = {v: 1 for v in ABBR.values()}

TR = {
 'Czech': dict(trading='obchodní', shipping='lodní', industries='průmysl', industrial='průmyslová', bank='banka',
   exchange='směnárna', international='mezinárodní', services='služby', construction='stavební', oil='ropa',
   engineering='strojírenství', investment='investice', general='všeobecná', airlines='aerolinie',
   electronics='elektronika', technology='technologie', development='rozvoj', import_='dovoz', export='vývoz',
   transport='doprava', commercial='obchodní', marine='námořní', steel='ocel', chemical='chemická',
   aviation='letectví', insurance='pojišťovna', energy='energie', group='skupina', petroleum='ropná'),
 'Romanian': dict(trading='comerț', shipping='navigație', industries='industrii', industrial='industrială',
   bank='banca', exchange='schimb', international='internațional', services='servicii', construction='construcții',
   oil='petrol', engineering='inginerie', investment='investiții', general='generală', airlines='linii aeriene',
   electronics='electronice', technology='tehnologie', development='dezvoltare', commercial='comercial',
   marine='marină', steel='oțel', chemical='chimică', aviation='aviație', insurance='asigurări',
   energy='energie', group='grup', petroleum='petrolieră'),
 'Norwegian': dict(trading='handel', shipping='skipsfart', industries='industrier', industrial='industriell',
   exchange='veksling', international='internasjonal', services='tjenester', construction='bygg', oil='olje',
   engineering='ingeniørtjenester', investment='investering', general='generell', airlines='flyselskap',
   electronics='elektronikk', technology='teknologi', development='utvikling', export='eksport',
   commercial='kommersiell', marine='marin', steel='stål', chemical='kjemisk', aviation='luftfart',
   insurance='forsikring', energy='energi', group='gruppe', petroleum='petroleums'),
 'Latvian': dict(trading='tirdzniecība', shipping='kuģniecība', industries='rūpniecība', industrial='rūpnieciskā',
   bank='banka', exchange='maiņa', international='starptautiskā', services='pakalpojumi', construction='būvniecība',
   oil='nafta', engineering='inženierija', investment='investīcijas', general='vispārējā', airlines='aviolīnijas',
   electronics='elektronika', technology='tehnoloģijas', development='attīstība', import_='imports',
   export='eksports', transport='transports', commercial='komercdarbība', marine='jūras', steel='tērauds',
   chemical='ķīmiskā', aviation='aviācija', insurance='apdrošināšana', energy='enerģija', group='grupa'),
 'Lithuanian': dict(trading='prekyba', shipping='laivyba', industries='pramonė', industrial='pramoninė',
   bank='bankas', exchange='keitykla', international='tarptautinė', services='paslaugos', construction='statyba',
   oil='nafta', engineering='inžinerija', investment='investicijos', general='bendroji', airlines='avialinijos',
   electronics='elektronika', technology='technologijos', development='plėtra', import_='importas',
   export='eksportas', transport='transportas', commercial='komercinė', marine='jūrų', steel='plienas',
   chemical='cheminė', aviation='aviacija', insurance='draudimas', energy='energija', group='grupė'),
 'Slovene': dict(trading='trgovina', shipping='ladjarstvo', industries='industrija', industrial='industrijska',
   bank='banka', exchange='menjalnica', international='mednarodna', services='storitve',
   construction='gradbeništvo', oil='nafta', engineering='inženiring', investment='naložbe', general='splošna',
   airlines='letalska', electronics='elektronika', technology='tehnologija', development='razvoj',
   import_='uvoz', export='izvoz', transport='prevoz', commercial='komercialna', marine='pomorska',
   steel='jeklo', chemical='kemična', aviation='letalstvo', insurance='zavarovalnica', energy='energija',
   group='skupina'),
 'Croatian': dict(trading='trgovačko', shipping='brodarstvo', industries='industrije', industrial='industrijski',
   bank='banka', exchange='mjenjačnica', international='međunarodni', services='usluge',
   construction='graditeljstvo', oil='nafta', engineering='inženjering', investment='ulaganja', general='opći',
   airlines='zrakoplovna', electronics='elektronika', technology='tehnologija', development='razvoj',
   import_='uvoz', export='izvoz', transport='prijevoz', commercial='komercijalni', marine='pomorski',
   steel='čelik', chemical='kemijski', aviation='zrakoplovstvo', insurance='osiguranje', energy='energija',
   group='grupa'),
 'Turkish': dict(trading='ticaret', shipping='denizcilik', industries='sanayi', industrial='sanayi',
   bank='bankası', exchange='döviz', international='uluslararası', services='hizmetleri', construction='inşaat',
   oil='petrol', engineering='mühendislik', investment='yatırım', general='genel', airlines='havayolları',
   electronics='elektronik', technology='teknoloji', development='kalkınma', import_='ithalat',
   export='ihracat', transport='taşımacılık', commercial='ticari', marine='deniz', steel='çelik',
   chemical='kimya', aviation='havacılık', insurance='sigorta', energy='enerji', group='grubu'),
 'Basque': dict(trading='merkataritza', shipping='itsasgarraio', industries='industriak', industrial='industriala',
   bank='bankua', exchange='truke', international='nazioarteko', services='zerbitzuak', construction='eraikuntza',
   oil='petrolio', engineering='ingeniaritza', investment='inbertsio', general='orokorra', airlines='aireko',
   electronics='elektronika', technology='teknologia', development='garapen', import_='inportazio',
   export='esportazio', transport='garraio', commercial='komertziala', marine='itsas', steel='altzairu',
   chemical='kimika', aviation='abiazio', insurance='aseguru', energy='energia', group='taldea'),
 'Afrikaans': dict(trading='handel', shipping='skeepvaart', industries='nywerhede', industrial='nywerheid',
   exchange='wisselkantoor', international='internasionaal', services='dienste', construction='konstruksie',
   oil='olie', engineering='ingenieurswese', investment='belegging', general='algemene', airlines='lugdiens',
   electronics='elektronika', technology='tegnologie', development='ontwikkeling', import_='invoer',
   export='uitvoer', transport='vervoer', commercial='kommersiële', marine='mariene', steel='staal',
   chemical='chemiese', aviation='lugvaart', insurance='versekering', energy='energie', group='groep'),
 'West Frisian': dict(trading='hannel', shipping='skipfeart', industries='yndustry', industrial='yndustrieel',
   exchange='wikselkantoar', international='ynternasjonaal', services='tsjinsten', construction='bou',
   oil='oalje', engineering='yngenieurswurk', investment='ynvestearring', general='algemien',
   airlines='loftfeartmaatskippij', electronics='elektroanika', technology='technyk', development='ûntwikkeling',
   import_='ymport', export='eksport', transport='ferfier', commercial='kommersjeel', marine='see',
   steel='stiel', chemical='gemysk', aviation='loftfeart', insurance='fersekering', energy='enerzjy',
   group='groep'),
 'Somali': dict(trading='ganacsi', shipping='maraakiib', industries='warshadaha', industrial='warshadeed',
   bank='bangi', exchange='sarrif', international='caalami', services='adeegyo', construction='dhismo',
   oil='saliid', engineering='injineeringa', investment='maalgashi', general='guud', airlines='diyaaradaha',
   electronics='elektaroonig', technology='tiknoolajiyad', development='horumar', import_='soo dejin',
   export='dhoofin', transport='gaadiid', commercial='ganacsi', marine='badeed', steel='bir',
   chemical='kiimiko', aviation='duulimaad', insurance='caymis', energy='tamar', group='koox'),
}
QUOTA['translation'] = {k: 1 for k in TR}

BRANCH = [  # (shape label, template)
 ('Dutch vestiging', '{N} vestiging {C}'), ('Turkish şubesi', '{N} {C} şubesi'),
 ('Lithuanian filialas', '{N} filialas {C}'), ('Latvian filiāle', '{N} filiāle {C}'),
 ('Slovene podružnica', '{N} podružnica {C}'), ('Malay cawangan', '{N} cawangan {C}'),
 ('Japanese romanised shiten', '{N} {C} shiten'), ('liaison office', '{N} liaison office, {C}'),
 ('sales office', '{N} sales office ({C})'), ('dispatch depot', '{N} dispatch depot - {C}'),
 ('fuel depot', '{N} fuel depot at {C}'), ('tender office', '{N} tender office {C}'),
]
QUOTA['parent_vs_subsidiary'] = {s: 1 for s, t in BRANCH}

MESSY = [
 ('iCalendar event', 'BEGIN:VEVENT\nSUMMARY:Call with {N}\nLOCATION:{C}\nEND:VEVENT'),
 ('SWIFT MT103 field 59', ':59:/NL00XXXX0000000000\n{N}\n{C}'),
 ('INI section', '[counterparty]\nname = {N}\ncity = {C}'),
 ('GraphQL query', 'query {{ party(name: "{N}", city: "{C}") {{ id }} }}'),
 ('HTTP request header', 'X-Counterparty: {N}; city={C}'),
 ('parcel label', 'SHIP TO: {N} / {C} / ATTN: receiving dock'),
 ('S-expression', '(party (name "{N}") (city "{C}"))'),
 ('Portuguese chat', 'oi, vocês podem verificar a empresa {N} em {C}? obrigado'),
 ('Polish chat', 'cześć, możesz sprawdzić firmę {N} z {C}?'),
 ('Romanian chat', 'salut, poți verifica firma {N} din {C}?'),
 ('Czech chat', 'ahoj, můžeš prověřit firmu {N} z {C}?'),
 ('Danish chat', 'hej, kan du tjekke firmaet {N} i {C}?'),
]
QUOTA['messy'] = {s: 1 for s, t in MESSY}


def _content_idx(toks):
    return [i for i, t in enumerate(toks) if fold_full(t) and not all(w in FILLER for w in fold_full(t).split())]


def g_partial(name, data, e):
    body, legal = split_legal(name)
    ci = [i for i in _content_idx(body) if len(fold_full(body[i]).replace(' ', '')) >= 3]
    if len(ci) >= 3:
        rest = body[ci[1]:]
        yield ('first content word and legal form dropped', 'dropped ' + body[ci[0]] + ' and the legal form', tc(' '.join(rest)))
    if len(ci) >= 4:
        span = [t for t in body[ci[0]:ci[1] + 1] if not ('.' in t and all(w in LEGAL for w in fold_full(t).split()))]
        yield ('only the first two content words kept, legal form dropped', 'kept ' + ' '.join(span), tc(' '.join(span)))
        keep = [body[i] for n, i in enumerate(ci) if n % 2 == 0]
        yield ('every other content word dropped (1st, 3rd, ... kept), legal form kept',
               'kept ' + ' '.join(keep) + (' + ' + ' '.join(legal) if legal else ''), tc(' '.join(keep + legal)))


def g_word_order(name, data, e):
    body, legal = split_legal(name)
    b = [t.strip(',') for t in body]
    isc = [bool(fold_full(t)) and not all(w in FILLER for w in fold_full(t).split()) for t in b]
    if len(b) >= 4 and all(isc):
        sw = []
        for i in range(0, len(b) - 1, 2):
            sw += [b[i + 1], b[i]]
        if len(b) % 2:
            sw.append(b[-1])
        yield ('name words swapped in pairs', 'pairs swapped', tc(' '.join(sw + legal)))
    if len(b) >= 4 and isc[2]:
        yield ('third name word moved to the front', 'moved ' + b[2] + ' to the front',
               tc(' '.join([b[2]] + b[:2] + b[3:] + legal)))
    if len(b) >= 3:
        s = sorted(b, key=lambda t: t.lower())
        if s != b and s != b[::-1]:
            yield ('name words in alphabetical order', 'sorted A-Z', tc(' '.join(s + legal)))


def g_legal_form(name, data, e, used):
    body, legal = split_legal(name)
    for f, country in LEGAL_FORMS.items():
        if f in used:
            continue
        yield (f, f'{country} {f} for ' + (' '.join(legal) if legal else 'no legal form'), tc(' '.join(body)) + ' ' + f)


def _inside(word, ch):
    """index of ch inside word (not first/last letter), or -1"""
    for i in range(1, len(word) - 1):
        if word[i] == ch:
            return i
    return -1


def _longest_content(toks):
    ci = _content_idx(toks)
    if not ci:
        return None
    return max(ci, key=lambda i: (len(toks[i]), -i))


def g_punctuation(name, data, e):
    toks = tc(name).split()
    ci = sorted(_content_idx(toks), key=lambda i: -len(toks[i]))
    for shape, ch, rep in [('euro sign for e inside a word', 'e', '€'), ('exclamation mark for i inside a word', 'i', '!'),
                           ('pipe for l inside a word', 'l', '|')]:
        for i in ci:
            j = _inside(toks[i], ch)
            if j > 0:
                t = toks[:]; t[i] = toks[i][:j] + rep + toks[i][j + 1:]
                yield (shape, f'{rep} for {ch} in {toks[i]}', ' '.join(t)); break
    if ci and len(toks[ci[0]]) >= 6:
        i = ci[0]; j = len(toks[i]) // 2
        t = toks[:]; t[i] = toks[i][:j] + '\u200b' + toks[i][j:]
        yield ('zero-width space U+200B inside a word', f'U+200B inside {toks[i]}', ' '.join(t))


def g_abbreviation(name, data, e, used):
    toks = name.split()
    for i, t in enumerate(toks):
        a = ABBR.get(t.rstrip(','))
        if a and a not in used:
            t2 = toks[:]; t2[i] = a + (',' if t.endswith(',') else '')
            q = tc(' '.join(toks[:i])) + (' ' if i else '') + t2[i] + (' ' if i < len(toks) - 1 else '') + tc(' '.join(toks[i + 1:]))
            yield (a, f'{t.rstrip(",")} -> {a}', q.strip())


NEIGH = {'a': 's', 's': 'd', 'e': 'r', 'r': 't', 'o': 'p', 'i': 'u', 'n': 'm', 't': 'y', 'm': 'n', 'l': 'k', 'd': 'f', 'u': 'y'}


def g_typo(name, data, e):
    toks = tc(name).split()
    ci = sorted(_content_idx(toks), key=lambda i: -len(toks[i]))
    ci = [i for i in ci if toks[i].isalpha() and len(toks[i]) >= 5]
    if not ci:
        return
    i = ci[0]; w = toks[i]
    def rep(nw, shape, var):
        t = toks[:]; t[i] = nw
        return (shape, var, ' '.join(t))
    yield rep(w[:-1], 'last letter of a word dropped', f'{w} -> {w[:-1]}')
    for j in range(1, len(w) - 1):
        if w[j].lower() not in 'aeiou' and w[j] != w[j - 1] and w[j] != w[j + 1]:
            yield rep(w[:j + 1] + w[j] + w[j + 1:], 'single consonant doubled', f'{w} -> {w[:j + 1] + w[j] + w[j + 1:]}'); break
    for k in ci:
        j = _inside(toks[k], 'l')
        if j > 0:
            t = toks[:]; t[k] = toks[k][:j] + '1' + toks[k][j + 1:]
            yield ('OCR 1 for l', f'{toks[k]} -> {t[k]}', ' '.join(t)); break
    j = len(w) // 2
    if w[j].lower() in NEIGH:
        nw = w[:j] + NEIGH[w[j].lower()] + w[j + 1:]
        yield rep(nw, 'QWERTY neighbour key', f'{w} -> {nw}')
    for j in range(1, len(w) - 1):
        if w[j].lower() in 'aeiou':
            yield rep(w[:j] + w[j + 1:], 'inner vowel dropped', f'{w} -> {w[:j] + w[j + 1:]}'); break
    for k in ci:
        j = _inside(toks[k], 'd')
        if j > 0:
            t = toks[:]; t[k] = toks[k][:j] + 'cl' + toks[k][j + 1:]
            yield ('OCR cl for d', f'{toks[k]} -> {t[k]}', ' '.join(t)); break


def g_case(name, data, e):
    ws = name.split()
    a = ' '.join(w[:2].upper() + w[2:].lower() for w in ws)
    yield ('first two letters of each word upper', 'first two letters of each word upper', a)
    if len(ws) >= 2:
        yield ('last word upper, rest lower', 'last word upper, rest lower', ' '.join([w.lower() for w in ws[:-1]] + [ws[-1].upper()]))
    out, n = [], 0
    for ch in name:
        if ch.isalpha():
            n += 1
            out.append(ch.upper() if n % 3 == 0 else ch.lower())
        else:
            out.append(ch)
    yield ('every third letter upper, rest lower', 'every third letter upper', ''.join(out))


# ---- Indic script rendering (Devanagari-parallel offsets)
CONS = {'kh': 0x16, 'gh': 0x18, 'ch': 0x1A, 'jh': 0x1D, 'th': 0x25, 'dh': 0x27, 'ph': 0x2B, 'bh': 0x2D, 'sh': 0x36,
        'k': 0x15, 'g': 0x17, 'j': 0x1C, 't': 0x24, 'd': 0x26, 'n': 0x28, 'p': 0x2A, 'b': 0x2C, 'm': 0x2E,
        'y': 0x2F, 'r': 0x30, 'l': 0x32, 'v': 0x35, 'w': 0x35, 's': 0x38, 'h': 0x39, 'f': 0x2B, 'z': 0x1C,
        'q': 0x15, 'c': 0x15}
VIND = {'aa': 0x06, 'ee': 0x08, 'ii': 0x08, 'oo': 0x0A, 'uu': 0x0A, 'ai': 0x10, 'au': 0x14, 'ou': 0x14,
        'a': 0x05, 'i': 0x07, 'u': 0x09, 'e': 0x0F, 'o': 0x13}
VSIGN = {'aa': 0x3E, 'ee': 0x40, 'ii': 0x40, 'oo': 0x42, 'uu': 0x42, 'ai': 0x48, 'au': 0x4C, 'ou': 0x4C,
         'a': None, 'i': 0x3F, 'u': 0x41, 'e': 0x47, 'o': 0x4B}
BASE = {'Gujarati': 0x0A80, 'Kannada': 0x0C80}


def indic(word, script):
    b = BASE[script]; w = word.lower().replace('x', 'ks'); out = []; bare = False; i = 0
    while i < len(w):
        two = w[i:i + 2]
        if two in VIND and two[0] in 'aeiou':
            v = two; i += 2
        elif w[i] in VIND:
            v = w[i]; i += 1
        else:
            v = None
        if v:
            if bare:
                if VSIGN[v]:
                    out.append(chr(b + VSIGN[v]))
                bare = False
            else:
                out.append(chr(b + VIND[v]))
            continue
        c = two if two in CONS else (w[i] if w[i] in CONS else None)
        if c is None:
            i += 1; continue
        i += len(c)
        if bare:
            out.append(chr(b + 0x4D))
        out.append(chr(b + CONS[c])); bare = True
    if bare and script == 'Kannada':
        out.append(chr(b + 0x4D))
    return ''.join(out)


def g_script(name, data, e):
    body, legal = split_legal(name)
    words = [fold_full(t) for t in body]
    words = [w for w in ' '.join(words).split() if w.isalpha()]
    if not words:
        return
    for s in BASE:
        q = ' '.join(indic(w, s) for w in words)
        yield (s, f'{s} letter-by-letter rendering of {" ".join(words)}, legal form dropped', q)


def _sub(s, pairs):
    ph = {}
    for n, (a, b) in enumerate(pairs):
        tok = chr(0xE000 + n)
        s = s.replace(a, tok); ph[tok] = b
    for tok, b in ph.items():
        s = s.replace(tok, b)
    return s


def g_transliteration(name, data, e):
    body, legal = split_legal(name)
    low = ' '.join(body).lower()
    lg = (' ' + ' '.join(legal)) if legal else ''
    hu = _sub(low, [('kh', 'h'), ('sh', 's'), ('ch', 'cs'), ('s', 'sz'), ('j', 'dzs'), ('y', 'j'), ('w', 'v')])
    # 's' was replaced after 'sh' got its placeholder, so sh -> s, s -> sz
    yield ('Hungarian-style', 'Hungarian spelling (s for sh, sz for s, cs for ch, h for kh, dzs for j, j for y, v for w)', tc(hu) + (' ' + tc(lg) if lg else ''))
    es = _sub(low, [('kh', 'j'), ('sh', 'ch'), ('y', 'i'), ('j', 'y'), ('w', 'u'), ('z', 's')])
    yield ('Spanish-style', 'Spanish spelling (j for kh, ch for sh, i for y, y for j, u for w, s for z)', tc(es) + (' ' + tc(lg) if lg else ''))


def g_translation(name, data, e, used):
    toks = name.split()
    for lang, dic in TR.items():
        if lang in used:
            continue
        out, hits = [], []
        for t in toks:
            k = fold_full(t)
            k2 = 'import_' if k == 'import' else k
            if k2 in dic and t.replace(',', '').replace('.', '').isalpha():
                out.append(dic[k2][:1].upper() + dic[k2][1:] + (',' if t.endswith(',') else '')); hits.append(f'{k}={dic[k2]}')
            else:
                out.append(tc(t))
        if hits:
            yield (lang, f'{lang}: ' + ', '.join(hits), ' '.join(out))


def g_branch(name, data, e, used):
    c = data.city(e)
    if not c:
        return
    body, legal = split_legal(name)
    for shape, t in BRANCH:
        if shape in used:
            continue
        yield (shape, f'{shape} at {tc(c)}', t.format(N=tc(name), C=tc(c)))


def g_messy(name, data, e, used):
    c = data.city(e)
    if not c:
        return
    for n, (shape, t) in enumerate(MESSY):
        if shape in used:
            continue
        nm = name if n % 2 == 0 else tc(name)
        yield (shape, f'{shape} with city {tc(c)}', t.format(N=nm, C=tc(c)))


def g_aka(name, data, e):
    for t, a in data.alts[e]:
        yield ('alias', f'{t} from alt.csv', a)
