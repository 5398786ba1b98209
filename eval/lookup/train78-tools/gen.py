"""Per-kind generators for train78. Each yields (shape, detail, query)."""
import re
from lib import FILLER, full

LEGAL = set('''sa de cv ltda ltd limited llc gmbh sas eu scs ca inc corp co plc srl sarl spa bv nv ag jsc ojsc cjsc
pjsc oao zao ooo fze fzco fzc llp pvt pte bhd sdn sl en liquidacion cia y eirl lp lda kg sc scs srl private
pjs pty sal sae wll lc cie sadecv rl s c a spr pr pao ao tov kft'''.split())
CONNECT = {'de', 'y', 'en', 'cia', '&'}
SMALL_EXTRA = {'para', 'con', 'por', 'en', 'for'}

def norm(t):
    return re.sub(r'[^a-z0-9&]', '', t.lower())

def split_legal(name):
    toks = name.split()
    chain = []
    while len(toks) > 1:
        n = norm(toks[-1])
        if n in LEGAL or (n in CONNECT and chain):
            chain.insert(0, toks.pop())
        else:
            break
    while chain and norm(chain[0]) in CONNECT and norm(chain[0]) not in ('cia',):
        toks.append(chain.pop(0))
    body = ' '.join(toks).rstrip(',')
    return body.split(), ' '.join(chain)

def cap(w):
    out, up, prev = [], True, ' '
    for ch in w:
        out.append(ch.upper() if up else ch.lower())
        up = ch in ' -/(."' or (ch == "'" and (prev in ' -/(."' or not out[:-1]))
        prev = ch
    return ''.join(out)

def tcw(words):
    return ' '.join(cap(w) for w in words)

def join(body, legal):
    return body + (' ' + legal if legal else '')

def plain(w):
    return re.fullmatch(r"[A-Za-z]+", w) is not None

def small(w):
    n = norm(w)
    return n in FILLER or len(n) <= 2 or n in SMALL_EXTRA

def tname(name):
    b, l = split_legal(name)
    return join(tcw(b), l)

# ---------------- partial
def g_partial(name):
    b, l = split_legal(name)
    if len(b) < 4 or not all(plain(w) for w in b):
        return
    ns = [w for w in b if not small(w)]
    if len(ns) < 4:
        return
    yield 'first name word dropped, legal form kept', None, join(tcw(ns[1:]), l)
    yield 'first three name words only, legal form dropped', None, tcw(ns[:3])
    idx = sorted(range(len(ns)), key=lambda i: (-len(ns[i]), i))[:2]
    yield 'two longest name words only, legal form kept', None, join(tcw([ns[i] for i in sorted(idx)]), l)

# ---------------- word order
def g_word_order(name):
    b, l = split_legal(name)
    if len(b) < 2 or not all(plain(w) and not small(w) for w in b):
        return
    a = sorted(b, key=lambda w: w.lower())
    if a != b:
        yield 'name words in alphabetical order', None, join(tcw(a), l)
    if len(b) >= 4:
        yield 'first and last name words swapped', None, join(tcw([b[-1]] + b[1:-1] + [b[0]]), l)
        yield 'first two name words moved to the end', None, join(tcw(b[2:] + b[:2]), l)

# ---------------- legal form
LEGAL_FORMS = [('d.o.o.', 'Croatian'), ('d.d.', 'Slovenian'), ('Sh.p.k.', 'Albanian'), ('DOOEL', 'Macedonian'),
               ('a.d.', 'Serbian'), ('TOV', 'Ukrainian'), ('SpA', 'Chilean'), ('EIRELI', 'Brazilian'),
               ('SASU', 'French'), ('EURL', 'French'), ('UG (haftungsbeschränkt)', 'German'), ('TNHH', 'Vietnamese')]
def g_legal_form(name):
    b, l = split_legal(name)
    for form, lang in LEGAL_FORMS:
        yield ('%s form replacing the trailing form' % lang if l else '%s form added' % lang), form, tcw(b) + ' ' + form

# ---------------- punctuation
def _longest(b, pred=lambda w: True):
    c = [i for i, w in enumerate(b) if plain(w) and pred(w)]
    if not c:
        return None
    return max(c, key=lambda i: (len(b[i]), -i))

def g_punctuation(name):
    b, l = split_legal(name)
    b = tcw(b).split()
    i = _longest(b, lambda w: 'i' in w[1:].lower())
    if i is not None:
        w = b[i]; j = w.lower().index('i', 1)
        yield '`!` for i', None, join(' '.join(b[:i] + [w[:j] + '!' + w[j + 1:]] + b[i + 1:]), l)
    i = _longest(b, lambda w: 'l' in w[1:].lower())
    if i is not None:
        w = b[i]; j = w.lower().index('l', 1)
        yield '`£` for l', None, join(' '.join(b[:i] + [w[:j] + '£' + w[j + 1:]] + b[i + 1:]), l)
    i = _longest(b, lambda w: len(w) >= 4)
    if i is not None:
        w = b[i]; j = len(w) // 2
        yield '`#` inside a word', None, join(' '.join(b[:i] + [w[:j] + '#' + w[j:]] + b[i + 1:]), l)
        yield '`|` inside a word', None, join(' '.join(b[:i] + [w[:2] + '|' + w[2:]] + b[i + 1:]), l)

# ---------------- abbreviation
ABBR = {}
for ws, ab in [('industries industrial industry industrias industria', 'Ind.'), ('engineering ingenieria', 'Eng.'),
               ('transport transportation transporte transportes', 'Transp.'), ('national nacional', 'Natl.'),
               ('pharmaceutical pharmaceuticals farmaceutica farmaceuticos', 'Pharm.'),
               ('chemical chemicals quimica quimicos', 'Chem.'),
               ('telecommunication telecommunications telecomunicaciones', 'Telecom.'),
               ('association asociacion', 'Assoc.'), ('equipment equipos', 'Equip.'),
               ('distribuidora distribution distributors distribuciones', 'Distrib.'),
               ('comercializadora comercial commercial', 'Comerc.'), ('security seguridad', 'Sec.'),
               ('insurance seguros', 'Ins.'), ('research', 'Res.'), ('medical medica medico medicos', 'Med.'),
               ('airlines', 'Airl.'), ('laboratories laboratorios laboratorio', 'Labs.'),
               ('hermanos', 'Hnos.'), ('brothers', 'Bros.'), ('automotive automotriz', 'Auto.'),
               ('university', 'Univ.'), ('agency agencia', 'Agcy.')]:
    for w in ws.split():
        ABBR[w] = ab
ABBR_ORDER = ['Ind.', 'Eng.', 'Transp.', 'Natl.', 'Pharm.', 'Chem.', 'Telecom.', 'Assoc.', 'Equip.', 'Distrib.',
              'Comerc.', 'Sec.', 'Ins.', 'Res.', 'Med.', 'Airl.', 'Labs.', 'Hnos.', 'Bros.', 'Auto.', 'Univ.', 'Agcy.']
def g_abbreviation(name):
    b, l = split_legal(name)
    b = tcw(b).split()
    for i, w in enumerate(b):
        ab = ABBR.get(norm(w))
        if ab:
            yield 'short form', '%s for %s' % (ab, w), join(' '.join(b[:i] + [ab] + b[i + 1:]), l)

# ---------------- typo
def _sub_first(w, ch, rep, start=1):
    j = w.lower().find(ch, start)
    if j < 0:
        return None
    r = rep if w[j].islower() else rep.upper()
    return w[:j] + r + w[j + 1:]

def g_typo(name):
    b, l = split_legal(name)
    b = tcw(b).split()
    for shape, ch, rep in [('OCR `1` for l', 'l', '1'), ('OCR `cl` for d', 'd', 'cl'), ('`i` typed for e', 'e', 'i'),
                           ('`m` typed for n', 'n', 'm'), ('`d` typed for t', 't', 'd')]:
        i = _longest(b, lambda w: ch in w[1:].lower())
        if i is not None:
            nw = _sub_first(b[i], ch, rep)
            yield shape, None, join(' '.join(b[:i] + [nw] + b[i + 1:]), l)
    i = _longest(b, lambda w: len(w) >= 4)
    if i is not None:
        w = b[i]
        for j in range(1, len(w) - 1):
            c = w[j].lower()
            if c.isalpha() and c not in 'aeiouhwy' and w[j - 1].lower() != c and w[j + 1].lower() != c:
                yield 'consonant doubled', None, join(' '.join(b[:i] + [w[:j + 1] + w[j] + w[j + 1:]] + b[i + 1:]), l)
                break

# ---------------- transliteration
HU = {'sh': 's', 'ch': 'cs', 'zh': 'zs', 'kh': 'h', 'j': 'dzs', 'w': 'v', 's': 'sz', 'y': 'j'}
ES = {'kh': 'j', 'sh': 'ch', 'j': 'y', 'wv': 'gu', 'w': 'u', 'k': 'c', 'q': 'c'}
def _hu(w):
    return re.sub(r'sh|ch|zh|kh|j|w|s|y(?=[aeiou])', lambda m: HU[m.group(0)], w)
def _es(w):
    def f(m):
        g = m.group(0)
        if g.startswith('w') and len(g) == 2:
            return 'gu' + g[1]
        return ES[g]
    return re.sub(r'kh|sh|j|w[aeiou]|w|k(?=[aou])|q', f, w)
def g_transliteration(name):
    b, l = split_legal(name)
    for shape, fn in [('Hungarian-style spelling', _hu), ('Spanish-style spelling', _es)]:
        nb = [w if small(w) else fn(w.lower()) for w in b]
        yield shape, None, join(tcw(nb), l)

# ---------------- translation
TR = {
 'Spanish': dict(bank='Banco', company='Compañía', shipping='Naviera', trading='Comercial', industries='Industrias', industry='Industria', services='Servicios', investment='Inversión', investments='Inversiones', construction='Construcción', engineering='Ingeniería', oil='Petróleo', airlines='Aerolíneas', electronics='Electrónica'),
 'Romanian': dict(bank='Banca', company='Companie', trading='Comerț', industries='Industrii', industry='Industrie', services='Servicii', investment='Investiții', construction='Construcții', engineering='Inginerie', airlines='Linii Aeriene', electronics='Electronică'),
 'Czech': dict(bank='Banka', company='Společnost', shipping='Lodní doprava', trading='Obchod', industries='Průmysl', industry='Průmysl', services='Služby', investment='Investice', group='Skupina', construction='Stavebnictví', engineering='Strojírenství', oil='Ropa', transport='Doprava', airlines='Aerolinie', electronics='Elektronika'),
 'Croatian': dict(company='Tvrtka', shipping='Brodarstvo', trading='Trgovina', industries='Industrija', services='Usluge', investment='Investicije', construction='Graditeljstvo', oil='Nafta', transport='Prijevoz', electronics='Elektronika'),
 'Slovenian': dict(company='Družba', shipping='Ladjarstvo', trading='Trgovina', industries='Industrija', services='Storitve', investment='Naložbe', group='Skupina', construction='Gradbeništvo', oil='Nafta', transport='Prevoz'),
 'Latvian': dict(company='Uzņēmums', shipping='Kuģniecība', trading='Tirdzniecība', industries='Rūpniecība', services='Pakalpojumi', investment='Investīcijas', construction='Būvniecība', oil='Nafta', transport='Transports'),
 'Lithuanian': dict(bank='Bankas', company='Bendrovė', shipping='Laivyba', trading='Prekyba', industries='Pramonė', services='Paslaugos', investment='Investicijos', construction='Statyba', oil='Nafta', transport='Transportas'),
 'Norwegian': dict(company='Selskap', shipping='Skipsfart', trading='Handel', industries='Industri', services='Tjenester', investment='Investering', construction='Bygg', oil='Olje', airlines='Flyselskap', electronics='Elektronikk'),
 'Turkish': dict(bank='Banka', company='Şirketi', shipping='Denizcilik', trading='Ticaret', industries='Sanayi', industry='Sanayi', services='Hizmetleri', investment='Yatırım', construction='İnşaat', engineering='Mühendislik', transport='Taşımacılık', airlines='Hava Yolları', electronics='Elektronik'),
 'Basque': dict(bank='Bankua', company='Enpresa', shipping='Itsas Garraioa', trading='Merkataritza', industries='Industriak', services='Zerbitzuak', investment='Inbertsioa', construction='Eraikuntza', engineering='Ingeniaritza', oil='Petrolioa', transport='Garraioa'),
 'Afrikaans': dict(company='Maatskappy', shipping='Skeepvaart', trading='Handel', industries='Nywerhede', services='Dienste', investment='Belegging', construction='Konstruksie', engineering='Ingenieurswese', oil='Olie', transport='Vervoer', airlines='Lugdiens'),
 'Azerbaijani': dict(company='Şirkəti', shipping='Gəmiçilik', trading='Ticarət', industries='Sənaye', industry='Sənaye', services='Xidmətləri', investment='İnvestisiya', construction='Tikinti', engineering='Mühəndislik', oil='Neft', transport='Nəqliyyat'),
}
LANGS = list(TR)
def g_translation(name):
    b, l = split_legal(name)
    b = tcw(b).split()
    for lang in LANGS:
        for i, w in enumerate(b):
            t = TR[lang].get(norm(w))
            if t and full(t) != full(w):
                yield 'one trade word translated', '%s: %s for %s' % (lang, t, w), join(' '.join(b[:i] + [t] + b[i + 1:]), l)
                break

# ---------------- script
AR = {'sh': 'ش', 'kh': 'خ', 'th': 'ث', 'gh': 'غ', 'ch': 'تش', 'a': 'ا', 'b': 'ب', 'c': 'ك', 'd': 'د', 'e': 'ي',
      'f': 'ف', 'g': 'ج', 'h': 'ه', 'i': 'ي', 'j': 'ج', 'k': 'ك', 'l': 'ل', 'm': 'م', 'n': 'ن', 'o': 'و', 'p': 'ب',
      'q': 'ق', 'r': 'ر', 's': 'س', 't': 'ت', 'u': 'و', 'v': 'ف', 'w': 'و', 'x': 'كس', 'y': 'ي', 'z': 'ز'}
BN_C = {'sh': 'শ', 'kh': 'খ', 'ch': 'চ', 'th': 'থ', 'gh': 'ঘ', 'ph': 'ফ', 'bh': 'ভ', 'dh': 'ধ', 'b': 'ব', 'c': 'ক',
        'd': 'দ', 'f': 'ফ', 'g': 'গ', 'h': 'হ', 'j': 'জ', 'k': 'ক', 'l': 'ল', 'm': 'ম', 'n': 'ন', 'p': 'প', 'q': 'ক',
        'r': 'র', 's': 'স', 't': 'ত', 'v': 'ভ', 'w': 'ৱ', 'x': 'ক্স', 'y': 'য', 'z': 'জ'}
BN_V = {'a': 'আ', 'e': 'এ', 'i': 'ই', 'o': 'ও', 'u': 'উ'}
BN_S = {'a': 'া', 'e': 'ে', 'i': 'ি', 'o': 'ো', 'u': 'ু'}
def _units(w):
    return re.findall(r'sh|kh|th|gh|ch|ph|bh|dh|[a-z]', w)
def _ar(w):
    return ''.join(AR.get(u, '') for u in re.findall(r'sh|kh|th|gh|ch|[a-z]', w))
def _bn(w):
    us, out, i = _units(w), [], 0
    while i < len(us):
        u = us[i]
        if u in BN_V:
            out.append(BN_V[u]); i += 1; continue
        c = BN_C.get(u, '')
        nxt = us[i + 1] if i + 1 < len(us) else None
        if nxt in BN_S:
            out.append(c + BN_S[nxt]); i += 2
        elif nxt is not None and c:
            out.append(c + '্'); i += 1
        else:
            out.append(c); i += 1
    return ''.join(out)
def g_script(name):
    b, l = split_legal(name)
    words = [x for w in b for x in re.split(r'[-/]', w.lower())]
    words = [re.sub(r'[^a-z]', '', w) for w in words]
    words = [w for w in words if w]
    if not words:
        return
    for shape, fn in [('Arabic script, letter by letter', _ar), ('Bengali script, letter by letter with virama', _bn)]:
        q = ' '.join(fn(w) for w in words)
        if sum(1 for c in q if c.isalpha()) >= 4:
            yield shape, None, q

# ---------------- parent vs subsidiary
UNITS = [('Turkish `Şubesi`', '{N} {C} Şubesi'), ('Croatian `podružnica`', '{N} podružnica {C}'),
         ('Lithuanian `skyrius`', '{N} {C} skyrius'), ('Latvian `nodaļa`', '{N} {C} nodaļa'),
         ('Afrikaans `tak in`', '{N} tak in {C}'), ('Azerbaijani `filialı`', '{N} {C} filialı'),
         ('Korean romanised `jijeom`', '{N} {C} jijeom'), ('Chinese romanised `fengongsi`', '{N} {C} fengongsi'),
         ('Hindi romanised `shakha`', '{N} {C} shakha'), ('Persian romanised `shobe-ye`', '{N} shobe-ye {C}'),
         ('liaison office', '{N} liaison office, {C}'), ('procurement office', '{N} procurement office {C}')]
def g_parent(name, city):
    if not city:
        return
    for unit, t in UNITS:
        yield 'unit at the add.csv city', unit, t.format(N=tname(name), C=city)

# ---------------- case
def g_case(name):
    yield 'title case', None, ' '.join(cap(w) for w in name.split())
    yield 'consonants upper, vowels lower', None, ''.join(c.lower() if c.lower() in 'aeiou' else c.upper() for c in name)
    ws = name.split()
    if len(ws) >= 2:
        yield 'last word upper, rest lower', None, ' '.join([w.lower() for w in ws[:-1]] + [ws[-1].upper()])

# ---------------- messy
MESSY = [('YAML flow mapping', 'counterparty: { name: "{N}", city: "{C}" }'),
         ('CSV line', '1187,"{N}","{C}",pending review'),
         ('JSON object', '{"beneficiary": "{N}", "city": "{C}", "check": true}'),
         ('email subject line', 'Subject: RE: onboarding docs for {N} ({C}) - urgent'),
         ('Jira ticket title', 'KYC-4821 Verify counterparty {N}, {C} before release of payment'),
         ('SWIFT MT103 field 59', ':59:/AC0019283746 {U} {CU}'),
         ('Spanish chat', 'hola, ¿me dices si {N} de {C} está sancionada?'),
         ('Romanian chat', 'salut, poți verifica dacă {N} din {C} e pe lista de sancțiuni?'),
         ('Czech chat', 'ahoj, můžeš ověřit, jestli {N} z {C} není na sankčním seznamu?'),
         ('Turkish chat', 'merhaba, {C} merkezli {N} yaptırım listesinde mi?'),
         ('Norwegian chat', 'hei, kan du sjekke om {N} i {C} står på sanksjonslista?'),
         ('Afrikaans chat', 'hallo, kan jy gou kyk of {N} in {C} op die sanksielys is?')]
def g_messy(name, city):
    if not city:
        return
    for shape, t in MESSY:
        yield shape, None, t.replace('{N}', tname(name)).replace('{C}', city).replace('{U}', name.upper()).replace('{CU}', city.upper())
