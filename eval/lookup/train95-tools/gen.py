"""train95 generators: one per positive kind, shapes, item lists, display helpers."""
import re, unicodedata
import lib

LEGAL_TOK = set("""co company corp corporation inc incorporated ltd limited llc plc sa sas sac saa sl srl sarl sal spa sc scs ca eu
cia rl cv ltda lda gmbh ag bv nv ooo oao zao ojsc cjsc jsc pjsc pte pty fze fzc fzco fz ehf ab as spr sde eirl srltda sadecv""".split())
SMALL = lib.FILLER | set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
ROMAN = set('i ii iii iv v vi vii viii ix x xi xii'.split())
VOW = set('aeiouy')

def _tf(t):
    return lib.full(t).replace(' ', '')

def split_legal(name):
    toks = name.replace(',', ' , ').split()
    i = len(toks)
    while i > 0:
        t = toks[i - 1]
        f = _tf(t)
        if t == ',':
            i -= 1; continue
        if f in LEGAL_TOK or re.fullmatch(r'([A-Za-z]\.)+', t):
            i -= 1; continue
        if t.upper() in ('DE', 'EN') and i < len(toks) and i > 1 and (_tf(toks[i - 2]) in LEGAL_TOK or re.fullmatch(r'([A-Za-z]\.)+', toks[i - 2])):
            i -= 1; continue
        if t.upper() == 'Y' and i < len(toks) and toks[i].upper().startswith('CIA'):
            i -= 1; continue
        break
    body = [t for t in toks[:i]]
    while body and body[-1] == ',':
        body.pop()
    tail = [t for t in toks[i:] if t != ',']
    # keep commas inside the body attached
    btxt = ' '.join(body).replace(' , ', ', ')
    if not btxt:
        return name, ''
    return btxt, ' '.join(tail)

def tcw(tok):
    if re.fullmatch(r'([A-Za-z]\.)+', tok) or (tok.isupper() and _tf(tok) in LEGAL_TOK):
        return tok
    letters = ''.join(c for c in tok if c.isalpha())
    if letters.lower() in ROMAN and letters.isupper() and len(letters) <= 4:
        return tok
    if 2 <= len(letters) <= 4 and letters.isupper() and letters.isascii() and not (set(letters.lower()) & VOW):
        return tok
    out, prev = [], ''
    for c in tok:
        if c.isalpha():
            if prev == '' or not (prev.isalpha() or prev.isdigit() or prev in "'\u2019"):
                out.append(c.upper())
            else:
                out.append(c.lower())
        else:
            out.append(c)
        prev = c
    return ''.join(out)

def display_body(body):
    return ' '.join(tcw(t) for t in body.split())

def display(name):
    body, tail = split_legal(name)
    return (display_body(body) + (' ' + tail if tail else '')).strip()

def is_name_word(t):
    return t.isascii() and t.isalpha() and len(t) >= 3 and t.lower() not in SMALL and t.lower() not in ROMAN

def plain(t):
    return t.isascii() and t.isalpha()

def join(body_words, tail):
    return ' '.join(body_words) + (' ' + tail if tail else '')

# ---------------- item lists ----------------
PARTIAL_SHAPES = ['all name words but the last, legal form dropped',
                  'the two longest name words in name order, legal form kept',
                  'all name words but the shortest, legal form kept']
WORD_ORDER_SHAPES = ['name words sorted by their third letter',
                     'name words sorted by consonant count, most first',
                     'name words sorted Z to A']
CASE_SHAPES = ['second half of each word upper, the rest lower',
               'shortest word upper, the rest lower',
               'middle letter of each word upper, the rest lower']
PUNCT_SHAPES = ['`\u20ac` for the first e after the first letter', '`~` after the third letter',
                '`^` before the last letter', '`\u00a7` for the first s after the first letter']
TYPO_SHAPES = ['OCR `rn` for m', 'OCR `8` for b', '`w` typed for e', '`b` typed for n',
               'third letter of the longest word dropped', 'last two letters of the longest word swapped']
TRANSLIT_SHAPES = ['Maltese-style spelling', 'Esperanto-style spelling']
SCRIPT_SHAPES = ['Glagolitic', 'Shavian']
AKA_SHAPES = ['alt.csv aka alias']

LEGAL_FORMS = [('Czech', 'v.o.s.', 'end'), ('Slovenian', 's.p.', 'end'), ('Swedish', 'KB', 'end'), ('Norwegian', 'ANS', 'end'),
               ('Danish', 'A.m.b.a.', 'end'), ('Belgian', 'CommV', 'end'), ('Luxembourgish', 'SCSp', 'end'),
               ('Italian', 'S.c.a.r.l.', 'end'), ('Turkish', 'Ltd. \u015eti.', 'end'), ('Greek', 'E.P.E.', 'end'),
               ('Irish', 'DAC', 'end'), ('UK', 'CIC', 'end'), ('US', 'PLLC', 'end'), ('Canadian', 'ULC', 'end'),
               ('Israeli', 'B.M.', 'end'), ('Gulf', 'W.L.L.', 'end'), ('Kyrgyz', 'OsOO', 'front'), ('Ukrainian', 'PrAT', 'front'),
               ('Omani', 'S.A.O.G.', 'end'), ('Bahraini', 'B.S.C.', 'end')]
def legal_shape(lang, form, pos):
    return '%s `%s`%s' % (lang, form, ' (in front)' if pos == 'front' else '')

ABBR = [('Hldgs.', ['holdings', 'holding']), ('Shpg.', ['shipping']), ('Org.', ['organization', 'organisation']),
        ('Sys.', ['systems', 'system']), ('Grp.', ['group']), ('Bros.', ['brothers']), ('Nav.', ['navigation']),
        ('Lab.', ['laboratory', 'laboratories', 'laboratorio', 'laboratorios']), ('Govt.', ['government']),
        ('Dir.', ['directorate']), ('Fed.', ['federation', 'federal']), ('Rep.', ['republic']), ('Soc.', ['society']),
        ('Coop.', ['cooperative']), ('Trdg.', ['trading']), ('Metall.', ['metallurgical', 'metallurgy']),
        ('Petrochem.', ['petrochemical', 'petrochemicals']), ('Aero.', ['aeronautical', 'aerospace', 'aeronautics']),
        ('Gral.', ['general']), ('Hnos.', ['hermanos']), ('Prom.', ['promotora', 'promociones']),
        ('Telecom.', ['telecommunications', 'telecommunication'])]
def abbr_shape(a):
    return '`%s`' % a

DICT = {
 'Luxembourgish': {'trading': 'Handel', 'oil': 'Ueleg', 'shipping': 'Sch\u00ebffaart', 'insurance': 'Vers\u00e9cherung', 'steel': 'Stol',
                   'construction': 'Bau', 'army': 'Arm\u00e9i', 'foundation': 'St\u00ebftung', 'party': 'Partei', 'movement': 'Beweegung',
                   'development': 'Entw\u00e9cklung', 'exchange': 'Wiessel', 'investment': 'Investitioun', 'industries': 'Industrien'},
 'Galician': {'trading': 'Comercio', 'shipping': 'Navieira', 'industries': 'Industrias', 'investment': 'Investimento',
              'exchange': 'Cambio', 'foundation': 'Fundaci\u00f3n', 'insurance': 'Seguros', 'steel': 'Aceiro', 'army': 'Ex\u00e9rcito',
              'movement': 'Movemento', 'services': 'Servizos', 'development': 'Desenvolvemento', 'energy': 'Enerx\u00eda', 'oil': 'Petr\u00f3leo'},
 'Afrikaans': {'trading': 'Handel', 'shipping': 'Skeepvaart', 'oil': 'Olie', 'industries': 'Nywerhede', 'investment': 'Belegging',
               'foundation': 'Stigting', 'insurance': 'Versekering', 'steel': 'Staal', 'army': 'Le\u00ebr', 'movement': 'Beweging',
               'services': 'Dienste', 'development': 'Ontwikkeling', 'organization': 'Organisasie', 'ministry': 'Ministerie', 'exchange': 'Wissel'},
 'Zulu': {'trading': 'Ukuhweba', 'shipping': 'Imikhumbi', 'oil': 'Uwoyela', 'industries': 'Izimboni',
          'investment': 'Utshalomali', 'exchange': 'Ukushintshana', 'foundation': 'Isisekelo', 'insurance': 'Umshwalense',
          'steel': 'Insimbi', 'army': 'Ibutho', 'movement': 'Inhlangano', 'services': 'Izinsizakalo', 'energy': 'Amandla', 'party': 'Iqembu'},
 'Yoruba': {'trading': '\u00d2w\u00f2', 'oil': 'Epo', 'industries': 'Il\u00e9-i\u1e63\u1eb9\u0301', 'investment': '\u00ccd\u00f3k\u00f2w\u00f2',
            'exchange': 'P\u00e0\u1e63\u00edp\u00e0\u00e0r\u1ecd\u0300', 'foundation': '\u00ccp\u00ecl\u1eb9\u0300', 'steel': 'Irin',
            'army': 'Ogun', 'movement': '\u1eb8gb\u1eb9\u0301', 'energy': 'Agb\u00e1ra', 'construction': '\u00cck\u1ecd\u0301l\u00e9'},
 'Somali': {'trading': 'Ganacsiga', 'shipping': 'Maraakiibta', 'oil': 'Saliidda', 'industries': 'Warshadaha',
            'investment': 'Maalgashiga', 'exchange': 'Sarrifka', 'insurance': 'Caymiska', 'army': 'Ciidanka', 'services': 'Adeegyada',
            'construction': 'Dhismaha', 'energy': 'Tamarta', 'party': 'Xisbiga', 'ministry': 'Wasaaradda', 'organization': 'Ururka', 'front': 'Jabhadda'},
 'Haitian Creole': {'trading': 'Kom\u00e8s', 'oil': 'Lwil', 'industries': 'Endistri', 'investment': 'Envestisman', 'exchange': 'Echanj',
                    'foundation': 'Fondasyon', 'insurance': 'Asirans', 'steel': 'Asye', 'army': 'Lame', 'movement': 'Mouvman',
                    'services': 'S\u00e8vis', 'energy': 'En\u00e8ji', 'party': 'Pati', 'ministry': 'Minist\u00e8'},
 'Esperanto': {'trading': 'Komerco', 'shipping': '\u015cipado', 'oil': 'Oleo', 'industries': 'Industrioj',
               'investment': 'Investo', 'exchange': 'Inter\u015dan\u011do', 'foundation': 'Funda\u0135o', 'insurance': 'Asekuro',
               'steel': '\u015ctalo', 'army': 'Armeo', 'movement': 'Movado', 'services': 'Servoj', 'party': 'Partio', 'ministry': 'Ministerio'},
 'Latin': {'bank': 'Argentaria', 'trading': 'Mercatura', 'shipping': 'Navigatio', 'oil': 'Oleum', 'industries': 'Officinae',
           'investment': 'Collocatio', 'exchange': 'Permutatio', 'foundation': 'Fundatio', 'steel': 'Chalybs', 'army': 'Exercitus',
           'movement': 'Motus', 'party': 'Factio', 'ministry': 'Ministerium', 'state': 'Civitas', 'construction': 'Aedificatio'},
 'Tok Pisin': {'trading': 'Bisnis', 'shipping': 'Sip', 'oil': 'Wel', 'industries': 'Indastri', 'exchange': 'Senis', 'steel': 'Ain',
               'army': 'Ami', 'movement': 'Muvmen', 'services': 'Sevis', 'energy': 'Pawa', 'party': 'Pati', 'airlines': 'Balus'},
 'Kurmanji Kurdish': {'trading': 'Bazirgan\u00ee', 'shipping': 'Ke\u015ft\u00eevan\u00ee', 'oil': 'Neft', 'industries': 'P\u00ee\u015fesaz\u00ee',
                      'investment': 'Veberh\u00eanan', 'exchange': 'Guher\u00een', 'insurance': 'S\u00eegorte', 'steel': 'Pola',
                      'army': 'Art\u00ea\u015f', 'movement': 'Tevger', 'services': 'Xizmet', 'party': 'Part\u00ee', 'organization': 'R\u00eaxistin',
                      'front': 'Eniya', 'state': 'Dewlet'},
 'Turkmen': {'trading': 'S\u00f6wda', 'shipping': 'G\u00e4mi\u00e7ilik', 'oil': 'Nebit', 'industries': 'Senagat', 'steel': 'Polat',
             'army': 'Go\u015fun', 'movement': 'Hereket', 'services': 'Hyzmatlar', 'construction': 'Gurlu\u015fyk', 'party': 'Parti\u00fda',
             'organization': 'Gurama', 'exchange': 'Aly\u015f-\u00e7aly\u015f'},
 'Uzbek': {'trading': 'Savdo', 'oil': 'Neft', 'army': 'Armiya', 'movement': 'Harakat', 'party': 'Partiya', 'shipping': 'Kemachilik'},
 'Igbo': {'trading': 'Az\u1ee5mah\u1ecba', 'oil': 'Mman\u1ee5', 'army': 'Ndi agha', 'movement': 'Ngag\u1ecb'},
}
TRANSLATION_LANGS = list(DICT)

UNITS = [('Luxembourgish', 'Filial zu', 'before'), ('Galician', 'sucursal en', 'before'), ('Afrikaans', 'tak in', 'before'),
         ('Zulu', 'igatsha e', 'before'), ('Yoruba', '\u1eb9\u0300ka n\u00ed', 'before'), ('Somali', 'laanta', 'before'),
         ('Haitian Creole', 'sikisal nan', 'before'), ('Esperanto', 'filio en', 'before'), ('Latin', 'ramus in', 'before'),
         ('Tok Pisin', 'brens long', 'before'), ('Kurmanji Kurdish', '\u015faxa li', 'before'), ('Turkmen', '\u015faham\u00e7asy', 'after'),
         ('Uzbek', 'filiali', 'after'), ('Igbo', 'alaka d\u1ecb na', 'before')]
def unit_shape(lang, w, pos):
    return '%s `%s`%s' % (lang, w, ' (after the city)' if pos == 'after' else '')

MESSY = [('TOML table', '[party] name = "{n}" city = "{c}"'),
         ('GraphQL query', 'query {{ screen(name: "{n}", city: "{c}") {{ hits }} }}'),
         ('LaTeX table row', '\\textbf{{{n}}} & {c} & pending \\\\'),
         ('Lisp s-expression', '(screen-party :name "{n}" :city "{c}")'),
         ('email Subject header', 'Subject: [screening] {n} / {c} - please confirm'),
         ('Gherkin step', 'Given the counterparty "{n}" registered in "{c}"'),
         ('chat in Luxembourgish', 'Moien, kanns du w.e.g. kucken ob {n} aus {c} op der Sanktiounsl\u00ebscht steet?'),
         ('chat in Galician', 'Ola, podes comprobar se {n} de {c} est\u00e1 na lista de sanci\u00f3ns?'),
         ('chat in Afrikaans', 'Hallo, kan jy asseblief kyk of {n} van {c} op die sanksielys is?'),
         ('chat in Zulu', 'Sawubona, ungabheka ukuthi {n} wase {c} usohlwini lwezijeziso?'),
         ('chat in Somali', 'Salaan, fadlan hubi in {n} oo ku sugan {c} uu ku jiro liiska cunaqabateynta.'),
         ('chat in Haitian Creole', 'Bonjou, \u00e8ske ou ka tcheke si {n} nan {c} sou lis sanksyon an?'),
         ('chat in Esperanto', 'Saluton, \u0109u vi povas kontroli \u0109u {n} el {c} estas en la sankcia listo?'),
         ('chat in Latin', 'Salve, potesne inspicere num {n} ex {c} in indice sanctionum sit?')]

# ---------------- script tables ----------------
def _L(prefix, names):
    return {k: ''.join(unicodedata.lookup(prefix + x) for x in v.split('+')) for k, v in names.items()}
GLAG = _L('GLAGOLITIC SMALL LETTER ', {
    'a': 'AZU', 'b': 'BUKY', 'v': 'VEDE', 'w': 'VEDE', 'g': 'GLAGOLI', 'gh': 'GLAGOLI', 'd': 'DOBRO', 'e': 'YESTU', 'zh': 'ZHIVETE',
    'z': 'ZEMLJA', 'i': 'IZHE', 'y': 'DJERVI', 'j': 'DOBRO+ZHIVETE', 'k': 'KAKO', 'l': 'LJUDIJE', 'm': 'MYSLITE', 'n': 'NASHI',
    'o': 'ONU', 'p': 'POKOJI', 'r': 'RITSI', 's': 'SLOVO', 't': 'TVRIDO', 'th': 'TVRIDO', 'u': 'UKU', 'f': 'FRITU', 'h': 'HERU',
    'kh': 'HERU', 'ts': 'TSI', 'ch': 'CHRIVI', 'sh': 'SHA'})
SHAV = _L('SHAVIAN LETTER ', {
    'p': 'PEEP', 't': 'TOT', 'k': 'KICK', 'kh': 'KICK', 'f': 'FEE', 'th': 'THIGH', 's': 'SO', 'sh': 'SURE', 'ch': 'CHURCH',
    'y': 'YEA', 'b': 'BIB', 'd': 'DEAD', 'g': 'GAG', 'gh': 'GAG', 'v': 'VOW', 'z': 'ZOO', 'zh': 'MEASURE', 'j': 'JUDGE',
    'w': 'WOE', 'h': 'HA-HA', 'l': 'LOLL', 'm': 'MIME', 'i': 'IF', 'e': 'EGG', 'a': 'ASH', 'o': 'ON', 'u': 'UP', 'r': 'ROAR',
    'n': 'NUN', 'ts': 'TOT+SO'})
SCRIPT_TABLE = {'Glagolitic': GLAG, 'Shavian': SHAV}
SCRIPT_BLOCK = {'Glagolitic': (0x2C00, 0x2C5F), 'Shavian': (0x10450, 0x1047F)}

def phonemes(w):
    w = w.lower().replace('ck', 'k')
    w = re.sub(r'(.)\1', r'\1', w)
    out, i = [], 0
    while i < len(w):
        two = w[i:i + 2]
        if two in ('sh', 'ch', 'kh', 'zh', 'ts', 'th', 'gh'):
            out.append(two); i += 2; continue
        if two == 'ph':
            out.append('f'); i += 2; continue
        c = w[i]; nxt = w[i + 1] if i + 1 < len(w) else ''
        if c == 'c':
            out.append('s' if nxt in ('e', 'i', 'y') else 'k')
        elif c == 'x':
            out += ['k', 's']
        elif c == 'q':
            out.append('k')
        elif c == 'y':
            out.append('y' if nxt in ('a', 'e', 'i', 'o', 'u') else 'i')
        else:
            out.append(c)
        i += 1
    return out

def script_words(name):
    body, tail = split_legal(name)
    words = []
    for t in body.replace('-', ' ').split():
        if "'" in t or '"' in t or any(ch.isdigit() for ch in t):
            continue
        t2 = t.strip('.,()')
        if not t2 or not t2.isascii() or not t2.isalpha():
            continue
        if t2.lower() in lib.FILLER:
            continue
        words.append(t2)
    return words

def render_script(name, script):
    ws = script_words(name)
    if not (1 <= len(ws) <= 4):
        return None
    if len(ws) == 1 and len(ws[0]) < 7:
        return None
    tab = SCRIPT_TABLE[script]
    return ' '.join(''.join(tab[p] for p in phonemes(w)) for w in ws)

def script_errors(q, script):
    lo, hi = SCRIPT_BLOCK[script]
    bad = [c for c in q if c != ' ' and not (lo <= ord(c) <= hi)]
    return ['code point outside %s block: %r' % (script, ''.join(bad[:5]))] if bad else []

# ---------------- transliteration ----------------
def translit_word(w, style):
    s = w.lower(); out = []; i = 0
    V = 'aeiou'
    while i < len(s):
        two = s[i:i + 2]; c = s[i]; nxt = s[i + 1] if i + 1 < len(s) else ''
        if style == 'Maltese-style spelling':
            m = {'sh': 'x', 'ch': '\u010b', 'kh': '\u0127', 'gh': 'g\u0127', 'ph': 'f', 'th': 't', 'ck': 'k', 'qu': 'kw',
                 'ts': 'z', 'tz': 'z', 'ee': 'i', 'oo': 'u'}
            if two in m:
                out.append(m[two]); i += 2; continue
            if c == 'c': out.append('s' if nxt in 'eiy' and nxt else 'k')
            elif c == 'q': out.append('k')
            elif c == 'x': out.append('ks')
            elif c == 'j': out.append('\u0121')
            elif c == 'z': out.append('\u017c')
            elif c == 'y': out.append('j' if nxt and nxt in V else 'i')
            else: out.append(c)
        else:
            m = {'sh': '\u015d', 'ch': '\u0109', 'zh': '\u0135', 'kh': '\u0125', 'gh': 'g', 'ph': 'f', 'th': 't', 'ck': 'k',
                 'qu': 'kv', 'ts': 'c', 'tz': 'c', 'ee': 'i', 'oo': 'u'}
            if two in m:
                out.append(m[two]); i += 2; continue
            if c == 'c': out.append('s' if nxt in 'eiy' and nxt else 'k')
            elif c == 'q': out.append('k')
            elif c == 'x': out.append('ks')
            elif c == 'j': out.append('\u011d')
            elif c == 'w': out.append('v')
            elif c == 'y': out.append('j' if nxt and nxt in V else 'i')
            else: out.append(c)
        i += 1
    r = ''.join(out)
    if w[:1].isupper():
        r = r[:1].upper() + r[1:]
    return r

# ---------------- generators ----------------
def _longest_idx(words, pred=lambda w: True):
    best = None
    for i, w in enumerate(words):
        if pred(w) and (best is None or len(w) > len(words[best])):
            best = i
    return best

def gen_aka(d, e):
    out = []
    for t, a in d.alt[e]:
        if t == 'aka':
            out.append(('alt.csv aka alias', a, a))
    return out

def _body_tokens(name):
    body, tail = split_legal(name)
    return body.split(), tail

def gen_partial(d, e):
    name = d.sdn[e]['name']
    toks, tail = _body_tokens(name)
    nw = [t.strip(',') for t in toks if is_name_word(t.strip(','))]
    if len(nw) < 3:
        return []
    out = []
    disp = [tcw(t) for t in nw]
    idx = list(range(len(nw)))
    # 1 all but the last, legal dropped
    out.append((PARTIAL_SHAPES[0], ' '.join(disp[:-1])))
    # 2 two longest in name order, legal kept
    two = sorted(sorted(idx, key=lambda i: -len(nw[i]))[:2])
    out.append((PARTIAL_SHAPES[1], join([disp[i] for i in two], tail)))
    # 3 all but the shortest, legal kept
    sh = min(idx, key=lambda i: len(nw[i]))
    out.append((PARTIAL_SHAPES[2], join([disp[i] for i in idx if i != sh], tail)))
    res = []
    for s, q in out:
        kept = [w for w in q.split() if is_name_word(w)]
        if sum(len(w) for w in kept) < 10:
            continue
        if all(w.lower() in d.place_tokens for w in kept):
            continue
        res.append((s, None, q))
    return res

def gen_word_order(d, e):
    name = d.sdn[e]['name']
    toks, tail = _body_tokens(name)
    if not toks or not all(plain(t) for t in toks):
        return []
    pos = [i for i, t in enumerate(toks) if is_name_word(t)]
    if len(pos) < 3:
        return []
    words = [toks[i] for i in pos]
    res = []
    def cons(w):
        return sum(1 for c in w.lower() if c not in 'aeiouy')
    orders = [(WORD_ORDER_SHAPES[0], sorted(words, key=lambda w: w.lower()[2])),
              (WORD_ORDER_SHAPES[1], sorted(words, key=lambda w: -cons(w))),
              (WORD_ORDER_SHAPES[2], sorted(words, key=lambda w: w.lower(), reverse=True))]
    for s, ws in orders:
        if [w.lower() for w in ws] == [w.lower() for w in words]:
            continue
        nt = list(toks)
        for i, w in zip(pos, ws):
            nt[i] = w
        res.append((s, None, join([tcw(t) for t in nt], tail)))
    return res

def gen_case(d, e):
    name = d.sdn[e]['name']
    toks = name.split()
    res = []
    def second_half(t):
        li = [i for i, c in enumerate(t) if c.isalpha()]
        n = len(li); up = set(li[n // 2:])
        return ''.join(c.upper() if i in up else c.lower() for i, c in enumerate(t))
    def middle(t):
        li = [i for i, c in enumerate(t) if c.isalpha()]
        up = {li[len(li) // 2]} if li else set()
        return ''.join(c.upper() if i in up else c.lower() for i, c in enumerate(t))
    res.append((CASE_SHAPES[0], None, ' '.join(second_half(t) for t in toks)))
    cand = [i for i, t in enumerate(toks) if t.strip(',').isalpha() and len(t.strip(',')) >= 2 and _tf(t) not in LEGAL_TOK and _tf(t) not in lib.FILLER]
    if len(cand) >= 2:
        sh = min(cand, key=lambda i: len(toks[i].strip(',')))
        res.append((CASE_SHAPES[1], None, ' '.join(t.upper() if i == sh else t.lower() for i, t in enumerate(toks))))
    res.append((CASE_SHAPES[2], None, ' '.join(middle(t) for t in toks)))
    return res

def gen_legal_form(d, e):
    name = d.sdn[e]['name']
    body, tail = split_legal(name)
    bt = body.split()
    if not any(plain(t) and len(t) >= 3 for t in bt):
        return []
    if any(_tf(t) in LEGAL_TOK or _tf(t) in lib.FILLER and _tf(t) not in SMALL - LEGAL_TOK for t in bt):
        pass
    if any(_tf(t) in LEGAL_TOK for t in bt):
        return []
    db = display_body(body)
    res = []
    for lang, form, p in LEGAL_FORMS:
        q = (form + ' ' + db) if p == 'front' else (db + ' ' + form)
        res.append((legal_shape(lang, form, p), None, q))
    return res

def _edit_word(name, pick, fn):
    """apply fn to one display body word; returns (query, old, new) or None"""
    body, tail = split_legal(name)
    words = display_body(body).split()
    i = pick(words)
    if i is None:
        return None
    new = fn(words[i])
    if not new or new == words[i]:
        return None
    old = words[i]
    words[i] = new
    return join(words, tail), old, new

def _longest_plain(words):
    return _longest_idx(words, lambda w: plain(w) and len(w) >= 4)

def gen_punctuation(d, e):
    name = d.sdn[e]['name']
    res = []
    def first_after(ch, sym):
        def f(w):
            j = w.lower().find(ch, 1)
            return None if j < 0 else w[:j] + sym + w[j + 1:]
        return f
    fns = [first_after('e', '\u20ac'), lambda w: w[:3] + '~' + w[3:], lambda w: w[:-1] + '^' + w[-1], first_after('s', '\u00a7')]
    for s, fn in zip(PUNCT_SHAPES, fns):
        r = _edit_word(name, _longest_plain, fn)
        if r:
            res.append((s, r[1], r[0]))
    return res

def gen_abbreviation(d, e):
    name = d.sdn[e]['name']
    body, tail = split_legal(name)
    words = display_body(body).split()
    res = []
    for ab, longs in ABBR:
        for i, w in enumerate(words):
            if w.lower().strip(',') in longs and not w.endswith(','):
                nw = list(words); nw[i] = ab
                res.append((abbr_shape(ab), w, join(nw, tail)))
                break
    return res

def gen_typo(d, e):
    name = d.sdn[e]['name']
    res = []
    def first_with(ch):
        def pick(words):
            for i, w in enumerate(words):
                if plain(w) and len(w) >= 4 and w.lower().find(ch, 1) > 0:
                    return i
            return None
        return pick
    def rep_first(ch, new):
        def f(w):
            j = w.lower().find(ch, 1)
            return w[:j] + new + w[j + 1:]
        return f
    def in_longest(ch):
        def pick(words):
            i = _longest_plain(words)
            return i if i is not None and words[i].lower().find(ch, 1) > 0 else None
        return pick
    specs = [(TYPO_SHAPES[0], first_with('m'), rep_first('m', 'rn')),
             (TYPO_SHAPES[1], first_with('b'), rep_first('b', '8')),
             (TYPO_SHAPES[2], in_longest('e'), rep_first('e', 'w')),
             (TYPO_SHAPES[3], in_longest('n'), rep_first('n', 'b')),
             (TYPO_SHAPES[4], _longest_plain, lambda w: w[:2] + w[3:]),
             (TYPO_SHAPES[5], _longest_plain, lambda w: w[:-2] + w[-1] + w[-2] if w[-1].lower() != w[-2].lower() else None)]
    for s, pick, fn in specs:
        r = _edit_word(name, pick, fn)
        if r:
            res.append((s, r[1], r[0]))
    return res

def gen_transliteration(d, e):
    name = d.sdn[e]['name']
    body, tail = split_legal(name)
    words = display_body(body).split()
    res = []
    for s in TRANSLIT_SHAPES:
        nw = [translit_word(w, s) if (plain(w) and len(w) >= 5 and w.lower() not in lib.FILLER) else w for w in words]
        if nw != words:
            res.append((s, None, join(nw, tail)))
    return res

def gen_translation(d, e):
    name = d.sdn[e]['name']
    body, tail = split_legal(name)
    words = display_body(body).split()
    res = []
    for lang in TRANSLATION_LANGS:
        dic = DICT[lang]
        for i, w in enumerate(words):
            lw = w.lower().strip(',')
            if lw in dic and not w.endswith(','):
                nw = list(words); nw[i] = dic[lw]
                res.append((lang, '%s for %s' % (dic[lw], lw), join(nw, tail)))
                break
    return res

def gen_script(d, e):
    name = d.sdn[e]['name']
    res = []
    for s in SCRIPT_SHAPES:
        q = render_script(name, s)
        if q:
            res.append((s, None, q))
    return res

def gen_parent(d, e):
    c = d.city(e)
    if not c or not any(ch.isalpha() for ch in c):
        return []
    n = display(d.sdn[e]['name'])
    res = []
    for lang, w, p in UNITS:
        q = (n + ' ' + w + ' ' + c) if p == 'before' else (n + ' ' + c + ' ' + w)
        res.append((unit_shape(lang, w, p), c, q))
    return res

def gen_messy(d, e):
    c = d.city(e)
    if not c or not any(ch.isalpha() for ch in c) or '"' in c:
        return []
    n = display(d.sdn[e]['name'])
    if '"' in n:
        return []
    return [(s, c, t.format(n=n, c=c)) for s, t in MESSY]

GEN = {'aka': gen_aka, 'partial': gen_partial, 'word_order': gen_word_order, 'case': gen_case, 'legal_form': gen_legal_form,
       'punctuation': gen_punctuation, 'abbreviation': gen_abbreviation, 'typo': gen_typo,
       'transliteration': gen_transliteration, 'translation': gen_translation, 'script': gen_script,
       'parent_vs_subsidiary': gen_parent, 'messy': gen_messy}
KINDS = list(GEN)
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}

def shapes_of(kind):
    return {'aka': AKA_SHAPES, 'partial': PARTIAL_SHAPES, 'word_order': WORD_ORDER_SHAPES, 'case': CASE_SHAPES,
            'punctuation': PUNCT_SHAPES, 'typo': TYPO_SHAPES, 'transliteration': TRANSLIT_SHAPES, 'script': SCRIPT_SHAPES,
            'legal_form': [legal_shape(*x) for x in LEGAL_FORMS], 'abbreviation': [abbr_shape(a) for a, _ in ABBR],
            'translation': TRANSLATION_LANGS, 'parent_vs_subsidiary': [unit_shape(*x) for x in UNITS],
            'messy': [s for s, _ in MESSY]}[kind]

def quota(kind):
    if kind in ITEM_KINDS:
        return 1
    return 12 // len(shapes_of(kind))

def shape_of(kind, variant):
    for s in sorted(shapes_of(kind), key=len, reverse=True):
        if variant == s or variant.startswith(s + ' ('):
            return s
    return None

def variant_text(shape, detail):
    return shape if detail in (None, '') else '%s (%s)' % (shape, detail)
