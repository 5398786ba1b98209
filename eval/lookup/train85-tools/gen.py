"""train85 generators: one per kind. Each yields (shape, detail, query). Items (used once) are the shapes of
legal_form, abbreviation, translation, parent_vs_subsidiary and messy."""
import re, unicodedata, urllib.parse
import lib
from lib import split_legal, tcw, join

SMALL = lib.FILLER | {'para', 'con', 'por', 'en', 'for'}

# ---------------- quotas ----------------
QUOTA = {
    'aka': {'alt.csv alias of the same entity': 12},
    'partial': {'first two name words, legal form dropped': 4,
                'odd-position name words, legal form kept': 4,
                'three longest name words in name order, legal form dropped': 4},
    'word_order': {'name words sorted longest first': 4,
                   'last two name words moved to the front': 4,
                   'adjacent name words swapped in pairs': 4},
    'case': {'vowels upper, consonants lower': 4,
             'first half of each word lower, second half upper': 4,
             'sentence case': 4},
    'punctuation': {'$ for s': 3, '\u00a9 for c': 3, '* inside a word': 3, '% inside a word': 3},
    'typo': {'OCR 8 for b': 2, 'OCR c for e': 2, 'k typed for l': 2, 'y typed for t': 2,
             'vowel doubled in the longest word': 2, 'last vowel of the longest word dropped': 2},
    'transliteration': {'Polish-style spelling': 6, 'Dutch-style spelling': 6},
    'script': {'Georgian (Mkhedruli) rendering': 6, 'Armenian rendering': 6},
}
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}

LEGAL_FORMS = [  # (label, form, position)
    ('Icelandic ehf.', 'ehf.', 'end'), ('Finnish Oyj', 'Oyj', 'end'), ('Greek I.K.E.', 'I.K.E.', 'end'),
    ('Belgian BVBA', 'BVBA', 'end'), ('Luxembourg S.\u00e0 r.l.', 'S.\u00e0 r.l.', 'end'),
    ('Slovenian d.d.', 'd.d.', 'end'), ('Spanish S.L.N.E.', 'S.L.N.E.', 'end'), ('Chilean SpA', 'SpA', 'end'),
    ('Lithuanian MB', 'MB', 'front'), ('Philippine OPC', 'OPC', 'end'),
    ('Portuguese Unipessoal Lda.', 'Unipessoal Lda.', 'end'), ('Romanian S.C. ... S.R.L.', ('S.C.', 'S.R.L.'), 'around'),
]

ABBR = [  # (short, long words)
    ('Dept.', ['DEPARTMENT']), ('Dev.', ['DEVELOPMENT']),
    ('Elec.', ['ELECTRIC', 'ELECTRICAL', 'ELECTRONIC', 'ELECTRONICS', 'ELECTRICITY']),
    ('Tech.', ['TECHNOLOGY', 'TECHNOLOGIES', 'TECHNICAL']), ('Prod.', ['PRODUCTION', 'PRODUCTS']),
    ('Petrol.', ['PETROLEUM']), ('Pharm.', ['PHARMACEUTICAL', 'PHARMACEUTICALS']), ('Univ.', ['UNIVERSITY']),
    ('Govt.', ['GOVERNMENT']), ('Mfg.', ['MANUFACTURING']), ('Hldgs.', ['HOLDINGS']),
    ('Comms.', ['COMMUNICATIONS']), ('Min.', ['MINISTRY']), ('Metall.', ['METALLURGICAL', 'METALLURGY']),
    ('Telecom.', ['TELECOMMUNICATIONS', 'TELECOMMUNICATION']),
]
ABBR_MAP = dict(ABBR)

_EN = ['shipping', 'bank', 'trading', 'industries', 'industrial', 'oil', 'engineering', 'construction', 'investment',
       'insurance', 'exchange', 'airlines', 'mining', 'steel', 'cement', 'electric', 'electricity', 'commercial',
       'development', 'technology', 'services', 'foundation', 'organization', 'movement', 'army', 'brigade', 'front',
       'martyrs', 'ministry', 'transport', 'chemical', 'energy', 'power', 'marine']


def _d(s):
    return dict(zip(_EN, [x.strip() for x in s.split('|')]))


TRANS = {
    'Welsh': _d('Llongau|Banc|Masnachu|Diwydiannau|Diwydiannol|Olew|Peirianneg|Adeiladu|Buddsoddi|Yswiriant|Cyfnewid|'
                'Cwmnïau Hedfan|Mwyngloddio|Dur|Sment|Trydan|Trydan|Masnachol|Datblygu|Technoleg|Gwasanaethau|Sefydliad|'
                'Sefydliad|Mudiad|Byddin|Brigâd|Ffrynt|Merthyron|Gweinidogaeth|Trafnidiaeth|Cemegol|Ynni|Pŵer|Morol'),
    'Icelandic': _d('Skipaflutningar|Banki|Verslun|Iðnaður|Iðnaðar|Olía|Verkfræði|Byggingar|Fjárfesting|Tryggingar|'
                    'Skipti|Flugfélag|Námuvinnsla|Stál|Sement|Rafmagns|Rafmagn|Viðskipta|Þróun|Tækni|Þjónusta|Sjóður|'
                    'Samtök|Hreyfing|Her|Herdeild|Fylking|Píslarvottar|Ráðuneyti|Flutningar|Efna|Orka|Orka|Sjávar'),
    'Maltese': _d('Tbaħħir|Bank|Kummerċ|Industriji|Industrijali|Żejt|Inġinerija|Kostruzzjoni|Investiment|Assigurazzjoni|'
                  'Kambju|Linji Tal-Ajru|Minjieri|Azzar|Siment|Elettriku|Elettriku|Kummerċjali|Żvilupp|Teknoloġija|'
                  'Servizzi|Fondazzjoni|Organizzazzjoni|Moviment|Armata|Brigata|Front|Martri|Ministeru|Trasport|'
                  'Kimiku|Enerġija|Qawwa|Marittimu'),
    'Tagalog': _d('Pagpapadala|Bangko|Kalakalan|Industriya|Pang-Industriya|Langis|Inhinyeriya|Konstruksiyon|Pamumuhunan|'
                  'Seguro|Palitan|Linya Ng Eroplano|Pagmimina|Bakal|Semento|Elektrika|Kuryente|Komersiyal|Pagpapaunlad|'
                  'Teknolohiya|Serbisyo|Pundasyon|Samahan|Kilusan|Hukbo|Brigada|Prente|Martir|Ministeryo|'
                  'Transportasyon|Kemikal|Enerhiya|Kapangyarihan|Pandagat'),
    'Malay': _d('Perkapalan|Bank|Niaga|Industri|Perindustrian|Minyak|Kejuruteraan|Pembinaan|Pelaburan|Insurans|'
                'Pertukaran|Syarikat Penerbangan|Perlombongan|Keluli|Simen|Elektrik|Elektrik|Komersial|Pembangunan|'
                'Teknologi|Perkhidmatan|Yayasan|Pertubuhan|Gerakan|Tentera|Briged|Barisan|Syuhada|Kementerian|'
                'Pengangkutan|Kimia|Tenaga|Kuasa|Marin'),
    'Galician': _d('Navieira|Banco|Comercio|Industrias|Industrial|Petróleo|Enxeñaría|Construción|Investimento|Seguros|'
                   'Cambio|Liñas Aéreas|Minaría|Aceiro|Cemento|Eléctrica|Electricidade|Comercial|Desenvolvemento|'
                   'Tecnoloxía|Servizos|Fundación|Organización|Movemento|Exército|Brigada|Fronte|Mártires|Ministerio|'
                   'Transporte|Química|Enerxía|Enerxía|Mariña'),
    'Hausa': _d('Jigilar Kaya|Banki|Kasuwanci|Masana\'antu|Masana\'antu|Mai|Injiniya|Gine-Gine|Zuba Jari|Inshora|Musayar|'
                'Kamfanin Jiragen Sama|Hakar Ma\'adinai|Karfe|Siminti|Lantarki|Wutar Lantarki|Kasuwanci|Ci Gaba|Fasaha|'
                'Ayyuka|Gidauniya|Kungiya|Yunkuri|Sojoji|Runduna|Gaba|Shahidai|Ma\'aikata|Sufuri|Sinadarai|Makamashi|'
                'Wuta|Ruwa'),
    'Albanian': _d('Lundrim|Bankë|Tregti|Industri|Industrial|Naftë|Inxhinieri|Ndërtim|Investim|Sigurime|Këmbim|'
                   'Linjat Ajrore|Miniera|Çelik|Çimento|Elektrik|Energji Elektrike|Tregtar|Zhvillim|Teknologji|'
                   'Shërbime|Fondacion|Organizatë|Lëvizje|Ushtri|Brigadë|Front|Dëshmorë|Ministri|Transport|Kimik|'
                   'Energji|Fuqi|Detar'),
    'Serbian (Latin)': _d('Brodarstvo|Banka|Trgovina|Industrija|Industrijski|Nafta|Inženjering|Građevinarstvo|Investicije|'
                          'Osiguranje|Menjačnica|Avio-Kompanija|Rudarstvo|Čelik|Cement|Elektro|Elektroprivreda|'
                          'Komercijalni|Razvoj|Tehnologija|Usluge|Fondacija|Organizacija|Pokret|Vojska|Brigada|Front|'
                          'Mučenici|Ministarstvo|Prevoz|Hemijski|Energija|Snaga|Pomorski'),
    'Scottish Gaelic': _d('Luingeas|Banca|Malairt|Gnìomhachasan|Gnìomhachais|Ola|Innleadaireachd|Togail|Tasgadh|'
                          'Àrachas|Iomlaid|Companaidh-Adhair|Mèinnearachd|Stàilinn|Saimeant|Dealain|Dealan|Malairteach|'
                          'Leasachadh|Teicneolas|Seirbheisean|Stèidheachd|Buidheann|Gluasad|Arm|Briogàd|Aghaidh|'
                          'Mairtirich|Ministrealachd|Còmhdhail|Ceimigeach|Lùth|Cumhachd|Mara'),
    'Japanese (romaji)': _d('Kaiun|Ginko|Shoji|Kogyo|Kogyo|Sekiyu|Enjiniaringu|Kensetsu|Toshi|Hoken|Ryogae|Koku|Kozan|'
                            'Tekko|Semento|Denki|Denryoku|Shogyo|Kaihatsu|Gijutsu|Sabisu|Zaidan|Soshiki|Undo|Rikugun|'
                            'Ryodan|Sensen|Junkyosha|Kancho|Unyu|Kagaku|Enerugi|Denryoku|Kaiyo'),
    'Latin': _d('Navigatio|Argentaria|Mercatura|Industriae|Industrialis|Oleum|Machinatio|Aedificatio|Collocatio|Cautio|'
                'Permutatio|Lineae Aeriae|Fodinae|Chalybs|Caementum|Electricus|Electricitas|Commercialis|Progressio|'
                'Technologia|Ministeria|Fundatio|Ordinatio|Motus|Exercitus|Legio|Frons|Martyres|Ministerium|Vectura|'
                'Chemicus|Energia|Potentia|Marinus'),
}

UNITS = [  # (label, text, position relative to city)
    ('Welsh cangen', 'cangen', 'before'), ('Icelandic útibú í', 'útibú í', 'before'),
    ('Maltese fergħa fi', 'fergħa fi', 'before'), ('Tagalog sangay sa', 'sangay sa', 'before'),
    ('Malay cawangan', 'cawangan', 'before'), ('Galician delegación en', 'delegación en', 'before'),
    ('Hausa reshe a', 'reshe a', 'before'), ('Albanian dega në', 'dega në', 'before'),
    ('Serbian ogranak u', 'ogranak u', 'before'), ('Japanese romaji shiten', 'shiten', 'after'),
    ('field office', 'field office', 'after'), ('project office', 'project office', 'after'),
]


def _sql(s):
    return s.replace("'", "''")


MESSY = [  # (label, template function)
    ('SQL INSERT statement', lambda n, c: "INSERT INTO counterparties (name, city) VALUES ('%s', '%s');" % (_sql(n), _sql(c))),
    ('syslog-style log line', lambda n, c: 'Mar 14 09:21:07 screen01 kyc[4121]: WARN lookup party="%s" city="%s" result=pending' % (n, c)),
    ('HTML table row', lambda n, c: '<tr><td>%s</td><td>%s</td><td>awaiting check</td></tr>' % (n, c)),
    ('INI section line', lambda n, c: '[vendor_0457] name=%s city=%s' % (n, c)),
    ('URL query string', lambda n, c: 'https://portal.example.com/screen?party=%s&city=%s&mode=exact' % (urllib.parse.quote_plus(n), urllib.parse.quote_plus(c))),
    ('Python dict literal', lambda n, c: "{'party': %r, 'city': %r, 'status': 'open'}" % (n, c)),
    ('chat in Welsh', lambda n, c: 'Helo, allwch chi wirio %s yn %s i mi os gwelwch yn dda?' % (n, c)),
    ('chat in Icelandic', lambda n, c: 'Hæ, geturðu athugað %s í %s fyrir mig?' % (n, c)),
    ('chat in Tagalog', lambda n, c: 'Hi, pakisuri naman ang %s sa %s, salamat!' % (n, c)),
    ('chat in Malay', lambda n, c: 'Hai, boleh tolong semak %s di %s?' % (n, c)),
    ('chat in Galician', lambda n, c: 'Ola, podes comprobar %s en %s, por favor?' % (n, c)),
    ('chat in Albanian', lambda n, c: 'Përshëndetje, a mund ta kontrolloni %s në %s?' % (n, c)),
]
MESSY_TITLE = {'chat in Welsh', 'chat in Icelandic', 'chat in Tagalog', 'chat in Malay', 'chat in Galician',
               'chat in Albanian', 'syslog-style log line', 'Python dict literal'}

ITEMS = {'legal_form': [x[0] for x in LEGAL_FORMS], 'abbreviation': [a for a, _ in ABBR],
         'translation': list(TRANS), 'parent_vs_subsidiary': [u[0] for u in UNITS], 'messy': [m[0] for m in MESSY]}


# ---------------- helpers ----------------
def plain(w):
    return w.isalpha()


def is_small(w):
    lw = w.lower()
    return lw in SMALL or len(lw) <= 2 or w.upper() in lib.ROMAN


def titled(rec):
    b, s = split_legal(rec['name'])
    return tcw(b), s


def longest_idx(words):
    best = -1
    for i, w in enumerate(words):
        if w.isalpha() and (best < 0 or len(w) > len(words[best])):
            best = i
    return best


VOW = 'aeiouAEIOU'


# ---------------- generators ----------------
def g_aka(rec):
    for a in rec['aliases']:
        yield 'alt.csv alias of the same entity', '', a


def g_partial(rec):
    b, s = split_legal(rec['name'])
    toks = b.split()
    if not toks or not all(plain(t) for t in toks):
        return
    ns = [t for t in toks if not is_small(t)]
    if len(toks) < 4 or len(ns) < 4:
        return
    cands = [('first two name words, legal form dropped', ns[:2], False),
             ('odd-position name words, legal form kept', ns[0::2], True)]
    order = sorted(range(len(ns)), key=lambda i: -len(ns[i]))[:3]
    cands.append(('three longest name words in name order, legal form dropped', [ns[i] for i in sorted(order)], False))
    for shape, ws, keep in cands:
        if sum(len(w) for w in ws) < 10 or len(ws) < 2:
            continue
        q = tcw(' '.join(ws))
        yield shape, '', join(q, s) if keep else q


def g_word_order(rec):
    b, s = split_legal(rec['name'])
    toks = b.split()
    if len(toks) < 3 or not all(plain(t) and not is_small(t) for t in toks):
        return
    out = []
    out.append(('name words sorted longest first', sorted(toks, key=lambda w: -len(w))))
    out.append(('last two name words moved to the front', toks[-2:] + toks[:-2]))
    if len(toks) >= 4:
        sw = []
        for i in range(0, len(toks) - 1, 2):
            sw += [toks[i + 1], toks[i]]
        if len(toks) % 2:
            sw.append(toks[-1])
        out.append(('adjacent name words swapped in pairs', sw))
    for shape, ws in out:
        if ws != toks:
            yield shape, '', join(tcw(' '.join(ws)), s)


def g_case(rec):
    n = rec['name']
    yield 'vowels upper, consonants lower', '', ''.join(c.upper() if c in VOW else c.lower() for c in n)
    parts = []
    for w in n.split(' '):
        h = len(w) // 2
        parts.append(w[:h].lower() + w[h:].upper())
    yield 'first half of each word lower, second half upper', '', ' '.join(parts)
    low = n.lower()
    yield 'sentence case', '', low[:1].upper() + low[1:]


def g_legal_form(rec):
    b, s = split_legal(rec['name'])
    if '(' in b or ',' in b or re.search(r'(?:^|\s)(?:[A-Za-z]\.){1,}[A-Za-z]?\.?$', b):
        return
    tb = tcw(b)
    det = ('replaces ' + s) if s else 'added'
    for label, form, pos in LEGAL_FORMS:
        if pos == 'end':
            q = tb + ' ' + form
        elif pos == 'front':
            q = form + ' ' + tb
        else:
            q = form[0] + ' ' + tb + ' ' + form[1]
        yield label, det, q


def _inside(word_list, ch, rep, minlen=4):
    for i, w in enumerate(word_list):
        if len(w) >= minlen and w.isalpha():
            j = w.lower().find(ch, 1)
            if j > 0:
                return word_list[:i] + [w[:j] + rep + w[j + 1:]] + word_list[i + 1:]
    return None


def g_punctuation(rec):
    tb, s = titled(rec)
    ws = tb.split()
    r = _inside(ws, 's', '$')
    if r:
        yield '$ for s', '', join(' '.join(r), s)
    r = _inside(ws, 'c', '\u00a9')
    if r:
        yield '\u00a9 for c', '', join(' '.join(r), s)
    li = longest_idx(ws)
    if li >= 0 and len(ws[li]) >= 5:
        w = ws[li]
        m = len(w) // 2
        yield '* inside a word', '', join(' '.join(ws[:li] + [w[:m] + '*' + w[m:]] + ws[li + 1:]), s)
        t = max(2, len(w) // 3)
        yield '% inside a word', '', join(' '.join(ws[:li] + [w[:t] + '%' + w[t:]] + ws[li + 1:]), s)


def g_abbreviation(rec):
    b, s = split_legal(rec['name'])
    toks = b.split()
    for short, longs in ABBR:
        for i, t in enumerate(toks):
            if re.sub(r'[^A-Za-z]', '', t).upper() in longs and t.isalpha():
                rest = tcw(' '.join(toks[:i])) if i else ''
                tail = tcw(' '.join(toks[i + 1:])) if i + 1 < len(toks) else ''
                q = ' '.join(x for x in (rest, short, tail) if x)
                yield short, 'for ' + t.upper(), join(q, s)
                break


def g_typo(rec):
    tb, s = titled(rec)
    ws = tb.split()
    for shape, ch, rep in (('OCR 8 for b', 'b', '8'), ('OCR c for e', 'e', 'c'), ('k typed for l', 'l', 'k'),
                           ('y typed for t', 't', 'y')):
        r = _inside(ws, ch, rep)
        if r:
            yield shape, '', join(' '.join(r), s)
    li = longest_idx(ws)
    if li >= 0 and len(ws[li]) >= 5:
        w = ws[li]
        for j in range(1, len(w)):
            if w[j] in VOW:
                yield 'vowel doubled in the longest word', '', join(' '.join(ws[:li] + [w[:j + 1] + w[j] + w[j + 1:]] + ws[li + 1:]), s)
                break
        for j in range(len(w) - 1, 0, -1):
            if w[j] in VOW:
                yield 'last vowel of the longest word dropped', '', join(' '.join(ws[:li] + [w[:j] + w[j + 1:]] + ws[li + 1:]), s)
                break


PL_RULES = [('sh', 'sz'), ('ch', 'cz'), ('zh', 'ż'), ('kh', 'ch'), ('ts', 'c'), ('ee', 'i'), ('oo', 'u'), ('ck', 'k'),
            ('ph', 'f'), ('qu', 'kw'), ('j', 'dż'), ('w', 'ł'), ('v', 'w'), ('q', 'k'), ('x', 'ks')]
NL_RULES = [('sh', 'sj'), ('ch', 'tsj'), ('zh', 'zj'), ('kh', 'ch'), ('ee', 'ie'), ('oo', 'oe'), ('ou', 'ou'), ('ck', 'k'),
            ('ph', 'f'), ('qu', 'kw'), ('j', 'dzj'), ('u', 'oe'), ('q', 'k'), ('x', 'ks')]


def _scan(w, rules):
    out, i = [], 0
    while i < len(w):
        for a, b in rules:
            if w.startswith(a, i):
                out.append(b); i += len(a); break
        else:
            c = w[i]
            nxt = w[i + 1] if i + 1 < len(w) else ''
            if c == 'y' and nxt in 'aeiou' and nxt:
                out.append('j')
            elif c == 'c':
                out.append('s' if nxt and nxt in 'eiy' else 'k')
            else:
                out.append(c)
            i += 1
    return ''.join(out)


def _translit_word(w, rules):
    def sub(m):
        seg = m.group(0)
        t = _scan(seg.lower(), rules)
        if seg[0].isupper():
            t = t[0].upper() + t[1:] if not t.startswith('dż') else 'Dż' + t[2:]
            if t.startswith('Dzj') or t.startswith('Tsj'):
                pass
        return t
    return re.sub(r'[A-Za-z]+', sub, w)


def g_transliteration(rec):
    tb, s = titled(rec)
    for shape, rules in (('Polish-style spelling', PL_RULES), ('Dutch-style spelling', NL_RULES)):
        ws = []
        for w in tb.split():
            if len(re.sub(r'[^A-Za-z]', '', w)) <= 2 or lib.legal_norm(w) in lib.LEGAL:
                ws.append(w)
            else:
                ws.append(_translit_word(w, rules))
        yield shape, '', join(' '.join(ws), s)


def g_translation(rec):
    b, s = split_legal(rec['name'])
    toks = b.split()
    for lang, dic in TRANS.items():
        for i, t in enumerate(toks):
            lw = t.lower()
            if t.isalpha() and lw in dic:
                tr = dic[lw]
                q = ' '.join(x for x in (tcw(' '.join(toks[:i])) if i else '', tr,
                                         tcw(' '.join(toks[i + 1:])) if i + 1 < len(toks) else '') if x)
                yield lang, t.upper() + ' to ' + tr, join(q, s)
                break


GEO_DI = [('sh', 'შ'), ('ch', 'ჩ'), ('kh', 'ხ'), ('gh', 'ღ'), ('zh', 'ჟ'), ('ts', 'ც'), ('dz', 'ძ'), ('th', 'თ'),
          ('ph', 'ფ'), ('ck', 'კ'), ('qu', 'კვ'), ('oo', 'უ'), ('ee', 'ი'), ('ou', 'უ')]
GEO_1 = dict(a='ა', b='ბ', d='დ', e='ე', f='ფ', g='გ', h='ჰ', i='ი', j='ჯ', k='კ', l='ლ', m='მ', n='ნ', o='ო', p='პ',
             q='ქ', r='რ', s='ს', t='ტ', u='უ', v='ვ', w='ვ', x='ქს', y='ი', z='ზ')
ARM_DI = [('sh', 'շ'), ('ch', 'չ'), ('kh', 'խ'), ('gh', 'ղ'), ('zh', 'ժ'), ('ts', 'ց'), ('dz', 'ձ'), ('th', 'թ'),
          ('ph', 'ֆ'), ('ck', 'կ'), ('oo', 'ու'), ('ee', 'ի'), ('ou', 'ու')]
ARM_1 = dict(a='ա', b='բ', d='դ', e='ե', f='ֆ', g='գ', h='հ', i='ի', j='ջ', k='կ', l='լ', m='մ', n='ն', o='ո', p='պ',
             q='ք', r='ր', s='ս', t='տ', u='ու', v='վ', w='վ', x='քս', z='զ')


def _conv(w, di, one, arm):
    out, i = [], 0
    while i < len(w):
        for a, b in di:
            if w.startswith(a, i):
                out.append(b); i += len(a); break
        else:
            c = w[i]; nxt = w[i + 1] if i + 1 < len(w) else ''
            if c == 'c':
                out.append(one['s'] if nxt and nxt in 'eiy' else one['k'])
            elif c == 'y':
                out.append(('յ' if arm else 'ი') if (nxt and nxt in 'aeiou') else ('ի' if arm else 'ი'))
            elif arm and i == 0 and c == 'e':
                out.append('է')
            elif arm and i == 0 and c == 'o':
                out.append('օ')
            else:
                out.append(one.get(c, ''))
            i += 1
    r = ''.join(out)
    if arm and r:
        r = chr(ord(r[0]) - 0x30) + r[1:] if 0x561 <= ord(r[0]) <= 0x586 else r
    return r


def _script_words(rec):
    b, s = split_legal(rec['name'])
    b = unicodedata.normalize('NFKD', b)
    b = ''.join(c for c in b if not unicodedata.combining(c))
    words = []
    for t in re.split(r'[\s\-/]+', b):
        t = re.sub(r"['\u2019]", '', t)
        t = re.sub(r'[^A-Za-z]', '', t).lower()
        if not t or t in lib.FILLER or t.upper() in lib.LEGAL:
            continue
        words.append(t)
    return words


def g_script(rec):
    ws = _script_words(rec)
    if not ws or (len(ws) < 2 and len(ws[0]) < 7):
        return
    yield 'Georgian (Mkhedruli) rendering', '', ' '.join(_conv(w, GEO_DI, GEO_1, False) for w in ws)
    yield 'Armenian rendering', '', ' '.join(_conv(w, ARM_DI, ARM_1, True) for w in ws)


def g_parent(rec):
    city = rec.get('city', '').strip()
    if not city or len(city) < 3:
        return
    tb, s = titled(rec)
    nm = join(tb, s)
    for label, unit, pos in UNITS:
        q = (nm + ' ' + unit + ' ' + city) if pos == 'before' else (nm + ' ' + city + ' ' + unit)
        yield label, 'city ' + city, q


def g_messy(rec):
    city = rec.get('city', '').strip()
    if not city or len(city) < 3:
        return
    tb, s = titled(rec)
    for label, fn in MESSY:
        n = join(tb, s) if label in MESSY_TITLE else rec['name']
        yield label, 'city ' + city, fn(n, city)


GEN = {'aka': g_aka, 'partial': g_partial, 'word_order': g_word_order, 'case': g_case, 'legal_form': g_legal_form,
       'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'typo': g_typo,
       'transliteration': g_transliteration, 'translation': g_translation, 'script': g_script,
       'parent_vs_subsidiary': g_parent, 'messy': g_messy}
