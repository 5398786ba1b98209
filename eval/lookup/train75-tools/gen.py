"""train75 generators: one per kind; each yields (shape, detail, query). Written from scratch."""
import re
LEGAL = set('''sa de cv ltda ltd limited inc co company corp corporation sas srl sl llc gmbh sc rl spr sac cia ca
plc jsc ojsc cjsc pjsc ooo zao oao fze fzc fzco llp lp bv nv ag ab oy pte pvt sdn bhd eirl y en p c a s l
sociedad anonima sarl eu'''.split())
SMALL = set('de del la las los el y e en and of the for al a da do di du le et'.split())


def lf(t):
    return re.sub(r'[^a-z]', '', t.lower())


def split(name):
    toks = name.split()
    i = len(toks)
    while i > 1 and lf(toks[i - 1]) in LEGAL:
        i -= 1
    body, legal = toks[:i], toks[i:]
    if body and body[-1].endswith(','):
        body[-1] = body[-1][:-1]
    return body, legal


def tcw(w):
    if re.fullmatch(r'([A-Za-z]\.)+', w) or not (w.isupper() or w.islower()):
        return w
    w = w.lower()
    m = re.search(r'[^\W\d_]', w)
    return w[:m.start()] + w[m.start()].upper() + w[m.start() + 1:] if m else w


def tc(toks):
    return ' '.join(tcw(t) for t in toks)


def plain(t):
    return re.fullmatch(r'[A-Za-zÀ-ÿ]+', t) is not None


def name_words(body):
    return [t for t in body if not (len(lf(t)) <= 2 or lf(t) in SMALL)]


def nice(nm):
    body, legal = split(nm)
    return ' '.join([tc(body)] + legal).strip()


def join(b, legal):
    return ' '.join([tc(b)] + legal).strip()

# ---------------- partial (narcotics): new shapes
def g_partial(nm, ent, d):
    body, legal = split(nm)
    if not all(plain(t) for t in body):
        return
    nw = name_words(body)
    if len(body) < 4 or len(nw) < 4:
        return
    yield 'name words at even positions only, legal form dropped', '', tc(nw[1::2])
    lw = max(nw, key=len)
    rest = [t for t in nw if t is not lw]
    yield 'longest name word dropped, legal form kept', '', join(rest, legal)
    yield 'last three name words only, legal form dropped', '', tc(nw[-3:])

# ---------------- word order
def g_word_order(nm, ent, d):
    body, legal = split(nm)
    if len(body) < 2 or not all(plain(t) for t in body) or any(lf(t) in SMALL for t in body):
        return
    yield 'last name word moved to the front', '', join([body[-1]] + body[:-1], legal)
    yield 'name words in reverse alphabetical order', '', join(sorted(body, key=str.lower, reverse=True), legal)
    yield 'name words sorted shortest first', '', join(sorted(body, key=len), legal)

# ---------------- legal form (new forms, each once)
FORMS = [('Estonian', 'OÜ'), ('Latvian', 'SIA'), ('Bulgarian', 'EOOD'), ('Slovenian', 'd.n.o.'), ('Hungarian', 'Kft.'),
         ('Hungarian', 'Nyrt.'), ('Czech', 'k.s.'), ('Malaysian', 'Sdn. Bhd.'), ('Danish', 'ApS'), ('German', 'GbR'),
         ('German', 'OHG'), ('Austrian', 'e.U.')]
def g_legal_form(nm, ent, d):
    body, legal = split(nm)
    for c, f in FORMS:
        yield 'form replaced', '%s %s' % (c, f), tc(body) + ' ' + f

# ---------------- punctuation
def _sub_first(toks, pat, rep):
    out, done = [], False
    for t in toks:
        if not done and plain(t) and re.search(pat, t[1:-1] if len(t) > 2 else ''):
            m = re.search(pat, t[1:-1])
            i = m.start() + 1
            t = t[:i] + rep + t[i + 1:]; done = True
        out.append(t)
    return out if done else None

def _insert(toks, sym):
    ws = [i for i, t in enumerate(toks) if plain(t) and len(t) >= 5]
    if not ws:
        return None
    i = max(ws, key=lambda j: len(toks[j]))
    t = toks[i]; k = len(t) // 2
    out = list(toks); out[i] = t[:k] + sym + t[k:]
    return out

def g_punctuation(nm, ent, d):
    body, legal = split(nm)
    tb = [tcw(t) for t in body]
    r = _sub_first(tb, '[e]', '€')
    if r: yield '`€` for e', '', ' '.join(r + legal)
    r = _sub_first(tb, '[s]', '§')
    if r: yield '`§` for s', '', ' '.join(r + legal)
    r = _insert(tb, '~')
    if r: yield '`~` inside a word', '', ' '.join(r + legal)
    r = _insert(tb, '^')
    if r: yield '`^` inside a word', '', ' '.join(r + legal)

# ---------------- abbreviation (new short forms, each once)
ABBR = [('agricultural', 'Agric.'), ('petrochemical', 'Petrochem.'), ('shipping', 'Shpg.'), ('pharmaceutical', 'Pharm.'),
        ('general', 'Gen.'), ('distribution', 'Distrib.'), ('products', 'Prods.'), ('security', 'Secy.'), ('marine', 'Mar.'),
        ('organization', 'Org.'), ('institute', 'Inst.'), ('brothers', 'Bros.'), ('associates', 'Assocs.'),
        ('petroleum', 'Petrol.'), ('aircraft', 'Acft.'), ('consulting', 'Consult.'), ('inversiones', 'Invers.'),
        ('comercializadora', 'Comercial.'), ('distribuidora', 'Distr.'), ('servicios', 'Servs.'),
        ('construcciones', 'Consts.'), ('agropecuaria', 'Agrop.'), ('inmobiliaria', 'Inmob.'), ('sociedad', 'Soc.')]
def g_abbreviation(nm, ent, d):
    body, legal = split(nm)
    for w, a in ABBR:
        if any(lf(t) == w for t in body):
            nb = [a if lf(t) == w else tcw(t) for t in body]
            yield 'short form', '%s for %s' % (a, w.title()), ' '.join(nb + legal)

# ---------------- script (Armenian; Devanagari)
ARM = [('sh', 'շ'), ('ch', 'չ'), ('kh', 'խ'), ('zh', 'ժ'), ('ts', 'ց'), ('ou', 'ու'), ('a', 'ա'), ('b', 'բ'),
       ('c', 'կ'), ('d', 'դ'), ('e', 'ե'), ('f', 'ֆ'), ('g', 'գ'), ('h', 'հ'), ('i', 'ի'), ('j', 'ջ'), ('k', 'կ'),
       ('l', 'լ'), ('m', 'մ'), ('n', 'ն'), ('o', 'ո'), ('p', 'պ'), ('q', 'ք'), ('r', 'ր'), ('s', 'ս'), ('t', 'տ'),
       ('u', 'ու'), ('v', 'վ'), ('w', 'վ'), ('x', 'քս'), ('y', 'յ'), ('z', 'զ')]
def armenian(w):
    w = w.lower(); out = ''; i = 0
    while i < len(w):
        for a, b in ARM:
            if w.startswith(a, i):
                out += b; i += len(a); break
        else:
            i += 1
    return out

DCONS = [('kh', 'ख'), ('gh', 'घ'), ('ch', 'च'), ('jh', 'झ'), ('th', 'थ'), ('dh', 'ध'), ('ph', 'फ'), ('bh', 'भ'),
         ('sh', 'श'), ('k', 'क'), ('c', 'क'), ('q', 'क'), ('g', 'ग'), ('j', 'ज'), ('t', 'त'), ('d', 'द'), ('n', 'न'),
         ('p', 'प'), ('f', 'फ'), ('b', 'ब'), ('m', 'म'), ('y', 'य'), ('r', 'र'), ('l', 'ल'), ('v', 'व'), ('w', 'व'),
         ('s', 'स'), ('h', 'ह'), ('z', 'ज'), ('x', 'क्स')]
DVOW = [('aa', 'आ', 'ा'), ('ai', 'ऐ', 'ै'), ('au', 'औ', 'ौ'), ('ee', 'ई', 'ी'), ('oo', 'ऊ', 'ू'), ('a', 'अ', ''),
        ('i', 'इ', 'ि'), ('u', 'उ', 'ु'), ('e', 'ए', 'े'), ('o', 'ओ', 'ो')]
def devanagari(w):
    w = w.lower(); out = ''; i = 0; prevc = False
    while i < len(w):
        for a, ind, mat in DVOW:
            if w.startswith(a, i):
                out += mat if prevc else ind; i += len(a); prevc = False; break
        else:
            for a, c in DCONS:
                if w.startswith(a, i):
                    if prevc: out += '्'
                    out += c; i += len(a); prevc = True; break
            else:
                i += 1; prevc = False
    return out

def g_script(nm, ent, d):
    body, legal = split(nm)
    ws = [re.sub(r'[^a-z0-9]', '', t.lower()) for t in ' '.join(body).replace('-', ' ').split()]
    ws = [w for w in ws if w]
    yield 'Armenian script', 'letter by letter, legal form dropped', ' '.join(armenian(w) or w for w in ws)
    yield 'Devanagari script', 'letter by letter, legal form dropped', ' '.join(devanagari(w) or w for w in ws)

# ---------------- transliteration (French-style; Turkish-style)
def french(w):
    s = w
    s = re.sub(r'(?i)ch', '\x01', s); s = re.sub(r'(?i)sh', 'ch', s); s = s.replace('\x01', 'tch')
    s = re.sub(r'(?i)(?<![dD])j', 'dj', s)
    s = re.sub(r'(?i)(?<![oaqOAQ])u', 'ou', s)
    s = re.sub(r'(?i)w', 'ou', s)
    return s

def turkish(w):
    s = w.lower()
    s = s.replace('sh', 'ş').replace('ch', 'ç').replace('kh', 'h').replace('zh', 'ĵ').replace('j', 'c').replace('ĵ', 'j')
    s = s.replace('w', 'v').replace('x', 'ks').replace('q', 'k')
    s = re.sub(r'c(?=[ei])', 's', s)
    return s

def g_transliteration(nm, ent, d):
    body, legal = split(nm)
    fr = [french(tcw(t)) for t in body]
    fr = [t[:1].upper() + t[1:] for t in fr]
    yield 'French-style', 'ch for sh, tch for ch, dj for j, ou for u and w', ' '.join(fr + legal)
    yield 'Turkish-style', 'ş for sh, ç for ch, h for kh, c for j, j for zh, v for w', ' '.join([tcw(turkish(t)) for t in body] + legal)

# ---------------- translation (one trade word, new languages)
TR = {
 'Dutch': {'company': 'Maatschappij', 'trading': 'Handel', 'shipping': 'Scheepvaart', 'industries': 'Industrieën', 'industry': 'Industrie', 'group': 'Groep', 'investment': 'Investering', 'oil': 'Olie', 'services': 'Diensten', 'development': 'Ontwikkeling', 'engineering': 'Ingenieursbureau', 'bank': 'Bankhuis'},
 'Finnish': {'company': 'Yhtiö', 'bank': 'Pankki', 'trading': 'Kauppa', 'shipping': 'Varustamo', 'industries': 'Teollisuus', 'industry': 'Teollisuus', 'group': 'Konserni', 'investment': 'Sijoitus', 'oil': 'Öljy', 'services': 'Palvelut', 'international': 'Kansainvälinen', 'development': 'Kehitys'},
 'Hungarian': {'company': 'Társaság', 'trading': 'Kereskedelmi', 'shipping': 'Hajózási', 'industries': 'Ipar', 'industry': 'Ipar', 'group': 'Csoport', 'investment': 'Befektetési', 'oil': 'Olaj', 'services': 'Szolgáltatások', 'international': 'Nemzetközi', 'development': 'Fejlesztési', 'bank': 'Bankház'},
 'Estonian': {'company': 'Ettevõte', 'bank': 'Pank', 'trading': 'Kaubandus', 'shipping': 'Laevandus', 'industries': 'Tööstus', 'industry': 'Tööstus', 'group': 'Grupp', 'investment': 'Investeeringud', 'oil': 'Nafta', 'services': 'Teenused', 'international': 'Rahvusvaheline'},
 'Catalan': {'company': 'Companyia', 'bank': 'Banc', 'trading': 'Comerç', 'shipping': 'Navilera', 'industries': 'Indústries', 'industry': 'Indústria', 'investment': 'Inversió', 'oil': 'Petroli', 'services': 'Serveis', 'development': 'Desenvolupament'},
 'Esperanto': {'company': 'Kompanio', 'bank': 'Banko', 'trading': 'Komerco', 'shipping': 'Ŝipado', 'industries': 'Industrioj', 'industry': 'Industrio', 'investment': 'Investo', 'oil': 'Oleo', 'services': 'Servoj', 'international': 'Internacia'},
 'Vietnamese': {'company': 'Công ty', 'bank': 'Ngân hàng', 'trading': 'Thương mại', 'shipping': 'Vận tải biển', 'industries': 'Công nghiệp', 'industry': 'Công nghiệp', 'group': 'Tập đoàn', 'investment': 'Đầu tư', 'oil': 'Dầu', 'services': 'Dịch vụ', 'international': 'Quốc tế'},
 'Uzbek': {'company': 'Kompaniyasi', 'bank': 'Banki', 'trading': 'Savdo', 'shipping': 'Kemachilik', 'industries': 'Sanoati', 'industry': 'Sanoati', 'group': 'Guruhi', 'investment': 'Investitsiya', 'oil': 'Neft', 'services': 'Xizmatlari', 'international': 'Xalqaro'},
 'Latin': {'company': 'Societas', 'bank': 'Argentaria', 'trading': 'Mercatura', 'shipping': 'Navigatio', 'industries': 'Industriae', 'industry': 'Industria', 'group': 'Grex', 'investment': 'Collocatio', 'oil': 'Oleum', 'services': 'Servitia', 'international': 'Internationalis'},
 'Faroese': {'company': 'Felag', 'bank': 'Bankin', 'trading': 'Handil', 'shipping': 'Skipafelag', 'industries': 'Ídnaður', 'industry': 'Ídnaður', 'group': 'Bólkur', 'investment': 'Íløga', 'oil': 'Olja', 'services': 'Tænastur', 'international': 'Altjóða'},
 'Somali': {'company': 'Shirkadda', 'bank': 'Bangiga', 'trading': 'Ganacsiga', 'shipping': 'Maraakiibta', 'industries': 'Warshadaha', 'industry': 'Warshadaha', 'group': 'Kooxda', 'investment': 'Maalgashiga', 'oil': 'Saliidda', 'services': 'Adeegyada', 'international': 'Caalamiga'},
 'Hawaiian': {'company': 'Hui', 'bank': 'Panakō', 'trading': 'Kālepa', 'shipping': 'Hoʻouna Moku', 'industries': 'ʻOihana', 'industry': 'ʻOihana', 'group': 'Pūʻulu', 'oil': 'ʻAila', 'services': 'Lawelawe', 'international': 'Honua'},
}
def g_translation(nm, ent, d):
    body, legal = split(nm)
    for lang, dic in TR.items():
        for i, t in enumerate(body):
            w = lf(t)
            if w in dic:
                nb = [tcw(x) for x in body]; nb[i] = dic[w]
                yield lang, '%s for %s' % (dic[w], t.title()), ' '.join(nb + legal)
                break

# ---------------- parent vs subsidiary (new unit words at the add.csv city)
UNITS = [('Dutch', '{n} vestiging {c}'), ('Finnish', '{n} {c} sivuliike'), ('Hungarian', '{n} {c}i fióktelep'),
         ('Estonian', '{n} {c} filiaal'), ('Catalan', '{n} sucursal a {c}'), ('Vietnamese romanised', '{n} chi nhánh {c}'),
         ('Uzbek', '{n} {c} filiali'), ('Indonesian', '{n} cabang {c}'), ('Swedish', '{n} filial i {c}'),
         ('regional office', '{n} regional office, {c}'), ('export office', '{n} export office {c}'),
         ('service centre', '{n} service centre ({c})')]
def g_parent_vs_subsidiary(nm, ent, d):
    c = d.city.get(ent)
    if not c:
        return
    c = c.title()
    for u, tpl in UNITS:
        yield 'unit word', u, tpl.format(n=nice(nm), c=c)

# ---------------- typo (new shapes)
def _longest(body):
    ws = [i for i, t in enumerate(body) if plain(t) and len(t) >= 5]
    return max(ws, key=lambda j: len(body[j])) if ws else None

def g_typo(nm, ent, d):
    body, legal = split(nm)
    tb = [tcw(t) for t in body]
    i = _longest(tb)
    if i is None:
        return
    w = tb[i]
    def put(nw):
        o = list(tb); o[i] = nw; return ' '.join(o + legal)
    k = len(w) // 2
    if w[k] != w[k + 1]:
        yield 'adjacent letters swapped', '', put(w[:k] + w[k + 1] + w[k] + w[k + 2:])
    for j, t in enumerate(tb):
        if 'm' in t[1:]:
            o = list(tb); p = t.index('m', 1); o[j] = t[:p] + 'rn' + t[p + 1:]
            yield 'OCR `rn` for m', '', ' '.join(o + legal); break
    for j, t in enumerate(tb):
        if 'o' in t[1:]:
            o = list(tb); p = t.index('o', 1); o[j] = t[:p] + '0' + t[p + 1:]
            yield 'OCR `0` for o', '', ' '.join(o + legal); break
    m = re.search(r'([a-z])\1', w)
    if m:
        yield 'double letter made single', '', put(w[:m.start()] + w[m.start() + 1:])
    if 'i' in w[1:]:
        p = w.index('i', 1)
        yield '`y` typed for i', '', put(w[:p] + 'y' + w[p + 1:])
    yield 'last letter of the longest word dropped', '', put(w[:-1])

# ---------------- case (new shapes)
def alt_letters(w):
    out, up = '', True
    for c in w:
        if c.isalpha():
            out += c.upper() if up else c.lower(); up = not up
        else:
            out += c
    return out

def g_case(nm, ent, d):
    ts = nm.split()
    yield 'letters alternately upper and lower in each word', '', ' '.join(alt_letters(t) for t in ts)
    yield 'first letter of each word lower, rest upper', '', ' '.join(t[:1].lower() + t[1:].upper() for t in ts)
    yield 'first word upper, rest lower', '', ' '.join([ts[0].upper()] + [t.lower() for t in ts[1:]])

# ---------------- messy (new templates, each once)
MESSY = [
 ('TOML table', '[counterparty]\nname = "{n}"\ncity = "{c}"'),
 ('HTTP header', 'X-Counterparty-Name: {n}; city={c}'),
 ('GraphQL query', '{{ entity(name: "{n}", city: "{c}") {{ id sanctions }} }}'),
 ('shell grep command', 'grep -i "{n}" vendors_{c}.csv'),
 ('SMS text', 'hi pls chk {n} ({c}) b4 we wire $$ thx'),
 ('purchase-order line', 'PO# 7781 / Supplier: {n} / Ship-from: {c} / Terms: NET30'),
 ('Finnish chat', 'moi, voitko tarkistaa onko {n} ({c}) pakotelistalla?'),
 ('Hungarian chat', 'szia, meg tudnád nézni, hogy a {n} ({c}) szerepel-e a szankciós listán?'),
 ('Estonian chat', 'tere, kas {n} ({c}) on sanktsioonide nimekirjas?'),
 ('Catalan chat', 'hola, pots comprovar si {n} de {c} és a la llista de sancions?'),
 ('Vietnamese chat', 'chào bạn, kiểm tra giúp mình {n} ({c}) có trong danh sách trừng phạt không?'),
 ('Greek chat', 'γεια, μπορείς να ελέγξεις αν η {n} ({c}) είναι σε λίστα κυρώσεων;'),
]
def g_messy(nm, ent, d):
    c = d.city.get(ent)
    if not c:
        return
    for shape, tpl in MESSY:
        yield shape, '', tpl.format(n=nice(nm), c=c.title())

# aka handled in build (own aliases)
GEN = {k: globals()['g_' + k] for k in ['partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script',
                                          'transliteration', 'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']}
