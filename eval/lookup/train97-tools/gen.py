"""train97 generators: one per positive kind, shapes and item lists, shape_of (written from scratch)."""
import re, unicodedata, urllib.parse
import lib
from lib import full, LEGAL, FILLER, STOP

SMALL = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
ROMAN = set('i ii iii iv v vi vii viii ix x xi xii'.split())
DOTTED = re.compile(r'^\(?([A-Za-z]{1,3}\.)+[A-Za-z]{0,3}\.?,?\)?$')

def is_legal_tok(t):
    f = full(t)
    return bool(f) and all(x in LEGAL for x in f.split())

def is_dotted(t):
    return bool(DOTTED.match(t)) and '.' in t

def split_legal(name):
    toks = name.split()
    legal = []
    while len(toks) > 1:
        t = toks[-1]
        if is_legal_tok(t) or (is_dotted(t) and full(t) in ('s', 'spr', 'en')):
            legal.insert(0, toks.pop()); continue
        if legal and t.upper() in ('DE', 'EN', 'Y') and len(toks) > 1 and (is_legal_tok(toks[-2]) or is_dotted(toks[-2])):
            legal.insert(0, toks.pop()); continue
        if legal and t.upper() == 'Y' and legal[0].upper().startswith('CIA'):
            legal.insert(0, toks.pop()); continue
        break
    return toks, legal

VOW = set('aeiouy')
def keep_upper(t):
    core = t.strip(',()')
    if is_dotted(core) or is_legal_tok(core):
        return True
    if core.lower() in ROMAN and core.isupper() and len(core) <= 4:
        return True
    if core.isalpha() and core.isupper() and 2 <= len(core) <= 4 and not (set(core.lower()) & VOW):
        return True
    return False

def tcw(t):
    if keep_upper(t):
        return t
    out, prev = [], ''
    for ch in t:
        if ch.isalpha():
            if prev == '' or not (prev.isalnum() or prev in "'\u2019"):
                out.append(ch.upper())
            else:
                out.append(ch.lower())
        else:
            out.append(ch)
        prev = ch
    return ''.join(out)

def display(name):
    return ' '.join(tcw(t) for t in name.split())

def plain(t):
    return t[:-1] if t.endswith(',') else t

def is_name_word(t):
    p = plain(t)
    return p.isalpha() and p.isascii() and len(p) >= 3 and p.lower() not in STOP and p.lower() not in SMALL \
        and p.lower() not in ROMAN

# ---------------- case ----------------
CASE_SHAPES = ['last letter of each word upper, the rest lower', 'letters n-z upper, a-m lower',
               'last body word upper, the rest lower']
def g_case(name, shape, ent=None):
    if shape == CASE_SHAPES[0]:
        out = []
        for t in name.split():
            t = t.lower(); idx = [i for i, c in enumerate(t) if c.isalpha()]
            if idx:
                i = idx[-1]; t = t[:i] + t[i].upper() + t[i + 1:]
            out.append(t)
        return ' '.join(out)
    if shape == CASE_SHAPES[1]:
        return ''.join(c.upper() if ('n' <= c.lower() <= 'z') else c.lower() for c in name)
    if shape == CASE_SHAPES[2]:
        body, legal = split_legal(name)
        if not body:
            return None
        toks = [t.lower() for t in body]
        toks[-1] = toks[-1].upper()
        return ' '.join(toks + [t.lower() for t in legal])

# ---------------- word order ----------------
WO_SHAPES = ['name words stably sorted by their second-to-last letter',
             'name words stably sorted by their last vowel (a e i o u y)',
             'name words stably sorted by the letter after their first vowel']
def _wo_key(shape, w):
    w = w.lower()
    if shape == WO_SHAPES[0]:
        return w[-2]
    if shape == WO_SHAPES[1]:
        vs = [c for c in w if c in 'aeiouy']
        return 'aeiouy'.index(vs[-1]) if vs else 6
    vs = [i for i, c in enumerate(w) if c in 'aeiouy']
    return w[vs[0] + 1] if vs and vs[0] + 1 < len(w) else ''

def g_word_order(name, shape, ent=None):
    body, legal = split_legal(name)
    body = [plain(t) if i == len(body) - 1 else t for i, t in enumerate(body)]
    if not body or not all(t.isalpha() and t.isascii() for t in body):
        return None
    pos = [i for i, t in enumerate(body) if is_name_word(t)]
    if len(pos) < 3:
        return None
    words = [body[i] for i in pos]
    new = sorted(words, key=lambda w: _wo_key(shape, w))
    if new == words:
        return None
    out = list(body)
    for i, w in zip(pos, new):
        out[i] = w
    return ' '.join(tcw(t) for t in out + legal)

# ---------------- partial ----------------
PART_SHAPES = ['name words of at least 6 letters, legal form dropped', 'the last two name words, legal form kept',
               'all name words but the third, legal form dropped']
def g_partial(name, shape, ent=None):
    body, legal = split_legal(name)
    if any(t in ('/', '-', '&', '+') for t in body):
        return None
    nw = [plain(t) for t in body if is_name_word(t)]
    if len(nw) < 3:
        return None
    if shape == PART_SHAPES[0]:
        keep = [w for w in nw if len(w) >= 6]; lg = []
    elif shape == PART_SHAPES[1]:
        keep = nw[-2:]; lg = legal
    else:
        keep = nw[:2] + nw[3:]; lg = []
    if len(keep) < 2 or len(keep) >= len(nw):
        return None
    if sum(len(w) for w in keep) < 10:
        return None
    return ' '.join([tcw(w) for w in keep] + lg)

# ---------------- legal form ----------------
LEGAL_ITEMS = [('Slovak `k.s.`', 'k.s.', 'end'), ('Portuguese `S.G.P.S.`', 'S.G.P.S.', 'end'),
               ('Spanish `S.L.N.E.`', 'S.L.N.E.', 'end'), ('French `SCOP`', 'SCOP', 'end'),
               ('German `PartG mbB`', 'PartG mbB', 'end'), ('Austrian `OG`', 'OG', 'end'),
               ('Icelandic `ehf.`', 'ehf.', 'end'), ('Norwegian `NUF`', 'NUF', 'end'),
               ('Chilean `SpA`', 'SpA', 'end'), ('Azerbaijani `MMC`', 'MMC', 'end'),
               ('Kazakh `TOO` (in front)', 'TOO', 'front'), ('Lithuanian `UAB` (in front)', 'UAB', 'front'),
               ('Swiss `Sàrl`', 'Sàrl', 'end'), ('Finnish `Tmi`', 'Tmi', 'end'),
               ('Georgian `Sh.P.S.`', 'Sh.P.S.', 'end'), ('Uzbek `MChJ` (in front)', 'MChJ', 'front')]
def g_legal_form(name, item, ent=None):
    it = [x for x in LEGAL_ITEMS if x[0] == item][0]
    body, legal = split_legal(name)
    body = [plain(t) if i == len(body) - 1 else t for i, t in enumerate(body)]
    if not body or any(is_legal_tok(t) or is_dotted(t) for t in body):
        return None
    if not any(t.isalpha() and len(t) >= 3 for t in body):
        return None
    b = ' '.join(tcw(t) for t in body)
    return (it[1] + ' ' + b) if it[2] == 'front' else (b + ' ' + it[1])

# ---------------- punctuation ----------------
PUNCT_SHAPES = ['`$` for the first s after the first letter', '`£` for the first l after the first letter',
                '`*` before the second-to-last letter', '`=` after the third letter']
def _longest(body):
    ws = [(i, plain(t)) for i, t in enumerate(body) if is_name_word(t)]
    if not ws:
        return None
    return max(ws, key=lambda x: (len(x[1]), -x[0]))

def punct_word(w, shape):
    if shape == PUNCT_SHAPES[0] or shape == PUNCT_SHAPES[1]:
        ch, sign = ('s', '$') if shape == PUNCT_SHAPES[0] else ('l', '£')
        i = w.lower().find(ch, 1)
        return None if i < 0 else w[:i] + sign + w[i + 1:]
    if shape == PUNCT_SHAPES[2]:
        return None if len(w) < 5 else w[:-2] + '*' + w[-2:]
    return None if len(w) < 6 else w[:3] + '=' + w[3:]

def g_punctuation(name, shape, ent=None):
    body, legal = split_legal(name)
    lw = _longest(body)
    if not lw:
        return None
    i, w = lw
    new = punct_word(tcw(w), shape)
    if not new:
        return None
    toks = [tcw(t) for t in body]
    toks[i] = new + (',' if body[i].endswith(',') else '')
    return ' '.join(toks + legal)

def edited_word(kind, name, shape):
    body, legal = split_legal(name)
    if kind == 'punctuation':
        lw = _longest(body); return tcw(lw[1]) if lw else None
    w = _typo_word(body, shape)
    return tcw(w[1]) if w else None

# ---------------- abbreviation ----------------
ABBR = [('Mfg.', ['MANUFACTURING']), ('Pharm.', ['PHARMACEUTICAL', 'PHARMACEUTICALS', 'PHARMACEUTICS']),
        ('Elec.', ['ELECTRIC', 'ELECTRICAL', 'ELECTRONIC', 'ELECTRONICS']), ('Natl.', ['NATIONAL']),
        ('Assn.', ['ASSOCIATION']), ('Mgmt.', ['MANAGEMENT']), ('Sci.', ['SCIENTIFIC', 'SCIENCE', 'SCIENCES']),
        ('Gen.', ['GENERAL']), ('Isl.', ['ISLAMIC']), ('Frt.', ['FREIGHT']), ('Est.', ['ESTABLISHMENT']),
        ('Prod.', ['PRODUCTS', 'PRODUCTOS', 'PRODUCCIONES', 'PRODUCTION']), ('Petr.', ['PETROLEUM']),
        ('Log.', ['LOGISTICS', 'LOGISTICA']), ('Cons.', ['CONSULTING', 'CONSULTANTS', 'CONSULTORES']),
        ('Dev.', ['DEVELOPMENT']), ('Ind.', ['INDUSTRIES', 'INDUSTRIAL', 'INDUSTRY']),
        ('Tech.', ['TECHNOLOGY', 'TECHNOLOGIES', 'TECHNICAL']), ('Internac.', ['INTERNACIONAL']),
        ('Alm.', ['ALMACEN', 'ALMACENES']), ('Ganad.', ['GANADERIAS', 'GANADERIA', 'GANADERA']),
        ('Com.', ['COMERCIALIZADORA', 'COMERCIAL']), ('Corr.', ['CORRETAJE'])]
ABBR_ITEMS = [a for a, _ in ABBR]
def g_abbreviation(name, item, ent=None):
    longs = dict(ABBR)[item]
    toks = name.split()
    for i, t in enumerate(toks):
        p = plain(t).upper()
        if p in longs:
            out = [tcw(x) for x in toks]
            out[i] = item + (',' if t.endswith(',') else '')
            return ' '.join(out)
    return None

def abbr_long(name, item):
    for t in name.split():
        if plain(t).upper() in dict(ABBR)[item]:
            return plain(t).upper()

# ---------------- typo ----------------
TYPO_SHAPES = ['OCR `0` for o', 'OCR `li` for h', '`x` typed for c', '`u` typed for i',
               'last letter of the longest word doubled', 'second and third letters of the longest word swapped']
TYPO_LET = {TYPO_SHAPES[0]: ('o', '0'), TYPO_SHAPES[1]: ('h', 'li'), TYPO_SHAPES[2]: ('c', 'x'), TYPO_SHAPES[3]: ('i', 'u')}
def _typo_word(body, shape):
    ws = [(i, plain(t)) for i, t in enumerate(body) if is_name_word(t)]
    ws.sort(key=lambda x: (-len(x[1]), x[0]))
    if not ws:
        return None
    if shape in TYPO_LET:
        ch = TYPO_LET[shape][0]
        for i, w in ws:
            if w.lower().find(ch, 1) > 0:
                return i, w
        return None
    return ws[0]

def g_typo(name, shape, ent=None):
    body, legal = split_legal(name)
    tw = _typo_word(body, shape)
    if not tw:
        return None
    i, w = tw
    w = tcw(w)
    if shape in TYPO_LET:
        ch, rep = TYPO_LET[shape]; j = w.lower().find(ch, 1)
        new = w[:j] + rep + w[j + 1:]
    elif shape == TYPO_SHAPES[4]:
        new = w + w[-1]
    else:
        if w[1].lower() == w[2].lower():
            return None
        new = w[0] + w[2] + w[1] + w[3:]
    toks = [tcw(t) for t in body]
    toks[i] = new + (',' if body[i].endswith(',') else '')
    return ' '.join(toks + legal)

# ---------------- transliteration ----------------
TR_SHAPES = ['Czech-style spelling', 'Latvian-style spelling']
def _tr_word(w, style):
    s = w.lower(); out = []; i = 0
    cz = style == TR_SHAPES[0]
    di = {'sh': 'š', 'ch': 'č', 'zh': 'ž', 'kh': 'ch' if cz else 'h', 'ph': 'f', 'th': 't', 'ck': 'k', 'qu': 'kv',
          'ts': 'c', 'tz': 'c', 'ee': 'í' if cz else 'ī', 'oo': 'ů' if cz else 'ū'}
    while i < len(s):
        two = s[i:i + 2]
        if two in di:
            out.append(di[two]); i += 2; continue
        c = s[i]; nx = s[i + 1] if i + 1 < len(s) else ''
        if c == 'c':
            out.append('s' if nx in 'eiy' and nx else 'k')
        elif c == 'x':
            out.append('ks')
        elif c == 'w':
            out.append('v')
        elif c == 'j':
            out.append('dž')
        elif c == 'q':
            out.append('k')
        elif c == 'y' and nx and nx in 'aeiou':
            out.append('j')
        else:
            out.append(c)
        i += 1
    r = ''.join(out)
    if not cz and r[-1] not in 'aeiouysšīū':
        r += 's'
    return r[0].upper() + r[1:]

def g_transliteration(name, shape, ent=None):
    out = []
    for t in name.split():
        p = plain(t)
        d = tcw(t)
        if p.isalpha() and p.isascii() and len(p) >= 5 and p.lower() not in STOP and not keep_upper(t):
            d = _tr_word(p, shape) + (',' if t.endswith(',') else '')
        out.append(d)
    return ' '.join(out)

# ---------------- translation ----------------
TRANS = {
 'Estonian': {'company': 'Ettevõte', 'shipping': 'Laevandus', 'industries': 'Tööstus', 'industry': 'Tööstus',
   'construction': 'Ehitus', 'engineering': 'Inseneeria', 'services': 'Teenused', 'investment': 'Investeeringud',
   'development': 'Arendus', 'airlines': 'Lennuliinid', 'organization': 'Organisatsioon', 'army': 'Sõjavägi',
   'oil': 'Nafta', 'petroleum': 'Nafta', 'electronics': 'Elektroonika', 'foundation': 'Sihtasutus', 'national': 'Rahvuslik'},
 'Latvian': {'shipping': 'Kuģniecība', 'industries': 'Rūpniecība', 'industry': 'Rūpniecība', 'construction': 'Būvniecība',
   'engineering': 'Inženierija', 'services': 'Pakalpojumi', 'investment': 'Investīcijas', 'development': 'Attīstība',
   'energy': 'Enerģija', 'airlines': 'Aviolīnijas', 'organization': 'Organizācija', 'army': 'Armija', 'oil': 'Nafta',
   'electronics': 'Elektronika', 'foundation': 'Fonds', 'national': 'Nacionālā'},
 'Slovak': {'shipping': 'Lodná doprava', 'industries': 'Priemysel', 'industry': 'Priemysel', 'construction': 'Stavebníctvo',
   'engineering': 'Strojárstvo', 'services': 'Služby', 'investment': 'Investície', 'development': 'Rozvoj',
   'energy': 'Energetika', 'airlines': 'Aerolínie', 'organization': 'Organizácia', 'army': 'Armáda', 'oil': 'Ropa',
   'foundation': 'Nadácia', 'national': 'Národná', 'transport': 'Doprava'},
 'Romanian': {'shipping': 'Transport Maritim', 'industries': 'Industrii', 'construction': 'Construcții',
   'engineering': 'Inginerie', 'services': 'Servicii', 'investment': 'Investiții', 'development': 'Dezvoltare',
   'energy': 'Energie', 'airlines': 'Linii Aeriene', 'organization': 'Organizație', 'army': 'Armată',
   'electronics': 'Electronice', 'foundation': 'Fundație', 'national': 'Național'},
 'Albanian': {'shipping': 'Transport Detar', 'industries': 'Industri', 'industry': 'Industri', 'construction': 'Ndërtim',
   'engineering': 'Inxhinieri', 'services': 'Shërbime', 'investment': 'Investime', 'development': 'Zhvillim',
   'energy': 'Energji', 'airlines': 'Linja Ajrore', 'organization': 'Organizatë', 'army': 'Ushtri', 'oil': 'Naftë',
   'electronics': 'Elektronikë', 'foundation': 'Fondacion', 'national': 'Kombëtar'},
 'Hausa': {'company': 'Kamfani', 'shipping': 'Jigilar Kaya', 'industries': "Masana'antu", 'industry': "Masana'antu",
   'construction': 'Gine-gine', 'services': 'Ayyuka', 'investment': 'Zuba Jari', 'development': 'Ci Gaba',
   'energy': 'Makamashi', 'organization': 'Kungiya', 'army': 'Rundunar Soja', 'oil': 'Man Fetur', 'national': 'Na Kasa'},
 'Vietnamese': {'shipping': 'Vận Tải Biển', 'industries': 'Công Nghiệp', 'industry': 'Công Nghiệp', 'construction': 'Xây Dựng',
   'engineering': 'Kỹ Thuật', 'services': 'Dịch Vụ', 'investment': 'Đầu Tư', 'development': 'Phát Triển',
   'energy': 'Năng Lượng', 'airlines': 'Hàng Không', 'organization': 'Tổ Chức', 'army': 'Quân Đội', 'oil': 'Dầu Khí',
   'electronics': 'Điện Tử', 'national': 'Quốc Gia'},
 'Tongan': {'company': 'Kautaha', 'shipping': 'Vaka Uta Koloa', 'construction': 'Langa', 'services': 'Tokoni',
   'development': 'Fakalakalaka', 'energy': 'Ivi', 'army': 'Kautau', 'oil': 'Lolo', 'organization': 'Kautaha Ngāue',
   'trade': 'Fefakatau'},
 'Fijian': {'company': 'Kabani', 'shipping': 'Waqa', 'construction': 'Tara Vale', 'services': 'Veiqaravi',
   'development': 'Veivakatorocaketaki', 'energy': 'Kaukauwa', 'army': 'Mataivalu', 'oil': 'Waiwai',
   'organization': 'Isoqosoqo', 'industries': 'Cakacaka'},
 'Sesotho': {'company': 'Khampani', 'shipping': 'Dikepe', 'industries': 'Liindasteri', 'construction': 'Kaho',
   'engineering': 'Boenjiniere', 'services': 'Litšebeletso', 'investment': 'Matsete', 'development': 'Ntshetsopele',
   'energy': 'Matla', 'army': 'Sesole', 'organization': 'Mokhatlo', 'national': 'Sechaba'},
 'Kinyarwanda': {'company': 'Sosiyete', 'shipping': 'Ubwikorezi', 'industries': 'Inganda', 'industry': 'Inganda',
   'construction': 'Ubwubatsi', 'engineering': 'Ubuhanga', 'services': 'Serivisi', 'investment': 'Ishoramari',
   'development': 'Iterambere', 'energy': 'Ingufu', 'army': 'Ingabo', 'organization': 'Umuryango'},
 'Azerbaijani': {'shipping': 'Gəmiçilik', 'industries': 'Sənaye', 'industry': 'Sənaye', 'construction': 'Tikinti',
   'engineering': 'Mühəndislik', 'services': 'Xidmətlər', 'investment': 'İnvestisiya', 'development': 'İnkişaf',
   'energy': 'Enerji', 'airlines': 'Hava Yolları', 'organization': 'Təşkilat', 'army': 'Ordu', 'oil': 'Neft',
   'electronics': 'Elektronika', 'foundation': 'Fond', 'national': 'Milli'},
 'Javanese': {'company': 'Perusahaan', 'shipping': 'Pelayaran', 'services': 'Layanan', 'development': 'Pangembangan',
   'army': 'Wadyabala', 'organization': 'Paguyuban'},
 'Sundanese': {'company': 'Pausahaan', 'services': 'Palayanan', 'development': 'Pangwangunan', 'army': 'Balad'},
 'Luganda': {'company': 'Kkampuni', 'services': 'Obuweereza', 'development': 'Enkulaakulana', 'army': 'Magye'},
}
TRANS_ITEMS = list(TRANS)
def trans_pick(name, lang):
    d = TRANS[lang]
    for i, t in enumerate(name.split()):
        p = plain(t).lower()
        if p in d:
            return i, p, d[p]
    return None

def g_translation(name, lang, ent=None):
    tp = trans_pick(name, lang)
    if not tp:
        return None
    i, eng, fw = tp
    toks = name.split()
    out = [tcw(t) for t in toks]
    out[i] = fw + (',' if toks[i].endswith(',') else '')
    return ' '.join(out)

# ---------------- script ----------------
SC_SHAPES = ['Old Italic letters', 'Adlam letters']
OI = {'a': 'A', 'b': 'BE', 'k': 'KA', 'g': 'KE', 'd': 'DE', 'e': 'E', 'v': 'VE', 'w': 'VE', 'z': 'ZE', 'h': 'HE',
      'th': 'THE', 'i': 'I', 'y': 'I', 'j': 'I', 'l': 'EL', 'm': 'EM', 'n': 'EN', 'o': 'O', 'p': 'PE', 'sh': 'ESH',
      'q': 'KU', 'r': 'ER', 's': 'ES', 't': 'TE', 'u': 'U', 'x': 'EKS', 'ph': 'PHE', 'f': 'EF', 'kh': 'KHE',
      'ch': 'CHE', 'zh': 'ESH', 'ts': 'TE+ES', 'gh': 'KE'}
AD = {'a': 'ALIF', 'd': 'DAALI', 'l': 'LAAM', 'm': 'MIIM', 'b': 'BA', 's': 'SINNYIIYHE', 'p': 'PE', 'r': 'RA',
      'e': 'E', 'f': 'FA', 'i': 'I', 'o': 'O', 'w': 'WAW', 'n': 'NUN', 'k': 'KAF', 'y': 'YA', 'u': 'U', 'j': 'JIIM',
      'ch': 'CHI', 'h': 'HA', 'q': 'QAAF', 'g': 'GA', 't': 'TU', 'v': 'VA', 'kh': 'KHA', 'z': 'ZAL', 'sh': 'SHA',
      'x': 'KAF+SINNYIIYHE', 'th': 'TU', 'ph': 'FA', 'zh': 'JIIM', 'ts': 'TU+SINNYIIYHE', 'gh': 'GA'}
SC_RANGE = {SC_SHAPES[0]: (0x10300, 0x1032F), SC_SHAPES[1]: (0x1E900, 0x1E95F)}

def _sc_letters(w, shape):
    tab, pre = (OI, 'OLD ITALIC LETTER ') if shape == SC_SHAPES[0] else (AD, 'ADLAM SMALL LETTER ')
    w = w.lower().replace('ck', 'k')
    w = re.sub(r'(.)\1', r'\1', w)
    out = []; i = 0
    while i < len(w):
        two = w[i:i + 2]
        if two in ('sh', 'ch', 'kh', 'zh', 'ts', 'th', 'gh', 'ph'):
            seq = tab[two]; i += 2
        else:
            c = w[i]; nx = w[i + 1] if i + 1 < len(w) else ''
            if c == 'c':
                c = 's' if nx in ('e', 'i', 'y') and nx else 'k'
            if c == 'y' and not (nx and nx in 'aeiou'):
                c = 'i'
            seq = tab[c]; i += 1
        for part in seq.split('+'):
            out.append(unicodedata.lookup(pre + part))
    return ''.join(out)

def g_script(name, shape, ent=None):
    words = []
    for t in name.split():
        if "'" in t or '"' in t or any(ch.isdigit() for ch in t) or not t.isascii():
            continue
        for p in t.split('-'):
            p = p.strip(',.()')
            if p and p.isalpha() and p.lower() not in STOP and not is_dotted(p):
                words.append(p)
    if not words or len(words) > 4:
        return None
    if len(words) == 1 and len(words[0]) < 7:
        return None
    return ' '.join(_sc_letters(w, shape) for w in words)

def script_errors(q, shape):
    lo, hi = SC_RANGE[shape]
    return [c for c in q if c != ' ' and not (lo <= ord(c) <= hi)]

# ---------------- parent vs subsidiary ----------------
UNITS = [('Slovak `pobočka v`', 'pobočka v', 'before'), ('Romanian `sucursala din`', 'sucursala din', 'before'),
         ('Albanian `dega në`', 'dega në', 'before'), ('Hausa `reshe a`', 'reshe a', 'before'),
         ('Vietnamese `chi nhánh tại`', 'chi nhánh tại', 'before'), ('Tongan `vaʻa ʻi`', 'vaʻa ʻi', 'before'),
         ('Fijian `tabana e`', 'tabana e', 'before'), ('Sesotho `lekala le`', 'lekala le', 'before'),
         ('Kinyarwanda `ishami i`', 'ishami i', 'before'), ('Latvian `filiāle pilsētā`', 'filiāle pilsētā', 'before'),
         ('Estonian `filiaal` (after the city)', 'filiaal', 'after'),
         ('Azerbaijani `filialı` (after the city)', 'filialı', 'after'),
         ('Javanese `pang ing`', 'pang ing', 'before'), ('Luganda `ettabi mu`', 'ettabi mu', 'before')]
UNIT_ITEMS = [u[0] for u in UNITS]
def g_parent(name, item, ent=None, city=None):
    u = [x for x in UNITS if x[0] == item][0]
    if city is None:
        city = lib.data().city(ent)
    if not city:
        return None
    d = display(name)
    return (d + ' ' + u[1] + ' ' + city) if u[2] == 'before' else (d + ' ' + city + ' ' + u[1])

# ---------------- messy ----------------
MESSY = [('vCard ORG and ADR lines', 'BEGIN:VCARD\nVERSION:3.0\nORG:{n}\nADR;TYPE=work:;;;{c};;;\nEND:VCARD'),
         ('iCalendar VEVENT', 'BEGIN:VEVENT\nSUMMARY:Call re screening of {n}\nLOCATION:{c}\nEND:VEVENT'),
         ('URL query string', 'https://screening.example.org/check?party={un}&city={uc}&fuzzy=1'),
         ('Dockerfile ENV line', 'ENV SCREEN_PARTY="{n}" SCREEN_CITY="{c}"'),
         ('Terraform (HCL) block', 'resource "screening_party" "p1" {{ name = "{n}" city = "{c}" }}'),
         ('R data.frame call', 'data.frame(party = "{n}", city = "{c}", hit = NA)'),
         ('chat in Estonian', 'Palun kontrolli, kas {n} ({c}) on sanktsioonide nimekirjas.'),
         ('chat in Latvian', 'Lūdzu, pārbaudi, vai {n} no {c} ir sankciju sarakstā.'),
         ('chat in Slovak', 'Prosím, over, či je {n} z mesta {c} na sankčnom zozname.'),
         ('chat in Romanian', 'Te rog verifică dacă {n} din {c} este pe lista de sancțiuni.'),
         ('chat in Albanian', 'Të lutem kontrollo nëse {n} nga {c} është në listën e sanksioneve.'),
         ('chat in Hausa', 'Don Allah a duba ko {n} daga {c} yana cikin jerin takunkumi.'),
         ('chat in Vietnamese', 'Vui lòng kiểm tra xem {n} ở {c} có trong danh sách trừng phạt không.'),
         ('chat in Tongan', 'Kataki ʻo vakaiʻi pe ko {n} mei {c} ʻoku ʻi he lisi tapui.')]
MESSY_ITEMS = [m[0] for m in MESSY]
def g_messy(name, item, ent=None, city=None):
    tpl = dict(MESSY)[item]
    if city is None:
        city = lib.data().city(ent)
    if not city:
        return None
    d = display(name)
    return tpl.format(n=d, c=city, un=urllib.parse.quote(d), uc=urllib.parse.quote(city))

# ---------------- aka ----------------
AKA_SHAPES = ['alt.csv aka alias']

GEN = {'case': g_case, 'word_order': g_word_order, 'partial': g_partial, 'legal_form': g_legal_form,
       'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'typo': g_typo,
       'transliteration': g_transliteration, 'translation': g_translation, 'script': g_script,
       'parent_vs_subsidiary': g_parent, 'messy': g_messy}
SHAPES = {'aka': AKA_SHAPES, 'case': CASE_SHAPES, 'word_order': WO_SHAPES, 'partial': PART_SHAPES,
          'legal_form': [x[0] for x in LEGAL_ITEMS], 'punctuation': PUNCT_SHAPES, 'abbreviation': ABBR_ITEMS,
          'typo': TYPO_SHAPES, 'transliteration': TR_SHAPES, 'translation': TRANS_ITEMS, 'script': SC_SHAPES,
          'parent_vs_subsidiary': UNIT_ITEMS, 'messy': MESSY_ITEMS}
# per-shape maximum rows (12 per kind)
QUOTA = {'aka': 12, 'case': 4, 'word_order': 4, 'partial': 4, 'legal_form': 1, 'punctuation': 3, 'abbreviation': 1,
         'typo': 2, 'transliteration': 6, 'translation': 1, 'script': 6, 'parent_vs_subsidiary': 1, 'messy': 1}
KINDS = ['aka', 'case', 'word_order', 'partial', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
NARC_ABBR_MAX = 2

def shape_of(kind, variant):
    for s in sorted(SHAPES.get(kind, []), key=len, reverse=True):
        if variant == s or variant.startswith(s + ' ('):
            return s
    return None

def detail(kind, name, shape, query, ent=None, alt_num=None):
    if kind == 'aka':
        return 'alt_num %s' % alt_num
    if kind == 'abbreviation':
        return '%s for %s' % (shape, abbr_long(name, shape))
    if kind == 'translation':
        i, eng, fw = trans_pick(name, shape)
        return '`%s` for %s' % (fw, eng)
    if kind in ('punctuation', 'typo'):
        return 'in %s' % edited_word(kind, name, shape)
    if kind in ('parent_vs_subsidiary', 'messy'):
        return 'city %s' % lib.data().city(ent)
    return None

def variant(kind, name, shape, query, ent=None, alt_num=None):
    d = detail(kind, name, shape, query, ent, alt_num)
    return shape if d is None else '%s (%s)' % (shape, d)
