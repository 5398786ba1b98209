"""Query generators for the 13 positive kinds, shapes/items and quotas (train93)."""
import re, unicodedata
from lib import *

SMALL = ARTICLES | {'para', 'con', 'por', 'en', 'for', 'sociedad', 'acciones', 'simplificada', 'anonima', 'limitada',
                    'sobre', 'sus', 'entre', 'with', 'from', 'into'}
ROMAN = re.compile(r'^(?=[IVXLC]+$)(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$')
DOTTED = re.compile(r'^(?:[A-Za-z]\.)+,?$')

def nt(t):
    return re.sub(r'[^a-z]', '', t.lower())

def split_legal(name):
    toks = name.split(); i = len(toks)
    while i > 1:
        t = toks[i - 1]; n = nt(t); nxt = toks[i] if i < len(toks) else None
        if n in LEGAL or DOTTED.match(t):
            i -= 1; continue
        if n in ('de', 'en') and nxt is not None:
            i -= 1; continue
        if n == 'y' and nxt is not None and nt(nxt) == 'cia':
            i -= 1; continue
        break
    return ' '.join(toks[:i]).rstrip(' ,'), ' '.join(toks[i:])

def tcw(t):
    letters = re.sub(r'[^A-Za-z]', '', t)
    if DOTTED.match(t): return t.upper()
    if letters and letters.isupper() and len(letters) <= 4 and ROMAN.match(letters): return t
    if letters and letters.isupper() and 2 <= len(letters) <= 4 and not any(c in 'AEIOUY' for c in letters) \
            and letters == t.strip(',.'):
        return t
    out, prev_alpha, seen, prev = [], False, False, ''
    for c in t:
        if c.isalpha():
            low = prev_alpha or prev.isdigit() or (prev in APOS and seen)
            out.append(c.lower() if low else c.upper()); prev_alpha = True; seen = True
        else:
            out.append(c); prev_alpha = False
        prev = c
    return ''.join(out)

def display(name, body=None, tail=None):
    if body is None: body, tail = split_legal(name)
    s = ' '.join(tcw(t) for t in body.split())
    return (s + ' ' + tail) if tail else s

def plain(w):
    return w.isascii() and w.isalpha()

def is_name_word(t):
    w = t.strip(',.;:()"\'')
    return len(nt(w)) > 2 and '.' not in w and nt(w) not in SMALL and nt(w) not in FILLER and not any(c.isdigit() for c in w) \
        and not (w.isupper() and ROMAN.match(w))

def body_tokens(name):
    b, t = split_legal(name)
    return b.split(), t

# ---------------- shapes and items ----------------
PARTIAL = ['first two name words, legal form kept', 'second and third name words, legal form dropped',
           'name words of >= 6 letters, legal form kept']
WORD_ORDER = ['name words sorted shortest first', 'last two name words swapped', 'longest name word moved to the front']
CASE = ['vowels upper, consonants lower', 'first and last letter of each word upper, the rest lower',
        'first letter of each word lower, the rest upper']
PUNCT = ['`$` for the first s after the first letter', '`*` after the second letter', '`_` after the third letter',
         '`£` for the first l after the first letter']
TYPO = ['OCR `6` for g', 'OCR `c` for e', '`n` typed for m', '`u` typed for i',
        'first letter of the longest word doubled', 'last letter of the longest word dropped']
TRANSLIT = ['Latvian-style', 'Albanian-style']
SCRIPTS = ['Adlam', "N'Ko"]
AKA = ['aka', 'fka', 'nka']
LEGAL_FORMS = [  # label, form, front?
    ('Polish `sp.j.`', 'sp.j.', False), ('Czech `z.s.`', 'z.s.', False), ('Austrian `OG`', 'OG', False),
    ('German `e.K.`', 'e.K.', False), ('Italian `S.a.p.a.`', 'S.a.p.a.', False), ('Spanish `S.L.U.`', 'S.L.U.', False),
    ('French `SCOP`', 'SCOP', False), ('Peruvian `E.I.R.L.`', 'E.I.R.L.', False), ('Azerbaijani `MMC`', 'MMC', False),
    ('Uzbek `MChJ`', 'MChJ', False), ('Georgian `Shps`', 'Shps', False), ('Vietnamese `CTCP`', 'CTCP', True),
    ('US `LLLP`', 'LLLP', False), ('Maltese `p.l.c.`', 'p.l.c.', False)]
ABBREV = [('`Pharm.`', 'Pharm.', ['pharmaceutical', 'pharmaceuticals', 'pharmacy']), ('`Cem.`', 'Cem.', ['cement']),
          ('`Prods.`', 'Prods.', ['products']), ('`Mktg.`', 'Mktg.', ['marketing']), ('`Logist.`', 'Logist.', ['logistics', 'logistic']),
          ('`Petr.`', 'Petr.', ['petroleum']), ('`Mgmt.`', 'Mgmt.', ['management']), ('`Dev.`', 'Dev.', ['development']),
          ('`Ind.`', 'Ind.', ['industries', 'industrial', 'industry']), ('`Natl.`', 'Natl.', ['national']),
          ('`Tech.`', 'Tech.', ['technology', 'technologies', 'technical']), ('`Elec.`', 'Elec.', ['electric', 'electrical']),
          ('`Assoc.`', 'Assoc.', ['associates', 'association']), ('`Mfg.`', 'Mfg.', ['manufacturing']),
          ('`Fdn.`', 'Fdn.', ['foundation']), ('`Invs.`', 'Invs.', ['inversiones']),
          ('`Agrop.`', 'Agrop.', ['agropecuaria', 'agropecuarias']), ('`Comerc.`', 'Comerc.', ['comercializadora']), ('`Sci.`', 'Sci.', ['scientific', 'science', 'sciences'])]
TRANSLATION = [  # language, {english: foreign}; near-copies of "bank" left out
    ('Cornish', {'bank': 'Arghantti', 'trading': 'Kenwerth', 'oil': 'Oyl'}),
    ('Manx', {'trading': 'Dellal', 'oil': 'Ooil', 'shipping': 'Lhongyn'}),
    ('Romansh', {'oil': 'Ieli', 'insurance': 'Assicuranza', 'trading': 'Commerzi', 'investment': 'Investiziun'}),
    ('Sardinian', {'oil': 'Ozu', 'trading': 'Cummerciu', 'industries': 'Indùstrias'}),
    ('Friulian', {'oil': 'Vueli', 'trading': 'Comerç', 'investment': 'Investiment'}),
    ('Walloon', {'oil': 'Ôle', 'trading': 'Comiece'}),
    ('Asturian', {'trading': 'Comerciu', 'insurance': 'Seguros', 'oil': 'Aceite', 'investment': 'Inversión'}),
    ('Sundanese', {'trading': 'Padagangan', 'oil': 'Minyak', 'investment': 'Investasi', 'shipping': 'Pangiriman'}),
    ('Ilocano', {'oil': 'Lana', 'trading': 'Panaglako'}),
    ('Tongan', {'bank': 'Pangikē', 'oil': 'Lolo', 'trading': 'Fefakatauʻaki'}),
    ('Fijian', {'oil': 'Waiwai', 'shipping': 'Waqa', 'bank': 'Baqe'}),
    ('Chichewa', {'trading': 'Malonda', 'oil': 'Mafuta'}),
    ('Kinyarwanda', {'insurance': 'Ubwishingizi', 'trading': 'Ubucuruzi', 'investment': 'Ishoramari'}),
    ('Hausa', {'trading': 'Kasuwanci', 'oil': 'Mai'}),
    ('Tswana', {'trading': 'Kgwebo', 'mining': 'Moepo'})]
UNITS = [  # label, text, after city?
    ('Cornish `skorren yn`', 'skorren yn', False), ('Manx `banglane ayns`', 'banglane ayns', False),
    ('Romansh `filiala a`', 'filiala a', False), ('Friulian `filiâl di`', 'filiâl di', False),
    ('Ilocano `sanga iti`', 'sanga iti', False), ('Tongan `vaʻa ʻi`', 'vaʻa ʻi', False), ('Fijian `tabana e`', 'tabana e', False),
    ('Chichewa `nthambi ku`', 'nthambi ku', False), ('Kinyarwanda `ishami i`', 'ishami i', False),
    ('Hausa `reshe a`', 'reshe a', False), ('Luganda `ettabi e`', 'ettabi e', False), ('Tswana `lekala kwa`', 'lekala kwa', False),
    ('English `field office`', 'field office', True), ('English `regional hub`', 'regional hub', True),
    ('English `buying office`', 'buying office', True)]
MESSY = [
    ('SQL WHERE clause', "SELECT * FROM parties WHERE name = '{n}' AND city = '{c}';"),
    ('vCard lines', 'BEGIN:VCARD ORG:{n} ADR:;;;{c};;; END:VCARD'),
    ('HL7-style pipe segment (upper case)', 'ORG|1|{N}|{C}|||'),
    ('INI section', '[counterparty] name = {n} city = {c}'),
    ('RFC 5424 syslog line', '<134>1 2024-03-05T10:22:01Z scr01 kyc - - [party name="{n}" city="{c}"] lookup requested'),
    ('shell env assignment', 'PARTY_NAME="{n}" PARTY_CITY="{c}" ./screen.sh'),
    ('chat in Cornish', 'Mar pleg, gwra checkya {n} yn {c}'),
    ('chat in Manx', 'My sailt, jeeagh er {n} ayns {c}'),
    ('chat in Romansh', 'Per plaschair controllescha {n} a {c}'),
    ('chat in Sardinian', 'Pro praghere, controlla {n} in {c}'),
    ('chat in Friulian', 'Par plasê, controle {n} a {c}'),
    ('chat in Asturian', 'Por favor, comprueba {n} en {c}'),
    ('chat in Ilocano', 'Pangngaasim, kitaem ti {n} idiay {c}'),
    ('chat in Tongan', 'Kataki ʻo siviʻi ʻa e {n} ʻi {c}')]

QUOTA = {'aka': {s: 12 for s in AKA}, 'partial': {s: 4 for s in PARTIAL}, 'word_order': {s: 4 for s in WORD_ORDER},
         'case': {s: 4 for s in CASE}, 'punctuation': {s: 3 for s in PUNCT}, 'typo': {s: 2 for s in TYPO},
         'transliteration': {s: 6 for s in TRANSLIT}, 'script': {s: 6 for s in SCRIPTS},
         'legal_form': {l: 1 for l, _, _ in LEGAL_FORMS}, 'abbreviation': {l: 1 for l, _, _ in ABBREV},
         'translation': {l: 1 for l, _ in TRANSLATION}, 'parent_vs_subsidiary': {l: 1 for l, _, _ in UNITS},
         'messy': {l: 1 for l, _ in MESSY}}
MIN_PARTIAL_WORDS = 3

# ---------------- helpers ----------------
def city_of(d, ent):
    c = d.city.get(ent, '')
    if len(c) > 30: c = c.split(',')[0].strip()
    return c if c and has_latin(c) else ''

def replace_tok(toks, i, new):
    return toks[:i] + [new] + toks[i + 1:]

def longest_plain(toks, minlen=5, pred=None):
    best = None
    for i, t in enumerate(toks):
        if plain(t) and len(t) >= minlen and nt(t) not in FILLER and (pred is None or pred(t)):
            if best is None or len(t) > len(toks[best]): best = i
    return best

# ---------------- generators: each returns (query, variant) or None ----------------
def g_aka(d, e, shape):
    for typ, a in e['aliases']:
        if typ == shape: yield a, shape

def g_partial(d, e, shape):
    toks, tail = body_tokens(e['name'])
    nw = [t.strip(',') for t in toks if is_name_word(t)]
    if len(nw) < MIN_PARTIAL_WORDS: return
    if shape == PARTIAL[0]: kept, keep_tail = nw[:2], True
    elif shape == PARTIAL[1]: kept, keep_tail = nw[1:3], False
    else: kept, keep_tail = [w for w in nw if len(w) >= 6], True
    if len(kept) < 2 or len(kept) >= len(nw) or not all(plain(w) for w in kept): return
    if sum(len(w) for w in kept) < 10: return
    if keep_tail and not tail: return
    q = ' '.join(tcw(w) for w in kept) + ((' ' + tail) if keep_tail else '')
    yield q, shape

def g_word_order(d, e, shape):
    toks, tail = body_tokens(e['name'])
    if not all(plain(t) for t in toks): return
    slots = [i for i, t in enumerate(toks) if len(t) >= 3 and nt(t) not in SMALL and nt(t) not in FILLER]
    if len(slots) < 3: return
    ws = [toks[i] for i in slots]
    if shape == WORD_ORDER[0]: new = sorted(ws, key=len)
    elif shape == WORD_ORDER[1]: new = ws[:-2] + [ws[-1], ws[-2]]
    else:
        i = max(range(len(ws)), key=lambda k: (len(ws[k]), -k)); new = [ws[i]] + ws[:i] + ws[i + 1:]
    if [nt(x) for x in new] == [nt(x) for x in ws]: return
    out = list(toks)
    for i, w in zip(slots, new): out[i] = w
    yield display(None, ' '.join(out), tail), shape

def g_case(d, e, shape):
    n = e['name']
    if shape == CASE[0]:
        q = ''.join(c.upper() if c.lower() in 'aeiou' else c.lower() for c in n)
    else:
        out = []
        for t in n.split(' '):
            idx = [i for i, c in enumerate(t) if c.isalpha()]
            if not idx: out.append(t); continue
            ch = list(t.lower() if shape == CASE[1] else t.upper())
            if shape == CASE[1]:
                ch[idx[0]] = ch[idx[0]].upper(); ch[idx[-1]] = ch[idx[-1]].upper()
            else:
                ch[idx[0]] = ch[idx[0]].lower()
            out.append(''.join(ch))
        q = ' '.join(out)
    yield q, shape

def g_legal_form(d, e, item):
    label, form, front = next(x for x in LEGAL_FORMS if x[0] == item)
    toks, tail = body_tokens(e['name'])
    if not any(plain(t.strip(',')) and len(t.strip(',')) >= 3 for t in toks): return
    if any(nt(t) in LEGAL for t in toks): return
    b = display(None, ' '.join(toks), '')
    yield ((form + ' ' + b) if front else (b + ' ' + form)), item

def g_punctuation(d, e, shape):
    toks, tail = body_tokens(e['name'])
    dt = [tcw(t) for t in toks]
    def edit(w):
        if shape == PUNCT[0]:
            i = w.lower().find('s', 1); return None if i < 0 else w[:i] + '$' + w[i + 1:]
        if shape == PUNCT[1]: return w[:2] + '*' + w[2:]
        if shape == PUNCT[2]: return w[:3] + '_' + w[3:]
        i = w.lower().find('l', 1); return None if i < 0 else w[:i] + '£' + w[i + 1:]
    i = longest_plain(dt, 5)
    if i is None: return
    new = edit(dt[i])
    if not new: return
    yield ' '.join(replace_tok(dt, i, new)) + ((' ' + tail) if tail else ''), '%s (%s)' % (shape, dt[i])

def g_abbreviation(d, e, item):
    label, ab, longs = next(x for x in ABBREV if x[0] == item)
    toks, tail = body_tokens(e['name'])
    dt = [tcw(t) for t in toks]
    for i, t in enumerate(toks):
        if nt(t) in longs and plain(t.strip(',')):
            yield ' '.join(replace_tok(dt, i, ab + (',' if t.endswith(',') else ''))) + ((' ' + tail) if tail else ''), \
                '%s (%s)' % (item, nt(t))
            return

def g_typo(d, e, shape):
    toks, tail = body_tokens(e['name'])
    dt = [tcw(t) for t in toks]
    def sub(ch, new):
        i = longest_plain(dt, 4, lambda w: ch in w[1:].lower())
        if i is None: return None
        w = dt[i]; j = w.lower().find(ch, 1); return i, w[:j] + new + w[j + 1:]
    if shape == TYPO[0]: r = sub('g', '6')
    elif shape == TYPO[1]: r = sub('e', 'c')
    elif shape == TYPO[2]: r = sub('m', 'n')
    elif shape == TYPO[3]: r = sub('i', 'u')
    else:
        i = longest_plain(dt, 5)
        if i is None: return
        w = dt[i]; r = (i, w[0] + w[0].lower() + w[1:]) if shape == TYPO[4] else (i, w[:-1])
    if not r: return
    i, new = r
    yield ' '.join(replace_tok(dt, i, new)) + ((' ' + tail) if tail else ''), '%s (%s)' % (shape, dt[i])

VOWELS = 'aeiou'
def _y(s):
    return re.sub(r'y(?=[aeiou])', 'J', s).replace('y', 'i').replace('J', 'j')

def latvian(w):
    s = w.lower()
    for a, b in [('sh', 'š'), ('ch', 'č'), ('zh', 'ž'), ('kh', 'h'), ('ph', 'f'), ('th', 't'), ('ck', 'k'), ('qu', 'kv'), ('q', 'k')]:
        s = s.replace(a, b)
    s = re.sub(r'c(?=[eiy])', 's', s).replace('c', 'k').replace('tz', 'c').replace('ts', 'c')
    s = s.replace('x', 'ks').replace('w', 'v').replace('ee', 'ī').replace('oo', 'ū').replace('j', 'dž')
    s = _y(s)
    return s[0].upper() + s[1:]

def albanian(w):
    s = w.lower()
    for a, b in [('ch', 'ç'), ('kh', 'h'), ('ph', 'f'), ('ck', 'k'), ('qu', 'kv'), ('q', 'k')]:
        s = s.replace(a, b)
    s = s.replace('j', 'xh')
    s = re.sub(r'c(?=[eiy])', 's', s).replace('c', 'k').replace('tz', 'c').replace('ts', 'c')
    s = s.replace('w', 'v').replace('ee', 'i').replace('oo', 'u')
    s = re.sub(r'x(?!h)', 'ks', s)
    s = _y(s)
    return s[0].upper() + s[1:]

def g_transliteration(d, e, shape):
    toks, tail = body_tokens(e['name'])
    f = latvian if shape == TRANSLIT[0] else albanian
    out = []
    for t in toks:
        w = t.strip(',')
        if plain(w) and len(w) > 4 and nt(w) not in LEGAL:
            out.append(f(w) + (',' if t.endswith(',') else ''))
        else:
            out.append(tcw(t))
    yield ' '.join(out) + ((' ' + tail) if tail else ''), shape

def g_translation(d, e, item):
    dic = dict(TRANSLATION)[item]
    toks, tail = body_tokens(e['name'])
    dt = [tcw(t) for t in toks]
    for i, t in enumerate(toks):
        w = nt(t)
        if w in dic and plain(t.strip(',')):
            yield ' '.join(replace_tok(dt, i, dic[w] + (',' if t.endswith(',') else ''))) + ((' ' + tail) if tail else ''), \
                '%s (`%s` for %s)' % (item, dic[w], w)
            return

# scripts
def _tab(prefix, m):
    return {k: ''.join(unicodedata.lookup(prefix + x) for x in v.split('+')) for k, v in m.items()}
ADLAM = _tab('ADLAM SMALL LETTER ', {'a': 'ALIF', 'b': 'BA', 'p': 'PE', 'd': 'DAALI', 'l': 'LAAM', 'm': 'MIIM', 's': 'SINNYIIYHE',
    'r': 'RA', 'e': 'E', 'f': 'FA', 'i': 'I', 'o': 'O', 'y': 'YA', 'w': 'WAW', 'n': 'NUN', 'k': 'KAF', 'u': 'U', 'j': 'JIIM',
    'ch': 'CHI', 'h': 'HA', 'q': 'QAAF', 'g': 'GA', 't': 'TU', 'v': 'VA', 'kh': 'KHA', 'z': 'ZAL', 'sh': 'SHA',
    'th': 'TU', 'ph': 'FA', 'ts': 'TU+SINNYIIYHE', 'zh': 'JIIM', 'gh': 'GA'})
NKO = _tab('NKO LETTER ', {'a': 'A', 'e': 'EE', 'i': 'I', 'o': 'OO', 'u': 'U', 'b': 'BA', 'p': 'PA', 't': 'TA', 'j': 'JA',
    'ch': 'CHA', 'd': 'DA', 'r': 'RA', 's': 'SA', 'g': 'GBA', 'f': 'FA', 'k': 'KA', 'l': 'LA', 'm': 'MA', 'n': 'NA', 'h': 'HA',
    'w': 'WA', 'y': 'YA', 'v': 'FA', 'z': 'SA', 'sh': 'SA', 'kh': 'KA', 'q': 'KA', 'th': 'TA', 'ph': 'FA', 'ts': 'TA+SA',
    'zh': 'JA', 'gh': 'GBA'})
SCRIPT_RANGE = {'Adlam': (0x1E900, 0x1E95F), "N'Ko": (0x07C0, 0x07FF)}
def script_ok(shape):
    lo, hi = SCRIPT_RANGE[shape]; return lambda c: lo <= ord(c) <= hi

def phonemes(w):
    w = re.sub(r'(.)\1', r'\1', w.lower().replace('ck', 'k'))
    out, i = [], 0
    while i < len(w):
        two = w[i:i + 2]
        if two in ('sh', 'ch', 'kh', 'zh', 'ts', 'ph', 'th', 'gh'): out.append(two); i += 2; continue
        c = w[i]; nx = w[i + 1] if i + 1 < len(w) else ''
        if c == 'c': out.append('s' if nx in ('e', 'i', 'y') else 'k')
        elif c == 'x': out += ['k', 's']
        elif c == 'y': out.append('y' if nx and nx in VOWELS else 'i')
        else: out.append(c)
        i += 1
    return out

def script_words(name):
    toks, _ = body_tokens(name)
    ws = []
    for t in toks:
        if any(c in t for c in '"\'') or any(c.isdigit() for c in t) or not t.isascii(): continue
        for p in re.split(r'-', t.strip(',.()')):
            if p and p.isalpha() and nt(p) not in FILLER: ws.append(p)
    return ws

def g_script(d, e, shape):
    ws = script_words(e['name'])
    if not (1 <= len(ws) <= 4) or (len(ws) == 1 and len(ws[0]) < 7): return
    tab = ADLAM if shape == 'Adlam' else NKO
    try:
        yield ' '.join(''.join(tab[p] for p in phonemes(w)) for w in ws), shape
    except KeyError:
        return

def g_parent(d, e, item):
    label, text, after = next(x for x in UNITS if x[0] == item)
    c = city_of(d, e['ent'])
    if not c: return
    n = display(e['name'])
    yield ((n + ' ' + c + ' ' + text) if after else (n + ' ' + text + ' ' + c)), '%s (%s)' % (item, c)

def g_messy(d, e, item):
    tpl = dict(MESSY)[item]
    c = city_of(d, e['ent'])
    if not c: return
    n = display(e['name'])
    if "'" in n and 'SQL' in item: return
    yield tpl.format(n=n, c=c, N=e['name'].upper(), C=c.upper()), '%s (%s)' % (item, c)

GEN = {'aka': g_aka, 'partial': g_partial, 'word_order': g_word_order, 'case': g_case, 'legal_form': g_legal_form,
       'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'typo': g_typo, 'transliteration': g_transliteration,
       'translation': g_translation, 'script': g_script, 'parent_vs_subsidiary': g_parent, 'messy': g_messy}

def shape_of(kind, variant):
    """Match a variant against the kind's known shape names, longest first."""
    for s in sorted(QUOTA[kind], key=len, reverse=True):
        if variant == s or variant.startswith(s + ' ('):
            return s
    return None
