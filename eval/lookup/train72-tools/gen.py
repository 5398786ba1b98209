"""train72 generators: one per kind, each yields (shape, detail, query) from an SDN name. Written from scratch."""
import re
from lib import full, FILLER

FORMS = ['S.A. DE C.V.', 'S. DE R.L. DE C.V.', 'S.A.S.', 'S.A.', 'SA', 'LTDA.', 'LTDA', 'LIMITADA', 'CO., LTD.', 'CO. LTD.',
         'CO., LTD', 'CO LTD', 'LTD.', 'LTD', 'LIMITED', 'LLC', 'L.L.C.', 'INC.', 'INC', 'CORP.', 'CORPORATION', 'COMPANY',
         'CO.', 'S.R.L.', 'SRL', 'GMBH', 'C.A.', 'S.A.C.', 'E.U.', 'S.L.', 'SAS', 'FZE', 'FZCO', 'FZC', 'PLC', 'B.V.', 'N.V.',
         'AG', 'E.I.R.L.', 'S.C.', 'CIA. LTDA.', 'S. EN C.', 'S.A.R.L.', 'SARL', 'LLP', 'JSC', 'OJSC', 'CJSC', 'PJSC',
         'SPA', 'S.P.A.', 'D.O.O.', 'DOO', 'A.S.', 'PTE. LTD.', 'PTY LTD', 'SDN BHD', 'SDN. BHD.', 'K.K.', 'AB', 'OY', 'LDA',
         'LTDA. DE C.V.', 'Y CIA. LTDA.', 'Y CIA LTDA.', 'CIA LTDA.', 'Y CIA. S.C.S.', 'S.C.S.', 'S.P.R. DE R.L.', 'Y CIA. S. EN C.', 'S.A. DE C.V', 'S.A.C.I.', 'C.I.', 'S. EN C.S.']
FORMS.sort(key=len, reverse=True)

def split_form(name):
    n = name.strip()
    for f in FORMS:
        for sep in (', ', ' '):
            if n.upper().endswith(sep + f):
                return n[:-(len(f) + len(sep))].rstrip(' ,'), n[-len(f):]
    return n, ''

def tcw(w):
    return w[:1].upper() + w[1:].lower() if w else w

def tc(s):
    return ' '.join('-'.join(tcw(p) for p in w.split('-')) for w in s.split())

def join(body, form):
    return f'{body} {form}'.strip()

def plain_words(body):
    ws = body.split()
    return ws if all(re.fullmatch(r'[A-Za-z]+', w) for w in ws) else None

def _edge(ws):
    ws = list(ws)
    while ws and ws[0].lower() in FILLER: ws.pop(0)
    while ws and ws[-1].lower() in FILLER: ws.pop()
    return ws

# ---------- partial (new: last name word dropped form kept; first word dropped form kept; first+last only form kept)
def partial(name):
    body, form = split_form(name)
    ws = plain_words(body)
    if not ws or len(ws) < 4: return
    yield 'last name word dropped, legal form kept', '', join(tc(' '.join(_edge(ws[:-1]))), form)
    yield 'first name word dropped, legal form kept', '', join(tc(' '.join(_edge(ws[1:]))), form)
    yield 'only the first and last name words, legal form kept', '', join(tc(ws[0] + ' ' + ws[-1]), form)

# ---------- word_order (new: full reverse; first word to the end; legal form moved to the front)
def word_order(name):
    body, form = split_form(name)
    ws = plain_words(body)
    if not ws or len(ws) < 2 or any(w.lower() in FILLER or len(w) < 3 for w in ws): return
    yield 'name words fully reversed', '', join(tc(' '.join(ws[::-1])), form)
    yield 'first name word moved to the end', '', join(tc(' '.join(ws[1:] + ws[:1])), form)
    if form:
        yield 'legal form moved to the front', '', f'{form} {tc(body)}'

# ---------- legal_form (forms none of train69-71 used)
NEW_FORMS = [('Lithuanian', 'UAB'), ('Polish general partnership', 'sp.j.'), ('Swedish trading partnership', 'HB'),
             ('Czech general partnership', 'v.o.s.'), ('Indonesian listed', 'Tbk'), ('Japanese yugen kaisha', 'Y.K.'),
             ('US low-profit', 'L3C'), ('Belgian', 'S.P.R.L.'), ('Norwegian public', 'ASA'), ('Bulgarian joint-stock', 'AD'),
             ('Mexican', 'S.A.P.I. de C.V.'), ('Singapore', 'Pte. Ltd.')]
def legal_form(name):
    body, form = split_form(name)
    for label, f in NEW_FORMS:
        yield 'legal form replaced' if form else 'legal form added', f'{label} {f}', join(tc(body), f)

# ---------- punctuation (new: @ for a; = inside a word; / inside a word; ° for o)
def _inside(w, ch):
    return w[:len(w) // 2] + ch + w[len(w) // 2:]
def punctuation(name):
    body, form = split_form(name)
    t = tc(body); ws = t.split()
    idx = max(range(len(ws)), key=lambda i: len(ws[i]))
    w = ws[idx]
    def rep(nw):
        return join(' '.join(ws[:idx] + [nw] + ws[idx + 1:]), form)
    if 'a' in w[1:]:
        yield '@ for a', '', rep(w[0] + w[1:].replace('a', '@', 1))
    if len(w) >= 5:
        yield '= inside a word', '', rep(_inside(w, '='))
        yield '/ inside a word', '', rep(_inside(w, '/'))
    if 'o' in w[1:]:
        yield '° for o', '', rep(w[0] + w[1:].replace('o', '°', 1))

# ---------- abbreviation (short forms not in train69-71 lists)
ABBR = {'CONSTRUCTION': 'Constr.', 'MANUFACTURING': 'Mfg.', 'DISTRIBUTION': 'Distr.', 'DISTRIBUIDORA': 'Distrib.',
        'PETROLEUM': 'Petr.', 'SCIENTIFIC': 'Sci.', 'AVIATION': 'Aviat.', 'PHARMACEUTICAL': 'Pharm.',
        'EQUIPMENT': 'Equip.', 'GENERAL': 'Gen.', 'MANAGEMENT': 'Mgmt.', 'SYSTEMS': 'Sys.', 'INTERNATIONAL': 'Intl.',
        'INVESTMENT': 'Inv.', 'TRADING': 'Trdg.', 'HOLDINGS': 'Hldgs.', 'TECHNOLOGY': 'Tech.', 'INDUSTRIAL': 'Indl.',
        'PETROCHEMICAL': 'Petrochem.', 'AIRLINES': 'Airl.', 'NAVIGATION': 'Nav.', 'EXPORT': 'Exp.', 'SOCIEDAD': 'Soc.',
        'ELECTRIC': 'Elect.', 'BROTHERS': 'Bros.', 'ASSOCIATES': 'Assocs.', 'LABORATORIES': 'Labs.', 'EXCHANGE': 'Exch.',
        'SECURITY': 'Sec.', 'LOGISTICS': 'Logist.', 'MARINE': 'Mar.', 'ENERGY': 'Enrg.', 'GROUP': 'Grp.', 'HOLDING': 'Hldg.',
        'INDUSTRY': 'Ind.', 'TRAFFICKING': 'Traffkg.', 'CORPORATION': 'Corpn.', 'COMPANIA': 'Cía.', 'INVERSIONES': 'Invs.'}
def abbreviation(name):
    ws = name.split()
    for i, w in enumerate(ws):
        k = w.upper().strip(',')
        if k in ABBR:
            nw = ABBR[k] + (',' if w.endswith(',') else '')
            body, form = split_form(' '.join(ws[:i] + [nw] + ws[i + 1:]))
            yield 'word abbreviated', f'{w.strip(",").title()} -> {ABBR[k]}', join(tc(body), form)

# ---------- script (Greek and Hebrew letter by letter, legal form dropped)
GR_DI = [('th', 'θ'), ('ch', 'χ'), ('kh', 'χ'), ('ph', 'φ'), ('ps', 'ψ'), ('sh', 'σ'), ('ou', 'ου')]
GR = dict(a='α', b='μπ', c='κ', d='ντ', e='ε', f='φ', g='γκ', h='χ', i='ι', j='τζ', k='κ', l='λ', m='μ', n='ν', o='ο',
          p='π', q='κ', r='ρ', s='σ', t='τ', u='ου', v='β', w='ου', x='ξ', y='ι', z='ζ')
HE_DI = [('sh', 'ש'), ('ch', "צ'"), ('kh', 'ח'), ('th', 'ת'), ('ts', 'צ')]
HE = dict(b='ב', c='ק', d='ד', f='פ', g='ג', h='ה', j="ג'", k='ק', l='ל', m='מ', n='נ', p='פ', q='ק', r='ר', s='ס',
          t='ט', v='ו', w='ו', x='קס', y='י', z='ז', i='י', o='ו', u='ו', a='', e='')
HE_START = dict(a='א', e='א', i='אי', o='או', u='או')
HE_FINAL = {'מ': 'ם', 'נ': 'ן', 'פ': 'ף', 'צ': 'ץ'}
def _render(word, di, table, start=None, final=None, greek=False):
    out, i = [], 0
    while i < len(word):
        two = word[i:i + 2]
        d = dict(di).get(two)
        if d:
            out.append(d); i += 2; continue
        c = word[i]
        if c.isdigit(): out.append(c)
        elif i == 0 and start and c in start: out.append(start[c])
        else: out.append(table.get(c, ''))
        i += 1
    s = ''.join(out)
    if greek and s.endswith('σ'): s = s[:-1] + 'ς'
    if final and s and s[-1] in final: s = s[:-1] + final[s[-1]]
    return s
def script(name):
    body, form = split_form(name)
    toks = full(body).split()
    if not toks: return
    g = ' '.join(_render(t, GR_DI, GR, greek=True) for t in toks)
    h = ' '.join(_render(t, HE_DI, HE, HE_START, HE_FINAL) for t in toks)
    yield 'Greek letter by letter', '', g
    yield 'Hebrew letter by letter', '', h

# ---------- transliteration (German-style, Dutch-style)
def _sub(w, pairs):
    out, i = '', 0
    while i < len(w):
        for a, b in pairs:
            if w.startswith(a, i):
                out += b; i += len(a); break
        else:
            out += w[i]; i += 1
    return out
DE = [('sh', 'sch'), ('ch', 'tsch'), ('kh', 'ch'), ('j', 'dsch'), ('y', 'j'), ('v', 'w'), ('w', 'v')]
NL = [('ou', 'oe'), ('sh', 'sj'), ('ch', 'tsj'), ('kh', 'ch'), ('j', 'dj'), ('y', 'j'), ('oo', 'oe'), ('u', 'oe')]
def transliteration(name):
    body, form = split_form(name)
    lw = body.lower()
    yield 'German-style', 'sch for sh, tsch for ch, ch for kh, dsch for j, j for y, w for v, v for w', join(tc(_sub(lw, DE)), form)
    yield 'Dutch-style', 'sj for sh, tsj for ch, ch for kh, dj for j, j for y, oe for u and oo', join(tc(_sub(lw, NL)), form)

# ---------- translation (languages none of train69-71 used)
TR_ORDER = ['BANK', 'TRADING', 'SHIPPING', 'INDUSTRIES', 'INVESTMENT', 'OIL', 'ENGINEERING', 'CONSTRUCTION',
            'SERVICES', 'GROUP', 'COMPANY', 'CORPORATION']
TR = {
 'Italian': 'Banca Commercio Navigazione Industrie Investimento Petrolio Ingegneria Costruzioni Servizi Gruppo Compagnia Società',
 'Portuguese': 'Banco Comércio Navegação Indústrias Investimento Petróleo Engenharia Construção Serviços Grupo Companhia Corporação',
 'Swedish': '- Handel Sjöfart Industrier Investering Olja Teknik Byggnad Tjänster Grupp Företag Koncern',
 'Danish': '- Handel Skibsfart Industrier Investering Olie Ingeniørarbejde Byggeri Tjenester Gruppe Selskab Koncern',
 'Polish': '- Handel Żegluga Przemysł Inwestycje Ropa Inżynieria Budownictwo Usługi Grupa Spółka Korporacja',
 'Slovak': 'Banka Obchod Lodná_doprava Priemysel Investícia Ropa Inžinierstvo Stavebníctvo Služby Skupina Spoločnosť Korporácia',
 'Indonesian': '- Perdagangan Pelayaran Industri Investasi Minyak Teknik Konstruksi Layanan Grup Perusahaan Korporasi',
 'Swahili': 'Benki Biashara Usafirishaji Viwanda Uwekezaji Mafuta Uhandisi Ujenzi Huduma Kikundi Kampuni Shirika',
 'Irish': 'Banc Trádáil Loingseoireacht Tionscail Infheistíocht Ola Innealtóireacht Tógáil Seirbhísí Grúpa Cuideachta Corparáid',
 'Albanian': 'Banka Tregtia Transporti_Detar Industritë Investimi Nafta Inxhinieria Ndërtimi Shërbimet Grupi Kompania Korporata',
 'Azerbaijani': 'Bankı Ticarət Gəmiçilik Sənaye İnvestisiya Neft Mühəndislik Tikinti Xidmətlər Qrupu Şirkəti Korporasiyası',
 'Kurdish (Kurmanji)': '- Bazirganî Keştîvanî Pîşesazî Veberhênan Neft Endezyarî Avakirin Xizmet Kom Şirket Pargîdanî'}
TRD = {lang: dict(zip(TR_ORDER, [x.replace('_', ' ') for x in s.split()])) for lang, s in TR.items()}
def translation(name, lang):
    ws = name.split()
    ups = [w.upper().strip(',.') for w in ws]
    for k in TR_ORDER:
        if k in ups and TRD[lang][k] != '-':
            i = ups.index(k)
            nws = [tc(w) for w in ws]
            nws[i] = TRD[lang][k]
            body, form = split_form(' '.join(nws))
            yield lang, f'{k.lower()} -> {TRD[lang][k]}', join(body, form)
            return

# ---------- parent_vs_subsidiary (new unit words)
UNITS = [("Polish 'oddział w'", '{n} Oddział w {c}'), ("Czech 'pobočka'", '{n} pobočka {c}'),
         ("Portuguese 'filial em'", '{n} filial em {c}'), ("Greek romanised 'ypokatastima'", '{n} Ypokatastima {c}'),
         ("Albanian 'dega'", '{n} Dega {c}'), ("Irish 'brainse'", '{n} Brainse {c}'),
         ("Azerbaijani 'filialı'", '{n} {c} filialı'), ("Thai romanised 'sakha'", '{n} Sakha {c}'),
         ("Arabic romanised 'far''", "{n} Far' {c}"), ('representative office', '{n} Representative Office {c}'),
         ('distribution centre', '{n} Distribution Centre {c}'), ('training centre', '{n} Training Centre {c}')]
def parent(name, city, unit):
    label, fmt = unit
    yield 'unit at the add.csv city', f'{label}, {city}', fmt.format(n=tc(name), c=tc(city))

# ---------- typo (new shapes)
def typo(name):
    body, form = split_form(name)
    t = tc(body); ws = t.split()
    idx = max(range(len(ws)), key=lambda i: len(ws[i])); w = ws[idx]
    def rep(nw): return join(' '.join(ws[:idx] + [nw] + ws[idx + 1:]), form)
    m = len(w) // 2
    if len(w) >= 6 and w.isalpha():
        yield 'a middle letter deleted', w, rep(w[:len(w) // 2] + w[len(w) // 2 + 1:])
    for i, x in enumerate(ws):
        def rp(nx, i=i): return join(' '.join(ws[:i] + [nx] + ws[i + 1:]), form)
        if 's' in x[1:]: yield 'OCR 5 for s', x, rp(x[0] + x[1:].replace('s', '5', 1))
        if 'w' in x.lower(): yield 'OCR vv for w', x, rp(x.replace('w', 'vv', 1).replace('W', 'Vv', 1))
        if 'e' in x[1:]: yield 'a typed for e', x, rp(x[0] + x[1:].replace('e', 'a', 1))
        if 'o' in x[1:]: yield 'u typed for o', x, rp(x[0] + x[1:].replace('o', 'u', 1))
        if 'k' in x.lower(): yield 'c typed for k', x, rp(x.replace('k', 'c', 1).replace('K', 'C', 1))

# ---------- case (new shapes)
def case(name):
    yield 'sentence case', '', name[:1].upper() + name[1:].lower()
    ws = name.split()
    if len(ws) >= 2:
        yield 'upper case except the last word lower', '', ' '.join([w.upper() for w in ws[:-1]] + [ws[-1].lower()])
    yield 'last letter of each word upper', '', ' '.join(w[:-1].lower() + w[-1].upper() for w in ws)

# ---------- messy (new shapes)
MESSY = [('XML element', '<counterparty city="{c}">{n}</counterparty>'),
         ('Markdown table row', '| {n} | {c} | pending |'),
         ('LaTeX', '\\textbf{{{n}}} ({c})'),
         ('URL query string', '?name={nu}&city={cu}&check=1'),
         ('syslog line', 'Dec  5 10:02:11 gw screen[311]: lookup party="{n}" loc="{c}"'),
         ('vCard ORG', 'BEGIN:VCARD\nORG:{n}\nADR:;;;{c};;;\nEND:VCARD'),
         ('git commit message', 'fix: add {n} ({c}) to counterparty table'),
         ('Italian chat', 'ciao, puoi controllare {n} a {c}? grazie'),
         ('Swedish chat', 'hej, kan du kolla {n} i {c}?'),
         ('Danish chat', 'hej, kan du tjekke {n} i {c}? tak'),
         ('Indonesian chat', 'halo, tolong cek {n} di {c} ya'),
         ('Swahili chat', 'habari, tafadhali angalia {n} huko {c}')]
def messy(name, city, m):
    label, fmt = m
    n = name
    yield label, f'city {city}', fmt.format(n=n, c=city, nu=n.replace(' ', '+'), cu=city.replace(' ', '+'))
