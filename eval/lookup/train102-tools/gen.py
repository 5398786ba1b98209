"""train102 generators: one per positive kind, shapes, items and helpers (written from scratch)."""
import re, unicodedata
import lib
from lib import full, STOP

LEGAL_TRAIL = set("""sa sas ltda ltd limited llc inc co corp corporation company gmbh ag kg sl srl ca eu scs sc spr rl cv cia pte pvt plc bv nv
sarl sal fze fzco fzc fz llp lp jsc ojsc cjsc pjsc oao zao ooo tov ao pao sro doo dd ab oy spa sac saic pty bhd sdn kft zrt ltee lda
eood ead ehf hf aps asa oyj sacv sapi cs sccl sapa""".split())
SMALL = set('para con por en for sociedad acciones simplificada anonima limitada sobre sus entre with from into'.split())
ROMAN = re.compile(r'^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$')

def legal_tok(t):
    if t == '&':
        return True
    if re.fullmatch(r'[A-Za-z]\.,?', t):
        return True
    ws = full(t).split()
    return bool(ws) and all(w in LEGAL_TRAIL for w in ws)

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if legal_tok(t) and not (t == '&' and i == len(toks)):
            i -= 1; continue
        if t.upper() in ('DE', 'EN') and i < len(toks) and i - 1 > 0 and legal_tok(toks[i - 2]):
            i -= 1; continue
        if t.upper() == 'Y' and i < len(toks) and full(toks[i]).startswith('cia'):
            i -= 1; continue
        break
    body, legal = toks[:i], toks[i:]
    while legal and legal[0] == '&':
        body.append(legal.pop(0))
    return body, legal

def is_roman(t):
    t = t.strip(',')
    return bool(t) and len(t) <= 4 and bool(ROMAN.match(t))

def kept_upper(t):
    s = t.rstrip(',')
    if re.fullmatch(r'([A-Za-z]\.)+', s):
        return True
    if is_roman(s) and s.isupper():
        return True
    if re.fullmatch(r'[BCDFGHJKLMNPQRSTVWXZ]{2,4}', s):
        return True
    return False

def tc(t):
    if kept_upper(t):
        return t
    out, prev, prev2 = [], '', ''
    for ch in t:
        if ch.isalpha():
            low = prev.isalnum() or (prev in lib.APOS and prev2.isalpha())
            out.append(ch.lower() if low else ch.upper())
        else:
            out.append(ch)
        prev2, prev = prev, ch
    return ''.join(out)

def display_parts(name):
    body, legal = split_legal(name)
    return [tc(t) for t in body], legal

def display(name):
    b, l = display_parts(name)
    return ' '.join(b + l)

def plain(t):
    s = t.rstrip(',')
    return s.isascii() and s.isalpha()

def is_name_word(t):
    s = t.rstrip(',')
    return plain(s) and len(s) >= 3 and s.lower() not in STOP and s.lower() not in SMALL and not (s.isupper() and is_roman(s))

def title_ok(w):
    s = w.rstrip(',')
    return s[:1].isupper() and s[1:] == s[1:].lower()

# ---------------------------------------------------------------- case
CASE_SHAPES = ['first and last letter of each word upper, the rest lower',
               'every third letter of each word (3rd, 6th, ...) upper, the rest lower',
               'the last word lower, the rest upper']

def _case_word(w, shape):
    letters = [i for i, c in enumerate(w) if c.isalpha()]
    out = list(w.lower())
    if shape == 0 and letters:
        out[letters[0]] = out[letters[0]].upper(); out[letters[-1]] = out[letters[-1]].upper()
    if shape == 1:
        for n, i in enumerate(letters):
            if (n + 1) % 3 == 0:
                out[i] = out[i].upper()
    return ''.join(out)

def gen_case(data, ent, name):
    toks = name.split()
    res = []
    for s in range(2):
        res.append((CASE_SHAPES[s], '', ' '.join(_case_word(w, s) for w in toks)))
    if len(toks) >= 2:
        res.append((CASE_SHAPES[2], '', ' '.join([w.upper() for w in toks[:-1]] + [toks[-1].lower()])))
    return res

# ---------------------------------------------------------------- word order
WO_SHAPES = ['name words stably sorted by vowel count, most first',
             'name words stably sorted by their second letter, z to a',
             'name words stably sorted by their first vowel, a to z (words without a vowel last)']

def _first_vowel(w):
    for c in w.lower():
        if c in 'aeiou':
            return c
    return '{'

def gen_word_order(data, ent, name):
    body, legal = split_legal(name)
    b = [t.rstrip(',') if i == len(body) - 1 else t for i, t in enumerate(body)]
    if not all(plain(t) for t in b):
        return []
    pos = [i for i, t in enumerate(b) if is_name_word(t)]
    if len(pos) < 3:
        return []
    words = [b[i] for i in pos]
    keys = [lambda w: -sum(c in 'aeiou' for c in w.lower()),
            lambda w: [-ord(w.lower()[1])],
            lambda w: _first_vowel(w)]
    res = []
    for s, k in enumerate(keys):
        new = sorted(words, key=k)
        if new == words:
            continue
        nb = list(b)
        for i, w in zip(pos, new):
            nb[i] = w
        res.append((WO_SHAPES[s], '', ' '.join([tc(t) for t in nb] + legal)))
    return res

# ---------------------------------------------------------------- partial
PA_SHAPES = ['all name words but the last, legal form kept',
             'the last two name words, legal form dropped',
             'name words of at least six letters, legal form kept']

def gen_partial(data, ent, name):
    body, legal = split_legal(name)
    if any(t in ('/', '-', '&', '+') for t in body):
        return []
    words = [tc(t.rstrip(',')) for t in body if is_name_word(t)]
    if len(words) < 3:
        return []
    res = []
    cands = [(words[:-1], True), (words[-2:], False), ([w for w in words if len(w) >= 6], True)]
    for s, (ws, keep) in enumerate(cands):
        if len(ws) >= len(words) or len(ws) < 2:
            continue
        res.append((PA_SHAPES[s], '', ' '.join(ws + (legal if keep else []))))
    return res

# ---------------------------------------------------------------- legal form
LEGAL_ITEMS = [('Danish `I/S`', 'I/S', 'end'), ('Norwegian `DA`', 'DA', 'end'), ('Swedish `HB`', 'HB', 'end'),
               ('German `eG`', 'eG', 'end'), ('German `KGaA`', 'KGaA', 'end'), ('Polish `sp.j.`', 'sp.j.', 'end'),
               ('Czech `z.s.`', 'z.s.', 'end'), ('Bulgarian `EOOD`', 'EOOD', 'end'), ('Georgian `Sh.P.S.`', 'Sh.P.S.', 'end'),
               ('Chilean `SpA`', 'SpA', 'end'), ('Peruvian `E.I.R.L.`', 'E.I.R.L.', 'end'),
               ('Mongolian `KhK` (in front)', 'KhK', 'front'), ('Indonesian `CV` (in front)', 'CV', 'front'),
               ('Spanish `S.L.L.`', 'S.L.L.', 'end'), ('French `SCOP`', 'SCOP', 'end'), ('Brazilian `EIRELI`', 'EIRELI', 'end'),
               ('Japanese `Y.K.`', 'Y.K.', 'end')]
LEGAL_SHAPES = [x[0] for x in LEGAL_ITEMS]

def legal_body(name):
    body, legal = split_legal(name)
    b = [t.rstrip(',') if i == len(body) - 1 else t for i, t in enumerate(body)]
    if not any(plain(t) and len(t.rstrip(',')) >= 3 for t in b):
        return None
    if any(legal_tok(t) or '.' in t for t in b):
        return None
    return ' '.join(tc(t) for t in b)

def gen_legal_form(data, ent, name):
    body = legal_body(name)
    if not body:
        return []
    return [(lab, '', (f + ' ' + body) if p == 'front' else (body + ' ' + f)) for lab, f, p in LEGAL_ITEMS]

# ---------------------------------------------------------------- punctuation and typo (word edits)
PU_SHAPES = ['`!` for the first i after the first letter of the longest name word that has one',
             '`¢` for the first c after the first letter of the longest name word that has one',
             '`|` after the second letter of the longest name word',
             '`%` after the fifth letter of the longest name word']
PU_SIGNS = '!¢|%'
TY_SHAPES = ['OCR `cl` for d', 'OCR `7` for t', '`n` typed for m', '`f` typed for g',
             'second letter of the longest word doubled', 'fourth letter of the longest word dropped']

def _edit_words(name):
    b, l = display_parts(name)
    idx = [i for i, t in enumerate(b) if is_name_word(t) and title_ok(t)]
    return b, l, idx

def _longest(b, idx, pred):
    best = None
    for i in idx:
        w = b[i].rstrip(',')
        if pred(w) and (best is None or len(w) > len(b[best].rstrip(','))):
            best = i
    return best

def _apply(b, l, i, neww):
    nb = list(b)
    tail = ',' if nb[i].endswith(',') else ''
    nb[i] = neww + tail
    return ' '.join(nb + l)

def _letter_edit(b, l, idx, letter, rep):
    i = _longest(b, idx, lambda w: letter in w[1:])
    if i is None:
        return None
    w = b[i].rstrip(',')
    j = w.index(letter, 1)
    return w, _apply(b, l, i, w[:j] + rep + w[j + 1:])

def gen_punctuation(data, ent, name):
    if any(c in name for c in PU_SIGNS):
        return []
    b, l, idx = _edit_words(name)
    res = []
    for s, (letter, rep) in enumerate([('i', '!'), ('c', '¢')]):
        r = _letter_edit(b, l, idx, letter, rep)
        if r:
            res.append((PU_SHAPES[s], 'in ' + r[0], r[1]))
    i = _longest(b, idx, lambda w: len(w) >= 4)
    if i is not None:
        w = b[i].rstrip(',')
        res.append((PU_SHAPES[2], 'in ' + w, _apply(b, l, i, w[:2] + '|' + w[2:])))
    i = _longest(b, idx, lambda w: len(w) >= 7)
    if i is not None:
        w = b[i].rstrip(',')
        res.append((PU_SHAPES[3], 'in ' + w, _apply(b, l, i, w[:5] + '%' + w[5:])))
    return res

def gen_typo(data, ent, name):
    b, l, idx = _edit_words(name)
    res = []
    for s, (letter, rep) in enumerate([('d', 'cl'), ('t', '7'), ('m', 'n'), ('g', 'f')]):
        r = _letter_edit(b, l, idx, letter, rep)
        if r:
            res.append((TY_SHAPES[s], 'in ' + r[0], r[1]))
    i = _longest(b, idx, lambda w: len(w) >= 4)
    if i is not None:
        w = b[i].rstrip(',')
        res.append((TY_SHAPES[4], 'in ' + w, _apply(b, l, i, w[:2] + w[1] + w[2:])))
    i = _longest(b, idx, lambda w: len(w) >= 5)
    if i is not None:
        w = b[i].rstrip(',')
        res.append((TY_SHAPES[5], 'in ' + w, _apply(b, l, i, w[:3] + w[4:])))
    return res

# ---------------------------------------------------------------- abbreviation
ABBR = [('MANAGEMENT', 'Mgmt.'), ('SERVICES', 'Svcs.'), ('INDUSTRIES', 'Inds.'), ('MARITIME', 'Marit.'), ('CONTRACTORS', 'Contrs.'),
        ('AIRLINES', 'Airl.'), ('AVIATION', 'Avn.'), ('OPERATIONS', 'Ops.'), ('CENTER', 'Ctr.'), ('CENTRE', 'Cntr.'), ('ELECTRIC', 'Elec.'),
        ('COMMERCIAL', 'Cmcl.'), ('BRIGADE', 'Brig.'), ('INVESTMENT', 'Invt.'), ('MANUFACTURING', 'Mfg.'), ('RAILWAY', 'Rly.'),
        ('SOLUTIONS', 'Sols.'), ('FACTORY', 'Fcty.'), ('ESTABLISHMENT', 'Estab.'), ('AGENCY', 'Agcy.'), ('FOREIGN', 'Fgn.'),
        ('BUREAU', 'Bur.'), ('OFFICE', 'Ofc.'), ('DIRECTORATE', 'Dirte.'), ('COUNCIL', 'Cncl.'), ('COMMITTEE', 'Cttee.'),
        ('ASSOCIATION', 'Assn.'), ('MARKET', 'Mkt.'), ('STATION', 'Sta.'), ('REFINERY', 'Refy.'), ('TRANSPORT', 'Tpt.'),
        ('TECHNOLOGY', 'Technol.'), ('EQUIPMENT', 'Eqpt.'), ('ORGANIZATION', 'Orgn.'), ('MOVEMENT', 'Mvmt.'), ('NETWORK', 'Ntwk.'),
        ('MINING', 'Mng.'), ('METALS', 'Mtls.'), ('CHEMICALS', 'Chems.'), ('PROJECTS', 'Projs.'), ('TRAVEL', 'Trvl.'),
        ('RESEARCH', 'Rsch.'), ('DEVELOPMENT', 'Devt.'), ('ENGINEERING', 'Eng.'), ('SECURITY', 'Secur.'), ('EXCHANGE', 'Xchg.'),
        ('INMOBILIARIA', 'Inmob.'), ('COMERCIAL', 'Comerc.'), ('CONSTRUCCIONES', 'Const.'), ('CONSTRUCTORA', 'Constra.'),
        ('DISTRIBUIDORA', 'Distr.'), ('INVERSIONES', 'Inv.'), ('TRANSPORTES', 'Tptes.'), ('SERVICIOS', 'Servs.'),
        ('ADMINISTRADORA', 'Admin.'), ('ASOCIADOS', 'Asocs.'), ('PRODUCTOS', 'Prod.'), ('MATERIALES', 'Mat.'), ('MAQUINARIA', 'Maq.'),
        ('AUTOMOTORES', 'Autom.'), ('COMBUSTIBLES', 'Comb.'), ('ESTACION', 'Estac.'), ('CONSULTORES', 'Consult.'), ('EDITORIAL', 'Edit.'),
        ('CENTRO', 'Ctro.'), ('COLOMBIA', 'Col.'), ('HOTELES', 'Htls.'), ('COMERCIALIZADORA', 'Comercializ.'), ('EMPRESA', 'Empr.'),
        ('CAMBIOS', 'Camb.'), ('FINANCIERA', 'Financ.'), ('TEXTILES', 'Texts.'), ('ARTESANIAS', 'Artes.'), ('EXPORTADORA', 'Exportad.')]
ABBR = [(w, a) for w, a in ABBR if a not in ('Consult.', 'Comercializ.')]  # forms named by train100
ABBR_MAP = dict(ABBR)
ABBR_FORMS = [a for _, a in ABBR]

def gen_abbreviation(data, ent, name):
    body, legal = split_legal(name)
    res = []
    for i, t in enumerate(body):
        w = t.rstrip(',').upper()
        if w in ABBR_MAP and plain(t):
            a = ABBR_MAP[w]
            nb = [tc(x) for x in body]
            nb[i] = a + (',' if t.endswith(',') else '')
            res.append(('short form', '`%s` for %s' % (a, w), ' '.join(nb + legal)))
    return res

# ---------------------------------------------------------------- transliteration
def _scan(w, rules, ctx):
    out, i = [], 0
    while i < len(w):
        r = ctx(w, i)
        if r:
            out.append(r[0]); i += r[1]; continue
        for k, v in rules:
            if w.startswith(k, i):
                out.append(v); i += len(k); break
        else:
            out.append(w[i]); i += 1
    return ''.join(out)

V = 'aeiou'
HU_RULES = [('tion', 'ció'), ('tch', 'cs'), ('sh', 's'), ('ch', 'cs'), ('kh', 'h'), ('zh', 'zs'), ('ph', 'f'), ('th', 't'),
            ('qu', 'kv'), ('ck', 'k'), ('ts', 'c'), ('tz', 'c'), ('ee', 'í'), ('oo', 'ú'), ('x', 'ksz'), ('j', 'dzs'),
            ('w', 'v'), ('q', 'k'), ('s', 'sz')]

def _hu_ctx(w, i):
    c = w[i]
    nx = w[i + 1] if i + 1 < len(w) else ''
    if c == 'c' and not w.startswith('ch', i):
        return ('sz', 1) if nx in ('e', 'i', 'y') else ('k', 1)
    if c == 'y':
        return ('j', 1) if nx in V and nx else ('i', 1)
    return None

PT_RULES = [('tion', 'ção'), ('tch', 'tch'), ('sh', 'x'), ('ch', 'tch'), ('kh', 'rr'), ('zh', 'j'), ('ph', 'f'), ('th', 't'),
            ('gh', 'g'), ('ck', 'k'), ('ee', 'i'), ('oo', 'u'), ('w', 'u'), ('j', 'dj')]

def _pt_ctx(w, i):
    c = w[i]
    nx = w[i + 1] if i + 1 < len(w) else ''
    if c == 'k' and not w.startswith('kh', i):
        return ('qu', 1) if nx in ('e', 'i') else ('c', 1)
    if c == 'q' and nx != 'u':
        return ('c', 1)
    if c == 'y':
        return ('i', 1)
    if c == 'c' and w.startswith('ck', i):
        return ('c', 2) if (w[i + 2:i + 3] not in ('e', 'i')) else ('qu', 2)
    return None

TR_SHAPES = ['Hungarian-style spelling', 'Portuguese-style spelling']

def _tr_word(t, shape):
    if kept_upper(t) or not t.rstrip(',').replace('-', '').isalpha() or not t.isascii():
        return t
    parts = t.rstrip(',').split('-')
    out = []
    for p in parts:
        if len(p) <= 4 or p.lower() in STOP:
            out.append(tc(p)); continue
        low = p.lower()
        n = _scan(low, HU_RULES, _hu_ctx) if shape == 0 else _scan(low, PT_RULES, _pt_ctx)
        out.append(n[:1].upper() + n[1:])
    return '-'.join(out) + (',' if t.endswith(',') else '')

def gen_transliteration(data, ent, name):
    body, legal = split_legal(name)
    res = []
    for s in range(2):
        q = ' '.join([_tr_word(t, s) for t in body] + legal)
        res.append((TR_SHAPES[s], '', q))
    return res

# ---------------------------------------------------------------- translation
DICT = {
 'Welsh': 'shipping=Llongau oil=Olew gas=Nwy petroleum=Petroliwm industries=Diwydiannau industry=Diwydiant industrial=Diwydiannol construction=Adeiladu investment=Buddsoddi investments=Buddsoddiadau development=Datblygu airlines=Awyrennau aviation=Hedfan transport=Trafnidiaeth electronics=Electroneg engineering=Peirianneg commercial=Masnachol services=Gwasanaethau steel=Dur mining=Mwyngloddio insurance=Yswiriant energy=Ynni chemical=Cemegol foundation=Sefydliad exchange=Cyfnewid marine=Morol technology=Technoleg electricity=Trydan power=Pwer agency=Asiantaeth research=Ymchwil security=Diogelwch tourism=Twristiaeth media=Cyfryngau army=Byddin',
 'Scottish Gaelic': 'shipping=Luingearachd oil=Ola industries=Gniomhachasan industry=Gnìomhachas industrial=Gnìomhachasach construction=Togail investment=Tasgadh development=Leasachadh airlines=Companaidh-adhair transport=Còmhdhail electronics=Eileagtronaig engineering=Innleadaireachd commercial=Malairteach services=Seirbheisean steel=Stàilinn mining=Mèinnearachd insurance=Àrachas energy=Lùth chemical=Ceimigeach foundation=Bunait exchange=Iomlaid marine=Mara technology=Teicneolas electricity=Dealan power=Cumhachd agency=Buidheann research=Rannsachadh security=Tèarainteachd tourism=Turasachd media=Meadhanan',
 'Basque': 'shipping=Itsasontziak oil=Olioa petroleum=Petrolioa industries=Industriak construction=Eraikuntza investment=Inbertsioa investments=Inbertsioak development=Garapena airlines=Aire-lineak aviation=Abiazioa transport=Garraioa electronics=Elektronika engineering=Ingeniaritza commercial=Merkataritza services=Zerbitzuak steel=Altzairua mining=Meatzaritza insurance=Aseguruak energy=Energia chemical=Kimika foundation=Fundazioa exchange=Trukea marine=Itsas technology=Teknologia electricity=Elektrizitatea power=Indarra agency=Agentzia research=Ikerketa security=Segurtasuna tourism=Turismoa army=Armada',
 'Maltese': 'shipping=Tbaħħir oil=Żejt petroleum=Petroleju industries=Industriji industry=Industrija construction=Kostruzzjoni investment=Investiment investments=Investimenti development=Żvilupp airlines=Linji-tal-Ajru aviation=Avjazzjoni transport=Trasport electronics=Elettronika engineering=Inġinerija commercial=Kummerċjali services=Servizzi steel=Azzar mining=Minjieri insurance=Assigurazzjoni energy=Enerġija chemical=Kimiku foundation=Fondazzjoni exchange=Kambju marine=Marittimu technology=Teknoloġija electricity=Elettriku power=Qawwa agency=Aġenzija research=Riċerka security=Sigurtà',
 'Icelandic': 'shipping=Siglingar oil=Olía industries=Iðnaður industry=Iðnaður industrial=Iðnaðar construction=Byggingar investment=Fjárfesting investments=Fjárfestingar development=Þróun airlines=Flugfélag aviation=Flug transport=Flutningar electronics=Rafeindatækni engineering=Verkfræði commercial=Viðskipta services=Þjónusta steel=Stál mining=Námuvinnsla insurance=Tryggingar energy=Orka chemical=Efna foundation=Sjóður exchange=Skipti marine=Sjávar technology=Tækni electricity=Rafmagn power=Afl agency=Umboð research=Rannsóknir security=Öryggi tourism=Ferðaþjónusta media=Miðlar army=Her',
 'Faroese': 'shipping=Sigling oil=Olja industries=Ídnaður industry=Ídnaður construction=Bygging investment=Íløga investments=Íløgur development=Menning airlines=Flogfelag aviation=Flogferðsla transport=Flutningur electronics=Elektronikkur engineering=Verkfrøði commercial=Handils services=Tænastur steel=Stál mining=Námsvinna insurance=Trygging energy=Orka foundation=Grunnur exchange=Umbýti marine=Havs technology=Tøkni electricity=Ravmagn power=Megi agency=Stovnur research=Gransking security=Trygd tourism=Ferðavinna army=Herur',
 'Lithuanian': 'shipping=Laivyba oil=Nafta petroleum=Naftos industries=Pramonė industry=Pramonė industrial=Pramoninis construction=Statyba investment=Investicijos investments=Investicijos development=Plėtra airlines=Avialinijos aviation=Aviacija transport=Transportas electronics=Elektronika engineering=Inžinerija commercial=Komercinis services=Paslaugos steel=Plienas mining=Kasyba insurance=Draudimas energy=Energija chemical=Chemijos foundation=Fondas exchange=Mainai marine=Jūrų technology=Technologijos electricity=Elektra power=Galia agency=Agentūra research=Tyrimai security=Saugumas tourism=Turizmas army=Kariuomenė',
 'Slovene': 'shipping=Ladjarstvo oil=Nafta petroleum=Naftni industries=Industrije industry=Industrija construction=Gradbeništvo investment=Naložbe investments=Naložbe development=Razvoj airlines=Letalska aviation=Letalstvo transport=Prevoz electronics=Elektronika engineering=Inženiring commercial=Komercialni services=Storitve steel=Jeklo mining=Rudarstvo insurance=Zavarovanje energy=Energija chemical=Kemija foundation=Fundacija exchange=Menjalnica marine=Pomorski technology=Tehnologija electricity=Elektrika power=Moč agency=Agencija research=Raziskave security=Varnost tourism=Turizem army=Vojska',
 'Albanian': 'shipping=Lundrimi oil=Nafta petroleum=Nafte industries=Industritë construction=Ndërtim investment=Investime investments=Investime development=Zhvillim airlines=Linjat-Ajrore aviation=Aviacion electronics=Elektronikë engineering=Inxhinieri commercial=Tregtare services=Shërbime steel=Çelik mining=Miniera insurance=Sigurime energy=Energji chemical=Kimike foundation=Fondacioni exchange=Këmbim marine=Detare technology=Teknologji electricity=Elektrike power=Fuqi agency=Agjenci research=Kërkime security=Siguri tourism=Turizëm army=Ushtria',
 'Tagalog': 'shipping=Pagpapadala oil=Langis industries=Industriya construction=Pagtatayo investment=Pamumuhunan investments=Pamumuhunan development=Pagpapaunlad airlines=Eroplano aviation=Abyasyon transport=Transportasyon electronics=Elektroniks engineering=Inhinyeriya commercial=Komersiyal services=Serbisyo steel=Asero mining=Pagmimina insurance=Seguro energy=Enerhiya chemical=Kemikal foundation=Pundasyon exchange=Palitan marine=Pandagat technology=Teknolohiya electricity=Kuryente power=Lakas agency=Ahensiya research=Pananaliksik security=Seguridad tourism=Turismo army=Hukbo',
 'Oromo': 'shipping=Doonii oil=Zayita industries=Industirii construction=Ijaarsa investment=Invastimantii development=Misooma airlines=Xiyyaara transport=Geejjiba services=Tajaajila steel=Sibiila mining=Albuuda insurance=Inshuraansii energy=Humna foundation=Hundee exchange=Jijjiirraa marine=Galaanaa technology=Teeknooloojii electricity=Ibsaa power=Aangoo agency=Ejensii research=Qorannoo security=Nageenya army=Waraana commercial=Daldalaa',
 'Cebuano': 'shipping=Pagpadala oil=Lana industries=Industriya construction=Pagtukod investment=Pamuhunan development=Kalamboan airlines=Ayroplano transport=Transportasyon services=Serbisyo steel=Puthaw mining=Pagmina insurance=Seguro energy=Kusog exchange=Bayloanay marine=Dagat technology=Teknolohiya electricity=Kuryente power=Gahom research=Panukiduki security=Seguridad army=Kasundalohan commercial=Komersyal',
 'Javanese': 'shipping=Pelayaran oil=Lenga construction=Pambangunan investment=Investasi development=Pangembangan transport=Angkutan services=Layanan steel=Waja mining=Tambang energy=Energi exchange=Ijolan marine=Segara technology=Teknologi electricity=Listrik power=Daya research=Panaliten security=Keamanan army=Tentara commercial=Dagang',
 'Wolof': 'shipping=Gaal oil=Diw construction=Tabax development=Yokkute airlines=Roppalaan services=Liggeey energy=Doole power=Doole marine=Geej security=Kaaraange army=Xarekat commercial=Njaay',
}
TRANS_LANGS = list(DICT)
TDICT = {lang: dict(p.split('=', 1) for p in s.split()) for lang, s in DICT.items()}

def gen_translation(data, ent, name):
    body, legal = split_legal(name)
    res = []
    for lang in TRANS_LANGS:
        d = TDICT[lang]
        for i, t in enumerate(body):
            w = t.rstrip(',').lower()
            if w in d and plain(t):
                tr = d[w].replace('-', ' ') if lang in ('Albanian', 'Maltese') else d[w]
                ft, fw = full(tr).replace(' ', ''), w
                if ft == fw or ft.startswith(fw) or fw.startswith(ft):
                    continue
                nb = [tc(x) for x in body]
                nb[i] = tr + (',' if t.endswith(',') else '')
                res.append((lang, '`%s` for %s' % (tr, w.upper()), ' '.join(nb + legal)))
                break
    return res

# ---------------------------------------------------------------- script
def _U(n):
    return unicodedata.lookup(n)

TIF = {k: _U('TIFINAGH LETTER ' + v) for k, v in dict(a='YA', b='YAB', d='YAD', e='YEY', f='YAF', g='YAG', h='YAH', i='YI', j='YAJ',
       k='YAK', l='YAL', m='YAM', n='YAN', o='YO', p='YAP', q='YAQ', r='YAR', s='YAS', t='YAT', u='YU', v='YAV', w='YAW', Y='YAY',
       z='YAZ', sh='YASH', ch='YACH', kh='YAKH', gh='YAGH', th='YATH', dh='YADH', zh='YAZH', ph='YAF').items()}
ADL = {k: _U('ADLAM SMALL LETTER ' + v) for k, v in dict(a='ALIF', b='BA', d='DAALI', e='E', f='FA', g='GA', h='HA', i='I', j='JIIM',
       k='KAF', l='LAAM', m='MIIM', n='NUN', o='O', p='PE', q='QAAF', r='RA', s='SINNYIIYHE', t='TU', u='U', v='VA', w='WAW', Y='YA',
       z='ZAL', sh='SHA', ch='CHI', kh='KHA', gh='GA', th='TU', dh='DHA', zh='JIIM', ph='FA').items()}
SCRIPTS = {'Tifinagh': (TIF, 0x2D30, 0x2D7F), 'Adlam': (ADL, 0x1E900, 0x1E95F)}
SC_SHAPES = list(SCRIPTS)

def script_words(name):
    body, legal = split_legal(name)
    ws = []
    for t in body:
        t = t.rstrip(',')
        if "'" in t or '"' in t or any(c.isdigit() for c in t) or not t.isascii() or '.' in t:
            continue
        for p in t.split('-'):
            if p and p.isalpha() and p.lower() not in STOP:
                ws.append(p.lower())
    if not (1 <= len(ws) <= 4):
        return None
    if len(ws) == 1 and len(ws[0]) < 7:
        return None
    return ws

def _render(w, table):
    w = w.replace('ck', 'k')
    w = re.sub(r'(.)\1', r'\1', w)
    out, i = [], 0
    while i < len(w):
        dg = w[i:i + 2]
        if dg in ('sh', 'ch', 'kh', 'gh', 'th', 'dh', 'zh', 'ph'):
            out.append(table[dg]); i += 2; continue
        c = w[i]; nx = w[i + 1] if i + 1 < len(w) else ''
        if c == 'c':
            out.append(table['s'] if nx in ('e', 'i', 'y') else table['k'])
        elif c == 'y':
            out.append(table['Y'] if nx in V and nx else table['i'])
        elif c == 'x':
            out.append(table['k'] + table['s'])
        else:
            out.append(table[c])
        i += 1
    return ''.join(out)

def gen_script(data, ent, name):
    ws = script_words(name)
    if not ws:
        return []
    return [(s, '', ' '.join(_render(w, SCRIPTS[s][0]) for w in ws)) for s in SC_SHAPES]

def script_errors(q, shape):
    _, lo, hi = SCRIPTS[shape]
    bad = [c for c in q if c != ' ' and not (lo <= ord(c) <= hi)]
    return ['foreign code points %r' % ''.join(bad[:5])] if bad else []

# ---------------------------------------------------------------- parent / messy
UNITS = [('Welsh `cangen yn`', 'cangen yn', 'before'), ('Scottish Gaelic `meur ann an`', 'meur ann an', 'before'),
         ('Basque `sukurtsala` (after the city)', 'sukurtsala', 'after'), ("Maltese `fergħa f'`", "fergħa f'", 'before'),
         ('Icelandic `útibú í`', 'útibú í', 'before'), ('Faroese `deild í`', 'deild í', 'before'),
         ('Lithuanian `filialas` (after the city)', 'filialas', 'after'), ('Slovene `podružnica v`', 'podružnica v', 'before'),
         ('Albanian `degë në`', 'degë në', 'before'), ('Tagalog `sangay sa`', 'sangay sa', 'before'),
         ('Oromo `damee`', 'damee', 'before'), ('Cebuano `sanga sa`', 'sanga sa', 'before'),
         ('Javanese `cabang ing`', 'cabang ing', 'before')]
UNIT_SHAPES = [u[0] for u in UNITS]

def gen_parent(data, ent, name):
    city = data.city(ent)
    if not city:
        return []
    d = display(name)
    res = []
    for lab, u, pos in UNITS:
        if u.endswith("'"):
            q = '%s %s%s' % (d, u, city)
        else:
            q = ('%s %s %s' % (d, u, city)) if pos == 'before' else ('%s %s %s' % (d, city, u))
        res.append((lab, 'city ' + city, q))
    return res

MESSY = [('Haskell record', 'Party { partyName = "{N}", partyCity = "{C}" }'),
         ('Elixir keyword list', '[party_name: "{N}", city: "{C}", screen: true]'),
         ('PowerShell hashtable', '@{ PartyName = "{N}"; City = "{C}"; Check = $true }'),
         ('Go struct literal', 'Party{Name: "{N}", City: "{C}"}'),
         ('Protobuf text format', 'party { name: "{N}" city: "{C}" }'),
         ('Cypher query', 'MATCH (p:Party {name: "{N}", city: "{C}"}) RETURN p'),
         ('chat in Welsh', 'ydy {N} yn {C} ar y rhestr sancsiynau?'),
         ('chat in Scottish Gaelic', 'a bheil {N} ann an {C} air an liosta smachd-bhannan?'),
         ('chat in Basque', '{N} ({C}) zigor-zerrendan dago?'),
         ('chat in Maltese', "il-kumpanija {N} ta' {C} hija fil-lista tas-sanzjonijiet?"),
         ('chat in Icelandic', 'er {N} í {C} á þvingunarlistanum?'),
         ('chat in Faroese', 'er {N} í {C} á revsilistanum?'),
         ('F# record', '{ Name = "{N}"; City = "{C}" }'),
         ('chat in Lithuanian', 'ar {N} iš {C} yra sankcijų sąraše?')]
MESSY_SHAPES = [m[0] for m in MESSY]

def gen_messy(data, ent, name):
    city = data.city(ent)
    if not city or '"' in name:
        return []
    d = display(name)
    return [(lab, 'city ' + city, t.replace('{N}', d).replace('{C}', city)) for lab, t in MESSY]

# ---------------------------------------------------------------- aka
def gen_aka(data, ent, name):
    return [('own aka alias', 'alt_num %d' % a['alt_num'], a['name']) for a in data.alts.get(ent, []) if a['type'].lower() == 'aka']

GEN = {'case': gen_case, 'word_order': gen_word_order, 'partial': gen_partial, 'legal_form': gen_legal_form,
       'punctuation': gen_punctuation, 'abbreviation': gen_abbreviation, 'aka': gen_aka, 'typo': gen_typo,
       'transliteration': gen_transliteration, 'translation': gen_translation, 'script': gen_script,
       'parent_vs_subsidiary': gen_parent, 'messy': gen_messy}
SHAPES = {'case': CASE_SHAPES, 'word_order': WO_SHAPES, 'partial': PA_SHAPES, 'legal_form': LEGAL_SHAPES, 'punctuation': PU_SHAPES,
          'abbreviation': ['short form'], 'aka': ['own aka alias'], 'typo': TY_SHAPES, 'transliteration': TR_SHAPES,
          'translation': TRANS_LANGS, 'script': SC_SHAPES, 'parent_vs_subsidiary': UNIT_SHAPES, 'messy': MESSY_SHAPES}
# rows allowed per shape; item kinds: each item once
QUOTA = {'case': 4, 'word_order': 4, 'partial': 4, 'legal_form': 1, 'punctuation': 3, 'abbreviation': 12, 'aka': 12, 'typo': 2,
         'transliteration': 6, 'translation': 1, 'script': 6, 'parent_vs_subsidiary': 1, 'messy': 1}
ITEM_KINDS = {'legal_form', 'translation', 'parent_vs_subsidiary', 'messy', 'abbreviation', 'aka'}
NARC_ONLY = {'case', 'word_order', 'partial', 'legal_form', 'punctuation'}
KINDS = ['case', 'word_order', 'partial', 'legal_form', 'punctuation', 'abbreviation', 'aka', 'typo', 'transliteration',
         'translation', 'script', 'parent_vs_subsidiary', 'messy']

def variant(shape, detail):
    return shape + (' (%s)' % detail if detail else '')

def item_key(kind, shape, detail):
    """The item that may be used only once (abbreviation: the short form; aka: the alt_num)."""
    if kind == 'abbreviation':
        return detail.split('`')[1]
    if kind == 'aka':
        return detail
    return shape

def shape_of(kind, var):
    for s in sorted(SHAPES[kind], key=len, reverse=True):
        if var == s or var.startswith(s + ' ('):
            d = var[len(s):]
            return s, (d[2:-1] if d else '')
    return None, None
