"""train89 generators: one per kind, items and per-shape quotas."""
import re, lib
from lib import full, LEGAL, FILLER

def is_legal_tok(t):
    f = full(t).replace(' ', '')
    return f in LEGAL or bool(re.fullmatch(r'[A-Za-z]\.', t))
def split_legal(name):
    toks = name.split(); i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if is_legal_tok(t.strip(',')) or (t.upper() in ('DE', 'EN') and i < len(toks) and is_legal_tok(toks[i].strip(','))) \
           or (t.upper() == 'Y' and i < len(toks) and toks[i].upper().startswith('CIA')):
            i -= 1
        else: break
    body, suf = ' '.join(toks[:i]).rstrip(','), ' '.join(toks[i:])
    return body, suf
ROMAN = re.compile(r'^(II|III|IV|VI|VII|VIII|IX|XI|XII)$')
def tcw(body):
    out = []
    for w in body.split(' '):
        core_w = w.strip('.,()"')
        if re.fullmatch(r'([A-Za-z]\.)+', w) or ROMAN.match(core_w) or (2 <= len(core_w) <= 4 and core_w.isupper() and core_w.isalpha() and not re.search('[AEIOUY]', core_w)):
            out.append(w); continue
        s, cap = [], True
        for ch in w:
            if ch.isalpha():
                s.append(ch.upper() if cap else ch.lower()); cap = False
            else:
                s.append(ch); cap = ch in ' -(/."&'
        out.append(''.join(s))
    return ' '.join(out)
def display(name):
    b, s = split_legal(name)
    return (tcw(b) + (' ' + s if s else '')).strip()
def join(b, s): return (b + (' ' + s if s else '')).strip()
SMALL = FILLER | {'para', 'con', 'por', 'en', 'for', 'sociedad', 'acciones', 'simplificada', 'anonima', 'limitada'}
def name_words(body):
    return [w for w in body.split() if not (full(w) in SMALL or len(full(w)) <= 2 or ROMAN.match(w.upper()))]
def plain(w): return bool(re.fullmatch(r"[A-Za-z]+", w))

QUOTA = {
 'partial': {'odd-position name words, legal form kept': 4, 'first two name words, legal form dropped': 4,
             'three longest name words in name order, legal form dropped': 4},
 'word_order': {'name words fully reversed': 4, 'longest name word moved to the front': 4, 'last two name words swapped': 4},
 'case': {'vowels upper, consonants lower': 4, 'first and last letter of each word upper, the rest lower': 4,
          'first word upper, the rest lower': 4},
 'punctuation': {'dollar sign for the first s': 3, 'asterisk after the second letter': 3,
                 'percent sign before the last two letters': 3, 'colon after the fourth letter': 3},
 'typo': {'OCR 0 for o': 2, 'OCR li for h': 2, 'd typed for s': 2, 'u typed for i': 2,
          'last letter of the longest word dropped': 2, 'third letter of the longest word doubled': 2},
 'transliteration': {'Polish-style spelling': 6, 'Czech-style spelling': 6},
 'script': {'Georgian Mkhedruli': 6, 'Armenian': 6},
}

def g_partial(n, city):
    b, s = split_legal(n)
    ws = b.split()
    if not ws or not all(plain(w) for w in ws): return
    nw = name_words(b)
    if len(nw) < 4: return
    cands = [('odd-position name words, legal form kept', nw[0::2], True),
             ('first two name words, legal form dropped', nw[:2], False)]
    lw = sorted(nw, key=lambda w: -len(w))[:3]
    cands.append(('three longest name words in name order, legal form dropped', [w for w in nw if w in lw][:3], False))
    for sh, keep, legal in cands:
        if sum(len(w) for w in keep) < 10: continue
        yield sh, None, None, join(tcw(' '.join(keep)), s if legal else '')

def g_word_order(n, city):
    b, s = split_legal(n); ws = b.split()
    if any(not plain(w) or len(w) < 3 or full(w) in SMALL for w in ws) or len(ws) < 3: return
    yield 'name words fully reversed', None, None, join(tcw(' '.join(ws[::-1])), s)
    lg = max(ws, key=len); i = ws.index(lg)
    if i > 0: yield 'longest name word moved to the front', None, None, join(tcw(' '.join([lg] + ws[:i] + ws[i+1:])), s)
    yield 'last two name words swapped', None, None, join(tcw(' '.join(ws[:-2] + [ws[-1], ws[-2]])), s)

def g_case(n, city):
    V = set('aeiouAEIOU')
    yield 'vowels upper, consonants lower', None, None, ''.join(c.upper() if c in V else c.lower() for c in n)
    def fl(w):
        idx = [i for i, c in enumerate(w) if c.isalpha()]
        if not idx: return w
        return ''.join(c.upper() if i in (idx[0], idx[-1]) else c.lower() for i, c in enumerate(w))
    yield 'first and last letter of each word upper, the rest lower', None, None, ' '.join(fl(w) for w in n.split(' '))
    ws = n.split(' ')
    yield 'first word upper, the rest lower', None, None, ' '.join([ws[0].upper()] + [w.lower() for w in ws[1:]])

LEGAL_FORMS = [('ehf.', 'Icelandic', 'end'), ('sp.j.', 'Polish', 'end'), ('SIA', 'Latvian', 'front'), ('MB', 'Lithuanian', 'end'),
               ('Kft.', 'Hungarian', 'end'), ('Bt.', 'Hungarian', 'end'), ('d.n.o.', 'Slovenian', 'end'), ('A.Ş.', 'Turkish', 'end'),
               ('Oyj', 'Finnish', 'end'), ('Sdn. Bhd.', 'Malaysian', 'end'), ('PT', 'Indonesian', 'front'), ('LLLP', 'US', 'end'),
               ('ASA', 'Norwegian', 'end'), ('s.c.', 'Polish', 'end')]
def g_legal(n, city):
    b, s = split_legal(n)
    if any(is_legal_tok(t) for t in b.split()) or not any(len(full(w)) >= 3 and full(w).isalpha() for w in b.split()): return
    for f, lang, pos in LEGAL_FORMS:
        q = (f + ' ' + tcw(b)) if pos == 'front' else (tcw(b) + ' ' + f)
        yield '%s form' % lang, f + (' in front' if pos == 'front' else ''), f, q

def longest(ws): return max(range(len(ws)), key=lambda i: (len(ws[i]) if plain(ws[i]) else 0, -i))
def g_punct(n, city):
    b, s = split_legal(n); ws = tcw(b).split(' ')
    i = longest(ws); w = ws[i]
    if not plain(w) or len(w) < 5: return
    def mk(nw): return join(' '.join(ws[:i] + [nw] + ws[i+1:]), s)
    if 's' in w.lower():
        j = w.lower().index('s'); yield 'dollar sign for the first s', None, None, mk(w[:j] + '$' + w[j+1:])
    yield 'asterisk after the second letter', None, None, mk(w[:2] + '*' + w[2:])
    yield 'percent sign before the last two letters', None, None, mk(w[:-2] + '%' + w[-2:])
    if len(w) >= 6: yield 'colon after the fourth letter', None, None, mk(w[:4] + ':' + w[4:])

ABBR = [('Mfg.', ['manufacturing']), ('Dev.', ['development']), ('Tech.', ['technology', 'technologies', 'technical']),
        ('Commun.', ['communications', 'communication']), ('Pharm.', ['pharmaceutical', 'pharmaceuticals']),
        ('Petrol.', ['petroleum']), ('Elec.', ['electric', 'electrical', 'electricity']), ('Prod.', ['production', 'products']),
        ('Dept.', ['department']), ('Min.', ['ministry']), ('Fdn.', ['foundation']), ('Assn.', ['association']),
        ('Ind.', ['industries', 'industrial', 'industry']), ('Lab.', ['laboratory', 'laboratories']), ('Mktg.', ['marketing'])]
def g_abbr(n, city):
    d = display(n); ws = d.split(' ')
    for ab, longs in ABBR:
        for i, w in enumerate(ws):
            if w.lower().strip(',') in longs:
                yield 'short form', '%s for %s' % (ab, w.lower().strip(',')), ab, ' '.join(ws[:i] + [ab] + ws[i+1:]); break

def g_typo(n, city):
    b, s = split_legal(n); ws = tcw(b).split(' ')
    i = longest(ws); w = ws[i]
    if not plain(w) or len(w) < 5: return
    def mk(nw, k=i): return join(' '.join(ws[:k] + [nw] + ws[k+1:]), s)
    if 'o' in w[1:]: j = w.index('o', 1); yield 'OCR 0 for o', None, None, mk(w[:j] + '0' + w[j+1:])
    for k, x in enumerate(ws):
        if plain(x) and 'h' in x[1:]:
            j = x.index('h', 1); yield 'OCR li for h', None, None, mk(x[:j] + 'li' + x[j+1:], k); break
    if 's' in w[1:]: j = w.index('s', 1); yield 'd typed for s', None, None, mk(w[:j] + 'd' + w[j+1:])
    if 'i' in w[1:]: j = w.index('i', 1); yield 'u typed for i', None, None, mk(w[:j] + 'u' + w[j+1:])
    yield 'last letter of the longest word dropped', None, None, mk(w[:-1])
    if w[2].lower() != w[3].lower(): yield 'third letter of the longest word doubled', None, None, mk(w[:3] + w[2].lower() + w[3:])

def rewrite(w, rules):
    lo, out, i = w.lower(), '', 0
    V = 'aeiou'
    while i < len(lo):
        for pat, rep in rules:
            p = pat.split('|')[0]; cond = pat.split('|')[1] if '|' in pat else ''
            if lo.startswith(p, i):
                nxt = lo[i + len(p)] if i + len(p) < len(lo) else ''
                if cond == 'V' and not (nxt and nxt in V): continue
                if cond == 'EI' and not (nxt and nxt in 'eiy'): continue
                if cond == 'NV' and nxt and nxt in V: continue
                out += rep; i += len(p); break
        else:
            out += lo[i]; i += 1
    return out
PL = [('sh', 'sz'), ('ch', 'cz'), ('kh', 'ch'), ('zh', 'ż'), ('ck', 'k'), ('ph', 'f'), ('th', 't'), ('ts', 'c'), ('ee', 'i'), ('oo', 'u'),
      ('j', 'dż'), ('v', 'w'), ('w', 'ł'), ('q', 'k'), ('x', 'ks'), ('c|EI', 's'), ('c', 'k'), ('y|V', 'j')]
CZ = [('sh', 'š'), ('ch', 'č'), ('kh', 'ch'), ('zh', 'ž'), ('ck', 'k'), ('ph', 'f'), ('th', 't'), ('ts', 'c'), ('ee', 'í'), ('oo', 'ú'),
      ('j', 'dž'), ('w', 'v'), ('q', 'kv'), ('c|EI', 's'), ('c', 'k'), ('y|V', 'j')]
def translit(n, rules):
    b, s = split_legal(n); out = []
    for w in tcw(b).split(' '):
        if not plain(w) or len(w) <= 2 or full(w) in LEGAL or (w.isupper() and len(w) <= 4): out.append(w); continue
        r = rewrite(w, rules); out.append(r[:1].upper() + r[1:] if w[:1].isupper() else r)
    return join(' '.join(out), s)
def g_translit(n, city):
    yield 'Polish-style spelling', None, None, translit(n, PL)
    yield 'Czech-style spelling', None, None, translit(n, CZ)

TR = {
 'Welsh': dict(bank='Banc', shipping='Llongau', trade='Masnach', industries='Diwydiannau', industry='Diwydiant', investment='Buddsoddiad', oil='Olew', development='Datblygu', services='Gwasanaethau', energy='Ynni', ministry='Gweinidogaeth'),
 'Scottish Gaelic': dict(bank='Banca', shipping='Luingearachd', trade='Malairt', industries='Gnìomhachasan', investment='Tasgadh', oil='Ola', development='Leasachadh', services='Seirbheisean', energy='Lùth', ministry='Ministrealachd'),
 'Icelandic': dict(bank='Banki', shipping='Skipafélag', trade='Verslun', industries='Iðnaður', investment='Fjárfesting', oil='Olía', development='Þróun', services='Þjónusta', energy='Orka', ministry='Ráðuneyti'),
 'Maltese': dict(shipping='Tbaħħir', trade='Kummerċ', industries='Industriji', investment='Investiment', oil='Żejt', development='Żvilupp', services='Servizzi', energy='Enerġija', ministry='Ministeru'),
 'Galician': dict(bank='Banco', shipping='Navieira', trade='Comercio', industries='Industrias', investment='Investimento', oil='Petróleo', development='Desenvolvemento', services='Servizos', energy='Enerxía', ministry='Ministerio'),
 'Tagalog': dict(shipping='Pagpapadala', trade='Kalakalan', industries='Industriya', investment='Pamumuhunan', oil='Langis', development='Pagpapaunlad', services='Serbisyo', energy='Enerhiya', ministry='Kagawaran'),
 'Hausa': dict(bank='Banki', shipping='Jigilar Kaya', trade='Kasuwanci', industries="Masana'antu", investment='Zuba Jari', oil='Mai', development='Ci Gaba', services='Ayyuka', energy='Makamashi', ministry="Ma'aikata"),
 'Malay': dict(shipping='Perkapalan', trade='Perdagangan', investment='Pelaburan', oil='Minyak', development='Pembangunan', services='Perkhidmatan', energy='Tenaga', ministry='Kementerian'),
 'Sundanese': dict(trade='Dagang', investment='Investasi', oil='Minyak Bumi', development='Pangwangunan', services='Jasa', energy='Énergi', shipping='Pangiriman'),
 'Kinyarwanda': dict(bank='Banki', trade='Ubucuruzi', industries='Inganda', investment='Ishoramari', oil='Amavuta', development='Iterambere', services='Serivisi', energy='Ingufu', ministry='Minisiteri'),
 'Tongan': dict(bank='Pangikē', trade='Fefakatau', oil='Lolo', development='Fakalakalaka', services='Ngāue', energy='Ivi', shipping='Vaka Uta Koloa'),
 'Fijian': dict(bank='Baqe', trade='Veivoli', oil='Waiwai', development='Veivakatorocaketaki', services='Veiqaravi', energy='Kaukauwa', shipping='Waqa Ni Veivoli'),
}
def g_transl(n, city):
    d = display(n); ws = d.split(' ')
    for lang, dic in TR.items():
        for i, w in enumerate(ws):
            lw = w.lower().strip(',')
            if lw in dic:
                yield 'one trade word translated', '%s, %s for %s' % (lang, dic[lw], lw), lang, ' '.join(ws[:i] + [dic[lw]] + ws[i+1:]); break

GEO = [('sh', 'შ'), ('ch', 'ჩ'), ('kh', 'ხ'), ('zh', 'ჟ'), ('gh', 'ღ'), ('ts', 'ც'), ('dz', 'ძ'), ('ph', 'ფ'), ('th', 'თ'), ('ee', 'ი'), ('oo', 'უ'),
       ('a', 'ა'), ('b', 'ბ'), ('g', 'გ'), ('d', 'დ'), ('e', 'ე'), ('v', 'ვ'), ('z', 'ზ'), ('t', 'ტ'), ('i', 'ი'), ('k', 'კ'), ('l', 'ლ'),
       ('m', 'მ'), ('n', 'ნ'), ('o', 'ო'), ('p', 'პ'), ('r', 'რ'), ('s', 'ს'), ('u', 'უ'), ('f', 'ფ'), ('q', 'ყ'), ('j', 'ჯ'), ('h', 'ჰ'),
       ('w', 'ვ'), ('x', 'ქს'), ('y', 'ი'), ('c|EI', 'ს'), ('c', 'კ')]
ARM = [('sh', 'շ'), ('ch', 'չ'), ('kh', 'խ'), ('zh', 'ժ'), ('gh', 'ղ'), ('ts', 'ց'), ('dz', 'ձ'), ('ph', 'ֆ'), ('th', 'թ'), ('ee', 'ի'), ('oo', 'ու'),
       ('a', 'ա'), ('b', 'բ'), ('g', 'գ'), ('d', 'դ'), ('e', 'ե'), ('z', 'զ'), ('t', 'տ'), ('i', 'ի'), ('l', 'լ'), ('k', 'կ'), ('h', 'հ'),
       ('m', 'մ'), ('y|V', 'յ'), ('y', 'ի'), ('n', 'ն'), ('o', 'ո'), ('p', 'պ'), ('j', 'ջ'), ('r', 'ր'), ('s', 'ս'), ('v', 'վ'), ('w', 'վ'),
       ('u', 'ու'), ('f', 'ֆ'), ('q', 'ք'), ('x', 'քս'), ('c|EI', 'ս'), ('c', 'կ')]
def script_words(n):
    ws = []
    for w in re.split(r'[\s\-/]+', n):
        f = full(w)
        for t in f.split():
            if t in FILLER or not t.isalpha() or not t.isascii(): continue
            t = re.sub(r'(.)\1+', r'\1', t); ws.append(t)
    return ws
def g_script(n, city):
    ws = script_words(n)
    if not (1 <= len(ws) <= 4) or (len(ws) == 1 and len(ws[0]) < 7): return
    yield 'Georgian Mkhedruli', None, None, ' '.join(rewrite(w, GEO) for w in ws)
    yield 'Armenian', None, None, ' '.join(rewrite(w, ARM) for w in ws)

UNITS = [('Welsh', 'cangen yn', 'mid'), ('Scottish Gaelic', 'meur ann an', 'mid'), ('Icelandic', 'útibú í', 'mid'),
         ('Maltese', 'fergħa fil-belt ta', 'mid'), ('Galician', 'filial en', 'mid'), ('Tagalog', 'sangay sa', 'mid'),
         ('Hausa', 'reshe a', 'mid'), ('Malay', 'cawangan di', 'mid'), ('Kinyarwanda', 'ishami rya', 'mid'),
         ('Fijian', 'tabana e', 'mid'), ('English', 'regional depot', 'after'), ('English', 'field office', 'after'),
         ('Tongan', "va'a 'i", 'mid')]
def g_pvs(n, city):
    b, s = split_legal(n)
    if not city or not any(len(full(w)) >= 3 and full(w).isalpha() for w in b.split()): return
    d = display(n)
    for lang, u, pos in UNITS:
        q = (d + ' ' + city + ' ' + u) if pos == 'after' else (d + ' ' + u + ' ' + city)
        yield 'branch unit word at the add.csv city', '%s %s' % (lang, u), u, q

MESSY = [('SQL WHERE clause', "SELECT * FROM parties WHERE name = '{U}' AND city = '{c}';"),
         ('HTML table cells', '<tr><td>{d}</td><td>{c}</td><td>to screen</td></tr>'),
         ('syslog line', 'Mar 02 10:41:07 kyc01 screen[2231]: lookup party="{d}" city="{c}" status=queued'),
         ('INI section on one line', '[counterparty] name={d} city={c} checked=no'),
         ('shell export line', 'export SCREEN_PARTY="{U}" SCREEN_CITY="{c}"'),
         ('quoted CSV line', '"{d}","{c}","pending"'),
         ('Welsh chat', 'Allwch chi wirio {d} yn {c} cyn i ni dalu?'),
         ('Scottish Gaelic chat', "An urrainn dhut sgrùdadh a dhèanamh air {d} ann an {c}?"),
         ('Icelandic chat', 'Geturðu athugað {d} í {c} áður en við greiðum?'),
         ('Maltese chat', "Tista tiċċekkja lil {d} mill-belt ta {c} qabel ma nħallsu?"),
         ('Galician chat', 'Podes comprobar {d} en {c} antes de pagar?'),
         ('Tagalog chat', 'Pakisuri naman ang {d} sa {c} bago tayo magbayad.')]
def g_messy(n, city):
    b, s = split_legal(n)
    if not city or not any(len(full(w)) >= 3 and full(w).isalpha() for w in b.split()): return
    for t, tpl in MESSY:
        yield 'messy template', t, t, tpl.format(U=n, d=display(n), c=city)

def g_aka(n, city): return iter(())
GEN = dict(partial=g_partial, word_order=g_word_order, case=g_case, legal_form=g_legal, punctuation=g_punct, abbreviation=g_abbr,
           typo=g_typo, transliteration=g_translit, translation=g_transl, script=g_script, parent_vs_subsidiary=g_pvs, messy=g_messy)
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}
