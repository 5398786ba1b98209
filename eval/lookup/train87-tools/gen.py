"""train87 positive generators, one per kind, with their item lists. Written from scratch for train87."""
import re
import lib
from lib import split_legal, tcw, display, FILLER

SMALL_EXTRA = {'para', 'con', 'por', 'en', 'for'}

def is_small(w):
    lw = w.lower().strip('.,')
    return lw in FILLER or lw in SMALL_EXTRA or len(lw) <= 2 or lw in lib.ROMAN

def plain(w):
    return re.fullmatch(r'[A-Za-z]+', w) is not None

QUOTA = {
    'aka': {'own alt.csv alias': 12},
    'partial': {'even-position name words, legal form dropped': 4,
                'last three name words, legal form kept': 4,
                'two longest name words in name order, legal form kept': 4},
    'word_order': {'last name word moved to the front': 4,
                   'name words in reverse alphabetical order': 4,
                   'inner name words reversed, first and last kept': 4},
    'case': {'inverted title case (first letter of each word lower, the rest upper)': 4,
             'odd-position words lower, even-position words upper': 4,
             'second letter of each word upper, the rest lower': 4},
    'legal_form': {'new legal form': 12},
    'punctuation': {'euro sign for e': 3, 'cent sign for c': 3,
                    'tilde inside a word after the fourth letter': 3,
                    'caret inside a word before the last two letters': 3},
    'abbreviation': {'short form': 12},
    'typo': {'OCR rn for m': 2, 'OCR ii for u': 2, 'p typed for o': 2, 's typed for a': 2,
             'last two letters of the longest word swapped': 2, 'last letter of the longest word doubled': 2},
    'transliteration': {'Albanian-style spelling': 6, 'Portuguese-style spelling': 6},
    'translation': {'one trade word translated': 12},
    'script': {'Ethiopic (Ge\'ez) rendering': 6, 'Thaana rendering': 6},
    'parent_vs_subsidiary': {'unit at the add.csv city': 12},
    'messy': {'messy template': 12},
}
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}

def body_parts(name):
    body, suf = split_legal(name)
    return body, suf, tcw(body)

def join(b, suf):
    return (b + ' ' + suf).strip() if suf else b

# ---------------- aka ----------------
def g_aka(r, city):
    for a in r['aliases']:
        yield 'own alt.csv alias', '', None, a

# ---------------- partial ----------------
def g_partial(r, city):
    body, suf, tb = body_parts(r['name'])
    toks = tb.split()
    if len(toks) < 4 or not all(plain(t) for t in toks):
        return
    big = [t for t in toks if not is_small(t)]
    if len(big) < 4:
        return
    cands = []
    ev = [t for i, t in enumerate(big) if i % 2 == 1]
    cands.append(('even-position name words, legal form dropped', ev, ''))
    if suf:
        cands.append(('last three name words, legal form kept', big[-3:], suf))
        order = sorted(range(len(big)), key=lambda i: (-len(big[i]), i))[:2]
        cands.append(('two longest name words in name order, legal form kept', [big[i] for i in sorted(order)], suf))
    for shape, kept, s in cands:
        if len(kept) < 2 or sum(len(k) for k in kept) < 10:
            continue
        yield shape, '', None, join(' '.join(kept), s)

# ---------------- word order ----------------
def g_word_order(r, city):
    body, suf, tb = body_parts(r['name'])
    toks = tb.split()
    if len(toks) < 3 or not all(plain(t) and not is_small(t) for t in toks):
        return
    outs = [('last name word moved to the front', [toks[-1]] + toks[:-1]),
            ('name words in reverse alphabetical order', sorted(toks, key=lambda t: t.lower(), reverse=True))]
    if len(toks) >= 4:
        outs.append(('inner name words reversed, first and last kept', [toks[0]] + toks[1:-1][::-1] + [toks[-1]]))
    for shape, o in outs:
        if [x.lower() for x in o] != [x.lower() for x in toks]:
            yield shape, '', None, join(' '.join(o), suf)

# ---------------- case ----------------
def _per_word(name, f):
    return ' '.join(f(i, w) for i, w in enumerate(name.split(' ')))

def _inv_title(i, w):
    out, first = [], True
    for ch in w:
        if ch.isalpha():
            out.append(ch.lower() if first else ch.upper()); first = False
        else:
            out.append(ch)
    return ''.join(out)

def _second_up(i, w):
    out, n = [], 0
    for ch in w:
        if ch.isalpha():
            n += 1
            out.append(ch.upper() if n == 2 else ch.lower())
        else:
            out.append(ch)
    return ''.join(out)

def g_case(r, city):
    n = r['name']
    yield 'inverted title case (first letter of each word lower, the rest upper)', '', None, _per_word(n, _inv_title)
    yield 'odd-position words lower, even-position words upper', '', None, _per_word(n, lambda i, w: w.upper() if i % 2 else w.lower())
    yield 'second letter of each word upper, the rest lower', '', None, _per_word(n, _second_up)

# ---------------- legal form ----------------
LEGAL_FORMS = [  # (label, form, position)
    ('Bulgarian', 'EOOD', 'after'), ('Estonian', 'OÜ', 'after'), ('Hungarian', 'Zrt.', 'after'),
    ('Indonesian', 'Tbk', 'after'), ('Uzbek', 'MChJ', 'after'), ('Azerbaijani', 'MMC', 'after'),
    ('Kyrgyz', 'OsOO', 'before'), ('Norwegian', 'ANS', 'after'), ('Croatian', 'j.d.o.o.', 'after'),
    ('Omani', 'S.A.O.G.', 'after'), ('German', 'gGmbH', 'after'), ('US', 'PLLC', 'after'),
    ('Mongolian', 'KhKhK', 'after'), ('Polish', 'S.K.A.', 'after'),
]

def g_legal_form(r, city):
    body, suf, tb = body_parts(r['name'])
    if re.search(r'(^|\s)([A-Za-z]\.)+$', body):
        return
    for label, form, pos in LEGAL_FORMS:
        q = (form + ' ' + tb) if pos == 'before' else (tb + ' ' + form)
        det = '%s %s, %s' % (label, form, ('replaces ' + suf) if suf else 'added')
        if pos == 'before':
            det += ', in front'
        yield 'new legal form', det, form, q

# ---------------- punctuation ----------------
def _longest_idx(toks, minlen=1):
    best = None
    for i, t in enumerate(toks):
        if plain(t) and len(t) >= minlen and (best is None or len(t) > len(toks[best])):
            best = i
    return best

def g_punctuation(r, city):
    body, suf, tb = body_parts(r['name'])
    toks = tb.split(' ')
    for shape, ch, sym in (('euro sign for e', 'e', '€'), ('cent sign for c', 'c', '¢')):
        for i, t in enumerate(toks):
            j = t.find(ch, 1)
            if j > 0 and t[j - 1].isalpha():
                nt = toks[:]; nt[i] = t[:j] + sym + t[j + 1:]
                yield shape, '', None, join(' '.join(nt), suf)
                break
    i = _longest_idx(toks, 7)
    if i is not None:
        t = toks[i]
        nt = toks[:]; nt[i] = t[:4] + '~' + t[4:]
        yield 'tilde inside a word after the fourth letter', '', None, join(' '.join(nt), suf)
        nt = toks[:]; nt[i] = t[:-2] + '^' + t[-2:]
        yield 'caret inside a word before the last two letters', '', None, join(' '.join(nt), suf)

# ---------------- abbreviation ----------------
ABBR = [
    ('Shpg.', ['shipping']), ('Navig.', ['navigation']), ('Mar.', ['marine', 'maritime']),
    ('Org.', ['organization', 'organisation']), ('Inst.', ['institute']), ('Comml.', ['commercial']),
    ('Gen.', ['general']), ('Imp.', ['import', 'imports']), ('Agcy.', ['agency']), ('Sys.', ['systems', 'system']),
    ('Mach.', ['machinery']), ('Brig.', ['brigade', 'brigades']), ('Intel.', ['intelligence']),
    ('Invt.', ['investment', 'investments']), ('Cem.', ['cement']), ('Petrochem.', ['petrochemical', 'petrochemicals']),
    ('Electron.', ['electronics', 'electronic']), ('Aero.', ['aeronautical', 'aerospace']), ('Stl.', ['steel']),
]

def g_abbreviation(r, city):
    body, suf, tb = body_parts(r['name'])
    toks = tb.split(' ')
    for ab, longs in ABBR:
        for i, t in enumerate(toks):
            if t.lower() in longs:
                nt = toks[:]; nt[i] = ab
                yield 'short form', '%s for %s' % (ab, t), ab, join(' '.join(nt), suf)
                break

# ---------------- typo ----------------
def g_typo(r, city):
    body, suf, tb = body_parts(r['name'])
    toks = tb.split(' ')
    def first_sub(ch, rep, shape):
        for i, t in enumerate(toks):
            j = t.find(ch, 1)
            if j > 0:
                nt = toks[:]; nt[i] = t[:j] + rep + t[j + 1:]
                return shape, '', None, join(' '.join(nt), suf)
        return None
    li = _longest_idx(toks, 5)
    outs = [first_sub('m', 'rn', 'OCR rn for m'), first_sub('u', 'ii', 'OCR ii for u')]
    if li is not None:
        t = toks[li]
        for ch, rep, shape in (('o', 'p', 'p typed for o'), ('a', 's', 's typed for a')):
            j = t.find(ch, 1)
            if j > 0:
                nt = toks[:]; nt[li] = t[:j] + rep + t[j + 1:]
                outs.append((shape, '', None, join(' '.join(nt), suf)))
        if t[-1].lower() != t[-2].lower():
            nt = toks[:]; nt[li] = t[:-2] + t[-1] + t[-2]
            outs.append(('last two letters of the longest word swapped', '', None, join(' '.join(nt), suf)))
        nt = toks[:]; nt[li] = t + t[-1]
        outs.append(('last letter of the longest word doubled', '', None, join(' '.join(nt), suf)))
    for o in outs:
        if o:
            yield o

# ---------------- transliteration ----------------
V = 'aeiouy'
ALB = [  # (regex at position, replacement)
    (r'ch', 'ç'), (r'sh', 'sh'), (r'zh', 'zh'), (r'kh', 'h'), (r'ck', 'k'), (r'ts', 'c'), (r'x', 'ks'),
    (r'j', 'xh'), (r'w', 'v'), (r'q', 'k'), (r'c(?=[eiy])', 's'), (r'c', 'k'), (r'y(?=[aeiou])', 'j'), (r'y', 'i'),
    (r'ee', 'i'), (r'oo', 'u'), (r'(?<=[^aeiou])e$', 'ë'),
]
POR = [
    (r'tion$', 'ção'), (r'sh', 'x'), (r'ch', 'tch'), (r'zh', 'j'), (r'kh', 'r'), (r'ph', 'f'), (r'th', 't'),
    (r'ck', 'c'), (r'k(?=[eiy])', 'qu'), (r'k', 'c'), (r'q(?!u)', 'qu'), (r'w', 'u'), (r'y', 'i'), (r'ee', 'i'), (r'oo', 'u'),
]

def _apply(rules, word):
    lw = word.lower()
    out, i = [], 0
    comp = [(re.compile(p), rep) for p, rep in rules]
    while i < len(lw):
        for rx, rep in comp:
            m = rx.match(lw, i)
            if m and m.end() > i:
                out.append(rep); i = m.end(); break
        else:
            out.append(lw[i]); i += 1
    res = ''.join(out)
    if word[:1].isupper():
        res = res[:1].upper() + res[1:]
    return res

def _translit(tb, rules):
    out = []
    for t in tb.split(' '):
        parts = re.split(r'([^A-Za-z]+)', t)
        np = []
        for p in parts:
            if re.fullmatch(r'[A-Za-z]+', p or '') and len(p) >= 3 and p.lower() not in FILLER and not (p.isupper() and len(p) <= 4):
                np.append(_apply(rules, p))
            else:
                np.append(p)
        out.append(''.join(np))
    return ' '.join(out)

def g_transliteration(r, city):
    body, suf, tb = body_parts(r['name'])
    for shape, rules in (('Albanian-style spelling', ALB), ('Portuguese-style spelling', POR)):
        q = _translit(tb, rules)
        if q != tb:
            yield shape, '', None, join(q, suf)

# ---------------- translation ----------------
TRANS = {
    'Uzbek': {'shipping': 'Kemachilik', 'industries': 'Sanoat', 'industrial': 'Sanoat', 'industry': 'Sanoat', 'oil': 'Neft', 'petroleum': 'Neft',
              'steel': "Po'lat", 'cement': 'Sement', 'mining': 'Konchilik', 'insurance': "Sug'urta", 'investment': 'Investitsiya',
              'engineering': 'Muhandislik', 'construction': 'Qurilish', 'trade': 'Savdo', 'development': 'Rivojlanish',
              'technology': 'Texnologiya', 'services': 'Xizmatlari', 'exchange': 'Ayirboshlash', 'marine': 'Dengiz', 'bank': 'Banki'},
    'Yoruba': {'bank': 'Ilé-ìfowópamọ́', 'shipping': 'Ọkọ̀ Ojú Omi', 'industries': 'Ilé-iṣẹ́', 'industry': 'Ilé-iṣẹ́', 'oil': 'Epo', 'petroleum': 'Epo Rọ̀bì',
               'steel': 'Irin', 'iron': 'Irin', 'cement': 'Símẹ́ńtì', 'mining': 'Iwakusa', 'insurance': 'Ìdánilójú', 'investment': 'Idókòwò',
               'engineering': 'Ìmọ̀-ẹ̀rọ', 'construction': 'Ìkọ́lé', 'transport': 'Ìrìnnà', 'trade': 'Ìṣòwò', 'energy': 'Agbára', 'services': 'Iṣẹ́'},
    'Zulu': {'bank': 'Ibhange', 'shipping': 'Ukuthumela', 'industries': 'Izimboni', 'industry': 'Imboni', 'oil': 'Uwoyela', 'steel': 'Insimbi',
             'cement': 'Usimende', 'mining': 'Izimayini', 'insurance': 'Umshwalense', 'investment': 'Utshalomali', 'engineering': 'Ubunjiniyela',
             'construction': 'Ukwakha', 'transport': 'Ezokuthutha', 'trade': 'Ukuhweba', 'energy': 'Amandla', 'technology': 'Ubuchwepheshe',
             'services': 'Izinsizakalo', 'exchange': 'Ukushintshisana', 'aviation': 'Ezindiza'},
    'Somali': {'bank': 'Bangiga', 'shipping': 'Maraakiibta', 'industries': 'Warshadaha', 'industry': 'Warshadda', 'oil': 'Saliid', 'petroleum': 'Batrool',
               'steel': 'Bir', 'iron': 'Bir', 'cement': 'Sibidh', 'mining': 'Macdan', 'insurance': 'Caymis', 'investment': 'Maalgashi',
               'engineering': 'Injineernimo', 'construction': 'Dhismo', 'transport': 'Gaadiid', 'trade': 'Ganacsi', 'energy': 'Tamar',
               'services': 'Adeegyo', 'exchange': 'Sarrif', 'airlines': 'Duulimaad'},
    'Luxembourgish': {'shipping': 'Schëffaart', 'industries': 'Betriber', 'oil': 'Ueleg', 'steel': 'Stol', 'iron': 'Eisen', 'cement': 'Zement',
                      'mining': 'Biergbau', 'insurance': 'Versécherung', 'investment': 'Investitioun', 'engineering': 'Ingenieurswiesen',
                      'construction': 'Bau', 'trade': 'Handel', 'energy': 'Energie', 'technology': 'Technologie', 'services': 'Servicer',
                      'exchange': 'Wiessel', 'aviation': 'Loftfaart', 'bank': 'Bankhaus'},
    'Kurmanji Kurdish': {'shipping': 'Keştîvanî', 'industries': 'Pîşesazî', 'industry': 'Pîşesazî', 'oil': 'Neft', 'steel': 'Pola', 'iron': 'Hesin',
                         'cement': 'Çîmento', 'mining': 'Kanzanî', 'insurance': 'Sîgorte', 'investment': 'Veberhênan', 'engineering': 'Endezyarî',
                         'construction': 'Avahîsazî', 'transport': 'Veguhestin', 'trade': 'Bazirganî', 'energy': 'Enerjî', 'technology': 'Teknolojî',
                         'services': 'Xizmet', 'bank': 'Banka'},
    'Crimean Tatar': {'shipping': 'Gemicilik', 'industries': 'Sanayı', 'industry': 'Sanayı', 'oil': 'Neft', 'steel': 'Çelik', 'iron': 'Demir',
                      'cement': 'Çimento', 'mining': 'Madencilik', 'insurance': 'Sigorta', 'engineering': 'Mühendislik', 'construction': 'İnşaat',
                      'transport': 'Naqliyat', 'trade': 'Ticaret', 'energy': 'Energiya', 'services': 'Hızmetler', 'bank': 'Bankası'},
    'Haitian Creole': {'bank': 'Labank', 'shipping': 'Transpò Maritim', 'industries': 'Endistri', 'industry': 'Endistri', 'oil': 'Lwil', 'petroleum': 'Petwòl',
                       'steel': 'Asye', 'iron': 'Fè', 'cement': 'Siman', 'mining': 'Min', 'insurance': 'Asirans', 'investment': 'Envestisman',
                       'engineering': 'Jeni', 'construction': 'Konstriksyon', 'transport': 'Transpò', 'trade': 'Komès', 'energy': 'Enèji',
                       'technology': 'Teknoloji', 'services': 'Sèvis', 'exchange': 'Echanj', 'aviation': 'Avyasyon'},
    'Turkmen': {'bank': 'Banky', 'shipping': 'Gämiçilik', 'industries': 'Senagat', 'industry': 'Senagat', 'oil': 'Nebit', 'steel': 'Polat', 'iron': 'Demir',
                'cement': 'Sement', 'mining': 'Magdan', 'insurance': 'Ätiýaçlandyryş', 'investment': 'Maýa Goýum', 'engineering': 'Inženerçilik',
                'construction': 'Gurluşyk', 'transport': 'Ulag', 'trade': 'Söwda', 'energy': 'Energetika', 'technology': 'Tehnologiýa', 'services': 'Hyzmatlar'},
    'Esperanto': {'bank': 'Banko', 'shipping': 'Ŝipado', 'industries': 'Industrioj', 'industry': 'Industrio', 'oil': 'Oleo', 'petroleum': 'Petrolo',
                  'steel': 'Ŝtalo', 'iron': 'Fero', 'cement': 'Cemento', 'mining': 'Minado', 'insurance': 'Asekuro', 'investment': 'Investo',
                  'engineering': 'Inĝenierarto', 'construction': 'Konstruado', 'transport': 'Transporto', 'trade': 'Komerco', 'energy': 'Energio',
                  'technology': 'Teknologio', 'services': 'Servoj', 'exchange': 'Ŝanĝo', 'aviation': 'Aviado'},
    'Tok Pisin': {'bank': 'Beng', 'shipping': 'Sip', 'industries': 'Indastri', 'oil': 'Wel', 'petroleum': 'Wel', 'steel': 'Ain', 'iron': 'Ain',
                  'cement': 'Simen', 'insurance': 'Insurens', 'investment': 'Invesmen', 'engineering': 'Ensinia', 'trade': 'Bisnis', 'energy': 'Pawa',
                  'services': 'Sevis', 'exchange': 'Senis', 'aviation': 'Balus', 'airlines': 'Balus'},
    'Estonian': {'bank': 'Pank', 'shipping': 'Laevandus', 'industries': 'Tööstus', 'industry': 'Tööstus', 'oil': 'Õli', 'petroleum': 'Nafta',
                 'steel': 'Teras', 'iron': 'Raud', 'cement': 'Tsement', 'mining': 'Kaevandus', 'insurance': 'Kindlustus', 'investment': 'Investeering',
                 'engineering': 'Inseneeria', 'construction': 'Ehitus', 'trade': 'Kaubandus', 'energy': 'Energia', 'technology': 'Tehnoloogia',
                 'services': 'Teenused', 'exchange': 'Vahetus', 'aviation': 'Lennundus'},
}

def g_translation(r, city):
    body, suf, tb = body_parts(r['name'])
    toks = tb.split(' ')
    for lang, dic in TRANS.items():
        for i, t in enumerate(toks):
            if t.lower() in dic:
                nt = toks[:]; nt[i] = dic[t.lower()]
                yield 'one trade word translated', '%s: %s for %s' % (lang, dic[t.lower()], t), lang, join(' '.join(nt), suf)
                break

# ---------------- script ----------------
ETH_ROW = {'h': 0x1200, 'l': 0x1208, 'm': 0x1218, 'r': 0x1228, 's': 0x1230, 'sh': 0x1238, 'q': 0x1240, 'b': 0x1260,
           'v': 0x1268, 't': 0x1270, 'ch': 0x1278, 'n': 0x1290, '': 0x12A0, 'k': 0x12A8, 'kh': 0x12B8, 'w': 0x12C8,
           'z': 0x12D8, 'zh': 0x12E0, 'y': 0x12E8, 'd': 0x12F0, 'j': 0x1300, 'g': 0x1308, 'ts': 0x1338, 'f': 0x1348, 'p': 0x1350}
ETH_ORD = {'a': 3, 'e': 4, 'i': 2, 'o': 6, 'u': 1, None: 5}
THA_CONS = {'h': 0x0780, 'sh': 0x0781, 'n': 0x0782, 'r': 0x0783, 'b': 0x0784, '': 0x0787, 'v': 0x0788, 'w': 0x0788,
            'm': 0x0789, 'f': 0x078A, 'dh': 0x078B, 'th': 0x078C, 'l': 0x078D, 'g': 0x078E, 's': 0x0790, 'd': 0x0791,
            'z': 0x0792, 't': 0x0793, 'y': 0x0794, 'p': 0x0795, 'j': 0x0796, 'ch': 0x0797, 'kh': 0x079A, 'q': 0x07A4, 'k': 0x0786,
            'zh': 0x0796, 'ts': 0x0790}
THA_V = {'a': 0x07A6, 'aa': 0x07A7, 'i': 0x07A8, 'ee': 0x07A9, 'u': 0x07AA, 'oo': 0x07AB, 'e': 0x07AC, 'o': 0x07AE, None: 0x07B0}

def _collapse(w):
    return re.sub(r'(.)\1+', r'\1', w)

def _syllables(w):
    """latin word -> list of (consonant, vowel) pairs; consonant '' means vowel carrier."""
    w = w.lower()
    w = w.replace('ck', 'k').replace('x', 'ks').replace('ph', 'f').replace('qu', 'kw')
    w = re.sub(r'c(?=[eiy])', 's', w).replace('c', 'k') if 'ch' not in w else re.sub(r'c(?=[eiy])', 's', w.replace('ch', '\x01')).replace('c', 'k').replace('\x01', 'ch')
    out, i, prev_vowel = [], 0, False
    while i < len(w):
        cons = None
        for dg in ('sh', 'ch', 'kh', 'zh', 'ts', 'th', 'dh', 'gh'):
            if w.startswith(dg, i):
                cons = dg; i += 2; break
        if cons is None:
            ch = w[i]
            if ch in 'aeiou' or (ch == 'y' and (i + 1 == len(w) or w[i + 1] not in 'aeiou') and i > 0):
                v = 'i' if ch == 'y' else ch
                if v in 'aeo' and w.startswith(v + v, i):
                    i += 2; v = v + v if v in 'eo' else v
                else:
                    i += 1
                out.append(('', v)); continue
            cons = ch; i += 1
        if cons == 'gh':
            cons = 'g'
        v = None
        if i < len(w) and w[i] in 'aeiou':
            v = w[i]
            if v in 'eo' and w.startswith(v + v, i):
                v = v + v; i += 2
            else:
                i += 1
        out.append((cons, v))
    return out

def to_ethiopic(w):
    res, prev = [], None
    for c, v in _syllables(w):
        vv = {'ee': 'i', 'oo': 'u'}.get(v, v)
        if c == '':
            if prev is not None and prev[1] is not None and vv == 'i':
                res.append(chr(ETH_ROW['y'] + 5))
            elif prev is not None and prev[1] is not None and vv == 'u':
                res.append(chr(ETH_ROW['w'] + 5))
            else:
                res.append(chr(ETH_ROW[''] + ETH_ORD[vv]))
        else:
            cc = {'th': 't', 'dh': 'd', 'c': 'k', 'x': 'k'}.get(c, c)
            if cc not in ETH_ROW:
                return None
            res.append(chr(ETH_ROW[cc] + ETH_ORD[vv]))
        prev = (c, v)
    return ''.join(res)

def to_thaana(w):
    res = []
    for c, v in _syllables(w):
        cc = {'c': 'k', 'x': 'k'}.get(c, c)
        if cc not in THA_CONS:
            return None
        res.append(chr(THA_CONS[cc]) + chr(THA_V[v]))
    return ''.join(res)

def _script_words(name):
    body, suf = split_legal(name)
    ws = []
    for t in re.split(r'[\s\-]+', body):
        t = re.sub(r'[^A-Za-z]', '', t)
        if not t or t.lower() in FILLER or len(t) <= 1:
            continue
        ws.append(_collapse(t.lower()))
    return ws

def g_script(r, city):
    ws = _script_words(r['name'])
    if not ws or not (len(ws) >= 2 or len(ws[0]) >= 7):
        return
    for shape, f in (("Ethiopic (Ge'ez) rendering", to_ethiopic), ('Thaana rendering', to_thaana)):
        conv = [f(w) for w in ws]
        if all(conv):
            yield shape, '', None, ' '.join(conv)

# ---------------- parent vs subsidiary ----------------
UNITS = [  # (label, words, position relative to city)
    ('Uzbek', 'filiali', 'after'), ('Yoruba', 'ẹ̀ka ní', 'before'), ('Zulu', 'igatsha lase', 'before'),
    ('Somali', 'laanta', 'before'), ('Luxembourgish', 'Filial zu', 'before'), ('Kurmanji Kurdish', 'şaxa', 'before'),
    ('Haitian Creole', 'siksisal nan', 'before'), ('Turkmen', 'şahamçasy', 'after'), ('Esperanto', 'filio en', 'before'),
    ('Tok Pisin', 'brens long', 'before'), ('Estonian', 'filiaal', 'after'), ('English', 'buying office', 'after'),
    ('Crimean Tatar', 'bölügi', 'after'),
]

def g_parent(r, city):
    if not city:
        return
    body, suf, tb = body_parts(r['name'])
    if not re.search(r'[A-Za-z]{3}', body):
        return
    d = join(tb, suf)
    for label, u, pos in UNITS:
        q = ('%s %s %s' % (d, u, city)) if pos == 'before' else ('%s %s %s' % (d, city, u))
        yield 'unit at the add.csv city', '%s %s%s' % (label, u, ', after the city' if pos == 'after' else ''), label, q

# ---------------- messy ----------------
MESSY = [
    ('YAML flow mapping', lambda n, N, c: '- {counterparty: "%s", city: %s, screen: pending}' % (n, c)),
    ('TOML table flattened to one line', lambda n, N, c: '[[supplier]] name = "%s" city = "%s" checked = false' % (N, c)),
    ('GraphQL query', lambda n, N, c: 'query { sanctionsHits(name: "%s", city: "%s") { score list } }' % (n, c)),
    ('SWIFT MT103 field 59 beneficiary', lambda n, N, c: ':59:/AE070331234567890123456 %s %s' % (N, c.upper())),
    ('Jira ticket summary', lambda n, N, c: 'KYC-4817: screen new supplier "%s" (%s) before PO release' % (n, c)),
    ('vCard ORG and ADR lines', lambda n, N, c: 'BEGIN:VCARD ORG:%s ADR:;;;%s;;; END:VCARD' % (N, c)),
    ('chat in Uzbek', lambda n, N, c: "salom, %s shahridagi %s kompaniyasini ro'yxatdan tekshirib bera olasizmi?" % (c, n)),
    ('chat in Yoruba', lambda n, N, c: 'ẹ jọ̀wọ́, ṣé ẹ lè ṣàyẹ̀wò ilé-iṣẹ́ %s ní %s fún mi?' % (n, c)),
    ('chat in Zulu', lambda n, N, c: 'sawubona, ngicela uhlole inkampani %s yase %s' % (n, c)),
    ('chat in Somali', lambda n, N, c: 'fadlan hubi shirkadda %s ee magaalada %s' % (n, c)),
    ('chat in Luxembourgish', lambda n, N, c: 'moien, kanns du w.e.g. d\'Firma %s aus %s iwwerpréiwen?' % (n, c)),
    ('chat in Haitian Creole', lambda n, N, c: 'bonjou, tanpri tcheke konpayi %s ki nan %s pou mwen' % (n, c)),
]

def g_messy(r, city):
    if not city:
        return
    body, suf = split_legal(r['name'])
    if not re.search(r'[A-Za-z]{3}', body):
        return
    n = display(r['name'])
    for label, f in MESSY:
        yield 'messy template', label, label, f(n, r['name'], city)

GEN = {'aka': g_aka, 'partial': g_partial, 'word_order': g_word_order, 'case': g_case, 'legal_form': g_legal_form,
       'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'typo': g_typo, 'transliteration': g_transliteration,
       'translation': g_translation, 'script': g_script, 'parent_vs_subsidiary': g_parent, 'messy': g_messy}

def abbr_long(ab):
    for a, longs in ABBR:
        if a == ab:
            return longs
    return None
