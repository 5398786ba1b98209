"""train98 generators: one per positive kind, shape lists and quotas (written from scratch)."""
import re, unicodedata
import lib
from lib import full_tokens, FILLER

PARTIAL_SMALL = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
ROMAN = re.compile(r'^[IVXLC]{1,5}$')
VOW = set('aeiouy')


def _fold_tok(t):
    return ''.join(full_tokens(t))


def is_legal_tok(t):
    f = _fold_tok(t)
    if not f:
        return False
    if f in lib.LEGAL or f == 'cs':
        return True
    if '.' in t and f in ('s', 'spr', 'en'):
        return True
    return False


def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if is_legal_tok(t):
            i -= 1; continue
        if t.upper() in ('DE', 'EN') and i - 2 >= 0 and i < len(toks) and is_legal_tok(toks[i - 2]) and is_legal_tok(toks[i]):
            i -= 1; continue
        if t.upper() == 'Y' and i < len(toks) and _fold_tok(toks[i]) == 'cia':
            i -= 1; continue
        break
    return toks[:i], toks[i:]


def _has_vowel(t):
    return any(c.lower() in VOW for c in t)


def tc(tok):
    if '.' in tok and re.fullmatch(r'(?:[A-Za-z]\.)+,?', tok):
        return tok
    core = tok.strip('(),')
    if core.isupper() and ROMAN.match(core):
        return tok
    if core.isalpha() and core.isupper() and 2 <= len(core) <= 4 and not _has_vowel(core):
        return tok
    if core.isupper() and _fold_tok(core) in lib.LEGAL and len(core) <= 5:
        return tok
    out, prev = [], False
    for ch in tok:
        if ch.isalpha():
            out.append(ch.lower() if prev else ch.upper()); prev = True
        elif ch.isdigit() or ch in lib.APOS:
            out.append(ch); prev = True
        else:
            out.append(ch); prev = False
    return ''.join(out)


def display_parts(name):
    body, legal = split_legal(name)
    return [tc(t) for t in body], legal


def display(name):
    b, l = display_parts(name)
    return ' '.join(b + l)


def is_name_word(t):
    t = t.rstrip(',')
    if not (t.isascii() and t.isalpha() and len(t) >= 3):
        return False
    f = t.lower()
    if f in FILLER or f in PARTIAL_SMALL:
        return False
    if t.isupper() and ROMAN.match(t):
        return False
    return True


def plain_body(body):
    return all(t.rstrip(',').isascii() and t.rstrip(',').isalpha() for t in body)


def legal_disp(legal):
    return ' '.join(legal)


# ---------------- shapes ----------------
CASE_SHAPES = ['vowels upper, the rest lower', 'every third letter of each word upper, the rest lower',
               'first and last word upper, the rest lower']
WORD_ORDER_SHAPES = ['name words sorted by vowel count, most first', 'name words sorted by their second letter, Z to A',
                     'name words sorted by letter-value sum (a=1 to z=26), highest first']
PARTIAL_SHAPES = ['name words at odd positions (1st, 3rd, ...), legal form dropped',
                  'all name words but the longest, legal form kept',
                  'the two shortest name words in name order, legal form kept']
PUNCT_SHAPES = ['`!` for the first i after the first letter', '`\u00a2` for the first c after the first letter',
                '`%` after the second letter', '`|` at the middle of the word']
TYPO_SHAPES = ['OCR `cl` for d', 'OCR `1` for l', '`r` typed for t', '`n` typed for m',
               'second letter of the longest word doubled', 'last letter of the longest word dropped']
TRANSLIT_SHAPES = ['Hungarian-style', 'Albanian-style']
SCRIPT_SHAPES = ['Tifinagh', 'Old Hungarian']
AKA_SHAPES = ['`aka` alias']

LEGAL_FORMS = [  # (shape, text, front)
    ('Hungarian `Zrt.`', 'Zrt.', False), ('Polish `sp.j.`', 'sp.j.', False), ('Danish `IVS`', 'IVS', False),
    ('Swedish `HB`', 'HB', False), ('Finnish `Oyj`', 'Oyj', False), ('Peruvian `E.I.R.L.`', 'E.I.R.L.', False),
    ('Brazilian `EIRELI`', 'EIRELI', False), ('Tunisian `SUARL`', 'SUARL', False), ('Malaysian `Sdn. Bhd.`', 'Sdn. Bhd.', False),
    ('US `LLLP`', 'LLLP', False), ('Ukrainian `TOV` (in front)', 'TOV', True), ('Bulgarian `ET` (in front)', 'ET', True),
    ('German `eG`', 'eG', False), ('French `EURL`', 'EURL', False), ('Mongolian `KhKhK`', 'KhKhK', False), ('Czech `z.s.`', 'z.s.', False),
]
ABBR = [
    ('Inmob.', ['INMOBILIARIA']), ('Agrop.', ['AGROPECUARIA']), ('Comerc.', ['COMERCIALIZADORA']),
    ('Auth.', ['AUTHORITY']), ('Cmte.', ['COMMITTEE']), ('Mvmt.', ['MOVEMENT']), ('Brig.', ['BRIGADE', 'BRIGADES']),
    ('Hum.', ['HUMANITARIAN']), ('Eng.', ['ENGINEERING']), ('Tpt.', ['TRANSPORT']), ('Acad.', ['ACADEMY']),
    ('Admin.', ['ADMINISTRATION']), ('Cem.', ['CEMENT']), ('Stl.', ['STEEL']), ('Proj.', ['PROJECTS', 'PROJECT']),
    ('Sol.', ['SOLUTIONS']), ('Cult.', ['CULTURAL']), ('Mtrs.', ['MOTORS']),
    ('Invt.', ['INVESTMENT']), ('Inds.', ['INDUSTRIES']), ('Indl.', ['INDUSTRIAL']), ('Mgt.', ['MANAGEMENT']),
    ('Airl.', ['AIRLINES']), ('Marit.', ['MARITIME']), ('Ctr.', ['CENTER']), ('Orgn.', ['ORGANIZATION']),
    ('Manuf.', ['MANUFACTURING']),
]
ABBR_SHAPES = ['short form `%s`' % a for a, _ in ABBR]

K = 'company shipping industries industry industrial services engineering transport oil petroleum steel insurance investment development construction army front movement organization foundation national energy technology commercial marine electronics chemical mining general islamic aviation fishing electric power institute research council party liberation brigade martyrs cement sea lines'.split()
def _d(vals):
    v = [x.strip() for x in vals.split('|')]
    assert len(v) == len(K), (len(v), vals[:30])
    return {k: w for k, w in zip(K, v) if w}
DICT = {
 'Welsh': _d('Cwmni|Llongau|Diwydiannau|Diwydiant|Diwydiannol|Gwasanaethau|Peirianneg|Trafnidiaeth|Olew|Petrolewm|Dur|Yswiriant|Buddsoddiad|Datblygu|Adeiladu|Byddin|Ffrynt|Mudiad|Sefydliad|Sylfaen|Cenedlaethol|Ynni|Technoleg|Masnachol|Morol|Electroneg|Cemegol|Mwyngloddio|Cyffredinol|Islamaidd|Hedfan|Pysgota|Trydan|Pŵer|Athrofa|Ymchwil|Cyngor|Plaid|Rhyddhad|Brigâd|Merthyron|Sment|Môr|Llinellau'),
 'Basque': _d('Enpresa|Itsasgarraioa|Industriak|Industria|Industriala|Zerbitzuak|Ingeniaritza|Garraioa|Petrolioa|Petrolioa|Altzairua|Aseguruak|Inbertsioa|Garapena|Eraikuntza|Armada|Frontea|Mugimendua|Erakundea|Fundazioa|Nazionala|Energia|Teknologia|Merkataritza|Itsas|Elektronika|Kimika|Meatzaritza|Orokorra|Islamiarra|Abiazioa|Arrantza|Elektrikoa|Indarra|Institutua|Ikerketa|Kontseilua|Alderdia|Askapena|Brigada|Martiriak|Zementua|Itsasoa|Lineak'),
 'Maltese': _d('Kumpanija|Tbaħħir|Industriji|Industrija|Industrijali|Servizzi|Inġinerija|Trasport|Żejt|Pitrolju|Azzar|Assigurazzjoni|Investiment|Żvilupp|Kostruzzjoni|Armata|Fronti|Moviment|Organizzazzjoni|Fondazzjoni|Nazzjonali|Enerġija|Teknoloġija|Kummerċjali|Marittimu|Elettronika|Kimiku|Minjieri|Ġenerali|Iżlamiku|Avjazzjoni|Sajd|Elettriku|Qawwa|Istitut|Riċerka|Kunsill|Partit|Ħelsien|Brigata|Martri|Siment|Baħar|Linji'),
 'Icelandic': _d('Fyrirtæki|Skipaflutningar|Iðnaður|Iðnaður|Iðnaðar|Þjónusta|Verkfræði|Flutningar|Olía|Jarðolía|Stál|Tryggingar|Fjárfesting|Þróun|Byggingar|Her|Fylking|Hreyfing|Samtök|Sjóður|Þjóðleg|Orka|Tækni|Viðskipta|Sjávar|Rafeindatækni|Efna|Námuvinnsla|Almenn|Íslamska|Flug|Fiskveiðar|Raf|Afl|Stofnun|Rannsóknir|Ráð|Flokkur|Frelsun|Herdeild|Píslarvottar|Sement|Haf|Línur'),
 'Faroese': _d('Felag|Skipaferðsla|Ídnaður|Ídnaður|Ídnaðar|Tænastur|Verkfrøði|Flutningur|Olja|Jarðolja|Stál|Trygging|Íløga|Menning|Bygging|Herur|Fylking|Rørsla|Felagsskapur|Grunnur|Tjóðar|Orka|Tøkni|Handils|Havs|Elektronikkur|Kemisk|Námsvinna|Almenn|Islamsk|Flogferðsla|Fiskiskapur|Elektrisk|Megi|Stovnur|Gransking|Ráð|Flokkur|Frælsi|Herdeild|Píslarvottar|Sement|Hav|Linjur'),
 'Lithuanian': _d('Bendrovė|Laivyba|Pramonė|Pramonė|Pramoninė|Paslaugos|Inžinerija|Transportas|Nafta|Nafta|Plienas|Draudimas|Investicijos|Plėtra|Statyba|Armija|Frontas|Judėjimas|Organizacija|Fondas|Nacionalinis|Energija|Technologijos|Komercinis|Jūrų|Elektronika|Chemijos|Kasyba|Bendrasis|Islamo|Aviacija|Žvejyba|Elektros|Galia|Institutas|Tyrimai|Taryba|Partija|Išlaisvinimas|Brigada|Kankiniai|Cementas|Jūra|Linijos'),
 'Slovenian': _d('Podjetje|Ladjarstvo|Industrije|Industrija|Industrijski|Storitve|Inženiring|Prevoz|Nafta|Nafta|Jeklo|Zavarovanje|Naložbe|Razvoj|Gradbeništvo|Vojska|Fronta|Gibanje|Organizacija|Fundacija|Nacionalni|Energija|Tehnologija|Trgovski|Pomorski|Elektronika|Kemični|Rudarstvo|Splošni|Islamski|Letalstvo|Ribištvo|Električni|Moč|Inštitut|Raziskave|Svet|Stranka|Osvoboditev|Brigada|Mučenci|Cementni|Morje|Linije'),
 'Tagalog': _d('Kompanya|Pagpapadala|Industriya|Industriya|Pang-industriya|Serbisyo|Inhinyeriya|Transportasyon|Langis|Petrolyo|Bakal|Seguro|Pamumuhunan|Pagpapaunlad|Konstruksiyon|Hukbo|Prente|Kilusan|Samahan|Pundasyon|Pambansa|Enerhiya|Teknolohiya|Komersiyal|Pandagat|Elektroniks|Kemikal|Pagmimina|Pangkalahatan|Islamiko|Abyasyon|Pangingisda|Elektrisidad|Kapangyarihan|Instituto|Pananaliksik|Konseho|Partido|Pagpapalaya|Brigada|Martir|Semento|Dagat|Linya'),
 'Indonesian': _d('Perusahaan|Pelayaran|Industri|Industri|Perindustrian|Layanan|Teknik|Angkutan|Minyak|Minyak Bumi|Baja|Asuransi|Investasi|Pembangunan|Konstruksi|Tentara|Barisan|Gerakan|Organisasi|Yayasan|Nasional|Energi|Teknologi|Komersial|Kelautan|Elektronik|Kimia|Pertambangan|Umum|Islam|Penerbangan|Perikanan|Listrik|Daya|Institut|Penelitian|Dewan|Partai|Pembebasan||Syuhada|Semen|Laut|Jalur'),
 'Maori': _d('Kamupene|Kaipuke|Ahumahi|Ahumahi|Ahumahi|Ratonga|Pūkaha|Waka|Hinu|Hinu|Rino|Inihua|Haumi|Whanaketanga|Hanganga|Ope Taua|Aroaro|Kaupapa|Rōpū|Tūāpapa|Ā-Motu|Pūngao|Hangarau|Arumoni|Moana|Hikohiko|Matū|Keri Kohuke|Whānui|Ihirama|Rererangi|Hī Ika|Hiko|Mana|Whare Wānanga|Rangahau|Kaunihera|Rōpū Tōrangapū|Whakaoranga|||Raima|Moana|Rārangi'),
 'Cebuano': _d('Kompaniya|Pagpadala|Industriya|Industriya|Industriyal|Serbisyo|Inhenyeriya|Sakyanan|Lana|Petrolyo|Asero|Seguro|Puhunan|Kalamboan|Pagtukod|Kasundalohan|Atubangan|Kalihukan|Organisasyon|Pundasyon|Nasyonal|Enerhiya|Teknolohiya|Komersyal|Dagatnon|Elektroniko|Kemikal|Pagmina|Kinatibuk-an|Islamiko|Abyasyon|Pangisda|Elektrisidad|Gahum|Instituto|Panukiduki|Konseho|Partido|Kagawasan|Brigada|Martir|Semento|Dagat|Linya'),
 'West Frisian': _d('Bedriuw|Skipfeart|Yndustry|Yndustry|Yndustrieel|Tsjinsten|Yngenieurswurk|Ferfier|Oalje|Ierdoalje|Stiel|Fersekering|Ynvestearring|Untwikkeling|Bou|Leger|Fronte|Beweging|Organisaasje|Stifting|Nasjonaal|Enerzjy|Technyk|Kommersjeel|Marinen|Elektroanika|Gemysk|Mynbou|Algemien|Islamityske|Loftfeart|Fiskerij|Elektrysk|Krêft|Ynstitút|Undersyk|Ried|Partij|Befrijing||Martelers|Semint|See|Linen'),
 'Malay': _d('Syarikat|Perkapalan|Perindustrian|Industri|Perindustrian|Perkhidmatan|Kejuruteraan|Pengangkutan|Minyak|Petroleum|Keluli|Insurans|Pelaburan|Pembangunan|Pembinaan|Tentera|Barisan|Pergerakan|Pertubuhan|Yayasan|Kebangsaan|Tenaga|Teknologi|Komersial|Marin|Elektronik|Kimia|Perlombongan|Am|Islam|Penerbangan|Perikanan|Elektrik|Kuasa|Institut|Penyelidikan|Majlis|Parti|Pembebasan|Briged|Syuhada|Simen|Laut|Laluan'),
 'Bosnian': _d('Kompanija|Brodarstvo|Industrije|Industrija|Industrijski|Usluge|Inženjering|Prevoz|Nafta|Nafta|Čelik|Osiguranje|Investicije|Razvoj|Građevina|Armija|Fronta|Pokret|Organizacija|Fondacija|Nacionalni|Energija|Tehnologija|Komercijalni|Pomorski|Elektronika|Hemijski|Rudarstvo|Opći|Islamski|Avijacija|Ribarstvo|Električni|Snaga|Institut|Istraživanje|Vijeće|Stranka|Oslobođenje|Brigada|Šehidi|Cement|More|Linije'),
}
LANGS = list(DICT)
UNITS = [  # (language, unit, after_city)
    ('Welsh', 'cangen yn', False), ('Basque', 'sukurtsala', True), ('Maltese', 'fergħa fi', False),
    ('Icelandic', 'útibú í', False), ('Faroese', 'deild í', False), ('Lithuanian', 'filialas', True),
    ('Slovenian', 'podružnica v', False), ('Tagalog', 'sangay sa', False), ('Indonesian', 'cabang', False),
    ('Maori', 'peka i', False), ('Cebuano', 'sanga sa', False), ('West Frisian', 'filiaal yn', False),
    ('Malay', 'cawangan', False), ('Bosnian', 'podružnica u', False),
]
def unit_shape(lang, unit, after):
    return '%s `%s` (%s the city)' % (lang, unit, 'after' if after else 'before')
UNIT_SHAPES = [unit_shape(*u) for u in UNITS]
TRANSLATION_SHAPES = list(LANGS)

MESSY = [
    ('Elixir map', '%%{party: "{N}", city: "{C}", list: :sdn}'),
    ('Protobuf text format', 'screening_request { party_name: "{N}" city: "{C}" }'),
    ('INI section', '[counterparty]\nname = {N}\ncity = {C}'),
    ('Makefile variables', 'PARTY_NAME := {N}\nPARTY_CITY := {C}'),
    ('Haskell record', 'Party { partyName = "{N}", partyCity = "{C}" }'),
    ('PowerShell hashtable', '@{ Name = "{N}"; City = "{C}" }'),
    ('chat in Welsh', 'Allwch chi wirio {N} yn {C} yn erbyn y rhestr sancsiynau?'),
    ('chat in Basque', 'Mesedez, egiaztatu {N} ({C}) zigorren zerrendan.'),
    ('chat in Maltese', "Tista' tiċċekkja {N} ġewwa {C} mal-lista tas-sanzjonijiet?"),
    ('chat in Icelandic', 'Geturðu athugað {N} í {C} á þvingunarlistanum?'),
    ('chat in Faroese', 'Kanst tú kanna {N} í {C} á revsitiltakslistanum?'),
    ('chat in Lithuanian', 'Ar galite patikrinti {N} ({C}) sankcijų sąraše?'),
    ('chat in Slovenian', 'Ali lahko preverite {N} v kraju {C} na seznamu sankcij?'),
    ('chat in Tagalog', 'Pakisuri po ang {N} sa {C} sa listahan ng mga parusa.'),
]
MESSY_SHAPES = [m[0] for m in MESSY]

ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}
SHAPES = {
    'case': CASE_SHAPES, 'word_order': WORD_ORDER_SHAPES, 'partial': PARTIAL_SHAPES, 'punctuation': PUNCT_SHAPES,
    'typo': TYPO_SHAPES, 'transliteration': TRANSLIT_SHAPES, 'script': SCRIPT_SHAPES, 'aka': AKA_SHAPES,
    'legal_form': [f[0] for f in LEGAL_FORMS], 'abbreviation': ABBR_SHAPES, 'translation': TRANSLATION_SHAPES,
    'parent_vs_subsidiary': UNIT_SHAPES, 'messy': MESSY_SHAPES,
}
def QUOTA(kind):
    if kind in ITEM_KINDS:
        return 1
    return 12 // len(SHAPES[kind])
KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
MIXED = {'abbreviation'}
NARC_ABBR_MAX = 2


def shape_of(kind, variant):
    """match the variant against known shape names, longest first; return (shape, detail)"""
    for s in sorted(SHAPES[kind], key=len, reverse=True):
        if variant == s:
            return s, ''
        if variant.startswith(s + ' (') and variant.endswith(')'):
            return s, variant[len(s) + 2:-1]
    return None, None


def variant(shape, detail):
    return shape + (' (%s)' % detail if detail else '')


# ---------------- generators ----------------
def g_case(name, e, d):
    out = []
    q = ''.join(c.upper() if c.lower() in 'aeiou' else c.lower() for c in name)
    out.append((CASE_SHAPES[0], '', q))
    ws = []
    for w in name.split(' '):
        n = 0; s = []
        for c in w:
            if c.isalpha():
                n += 1
                s.append(c.upper() if n % 3 == 0 else c.lower())
            else:
                s.append(c)
        ws.append(''.join(s))
    out.append((CASE_SHAPES[1], '', ' '.join(ws)))
    toks = name.split(' ')
    if len(toks) >= 3:
        q = ' '.join(t.upper() if i in (0, len(toks) - 1) else t.lower() for i, t in enumerate(toks))
        out.append((CASE_SHAPES[2], '', q))
    return out


def _lsum(w):
    return sum(ord(c) - 96 for c in w.lower() if 'a' <= c.lower() <= 'z')


def g_word_order(name, e, d):
    body, legal = display_parts(name)
    if not plain_body(body):
        return []
    idx = [i for i, t in enumerate(body) if is_name_word(t)]
    if len(idx) < 3:
        return []
    words = [body[i].rstrip(',') for i in idx]
    keys = [lambda w: -sum(1 for c in w.lower() if c in 'aeiou'),
            lambda w: -ord(w[1].lower()),
            lambda w: -_lsum(w)]
    out = []
    for shape, kf in zip(WORD_ORDER_SHAPES, keys):
        new = sorted(words, key=kf)
        if new == words:
            continue
        b = [t.rstrip(',') for t in body]
        for i, w in zip(idx, new):
            b[i] = w
        out.append((shape, '', ' '.join(b + legal)))
    return out


def g_partial(name, e, d):
    body, legal = display_parts(name)
    if any(t in ('/', '-', '&', '+') for t in body):
        return []
    words = [t.rstrip(',') for t in body if is_name_word(t)]
    if len(words) < 3:
        return []
    out = []
    odd = words[0::2]
    out.append((PARTIAL_SHAPES[0], '', ' '.join(odd)))
    li = max(range(len(words)), key=lambda i: (len(words[i]), -i))
    rest = [w for i, w in enumerate(words) if i != li]
    out.append((PARTIAL_SHAPES[1], '', ' '.join(rest + legal)))
    two = sorted(sorted(range(len(words)), key=lambda i: (len(words[i]), i))[:2])
    out.append((PARTIAL_SHAPES[2], '', ' '.join([words[i] for i in two] + legal)))
    res = []
    for s, dt, q in out:
        kept = q.split()
        nw = [w for w in kept if is_name_word(w)]
        if len(nw) >= len(words) or len(nw) < 2 or sum(len(w) for w in nw) < 10:
            continue
        res.append((s, dt, q))
    return res


def g_legal_form(name, e, d):
    body, legal = display_parts(name)
    if any('.' in t or is_legal_tok(t) for t in body):
        return []
    if not any(len(t.strip(',')) >= 3 and t.strip(',').isalpha() for t in body):
        return []
    b = ' '.join(body).rstrip(',')
    out = []
    for shape, form, front in LEGAL_FORMS:
        out.append((shape, '', (form + ' ' + b) if front else (b + ' ' + form)))
    return out


def _ordered_name_words(body):
    """name word indices, longest first (stable)"""
    idx = [i for i, t in enumerate(body) if is_name_word(t)]
    return sorted(idx, key=lambda i: -len(body[i].rstrip(',')))


def _edit_letter(body, letter, repl):
    for i in _ordered_name_words(body):
        w = body[i].rstrip(','); tail = body[i][len(w):]
        j = w.lower().find(letter, 1)
        if j >= 1:
            r = repl if w[j].islower() else repl.upper()
            nb = list(body); nb[i] = w[:j] + r + w[j + 1:] + tail
            return nb, w
    return None, None


def _edit_longest(body, fn):
    L = _ordered_name_words(body)
    if not L:
        return None, None
    i = L[0]
    w = body[i].rstrip(','); tail = body[i][len(w):]
    nw = fn(w)
    if nw is None:
        return None, None
    nb = list(body); nb[i] = nw + tail
    return nb, w


def g_punctuation(name, e, d):
    body, legal = display_parts(name)
    out = []
    for shape, (kind, a, b) in zip(PUNCT_SHAPES, [('L', 'i', '!'), ('L', 'c', '\u00a2'), ('P', 2, '%'), ('M', 0, '|')]):
        if kind == 'L':
            nb, w = _edit_letter(body, a, b)
        elif kind == 'P':
            nb, w = _edit_longest(body, lambda w: (w[:a] + b + w[a:]) if len(w) > a + 1 else None)
        else:
            nb, w = _edit_longest(body, lambda w: (w[:len(w) // 2] + '|' + w[len(w) // 2:]) if len(w) >= 4 else None)
        if nb:
            out.append((shape, 'in ' + w, ' '.join(nb + legal)))
    return out


def g_typo(name, e, d):
    body, legal = display_parts(name)
    out = []
    for shape, (a, b) in zip(TYPO_SHAPES[:4], [('d', 'cl'), ('l', '1'), ('t', 'r'), ('m', 'n')]):
        nb, w = _edit_letter(body, a, b)
        if nb:
            out.append((shape, 'in ' + w, ' '.join(nb + legal)))
    nb, w = _edit_longest(body, lambda w: w[:2] + w[1].lower() + w[2:] if len(w) >= 4 else None)
    if nb:
        out.append((TYPO_SHAPES[4], 'in ' + w, ' '.join(nb + legal)))
    nb, w = _edit_longest(body, lambda w: w[:-1] if len(w) >= 5 else None)
    if nb:
        out.append((TYPO_SHAPES[5], 'in ' + w, ' '.join(nb + legal)))
    return out


def g_abbreviation(name, e, d):
    body, legal = display_parts(name)
    out = []
    for (ab, longs), shape in zip(ABBR, ABBR_SHAPES):
        for i, t in enumerate(body):
            w = t.rstrip(','); tail = t[len(w):]
            if w.upper() in longs:
                nb = list(body); nb[i] = ab + tail
                out.append((shape, '`%s` for %s' % (ab, w.upper()), ' '.join(nb + legal)))
                break
    return out


def g_aka(name, e, d):
    return [(AKA_SHAPES[0], 'alt_num %d' % a[0], a[2]) for a in d.alts.get(e, []) if a[1] == 'aka']


# transliteration
def _hu(w):
    o, i, n = [], 0, len(w)
    while i < n:
        two = w[i:i + 2]; c = w[i]; nx = w[i + 1] if i + 1 < n else ''
        m2 = {'sh': 's', 'ch': 'cs', 'zh': 'zs', 'kh': 'h', 'ph': 'f', 'th': 't', 'ts': 'c', 'tz': 'c', 'ck': 'k',
              'qu': 'kv', 'ee': '\u00ed', 'oo': '\u00fa'}
        if two in m2:
            o.append(m2[two]); i += 2; continue
        if c == 'c':
            o.append('sz' if nx in ('e', 'i', 'y') else 'k')
        elif c == 's':
            o.append('sz')
        elif c == 'q':
            o.append('k')
        elif c == 'x':
            o.append('ksz')
        elif c == 'w':
            o.append('v')
        elif c == 'j':
            o.append('dzs')
        elif c == 'y':
            o.append('j' if nx in VOW else 'i')
        else:
            o.append(c)
        i += 1
    return ''.join(o)


def _sq(w):
    o, i, n = [], 0, len(w)
    while i < n:
        two = w[i:i + 2]; c = w[i]; nx = w[i + 1] if i + 1 < n else ''
        if two in ('sh', 'zh', 'th', 'dh'):
            o.append(two); i += 2; continue
        m2 = {'ch': '\u00e7', 'kh': 'h', 'ph': 'f', 'ts': 'c', 'tz': 'c', 'ck': 'k', 'qu': 'kv', 'ee': 'i', 'oo': 'u'}
        if two in m2:
            o.append(m2[two]); i += 2; continue
        if c == 'c':
            o.append('s' if nx in ('e', 'i', 'y') else 'k')
        elif c == 'q':
            o.append('k')
        elif c == 'x':
            o.append('ks')
        elif c == 'w':
            o.append('v')
        elif c == 'j':
            o.append('xh')
        elif c == 'y':
            o.append('j' if nx in VOW else 'i')
        else:
            o.append(c)
        i += 1
    return ''.join(o)


def _translit_word(t, fn):
    core = t.rstrip(',')
    if not core or core.isupper() or _fold_tok(core) in FILLER:
        return t
    segs = re.split(r'([^A-Za-z]+)', core)
    out = []
    for s in segs:
        if s.isalpha() and s.isascii() and len(s) > 4:
            r = fn(s.lower())
            out.append(r[0].upper() + r[1:] if s[0].isupper() else r)
        else:
            out.append(s)
    return ''.join(out) + t[len(core):]


def g_transliteration(name, e, d):
    body, legal = display_parts(name)
    out = []
    for shape, fn in zip(TRANSLIT_SHAPES, (_hu, _sq)):
        nb = [_translit_word(t, fn) for t in body]
        if nb != body:
            out.append((shape, '', ' '.join(nb + legal)))
    return out


def g_translation(name, e, d):
    body, legal = display_parts(name)
    out = []
    for lang in LANGS:
        D = DICT[lang]
        for i, t in enumerate(body):
            w = t.rstrip(','); tail = t[len(w):]
            if w.lower() in D:
                nb = list(body); nb[i] = D[w.lower()] + tail
                out.append((lang, '`%s` for %s' % (D[w.lower()], w.lower()), ' '.join(nb + legal)))
                break
    return out


def g_parent(name, e, d):
    c = d.city(e)
    if not c:
        return []
    disp = display(name)
    out = []
    for (lang, unit, after), shape in zip(UNITS, UNIT_SHAPES):
        q = (disp + ' ' + c + ' ' + unit) if after else (disp + ' ' + unit + ' ' + c)
        out.append((shape, 'city ' + c, q))
    return out


def g_messy(name, e, d):
    c = d.city(e)
    if not c:
        return []
    disp = display(name)
    return [(s, 'city ' + c, t.replace('{N}', disp).replace('{C}', c).replace('%%', '%')) for s, t in MESSY]


# script
TIF = {'a': 'YA', 'b': 'YAB', 'd': 'YAD', 'e': 'YEY', 'f': 'YAF', 'g': 'YAG', 'h': 'YAH', 'i': 'YI', 'j': 'YAJ',
       'k': 'YAK', 'l': 'YAL', 'm': 'YAM', 'n': 'YAN', 'o': 'YO', 'p': 'YAP', 'q': 'YAQ', 'r': 'YAR', 's': 'YAS',
       't': 'YAT', 'u': 'YU', 'v': 'YAV', 'w': 'YAW', 'z': 'YAZ', 'x': 'YAK YAS',
       'sh': 'YASH', 'ch': 'YACH', 'kh': 'YAKH', 'zh': 'YAZH', 'gh': 'YAGH', 'th': 'YATH', 'ph': 'YAF', 'ts': 'YAT YAS',
       'cs': 'YAS', 'ck': 'YAK', 'yc': 'YAY', 'yv': 'YI'}
OHU = {'a': 'A', 'b': 'EB', 'd': 'ED', 'e': 'E', 'f': 'EF', 'g': 'EG', 'h': 'EH', 'i': 'I', 'j': 'ED EZS', 'k': 'EK',
       'l': 'EL', 'm': 'EM', 'n': 'EN', 'o': 'O', 'p': 'EP', 'q': 'EK', 'r': 'ER', 's': 'ESZ', 't': 'ET', 'u': 'U',
       'v': 'EV', 'w': 'EV', 'z': 'EZ', 'x': 'EK ESZ',
       'sh': 'ES', 'ch': 'ECS', 'kh': 'ECH', 'zh': 'EZS', 'gh': 'EG', 'th': 'ET', 'ph': 'EF', 'ts': 'EC',
       'cs': 'ESZ', 'ck': 'EK', 'yc': 'EJ', 'yv': 'I'}
SCRIPT_TABLE = {'Tifinagh': (TIF, 'TIFINAGH LETTER ', (0x2D30, 0x2D7F)),
                'Old Hungarian': (OHU, 'OLD HUNGARIAN SMALL LETTER ', (0x10C80, 0x10CFF))}


def script_words(name):
    ws = []
    for t in name.replace('-', ' ').split():
        if any(ch.isdigit() for ch in t) or any(ch in "'\"\u2019\u2018`" for ch in t) or not t.isascii():
            continue
        w = re.sub(r'[^A-Za-z]', '', t).lower()
        if not w or '.' in t.rstrip('.,') or w in FILLER or len(w) < 2:
            continue
        ws.append(w)
    return ws


def _collapse(w):
    w = w.replace('ck', 'k')
    o = []
    for c in w:
        if o and o[-1] == c:
            continue
        o.append(c)
    return ''.join(o)


def render(w, table, prefix):
    w = _collapse(w)
    out, i = [], 0
    while i < len(w):
        two = w[i:i + 2]
        if two in table and two not in ('cs', 'yc', 'yv', 'ck'):
            names = table[two]; i += 2
        else:
            c = w[i]; nx = w[i + 1] if i + 1 < len(w) else ''
            if c == 'c':
                names = table['cs'] if nx in ('e', 'i', 'y') else table['k']
            elif c == 'y':
                names = table['yc'] if nx in 'aeiou' and nx else table['yv']
            else:
                names = table[c]
            i += 1
        out.extend(unicodedata.lookup(prefix + n) for n in names.split())
    return ''.join(out)


def g_script(name, e, d):
    ws = script_words(name)[:4]
    if not ws or (len(ws) == 1 and len(ws[0]) < 7):
        return []
    out = []
    for shape in SCRIPT_SHAPES:
        table, prefix, _ = SCRIPT_TABLE[shape]
        out.append((shape, '', ' '.join(render(w, table, prefix) for w in ws)))
    return out


def script_errors(shape, q):
    lo, hi = SCRIPT_TABLE[shape][2]
    return ['foreign code point %r' % c for c in q if c != ' ' and not (lo <= ord(c) <= hi)]


GEN = {'case': g_case, 'word_order': g_word_order, 'partial': g_partial, 'legal_form': g_legal_form,
       'punctuation': g_punctuation, 'typo': g_typo, 'abbreviation': g_abbreviation, 'aka': g_aka,
       'transliteration': g_transliteration, 'translation': g_translation, 'parent_vs_subsidiary': g_parent,
       'messy': g_messy, 'script': g_script}


def generate(kind, e, d):
    return GEN[kind](d.sdn[e]['name'], e, d)
