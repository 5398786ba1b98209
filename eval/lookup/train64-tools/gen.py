"""Positive generators, one per kind; each yields (shape, variant text, query)."""
import re, urllib.parse
from lib import full, STOP

CONNECT = {'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'and', 'of', 'the', 'en', 'da', 'do', 'di', 'al'}
LEGAL_CANON = {'s.a.': 'S.A.', 'ltda.': 'Ltda.', 'ltda': 'Ltda.', 's.a.s.': 'S.A.S.', 'c.v.': 'C.V.', 'ltd': 'Ltd',
               'ltd.': 'Ltd.', 'co.': 'Co.', 'inc.': 'Inc.', 'inc': 'Inc', 'llc': 'LLC', 's.': 'S.', 'r.l.': 'R.L.',
               'cia.': 'Cia.', 'cia': 'Cia', 'limited': 'Limited', 'company': 'Company', 'corp.': 'Corp.',
               'gmbh': 'GmbH', 'fze': 'FZE', 'co': 'Co', 'c.': 'C.', 'en': 'en', 'de': 'de', 's.c.s.': 'S.C.S.',
               'y': 'y', 'corporation': 'Corporation', 's.a': 'S.A', 'sa': 'SA', 'sas': 'SAS', 'l.l.c.': 'L.L.C.'}

def tcword(w, first):
    lw = w.lower()
    if lw in LEGAL_CANON and not first:
        return LEGAL_CANON[lw]
    if lw.strip(',') in CONNECT and not first:
        return lw
    core = re.sub(r'[^A-Za-z]', '', w)
    if core and len(core) <= 4 and not re.search(r'[aeiouyAEIOUY]', core):
        return w.upper()
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), w)

def tc(name):
    return ' '.join(tcword(w, i == 0) for i, w in enumerate(name.split()))

def is_content(tok):
    return any(t not in STOP and len(t) >= 2 for t in full(tok).split())

def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1 and not is_content(toks[i - 1]) and any(True for _ in full(toks[i - 1]).split()):
        i -= 1
    # never leave a connector as the last content token
    return toks[:i], toks[i:]

def content_idx(toks):
    return [i for i, t in enumerate(toks) if is_content(t) and t.lower().strip(',') not in CONNECT]

def clean(toks):
    toks = [t for t in toks if t]
    while toks and toks[0].lower().strip(',') in CONNECT:
        toks = toks[1:]
    while toks and toks[-1].lower().strip(',') in CONNECT:
        toks = toks[:-1]
    out = []
    for t in toks:
        if out and out[-1].lower() in CONNECT and t.lower() in CONNECT:
            continue
        out.append(t)
    return out

def joinq(head, tail):
    h = ' '.join(head).rstrip(',')
    return (h + (' ' + ' '.join(tail) if tail else '')).strip()

# ---------------- aka
def g_aka(d, e):
    for a in d.alts.get(e, []):
        yield 'alias', 'own alias from alt.csv', a

# ---------------- case
def g_case(d, e):
    n = d.sdn[e]['name']
    yield 'sentence', 'sentence case (only the first letter upper)', n[:1].upper() + n[1:].lower()
    out, up = [], False
    for ch in n:
        if ch.isalpha():
            out.append(ch.upper() if up else ch.lower()); up = not up
        else:
            out.append(ch)
    yield 'alternating', 'alternating letter case (lower, upper, ...)', ''.join(out)
    yield 'lastup', 'each word lower case with its last letter upper', ' '.join(
        re.sub(r'([A-Za-z])([^A-Za-z]*)$', lambda m: m.group(1).upper() + m.group(2), w.lower()) for w in n.split())

# ---------------- partial
def g_partial(d, e):
    for shape, var, q in _partial(d, e):
        if sum(1 for t in full(q).split() if t not in STOP and len(t) >= 3) >= 2:
            yield shape, var, q

def _partial(d, e):
    n = tc(d.sdn[e]['name'])
    head, tail = split_legal(n)
    ci = content_idx(head)
    if len(ci) >= 4:
        h = clean([t for i, t in enumerate(head) if i not in ci[:2]])
        yield 'first2', 'first two content words dropped, legal form kept', joinq(h, tail)
        h = clean([t for i, t in enumerate(head) if i not in ci[1:-1]])
        yield 'middle', 'all content words but the first and last dropped', joinq(h, tail)
    if len(ci) >= 3 and tail:
        h = clean([t for i, t in enumerate(head) if i != ci[-1]])
        yield 'lastlegal', 'last content word and the legal form dropped', joinq(h, [])

# ---------------- word order
def g_word_order(d, e):
    n = tc(d.sdn[e]['name'])
    head, tail = split_legal(n)
    head = [t.rstrip(',') for t in head]
    if any(t.lower() in CONNECT or '(' in t or ')' in t for t in head) or len(head) < 2:
        return
    if len(head) >= 3:
        yield 'reverse', 'all name words in reverse order, legal form kept', joinq(head[::-1], tail)
        yield 'swaplast', 'last two name words swapped', joinq(head[:-2] + [head[-1], head[-2]], tail)
    yield 'firstend', 'first name word moved to the end (before the legal form)', joinq(head[1:] + head[:1], tail)

# ---------------- legal form
FORMS = [('cz', 'Czech a.s.', 'a.s.'), ('hr', 'Croatian j.d.o.o.', 'j.d.o.o.'), ('si', 'Slovenian s.p.', 's.p.'),
         ('ro', 'Romanian S.R.L.-D', 'S.R.L.-D'), ('pt', 'Portuguese Unipessoal Lda.', 'Unipessoal Lda.'),
         ('jp', 'Japanese G.K. (godo kaisha)', 'G.K.'), ('vn', 'Vietnamese Cong ty TNHH', 'TNHH'),
         ('is', 'Icelandic ehf.', 'ehf.'), ('se', 'Swedish HB (handelsbolag)', 'HB'), ('at', 'Austrian OG', 'OG'),
         ('al', 'Albanian sh.p.k.', 'sh.p.k.'), ('mk', 'North Macedonian DOOEL', 'DOOEL')]
def g_legal_form(d, e):
    n = tc(d.sdn[e]['name'])
    head, tail = split_legal(n)
    head = clean(head)
    for code, var, form in FORMS:
        if code == 'vn':
            yield code, 'Vietnamese form Cong ty TNHH (legal form replaced)', 'Cong ty TNHH ' + joinq(head, [])
        else:
            yield code, var + ' (legal form replaced)' if tail else var + ' (added)', joinq(head, [form])

# ---------------- punctuation
def g_punctuation(d, e):
    n = tc(d.sdn[e]['name'])
    head, tail = split_legal(n)
    ci = content_idx(head)
    if len(ci) >= 2 and ci[1] == ci[0] + 1:
        h = head[:ci[0]] + [head[ci[0]].rstrip(',') + "'" + head[ci[1]]] + head[ci[1] + 1:]
        yield 'apos', 'apostrophe instead of the space between two words', joinq(h, tail)
    for i in ci:
        w = head[i]
        m = re.search(r'(?<=[A-Za-z])a(?=[a-z])', w)
        if m:
            h = list(head); h[i] = w[:m.start()] + '@' + w[m.end():]
            yield 'at', 'at sign @ typed for the letter a', joinq(h, tail)
            break
    if ci and len(re.sub(r'[^A-Za-z]', '', head[ci[-1]])) >= 4:
        h = list(head); h[ci[-1]] = h[ci[-1]].rstrip(',') + '\u2122'
        yield 'tm', 'trade mark sign \u2122 glued to the last name word', joinq(h, tail)
    if ' y ' in ' ' + ' '.join(head).lower() + ' ':
        h = ['+' if t.lower() == 'y' else t for t in head]
        yield 'plus', 'plus sign + for the conjunction y', joinq(h, tail)

# ---------------- abbreviation
ABBR = {'HERMANOS': 'Hnos.', 'SOCIEDAD': 'Soc.', 'COMERCIALIZADORA': 'Comerc.', 'IMPORTADORA': 'Imp.',
        'EXPORTADORA': 'Export.', 'TRANSPORTES': 'Transp.', 'INDUSTRIAS': 'Inds.', 'ADMINISTRADORA': 'Admin.',
        'ASOCIADOS': 'Asocs.', 'INGENIERIA': 'Ing.', 'TECNOLOGIA': 'Tec.', 'PRODUCTOS': 'Prods.',
        'CONSULTORES': 'Cons.', 'EDITORIAL': 'Edit.', 'ENGINEERING': 'Engg.', 'MANUFACTURING': 'Mfg.',
        'DEVELOPMENT': 'Devt.', 'INDUSTRIES': 'Indus.', 'INDUSTRIAL': 'Indl.', 'ELECTRONICS': 'Elecs.',
        'TECHNOLOGY': 'Tech.', 'MANAGEMENT': 'Mgmt.', 'NATIONAL': 'Natl.', 'FOUNDATION': 'Fdn.',
        'ASSOCIATION': 'Assn.', 'PETROCHEMICAL': 'Petrochem.', 'INSTITUTE': 'Inst.', 'SHIPPING': 'Shpg.',
        'CONSTRUCTION': 'Constn.', 'SERVICIOS': 'Svcs.', 'CORPORACION': 'Corpn.', 'AGRICOLA': 'Agric.',
        'INVESTMENT': 'Invt.', 'COMMERCIAL': 'Coml.', 'TRANSPORT': 'Trnsp.', 'EXCHANGE': 'Exch.'}
def g_abbreviation(d, e):
    n = tc(d.sdn[e]['name'])
    toks = n.split()
    for i, t in enumerate(toks):
        u = re.sub(r'[^A-Za-z]', '', t).upper()
        if u in ABBR:
            h = list(toks); h[i] = ABBR[u] + (',' if t.endswith(',') else '')
            yield u, f'{u.title()} shortened to {ABBR[u]}', ' '.join(h)

# ---------------- script (letter by letter from the Latin spelling)
GREEK = [('sh', 'σ'), ('kh', 'χ'), ('ch', 'τσ'), ('th', 'θ'), ('ph', 'φ'), ('gh', 'γ'), ('ou', 'ου'),
         ('a', 'α'), ('b', 'μπ'), ('c', 'κ'), ('d', 'ντ'), ('e', 'ε'), ('f', 'φ'), ('g', 'γκ'), ('h', ''),
         ('i', 'ι'), ('j', 'τζ'), ('k', 'κ'), ('l', 'λ'), ('m', 'μ'), ('n', 'ν'), ('o', 'ο'), ('p', 'π'),
         ('q', 'κ'), ('r', 'ρ'), ('s', 'σ'), ('t', 'τ'), ('u', 'ου'), ('v', 'β'), ('w', 'ου'), ('x', 'ξ'),
         ('y', 'γι'), ('z', 'ζ')]
HEB = [('sh', 'ש'), ('kh', 'ח'), ('ch', 'צ׳'), ('th', 'ת'), ('ph', 'פ'), ('gh', 'ע'), ('ee', 'י'), ('oo', 'ו'),
       ('a', ''), ('b', 'ב'), ('c', 'ק'), ('d', 'ד'), ('e', ''), ('f', 'פ'), ('g', 'ג'), ('h', 'ה'), ('i', 'י'),
       ('j', 'ג׳'), ('k', 'כ'), ('l', 'ל'), ('m', 'מ'), ('n', 'נ'), ('o', 'ו'), ('p', 'פ'), ('q', 'ק'),
       ('r', 'ר'), ('s', 'ס'), ('t', 'ט'), ('u', 'ו'), ('v', 'ו'), ('w', 'ו'), ('x', 'קס'), ('y', 'י'), ('z', 'ז')]
HEB_FINAL = {'מ': 'ם', 'נ': 'ן', 'פ': 'ף', 'כ': 'ך', 'צ': 'ץ'}
TAJIK = [('th', 'т'), ('ph', 'ф'), ('sh', 'ш'), ('kh', 'х'), ('ch', 'ч'), ('zh', 'ж'), ('gh', 'ғ'), ('ee', 'ӣ'), ('oo', 'у'), ('a', 'а'),
         ('b', 'б'), ('c', 'к'), ('d', 'д'), ('e', 'е'), ('f', 'ф'), ('g', 'г'), ('h', 'ҳ'), ('i', 'и'), ('j', 'ҷ'),
         ('k', 'к'), ('l', 'л'), ('m', 'м'), ('n', 'н'), ('o', 'о'), ('p', 'п'), ('q', 'қ'), ('r', 'р'),
         ('s', 'с'), ('t', 'т'), ('u', 'у'), ('v', 'в'), ('w', 'в'), ('x', 'кс'), ('y', 'й'), ('z', 'з')]

def render(word, table, heb=False):
    w = re.sub(r'[^a-z]', '', word.lower())
    out, i = '', 0
    while i < len(w):
        for a, b in table:
            if w.startswith(a, i):
                if heb and a in ('a', 'e') and i == 0:
                    b = 'א'
                if heb and a in ('o', 'u', 'i') and i == 0:
                    b = 'א' + b
                out += b; i += len(a); break
        else:
            i += 1
    if heb and out and out[-1] in HEB_FINAL:
        out = out[:-1] + HEB_FINAL[out[-1]]
    if table is GREEK and out.endswith('σ'):
        out = out[:-1] + 'ς'
    return out

def g_script(d, e):
    n = d.sdn[e]['name']
    head, tail = split_legal(n)
    for code, table, var in (('el', GREEK, 'Greek letters, letter by letter'),
                             ('he', HEB, 'Hebrew letters, consonantal, letter by letter'),
                             ('tg', TAJIK, 'Tajik Cyrillic, letter by letter')):
        words = [render(t, table, heb=(code == 'he')) for t in head]
        q = ' '.join(x for x in words if x)
        if table is GREEK:
            q = ' '.join(x[:1].upper() + x[1:] for x in q.split())
        elif table is TAJIK:
            q = ' '.join(x[:1].upper() + x[1:] for x in q.split())
        if len(q.split()) >= 2 and len(q) >= 8:
            yield code, var + ' (legal form dropped)', q

# ---------------- transliteration
GER = [('sh', 'sch'), ('ch', 'tsch'), ('kh', 'ch'), ('j', 'dsch'), ('v', 'w'), ('y', 'j')]
DUT = [('sh', 'sj'), ('ch', 'tj'), ('kh', 'ch'), ('j', 'dj'), ('y', 'j'), ('u', 'oe')]
def retrans(word, rules):
    low = word.lower(); out, i, changed = '', 0, False
    while i < len(low):
        for a, b in rules:
            if low.startswith(a, i):
                out += b; i += len(a); changed = True; break
        else:
            out += low[i]; i += 1
    return out, changed

def g_transliteration(d, e):
    n = tc(d.sdn[e]['name'])
    head, tail = split_legal(n)
    for code, rules, var in (('de', GER, 'German-style spelling (sch for sh, tsch for ch, dsch for j, w for v, j for y, ch for kh)'),
                             ('nl', DUT, 'Dutch-style spelling (sj for sh, tj for ch, dj for j, oe for u, j for y, ch for kh)')):
        h, ch = [], False
        for t in head:
            if is_content(t) and t.lower() not in CONNECT and re.fullmatch(r'[A-Za-z\-]+', t):
                w, c = retrans(t, rules); ch |= c; h.append(w[:1].upper() + w[1:])
            else:
                h.append(t)
        if ch:
            yield code, var, joinq(h, tail)

# ---------------- translation
LANGS = {
 'sv': ('Swedish', 'företag handel industri rederi ingenjörsteknik internationell investering tjänster utveckling byggnad bank institut stiftelse växling olja organisation tillverkning cement elektronik kommersiell transport grupp'),
 'da': ('Danish', 'selskab handel industri rederi ingeniørvirksomhed international investering tjenester udvikling byggeri bank institut fond veksling olie organisation fremstilling cement elektronik kommerciel transport gruppe'),
 'pl': ('Polish', 'spółka handel przemysł żegluga inżynieria międzynarodowy inwestycje usługi rozwój budownictwo bank instytut fundacja wymiana ropa organizacja produkcja cement elektronika handlowy transport grupa'),
 'sk': ('Slovak', 'spoločnosť obchod priemysel lodná_doprava inžinierstvo medzinárodný investície služby rozvoj stavebníctvo banka inštitút nadácia zmenáreň ropa organizácia výroba cement elektronika obchodný doprava skupina'),
 'pt': ('Portuguese', 'companhia comércio indústria navegação engenharia internacional investimento serviços desenvolvimento construção banco instituto fundação câmbio petróleo organização fabricação cimento eletrónica comercial transporte grupo'),
 'it': ('Italian', 'compagnia commercio industria navigazione ingegneria internazionale investimenti servizi sviluppo costruzioni banca istituto fondazione cambio petrolio organizzazione manifattura cemento elettronica commerciale trasporti gruppo'),
 'ga': ('Irish', 'comhlacht trádáil tionscal loingseoireacht innealtóireacht idirnáisiúnta infheistíocht seirbhísí forbairt tógáil banc institiúid fondúireacht malartú ola eagraíocht déantúsaíocht stroighin leictreonaic tráchtála iompar grúpa'),
 'sw': ('Swahili', 'kampuni biashara viwanda usafirishaji_majini uhandisi kimataifa uwekezaji huduma maendeleo ujenzi benki taasisi wakfu ubadilishaji mafuta shirika utengenezaji saruji elektroniki kibiashara usafiri kikundi'),
 'id': ('Indonesian', 'perusahaan perdagangan industri pelayaran teknik internasional investasi layanan pembangunan konstruksi bank lembaga yayasan penukaran minyak organisasi manufaktur semen elektronik komersial transportasi grup'),
 'lb': ('Luxembourgish', 'Firma Handel Industrie Schëffaart Ingenieurswiesen international Investitioun Servicer Entwécklung Bau Bank Institut Fondatioun Wiessel Ueleg Organisatioun Fabrikatioun Zement Elektronik kommerziell Transport Grupp'),
 'sq': ('Albanian', 'kompani tregti industri lundrim inxhinieri ndërkombëtar investim shërbime zhvillim ndërtim bankë institut fondacion këmbim naftë organizatë prodhim çimento elektronikë tregtar transport grup'),
 'bs': ('Bosnian', 'kompanija trgovina industrija brodarstvo inženjering međunarodni investicije usluge razvoj građevinarstvo banka institut fondacija mjenjačnica nafta organizacija proizvodnja cement elektronika komercijalni transport grupa'),
}
EN = 'company trading industry shipping engineering international investment services development construction bank institute foundation exchange oil organization manufacturing cement electronics commercial transport group'.split()
VARIANTS = {'co': 'company', 'co.': 'company', 'industries': 'industry', 'industrial': 'industry', 'service': 'services',
            'investments': 'investment', 'organisation': 'organization', 'electronic': 'electronics',
            'commerce': 'commercial', 'transportation': 'transport', 'petroleum': 'oil'}
def g_translation(d, e):
    n = tc(d.sdn[e]['name'])
    toks = n.split()
    for code, (lang, words) in LANGS.items():
        tr = dict(zip(EN, [w.replace('_', ' ') for w in words.split()]))
        out, hits = [], 0
        for t in toks:
            lw = re.sub(r'[^a-z.]', '', t.lower()).rstrip('.') if t.lower() not in ('co.',) else 'co'
            lw = VARIANTS.get(lw, lw)
            if lw in tr:
                out.append(tr[lw]); hits += (lw not in ('company', 'trading', 'international', 'group'))
            else:
                out.append(t)
        if hits:
            yield code, f'trade words translated into {lang} (mine, word by word; proper names kept)', ' '.join(out)

# ---------------- branch
def city_of(d, e):
    for addr, city, country in d.addr.get(e, []):
        c = ' '.join(t for t in city.replace(',', ' ').split() if not re.search(r'\d', t) and t != '-0-')
        if c and len(c) <= 30:
            return c
    return None

UNITS = [('pl', 'Polish oddział w', '{N} Oddział w {C}'), ('cz', 'Czech pobočka', '{N}, pobočka {C}'),
         ('it', 'Italian sede secondaria di', '{N} \u2013 sede secondaria di {C}'), ('pt', 'Portuguese filial', '{N} - Filial {C}'),
         ('sv', 'Swedish filial i', '{N} filial i {C}'), ('da', 'Danish afdeling', '{N} afdeling {C}'),
         ('proc', 'procurement office', '{N} procurement office, {C}'), ('qc', 'quality-control laboratory', '{N} QC laboratory ({C})'),
         ('crew', 'crew manning office', '{N} crew manning office {C}'), ('tix', 'ticket office', '{N} ticket office \u2013 {C}'),
         ('field', 'field office', '{N} field office, {C}'), ('dc', 'data centre', '{N} data centre {C}')]
def g_parent_vs_subsidiary(d, e):
    c = city_of(d, e)
    if not c:
        return
    n = tc(d.sdn[e]['name'])
    for code, var, tpl in UNITS:
        yield code, f'{var} at the add.csv city {c}', tpl.format(N=n, C=tc(c))

# ---------------- typo
def g_typo(d, e):
    n = tc(d.sdn[e]['name'])
    toks = n.split()
    ci = [i for i in content_idx(toks) if len(re.sub(r'[^A-Za-z]', '', toks[i])) >= 5 and re.fullmatch(r'[A-Za-z]+,?', toks[i])]
    def rep(i, w):
        h = list(toks); h[i] = w; return ' '.join(h)
    for i in ci:
        w = toks[i]
        yield 'first', f'first letter of {w} dropped', rep(i, w[1].upper() + w[2:])
        break
    for i in ci:
        w = toks[i]
        if 'b' in w.lower()[1:] or w[0] == 'B':
            j = w.lower().find('b', 0 if w[0] == 'B' else 1)
            yield 'eight', f'OCR 8 for B in {w}', rep(i, w[:j] + '8' + w[j + 1:]); break
    for i in ci:
        w = toks[i]
        if 'rn' in w:
            yield 'rn_m', f'OCR m for rn in {w}', rep(i, w.replace('rn', 'm', 1)); break
    for i in ci:
        w = toks[i]
        m = re.search(r'(?<=.)a', w)
        if m:
            yield 'a_e', f'vowel a typed as e in {w}', rep(i, w[:m.start()] + 'e' + w[m.end():]); break
    for i in ci:
        w = toks[i]
        m = re.search(r'(?<=.)u', w)
        if m:
            yield 'u_v', f'OCR v for u in {w}', rep(i, w[:m.start()] + 'v' + w[m.end():]); break
    for i in ci:
        w = toks[i]
        if len(w) >= 6:
            yield 'syll', f'syllable repeated in {w}', rep(i, w[:4] + w[2:4].lower() + w[4:]); break

# ---------------- messy
def g_messy(d, e):
    c = city_of(d, e)
    if not c:
        return
    n = tc(d.sdn[e]['name']); C = tc(c)
    T = [('xml', 'XML party element', f'<party role="beneficiary"><name>{n}</name><city>{C}</city></party>'),
         ('md', 'Markdown table row', f'| 42 | {n} | {C} | pending KYC |'),
         ('vcard', 'vCard', f'BEGIN:VCARD\nVERSION:3.0\nORG:{n}\nADR;TYPE=WORK:;;;{C};;;\nEND:VCARD'),
         ('url', 'URL query string', 'https://portal.example/search?q=' + urllib.parse.quote(n) + '&city=' + urllib.parse.quote(C)),
         ('syslog', 'syslog line', f'Dec 05 10:14:22 gw01 screening[2231]: lookup counterparty="{n}" city="{C}" status=queued'),
         ('slack', 'Slack message with @mention', f'@compliance can someone screen {n} ({C}) before the 3pm wire? :eyes:'),
         ('epc', 'SEPA EPC-QR payload', f'BCD\n002\n1\nSCT\n\n{n}\nXX00 0000 0000 0000\nEUR1250.00\n\n\nInvoice 2291 {C}'),
         ('latex', 'LaTeX letter address', '\\begin{letter}{' + n + ' \\\\ ' + C + '}'),
         ('sv', 'Swedish chat', f'kan du kolla {n} i {C} innan vi betalar?'),
         ('it', 'Italian chat', f'puoi controllare {n} di {C} prima del pagamento?'),
         ('nl', 'Dutch chat', f'wil je {n} uit {C} nog nakijken voor de overboeking?'),
         ('cmr', 'CMR consignment note box 2', f'CMR box 2 consignee: {n.upper()}, {C.upper()} / goods: spare parts')]
    for code, var, q in T:
        yield code, f'{var} with the add.csv city {C}', q

GEN = {k: globals()['g_' + k] for k in ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation',
                                        'script', 'transliteration', 'translation', 'parent_vs_subsidiary', 'typo',
                                        'case', 'messy']}
# shapes and quotas per kind (each shape code listed with its quota)
SHAPES = {'aka': {'alias': 12}, 'case': {'sentence': 4, 'alternating': 4, 'lastup': 4},
          'partial': {'first2': 4, 'middle': 4, 'lastlegal': 4},
          'word_order': {'reverse': 4, 'swaplast': 4, 'firstend': 4},
          'legal_form': {c: 1 for c, _, _ in FORMS}, 'punctuation': {'apos': 3, 'at': 3, 'tm': 3, 'plus': 3},
          'abbreviation': {u: 1 for u in ABBR}, 'script': {'el': 4, 'he': 4, 'tg': 3},
          'transliteration': {'de': 6, 'nl': 6}, 'translation': {c: 1 for c in LANGS},
          'parent_vs_subsidiary': {c: 1 for c, _, _ in UNITS},
          'typo': {'first': 2, 'eight': 2, 'rn_m': 2, 'a_e': 2, 'u_v': 2, 'syll': 2},
          'messy': {c: 1 for c in ['xml', 'md', 'vcard', 'url', 'syslog', 'slack', 'epc', 'latex', 'sv', 'it', 'nl', 'cmr']}}
