"""Positive generators for train65: each returns a list of (shape, variant, query)."""
import re
from lib import full_tokens, FILLER

LOWER = {'de', 'del', 'la', 'las', 'los', 'y', 'e', 'and', 'of', 'the', 'el', 'en', 'da', 'do', 'di'}
def tc(name):
    out = []
    for i, t in enumerate(name.split()):
        letters = re.sub(r'[^A-Za-z]', '', t)
        if '.' in t and len(letters) <= 3: out.append(t)
        elif i > 0 and t.lower() in LOWER: out.append(t.lower())
        else: out.append(t[:1].upper() + t[1:].lower())
    return ' '.join(out)

def is_legal(t):
    f = full_tokens(t)
    return bool(f) and all(x in FILLER or len(x) == 1 for x in f)

def split(name):
    toks = tc(name).split()
    i = len(toks)
    while i > 1 and is_legal(toks[i - 1]): i -= 1
    return toks[:i], toks[i:]

def content_idx(body):
    return [i for i, t in enumerate(body) if not is_legal(t) and len(re.sub(r'\W', '', t)) >= 2]

def strip_edges(toks):
    while toks and is_legal(toks[0]): toks = toks[1:]
    while toks and is_legal(toks[-1]): toks = toks[:-1]
    return toks

def join(body, legal):
    b = ' '.join(body).rstrip(',')
    return (b + (', ' if legal and ',' in ' '.join(body + legal) and False else ' ') + ' '.join(legal)).strip()

def g_partial(name, **k):
    body, legal = split(name); ci = content_idx(body); out = []
    if len(ci) >= 4:
        keep = strip_edges(body[ci[-2]:])
        out.append(('last two content words kept, legal form kept', 'earlier content words dropped', join(keep, legal)))
        b = strip_edges(body[ci[0] + 1:ci[-1]])
        out.append(('first and last content words dropped, legal form kept', 'first and last content words dropped', join(b, legal)))
    if len(ci) >= 3:
        b = strip_edges(body[:ci[1]] + body[ci[1] + 1:])
        out.append(('second content word and legal form dropped', 'second content word and legal form dropped', ' '.join(b).rstrip(',')))
    return [o for o in out if o[2].count('(') == o[2].count(')') and ',' not in o[2]]

def g_word_order(name, **k):
    body, legal = split(name); ci = content_idx(body); out = []
    body = [t.rstrip(',') for t in body]
    if len(body) >= 3:
        h = len(body) // 2
        out.append(('halves swapped', 'second half of the name before the first half', join(body[h:] + body[:h], legal)))
    if len(ci) >= 3:
        b = body[:]; b[ci[0]], b[ci[-1]] = b[ci[-1]], b[ci[0]]
        out.append(('first and last content words swapped', 'first and last content words swapped', join(b, legal)))
    if len(ci) >= 4:
        b = body[:]; b[ci[1]], b[ci[2]] = b[ci[2]], b[ci[1]]
        out.append(('second and third content words swapped', 'second and third content words swapped', join(b, legal)))
    return out

FORMS = [('Norway', 'ASA'), ('Germany', 'UG (haftungsbeschränkt)'), ('Switzerland', 'Sàrl'), ('Chile', 'SpA'),
         ('Ukraine', 'TOV'), ('Kazakhstan', 'TOO'), ('Uzbekistan', 'MChJ'), ('Azerbaijan', 'MMC'),
         ('Egypt', 'S.A.E.'), ('Monaco', 'S.A.M.'), ('Philippines', 'OPC'), ('Mongolia', 'KhKhK')]
def g_legal_form(name, used=(), **k):
    body, legal = split(name)
    b = ' '.join(body).rstrip(',')
    return [('%s %s' % (c, f), '%s form %s instead of %s' % (c, f, ' '.join(legal) or 'no form'), b + ' ' + f)
            for c, f in FORMS if f not in used]

def _sub_in_content(name, pat, rep, minlen=1):
    body, legal = split(name)
    for i in content_idx(body):
        t = body[i]
        m = re.search(pat, t)
        if m and len(t) >= minlen:
            b = body[:]; b[i] = t[:m.start()] + rep(m) + t[m.end():]
            return join(b, legal)
    return None

def g_punctuation(name, **k):
    out = []
    q = _sub_in_content(name, '[Ss]', lambda m: '$')
    if q: out.append(('dollar sign for S', '$ typed for S', q))
    q = _sub_in_content(name, r'(?<=[a-z]{3})(?=[a-z]{3})', lambda m: '\u00ad', 6)
    if q: out.append(('soft hyphen inside a word', 'invisible soft hyphen (U+00AD) inside a word', q))
    q = _sub_in_content(name, '[Ll]', lambda m: '£')
    if q: out.append(('pound sign for L', '£ typed for L', q))
    q = _sub_in_content(name, r'(?<=[a-z]{3})(?=[a-z]{3})', lambda m: '·', 6)
    if q: out.append(('middle dot inside a word', 'middle dot (·) inside a word', q))
    return out

ABBR = {'services': 'Svcs.', 'manufacturing': 'Mfg.', 'electronics': 'Elec.', 'electric': 'Elec.', 'industries': 'Ind.',
        'industrial': 'Ind.', 'association': 'Assoc.', 'national': 'Natl.', 'center': 'Ctr.', 'centre': 'Ctr.',
        'organization': 'Org.', 'financial': 'Fin.', 'finance': 'Fin.', 'export': 'Exp.', 'import': 'Imp.',
        'maritime': 'Mar.', 'marine': 'Mar.', 'transportes': 'Transp.', 'sociedad': 'Soc.', 'construcciones': 'Constr.',
        'comercializadora': 'Comerc.', 'ganadera': 'Gan.', 'petroleum': 'Petr.', 'engineering': 'Eng.',
        'company': 'Cmpy.', 'insurance': 'Ins.', 'laboratories': 'Lab.', 'investments': 'Invts.', 'shipping': 'Shipg.',
        'telecommunications': 'Telecom.', 'cooperative': 'Co-op.', 'petrochemical': 'Petchem.', 'agricultural': 'Agric.',
        'foundation': 'Fdn.', 'operations': 'Ops.', 'technical': 'Techn.', 'research': 'Res.', 'university': 'Univ.',
        'brothers': 'Bros.', 'equipment': 'Equip.', 'department': 'Dept.', 'productions': 'Prodns.', 'resources': 'Res.'}
def g_abbreviation(name, used=(), **k):
    body, legal = split(name); out = []
    for i in content_idx(body):
        w = re.sub(r'\W', '', body[i]).lower()
        a = ABBR.get(w)
        if a and a not in used:
            b = body[:]; b[i] = a + (',' if body[i].endswith(',') else '')
            out.append((a, '%s for %s' % (a, body[i].rstrip(',')), join(b, legal)))
    return out

GE = [('sh', 'შ'), ('ch', 'ჩ'), ('kh', 'ხ'), ('gh', 'ღ'), ('zh', 'ჟ'), ('ts', 'ც'), ('dz', 'ძ'), ('a', 'ა'), ('b', 'ბ'), ('g', 'გ'),
      ('d', 'დ'), ('e', 'ე'), ('v', 'ვ'), ('w', 'ვ'), ('z', 'ზ'), ('t', 'ტ'), ('i', 'ი'), ('y', 'ი'), ('k', 'კ'), ('c', 'კ'), ('l', 'ლ'),
      ('m', 'მ'), ('n', 'ნ'), ('o', 'ო'), ('p', 'პ'), ('r', 'რ'), ('s', 'ს'), ('u', 'უ'), ('f', 'ფ'), ('q', 'ქ'), ('j', 'ჯ'),
      ('h', 'ჰ'), ('x', 'ქს')]
BG = [('sht', 'щ'), ('sh', 'ш'), ('ch', 'ч'), ('kh', 'х'), ('zh', 'ж'), ('ts', 'ц'), ('ya', 'я'), ('yu', 'ю'), ('a', 'а'), ('b', 'б'),
      ('v', 'в'), ('w', 'у'), ('g', 'г'), ('d', 'д'), ('e', 'е'), ('z', 'з'), ('i', 'и'), ('y', 'и'), ('k', 'к'), ('c', 'к'), ('q', 'к'),
      ('l', 'л'), ('m', 'м'), ('n', 'н'), ('o', 'о'), ('p', 'п'), ('r', 'р'), ('s', 'с'), ('t', 'т'), ('u', 'у'), ('f', 'ф'),
      ('h', 'х'), ('j', 'дж'), ('x', 'кс')]
def translit(word, table):
    out, i = '', 0
    while i < len(word):
        for a, b in table:
            if word.startswith(a, i):
                out += b; i += len(a); break
        else:
            out += word[i]; i += 1
    return out

def g_script(name, **k):
    body, legal = split(name)
    words = [w for t in body for w in full_tokens(t)]
    if not words: return []
    ge = ' '.join(translit(w, GE) for w in words)
    bg = ' '.join(translit(w, BG) for w in words)
    bg = ' '.join(x[:1].upper() + x[1:] for x in bg.split())
    return [('Georgian', 'Georgian (Mkhedruli) letter-by-letter rendering, legal form dropped', ge),
            ('Bulgarian Cyrillic', 'Bulgarian Cyrillic letter-by-letter rendering (sht as щ), legal form dropped', bg)]

def _tr(word, rules):
    w = word.lower()
    for a, b in rules: w = re.sub(a, b, w)
    return w
PL = [('kh', '\x01'), ('sh', 'sz'), ('ch', 'cz'), ('\x01', 'ch'), ('j', 'dż'), ('y(?=[aeiou])', 'j'), ('v', 'w'), ('q', 'k')]
CZ = [('kh', '\x01'), ('sh', 'š'), ('ch', 'č'), ('\x01', 'ch'), ('j', 'dž'), ('y(?=[aeiou])', 'j'), ('w', 'v'), ('q', 'k')]
def g_transliteration(name, **k):
    body, legal = split(name); out = []
    for lab, rules, desc in (('Polish-style', PL, 'Polish-style spelling (sz for sh, cz for ch, ch for kh, dż for j, j for y, w for v)'),
                             ('Czech-style', CZ, 'Czech-style spelling (š for sh, č for ch, ch for kh, dž for j, j for y, v for w)')):
        b = []
        for t in body:
            if is_legal(t): b.append(t); continue
            n = _tr(t, rules); b.append(n[:1].upper() + n[1:])
        q = join(b, legal)
        if q != join(body, legal): out.append((lab, desc, q))
    return out

TR = {
 'German': 'company Gesellschaft|trading Handel|industries Industrien|industrial Industrie|engineering Ingenieurbau|shipping Schifffahrt|investment Investitionen|services Dienstleistungen|construction Bau|development Entwicklung|oil Öl|petroleum Erdöl|electronics Elektronik|insurance Versicherung|institute Institut|steel Stahl|cement Zement|exchange Wechselstube|travel Reisen|technology Technik|chemical Chemie|mining Bergbau|agency Agentur|research Forschung|group Gruppe|factory Fabrik|energy Energie|transport Verkehr|bank Bank',
 'French': 'company Société|trading Négoce|industrial Industriel|engineering Ingénierie|investment Investissement|development Développement|oil Pétrole|electronics Électronique|insurance Assurance|institute Institut|steel Acier|cement Ciment|exchange Change|travel Voyages|technology Technologie|chemical Chimique|mining Minière|agency Agence|research Recherche|group Groupe|factory Usine|bank Banque|energy Énergie|shipping Armement',
 'Spanish': 'company Compañía|trading Comercio|industries Industrias|engineering Ingeniería|shipping Naviera|investment Inversión|services Servicios|construction Construcción|development Desarrollo|oil Petróleo|electronics Electrónica|insurance Seguros|institute Instituto|steel Acero|cement Cemento|exchange Cambio|travel Viajes|technology Tecnología|chemical Química|mining Minería|agency Agencia|research Investigación|group Grupo|factory Fábrica|bank Banco|energy Energía|transport Transporte',
 'Icelandic': 'company Félag|trading Verslun|industries Iðnaður|industrial Iðnaðar|engineering Verkfræði|shipping Skipafélag|investment Fjárfesting|services Þjónusta|construction Bygging|development Þróun|oil Olía|electronics Rafeindatækni|insurance Tryggingar|institute Stofnun|steel Stál|cement Sement|exchange Gjaldeyrir|travel Ferðir|technology Tækni|chemical Efna|mining Námuvinnsla|bank Banki|energy Orka|group Hópur|transport Flutningar|research Rannsóknir|factory Verksmiðja',
 'Welsh': 'company Cwmni|trading Masnachu|industries Diwydiannau|industrial Diwydiannol|engineering Peirianneg|shipping Llongau|investment Buddsoddi|services Gwasanaethau|construction Adeiladu|development Datblygu|oil Olew|electronics Electroneg|insurance Yswiriant|institute Sefydliad|steel Dur|cement Sment|exchange Cyfnewid|travel Teithio|technology Technoleg|chemical Cemegol|mining Mwyngloddio|bank Banc|energy Ynni|group Grŵp|transport Trafnidiaeth|research Ymchwil|factory Ffatri',
 'Maltese': 'company Kumpanija|trading Kummerċ|industries Industriji|industrial Industrijali|engineering Inġinerija|shipping Tbaħħir|investment Investiment|services Servizzi|construction Kostruzzjoni|development Żvilupp|oil Żejt|electronics Elettronika|insurance Assigurazzjoni|institute Istitut|steel Azzar|cement Siment|exchange Kambju|travel Ivvjaġġar|technology Teknoloġija|chemical Kimika|mining Minjieri|energy Enerġija|group Grupp|transport Trasport|research Riċerka|factory Fabbrika',
 'Galician': 'company Empresa|trading Comercio|industries Industrias|engineering Enxeñaría|shipping Navieira|investment Investimento|services Servizos|construction Construción|development Desenvolvemento|oil Petróleo|electronics Electrónica|insurance Seguros|institute Instituto|steel Aceiro|cement Cemento|exchange Cambio|travel Viaxes|technology Tecnoloxía|chemical Química|mining Minaría|bank Banco|energy Enerxía|group Grupo|transport Transporte|research Investigación|factory Fábrica',
 'Tagalog': 'company Kompanya|trading Kalakalan|industries Industriya|engineering Inhenyeriya|shipping Pagpapadala|investment Pamumuhunan|services Serbisyo|construction Konstruksiyon|development Pagpapaunlad|oil Langis|electronics Elektroniks|insurance Seguro|institute Instituto|steel Bakal|cement Semento|exchange Palitan|travel Paglalakbay|technology Teknolohiya|chemical Kemikal|mining Pagmimina|bank Bangko|energy Enerhiya|group Grupo|transport Transportasyon|research Pananaliksik|factory Pabrika',
 'Malay': 'company Syarikat|trading Perdagangan|industries Perindustrian|engineering Kejuruteraan|shipping Perkapalan|investment Pelaburan|services Perkhidmatan|construction Pembinaan|development Pembangunan|oil Minyak|electronics Elektronik|insurance Insurans|institute Institut|steel Keluli|cement Simen|exchange Pertukaran|travel Pelancongan|technology Teknologi|chemical Kimia|mining Perlombongan|energy Tenaga|group Kumpulan|transport Pengangkutan|research Penyelidikan|factory Kilang',
 'Zulu': 'company Inkampani|trading Ukuhweba|industries Izimboni|engineering Ubunjiniyela|shipping Ukuthumela|services Izinsiza|construction Ukwakha|development Ukuthuthukiswa|oil Uwoyela|insurance Umshwalense|institute Isikhungo|steel Insimbi|cement Usimende|exchange Ukushintshisana|travel Uhambo|technology Ubuchwepheshe|chemical Amakhemikhali|bank Ibhange|energy Amandla|group Iqembu|transport Ezokuthutha|research Ucwaningo|factory Ifektri',
 'Hausa': 'company Kamfani|trading Kasuwanci|industries Masana\'antu|engineering Injiniya|investment Jari|services Ayyuka|construction Gine-gine|development Cigaba|oil Mai|electronics Lantarki|insurance Inshora|institute Cibiya|steel Karfe|cement Siminti|exchange Canji|technology Fasaha|chemical Sinadarai|bank Banki|energy Makamashi|group Kungiya|transport Sufuri|research Bincike',
 'Breton': 'company Kompagnunezh|trading Kenwerzh|industries Greanterezhioù|engineering Ijinerezh|shipping Listri|investment Postadur|services Servijoù|construction Savadurioù|development Diorren|oil Eoul-maen|electronics Elektronek|insurance Asurañs|institute Ensavadur|steel Dir|cement Simant|exchange Eskemm|travel Beajoù|technology Teknologiezh|chemical Kimiek|energy Energiezh|group Strollad|transport Treuzdougen|research Enklask|factory Uzin',
}
TR = {l: dict(x.split(' ', 1) for x in s.split('|')) for l, s in TR.items()}
def g_translation(name, used=(), **k):
    body, legal = split(name); out = []
    for lang, dic in TR.items():
        if lang in used: continue
        b, n = [], 0
        for t in body:
            w = re.sub(r'\W', '', t).lower()
            if w in dic: b.append(dic[w]); n += 1
            else: b.append(t)
        if n: out.append((lang, 'trade words translated into %s (%d word%s), proper names kept' % (lang, n, 's' * (n > 1)), join(b, legal)))
    return out

UNITS = [('French succursale', '{n}, succursale de {c}'), ('Romanian sucursala', '{n} - Sucursala {c}'),
         ('Norwegian avdeling', '{n} avdeling {c}'), ('Indonesian kantor cabang', '{n} Kantor Cabang {c}'),
         ('Vietnamese chi nhanh', '{n} - Chi nhánh {c}'), ('Spanish agencia', '{n}, Agencia {c}'),
         ('German Geschäftsstelle', '{n} Geschäftsstelle {c}'), ('bonded warehouse', '{n} bonded warehouse, {c}'),
         ('repair workshop', '{n} repair workshop ({c})'), ('port agency', '{n} port agency {c}'),
         ('accounts office', '{n} accounts office - {c}'), ('logistics hub', '{n} logistics hub {c}')]
def city(addrs):
    for a, cz, country in addrs:
        c = ' '.join(t for t in re.split(r'\s+', cz.replace('-0-', '')) if t and not re.search(r'\d', t)).strip(' ,')
        if c: return c.title()
    return None
def g_parent(name, addrs=(), used=(), **k):
    c = city(addrs)
    if not c: return []
    return [(u, '%s at the add.csv city %s' % (u, c), f.format(n=tc(name), c=c)) for u, f in UNITS if u not in used]

def g_typo(name, **k):
    out = []
    for lab, pat, rep in (('OCR 6 for G', 'G', '6'), ('OCR 2 for Z', 'Z', '2'), ('i typed for e', r'(?<=\w)e(?=\w)', 'i'),
                          ('ph for f', r'(?<=\w)f', 'ph'), ('k for c before a/o/u', r'c(?=[aou])', 'k'),
                          ('double letter made single', r'([a-z])\1', r'\1')):
        q = _sub_in_content(name, pat, lambda m, rep=rep: m.expand(rep) if '\\' in rep else rep)
        if q: out.append((lab, lab, q))
    return out

def g_case(name, **k):
    out = []
    q = ''.join(ch.upper() if ch.lower() in 'aeiou' else ch.lower() for ch in name)
    out.append(('vowels upper, consonants lower', 'vowels upper case, consonants lower case', q))
    ws = name.split()
    if len(ws) >= 2:
        out.append(('words alternately upper and lower', 'words alternately upper and lower case', ' '.join(w.upper() if i % 2 == 0 else w.lower() for i, w in enumerate(ws))))
    body, legal = split(name)
    if legal:
        n = len(legal)
        out.append(('legal form lower, rest upper', 'name upper case, legal form lower case', ' '.join(ws[:-n] + [w.lower() for w in ws[-n:]])))
    return out

MESSY = [
 ('YAML', 'YAML block', 'counterparty:\n  name: "{n}"\n  city: {c}\n  status: pending'),
 ('SQL INSERT', 'SQL INSERT statement', "INSERT INTO vendors (name, city) VALUES ('{n}', '{c}');"),
 ('email subject', 'forwarded e-mail subject line', 'Fwd: RE: payment to {n} ({c}) - please screen'),
 ('SMS', 'SMS text', 'pls chk {n} {c} b4 we pay thx'),
 ('bill of lading', 'bill of lading consignee block', 'CONSIGNEE: {N}\n{C}\nNOTIFY PARTY: SAME AS CONSIGNEE'),
 ('protobuf text', 'protobuf text format', 'party {{ name: "{n}" city: "{c}" role: BENEFICIARY }}'),
 ('semicolon CSV', 'semicolon CSV line (German Excel export)', '4711;"{n}";"{c}";12.500,00;EUR'),
 ('Zendesk ticket', 'helpdesk ticket title', '[Ticket #88231] Screening hit? {n} / {c}'),
 ('Spanish chat', 'Spanish chat', '¿puedes revisar {n} de {c} antes del pago?'),
 ('French chat', 'French chat', 'tu peux vérifier {n} ({c}) avant le virement ?'),
 ('Norwegian chat', 'Norwegian chat', 'kan du sjekke {n} i {c} før vi betaler?'),
 ('Turkish chat', 'Turkish chat', 'ödemeden önce {c} merkezli {n} firmasını kontrol eder misin?'),
]
def g_messy(name, addrs=(), used=(), **k):
    c = city(addrs)
    if not c: return []
    return [(lab, '%s with the add.csv city %s' % (d, c), f.format(n=tc(name), c=c, N=name, C=c.upper()))
            for lab, d, f in MESSY if lab not in used]

GEN = {'partial': g_partial, 'word_order': g_word_order, 'legal_form': g_legal_form, 'punctuation': g_punctuation,
       'abbreviation': g_abbreviation, 'script': g_script, 'transliteration': g_transliteration,
       'translation': g_translation, 'parent_vs_subsidiary': g_parent, 'typo': g_typo, 'case': g_case, 'messy': g_messy}
# shape quotas (None = each shape at most once)
QUOTA = {'partial': 4, 'word_order': 4, 'punctuation': 3, 'script': 6, 'transliteration': 6, 'typo': 2, 'case': 4,
         'legal_form': 1, 'abbreviation': 1, 'translation': 1, 'parent_vs_subsidiary': 1, 'messy': 1}
