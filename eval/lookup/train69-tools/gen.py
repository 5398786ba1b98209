"""One generator per kind: yields (shape, variant, query) from an SDN name. Written from scratch for train69."""
import re
from lib import full, FILLER

SMALL = {'de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'et', 'the', 'and', 'of', 'da', 'do', 'di', 'du', 'des', 'le', 'for', 'in', '&'}
LEGAL = set('''ltd limited llc sa de cv sadecv srl sl inc co corp corporation cia ltda gmbh ag bv nv plc pjsc jsc ojsc cjsc ooo zao oao
fze fzco fzc llp lp sarl spa pte pvt sal ca sc ac lda sas sac sae kg ab as oy aps sro rl s a c v en cs ci'''.split())

def tf(t):
    return full(t).replace(' ', '')

def tc_word(w):
    f = tf(w)
    if '.' in w and len(f) <= 4: return w          # S.A., C.V., LTD.
    if f in {'de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'and', 'of', 'the', 'da', 'do'}: return w.lower()
    if f in {'llc', 'fze', 'pjsc', 'jsc', 'ojsc', 'cjsc', 'ooo', 'plc', 'bv', 'nv', 'ag', 'sa', 'srl', 'sal', 'fzco', 'fzc', 'sas', 'sac', 'cv'}: return w
    out, up = [], True
    for ch in w:
        out.append(ch.upper() if up else ch.lower())
        up = not ch.isalpha() and ch not in "'"
    return ''.join(out)

def tc(s):
    r = ' '.join(tc_word(w) for w in s.split())
    return r[0].upper() + r[1:] if r else r

def split_name(nm):
    toks = nm.split()
    legal = []
    while len(toks) > 1 and tf(toks[-1].rstrip(',')) in LEGAL:
        legal.insert(0, toks.pop())
    body = toks
    if body: body[-1] = body[-1].rstrip(',')
    return body, legal

def is_content(t):
    f = tf(t)
    return bool(f) and f not in FILLER and f not in SMALL

def trim(ts):
    while ts and not is_content(ts[0]): ts = ts[1:]
    while ts and not is_content(ts[-1]): ts = ts[:-1]
    return ts

def join(body, legal):
    return tc(' '.join(body + legal))

# ---------- partial (new shapes) ----------
def gen_partial(nm):
    body, legal = split_name(nm)
    C = [t.strip(',') for t in body if is_content(t)]
    if not legal: return
    if len(C) >= 3:
        yield 'last2_legal', 'only the last two content words kept, legal form kept', join(C[-2:], legal)
        yield 'first2_legal', 'only the first two content words kept, legal form kept', join(C[:2], legal)
    if len(C) >= 4:
        yield 'middle_legal', 'first and last content words dropped, legal form kept', join(C[1:-1], legal)

# ---------- word order ----------
def gen_word_order(nm):
    body, legal = split_name(nm)
    if len(body) < 2 or not all(t.isalpha() and is_content(t) for t in body): return
    b = body[:]; b[0], b[1] = b[1], b[0]
    yield 'swap_first2', 'first two name words swapped', join(b, legal)
    if len(body) >= 3:
        b = body[:]; b[-1], b[-2] = b[-2], b[-1]
        yield 'swap_last2', 'last two name words swapped', join(b, legal)
        b = sorted(body, key=lambda t: -len(t))
        if b != body and b[:2] != [body[1], body[0]]:
            yield 'by_length', 'name words sorted longest first', join(b, legal)

# ---------- legal form ----------
FORMS = [('ehf', 'Icelandic ehf.', 'ehf.'), ('pf', 'Faroese P/F', 'P/F'), ('khkhk', 'Mongolian KhKhK', 'KhKhK'),
         ('oyj', 'Finnish Oyj', 'Oyj'), ('spa_cl', 'Chilean SpA', 'SpA'), ('sas_co', 'Colombian S.A.S.', 'S.A.S.'),
         ('sarl_ch', 'Swiss Sàrl', 'Sàrl'), ('tov', 'Ukrainian TOV', 'TOV'), ('too', 'Kazakh TOO', 'TOO'),
         ('baam', "Israeli Ba'am", "Ba'am"), ('opc', 'Philippine OPC', 'OPC'), ('sdnbhd', 'Malaysian Sdn. Bhd.', 'Sdn. Bhd.')]
def gen_legal_form(nm):
    body, legal = split_name(nm)
    if not body: return
    for sh, var, form in FORMS:
        yield sh, 'legal form replaced by %s' % var if legal else 'legal form %s added' % var, tc(' '.join(body)) + ' ' + form

# ---------- punctuation ----------
def longest(body):
    idx = [i for i, t in enumerate(body) if t.isalpha() and is_content(t) and len(t) >= 5]
    if not idx: return None
    return max(idx, key=lambda i: len(body[i]))

def gen_punctuation(nm):
    body, legal = split_name(nm)
    i = longest(body)
    if i is None: return
    w = tc_word(body[i])
    def put(new):
        b = [tc_word(t) for t in body]; b[i] = new
        return ' '.join(b + [tc_word(t) for t in legal])
    j = w.lower().find('s', 1)
    if j > 0: yield 'dollar', '$ for s', put(w[:j] + '$' + w[j + 1:])
    j = w.lower().find('o', 1)
    if j > 0: yield 'oslash', 'ø for o', put(w[:j] + 'ø' + w[j + 1:])
    yield 'colon', 'colon inside a word', put(w[:3] + ':' + w[3:])
    m = re.search('[aeiou]', w[1:-1].lower())
    if m: j = m.start() + 1; yield 'star', 'asterisk for a vowel', put(w[:j] + '*' + w[j + 1:])

# ---------- abbreviation ----------
ABBR = [('engineering', 'Engg.'), ('pharmaceuticals', 'Pharm.'), ('pharmaceutical', 'Pharm.'), ('electronics', 'Elec.'),
        ('industries', 'Inds.'), ('industrial', 'Indus.'), ('bank', 'Bk.'), ('airlines', 'Airl.'), ('technology', 'Tech.'),
        ('technologies', 'Technol.'), ('products', 'Prods.'), ('services', 'Svcs.'), ('association', 'Assn.'), ('import', 'Imp.'),
        ('export', 'Exp.'), ('national', 'Natl.'), ('organization', 'Org.'), ('institute', 'Inst.'), ('marketing', 'Mktg.'),
        ('financial', 'Finl.'), ('transport', 'Transp.'), ('chemical', 'Chem.'), ('insurance', 'Ins.'), ('investments', 'Invts.'),
        ('research', 'Res.'), ('manufacturing', 'Manuf.'), ('distribuidora', 'Distr.'), ('inmobiliaria', 'Inmob.'),
        ('comercializadora', 'Comerc.'), ('laboratories', 'Labs.'), ('equipment', 'Equip.'), ('brothers', 'Bros.')]
def gen_abbreviation(nm):
    body, legal = split_name(nm)
    for w, a in ABBR:
        for i, t in enumerate(body):
            if tf(t) == w:
                b = [tc_word(x) for x in body]; b[i] = a
                yield a, '%s as %s' % (t, a), ' '.join(b + [tc_word(x) for x in legal])
                break

# ---------- typo ----------
def gen_typo(nm):
    body, legal = split_name(nm)
    i = longest(body)
    if i is None: return
    w = tc_word(body[i])
    def put(new):
        b = [tc_word(t) for t in body]; b[i] = new
        return ' '.join(b + [tc_word(t) for t in legal])
    m = re.search('[aeiou]', w[1:].lower())
    if m: j = m.start() + 1; yield 'vowel_double', 'a vowel doubled', put(w[:j + 1] + w[j] + w[j + 1:])
    m = re.search('c(?=[aou])', w[1:].lower())
    if m: j = m.start() + 1; yield 'k_for_c', 'k typed for hard c', put(w[:j] + 'k' + w[j + 1:])
    j = w.lower().find('f', 1)
    if j > 0: yield 'ph_for_f', 'ph typed for f', put(w[:j] + 'ph' + w[j + 1:])
    j = w.lower().find('e', 1)
    if j > 0:
        yield 'ocr3_for_e', 'OCR 3 for e', put(w[:j] + '3' + w[j + 1:])
        yield 'i_for_e', 'i typed for e', put(w[:j] + 'i' + w[j + 1:])
    j = w.lower().find('h', 1)
    if j > 0: yield 'ocr_li_for_h', 'OCR li for h', put(w[:j] + 'li' + w[j + 1:])

# ---------- transliteration ----------
def polish(s):
    s = s.lower()
    for a, b in [('sh', 'sz'), ('ch', 'cz'), ('kh', 'ch'), ('j', 'dż'), ('y', 'j'), ('v', 'w')]:
        s = s.replace(a, b)
    return s
def czech(s):
    s = s.lower()
    for a, b in [('sh', 'š'), ('ch', 'č'), ('kh', 'ch'), ('zh', 'ž'), ('j', 'dž'), ('y', 'j'), ('w', 'v'), ('x', 'ks'), ('q', 'k')]:
        s = s.replace(a, b)
    return s
def gen_transliteration(nm):
    body, legal = split_name(nm)
    if not body: return
    lg = ' '.join(tc_word(t) for t in legal)
    for sh, fn, var in [('polish', polish, 'Polish-style spelling (sz, cz, ch for kh, dż, j for y, w for v)'),
                        ('czech', czech, 'Czech-style spelling (š, č, ch for kh, dž, j for y, v for w, ks for x)')]:
        b = tc(' '.join(fn(t) for t in body))
        yield sh, var, (b + ' ' + lg).strip()

# ---------- translation ----------
LANGS = {
 'German': {'company': 'Gesellschaft', 'trading': 'Handels', 'shipping': 'Schifffahrt', 'industries': 'Industrien', 'industrial': 'Industrie',
            'group': 'Gruppe', 'services': 'Dienstleistungen', 'oil': 'Öl', 'investment': 'Investitions', 'engineering': 'Ingenieurbau',
            'trade': 'Handel', 'research': 'Forschungs', 'development': 'Entwicklungs', 'general': 'Allgemeine', 'steel': 'Stahl', 'iron': 'Eisen',
            'construction': 'Bau', 'airlines': 'Fluglinien', 'exchange': 'Wechsel', 'foundation': 'Stiftung', 'petroleum': 'Erdöl', 'organization': 'Organisation'},
 'French': {'company': 'Compagnie', 'trading': 'Négoce', 'shipping': 'Maritime', 'industries': 'Industries', 'group': 'Groupe', 'services': 'Services',
            'oil': 'Pétrole', 'investment': 'Investissement', 'engineering': 'Ingénierie', 'trade': 'Commerce', 'research': 'Recherche',
            'development': 'Développement', 'general': 'Générale', 'steel': 'Acier', 'iron': 'Fer', 'construction': 'Bâtiment', 'airlines': 'Lignes Aériennes',
            'exchange': 'Change', 'foundation': 'Fondation', 'bank': 'Banque', 'organization': 'Organisation', 'technology': 'Technologie'},
 'Icelandic': {'company': 'Félag', 'trading': 'Verslun', 'shipping': 'Skipafélag', 'industries': 'Iðnaður', 'group': 'Samstæða', 'services': 'Þjónusta',
               'oil': 'Olía', 'investment': 'Fjárfesting', 'engineering': 'Verkfræði', 'trade': 'Viðskipti', 'bank': 'Banki', 'research': 'Rannsóknir',
               'development': 'Þróun', 'steel': 'Stál', 'iron': 'Járn', 'airlines': 'Flugfélag', 'exchange': 'Gjaldeyrir', 'foundation': 'Sjóður'},
 'Welsh': {'company': 'Cwmni', 'trading': 'Masnachu', 'shipping': 'Llongau', 'industries': 'Diwydiannau', 'group': 'Grŵp', 'services': 'Gwasanaethau',
           'oil': 'Olew', 'investment': 'Buddsoddi', 'engineering': 'Peirianneg', 'trade': 'Masnach', 'bank': 'Banc', 'research': 'Ymchwil',
           'development': 'Datblygu', 'steel': 'Dur', 'iron': 'Haearn', 'airlines': 'Cwmni Hedfan', 'exchange': 'Cyfnewid', 'foundation': 'Sefydliad'},
 'Maltese': {'company': 'Kumpanija', 'trading': 'Kummerċ', 'shipping': 'Tbaħħir', 'industries': 'Industriji', 'group': 'Grupp', 'services': 'Servizzi',
             'oil': 'Żejt', 'investment': 'Investiment', 'engineering': 'Inġinerija', 'trade': 'Negozju', 'bank': 'Bank', 'research': 'Riċerka',
             'development': 'Żvilupp', 'steel': 'Azzar', 'iron': 'Ħadid', 'airlines': 'Linji tal-Ajru', 'exchange': 'Kambju', 'foundation': 'Fondazzjoni'},
 'Tagalog': {'company': 'Kumpanya', 'trading': 'Kalakalan', 'shipping': 'Pagpapadala', 'industries': 'Industriya', 'group': 'Grupo', 'services': 'Serbisyo',
             'oil': 'Langis', 'investment': 'Pamumuhunan', 'engineering': 'Inhinyeriya', 'trade': 'Kalakal', 'bank': 'Bangko', 'research': 'Pananaliksik',
             'development': 'Pagpapaunlad', 'steel': 'Bakal', 'iron': 'Bakal', 'airlines': 'Eroplano', 'exchange': 'Palitan', 'foundation': 'Pundasyon'},
 'Malay': {'company': 'Syarikat', 'trading': 'Perdagangan', 'shipping': 'Perkapalan', 'industries': 'Perindustrian', 'group': 'Kumpulan', 'services': 'Perkhidmatan',
           'oil': 'Minyak', 'investment': 'Pelaburan', 'engineering': 'Kejuruteraan', 'trade': 'Dagang', 'bank': 'Bank', 'research': 'Penyelidikan',
           'development': 'Pembangunan', 'steel': 'Keluli', 'iron': 'Besi', 'airlines': 'Penerbangan', 'exchange': 'Pertukaran', 'foundation': 'Yayasan'},
 'Hausa': {'company': 'Kamfani', 'trading': 'Kasuwanci', 'shipping': 'Jigilar Jirgin Ruwa', 'industries': 'Masana\'antu', 'group': 'Rukuni', 'services': 'Ayyuka',
           'oil': 'Mai', 'investment': 'Zuba Jari', 'engineering': 'Injiniya', 'trade': 'Ciniki', 'bank': 'Banki', 'research': 'Bincike',
           'development': 'Ci Gaba', 'steel': 'Karfe', 'iron': 'Baƙin Ƙarfe', 'airlines': 'Jiragen Sama', 'exchange': 'Musaya', 'foundation': 'Gidauniya'},
 'Zulu': {'company': 'Inkampani', 'trading': 'Ukuhweba', 'shipping': 'Ukuthumela', 'industries': 'Izimboni', 'group': 'Iqembu', 'services': 'Izinsizakalo',
          'oil': 'Uwoyela', 'investment': 'Utshalomali', 'engineering': 'Ubunjiniyela', 'trade': 'Uhwebo', 'bank': 'Ibhange', 'research': 'Ucwaningo',
          'development': 'Ukuthuthukiswa', 'steel': 'Insimbi', 'iron': 'Insimbi', 'airlines': 'Izindiza', 'exchange': 'Ukushintshana', 'foundation': 'Isisekelo'},
 'Breton': {'company': 'Kompagnunezh', 'trading': 'Kenwerzh', 'shipping': 'Merdeadurezh', 'industries': 'Greanterezh', 'group': 'Strollad', 'services': 'Servijoù',
            'oil': 'Eoul', 'investment': 'Postadur', 'engineering': 'Ijinerezh', 'trade': 'Kenwerzh', 'bank': 'Bank', 'research': 'Enklask',
            'development': 'Diorren', 'steel': 'Dir', 'iron': 'Houarn', 'airlines': 'Nijerezh', 'exchange': 'Eskemm', 'foundation': 'Diazezadur'},
 'Galician': {'company': 'Compañía', 'trading': 'Comercio', 'shipping': 'Navieira', 'industries': 'Industrias', 'group': 'Grupo', 'services': 'Servizos',
              'oil': 'Petróleo', 'investment': 'Investimento', 'engineering': 'Enxeñaría', 'trade': 'Comercio', 'bank': 'Banco', 'research': 'Investigación',
              'development': 'Desenvolvemento', 'steel': 'Aceiro', 'iron': 'Ferro', 'airlines': 'Liñas Aéreas', 'exchange': 'Cambio', 'foundation': 'Fundación'},
 'Maori': {'company': 'Kamupene', 'trading': 'Hokohoko', 'shipping': 'Kaipuke', 'industries': 'Ahumahi', 'group': 'Rōpū', 'services': 'Ratonga',
           'oil': 'Hinu', 'investment': 'Haumitanga', 'engineering': 'Pūkaha', 'trade': 'Tauhokohoko', 'bank': 'Pēke', 'research': 'Rangahau',
           'development': 'Whakawhanake', 'steel': 'Maitai', 'iron': 'Rino', 'airlines': 'Waka Rererangi', 'exchange': 'Whakawhiti', 'foundation': 'Tūāpapa'},
}
def gen_translation(nm):
    body, legal = split_name(nm)
    lg = [tc_word(t) for t in legal]
    for lang, dic in LANGS.items():
        b, hit = [], []
        for t in body:
            f = tf(t)
            if f in dic and full(dic[f]) != f:
                b.append(dic[f]); hit.append(t)
            else:
                b.append(tc_word(t))
        if hit:
            yield lang, '%s translated into %s' % ('/'.join(hit), lang), ' '.join(b + lg)

# ---------- script ----------
GEO = [('sh', 'შ'), ('ch', 'ჩ'), ('kh', 'ხ'), ('gh', 'ღ'), ('zh', 'ჟ'), ('ts', 'ც'), ('a', 'ა'), ('b', 'ბ'), ('c', 'კ'), ('d', 'დ'), ('e', 'ე'),
       ('f', 'ფ'), ('g', 'გ'), ('h', 'ჰ'), ('i', 'ი'), ('j', 'ჯ'), ('k', 'კ'), ('l', 'ლ'), ('m', 'მ'), ('n', 'ნ'), ('o', 'ო'), ('p', 'პ'),
       ('q', 'ქ'), ('r', 'რ'), ('s', 'ს'), ('t', 'ტ'), ('u', 'უ'), ('v', 'ვ'), ('w', 'ვ'), ('x', 'ქს'), ('y', 'ი'), ('z', 'ზ')]
SRB = [('sh', 'ш'), ('ch', 'ч'), ('kh', 'х'), ('zh', 'ж'), ('ts', 'ц'), ('a', 'а'), ('b', 'б'), ('c', 'к'), ('d', 'д'), ('e', 'е'),
       ('f', 'ф'), ('g', 'г'), ('h', 'х'), ('i', 'и'), ('j', 'ј'), ('k', 'к'), ('l', 'л'), ('m', 'м'), ('n', 'н'), ('o', 'о'), ('p', 'п'),
       ('q', 'к'), ('r', 'р'), ('s', 'с'), ('t', 'т'), ('u', 'у'), ('v', 'в'), ('w', 'в'), ('x', 'кс'), ('y', 'ј'), ('z', 'з')]
def render(s, table):
    s = full(s)
    out, i = '', 0
    while i < len(s):
        for a, b in table:
            if s.startswith(a, i):
                out += b; i += len(a); break
        else:
            out += s[i]; i += 1
    return out
def gen_script(nm):
    body, legal = split_name(nm)
    b = ' '.join(body)
    yield 'georgian', 'Georgian (Mkhedruli) letter-by-letter rendering, legal form dropped', render(b, GEO)
    yield 'serbian_cyrillic', 'Serbian Cyrillic letter-by-letter rendering, legal form dropped', render(b, SRB)

# ---------- parent vs subsidiary ----------
UNITS = [('niederlassung', 'German Niederlassung', '{n} Niederlassung {c}'), ('succursale', 'French succursale de', '{n}, succursale de {c}'),
         ('utibu', 'Icelandic útibú', '{n} útibú {c}'), ('sucursala', 'Romanian Sucursala', '{n} Sucursala {c}'),
         ('klon', 'Bulgarian romanised klon', '{n} klon {c}'), ('chinhanh', 'Vietnamese Chi nhánh', '{n} Chi nhánh {c}'),
         ('kantorcabang', 'Indonesian Kantor Cabang', '{n} Kantor Cabang {c}'), ('eigyosho', 'Japanese romanised eigyosho', '{n} {c} Eigyosho'),
         ('cangen', 'Welsh cangen', '{n} cangen {c}'), ('warehouse', 'warehouse', '{n} {c} Warehouse'),
         ('showroom', 'showroom', '{n} {c} Showroom'), ('datacentre', 'data centre', '{n} {c} Data Centre')]
def gen_parent(nm, city):
    if not city: return
    for sh, var, t in UNITS:
        yield sh, '%s at %s' % (var, city), t.format(n=tc(nm), c=tc(city))

# ---------- messy ----------
MESSY = [('sql', 'SQL INSERT', "INSERT INTO vendors (name, city) VALUES ('{n}', '{c}');"),
         ('bibtex', 'BibTeX entry', '@misc{{vendor1, author = {{{n}}}, address = {{{c}}}}}'),
         ('docker', 'Dockerfile LABEL', 'LABEL vendor="{n}" location="{c}"'),
         ('jsonld', 'JSON-LD Organization', '{{"@type": "Organization", "name": "{n}", "address": "{c}"}}'),
         ('excel', 'Excel formula', '=VLOOKUP("{n}";Suppliers!A:B;2) \' {c}'),
         ('makefile', 'Makefile variable', 'SUPPLIER := {n} # {c}'),
         ('slack', 'Slack message', '@channel can someone vet *{n}* ({c}) before Friday?'),
         ('protobuf', 'protobuf text format', 'counterparty {{ name: "{n}" city: "{c}" }}'),
         ('norwegian', 'Norwegian chat', 'kan du sjekke {n} i {c} for meg?'),
         ('estonian', 'Estonian chat', 'palun kontrolli firmat {n}, {c}'),
         ('tagalog', 'Tagalog chat', 'pakisuri naman ang {n} sa {c}'),
         ('maltese', 'Maltese chat', 'jekk jogħġbok iċċekkja lil {n} f\'{c}')]
def gen_messy(nm, city):
    if not city: return
    for sh, var, t in MESSY:
        yield sh, '%s with the add.csv city %s' % (var, city), t.format(n=nm, c=city)

# ---------- case ----------
def gen_case(nm):
    yield 'vowels_upper', 'vowels upper, consonants lower', ''.join(c.upper() if c.lower() in 'aeiou' else c.lower() for c in nm)
    def fl(w):
        if len(w) < 2: return w.upper()
        return w[0].upper() + w[1:-1].lower() + w[-1].upper()
    yield 'first_last_upper', 'first and last letter of each word upper', ' '.join(fl(w) for w in nm.split())
    yield 'alt_words', 'words alternately upper and lower case', ' '.join(w.upper() if i % 2 == 0 else w.lower() for i, w in enumerate(nm.split()))

QUOTAS = {
    'partial': {'last2_legal': 4, 'first2_legal': 4, 'middle_legal': 4},
    'word_order': {'swap_first2': 4, 'swap_last2': 4, 'by_length': 4},
    'legal_form': {f[0]: 1 for f in FORMS},
    'punctuation': {'dollar': 3, 'oslash': 3, 'colon': 3, 'star': 3},
    'abbreviation': {a: 1 for _, a in ABBR},
    'typo': {'vowel_double': 2, 'k_for_c': 2, 'ph_for_f': 2, 'ocr3_for_e': 2, 'i_for_e': 2, 'ocr_li_for_h': 2},
    'transliteration': {'polish': 6, 'czech': 6},
    'translation': {l: 1 for l in LANGS},
    'script': {'georgian': 6, 'serbian_cyrillic': 6},
    'parent_vs_subsidiary': {u[0]: 1 for u in UNITS},
    'messy': {m[0]: 1 for m in MESSY},
    'case': {'vowels_upper': 4, 'first_last_upper': 4, 'alt_words': 4},
    'aka': {'alias': 12},
}
