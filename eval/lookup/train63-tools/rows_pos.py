"""Programmatic positive candidate generators (my own shapes) plus a few hand-written rows.
Each generator yields (query, variant) for an entity e."""
import re
from lib import FILLER, full
LEGAL = re.compile(r'(,?\s*(?<![A-Za-z])(Y\s+CIA\.?|S\.?\s?A\.?\s*DE\s*C\.?\s?V\.?|S\.?\s?DE\s*R\.?\s?L\.?(\s*DE\s*C\.?\s?V\.?)?|S\.?\s?A\.?\s?S\.?|S\.?\s?A\.?|LTDA\.?|LIMITADA|S\.?\s?C\.?\s?S\.?|E\.?\s?U\.?|INC\.?|CORP\.?|LTD\.?|LIMITED|LLC|C\.?\s?A\.?|S\.?\s?R\.?\s?L\.?|S\.?\s?EN\s?C\.?(\s?S\.?)?|CIA\.?))+\s*$', re.I)
SMALL = {'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'of', 'the', 'and', 'en'}
def tc(s):
    out = []
    for i, w in enumerate(s.split(' ')):
        lw = w.lower()
        if i and lw in SMALL: out.append(lw)
        elif re.fullmatch(r'([A-Za-z]\.)+,?', w): out.append(w.upper())
        else:
            lw2 = w.lower(); k = next((j for j, ch in enumerate(lw2) if ch.isalpha()), 0)
            out.append(lw2[:k] + lw2[k:k+1].upper() + lw2[k+1:])
    return ' '.join(out)
def strip_legal(n):
    m = LEGAL.search(n)
    return (n[:m.start()].rstrip(' ,'), n[m.start():].strip(' ,')) if m and m.start() > 0 else (n, '')
def content_idx(ws):
    return [i for i, w in enumerate(ws) if full(w) and full(w) not in FILLER and len(full(w)) > 2]

def g_partial(n, e, D):
    base, lf = strip_legal(n); ws = base.split()
    ci = content_idx(ws)
    if len(ci) < 3: return
    for pos, lab in ((ci[-1], 'last content word'), (ci[0], 'first content word'), (ci[len(ci)//2], 'middle content word')):
        q = ' '.join(w for i, w in enumerate(ws) if i != pos)
        yield tc(q + ((' ' + lf) if lf else '')), '%s %s dropped' % (lab, tc(ws[pos]))

def g_word_order(n, e, D):
    base, lf = strip_legal(n); ws = base.split()
    if lf:
        yield tc(lf + ' ' + base), 'legal form moved to the front'
    ci = content_idx(ws)
    if len(ci) >= 2 and ws[ci[-1]-1].lower() not in SMALL:
        q = ws[ci[-1]:ci[-1]+1] + [w for i, w in enumerate(ws) if i != ci[-1]]
        yield tc(' '.join(q) + ((', ' + lf) if lf else '')), 'last word moved to the front'
        a, b = ci[0], ci[1]
        q = list(ws); q[a], q[b] = q[b], q[a]
        yield tc(' '.join(q) + ((' ' + lf) if lf else '')), 'first two content words swapped'

FORMS = [('Poland', 'sp.j.'), ('Finland', 'Ky'), ('Estonia', 'OÜ'), ('Latvia', 'SIA'), ('Lithuania', 'UAB'),
         ('Hungary', 'Kft.'), ('Bulgaria', 'EOOD'), ('Greece', 'I.K.E.'), ('Denmark', 'ApS'),
         ('Netherlands', 'V.O.F.'), ('Spain', 'S.L.U.'), ('Indonesia', 'PT … Tbk')]
def g_legal_form(n, e, D):
    base, lf = strip_legal(n)
    for c, f in FORMS:
        if f == 'PT … Tbk': yield 'PT ' + tc(base) + ' Tbk', 'form of %s: PT … Tbk' % c
        else: yield tc(base) + ' ' + f, 'form of %s: %s' % (c, f)

NTILDE = ['COMPANIA', 'MONTANA', 'ESPANA', 'CANA', 'SENOR', 'NINO', 'DISENO', 'SUENO', 'CAMPANA', 'CABANA', 'ANO', 'PEQUENO', 'DUENO', 'PINA', 'VINA', 'LENA', 'SANTAFENA', 'MUNOZ', 'IBANEZ', 'NUNEZ', 'PENA', 'ZUNIGA', 'ACUNA', 'BANOS', 'CANON', 'ARANA', 'PATINO', 'ORDONEZ', 'MONTANES']
def g_punctuation(n, e, D):
    t = tc(n); ws = t.split(' ')
    for i, w in enumerate(ws):
        if w.upper().strip(',.') in NTILDE:
            k = w.lower().rfind('n', 0, len(w) - 1)
            for j in range(len(w) - 2, 0, -1):
                if w[j] in 'nN' and w[j+1].lower() in 'aeiou':
                    ws2 = list(ws); ws2[i] = w[:j+1] + '~' + w[j+1:]
                    yield ' '.join(ws2), 'ASCII tilde typed after the n of %s' % w; break
    for i, w in enumerate(ws):
        if len(w) >= 9 and w.isalpha():
            h = len(w) // 2
            ws2 = list(ws); ws2[i] = w[:h] + '-\n' + w[h:]
            yield ' '.join(ws2), 'PDF line-break hyphen inside %s' % w; break
    if ' Y ' in ' ' + n + ' ':
        yield re.sub(r'\by\b', '&amp;', t), 'HTML entity &amp; for y'
    for i, w in enumerate(ws):
        if 'o' in w[1:] and len(w) >= 5:
            j = w.index('o', 1); ws2 = list(ws); ws2[i] = w[:j] + '°' + w[j+1:]
            yield ' '.join(ws2), 'degree sign for o in %s' % w; break
    for i, w in enumerate(ws):
        if 'c' in w[1:] and len(w) >= 5:
            j = w.index('c', 1); ws2 = list(ws); ws2[i] = w[:j] + '¢' + w[j+1:]
            yield ' '.join(ws2), 'cent sign for c in %s' % w; break

ABBR = {'INVERSIONES': 'Inv.', 'COMERCIAL': 'Com.', 'COMERCIALIZADORA': 'Comerc.', 'GRUPO': 'Gpo.', 'INDUSTRIAS': 'Inds.',
        'INDUSTRIAL': 'Ind.', 'DISTRIBUIDORA': 'Distr.', 'TRANSPORTES': 'Transp.', 'EMPRESA': 'Emp.', 'SOCIEDAD': 'Sdad.',
        'ADMINISTRADORA': 'Admora.', 'PRODUCTOS': 'Prods.', 'CONSTRUCTORA': 'Cnstra.', 'AGROPECUARIA': 'Agrop.',
        'GANADERA': 'Gan.', 'IMPORTADORA': 'Imp.', 'EXPORTADORA': 'Exp.', 'SERVICIOS': 'Svcs.', 'ASESORES': 'Ases.',
        'CONSULTORES': 'Cons.', 'MATERIALES': 'Mats.', 'INTERNACIONAL': 'Intl.', 'INMOBILIARIA': 'Inm.',
        'DESARROLLOS': 'Dsrlls.', 'CONSTRUCCIONES': 'Cnstrs.', 'AGRICOLA': 'Agr.', 'HOTEL': 'Htl.', 'DROGUERIA': 'Drog.',
        'FARMACIA': 'Fcia.', 'ASOCIADOS': 'Asocs.', 'TECNOLOGIA': 'Tecnol.', 'PROMOTORA': 'Promra.', 'AVICOLA': 'Avic.'}
def g_abbreviation(n, e, D):
    ws = tc(n).split(' ')
    for i, w in enumerate(ws):
        a = ABBR.get(w.upper().strip(','))
        if a:
            ws2 = list(ws); ws2[i] = a + (',' if w.endswith(',') else '')
            yield ' '.join(ws2), '%s abbreviated %s' % (w.strip(','), a)

ARM = dict(a='ա', b='բ', g='գ', d='դ', e='ե', z='զ', i='ի', l='լ', k='կ', h='հ', m='մ', y='յ', n='ն', o='օ', p='պ', j='ջ', r='ր', s='ս', v='վ', t='տ', f='ֆ', u='ու', c='ց', q='ք', w='վ', x='քս')
ARM2 = dict(sh='շ', ch='չ', kh='խ', gh='ղ', zh='ժ', ts='ծ')
CYR = dict(a='а', b='б', v='в', g='г', d='д', e='е', z='з', i='і', y='ы', k='к', l='л', m='м', n='н', o='о', p='п', r='р', s='с', t='т', u='у', f='ф', h='х', c='к', j='дж', q='к', w='ў', x='кс')
CYR2 = dict(sh='ш', ch='ч', kh='х', zh='ж', ts='ц', ya='я', yo='ё', yu='ю', gh='г')
KAZ = dict(CYR, i='и', y='й', w='у', q='қ', h='һ'); KAZ2 = dict(CYR2, gh='ғ', kh='х')
MON = dict(CYR, i='и', y='й', w='в', u='у', o='о'); MON2 = dict(CYR2, ts='ц')
TIF = dict(a='ⴰ', b='ⴱ', g='ⴳ', d='ⴷ', e='ⴻ', f='ⴼ', k='ⴽ', h='ⵀ', i='ⵉ', j='ⵊ', l='ⵍ', m='ⵎ', n='ⵏ', u='ⵓ', o='ⵓ', r='ⵔ', s='ⵙ', t='ⵜ', w='ⵡ', y='ⵢ', z='ⵣ', q='ⵇ', p='ⴱ', v='ⴼ', c='ⴽ', x='ⴽⵙ')
TIF2 = dict(sh='ⵛ', kh='ⵅ', gh='ⵖ', ch='ⵞ')
def translit(s, one, two):
    s = s.lower(); out = ''; i = 0
    while i < len(s):
        if s[i:i+2] in two: out += two[s[i:i+2]]; i += 2; continue
        ch = s[i]; out += one.get(ch, ch if not ch.isalpha() else ''); i += 1
    return out
DV = dict(k='क', g='ग', c='क', j='ज', t='त', d='द', n='न', p='प', b='ब', m='म', y='य', r='र', l='ल', v='व', w='व', s='स', h='ह', f='फ़', z='ज़', q='क़', x='क्स')
DV2 = dict(sh='श', kh='ख़', gh='ग़', ch='च', th='थ', ph='फ', bh='भ', dh='ध')
DVV = dict(a=('अ', ''), aa=('आ', 'ा'), i=('इ', 'ि'), ee=('ई', 'ी'), u=('उ', 'ु'), oo=('ऊ', 'ू'), e=('ए', 'े'), o=('ओ', 'ो'), ai=('ऐ', 'ै'), au=('औ', 'ौ'))
def deva(s):
    out = []
    for w in s.lower().split():
        w = re.sub('[^a-z]', '', w); r = ''; i = 0; prevc = False
        while i < len(w):
            v = next((x for x in ('aa', 'ee', 'oo', 'ai', 'au') if w.startswith(x, i)), None) or (w[i] if w[i] in 'aeiouy' and (w[i] != 'y' or False) else None)
            if v and v in DVV:
                r += DVV[v][1] if prevc else DVV[v][0]; i += len(v); prevc = False; continue
            c2 = w[i:i+2]
            c = DV2.get(c2); L = 2
            if not c: c = DV.get(w[i], ''); L = 1
            if prevc: r += '्'
            r += c; i += L; prevc = True
        out.append(r)
    return ' '.join(out)
SCRIPTS = [('Armenian', lambda s: translit(s, ARM, ARM2)), ('Belarusian Cyrillic', lambda s: translit(s, CYR, CYR2)),
           ('Kazakh Cyrillic', lambda s: translit(s, KAZ, KAZ2)), ('Mongolian Cyrillic', lambda s: translit(s, MON, MON2)),
           ('Devanagari (Hindi)', deva), ('Neo-Tifinagh', lambda s: translit(s, TIF, TIF2))]
SCRIPT_PLAN = ['Armenian', 'Armenian', 'Armenian', 'Belarusian Cyrillic', 'Belarusian Cyrillic', 'Kazakh Cyrillic', 'Kazakh Cyrillic',
               'Mongolian Cyrillic', 'Devanagari (Hindi)', 'Devanagari (Hindi)', 'Neo-Tifinagh']
def g_script(n, e, D, which):
    f = dict(SCRIPTS)[which]
    base, lf = strip_legal(n)
    q = f(re.sub(r'[^A-Za-z ]', ' ', base))
    q = ' '.join(q.split())
    if q: yield q, '%s phonetic rendering (mine) of %s' % (which, tc(base))

def g_translit(n, e, D, style):
    t = tc(n)
    if style == 'French':
        q = re.sub(r'sh', 'ch', t); q = re.sub(r'Sh', 'Ch', q)
        q = re.sub(r'(?<![oO])u', 'ou', q); q = re.sub(r'\bU', 'Ou', q)
        q = re.sub(r'j', 'dj', q); q = re.sub(r'\bJ', 'Dj', q)
        v = 'French-style (ch for sh, ou for u, dj for j)'
    else:
        q = t.replace('sh', 'ş').replace('Sh', 'Ş').replace('ch', 'ç').replace('Ch', 'Ç')
        q = re.sub(r'j', 'c', q); q = re.sub(r'\bJ', 'C', q)
        q = q.replace('kh', 'h').replace('Kh', 'H').replace('w', 'v').replace('W', 'V')
        v = 'Turkish-style (ş for sh, ç for ch, c for j, h for kh, v for w)'
    ENG = {'shipping', 'blue', 'law', 'exchange', 'off-shore', 'offshore', 'raceview', 'grace', 'transfer', 'software', 'fresh', 'fish', 'cash', 'church', 'sun', 'union', 'future', 'bush', 'washington', 'new', 'world', 'power', 'way', 'airways', 'west', 'jewel', 'network', 'wholesale', 'chemical', 'chemicals', 'technology'}
    changed = [a.lower() for a, b in zip(t.split(' '), q.split(' ')) if a != b]
    if q != t and not any(c in ENG for c in changed) and len(t.split(' ')) == len(q.split(' ')): yield q, v

TR = {
 'Finnish': dict(company='yhtiö', trading='kauppa', shipping='varustamo', industries='teollisuus', industry='teollisuus', engineering='insinööritoimisto', bank='pankki', investment='sijoitus', development='kehitys', construction='rakennus', services='palvelut', organization='järjestö', foundation='säätiö', institute='instituutti', oil='öljy', transport='kuljetus', exchange='vaihto', electronics='elektroniikka', group='konserni', charity='hyväntekeväisyys'),
 'Estonian': dict(company='ettevõte', trading='kaubandus', shipping='laevandus', industries='tööstus', industry='tööstus', engineering='inseneeria', bank='pank', investment='investeering', development='arendus', construction='ehitus', services='teenused', organization='organisatsioon', foundation='sihtasutus', institute='instituut', oil='nafta', transport='transport', exchange='vahetus', electronics='elektroonika'),
 'Hungarian': dict(company='vállalat', trading='kereskedelmi', shipping='hajózási', industries='ipari', industry='ipari', engineering='mérnöki', bank='bank', investment='befektetési', development='fejlesztési', construction='építőipari', services='szolgáltatások', organization='szervezet', foundation='alapítvány', institute='intézet', oil='olaj', exchange='pénzváltó', electronics='elektronikai'),
 'Esperanto': dict(company='kompanio', trading='komerco', shipping='ŝipkompanio', industries='industrioj', industry='industrio', engineering='inĝenierado', bank='banko', investment='investo', development='disvolvigo', construction='konstruado', services='servoj', organization='organizo', foundation='fondaĵo', institute='instituto', oil='nafto', exchange='ŝanĝo', electronics='elektroniko', charity='bonfarado'),
 'Catalan': dict(company='companyia', trading='comerç', shipping='navilieres', industries='indústries', industry='indústria', engineering='enginyeria', bank='banc', investment='inversió', development='desenvolupament', construction='construcció', services='serveis', organization='organització', foundation='fundació', institute='institut', oil='petroli', exchange='canvi', electronics='electrònica'),
 'Latin': dict(company='societas', trading='mercatura', shipping='navigatio', industries='industriae', industry='industria', engineering='machinatio', bank='argentaria', investment='collocatio', development='progressio', construction='aedificatio', services='ministeria', organization='ordo', foundation='fundatio', institute='institutum', oil='oleum', exchange='permutatio', charity='caritas'),
 'Faroese': dict(company='felag', trading='handil', shipping='skipafelag', industries='ídnaður', industry='ídnaður', engineering='verkfrøði', bank='banki', investment='íløga', development='menning', construction='bygging', services='tænastur', organization='felagsskapur', foundation='grunnur', institute='stovnur', oil='olja'),
 'Scottish Gaelic': dict(company='companaidh', trading='malairt', shipping='luingeis', industries='gnìomhachasan', industry='gnìomhachas', engineering='innleadaireachd', bank='banca', investment='tasgadh', development='leasachadh', construction='togail', services='seirbheisean', organization='buidheann', foundation='stèidheachd', institute='institiud', oil='ola'),
 'Occitan': dict(company='companhiá', trading='comèrci', shipping='naviera', industries='industrias', industry='industria', engineering='engenhariá', bank='banca', investment='investiment', development='desvolopament', construction='construccion', services='servicis', organization='organizacion', foundation='fondacion', institute='institut', oil='petròli'),
 'Yoruba': dict(company='ilé-iṣẹ́', trading='òwò', shipping='ọkọ̀ ojú omi', industries='ilé-iṣẹ́ ẹ̀rọ', industry='ilé-iṣẹ́ ẹ̀rọ', bank='ilé ìfowópamọ́', investment='ìdókòwò', development='ìdàgbàsókè', construction='ìkọ́lé', services='iṣẹ́', organization='àjọ', foundation='ìpìlẹ̀', oil='epo'),
 'Xhosa': dict(company='inkampani', trading='urhwebo', shipping='ukuthutha ngenqanawa', industries='amashishini', industry='ishishini', engineering='ubunjineli', bank='ibhanki', investment='utyalo-mali', development='uphuhliso', construction='ulwakhiwo', services='iinkonzo', organization='umbutho', foundation='isiseko', oil='ioli'),
 'Dutch': dict(company='maatschappij', trading='handel', shipping='scheepvaart', industries='industrieën', industry='industrie', engineering='ingenieursbureau', bank='bank', investment='investering', development='ontwikkeling', construction='bouw', services='diensten', organization='organisatie', foundation='stichting', institute='instituut', oil='olie', exchange='wisselkantoor', electronics='elektronica', charity='liefdadigheid'),
}
def g_translation(n, e, D, lang):
    base, lf = strip_legal(n); ws = re.findall(r"[A-Za-z'\-]+|[^A-Za-z'\-\s]+", base)
    dic = TR[lang]; out = []; hit = 0
    for w in ws:
        t = dic.get(w.lower())
        if t: out.append(t); hit += (w.lower() not in FILLER)
        else: out.append(tc(w))
    if hit and sum(1 for w in ws if w.lower() in dic) >= 1:
        yield re.sub(r'\( ', '(', re.sub(r' \)', ')', ' '.join(out))), 'into %s (mine, literal)' % lang

UNITS = ['Finnish sivuliike', 'Hungarian fióktelep', 'Estonian filiaal', 'Catalan sucursal', 'spare parts store', 'call centre',
         'showroom', 'customs brokerage office', 'training centre', 'cold store', 'regional headquarters', 'Esperanto filio']
def city_of(D, e):
    for a, c, k in D.addr.get(e, []):
        toks = []
        for t in c.replace('-0-', '').replace(',', ' ').split():
            if any(ch.isdigit() for ch in t): break
            toks.append(t)
        while toks and len(toks) > 1 and len(toks[-1]) <= 3: toks.pop()
        c2 = ' '.join(toks)
        if c2 and len(c2) < 25: return c2.title(), (k or '').title()
    return None, None
def g_branch(n, e, D, unit):
    city, ctry = city_of(D, e)
    if not city: return
    t = tc(n); u = unit.split(' ', 1)[1] if unit.split(' ')[0] in ('Finnish', 'Hungarian', 'Estonian', 'Catalan', 'Esperanto') else unit
    if unit.startswith('Catalan'): q = '%s – sucursal de %s' % (t, city)
    elif unit.startswith('Esperanto'): q = '%s, filio en %s' % (t, city)
    elif unit.split(' ')[0] in ('Finnish', 'Hungarian', 'Estonian'): q = '%s %s %s' % (t, city, u)
    else: q = '%s %s, %s' % (t, u, city)
    yield q, 'unit: %s at the add.csv place %s (%s)' % (unit, city, ctry)

def g_typo(n, e, D, shape):
    t = tc(n); ws = t.split(' ')
    for i, w in enumerate(ws):
        if len(w) < 6 or not w.isalpha(): continue
        if shape == 'transposed letters':
            j = len(w) // 2; q = w[:j] + w[j+1] + w[j] + w[j+2:]
        elif shape == 'OCR 0 for o':
            if 'o' not in w: continue
            q = w.replace('o', '0', 1)
        elif shape == 'OCR 5 for S':
            if not w.startswith('S'): continue
            q = '5' + w[1:]
        elif shape == 'vv for w':
            if 'w' not in w.lower(): continue
            q = w.replace('w', 'vv', 1).replace('W', 'Vv', 1)
        elif shape == 'space dropped':
            if i + 1 >= len(ws) or not ws[i+1].isalpha() or full(ws[i+1]) in FILLER: continue
            ws2 = ws[:i] + [w + ws[i+1].lower()] + ws[i+2:]; yield ' '.join(ws2), 'space dropped between %s and %s' % (w, ws[i+1]); return
        if q != w:
            ws2 = list(ws); ws2[i] = q; yield ' '.join(ws2), '%s in %s' % (shape, w); return
TYPO_PLAN = ['transposed letters'] * 4 + ['OCR 0 for o'] * 2 + ['OCR 5 for S'] * 2 + ['vv for w'] * 2 + ['space dropped'] * 2

def g_case(n, e, D, shape):
    t = tc(n); ws = t.split(' ')
    if shape == 'caps-lock inverted title case':
        yield t.swapcase(), shape
    else:
        if len(ws) < 2: return
        yield ws[0].lower() + ' ' + ' '.join(ws[1:]).upper(), shape
CASE_PLAN = ['caps-lock inverted title case'] * 7 + ['first word lower, rest upper'] * 5

MESSY = [
 ('TOML table', lambda t, c, k: '[supplier]\nname = "%s"\ncity = "%s"\n' % (t, c)),
 ('EDIFACT NAD segment', lambda t, c, k: "NAD+SU+++%s+%s++%s'" % (t.upper().replace(',', ''), c.upper(), (k or 'XX')[:2].upper())),
 ('HTML table cell', lambda t, c, k: '<tr><td class="vendor">%s</td><td>%s</td></tr>' % (t, c)),
 ('git commit message', lambda t, c, k: 'fix(vendors): update billing address for %s (%s)' % (t, c)),
 ('Excel formula', lambda t, c, k: '=VLOOKUP("%s";Suppliers!A:D;2;FALSE)' % t),
 ('telex with STOP', lambda t, c, k: 'ATTN COMPLIANCE STOP PLS SCREEN %s %s STOP RGDS' % (t.upper(), c.upper())),
 ('WhatsApp forward', lambda t, c, k: '*Forwarded*\nhi, new client %s from %s wants a quote 🙏' % (t, c)),
 ('cheque memo line', lambda t, c, k: 'PAY TO THE ORDER OF: %s   MEMO: inv 4471 %s' % (t, c)),
 ('invoice line with VAT number', lambda t, c, k: 'Bill to: %s, %s — VAT no. pending — Net 30' % (t, c)),
 ('Finnish chat', lambda t, c, k: 'voisitko tarkistaa %s (%s) ennen lähetystä?' % (t, c)),
 ('Hungarian chat', lambda t, c, k: 'megnéznéd a %s céget (%s) a szállítás előtt?' % (t, c)),
 ('German chat', lambda t, c, k: 'kannst du %s aus %s vor der Zahlung kurz prüfen?' % (t, c)),
]
def g_messy(n, e, D, i):
    city, ctry = city_of(D, e)
    if not city: return
    lab, f = MESSY[i]
    yield f(tc(n), city, ctry), '%s (%s)' % (lab, city)

HAND = [('script', '利達(香港)國際貿易有限公司', 15616, 'traditional Chinese characters (my guess; the simplified form was an earlier query) for Leader (Hong Kong) International Trading Limited')]
