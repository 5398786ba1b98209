"""One generator per kind for train80; each yields (shape, detail, query, item)."""
import re
import lib

SMALL_EXTRA = {'para', 'con', 'por', 'en', 'for'}
ROMAN = re.compile(r'^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$')

def is_small(w):
    f = lib.full(w)
    return (not f) or f in lib.FILLER or len(f) <= 2 or bool(ROMAN.match(f)) or f in SMALL_EXTRA

def plain(w):
    return re.fullmatch(r"[A-Za-z\u00C0-\u024F]+", w) is not None

def tc(words):
    return [lib._cap(w) for w in words]

def join(words, suf=''):
    s = ' '.join(words)
    return (s + ' ' + suf).strip() if suf else s

# ---------------- partial ----------------
def gen_partial(name, ent, d):
    words, suf = lib.body_words(name)
    if not all(plain(w) for w in words):
        return
    W = [w for w in words if not is_small(w)]
    if len(W) < 4:
        return
    W = tc(W)
    yield 'first two name words only, legal form kept', '', join(W[:2], suf), None
    yield 'first and last name words only, legal form dropped', '', join([W[0], W[-1]]), None
    yield 'second name word dropped, legal form kept', '', join([W[0]] + W[2:], suf), None

# ---------------- word_order ----------------
def gen_word_order(name, ent, d):
    words, suf = lib.body_words(name)
    if not words or not all(plain(w) and not is_small(w) for w in words):
        return
    W = tc(words)
    if len(W) >= 3:
        yield 'name words reversed', '', join(W[::-1], suf), None
        yield 'first name word moved to the end', '', join(W[1:] + W[:1], suf), None
    if len(W) >= 2 and suf:
        yield 'legal form moved to the front', '', join([suf] + W), None

# ---------------- case ----------------
def gen_case(name, ent, d):
    s = name.lower()
    yield 'sentence case', '', s[:1].upper() + s[1:], None
    out = []
    for w in name.split():
        lw = w.lower()
        idx = max((i for i, c in enumerate(lw) if c.isalpha()), default=-1)
        out.append(lw[:idx] + lw[idx].upper() + lw[idx + 1:] if idx >= 0 else lw)
    yield "each word's last letter upper, the rest lower", '', ' '.join(out), None
    r, n = [], 0
    for c in name:
        if c.isalpha():
            r.append(c.upper() if n % 3 == 0 else c.lower()); n += 1
        else:
            r.append(c)
    yield 'every third letter upper (1st, 4th, 7th, ...), the rest lower', '', ''.join(r), None

# ---------------- legal_form ----------------
LEGAL_FORMS = [('Lithuanian', 'UAB'), ('Polish', 'sp. z o.o.'), ('Czech', 's.r.o.'), ('Slovak', 'k.s.'),
               ('German', 'GbR'), ('Mexican', 'S.A.P.I. de C.V.'), ('Italian', 'S.c.p.A.'),
               ('Japanese', 'K.K.'), ('Turkish', 'Ltd. Şti.'), ('European', 'SE'), ('Danish', 'AMBA'),
               ('British', 'LLP')]

def gen_legal_form(name, ent, d):
    words, suf = lib.body_words(name)
    b = join(tc(words))
    for country, form in LEGAL_FORMS:
        yield '%s %s' % (country, form), ('replaces %s' % suf) if suf else 'added', b + ' ' + form, form

# ---------------- punctuation ----------------
def _longest_idx(words, pred=lambda w: True):
    c = [(len(w), -i, i) for i, w in enumerate(words) if plain(w) and len(w) >= 4 and pred(w)]
    return max(c)[2] if c else None

def gen_punctuation(name, ent, d):
    words, suf = lib.body_words(name)
    W = tc(words)
    for shape, ch, tgt in (('@ for a', '@', 'a'), ('° for o', '°', 'o')):
        i = _longest_idx(W, lambda w: tgt in w[1:])
        if i is not None:
            w = W[i]; j = w.index(tgt, 1)
            V = list(W); V[i] = w[:j] + ch + w[j + 1:]
            yield shape, '', join(V, suf), None
    for shape, ch in (('= inside a word', '='), ('\\ inside a word', '\\')):
        i = _longest_idx(W)
        if i is not None:
            w = W[i]; j = len(w) // 2
            V = list(W); V[i] = w[:j] + ch + w[j:]
            yield shape, '', join(V, suf), None

# ---------------- abbreviation ----------------
ABBR = [('international', 'Intl.'), ('corporation', 'Corp.'), ('management', 'Mgmt.'), ('holding', 'Hldg.'),
        ('holdings', 'Hldgs.'), ('products', 'Prods.'), ('construction', 'Constr.'), ('maritime', 'Marit.'),
        ('telecommunications', 'Telecom.'), ('pharmaceutical', 'Pharm.'), ('systems', 'Sys.'),
        ('brothers', 'Bros.'), ('authority', 'Auth.'), ('mining', 'Mng.'), ('ministry', 'Min.'),
        ('commercial', 'Coml.'), ('agricultural', 'Agric.'), ('society', 'Soc.'), ('inmobiliaria', 'Inmob.'),
        ('agropecuaria', 'Agrop.'), ('distribuidora', 'Distrib.'), ('aviation', 'Aviat.'),
        ('foundation', 'Fdn.'), ('medical', 'Med.'), ('capital', 'Cap.'), ('logistics', 'Logist.'),
        ('committee', 'Cttee.'), ('operations', 'Ops.'), ('department', 'Dept.'), ('association', 'Assn.'),
        ('global', 'Glob.'), ('organisation', 'Orgn.')]

def gen_abbreviation(name, ent, d):
    words, suf = lib.body_words(name)
    W = tc(words)
    for full_w, ab in ABBR:
        for i, w in enumerate(W):
            if w.lower().strip(',') == full_w:
                V = list(W); V[i] = ab + (',' if w.endswith(',') else '')
                yield ab, full_w, join(V, suf), ab
                break

# ---------------- script ----------------
GREEK = [('th', 'θ'), ('ch', 'τσ'), ('sh', 'σ'), ('ph', 'φ'), ('ps', 'ψ'), ('kh', 'χ'), ('ou', 'ου'),
         ('a', 'α'), ('b', 'μπ'), ('c', 'κ'), ('d', 'ντ'), ('e', 'ε'), ('f', 'φ'), ('g', 'γκ'), ('h', 'χ'),
         ('i', 'ι'), ('j', 'τζ'), ('k', 'κ'), ('l', 'λ'), ('m', 'μ'), ('n', 'ν'), ('o', 'ο'), ('p', 'π'),
         ('q', 'κ'), ('r', 'ρ'), ('s', 'σ'), ('t', 'τ'), ('u', 'ου'), ('v', 'β'), ('w', 'ου'), ('x', 'ξ'),
         ('y', 'υ'), ('z', 'ζ')]
HEBREW = [('sh', 'ש'), ('ch', 'צ׳'), ('kh', 'ח'), ('th', 'ת'), ('ts', 'צ'), ('a', 'א'), ('b', 'ב'),
          ('c', 'ק'), ('d', 'ד'), ('e', 'ע'), ('f', 'פ'), ('g', 'ג'), ('h', 'ה'), ('i', 'י'), ('j', 'ג׳'),
          ('k', 'ק'), ('l', 'ל'), ('m', 'מ'), ('n', 'נ'), ('o', 'ו'), ('p', 'פ'), ('q', 'ק'), ('r', 'ר'),
          ('s', 'ס'), ('t', 'ט'), ('u', 'ו'), ('v', 'ו'), ('w', 'ו'), ('x', 'קס'), ('y', 'י'), ('z', 'ז')]
HEB_FINAL = {'מ': 'ם', 'נ': 'ן', 'פ': 'ף', 'צ': 'ץ', 'כ': 'ך'}

def _map_word(w, table):
    w = w.lower(); out = ''; i = 0
    while i < len(w):
        for a, b in table:
            if w.startswith(a, i):
                out += b; i += len(a); break
        else:
            i += 1
    return out

def _script_words(name):
    words, suf = lib.body_words(name)
    res = []
    for w in words:
        for p in w.replace('-', ' ').split():
            p = re.sub(r'[^A-Za-z]', '', lib._strip_marks(p))
            if p:
                res.append(p)
    return res

def to_greek(name):
    out = []
    for w in _script_words(name):
        g = _map_word(w, GREEK)
        if g.endswith('σ'):
            g = g[:-1] + 'ς'
        out.append(g)
    return ' '.join(out)

def to_hebrew(name):
    out = []
    for w in _script_words(name):
        h = _map_word(w, HEBREW)
        if h and h[-1] in HEB_FINAL:
            h = h[:-1] + HEB_FINAL[h[-1]]
        out.append(h)
    return ' '.join(out)

def gen_script(name, ent, d):
    for shape, f in (('Greek script', to_greek), ('Hebrew script', to_hebrew)):
        q = f(name)
        if lib.n_letters(q) >= 4:
            yield shape, 'letter by letter, legal form dropped', q, None

# ---------------- transliteration ----------------
VOW = 'aeiou'
GERMAN = [('shch', 'schtsch'), ('sh', 'sch'), ('ch', 'tsch'), ('kh', 'ch'), ('zh', 'sch'), ('ts', 'z'),
          ('j', 'dsch'), ('v', 'w')]
DUTCH = [('sh', 'sj'), ('ch', 'tsj'), ('kh', 'ch'), ('zh', 'zj'), ('j', 'dj'), ('u', 'oe')]

def _translit_word(w, table):
    lw = w.lower(); out = ''; i = 0
    while i < len(lw):
        if lw[i] == 'y' and i + 1 < len(lw) and lw[i + 1] in VOW:
            out += 'j'; i += 1; continue
        for a, b in table:
            if lw.startswith(a, i):
                out += b; i += len(a); break
        else:
            out += w[i]; i += 1
    if w[:1].isupper() and out:
        out = out[0].upper() + out[1:]
    return out

def gen_transliteration(name, ent, d):
    words, suf = lib.body_words(name)
    W = tc(words)
    for shape, table in (('German-style', GERMAN), ('Dutch-style', DUTCH)):
        V = [w if is_small(w) else _translit_word(w, table) for w in W]
        yield shape, '', join(V, suf), None

# ---------------- translation ----------------
TRANS = {
    'Italian': {'bank': 'Banca', 'company': 'Società', 'shipping': 'Navigazione', 'industries': 'Industrie', 'industry': 'Industria', 'investment': 'Investimento', 'construction': 'Costruzioni', 'engineering': 'Ingegneria', 'oil': 'Petrolio', 'services': 'Servizi', 'trading': 'Commercio', 'insurance': 'Assicurazioni', 'electronics': 'Elettronica'},
    'Portuguese': {'bank': 'Banco', 'company': 'Companhia', 'shipping': 'Navegação', 'industries': 'Indústrias', 'industry': 'Indústria', 'investment': 'Investimento', 'construction': 'Construção', 'engineering': 'Engenharia', 'oil': 'Petróleo', 'services': 'Serviços', 'trading': 'Comércio', 'insurance': 'Seguros'},
    'Swedish': {'company': 'Bolag', 'shipping': 'Rederi', 'industries': 'Industrier', 'industry': 'Industri', 'investment': 'Investering', 'construction': 'Byggnad', 'engineering': 'Teknik', 'oil': 'Olja', 'services': 'Tjänster', 'trading': 'Handel', 'insurance': 'Försäkring'},
    'Danish': {'company': 'Selskab', 'shipping': 'Rederi', 'industries': 'Industrier', 'industry': 'Industri', 'investment': 'Investering', 'construction': 'Byggeri', 'engineering': 'Ingeniørvirksomhed', 'oil': 'Olie', 'services': 'Tjenester', 'trading': 'Handel', 'insurance': 'Forsikring'},
    'Polish': {'company': 'Spółka', 'shipping': 'Żegluga', 'industries': 'Przemysł', 'industry': 'Przemysł', 'investment': 'Inwestycje', 'construction': 'Budownictwo', 'engineering': 'Inżynieria', 'oil': 'Ropa', 'services': 'Usługi', 'trading': 'Handel', 'insurance': 'Ubezpieczenia'},
    'Slovak': {'bank': 'Banka', 'company': 'Spoločnosť', 'shipping': 'Plavba', 'industries': 'Priemysel', 'industry': 'Priemysel', 'investment': 'Investície', 'construction': 'Stavebníctvo', 'engineering': 'Strojárstvo', 'oil': 'Ropa', 'services': 'Služby', 'trading': 'Obchod', 'insurance': 'Poisťovňa'},
    'Indonesian': {'company': 'Perusahaan', 'shipping': 'Pelayaran', 'industries': 'Industri', 'industry': 'Industri', 'investment': 'Investasi', 'construction': 'Konstruksi', 'engineering': 'Teknik', 'oil': 'Minyak', 'services': 'Layanan', 'trading': 'Perdagangan', 'insurance': 'Asuransi'},
    'Swahili': {'bank': 'Benki', 'company': 'Kampuni', 'shipping': 'Usafirishaji', 'industries': 'Viwanda', 'industry': 'Viwanda', 'investment': 'Uwekezaji', 'construction': 'Ujenzi', 'engineering': 'Uhandisi', 'oil': 'Mafuta', 'services': 'Huduma', 'trading': 'Biashara', 'insurance': 'Bima'},
    'Irish': {'bank': 'Banc', 'company': 'Comhlacht', 'shipping': 'Loingseoireacht', 'industries': 'Tionscail', 'industry': 'Tionscal', 'investment': 'Infheistíocht', 'construction': 'Tógáil', 'engineering': 'Innealtóireacht', 'oil': 'Ola', 'services': 'Seirbhísí', 'trading': 'Trádáil', 'insurance': 'Árachas'},
    'Albanian': {'bank': 'Banka', 'company': 'Kompania', 'shipping': 'Lundrimi', 'industries': 'Industritë', 'industry': 'Industria', 'investment': 'Investime', 'construction': 'Ndërtim', 'engineering': 'Inxhinieri', 'oil': 'Nafta', 'services': 'Shërbime', 'trading': 'Tregti', 'insurance': 'Sigurime'},
    'Latin': {'bank': 'Argentaria', 'company': 'Societas', 'shipping': 'Navigatio', 'industries': 'Industriae', 'industry': 'Industria', 'investment': 'Collocatio', 'construction': 'Constructio', 'engineering': 'Machinatio', 'oil': 'Oleum', 'services': 'Servitia', 'trading': 'Mercatura', 'insurance': 'Assecuratio'},
    'Hindi (romanised)': {'company': 'Kampani', 'shipping': 'Jahazrani', 'industries': 'Udyog', 'industry': 'Udyog', 'investment': 'Nivesh', 'construction': 'Nirman', 'engineering': 'Abhiyantriki', 'oil': 'Tel', 'services': 'Sevayen', 'trading': 'Vyapar', 'insurance': 'Beema'},
}

def gen_translation(name, ent, d):
    toks = name.split()
    for lang, dic in TRANS.items():
        for i, w in enumerate(toks):
            lw = re.sub(r'[^a-z]', '', w.lower())
            if lw in dic:
                body, suf = lib.split_legal(name)
                nb = len(body.split())
                W = tc(toks[:nb]) + toks[nb:]
                V = list(W); V[i] = dic[lw] + (',' if w.endswith(',') else '')
                yield lang, '%s -> %s' % (lw, dic[lw]), ' '.join(V), lang
                break

# ---------------- parent_vs_subsidiary ----------------
UNITS = [('Italian sede secondaria di', '{n}, sede secondaria di {c}'), ('Portuguese filial em', '{n}, filial em {c}'),
         ('Swedish filial i', '{n}, filial i {c}'), ('Danish afdeling i', '{n}, afdeling i {c}'),
         ('Polish oddział w', '{n}, oddział w {c}'), ('Slovak pobočka', '{n}, pobočka {c}'),
         ('Indonesian kantor cabang', '{n} kantor cabang {c}'), ('Swahili tawi la', '{n}, tawi la {c}'),
         ('Irish brainse', '{n}, brainse {c}'), ('Albanian dega në', '{n}, dega në {c}'),
         ('representative office', '{n} representative office, {c}'), ('service centre', '{n} service centre, {c}')]

def gen_parent_vs_subsidiary(name, ent, d):
    c = d.city.get(ent)
    if not c:
        return
    for unit, t in UNITS:
        yield unit, 'city from add.csv', t.format(n=lib.tcw(name), c=c), unit

# ---------------- typo ----------------
def _sub_first(W, pred_word, old, new, start=1):
    idx = [(len(w), -i, i) for i, w in enumerate(W) if plain(w) and not is_small(w) and old in w[start:]]
    if not idx:
        return None
    i = max(idx)[2]; w = W[i]; j = w.index(old, start)
    V = list(W); V[i] = w[:j] + new + w[j + len(old):]
    return V

def gen_typo(name, ent, d):
    words, suf = lib.body_words(name)
    W = tc(words)
    for shape, old, new, st in (('OCR vv for w', 'w', 'vv', 0), ('OCR 5 for s', 's', '5', 1),
                                ('a typed for e', 'e', 'a', 1), ('n typed for m', 'm', 'n', 1)):
        V = _sub_first(W, None, old, new, st)
        if V:
            yield shape, '', join(V, suf), None
    i = _longest_idx(W)
    if i is not None and len(W) >= 2:
        V = list(W); V[i] = W[i][1].upper() + W[i][2:]
        yield 'first letter of the longest word dropped', '', join(V, suf), None
        V = list(W); j = len(W[i]) // 2; V[i] = W[i][:j] + ' ' + W[i][j:].lower()
        yield 'stray space in the middle of the longest word', '', join(V, suf), None

# ---------------- messy ----------------
MESSY = [
    ('XML element', '<counterparty city="{c}">{n}</counterparty>'),
    ('Markdown table row', '| 14 | {n} | {c} | pending review |'),
    ('URL query string', 'https://screening.example/search?name={u}&city={cu}'),
    ('syslog line', 'Dec  6 01:14:52 scr-01 lookupd[2231]: WARN no exact hit for "{n}" ({c}), retrying fuzzy'),
    ('LaTeX table row', '{n} & {c} & \\textit{{to be screened}} \\\\'),
    ('shipping label', 'SHIP TO: {N} / {C} / ATTN: ACCOUNTS PAYABLE / PKG 2 OF 3'),
    ('Italian chat', 'ciao, puoi controllare se {n} di {c} è nella lista SDN?'),
    ('Portuguese chat', 'oi, dá pra ver se a {n} de {c} está na lista de sanções?'),
    ('Swedish chat', 'hej, kan du kolla om {n} i {c} finns på sanktionslistan?'),
    ('Polish chat', 'cześć, sprawdzisz czy {n} z {c} jest na liście sankcyjnej?'),
    ('Indonesian chat', 'halo, tolong cek apakah {n} di {c} masuk daftar sanksi?'),
    ('Swahili chat', 'habari, tafadhali angalia kama {n} ya {c} iko kwenye orodha ya vikwazo'),
]

def gen_messy(name, ent, d):
    c = d.city.get(ent)
    if not c:
        return
    n = lib.tcw(name)
    for shape, t in MESSY:
        q = t.format(n=n, c=c, N=name.upper(), C=c.upper(), u=n.replace(' ', '%20'), cu=c.replace(' ', '%20'))
        yield shape, 'city from add.csv', q, shape

# ---------------- aka ----------------
def gen_aka(name, ent, d):
    for a in d.alt.get(ent, []):
        yield 'own alt.csv alias', '', a, None

GENS = {k: globals()['gen_' + k] for k in lib.KINDS}
# shape quotas (None = each item once)
SHAPES = {
    'partial': 4, 'word_order': 4, 'case': 4, 'punctuation': 3, 'typo': 2, 'transliteration': 6, 'script': 6,
    'aka': 12,
}
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}
