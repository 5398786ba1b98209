"""One generator per kind: gen_<kind>(name, ent, data) -> list of (shape, variant, query)."""
import re
from lib import full, LEGAL, SMALL


def tc_word(w):
    if re.fullmatch(r'([A-Za-z]\.)+', w):
        return w.upper()
    parts = w.split('-')
    return '-'.join(p[:1].upper() + p[1:].lower() for p in parts)


def tc(s):
    out = []
    for i, w in enumerate(s.split()):
        if i > 0 and w.lower() in SMALL:
            out.append(w.lower())
        else:
            out.append(tc_word(w))
    return ' '.join(out)


def split_name(name):
    toks = name.split()
    i = len(toks)
    while i > 1 and full(toks[i - 1]) and all(t in LEGAL for t in full(toks[i - 1]).split()) \
            and full(toks[i - 1]) not in ('the', 'and', 'of', 'group', 'international', 'holding', 'holdings'):
        i -= 1
    # do not strip a leading "de"/"y" dangling at body end
    body, legal = toks[:i], toks[i:]
    while legal and legal[0].lower() in ('de', 'y', 'e', 'and'):
        body.append(legal.pop(0))
    b = trim(' '.join(body))
    return b, ' '.join(legal)


def trim(b):
    t = b.replace(',', ' , ').split()
    while t and (t[-1].lower() in SMALL or t[-1] in ('&', ',', '-')):
        t.pop()
    while t and (t[0].lower() in SMALL or t[0] in ('&', ',', '-')):
        t.pop(0)
    return re.sub(r'\s+,', ',', ' '.join(t))


def content_idx(body_toks):
    return [i for i, w in enumerate(body_toks)
            if len(re.sub('[^A-Za-z]', '', w)) >= 3 and w.lower() not in SMALL and full(w) not in LEGAL]


def join(body, legal):
    return (body + (' ' + legal if legal else '')).strip()


# ---------------- partial (new shapes) ----------------
def gen_partial(name, e, d):
    b, lg = split_name(name)
    bt = b.split()
    ci = content_idx(bt)
    out = []
    if len(ci) >= 3:
        t = [w for i, w in enumerate(bt) if i != ci[0]]
        out.append(('P1', 'first content word dropped, legal form kept', tc(join(trim(' '.join(t)), lg))))
        t = [w for i, w in enumerate(bt) if i != ci[-1]]
        out.append(('P2', 'last content word and legal form dropped', tc(trim(' '.join(t)))))
    if len(ci) >= 3:
        t = [bt[ci[0]], bt[ci[-1]]]
        out.append(('P3', 'only the first and last content words kept, legal form kept', tc(join(' '.join(t), lg))))
    return out


# ---------------- word order ----------------
def gen_word_order(name, e, d):
    b, lg = split_name(name)
    bt = b.split()
    if len(bt) < 2 or not all(re.fullmatch(r'[A-Za-z]+', w) and w.lower() not in SMALL for w in bt):
        return []
    out = [('W1', 'name words fully reversed', tc(join(' '.join(bt[::-1]), lg))),
           ('W2', 'first name word moved to the end before the legal form', tc(join(' '.join(bt[1:] + bt[:1]), lg)))]
    if lg:
        out.append(('W3', 'legal form moved to the front', tc(lg + ' ' + b)))
    return out


# ---------------- legal form ----------------
FORMS = [('Macedonian', 'DOOEL'), ('Croatian', 'j.d.o.o.'), ('Slovene', 'd.n.o.'), ('Serbian', 'a.d.'),
         ('Polish', 'sp.j.'), ('Belgian', 'BVBA'), ('Vietnamese', 'TNHH'), ('Japanese', 'Godo Kaisha'),
         ('Indonesian', 'Tbk'), ('Chinese pinyin', 'Youxian Gongsi'), ('Quebec', 'S.E.N.C.'), ('Albanian', 'Sh.a.')]


def gen_legal_form(name, e, d):
    b, lg = split_name(name)
    how = 'replacing the own form' if lg else 'added (the name has no form)'
    return [(c, '%s form %s %s' % (c, f, how), tc(b) + ' ' + f) for c, f in FORMS]


# ---------------- punctuation ----------------
def _longest(bt):
    ci = content_idx(bt)
    return max(ci, key=lambda i: len(bt[i])) if ci else None


def gen_punctuation(name, e, d):
    q = tc(name)
    bt = q.split()
    i = _longest(bt)
    if i is None:
        return []
    w = bt[i]
    out = []

    def rep(nw):
        t = list(bt); t[i] = nw
        return ' '.join(t)
    j = w.find('a', 1)
    if j > 0:
        out.append(('at', '@ for a', rep(w[:j] + '@' + w[j + 1:])))
    j = w.find('o', 1)
    if j > 0:
        out.append(('deg', '\u00b0 for o', rep(w[:j] + '\u00b0' + w[j + 1:])))
    if len(w) >= 6:
        m = len(w) // 2
        out.append(('slash', 'slash inside a word', rep(w[:m] + '/' + w[m:])))
        out.append(('stop', 'full stop inside a word', rep(w[:m] + '.' + w[m:])))
    return out


# ---------------- abbreviation ----------------
ABBR = {'distribuidora': 'Distrib.', 'inmobiliaria': 'Inmob.', 'comercial': 'Comml.', 'constructora': 'Const.',
        'agricola': 'Agric.', 'transportes': 'Transp.', 'nacional': 'Nac.', 'productos': 'Prods.',
        'servicios': 'Servs.', 'technology': 'Tech.', 'technologies': 'Techs.', 'services': 'Svcs.',
        'national': 'Natl.', 'management': 'Mgmt.', 'association': 'Assn.', 'development': 'Devt.',
        'brothers': 'Bros.', 'investments': 'Invest.', 'insurance': 'Insur.', 'import': 'Imp.',
        'chemical': 'Chem.', 'chemicals': 'Chems.', 'electronics': 'Electr.', 'engineering': 'Engg.',
        'energy': 'Enrg.', 'equipment': 'Equip.', 'establishment': 'Estab.', 'general': 'Genl.',
        'trading': 'Tradg.', 'company': 'Coy.', 'shipping': 'Shpng.', 'industries': 'Inds.',
        'international': 'Internat.', 'cooperative': 'Coop.', 'foundation': 'Fndn.', 'airlines': 'Airl.',
        'petroleum': 'Pet.', 'economic': 'Econ.', 'enterprises': 'Entps.', 'enterprise': 'Entp.',
        'manufacturing': 'Manuf.', 'commercial': 'Comm.', 'industrial': 'Ind\'l', 'laboratories': 'Labs.'}


def gen_abbreviation(name, e, d):
    q = tc(name)
    bt = q.split()
    out = []
    for i, w in enumerate(bt):
        k = re.sub('[^a-z]', '', w.lower())
        if k in ABBR:
            t = list(bt); t[i] = ABBR[k]
            out.append((ABBR[k], '%s for %s' % (ABBR[k], k), ' '.join(t)))
    return out


# ---------------- script: Greek and Hebrew ----------------
GR = {'ch': '\u03c7', 'th': '\u03b8', 'ph': '\u03c6', 'sh': '\u03c3', 'ps': '\u03c8', 'ks': '\u03be',
      'ou': '\u03bf\u03c5', 'a': '\u03b1', 'b': '\u03bc\u03c0', 'c': '\u03ba', 'd': '\u03bd\u03c4', 'e': '\u03b5',
      'f': '\u03c6', 'g': '\u03b3', 'h': '', 'i': '\u03b9', 'j': '\u03c4\u03b6', 'k': '\u03ba', 'l': '\u03bb',
      'm': '\u03bc', 'n': '\u03bd', 'o': '\u03bf', 'p': '\u03c0', 'q': '\u03ba', 'r': '\u03c1', 's': '\u03c3',
      't': '\u03c4', 'u': '\u03bf\u03c5', 'v': '\u03b2', 'w': '\u03bf\u03c5', 'x': '\u03be', 'y': '\u03b9',
      'z': '\u03b6'}
HE = {'sh': '\u05e9', 'ch': '\u05e6\u05f3', 'th': '\u05ea', 'kh': '\u05d7', 'ph': '\u05e4', 'b': '\u05d1',
      'c': '\u05e7', 'd': '\u05d3', 'f': '\u05e4', 'g': '\u05d2', 'h': '\u05d4', 'j': '\u05d2\u05f3',
      'k': '\u05e7', 'l': '\u05dc', 'm': '\u05de', 'n': '\u05e0', 'p': '\u05e4', 'q': '\u05e7', 'r': '\u05e8',
      's': '\u05e1', 't': '\u05d8', 'v': '\u05d5', 'w': '\u05d5', 'x': '\u05e7\u05e1', 'z': '\u05d6',
      'i': '\u05d9', 'y': '\u05d9', 'o': '\u05d5', 'u': '\u05d5', 'a': '', 'e': ''}
HE_FINAL = {'\u05de': '\u05dd', '\u05e0': '\u05df', '\u05e4': '\u05e3', '\u05e6': '\u05e5'}


def _render(word, table):
    w = re.sub('[^a-z]', '', word.lower())
    out, i = '', 0
    while i < len(w):
        if w[i:i + 2] in table:
            out += table[w[i:i + 2]]; i += 2
        else:
            out += table.get(w[i], ''); i += 1
    return out


def to_greek(s):
    ws = []
    for w in s.split():
        r = _render(w, GR)
        if r.endswith('\u03c3'):
            r = r[:-1] + '\u03c2'
        if r:
            ws.append(r)
    return ' '.join(ws)


def to_hebrew(s):
    ws = []
    for w in s.split():
        lw = re.sub('[^a-z]', '', w.lower())
        r = ('\u05d0' if lw[:1] in ('a', 'e') else '') + _render(w, HE)
        if r and r[-1] in HE_FINAL:
            r = r[:-1] + HE_FINAL[r[-1]]
        if r:
            ws.append(r)
    return ' '.join(ws)


def gen_script(name, e, d):
    b, lg = split_name(name)
    if not re.search('[A-Za-z]', b):
        return []
    return [('Greek', 'Greek letters, my own rendering, legal form dropped', to_greek(b)),
            ('Hebrew', 'Hebrew letters, my own rendering, legal form dropped', to_hebrew(b))]


# ---------------- transliteration ----------------
def _tr(b, pat, table):
    def f(m):
        s = m.group(0)
        r = table[s.lower()]
        return r.capitalize() if s[0].isupper() else r
    return re.sub(pat, f, b, flags=re.I)


DE = {'kh': 'ch', 'sh': 'sch', 'ch': 'tsch', 'j': 'dsch', 'y': 'j', 'v': 'w', 'w': 'w'}
NL = {'kh': 'ch', 'sh': 'sj', 'ch': 'tsj', 'j': 'dj', 'y': 'j', 'u': 'oe'}


def gen_transliteration(name, e, d):
    b, lg = split_name(tc(name))
    out = []
    g = _tr(b, 'kh|sh|ch|j|y|v', DE)
    out.append(('German', 'German-style spelling (sch for sh, tsch for ch, dsch for j, j for y, w for v, ch for kh)', join(g, lg)))
    n = _tr(b, 'kh|sh|ch|j|y|u', NL)
    out.append(('Dutch', 'Dutch-style spelling (sj for sh, tsj for ch, dj for j, j for y, oe for u, ch for kh)', join(n, lg)))
    return out


# ---------------- translation ----------------
TR = {
 'Italian': {'company': 'Compagnia', 'trading': 'Commercio', 'international': 'Internazionale', 'group': 'Gruppo', 'shipping': 'Navigazione', 'bank': 'Banca', 'industries': 'Industrie', 'services': 'Servizi', 'investment': 'Investimenti', 'general': 'Generale', 'oil': 'Petrolio', 'engineering': 'Ingegneria', 'construction': 'Costruzioni', 'development': 'Sviluppo', 'technology': 'Tecnologia', 'electronics': 'Elettronica', 'equipment': 'Attrezzature', 'exchange': 'Cambio', 'energy': 'Energia', 'industrial': 'Industriale', 'commercial': 'Commerciale', 'petroleum': 'Petrolio', 'airlines': 'Linee Aeree', 'lines': 'Linee', 'import': 'Importazione', 'export': 'Esportazione', 'products': 'Prodotti', 'money': 'Denaro', 'marine': 'Marittima', 'holding': 'Holding', 'center': 'Centro', 'institute': 'Istituto', 'organization': 'Organizzazione', 'foundation': 'Fondazione', 'charity': 'Carita', 'petrochemical': 'Petrolchimica', 'metal': 'Metallo', 'steel': 'Acciaio', 'transport': 'Trasporti', 'aviation': 'Aviazione', 'foreign': 'Estero', 'agency': 'Agenzia'},
 'Portuguese': {'company': 'Companhia', 'trading': 'Comercio', 'international': 'Internacional', 'group': 'Grupo', 'shipping': 'Navegacao', 'bank': 'Banco', 'industries': 'Industrias', 'services': 'Servicos', 'investment': 'Investimentos', 'general': 'Geral', 'oil': 'Petroleo', 'engineering': 'Engenharia', 'construction': 'Construcao', 'development': 'Desenvolvimento', 'technology': 'Tecnologia', 'electronics': 'Eletronica', 'equipment': 'Equipamentos', 'exchange': 'Cambio', 'energy': 'Energia', 'industrial': 'Industrial', 'petroleum': 'Petroleo', 'airlines': 'Linhas Aereas', 'lines': 'Linhas', 'products': 'Produtos', 'money': 'Dinheiro', 'marine': 'Maritima', 'foundation': 'Fundacao', 'metal': 'Metal', 'steel': 'Aco', 'transport': 'Transportes', 'aviation': 'Aviacao', 'agency': 'Agencia', 'institute': 'Instituto', 'center': 'Centro'},
 'Swedish': {'company': 'Bolag', 'trading': 'Handel', 'international': 'Internationell', 'group': 'Koncern', 'shipping': 'Rederi', 'bank': 'Bank', 'industries': 'Industrier', 'services': 'Tjanster', 'investment': 'Investering', 'general': 'Allmanna', 'oil': 'Olja', 'engineering': 'Teknik', 'construction': 'Bygg', 'development': 'Utveckling', 'technology': 'Teknologi', 'electronics': 'Elektronik', 'equipment': 'Utrustning', 'exchange': 'Vaxling', 'energy': 'Energi', 'petroleum': 'Petroleum', 'airlines': 'Flygbolag', 'products': 'Produkter', 'money': 'Pengar', 'foundation': 'Stiftelse', 'steel': 'Stal', 'transport': 'Transport', 'aviation': 'Flyg', 'agency': 'Byra'},
 'Danish': {'company': 'Selskab', 'trading': 'Handel', 'international': 'Internationale', 'group': 'Gruppe', 'shipping': 'Rederi', 'bank': 'Bank', 'industries': 'Industrier', 'services': 'Tjenester', 'investment': 'Investering', 'general': 'Almindelige', 'oil': 'Olie', 'engineering': 'Ingeniorfirma', 'construction': 'Byggeri', 'development': 'Udvikling', 'technology': 'Teknologi', 'electronics': 'Elektronik', 'equipment': 'Udstyr', 'exchange': 'Veksel', 'energy': 'Energi', 'airlines': 'Luftfartsselskab', 'products': 'Produkter', 'money': 'Penge', 'foundation': 'Fond', 'steel': 'Staal', 'aviation': 'Luftfart', 'agency': 'Bureau'},
 'Polish': {'company': 'Spolka', 'trading': 'Handlowa', 'international': 'Miedzynarodowa', 'group': 'Grupa', 'shipping': 'Zegluga', 'bank': 'Bank', 'industries': 'Przemysl', 'services': 'Uslugi', 'investment': 'Inwestycje', 'general': 'Ogolna', 'oil': 'Ropa', 'engineering': 'Inzynieria', 'construction': 'Budownictwo', 'development': 'Rozwoj', 'technology': 'Technologia', 'electronics': 'Elektronika', 'equipment': 'Sprzet', 'exchange': 'Kantor', 'energy': 'Energia', 'airlines': 'Linie Lotnicze', 'products': 'Produkty', 'money': 'Pieniadze', 'foundation': 'Fundacja', 'steel': 'Stal', 'transport': 'Transport', 'aviation': 'Lotnictwo', 'agency': 'Agencja'},
 'Slovak': {'company': 'Spolocnost', 'trading': 'Obchodna', 'international': 'Medzinarodna', 'group': 'Skupina', 'shipping': 'Lodna Doprava', 'bank': 'Banka', 'industries': 'Priemysel', 'services': 'Sluzby', 'investment': 'Investicie', 'general': 'Vseobecna', 'oil': 'Ropa', 'engineering': 'Strojarstvo', 'construction': 'Stavebna', 'development': 'Rozvoj', 'technology': 'Technologia', 'electronics': 'Elektronika', 'equipment': 'Zariadenia', 'exchange': 'Zmenaren', 'energy': 'Energia', 'airlines': 'Aerolinie', 'products': 'Vyrobky', 'money': 'Peniaze', 'foundation': 'Nadacia', 'steel': 'Ocel', 'aviation': 'Letectvo', 'agency': 'Agentura'},
 'Irish': {'company': 'Cuideachta', 'trading': 'Tradala', 'international': 'Idirnaisiunta', 'group': 'Grupa', 'shipping': 'Loingseoireacht', 'bank': 'Banc', 'industries': 'Tionscail', 'services': 'Seirbhisi', 'investment': 'Infheistiocht', 'general': 'Ginearalta', 'oil': 'Ola', 'engineering': 'Innealtoireacht', 'construction': 'Togail', 'development': 'Forbairt', 'technology': 'Teicneolaiocht', 'electronics': 'Leictreonaic', 'equipment': 'Trealamh', 'exchange': 'Malartu', 'energy': 'Fuinneamh', 'airlines': 'Aerlinte', 'products': 'Tairgi', 'money': 'Airgead', 'foundation': 'Fonduireacht', 'steel': 'Cruach', 'aviation': 'Eitlíocht', 'agency': 'Gniomhaireacht'},
 'Indonesian': {'company': 'Perusahaan', 'trading': 'Perdagangan', 'international': 'Internasional', 'group': 'Grup', 'shipping': 'Pelayaran', 'bank': 'Bank', 'industries': 'Industri', 'services': 'Jasa', 'investment': 'Investasi', 'general': 'Umum', 'oil': 'Minyak', 'engineering': 'Teknik', 'construction': 'Konstruksi', 'development': 'Pembangunan', 'technology': 'Teknologi', 'electronics': 'Elektronik', 'equipment': 'Peralatan', 'exchange': 'Penukaran', 'energy': 'Energi', 'airlines': 'Maskapai', 'products': 'Produk', 'money': 'Uang', 'foundation': 'Yayasan', 'steel': 'Baja', 'aviation': 'Penerbangan', 'agency': 'Agen'},
 'Swahili': {'company': 'Kampuni', 'trading': 'Biashara', 'international': 'Kimataifa', 'group': 'Kikundi', 'shipping': 'Usafirishaji', 'bank': 'Benki', 'industries': 'Viwanda', 'services': 'Huduma', 'investment': 'Uwekezaji', 'general': 'Jumla', 'oil': 'Mafuta', 'engineering': 'Uhandisi', 'construction': 'Ujenzi', 'development': 'Maendeleo', 'technology': 'Teknolojia', 'electronics': 'Elektroniki', 'equipment': 'Vifaa', 'exchange': 'Ubadilishaji', 'energy': 'Nishati', 'airlines': 'Shirika la Ndege', 'products': 'Bidhaa', 'money': 'Pesa', 'foundation': 'Wakfu', 'steel': 'Chuma', 'aviation': 'Usafiri wa Anga', 'agency': 'Wakala'},
 'Albanian': {'company': 'Kompania', 'trading': 'Tregtare', 'international': 'Nderkombetare', 'group': 'Grupi', 'shipping': 'Detare', 'bank': 'Banka', 'industries': 'Industrite', 'services': 'Sherbime', 'investment': 'Investime', 'general': 'Pergjithshme', 'oil': 'Nafte', 'engineering': 'Inxhinieri', 'construction': 'Ndertim', 'development': 'Zhvillim', 'technology': 'Teknologji', 'electronics': 'Elektronike', 'equipment': 'Pajisje', 'exchange': 'Kembim', 'energy': 'Energji', 'airlines': 'Linjat Ajrore', 'products': 'Produkte', 'money': 'Para', 'foundation': 'Fondacioni', 'steel': 'Celik', 'aviation': 'Aviacion', 'agency': 'Agjenci'},
 'Luxembourgish': {'company': 'Gesellschaft', 'trading': 'Handel', 'international': 'International', 'group': 'Grupp', 'shipping': 'Schëffaart', 'bank': 'Bank', 'industries': 'Industrien', 'services': 'Servicer', 'investment': 'Investitioun', 'general': 'Allgemeng', 'oil': 'Ueleg', 'engineering': 'Ingenieursbüro', 'construction': 'Bau', 'development': 'Entwécklung', 'technology': 'Technologie', 'electronics': 'Elektronik', 'equipment': 'Ausrüstung', 'exchange': 'Wiessel', 'energy': 'Energie', 'airlines': 'Fluchgesellschaft', 'products': 'Produkter', 'money': 'Suen', 'foundation': 'Stëftung', 'steel': 'Stol', 'aviation': 'Loftfaart', 'agency': 'Agence'},
 'Yoruba': {'company': 'Ile-ise', 'trading': 'Okowo', 'international': 'Agbaye', 'group': 'Egbe', 'shipping': 'Oko Oju Omi', 'bank': 'Banki', 'industries': 'Ile-ise Nla', 'services': 'Ise', 'investment': 'Idokowo', 'general': 'Gbogbogbo', 'oil': 'Epo', 'engineering': 'Imo-ero', 'construction': 'Ikole', 'development': 'Idagbasoke', 'technology': 'Imo-ero Igbalode', 'electronics': 'Ero Itanna', 'equipment': 'Irinse', 'exchange': 'Paarowo', 'energy': 'Agbara', 'airlines': 'Oko Ofurufu', 'products': 'Oja', 'money': 'Owo', 'foundation': 'Ipile', 'steel': 'Irin', 'aviation': 'Ofurufu', 'agency': 'Ajo'},
}


def gen_translation(name, e, d):
    q = tc(name)
    out = []
    for lang, dic in TR.items():
        toks = q.split()
        n = 0
        for i, w in enumerate(toks):
            k = re.sub('[^a-z]', '', w.lower())
            if k in dic and dic[k].lower() != k:
                toks[i] = dic[k]; n += 1
        if n:
            out.append((lang, '%s trade words (mine, word by word; proper names kept)' % lang, ' '.join(toks)))
    return out


# ---------------- parent vs subsidiary ----------------
UNITS = [('Swedish filial', '{n}, filial {c}'), ('Danish afdeling', '{n} afdeling {c}'),
         ('Polish oddzial', '{n} Oddzia\u0142 w {c}'), ('Czech pobocka', '{n}, pobo\u010dka {c}'),
         ('Portuguese Filial de', '{n} \u2013 Filial de {c}'), ('Greek romanised Ypokatastima', '{n} Ypokatastima {c}'),
         ('Arabic romanised Far', "{n} Far' {c}"), ('Tagalog Sangay sa', '{n} Sangay sa {c}'),
         ('Thai romanised Sakha', '{n} Sakha {c}'), ('research laboratory', '{n} Research Laboratory, {c}'),
         ('procurement office', '{n} Procurement Office {c}'), ('field office', '{n} Field Office ({c})')]


def gen_parent_vs_subsidiary(name, e, d):
    c = d.city.get(e)
    if not c or not re.search('[A-Za-z]', c):
        return []
    c = tc(c)
    return [(u, 'unit "%s" at the add.csv city %s (not confirmed)' % (u, c), f.format(n=tc(name), c=c)) for u, f in UNITS]


# ---------------- typo ----------------
def gen_typo(name, e, d):
    q = tc(name)
    bt = q.split()
    out = []
    ci = content_idx(bt)
    for i in ci:
        w = bt[i]
        if len(w) >= 6 and w[0].isalpha() and w[1].isalpha():
            t = list(bt); t[i] = w[1].upper() + w[2:]
            out.append(('firstdrop', 'first letter of a word dropped', ' '.join(t))); break
    for i in ci:
        w = bt[i]
        if 'B' in w or 'b' in w:
            t = list(bt); j = w.lower().index('b'); t[i] = w[:j] + '8' + w[j + 1:]
            out.append(('8B', 'OCR 8 for b', ' '.join(t))); break
    for i in ci:
        w = bt[i]
        if 'w' in w.lower():
            t = list(bt); j = w.lower().index('w'); t[i] = w[:j] + ('VV' if w[j] == 'W' else 'vv') + w[j + 1:]
            out.append(('vv', 'vv typed for w', ' '.join(t))); break
    for i in ci:
        w = bt[i]
        j = w.find('e', 1)
        if j > 0:
            t = list(bt); t[i] = w[:j] + 'a' + w[j + 1:]
            out.append(('a4e', 'a typed for e', ' '.join(t))); break
    for i in ci:
        w = bt[i]
        if len(w) >= 8 and w.isalpha():
            t = list(bt); m = len(w) // 2; t[i] = w[:m] + ' ' + w[m:].lower()
            out.append(('split', 'space inserted inside a word', ' '.join(t))); break
    if len(ci) >= 2 and ci[1] == ci[0] + 1:
        t = list(bt); t[ci[0]] = bt[ci[0]] + bt[ci[1]].lower(); del t[ci[1]]
        out.append(('join', 'space between two words dropped', ' '.join(t)))
    return out


# ---------------- case ----------------
def gen_case(name, e, d):
    ws = name.split()
    out = []
    a = ' '.join(w[:-1].lower() + w[-1:].upper() for w in ws)
    out.append(('lastup', 'last letter of each word upper, the rest lower', a))
    b = ''.join(c.lower() if c.lower() in 'aeiou' else c.upper() for c in name)
    out.append(('consup', 'consonants upper, vowels lower', b))
    if len(ws) >= 2:
        out.append(('firstlow', 'first word lower, the rest upper', ' '.join([ws[0].lower()] + [w.upper() for w in ws[1:]])))
    return out


# ---------------- messy ----------------
MESSY = [
 ('XML element', '<counterparty city="{c}"><name>{n}</name></counterparty>'),
 ('Markdown table row', '| 4471 | {n} | {c} | pending |'),
 ('LaTeX line', '\\textbf{{Beneficiary:}} {n} \\\\ {c}'),
 ('vCard ORG line', 'ORG:{n};{c}'),
 ('URL query string', '?beneficiary={u}&city={uc}&check=1'),
 ('syslog line', 'Dec  5 09:14:02 gw screening[311]: lookup "{n}" ({c})'),
 ('Swedish chat', 'hej, kan du kolla {n} i {c}?'),
 ('Italian chat', 'ciao, puoi controllare {n} a {c}?'),
 ('Dutch chat', 'hoi, kun je {n} in {c} even checken?'),
 ('Indonesian chat', 'halo, tolong cek {n} di {c} ya'),
 ('Swahili chat', 'habari, tafadhali angalia {n} ya {c}'),
 ('Welsh chat', 'helo, allwch chi wirio {n} yn {c}?'),
]


def gen_messy(name, e, d):
    c = d.city.get(e)
    if not c or not re.search('[A-Za-z]', c):
        return []
    n = tc(name); c = tc(c)
    u = n.replace(' ', '+').replace('&', '%26'); uc = c.replace(' ', '+')
    return [(s, s + ' with the add.csv city', f.format(n=n, c=c, u=u, uc=uc)) for s, f in MESSY]


def gen_aka(name, e, d):
    return [('alias', 'own alt.csv alias', a) for a in d.alts.get(e, [])]


GENS = {'aka': gen_aka, 'partial': gen_partial, 'word_order': gen_word_order, 'legal_form': gen_legal_form,
        'punctuation': gen_punctuation, 'abbreviation': gen_abbreviation, 'script': gen_script,
        'transliteration': gen_transliteration, 'translation': gen_translation,
        'parent_vs_subsidiary': gen_parent_vs_subsidiary, 'typo': gen_typo, 'case': gen_case, 'messy': gen_messy}

# shape quotas per kind: shape -> max rows
QUOTA = {
 'partial': {'P1': 4, 'P2': 4, 'P3': 4},
 'word_order': {'W1': 4, 'W2': 4, 'W3': 4},
 'legal_form': {c: 1 for c, f in FORMS},
 'punctuation': {'at': 3, 'deg': 3, 'slash': 3, 'stop': 3},
 'abbreviation': None,  # each abbreviation once
 'script': {'Greek': 6, 'Hebrew': 6},
 'transliteration': {'German': 6, 'Dutch': 6},
 'translation': {l: 1 for l in TR},
 'parent_vs_subsidiary': {u: 1 for u, f in UNITS},
 'typo': {'firstdrop': 2, '8B': 2, 'vv': 2, 'a4e': 2, 'split': 2, 'join': 2},
 'case': {'lastup': 4, 'consup': 4, 'firstlow': 4},
 'messy': {s: 1 for s, f in MESSY},
 'aka': None,
}
