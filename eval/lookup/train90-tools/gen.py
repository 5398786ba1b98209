"""Positive generators for train90: one per kind, the shape quotas and the item lists."""
import re, unicodedata
import lib
from lib import full, LEGAL, FILLER

# ---------------- name helpers ----------------
def _tok_legal(t):
    f = full(t).replace(' ', '')
    return bool(f) and f in LEGAL

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if _tok_legal(t) or re.fullmatch(r'[A-Za-z]\.,?', t):
            i -= 1; continue
        if t.upper() in ('DE', 'EN') and i < len(toks) and i - 2 >= 0 and (_tok_legal(toks[i - 2]) or re.fullmatch(r'[A-Za-z]\.', toks[i - 2])):
            i -= 1; continue
        if t.upper() == 'Y' and i < len(toks) and full(toks[i]).replace(' ', '') == 'cia':
            i -= 1; continue
        break
    body = ' '.join(toks[:i]).rstrip(' ,')
    suffix = ' '.join(toks[i:])
    return body, suffix

ROMAN = re.compile(r'^(I{1,3}|IV|V|VI{1,3}|IX|X{1,3})$')
def _special(tok):
    core_ = tok.strip(',;:()"')
    if re.fullmatch(r'([A-Z]\.)+', core_):
        return True
    if ROMAN.match(core_):
        return True
    if 2 <= len(core_) <= 4 and core_.isalpha() and core_.isupper() and not re.search(r'[AEIOUY]', core_):
        return True
    return False

def tcw(body):
    out = []
    for tok in body.split(' '):
        if _special(tok):
            out.append(tok); continue
        s, prev, lead = [], ' ', True
        for c in tok:
            if c.isalpha():
                s.append(c.upper() if (prev in ' -(/."&' or lead) else c.lower())
                lead = False
            else:
                s.append(c)
                if c.isdigit():
                    lead = False
            prev = c
        out.append(''.join(s))
    return ' '.join(out)

def join(body, suffix):
    return body + (' ' + suffix if suffix else '')

def display(name):
    b, s = split_legal(name)
    return join(tcw(b), s)

SMALL = FILLER | set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
def is_small(w):
    f = full(w)
    return (not f) or f in SMALL or len(f) <= 2 or bool(ROMAN.match(w.upper()))

def longest_idx(words):
    best = None
    for i, w in enumerate(words):
        if w.isalpha() and not is_small(w) and (best is None or len(w) > len(words[best])):
            best = i
    return best

# ---------------- QUOTA ----------------
LEGAL_FORMS = [('Greek', 'I.K.E.', 0), ('Albanian', 'SHPK', 0), ('Macedonian', 'DOOEL', 0), ('Czech', 'v.o.s.', 0),
               ('Slovak', 'k.s.', 0), ('Danish', 'ApS', 0), ('Danish', 'P/S', 0), ('Japanese', 'GK', 0),
               ('Vietnamese', 'TNHH', 1), ('Brazilian', 'EIRELI', 0), ('Mexican', 'S.A.P.I. DE C.V.', 0),
               ('French', 'SASU', 0), ('French', 'EURL', 0), ('Swedish', 'KB', 0)]
ABBREV = [('Transp.', ['transport', 'transportes', 'transporte', 'transportation']), ('Hldgs.', ['holding', 'holdings']),
          ('Trdg.', ['trading']), ('Acad.', ['academy', 'academia']), ('Univ.', ['university', 'universidad']),
          ('Fin.', ['finance', 'financial', 'financiera', 'financing']), ('Ins.', ['insurance']), ('Res.', ['research']),
          ('Eng.', ['engineering']), ('Ctr.', ['center', 'centre', 'centro']),
          ('Cons.', ['consulting', 'consultores', 'consultants', 'consultancy', 'consultoria']),
          ('Inmob.', ['inmobiliaria', 'inmobiliarios', 'inmobiliario']), ('Admin.', ['administration', 'administradora']),
          ('Metall.', ['metallurgical', 'metallurgy']), ('Oper.', ['operadora', 'operating']), ('Hosp.', ['hospital'])]
TRANS = {
 'Basque': dict(bank='Bankua', shipping='Itsasontzi', industries='Industriak', industry='Industria', oil='Olio', construction='Eraikuntza', services='Zerbitzuak', development='Garapen', engineering='Ingeniaritza', exchange='Truke', steel='Altzairu', energy='Energia', transport='Garraio', investment='Inbertsio', insurance='Aseguru', trade='Merkataritza', foundation='Fundazio'),
 'Faroese': dict(bank='Banki', shipping='Skipan', industries='Ídnaður', industry='Ídnaður', oil='Olja', construction='Bygging', services='Tænastur', development='Menning', engineering='Verkfrøði', exchange='Umbýti', steel='Stál', energy='Orka', transport='Flutningur', investment='Íløga', insurance='Trygging', trade='Handil'),
 'West Frisian': dict(shipping='Skipfeart', industries='Yndustry', industry='Yndustry', oil='Oalje', construction='Bou', services='Tsjinsten', development='Ûntwikkeling', engineering='Technyk', exchange='Útwikseling', steel='Stiel', energy='Enerzjy', transport='Ferfier', investment='Ynvestearring', insurance='Fersekering', trade='Hannel'),
 'Latin': dict(bank='Argentaria', shipping='Navigatio', industries='Industriae', industry='Industria', oil='Oleum', construction='Aedificatio', services='Ministeria', development='Progressio', engineering='Machinatio', exchange='Permutatio', steel='Chalybs', energy='Energia', transport='Vectura', investment='Collocatio', insurance='Cautio', trade='Mercatura', university='Universitas', foundation='Fundatio'),
 'Afrikaans': dict(shipping='Skeepvaart', industries='Nywerhede', industry='Nywerheid', oil='Olie', construction='Konstruksie', services='Dienste', development='Ontwikkeling', engineering='Ingenieurswese', exchange='Ruil', steel='Staal', energy='Energie', transport='Vervoer', investment='Belegging', insurance='Versekering', trade='Handel'),
 'Latvian': dict(bank='Banka', shipping='Kuģniecība', industries='Rūpniecība', industry='Rūpniecība', oil='Nafta', construction='Būvniecība', services='Pakalpojumi', development='Attīstība', engineering='Inženierija', exchange='Maiņa', steel='Tērauds', energy='Enerģija', transport='Transports', investment='Investīcijas', insurance='Apdrošināšana', trade='Tirdzniecība'),
 'Lithuanian': dict(bank='Bankas', shipping='Laivyba', industries='Pramonė', industry='Pramonė', oil='Nafta', construction='Statyba', services='Paslaugos', development='Plėtra', engineering='Inžinerija', exchange='Mainai', steel='Plienas', energy='Energija', transport='Transportas', investment='Investicijos', insurance='Draudimas', trade='Prekyba'),
 'Slovenian': dict(bank='Banka', shipping='Ladjarstvo', industries='Industrija', industry='Industrija', oil='Nafta', construction='Gradbeništvo', services='Storitve', development='Razvoj', engineering='Inženiring', exchange='Menjalnica', steel='Jeklo', energy='Energija', transport='Promet', investment='Naložbe', insurance='Zavarovanje', trade='Trgovina'),
 'Albanian': dict(bank='Banka', shipping='Lundrimi', industries='Industritë', industry='Industria', oil='Nafta', construction='Ndërtim', services='Shërbime', development='Zhvillim', engineering='Inxhinieri', exchange='Këmbim', steel='Çelik', energy='Energji', investment='Investim', insurance='Sigurim', trade='Tregti'),
 'Vietnamese': dict(bank='Ngân Hàng', shipping='Vận Tải Biển', industries='Công Nghiệp', industry='Công Nghiệp', oil='Dầu', construction='Xây Dựng', services='Dịch Vụ', development='Phát Triển', engineering='Kỹ Thuật', exchange='Hối Đoái', steel='Thép', energy='Năng Lượng', transport='Vận Tải', investment='Đầu Tư', insurance='Bảo Hiểm', trade='Thương Mại'),
 'Maori': dict(bank='Pēke', shipping='Kaipuke', industries='Ahumahi', industry='Ahumahi', oil='Hinu', construction='Hanga Whare', services='Ratonga', development='Whanaketanga', engineering='Pūkaha', exchange='Whakawhiti', steel='Maitai', energy='Pūngao', transport='Waka', investment='Haumi', insurance='Inihua', trade='Hokohoko'),
 'Igbo': dict(bank='Ụlọ Akụ', shipping='Ụgbọ Mmiri', industries='Ụlọ Ọrụ', industry='Ụlọ Ọrụ', oil='Mmanụ', construction='Iwu Ụlọ', services='Ọrụ', development='Mmepe', engineering='Injinịa', exchange='Mgbanwe', steel='Igwe', energy='Ike', transport='Njem', investment='Itinye Ego', insurance='Mkpuchi', trade='Azụmahịa'),
 'Cebuano': dict(bank='Bangko', shipping='Pagpadala', industries='Industriya', industry='Industriya', oil='Lana', construction='Pagtukod', services='Serbisyo', development='Kalamboan', exchange='Bayloanan', steel='Asero', energy='Enerhiya', transport='Transportasyon', trade='Pamaligya'),
}
UNITS = [('Basque', 'sukurtsala', 1), ('Faroese', 'deild í', 0), ('West Frisian', 'filiaal yn', 0), ('Latin', 'ramus in', 0),
         ('Afrikaans', 'tak in', 0), ('Latvian', 'filiāle', 1), ('Lithuanian', 'filialas', 1), ('Slovenian', 'podružnica v', 0),
         ('Albanian', 'dega në', 0), ('Vietnamese', 'chi nhánh tại', 0), ('Maori', 'peka ki', 0), ('Igbo', 'alaka na', 0),
         ('English', 'liaison office', 1), ('English', 'service centre', 1)]
MESSY = {
 'URL query string': 'https://screening.example/api/v2/search?party={u}&city={c}&mode=fuzzy',
 'EDIFACT NAD segment': "NAD+SU+++{N}+++{C}'",
 'email header lines': 'From: payments@example.com | Subject: wire to {n} ({c}) - please screen before release',
 'spreadsheet formula': '=IF(COUNTIF(Watchlist!B:B;"{n}")>0;"HIT";"CLEAR")  // {c}',
 'protobuf text format': 'party {{ name: "{n}" city: "{c}" kind: ORGANISATION }}',
 'log4j log line': '2024-03-11 09:14:02,117 WARN [screen-worker-3] c.e.ScreenJob - fuzzy candidate="{n}" city={c}',
 'chat in Basque': 'Kaixo, egiaztatu mesedez {n} enpresa, {c}-n dago.',
 'chat in Faroese': 'Hey, kanst tú kanna {n} í {c}?',
 'chat in West Frisian': 'Hoi, kinst {n} út {c} efkes neisjen?',
 'chat in Afrikaans': 'Hallo, kan jy asseblief {n} in {c} nagaan?',
 'chat in Latvian': 'Sveiki, lūdzu pārbaudiet uzņēmumu {n} ({c}).',
 'chat in Vietnamese': 'Chào bạn, kiểm tra giúp công ty {n} ở {c} nhé.',
 'chat in Slovenian': 'Živjo, prosim preveri podjetje {n} iz mesta {c}.',
 'chat in Lithuanian': 'Labas, prašau patikrinti įmonę {n}, {c}.',
}
TYPO_SHAPES = ['OCR 1 for l', 'OCR cl for d', 'i typed for o', 't typed for r',
               'first two letters of the longest word swapped', 'first vowel after the first letter of the longest word dropped']
QUOTA = {
 'aka': {'alt.csv alias': 12},
 'partial': {'first three name words, legal form kept': 4, 'all name words but the last, legal form dropped': 4,
             'inner name words (first and last dropped), legal form kept': 4},
 'word_order': {'name words in alphabetical order': 4, 'first two name words swapped': 4,
                'shortest name word moved to the end': 4},
 'case': {'sentence case': 4, 'last word upper, the rest lower': 4, 'every third letter upper, the rest lower': 4},
 'legal_form': {'%s %s' % (l, f): 1 for l, f, _ in LEGAL_FORMS},
 'punctuation': {'! for the first i': 3, '| after the third letter': 3, '§ for the first s': 3,
                 '; before the last three letters': 3},
 'abbreviation': {a: 1 for a, _ in ABBREV},
 'typo': {s: 2 for s in TYPO_SHAPES},
 'transliteration': {'Hungarian-style spelling': 6, 'Italian-style spelling': 6},
 'translation': {l: 1 for l in TRANS},
 'script': {'Gujarati': 6, 'Kannada': 6},
 'parent_vs_subsidiary': {'%s %s' % (l, u): 1 for l, u, _ in UNITS},
 'messy': {m: 1 for m in MESSY},
}
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}

# ---------------- generators: yield (shape, detail, query) ----------------
def g_aka(d, e):
    for t, a in d.alias[e]:
        yield 'alt.csv alias', (t or 'aka'), a

def plain_body(name):
    b, s = split_legal(name)
    toks = b.split()
    if not toks or not all(t.isalpha() for t in toks):
        return None
    return b, s, toks

def g_partial(d, e):
    x = plain_body(d.rec[e]['name'])
    if not x:
        return
    b, s, toks = x
    nw = [t for t in toks if not is_small(t)]
    if len(nw) < 4:
        return
    cands = [('first three name words, legal form kept', nw[:3], True),
             ('all name words but the last, legal form dropped', nw[:-1], False),
             ('inner name words (first and last dropped), legal form kept', nw[1:-1], True)]
    for shape, kept, keep in cands:
        if sum(len(w) for w in kept) < 10:
            continue
        yield shape, None, join(tcw(' '.join(kept)), s if keep else '')

def g_word_order(d, e):
    x = plain_body(d.rec[e]['name'])
    if not x:
        return
    b, s, toks = x
    if len(toks) < 3 or any(is_small(t) or len(t) < 3 for t in toks):
        return
    outs = []
    outs.append(('name words in alphabetical order', sorted(toks, key=lambda w: w.lower())))
    outs.append(('first two name words swapped', [toks[1], toks[0]] + toks[2:]))
    i = min(range(len(toks)), key=lambda k: (len(toks[k]), k))
    outs.append(('shortest name word moved to the end', toks[:i] + toks[i + 1:] + [toks[i]]))
    for shape, w in outs:
        if w != toks:
            yield shape, None, join(tcw(' '.join(w)), s)

def g_case(d, e):
    n = d.rec[e]['name']
    yield 'sentence case', None, n[:1].upper() + n[1:].lower()
    ws = n.split(' ')
    if len(ws) >= 2:
        yield 'last word upper, the rest lower', None, ' '.join([w.lower() for w in ws[:-1]] + [ws[-1].upper()])
    out, k = [], 0
    for c in n:
        if c.isalpha():
            out.append(c.upper() if k % 3 == 2 else c.lower()); k += 1
        else:
            out.append(c)
    yield 'every third letter upper, the rest lower', None, ''.join(out)

def g_legal_form(d, e):
    b, s = split_legal(d.rec[e]['name'])
    toks = b.split()
    if any(_tok_legal(t) for t in toks) or not any(sum(c.isalpha() for c in t) >= 3 for t in toks):
        return
    detail = ('replaces %s' % s) if s else 'added'
    for lang, form, front in LEGAL_FORMS:
        q = (form + ' ' + tcw(b)) if front else (tcw(b) + ' ' + form)
        yield '%s %s' % (lang, form), detail + (', in front' if front else ''), q

def g_punctuation(d, e):
    b, s = split_legal(d.rec[e]['name'])
    body = tcw(b)
    words = body.split(' ')
    i = longest_idx(words)
    if i is None or len(words[i]) < 5:
        return
    w = words[i]
    def put(nw):
        ww = list(words); ww[i] = nw
        return join(' '.join(ww), s)
    j = w.lower().find('i', 1)
    if j > 0:
        yield '! for the first i', w, put(w[:j] + '!' + w[j + 1:])
    yield '| after the third letter', w, put(w[:3] + '|' + w[3:])
    j = w.lower().find('s', 1)
    if j > 0:
        yield '§ for the first s', w, put(w[:j] + '§' + w[j + 1:])
    yield '; before the last three letters', w, put(w[:-3] + ';' + w[-3:])

def g_abbreviation(d, e):
    b, s = split_legal(d.rec[e]['name'])
    words = tcw(b).split(' ')
    for ab, longs in ABBREV:
        for i, w in enumerate(words):
            core_ = w.strip(',').lower()
            if core_ in longs:
                ww = list(words); ww[i] = ab + (',' if w.endswith(',') else '')
                yield ab, core_, join(' '.join(ww), s)
                break

VOW = 'aeiou'
def g_typo(d, e):
    b, s = split_legal(d.rec[e]['name'])
    words = tcw(b).split(' ')
    def put(i, nw):
        ww = list(words); ww[i] = nw
        return join(' '.join(ww), s)
    def longest_with(ch):
        best = None
        for i, w in enumerate(words):
            if w.isalpha() and not is_small(w) and ch in w[1:].lower() and (best is None or len(w) > len(words[best])):
                best = i
        return best
    for shape, ch, rep in [('OCR 1 for l', 'l', '1'), ('OCR cl for d', 'd', 'cl'), ('i typed for o', 'o', 'i'),
                           ('t typed for r', 'r', 't')]:
        i = longest_with(ch)
        if i is not None:
            w = words[i]; j = w.lower().find(ch, 1)
            yield shape, w, put(i, w[:j] + rep + w[j + 1:])
    i = longest_idx(words)
    if i is not None and len(words[i]) >= 5:
        w = words[i]
        if w[0].lower() != w[1].lower():
            nw = w[1].upper() + w[0].lower() + w[2:] if w[0].isupper() else w[1] + w[0] + w[2:]
            yield 'first two letters of the longest word swapped', w, put(i, nw)
        for j in range(1, len(w) - 1):
            if w[j].lower() in VOW:
                yield 'first vowel after the first letter of the longest word dropped', w, put(i, w[:j] + w[j + 1:])
                break

def _style(word, rules):
    lw = word.lower()
    out, i = [], 0
    while i < len(lw):
        for pat, rep in rules:
            m = re.match(pat, lw[i:])
            if m:
                out.append(rep if isinstance(rep, str) else rep(m)); i += len(m.group(0)); break
        else:
            out.append(lw[i]); i += 1
    r = ''.join(out)
    if word[:1].isupper():
        r = r[:1].upper() + r[1:]
    return r

HU = [('sh', 's'), ('ch', 'cs'), ('zh', 'zs'), ('kh', 'h'), ('ts', 'c'), ('tz', 'c'), ('ph', 'f'), ('th', 't'),
      ('ck', 'k'), ('qu', 'kv'), ('ee', 'í'), ('oo', 'ú'), ('x', 'ksz'), ('w', 'v'), ('j', 'dzs'), ('q', 'k'),
      ('y(?=[aeiou])', 'j'), ('y', 'i'), ('c(?=[eiy])', 'sz'), ('c', 'k'), ('s', 'sz')]
IT = [('sh(?=[ei])', 'sc'), ('sh', 'sci'), ('ch(?=[ei])', 'c'), ('ch', 'ci'), ('kh(?=[ei])', 'ch'), ('kh', 'c'),
      ('ck', 'cc'), ('k(?=[ei])', 'ch'), ('k', 'c'), ('j(?=[aou])', 'gi'), ('j', 'g'), ('w', 'v'), ('y', 'i'),
      ('x', 's'), ('ph', 'f'), ('th', 't'), ('ts', 'z'), ('ee', 'i'), ('oo', 'u')]

def g_transliteration(d, e):
    b, s = split_legal(d.rec[e]['name'])
    words = tcw(b).split(' ')
    for shape, rules in [('Hungarian-style spelling', HU), ('Italian-style spelling', IT)]:
        ww = []
        for w in words:
            core_ = re.sub(r'[^A-Za-z]', '', w)
            if (not w.isalpha()) or len(w) <= 2 or full(w) in LEGAL or (w.isupper() and len(w) <= 4):
                # transform alphabetic pieces of hyphenated words only
                if '-' in w and all(p.isalpha() and len(p) > 2 for p in w.split('-')):
                    ww.append('-'.join(_style(p, rules) for p in w.split('-')))
                else:
                    ww.append(w)
            else:
                ww.append(_style(w, rules))
        yield shape, None, join(' '.join(ww), s)

def g_translation(d, e):
    b, s = split_legal(d.rec[e]['name'])
    words = tcw(b).split(' ')
    for lang, dic in TRANS.items():
        for i, w in enumerate(words):
            lw = w.strip(',').lower()
            if lw in dic:
                ww = list(words); ww[i] = dic[lw]
                yield lang, '%s = %s' % (lw, dic[lw]), join(' '.join(ww), s)
                break

# Indic rendering from the Devanagari layout
DEV_C = {'kh': 0x916, 'gh': 0x918, 'ch': 0x91A, 'jh': 0x91D, 'th': 0x925, 'dh': 0x927, 'ph': 0x92B, 'bh': 0x92D,
         'sh': 0x936, 'zh': 0x91C, 'k': 0x915, 'g': 0x917, 'j': 0x91C, 't': 0x91F, 'd': 0x921, 'n': 0x928,
         'p': 0x92A, 'f': 0x92B, 'b': 0x92C, 'm': 0x92E, 'y': 0x92F, 'r': 0x930, 'l': 0x932, 'v': 0x935,
         'w': 0x935, 's': 0x938, 'h': 0x939, 'z': 0x91C, 'q': 0x915}
DEV_V = {'aa': (0x906, 0x93E), 'ai': (0x910, 0x948), 'au': (0x914, 0x94C), 'ou': (0x914, 0x94C), 'ee': (0x908, 0x940),
         'ii': (0x908, 0x940), 'oo': (0x90A, 0x942), 'uu': (0x90A, 0x942), 'a': (0x905, None), 'i': (0x907, 0x93F),
         'u': (0x909, 0x941), 'e': (0x90F, 0x947), 'o': (0x913, 0x94B)}
SCRIPTS = {'Gujarati': (0x180, False), 'Kannada': (0x380, True), 'Telugu': (0x300, True), 'Malayalam': (0x400, True),
           'Gurmukhi': (0x100, False), 'Devanagari': (0, False)}

def indic(text, script):
    off, fv = SCRIPTS[script]
    ch = lambda c: chr(c + off)
    words = []
    for w in text.lower().split():
        w = re.sub(r'(.)\1', r'\1', w) if not re.search(r'(aa|ee|ii|oo|uu)', w) else w
        w = re.sub(r'c(?!h)', 'k', w.replace('x', 'ks'))
        toks, i = [], 0
        while i < len(w):
            two = w[i:i + 2]
            if two in DEV_V:
                toks.append(('V', two)); i += 2
            elif w[i] == 'y' and not (i + 1 < len(w) and w[i + 1] in 'aeiou') and i > 0:
                toks.append(('V', 'i')); i += 1
            elif two in DEV_C:
                toks.append(('C', two)); i += 2
            elif w[i] in DEV_V:
                toks.append(('V', w[i])); i += 1
            elif w[i] in DEV_C:
                toks.append(('C', w[i])); i += 1
            else:
                i += 1
        out = []
        for k, (t, v) in enumerate(toks):
            if t == 'C':
                out.append(ch(DEV_C[v]))
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                if nxt is None:
                    if fv:
                        out.append(ch(0x94D))
                elif nxt[0] == 'C':
                    out.append(ch(0x94D))
            else:
                prev = toks[k - 1] if k > 0 else None
                ind, sign = DEV_V[v]
                if prev and prev[0] == 'C':
                    if sign:
                        out.append(ch(sign))
                else:
                    out.append(ch(ind))
        words.append(''.join(out))
    return ' '.join(words)

def script_words(name):
    b, s = split_legal(name)
    ws = []
    for t in re.split(r'[\s\-]+', b):
        if not t:
            continue
        if full(t) in FILLER or any(c.isdigit() for c in t) or not t.isascii():
            continue
        t = re.sub(r'[^A-Za-z]', '', t).lower()
        if t:
            ws.append(re.sub(r'(.)\1', r'\1', t))
    return ws

def g_script(d, e):
    ws = script_words(d.rec[e]['name'])
    if not (1 <= len(ws) <= 4) or not (len(ws) >= 2 or len(ws[0]) >= 7):
        return
    for sc in ('Gujarati', 'Kannada'):
        yield sc, 'my rendering of the Latin spelling', indic(' '.join(ws), sc)

def g_pvs(d, e):
    c = d.city.get(e, '')
    if not c or not any(ch.isalpha() for ch in c):
        return
    n = display(d.rec[e]['name'])
    for lang, u, after in UNITS:
        q = ('%s %s %s' % (n, c, u)) if after else ('%s %s %s' % (n, u, c))
        yield '%s %s' % (lang, u), 'city ' + c, q

def g_messy(d, e):
    c = d.city.get(e, '')
    if not c or not any(ch.isalpha() for ch in c):
        return
    name = d.rec[e]['name']
    n = display(name)
    for shape, t in MESSY.items():
        q = t.format(n=n if not shape.startswith(('EDIFACT', 'log4j')) else name, N=name, C=c.upper(), c=c,
                     u=n.replace(' ', '%20'))
        yield shape, 'city ' + c, q

GEN = {'aka': g_aka, 'partial': g_partial, 'word_order': g_word_order, 'case': g_case, 'legal_form': g_legal_form,
       'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'typo': g_typo,
       'transliteration': g_transliteration, 'translation': g_translation, 'script': g_script,
       'parent_vs_subsidiary': g_pvs, 'messy': g_messy}

def check_chars():
    bad = []
    for sc, (off, _) in SCRIPTS.items():
        for c in list(DEV_C.values()) + [x for v in DEV_V.values() for x in v if x] + [0x94D]:
            try:
                unicodedata.name(chr(c + off))
            except ValueError:
                bad.append((sc, hex(c + off)))
    return bad
