"""train76 positive generators: each yields (shape, detail, query)."""
import re
from urllib.parse import quote_plus
from lib import full, FILLER

LEGAL = set('s a sa sas srl spa sarl gmbh ag kg ltd ltda limited llc inc corp corporation co company cia de c v cv '
            'jsc pjsc ojsc cjsc oao zao ooo llp lp bv nv ab oy plc fze fzco fzc pte pvt bhd sdn sac eirl sl en '
            'saic sae sal rl pty ca scs eu sen sc'.split())
SMALL = set('de y la el los las del the and of e et di da do du des le al a i en'.split())


def split_legal(name):
    ws = name.split()
    i = len(ws)
    while i > 1:
        t = full(ws[i - 1]).split()
        if t and all(x in LEGAL for x in t):
            i -= 1
        else:
            break
    return ws[:i], ws[i:]


def tcw(w):
    parts = re.split(r'(-)', w)
    out = []
    for p in parts:
        if p.isupper() and any(c.isalpha() for c in p):
            out.append(p[0] + p[1:].lower())
        else:
            out.append(p)
    return ''.join(out)


def tc(words):
    return ' '.join(tcw(w) for w in words)


def join(body, legal):
    return ' '.join([tc(body)] + list(legal)).strip()


def plain(w):
    return w.isalpha()


def is_small(w):
    return len(w) <= 2 or full(w) in SMALL


# ---------------- partial
def partial(name):
    body, legal = split_legal(name)
    if not all(plain(w) for w in body):
        return
    big = [w for w in body if not is_small(w)]
    if len(body) < 4 or len(big) < 4:
        return
    yield 'first and last name words only, legal form kept', '', join([big[0], big[-1]], legal)
    lens = [len(w) for w in big]
    j = max(i for i, w in enumerate(big) if len(w) == min(lens))
    yield 'shortest name word dropped, legal form dropped', big[j], tc(big[:j] + big[j + 1:])
    yield 'second name word dropped, legal form kept', big[1], join([big[0]] + big[2:], legal)


# ---------------- word order
def word_order(name):
    body, legal = split_legal(name)
    if len(body) < 2 or not all(plain(w) and not is_small(w) for w in body):
        return
    yield 'name words fully reversed', '', join(body[::-1], legal)
    yield 'first name word moved to the end', '', join(body[1:] + body[:1], legal)
    if len(body) >= 3:
        yield 'odd-position name words then even-position ones', '', join(body[0::2] + body[1::2], legal)


# ---------------- legal form
LEGAL_FORMS = ['UAB', 'Sp. z o.o.', 's.r.o.', 'a.s.', 'KGaA', 'K.K.', 'Y.K.', 'TOO', 'AO', 'SCA', 'S.L.L.', 'LLP']


def legal_form(name):
    body, legal = split_legal(name)
    for f in LEGAL_FORMS:
        yield 'form replaced' if legal else 'form added', f, tc(body) + ' ' + f


# ---------------- punctuation
def _longest_with(body, ch):
    c = [i for i, w in enumerate(body) if ch in w.lower()[1:] and w.isalpha()]
    return max(c, key=lambda i: len(body[i])) if c else None


def punctuation(name):
    body, legal = split_legal(name)
    b = [tcw(w) for w in body]
    for shape, ch, rep in (('`@` for a', 'a', '@'), ('`¥` for y', 'y', '¥')):
        i = _longest_with(b, ch)
        if i is not None:
            w = b[i]; k = w.lower().index(ch, 1)
            nb = b[:]; nb[i] = w[:k] + rep + w[k + 1:]
            yield shape, '', ' '.join(nb + legal)
    for shape, rep in (('`=` inside a word', '='), ('`\\` inside a word', '\\')):
        c = [i for i, w in enumerate(b) if w.isalpha() and len(w) >= 5]
        if c:
            i = max(c, key=lambda i: len(b[i])); w = b[i]; k = len(w) // 2
            nb = b[:]; nb[i] = w[:k] + rep + w[k:]
            yield shape, '', ' '.join(nb + legal)


# ---------------- abbreviation
ABBR = [('constructora construcciones construction constructions', 'Constr.'),
        ('distribuidora distribution distributors', 'Distrib.'),
        ('agricola agricultural agriculture', 'Agric.'),
        ('pharmaceutical pharmaceuticals farmaceutica', 'Pharm.'),
        ('aviation', 'Aviat.'), ('management', 'Mgmt.'),
        ('administradora administration', 'Admin.'), ('trading', 'Trdg.'),
        ('group grupo', 'Grp.'), ('enterprises enterprise', 'Ent.'),
        ('holding holdings', 'Hldgs.'), ('foundation fundacion', 'Fdn.'),
        ('systems', 'Sys.'), ('marketing', 'Mktg.'), ('international internacional', 'Intl.')]


def abbreviation(name):
    ws = name.split()
    for src, ab in ABBR:
        srcs = src.split()
        for i, w in enumerate(ws):
            if full(w) in srcs:
                nw = ws[:]; nw[i] = ab
                body, legal = split_legal(' '.join(nw))
                yield 'trade word shortened', ab, join(body, legal)
                break


# ---------------- script
GREEK_DI = [('th', 'θ'), ('ch', 'τσ'), ('sh', 'σ'), ('ph', 'φ'), ('ps', 'ψ'), ('kh', 'χ'), ('ou', 'ου')]
GREEK = dict(zip('abcdefghijklmnopqrstuvwxyz',
                 ['α', 'β', 'κ', 'δ', 'ε', 'φ', 'γ', 'χ', 'ι', 'τζ', 'κ', 'λ', 'μ', 'ν', 'ο', 'π', 'κ', 'ρ', 'σ', 'τ',
                  'ου', 'β', 'ου', 'ξ', 'ι', 'ζ']))
HEB_DI = [('sh', 'ש'), ('kh', 'ח'), ('th', 'ת'), ('ts', 'צ'), ('ch', 'צ')]
HEB = dict(zip('bcdfghjklmnpqrstvwxyz', ['ב', 'ק', 'ד', 'פ', 'ג', 'ה', 'ג', 'ק', 'ל', 'מ', 'נ', 'פ', 'ק', 'ר', 'ס',
                                         'ט', 'ו', 'ו', 'קס', 'י', 'ז']))
HEB_FINAL = {'כ': 'ך', 'מ': 'ם', 'נ': 'ן', 'פ': 'ף', 'צ': 'ץ'}


def _greek_word(w):
    out, i = '', 0
    while i < len(w):
        for a, b in GREEK_DI:
            if w.startswith(a, i):
                out += b; i += len(a); break
        else:
            out += GREEK.get(w[i], ''); i += 1
    if out.endswith('σ'):
        out = out[:-1] + 'ς'
    return out


def _heb_word(w):
    out, i = '', 0
    while i < len(w):
        c = w[i]
        for a, b in HEB_DI:
            if w.startswith(a, i):
                out += b; i += len(a); break
        else:
            if c in 'aeiou':
                if i == 0:
                    out += {'a': 'א', 'e': 'א', 'i': 'אי', 'o': 'או', 'u': 'או'}[c]
                elif c in 'iou':
                    out += 'י' if c == 'i' else 'ו'
                elif i == len(w) - 1:
                    out += 'ה'
            else:
                out += HEB.get(c, '')
            i += 1
    if out and out[-1] in HEB_FINAL:
        out = out[:-1] + HEB_FINAL[out[-1]]
    return out


def script(name):
    body, legal = split_legal(name)
    words = [t for t in full(' '.join(body).replace('-', ' ')).split() if t.isalpha()]
    if not words:
        return
    g = ' '.join(x for x in (_greek_word(w) for w in words) if x)
    if sum(c.isalpha() for c in g) >= 4:
        yield 'Greek', '', g
    h = ' '.join(x for x in (_heb_word(w) for w in words) if x)
    if sum(c.isalpha() for c in h) >= 4:
        yield 'Hebrew', '', h


# ---------------- transliteration
def _translit(w, rules_pre, rules_post):
    lw = w.lower()
    for a, b in rules_pre:
        lw = re.sub(a, b, lw)
    for a, b in rules_post:
        lw = lw.replace(a, b)
    if w[:1].isupper():
        lw = lw[:1].upper() + lw[1:]
    return lw


GER_PRE = [('kh', '\x01'), ('sh', '\x02'), ('ch', '\x03'), ('zh', '\x04'), ('j', '\x05'), ('v', 'w'),
           ('y(?=[aeiou])', 'j')]
GER_POST = [('\x01', 'ch'), ('\x02', 'sch'), ('\x03', 'tsch'), ('\x04', 'sch'), ('\x05', 'dsch')]
DUT_PRE = [('kh', '\x01'), ('sh', '\x02'), ('ch', '\x03'), ('zh', '\x04'), ('j', '\x05'), ('u', 'oe'),
           ('y(?=[aeiou])', 'j')]
DUT_POST = [('\x01', 'ch'), ('\x02', 'sj'), ('\x03', 'tsj'), ('\x04', 'zj'), ('\x05', 'dzj')]


def transliteration(name):
    body, legal = split_legal(name)
    b = [tcw(w) for w in body]
    yield 'German-style', '', ' '.join([_translit(w, GER_PRE, GER_POST) for w in b] + legal)
    yield 'Dutch-style', '', ' '.join([_translit(w, DUT_PRE, DUT_POST) for w in b] + legal)


# ---------------- translation
TR_WORDS = ['bank', 'shipping', 'company', 'industries', 'investment', 'exchange', 'oil', 'services', 'transport',
            'trading', 'development', 'insurance', 'airlines', 'construction', 'engineering']
TR = {
 'Italian': 'Banca|Navigazione|Compagnia|Industrie|Investimenti|Cambio|Petrolio|Servizi|Trasporti|Commercio|Sviluppo|Assicurazioni|Linee Aeree|Costruzioni|Ingegneria',
 'Portuguese': 'Banco|Navegação|Companhia|Indústrias|Investimentos|Câmbio|Petróleo|Serviços|Transportes|Comércio|Desenvolvimento|Seguros|Linhas Aéreas|Construção|Engenharia',
 'Swedish': '|Sjöfart|Bolag|Industrier|Investering|Växling|Olja|Tjänster||Handel|Utveckling|Försäkring|Flygbolag|Byggnad|Teknik',
 'Danish': '|Skibsfart|Selskab|Industrier|Investering|Veksling|Olie|Tjenester||Handel|Udvikling|Forsikring|Flyselskab|Byggeri|Ingeniørarbejde',
 'Polish': '|Żegluga|Spółka|Przemysł|Inwestycje|Kantor|Ropa|Usługi||Handel|Rozwój|Ubezpieczenia|Linie Lotnicze|Budownictwo|Inżynieria',
 'Slovak': 'Banka|Lodná Doprava|Spoločnosť|Priemysel|Investície|Zmenáreň|Ropa|Služby|Doprava|Obchod|Rozvoj|Poistenie|Aerolínie|Stavebníctvo|Strojárstvo',
 'Irish': 'Banc|Loingseoireacht|Comhlacht|Tionscail|Infheistíocht|Malartú|Ola|Seirbhísí|Iompar|Trádáil|Forbairt|Árachas|Aerlínte|Tógáil|Innealtóireacht',
 'Swahili': 'Benki|Usafirishaji Majini|Kampuni|Viwanda|Uwekezaji|Ubadilishaji|Mafuta|Huduma|Usafiri|Biashara|Maendeleo|Bima|Mashirika ya Ndege|Ujenzi|Uhandisi',
 'Indonesian': '|Pelayaran|Perusahaan|Industri|Investasi|Penukaran|Minyak|Layanan|Transportasi|Perdagangan|Pembangunan|Asuransi|Maskapai|Konstruksi|Teknik',
 'Albanian': 'Bankë|Transport Detar|Kompani|Industri|Investime|Këmbim|Naftë|Shërbime||Tregti|Zhvillim|Sigurime|Linja Ajrore|Ndërtim|Inxhinieri',
 'Luxembourgish': '|Schëffaart|Gesellschaft|Industrien|Investitioun|Wiessel|Ueleg|Servicer||Handel|Entwécklung|Versécherung||Bau|',
 'West Frisian': '|Skipfeart|Maatskippij|Yndustry|Ynvestearring|Wiksel|Oalje|Tsjinsten||Hannel|Untwikkeling|Fersekering||Bou|',
}


def translation(name):
    ws = name.split()
    for lang, row in TR.items():
        tr = dict(zip(TR_WORDS, row.split('|')))
        for i, w in enumerate(ws):
            t = tr.get(full(w))
            if t:
                nw = ws[:]; nw[i] = '\x00' + t
                body, legal = split_legal(' '.join(nw))
                q = join(body, legal).replace('\x00', '')
                yield lang, '%s -> %s' % (full(w), t), q
                break


# ---------------- parent vs subsidiary
UNITS = [('Italian', 'filiale di {c}'), ('Portuguese', 'agência de {c}'), ('Polish', 'oddział w {c}'),
         ('Slovak', 'pobočka {c}'), ('Danish', 'afdeling {c}'), ('Swahili', 'tawi la {c}'),
         ('Irish', 'brainse {c}'), ('Albanian', 'dega {c}'), ('English', 'representative office {c}'),
         ('English', 'head office {c}'), ('English', 'distribution depot {c}'), ('English', 'customer desk {c}')]


def parent_vs_subsidiary(name, city):
    if not city:
        return
    body, legal = split_legal(name)
    for lang, u in UNITS:
        yield 'unit word at the add.csv city', u.split(' {')[0] if '{c}' in u else u, \
            join(body, legal) + ' ' + u.format(c=city)


# ---------------- typo
def typo(name):
    body, legal = split_legal(name)
    b = [tcw(w) for w in body]
    alpha = [i for i, w in enumerate(b) if w.isalpha() and len(w) >= 4]
    for shape, src, rep in (('OCR `5` for s', 's', '5'), ('OCR `vv` for w', 'w', 'vv'), ('`a` typed for e', 'e', 'a'),
                            ('`p` typed for b', 'b', 'p'), ('`z` typed for s', 's', 'z')):
        c = [i for i in alpha if src in b[i].lower()[1:]]
        if c:
            i = max(c, key=lambda i: len(b[i])); w = b[i]; k = w.lower().index(src, 1)
            nb = b[:]; nb[i] = w[:k] + rep + w[k + 1:]
            yield shape, '', ' '.join(nb + legal)
    if alpha:
        i = max(alpha, key=lambda i: len(b[i])); w = b[i]
        nb = b[:]; nb[i] = w[1].upper() + w[2:]
        yield 'first letter of the longest word dropped', '', ' '.join(nb + legal)


# ---------------- case
def case(name):
    ws = name.split()
    yield 'sentence case (first letter upper, rest lower)', '', name[:1].upper() + name[1:].lower()
    if len(ws) >= 2:
        yield 'upper case except the last word lower', '', ' '.join([w.upper() for w in ws[:-1]] + [ws[-1].lower()])
    def lastup(w):
        k = max([i for i, c in enumerate(w) if c.isalpha()] or [len(w) - 1])
        return w[:k].lower() + w[k:].upper()
    yield 'each word lower with its last letter upper', '', ' '.join(lastup(w) for w in ws)


# ---------------- messy
MESSY = [('XML element', '<counterparty name="{n}" city="{c}"/>'),
         ('Markdown table row', '| {n} | {c} | pending |'),
         ('URL query string', 'https://screen.example/api/check?name={u}&city={uc}'),
         ('syslog line', 'Dec 05 10:14:02 gw1 screening[311]: lookup name="{n}" loc={c}'),
         ('LaTeX', '\\textbf{{{n}}} ({c})'),
         ('Python dict literal', "{{'party': '{n}', 'city': '{c}'}}"),
         ('courier waybill line', 'AWB 7731 2290 consignee: {n}, {c}'),
         ('voicemail transcript', "voicemail: hi it's Dana, can you check {n} in {c} before we ship, thanks"),
         ('Italian chat', 'ciao, puoi verificare {n} a {c}?'),
         ('Swedish chat', 'hej, kan du kolla {n} i {c}?'),
         ('Danish chat', 'hej, kan du tjekke {n} i {c}?'),
         ('Swahili chat', 'habari, tafadhali angalia {n} huko {c}')]


def messy(name, city):
    if not city:
        return
    body, legal = split_legal(name)
    n = join(body, legal)
    for shape, t in MESSY:
        yield shape, '', t.format(n=n, c=city, u=quote_plus(n), uc=quote_plus(city))
