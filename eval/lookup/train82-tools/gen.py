"""One generator per kind for train82. Each yields (shape, detail, query, item)."""
import re, unicodedata
import lib
from lib import split_legal, tcw, is_small, _norm_tok

def body_words(name):
    b, s = split_legal(name)
    return b, s, b.split()

def plain_words(name):
    """body words if every body word is purely alphabetic, else None"""
    b, s, ws = body_words(name)
    if all(re.fullmatch(r'[A-Za-z\u00c0-\u024f]+', w) for w in ws):
        return ws, s
    return None, s

def join(ws, suf=''):
    return (tcw(' '.join(ws)) + (' ' + suf if suf else '')).strip()

# ---------------- aka ----------------
def g_aka(d, e):
    for t, a in d.alts.get(e, []):
        yield ('alias of its own entity', 'alt.csv %s' % (t or 'aka'), a, None)

# ---------------- partial ----------------
P_SHAPES = ['first name word dropped, legal form dropped', 'first three name words, legal form kept',
            'first and last name words dropped, legal form kept']
def g_partial(d, e):
    ws, suf = plain_words(d.sdn[e]['name'])
    if not ws or len(ws) < 4:
        return
    big = [w for w in ws if not is_small(w)]
    if len(big) < 4:
        return
    yield (P_SHAPES[0], None, join(big[1:]), None)
    yield (P_SHAPES[1], None, join(big[:3], suf), None)
    yield (P_SHAPES[2], None, join(big[1:-1], suf), None)

# ---------------- word order ----------------
W_SHAPES = ['name words in alphabetical order', 'first two name words moved to the end, >= 3 words',
            'odd-position name words first, then even-position ones, >= 4 words']
def g_word_order(d, e):
    ws, suf = plain_words(d.sdn[e]['name'])
    if not ws or len(ws) < 2 or any(is_small(w) for w in ws):
        return
    a = sorted(ws, key=lambda w: w.lower())
    if a != ws:
        yield (W_SHAPES[0], None, join(a, suf), None)
    if len(ws) >= 3:
        yield (W_SHAPES[1], None, join(ws[2:] + ws[:2], suf), None)
    if len(ws) >= 4:
        yield (W_SHAPES[2], None, join(ws[0::2] + ws[1::2], suf), None)

# ---------------- case ----------------
C_SHAPES = ['last name word upper, everything else lower', 'consonants upper, vowels lower',
            'first half of each word upper, the rest lower']
VOW = set('aeiouAEIOU')
def g_case(d, e):
    name = d.sdn[e]['name']
    b, s = split_legal(name)
    bw = b.split()
    if len(bw) >= 2:
        q = ' '.join([w.lower() for w in bw[:-1]] + [bw[-1].upper()] + ([s.lower()] if s else []))
        yield (C_SHAPES[0], None, q, None)
    yield (C_SHAPES[1], None, ''.join(c.lower() if c in VOW else c.upper() for c in name), None)
    out = []
    for w in name.split(' '):
        n = sum(1 for c in w if c.isalpha()); h = (n + 1) // 2; k = 0; r = []
        for c in w:
            if c.isalpha():
                r.append(c.upper() if k < h else c.lower()); k += 1
            else:
                r.append(c)
        out.append(''.join(r))
    yield (C_SHAPES[2], None, ' '.join(out), None)

# ---------------- legal form ----------------
FORMS = [('UG (haftungsbeschränkt)', 'German'), ('PartG', 'German partnership'), ('SCOP', 'French cooperative'),
         ('S.a.p.a.', 'Italian'), ('v.o.s.', 'Czech'), ('ASA', 'Norwegian'), ('EIRELI', 'Brazilian'),
         ('TNHH', 'Vietnamese'), ('G.K.', 'Japanese godo kaisha'), ('DOOEL', 'Macedonian'),
         ('sh.p.k.', 'Albanian'), ('TOO', 'Kazakh'), ('j.d.o.o.', 'Croatian'), ('Bt.', 'Hungarian'), ('S.A.U.', 'Spanish')]
def g_legal_form(d, e):
    b, s = split_legal(d.sdn[e]['name'])
    if '(' in b or ',' in b:
        return
    for f, c in FORMS:
        yield ('legal form %s' % ('replaced' if s else 'added'), '%s %s' % (c, f), tcw(b) + ' ' + f, f)

# ---------------- punctuation ----------------
PU_SHAPES = ['! for i', '£ for l', '| inside a word', 'semicolon inside a word']
def _longest(ws, pred=lambda w: True):
    c = [(len(w), -i, i) for i, w in enumerate(ws) if pred(w)]
    return max(c)[2] if c else None
def g_punctuation(d, e):
    b, s = split_legal(d.sdn[e]['name'])
    ws = tcw(b).split(' ')
    def mk(i, nw):
        w2 = list(ws); w2[i] = nw
        return ' '.join(w2) + (' ' + s if s else '')
    i = _longest(ws, lambda w: 'i' in w.lower())
    if i is not None:
        w = ws[i]; j = w.lower().index('i'); yield (PU_SHAPES[0], None, mk(i, w[:j] + '!' + w[j + 1:]), None)
    i = _longest(ws, lambda w: 'l' in w.lower())
    if i is not None:
        w = ws[i]; j = w.lower().index('l'); yield (PU_SHAPES[1], None, mk(i, w[:j] + '£' + w[j + 1:]), None)
    i = _longest(ws, lambda w: w.isalpha() and len(w) >= 4)
    if i is not None:
        w = ws[i]
        yield (PU_SHAPES[2], None, mk(i, w[:2] + '|' + w[2:]), None)
        yield (PU_SHAPES[3], None, mk(i, w[:-2] + ';' + w[-2:]), None)

# ---------------- abbreviation ----------------
ABBR = [('Natl.', ['NATIONAL']), ('Engg.', ['ENGINEERING']), ('Chem.', ['CHEMICAL', 'CHEMICALS']),
        ('Transp.', ['TRANSPORT', 'TRANSPORTATION']), ('Mar.', ['MARINE', 'MARITIME']), ('Sec.', ['SECURITY']),
        ('Ctr.', ['CENTER', 'CENTRE']), ('Mil.', ['MILITARY']), ('Govt.', ['GOVERNMENT']), ('Res.', ['RESEARCH']),
        ('Ins.', ['INSURANCE']), ('Bk.', ['BANK']), ('Pharm.', ['PHARMACEUTICAL', 'PHARMACEUTICALS']),
        ('Dept.', ['DEPARTMENT']), ('Rep.', ['REPUBLIC']), ('Telecom.', ['TELECOMMUNICATION', 'TELECOMMUNICATIONS']),
        ('Coop.', ['COOPERATIVE']), ('Hnos.', ['HERMANOS']), ('Asoc.', ['ASOCIADOS', 'ASOCIACION']),
        ('Petrochem.', ['PETROCHEMICAL'])]
def g_abbreviation(d, e):
    b, s = split_legal(d.sdn[e]['name'])
    ws = tcw(b).split(' ')
    for ab, longs in ABBR:
        for i, w in enumerate(ws):
            if w.upper().strip(',') in longs:
                w2 = list(ws); w2[i] = ab + (',' if w.endswith(',') else '')
                yield ('short form', '%s for %s' % (ab, w.upper().strip(',')), ' '.join(w2) + (' ' + s if s else ''), ab)
                break

# ---------------- typo ----------------
T_SHAPES = ['OCR 1 for l', 'OCR cl for d', 'j typed for h', 'p typed for o',
            'a consonant doubled in the longest word', 'first two letters of the longest word swapped']
def g_typo(d, e):
    b, s = split_legal(d.sdn[e]['name'])
    ws = tcw(b).split(' ')
    def mk(i, nw):
        w2 = list(ws); w2[i] = nw
        return ' '.join(w2) + (' ' + s if s else '')
    for shp, src, dst in ((T_SHAPES[0], 'l', '1'), (T_SHAPES[1], 'd', 'cl'), (T_SHAPES[2], 'h', 'j'), (T_SHAPES[3], 'o', 'p')):
        i = _longest(ws, lambda w: src in w[1:])
        if i is not None:
            w = ws[i]; j = w.index(src, 1); yield (shp, None, mk(i, w[:j] + dst + w[j + 1:]), None)
    i = _longest(ws, lambda w: w.isalpha() and len(w) >= 4)
    if i is not None:
        w = ws[i]
        for j in range(1, len(w) - 1):
            c = w[j]
            if c.isalpha() and c.lower() not in 'aeiouy' and w[j - 1].lower() != c.lower() and w[j + 1].lower() != c.lower():
                yield (T_SHAPES[4], None, mk(i, w[:j + 1] + c + w[j + 1:]), None); break
        if w[0].lower() != w[1].lower():
            nw = w[1].upper() + w[0].lower() + w[2:]
            yield (T_SHAPES[5], None, mk(i, nw), None)

# ---------------- transliteration ----------------
def _hu(w):
    s = w.lower(); o = []; i = 0
    V = 'aeiou'
    while i < len(s):
        t2 = s[i:i + 2]; c = s[i]; nx = s[i + 1] if i + 1 < len(s) else ''
        if t2 == 'sh': o.append('s'); i += 2
        elif t2 == 'ch': o.append('cs'); i += 2
        elif t2 == 'zh': o.append('zs'); i += 2
        elif t2 == 'kh': o.append('h'); i += 2
        elif t2 == 'ts': o.append('c'); i += 2
        elif c == 's': o.append('sz'); i += 1
        elif c == 'j': o.append('dzs'); i += 1
        elif c == 'w': o.append('v'); i += 1
        elif c == 'q': o.append('k'); i += 1
        elif c == 'y' and nx in V and nx: o.append('j'); i += 1
        elif c == 'c': o.append('sz' if nx in ('e', 'i') and nx else 'k'); i += 1
        else: o.append(c); i += 1
    return ''.join(o)
def _es(w):
    s = w.lower(); o = []; i = 0
    while i < len(s):
        t2 = s[i:i + 2]; c = s[i]; nx = s[i + 1] if i + 1 < len(s) else ''
        if t2 == 'sh': o.append('ch'); i += 2
        elif t2 == 'kh': o.append('j'); i += 2
        elif t2 == 'zh': o.append('y'); i += 2
        elif t2 == 'ph': o.append('f'); i += 2
        elif t2 == 'th': o.append('t'); i += 2
        elif t2 == 'ee': o.append('i'); i += 2
        elif t2 == 'oo': o.append('u'); i += 2
        elif c == 'j': o.append('y'); i += 1
        elif c == 'w': o.append('u'); i += 1
        elif c == 'v': o.append('b'); i += 1
        elif c == 'z': o.append('s'); i += 1
        elif c == 'k': o.append('qu' if nx in ('e', 'i') and nx else 'c'); i += 1
        elif c == 'y' and not nx and i > 0 and s[i - 1] not in 'aeiou': o.append('i'); i += 1
        else: o.append(c); i += 1
    return ''.join(o)
def _apply(body, fn):
    out = []
    for w in body.split(' '):
        parts = re.split(r'([^A-Za-z]+)', w)
        res = []
        for p in parts:
            if p and p.isalpha() and p.isascii() and len(p) > 2:
                r = fn(p)
                if p[0].isupper(): r = r[:1].upper() + r[1:]
                if p.isupper() and len(p) > 1: r = r.upper()
                res.append(r)
            else:
                res.append(p)
        out.append(''.join(res))
    return ' '.join(out)
TR_SHAPES = ['Hungarian-style spelling', 'Spanish-style spelling']
def g_transliteration(d, e):
    b, s = split_legal(d.sdn[e]['name'])
    tb = tcw(b)
    for shp, fn in ((TR_SHAPES[0], _hu), (TR_SHAPES[1], _es)):
        q = _apply(tb, fn)
        yield (shp, None, q + (' ' + s if s else ''), None)

# ---------------- translation ----------------
LANG = {
 'Norwegian': {'shipping': 'Skipsfart', 'industries': 'Industrier', 'industrial': 'Industriell', 'investment': 'Investeringer', 'engineering': 'Ingeniørtjenester', 'construction': 'Bygg', 'trading': 'Handel', 'oil': 'Olje', 'development': 'Utvikling', 'services': 'Tjenester', 'company': 'Selskap', 'bank': 'Banken', 'group': 'Konsern'},
 'Czech': {'shipping': 'Lodní Doprava', 'industries': 'Průmysl', 'industrial': 'Průmyslová', 'investment': 'Investice', 'engineering': 'Strojírenství', 'construction': 'Stavebnictví', 'trading': 'Obchod', 'oil': 'Ropa', 'development': 'Rozvoj', 'company': 'Společnost', 'group': 'Skupina'},
 'Slovenian': {'shipping': 'Ladjarstvo', 'industries': 'Industrija', 'investment': 'Naložbe', 'engineering': 'Inženiring', 'construction': 'Gradbeništvo', 'trading': 'Trgovina', 'development': 'Razvoj', 'services': 'Storitve', 'company': 'Družba', 'group': 'Skupina'},
 'Croatian': {'shipping': 'Brodarstvo', 'industries': 'Industrije', 'investment': 'Ulaganja', 'engineering': 'Inženjering', 'construction': 'Graditeljstvo', 'trading': 'Trgovanje', 'development': 'Razvitak', 'services': 'Usluge', 'company': 'Tvrtka', 'bank': 'Banka'},
 'Romanian': {'shipping': 'Navlosire', 'industries': 'Industrii', 'investment': 'Investiții', 'engineering': 'Inginerie', 'construction': 'Construcții', 'trading': 'Comerț', 'development': 'Dezvoltare', 'services': 'Servicii', 'company': 'Companie', 'bank': 'Banca', 'group': 'Grupul'},
 'Lithuanian': {'shipping': 'Laivyba', 'industries': 'Pramonė', 'investment': 'Investicijos', 'engineering': 'Inžinerija', 'construction': 'Statyba', 'trading': 'Prekyba', 'oil': 'Nafta', 'development': 'Plėtra', 'services': 'Paslaugos', 'company': 'Bendrovė', 'bank': 'Bankas', 'group': 'Grupė'},
 'Latvian': {'shipping': 'Kuģniecība', 'industries': 'Rūpniecība', 'investment': 'Ieguldījumi', 'engineering': 'Inženierija', 'construction': 'Būvniecība', 'trading': 'Tirdzniecība', 'development': 'Attīstība', 'services': 'Pakalpojumi', 'company': 'Uzņēmums', 'bank': 'Banka', 'group': 'Grupa'},
 'Azerbaijani': {'shipping': 'Gəmiçilik', 'industries': 'Sənaye', 'investment': 'İnvestisiya', 'engineering': 'Mühəndislik', 'construction': 'Tikinti', 'trading': 'Ticarət', 'development': 'İnkişaf', 'services': 'Xidmətlər', 'company': 'Şirkəti', 'bank': 'Bankı', 'group': 'Qrupu'},
 'Basque': {'shipping': 'Itsasontzigintza', 'industries': 'Industriak', 'investment': 'Inbertsioa', 'engineering': 'Ingeniaritza', 'construction': 'Eraikuntza', 'trading': 'Merkataritza', 'development': 'Garapena', 'services': 'Zerbitzuak', 'company': 'Enpresa', 'bank': 'Bankua', 'group': 'Taldea'},
 'Afrikaans': {'shipping': 'Skeepvaart', 'industries': 'Nywerhede', 'investment': 'Belegging', 'engineering': 'Ingenieurswese', 'construction': 'Konstruksie', 'trading': 'Handeldryf', 'development': 'Ontwikkeling', 'services': 'Dienste', 'company': 'Maatskappy', 'group': 'Groep'},
 'Korean (romanised)': {'shipping': 'Haeun', 'industries': 'Saneop', 'investment': 'Tuja', 'engineering': 'Gisul', 'construction': 'Geonseol', 'trading': 'Muyeok', 'development': 'Gaebal', 'services': 'Seobiseu', 'company': 'Hoesa', 'bank': 'Eunhaeng', 'group': 'Geurup'},
 'Mandarin (pinyin)': {'shipping': 'Hangyun', 'industries': 'Gongye', 'investment': 'Touzi', 'engineering': 'Gongcheng', 'construction': 'Jianshe', 'trading': 'Maoyi', 'development': 'Fazhan', 'services': 'Fuwu', 'company': 'Gongsi', 'bank': 'Yinhang', 'group': 'Jituan'},
}
TR_ORDER = ['bank', 'shipping', 'industries', 'industrial', 'investment', 'engineering', 'construction', 'trading', 'oil',
            'development', 'services', 'group', 'company']
def g_translation(d, e):
    name = d.sdn[e]['name']
    b, s = split_legal(name)
    bw = tcw(b).split(' '); sw = s.split(' ') if s else []
    for lang, dic in LANG.items():
        done = False
        for en in TR_ORDER:
            if en not in dic: continue
            for part, arr in (('b', bw), ('s', sw)):
                for i, w in enumerate(arr):
                    if w.lower().strip(',') == en and dic[en].lower() != en:
                        a2 = list(arr); a2[i] = dic[en] + (',' if w.endswith(',') else '')
                        nb = a2 if part == 'b' else bw; ns = a2 if part == 's' else sw
                        q = ' '.join(nb + ns)
                        yield ('one trade word translated', '%s: %s for %s' % (lang, dic[en], en.upper()), q, lang)
                        done = True; break
                if done: break
            if done: break

# ---------------- script ----------------
KV = 'aiueo'
KANA = {'': 'アイウエオ', 'k': 'カキクケコ', 'g': 'ガギグゲゴ', 's': 'サシスセソ', 'z': 'ザジズゼゾ', 'd': ['ダ', 'ディ', 'ドゥ', 'デ', 'ド'],
        't': ['タ', 'ティ', 'トゥ', 'テ', 'ト'], 'n': 'ナニヌネノ', 'h': 'ハヒフヘホ', 'b': 'バビブベボ', 'p': 'パピプペポ',
        'm': 'マミムメモ', 'y': ['ヤ', 'イ', 'ユ', 'イェ', 'ヨ'], 'r': 'ラリルレロ', 'w': ['ワ', 'ウィ', 'ウ', 'ウェ', 'ウォ'],
        'f': ['ファ', 'フィ', 'フ', 'フェ', 'フォ'], 'v': ['ヴァ', 'ヴィ', 'ヴ', 'ヴェ', 'ヴォ'], 'j': ['ジャ', 'ジ', 'ジュ', 'ジェ', 'ジョ'],
        'sh': ['シャ', 'シ', 'シュ', 'シェ', 'ショ'], 'ch': ['チャ', 'チ', 'チュ', 'チェ', 'チョ'], 'ts': ['ツァ', 'ツィ', 'ツ', 'ツェ', 'ツォ']}
KLONE = {'k': 'ク', 'g': 'グ', 's': 'ス', 'z': 'ズ', 't': 'ト', 'd': 'ド', 'n': 'ン', 'h': 'フ', 'b': 'ブ', 'p': 'プ', 'm': 'ム',
         'r': 'ル', 'f': 'フ', 'v': 'ヴ', 'j': 'ジ', 'sh': 'シュ', 'ch': 'チ', 'ts': 'ツ', 'w': 'ウ', 'y': 'イ'}
def _cons_norm(s):
    s = s.lower()
    for a, b in (('kh', 'h'), ('gh', 'g'), ('zh', 'j'), ('th', 's'), ('ph', 'f'), ('q', 'k'), ('x', 'ks'), ('l', 'r'), ('ck', 'k')):
        s = s.replace(a, b)
    s = re.sub(r'c(?=[ei])', 's', s); s = re.sub(r'c(?!h)', 'k', s)
    s = s.replace('y', 'i') if False else s
    return s
def kata_word(w):
    s = _cons_norm(w); o = []; i = 0; last_v = None
    while i < len(s):
        c2 = s[i:i + 2]
        if c2 in ('sh', 'ch', 'ts') and i + 2 <= len(s):
            c = c2; i += 2
        elif s[i] in KV:
            c = ''
        elif s[i] == 'y' and (i + 1 >= len(s) or s[i + 1] not in KV):
            c = ''; s = s[:i] + 'i' + s[i + 1:]
        else:
            c = s[i]; i += 1
            if i < len(s) and s[i] == c:
                o.append('ン' if c == 'n' else 'ッ'); last_v = None; continue
        if i < len(s) and s[i] in KV:
            v = s[i]; i += 1
            if c == '' and v == last_v:
                o.append('ー'); continue
            row = KANA.get(c, KANA['k'] if c not in KANA else KANA[c])
            if c not in KANA: row = KANA['']
            o.append(row[KV.index(v)]); last_v = v
        else:
            if c == '' : i += 1; continue
            if c == 'n' or c not in KLONE:
                o.append(KLONE.get(c, '')); last_v = None
            else:
                o.append(KLONE[c]); last_v = None
    return ''.join(o)

# Hangul
HI = {'g': 0, 'n': 2, 'd': 3, 'r': 5, 'l': 5, 'm': 6, 'b': 7, 'v': 7, 's': 9, '': 11, 'j': 12, 'z': 12, 'ch': 14, 'k': 15, 'c': 15,
      'q': 15, 't': 16, 'p': 17, 'f': 17, 'h': 18, 'kh': 18, 'sh': 9}
HV = {'a': 0, 'e': 5, 'i': 20, 'o': 8, 'u': 13, 'ya': 2, 'ye': 7, 'yo': 12, 'yu': 17, 'wa': 9, 'we': 15, 'wi': 16, 'wo': 14, 'eu': 18}
HF = {'n': 4, 'm': 16, 'ng': 21, 'l': 8, 'k': 1}
def _syl(i, v, f=0):
    return chr(0xAC00 + (i * 21 + v) * 28 + f)
def hangul_word(w):
    s = w.lower().replace('x', 'ks').replace('ph', 'f').replace('th', 't').replace('gh', 'g').replace('zh', 'j')
    s = re.sub(r'c(?=[ei])', 's', s); s = re.sub(r'c(?!h)', 'k', s)
    o = []; i = 0
    V = 'aeiou'
    while i < len(s):
        c = ''
        for cand in ('ch', 'sh', 'kh'):
            if s.startswith(cand, i): c = cand; break
        if not c and s[i] not in V and s[i] not in 'yw':
            c = s[i]
        if c: i += len(c)
        vv = None
        for cand in ('ya', 'ye', 'yo', 'yu', 'wa', 'we', 'wi', 'wo'):
            if s.startswith(cand, i): vv = cand; break
        if not vv and i < len(s) and s[i] in V: vv = s[i]
        if not vv and i < len(s) and s[i] == 'y': vv = 'i'; i += 0
        if vv:
            i += len(vv) if not (vv == 'i' and s[i] == 'y') else 1
            fin = 0
            for fc in ('ng', 'n', 'm', 'l'):
                if s.startswith(fc, i) and (i + len(fc) >= len(s) or s[i + len(fc)] not in V + 'y'):
                    fin = HF[fc]; i += len(fc); break
            o.append(_syl(HI.get(c, 11), HV[vv], fin))
        else:
            if not c:
                i += 1; continue
            if c == 'r' and o:  # silent final r
                continue
            o.append(_syl(HI.get(c, 11), 18 if c not in ('sh', 'ch', 'j') else 20))
    return ''.join(o)

SC_SHAPES = ['Japanese katakana, words joined with ・', 'Korean Hangul loanword spelling']
def g_script(d, e):
    b, s = split_legal(d.sdn[e]['name'])
    ws = [w for w in re.split(r'[\s\-/]+', re.sub(r'[0-9]', '', b)) if w]
    ws = [re.sub(r'[^A-Za-z]', '', w) for w in ws]
    ws = [w for w in ws if w]
    if not ws: return
    k = '・'.join(kata_word(w) for w in ws)
    if lib.n_letters(k) >= 4: yield (SC_SHAPES[0], None, k, None)
    h = ' '.join(hangul_word(w) for w in ws)
    if lib.n_letters(h) >= 4: yield (SC_SHAPES[1], None, h, None)

# ---------------- parent vs subsidiary ----------------
UNITS = [('Norwegian', 'avdeling i {c}'), ('Czech', 'odštěpný závod {c}'), ('Slovenian', 'podružnica v {c}'),
         ('Lithuanian', '{c} filialas'), ('Latvian', '{c} filiāle'), ('Azerbaijani', '{c} filialı'),
         ('Basque', '{c} sukurtsala'), ('Afrikaans', 'tak in {c}'), ('Korean romanised', '{c} jijeom'),
         ('Mandarin pinyin', '{c} fen gongsi'), ('English', '{c} liaison office'), ('English', '{c} procurement office'),
         ('Croatian', 'poslovnica u {c}')]
def g_parent_vs_subsidiary(d, e):
    c = d.city.get(e, '')
    if not c or not re.search(r'[A-Za-z]', c): return
    base = lib.title_name(d.sdn[e]['name'])
    for lang, u in UNITS:
        unit = u.format(c=c)
        yield ('branch unit at the add.csv city', '%s: %s' % (lang, u.replace('{c}', '<city>')), base + ' ' + unit, u)

# ---------------- messy ----------------
def _edi(s):
    return s.replace('?', '??').replace("'", "?'").replace('+', '?+').replace(':', '?:')
MESSY = [
 ('YAML flow list item', lambda n, c: '- {name: "%s", city: "%s", status: pending}' % (n, c)),
 ('email subject line', lambda n, c: 'Subject: RE: payment on hold - %s (%s) - please advise' % (n, c)),
 ('git commit command', lambda n, c: 'git commit -m "screening: add %s, %s to vendor allowlist"' % (n, c)),
 ('iCalendar event lines', lambda n, c: 'BEGIN:VEVENT SUMMARY:Kickoff call with %s LOCATION:%s END:VEVENT' % (n, c)),
 ('HTTP request headers', lambda n, c: 'X-Counterparty-Name: %s; X-Counterparty-City: %s' % (n, c)),
 ('EDIFACT NAD segment', lambda n, c: "NAD+SU+++%s+%s'" % (_edi(n.upper()), _edi(c.upper()))),
 ('chat in Norwegian', lambda n, c: 'hei, kan du sjekke %s i %s før vi sender fakturaen?' % (n, c)),
 ('chat in Czech', lambda n, c: 'ahoj, můžeš prosím prověřit firmu %s (%s)? díky' % (n, c)),
 ('chat in Croatian', lambda n, c: 'bok, možeš li provjeriti tvrtku %s iz grada %s prije plaćanja?' % (n, c)),
 ('chat in Romanian', lambda n, c: 'salut, poți verifica firma %s din %s înainte de plată?' % (n, c)),
 ('chat in Lithuanian', lambda n, c: 'labas, ar gali patikrinti įmonę %s (%s)?' % (n, c)),
 ('chat in Afrikaans', lambda n, c: 'hallo, kan jy asseblief %s in %s nagaan voor ons betaal?' % (n, c)),
]
def g_messy(d, e):
    c = d.city.get(e, '')
    if not c or not re.search(r'[A-Za-z]', c): return
    n = lib.title_name(d.sdn[e]['name'])
    for t, f in MESSY:
        yield (t, None, f(n, c), t)

GEN = {k: globals()['g_' + k] for k in lib.KINDS}
