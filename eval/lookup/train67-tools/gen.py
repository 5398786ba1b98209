"""One generator per kind for train67: each yields (shape, variant, query) from an SDN name."""
import re, random
from lib import FILLER, tokens_u, content_words

SMALL = {'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'and', 'of', 'the', 'da', 'do', 'dos', 'di', 'en', 'al'}
LEGAL_RE = re.compile(r'(,?\s+(S\.?\s?A\.?(\s+de\s+C\.?\s?V\.?)?|S\.?\s?DE\s+R\.?L\.?(\s+DE\s+C\.?V\.?)?|LTDA\.?|LTD\.?|LIMITED|'
                      r'INC\.?|LLC|L\.L\.C\.|CO\.,?\s*LTD\.?|CORP\.?|CORPORATION|GMBH|S\.R\.L\.|SRL|PLC|FZE|FZCO|S\.A\.S\.?|S\.A\.L\.?|'
                      r'E\.U\.|C\.A\.|S\.C\.|S\.L\.|B\.V\.|AG|JSC|SARL|S\.P\.R\.\s+DE\s+R\.L\.|COMPANY|CO\.)\s*)$', re.I)


def split_legal(name):
    m = LEGAL_RE.search(name)
    if m and m.start() > 0:
        return name[:m.start()].strip(' ,'), m.group(0).strip(' ,')
    return name.strip(), ''


def tcw(w):
    if re.fullmatch(r'([A-Za-z]\.)+[A-Za-z]?\.?', w) or (len(w) <= 3 and w.isupper() and w.lower() not in SMALL and w.lower() in FILLER):
        return w
    if w.lower() in SMALL:
        return w.lower()
    return '-'.join(p[:1].upper() + p[1:].lower() for p in w.split('-'))


def tc(s):
    out = [tcw(w) for w in s.split()]
    if out:
        out[0] = out[0][:1].upper() + out[0][1:]
    return ' '.join(out)


def body_words(name):
    body, legal = split_legal(name)
    return body.split(), legal


def is_content(w):
    return bool(content_words(w))


def trim_small(words):
    words = list(words)
    while words and words[0].lower().strip(',') in SMALL:
        words.pop(0)
    while words and words[-1].lower().strip(',') in SMALL:
        words.pop()
    return words


def clean_body(ws):
    return all(re.fullmatch(r"[A-Za-z][A-Za-z'-]*,?", w) for w in ws)


def join(words, legal):
    words = trim_small(words)
    return tc(' '.join(words) + ((' ' + legal) if legal else ''))

# ---------------- partial (narcotics) ----------------
def g_partial(name):
    ws, legal = body_words(name)
    if not clean_body(ws):
        return
    ci = [i for i, w in enumerate(ws) if is_content(w)]
    if len(ci) >= 4:
        drop = set(ci[-2:])
        yield 'last two content words dropped, legal form kept', 'kept %s' % ' '.join(w for i, w in enumerate(ws) if i not in drop), join([w for i, w in enumerate(ws) if i not in drop], legal)
    if len(ci) >= 4:
        drop = {ci[0], ci[-1]}
        keep = [w for i, w in enumerate(ws) if i not in drop]
        yield 'first and last content words and the legal form dropped', 'kept %s' % ' '.join(keep), join(keep, '')
    if len(ci) >= 3 and legal:
        drop = {ci[1]}
        keep = [w for i, w in enumerate(ws) if i not in drop]
        yield 'second content word dropped, legal form kept', 'dropped %s' % ws[ci[1]], join(keep, legal)

# ---------------- word_order (narcotics) ----------------
def g_word_order(name):
    ws, legal = body_words(name)
    if not clean_body(ws) or any(w.lower().strip(',') in SMALL for w in ws):
        return
    ws = [w.strip(',') for w in ws]
    if len(ws) >= 2:
        r = sorted(ws, key=lambda w: w.lower(), reverse=True)
        if r != ws:
            yield 'name words in reverse alphabetical order', ' '.join(r), join(r, legal)
        r = [ws[-1]] + ws[:-1]
        yield 'last name word moved to the front', ' '.join(r), join(r, legal)
    if len(ws) >= 3:
        r = [ws[0]] + ws[2:] + [ws[1]]
        yield 'second name word moved to the end before the legal form', ' '.join(r), join(r, legal)

# ---------------- legal_form (narcotics) ----------------
FORMS = [('Estonian', 'OÜ'), ('Lithuanian', 'UAB'), ('Latvian', 'SIA'), ('Bulgarian', 'EOOD'), ('Hungarian', 'Kft.'),
         ('Georgian', 'Shps'), ('Turkish', 'Ltd. Şti.'), ('South Korean', 'Yuhan Hoesa'), ('South African', '(Pty) Ltd'),
         ('Luxembourgish', 'S.à r.l.'), ('Italian', 'S.n.c.'), ('German', 'KGaA')]

def g_legal_form(name):
    ws, legal = body_words(name)
    if not legal or not clean_body(ws):
        return
    for country, f in FORMS:
        yield country + ' ' + f, '%s replaces %s' % (f, legal or 'no form'), tc(' '.join(ws)) + ' ' + f

# ---------------- punctuation (narcotics) ----------------
def _sub_once(s, pat, rep, inner=True):
    for m in re.finditer(pat, s):
        i = m.start()
        if inner and (i == 0 or not s[i - 1].isalpha() or i + 1 >= len(s) or not s[i + 1].isalpha()):
            continue
        return s[:i] + rep + s[i + 1:]
    return None

def g_punctuation(name):
    base = join(*body_words(name))
    for shape, pat, rep, inner in [('¢ for c', 'c', '¢', True), ('§ for s', 's', '§', True), ('® for r', 'r', '®', True)]:
        q = _sub_once(base, pat, rep, inner)
        if q:
            yield shape, shape, q
    for w in base.split():
        if len(w) >= 8 and w.isalpha():
            cut = len(w) // 2
            yield 'hyphen inside a word', '%s-%s' % (w[:cut], w[cut:]), base.replace(w, w[:cut] + '-' + w[cut:], 1)
            break

# ---------------- abbreviation ----------------
ABBR = [('CORPORATION', 'Corpn.'), ('NATIONAL', 'Natl.'), ('PETROLEUM', 'Petrol.'), ('PHARMACEUTICAL', 'Pharm.'),
        ('DISTRIBUIDORA', 'Distrib.'), ('AGRICULTURAL', 'Agric.'), ('AGROPECUARIA', 'Agrop.'), ('SERVICES', 'Svcs.'),
        ('SERVICIOS', 'Servs.'), ('MANUFACTURING', 'Mfg.'), ('ASSOCIATION', 'Assn.'), ('PRODUCTS', 'Prods.'),
        ('EQUIPMENT', 'Equip.'), ('INMOBILIARIA', 'Inmob.'), ('CONSTRUCTORA', 'Constr.'), ('TRANSPORTES', 'Transp.'),
        ('IMPORT', 'Imp.'), ('EXCHANGE', 'Exch.'), ('SCIENTIFIC', 'Sci.'), ('TRAVEL', 'Trvl.'), ('AUTHORITY', 'Auth.'),
        ('COMPANY', 'Cmpy.'), ('COMERCIALIZADORA', 'Comercializ.'), ('INDUSTRIAL', 'Indl.'), ('MINING', 'Min.'),
        ('BROTHERS', 'Bros.'), ('LABORATORIES', 'Labs.'), ('COMMUNICATIONS', 'Comms.'), ('ELECTRONICS', 'Electrs.'),
        ('DEVELOPMENT', 'Dvlpt.'), ('INVESTMENT', 'Invest.'), ('TRADING', 'Trad.'), ('SHIPPING', 'Shp.'),
        ('INTERNATIONAL', 'Intnl.'), ('ENTERPRISES', 'Ents.'), ('UNIVERSITY', 'Univ.'), ('DEPARTMENT', 'Dept.'),
        ('ORGANIZATION', 'Orgn.'), ('AGENCY', 'Agcy.'), ('HOLDING', 'Hldg.'), ('ELECTRIC', 'Elect.')]

def g_abbreviation(name):
    up = name.upper()
    for word, ab in ABBR:
        if re.search(r'\b%s\b' % word, up):
            q = re.sub(r'\b%s\b' % word, '\0', up, count=1)
            q = tc(q).replace('\0', ab)
            yield ab, '%s for %s' % (ab, word.lower()), q

# ---------------- script ----------------
ARM = [('kh', 'խ'), ('sh', 'շ'), ('ch', 'չ'), ('zh', 'ժ'), ('gh', 'ղ'), ('ts', 'ց'), ('th', 'թ'), ('ph', 'փ'), ('ou', 'ու'),
       ('a', 'ա'), ('b', 'բ'), ('c', 'կ'), ('d', 'դ'), ('e', 'ե'), ('f', 'ֆ'), ('g', 'գ'), ('h', 'հ'), ('i', 'ի'), ('j', 'ջ'),
       ('k', 'կ'), ('l', 'լ'), ('m', 'մ'), ('n', 'ն'), ('o', 'ո'), ('p', 'պ'), ('q', 'ք'), ('r', 'ր'), ('s', 'ս'), ('t', 'տ'),
       ('u', 'ու'), ('v', 'վ'), ('w', 'վ'), ('x', 'քս'), ('y', 'յ'), ('z', 'զ')]

def armenian(word):
    w = word.lower(); out = ''; i = 0
    while i < len(w):
        for lat, ar in ARM:
            if w.startswith(lat, i):
                if lat == 'o' and i == 0:
                    ar = 'օ'
                out += ar; i += len(lat); break
        else:
            i += 1
    return out

TA_C = [('kh', 'க'), ('sh', 'ஷ'), ('ch', 'ச'), ('th', 'த'), ('ph', 'ப'), ('ng', 'ங'), ('b', 'ப'), ('c', 'க'), ('d', 'ட'),
        ('f', 'ப'), ('g', 'க'), ('h', 'ஹ'), ('j', 'ஜ'), ('k', 'க'), ('l', 'ல'), ('m', 'ம'), ('n', 'ன'), ('p', 'ப'), ('q', 'க'),
        ('r', 'ர'), ('s', 'ஸ'), ('t', 'ட'), ('v', 'வ'), ('w', 'வ'), ('x', 'க்ஸ'), ('y', 'ய'), ('z', 'ஸ')]
TA_V = [('ai', 'ஐ', 'ை'), ('au', 'ஔ', 'ௌ'), ('aa', 'ஆ', 'ா'), ('ee', 'ஈ', 'ீ'), ('oo', 'ஊ', 'ூ'), ('a', 'அ', ''),
        ('e', 'ஏ', 'ே'), ('i', 'இ', 'ி'), ('o', 'ஓ', 'ோ'), ('u', 'உ', 'ு')]
VIR = '்'

def tamil(word):
    w = word.lower(); out = ''; i = 0; pend = False
    while i < len(w):
        for lat, ind, sign in TA_V:
            if w.startswith(lat, i):
                if pend:
                    out += sign
                else:
                    out += ind
                pend = False; i += len(lat); break
        else:
            for lat, ta in TA_C:
                if w.startswith(lat, i):
                    if pend:
                        out += VIR
                    out += ta; pend = True; i += len(lat); break
            else:
                i += 1
    if pend:
        out += VIR
    return out

def g_script(name):
    ws, legal = body_words(name)
    ws = [re.sub(r'[^A-Za-z]', '', w) for w in ws]
    ws = [w for w in ws if w]
    if not ws:
        return
    yield 'Armenian', 'Armenian letters', ' '.join(armenian(w) for w in ws)
    yield 'Tamil', 'Tamil letters', ' '.join(tamil(w) for w in ws)

# ---------------- transliteration ----------------
def french(s):
    t = s.lower()
    t = re.sub(r'sh', '\x01', t); t = re.sub(r'ch', 'tch', t); t = t.replace('\x01', 'ch')
    t = re.sub(r'(?<![d])j', 'dj', t)
    t = re.sub(r'(?<![oq])u', 'ou', t)
    t = t.replace('w', 'ou')
    return t

def turkish(s):
    t = s.lower()
    t = t.replace('sh', 'ş').replace('ch', 'ç').replace('kh', 'h').replace('j', 'c').replace('w', 'v').replace('q', 'k').replace('x', 'ks')
    return t

def g_transliteration(name):
    base = name
    for shape, fn in [('French-style (ch for sh, tch for ch, dj for j, ou for u/w)', french),
                      ('Turkish-style (ş for sh, ç for ch, c for j, h for kh, v for w, k for q)', turkish)]:
        q = tc(fn(base))
        if q.lower() != base.lower():
            yield shape, shape.split(' (')[0], q

# ---------------- translation ----------------
TR = {
 'Dutch': {'trading': 'handel', 'company': 'maatschappij', 'group': 'groep', 'industries': 'industrieën', 'industry': 'industrie',
           'services': 'diensten', 'shipping': 'scheepvaart', 'investment': 'investering', 'general': 'algemene', 'construction': 'bouw',
           'engineering': 'ingenieursbureau', 'exchange': 'wisselkantoor', 'travel': 'reizen', 'bank': 'bank', 'oil': 'olie', 'trade': 'handel',
           'electronics': 'elektronica', 'development': 'ontwikkeling', 'transport': 'vervoer', 'marine': 'maritiem'},
 'Finnish': {'trading': 'kauppa', 'company': 'yhtiö', 'group': 'konserni', 'industries': 'teollisuus', 'industry': 'teollisuus',
             'services': 'palvelut', 'shipping': 'varustamo', 'investment': 'sijoitus', 'general': 'yleinen', 'construction': 'rakennus',
             'engineering': 'insinööritoimisto', 'exchange': 'valuutanvaihto', 'travel': 'matkat', 'oil': 'öljy', 'trade': 'kauppa',
             'electronics': 'elektroniikka', 'development': 'kehitys', 'transport': 'kuljetus', 'marine': 'meri'},
 'Estonian': {'trading': 'kaubandus', 'company': 'ettevõte', 'group': 'grupp', 'industries': 'tööstus', 'industry': 'tööstus',
              'services': 'teenused', 'shipping': 'laevandus', 'investment': 'investeering', 'general': 'üld', 'construction': 'ehitus',
              'engineering': 'inseneeria', 'exchange': 'valuutavahetus', 'travel': 'reisid', 'oil': 'nafta', 'trade': 'kaubandus',
              'electronics': 'elektroonika', 'development': 'arendus', 'transport': 'transport', 'marine': 'mere'},
 'Hungarian': {'trading': 'kereskedelmi', 'company': 'társaság', 'group': 'csoport', 'industries': 'iparágak', 'industry': 'ipar',
               'services': 'szolgáltatások', 'shipping': 'hajózás', 'investment': 'befektetési', 'general': 'általános', 'construction': 'építőipari',
               'engineering': 'mérnöki', 'exchange': 'pénzváltó', 'travel': 'utazás', 'oil': 'olaj', 'trade': 'kereskedelem',
               'electronics': 'elektronika', 'development': 'fejlesztés', 'transport': 'szállítás', 'marine': 'tengeri'},
 'Catalan': {'trading': 'comerç', 'company': 'companyia', 'group': 'grup', 'industries': 'indústries', 'industry': 'indústria',
             'services': 'serveis', 'shipping': 'navilieres', 'investment': 'inversions', 'general': 'general', 'construction': 'construccions',
             'engineering': 'enginyeria', 'exchange': 'canvi', 'travel': 'viatges', 'oil': 'petroli', 'trade': 'comerç',
             'electronics': 'electrònica', 'development': 'desenvolupament', 'transport': 'transports', 'marine': 'marítima'},
 'Esperanto': {'trading': 'komerco', 'company': 'kompanio', 'group': 'grupo', 'industries': 'industrioj', 'industry': 'industrio',
               'services': 'servoj', 'shipping': 'ŝipado', 'investment': 'investado', 'general': 'ĝenerala', 'construction': 'konstruado',
               'engineering': 'inĝenierado', 'exchange': 'monŝanĝo', 'travel': 'vojaĝoj', 'oil': 'nafto', 'trade': 'komerco',
               'electronics': 'elektroniko', 'development': 'evoluigo', 'transport': 'transporto', 'marine': 'mara'},
 'Latin': {'trading': 'mercatura', 'company': 'societas', 'group': 'coetus', 'industries': 'industriae', 'industry': 'industria',
           'services': 'ministeria', 'shipping': 'navigatio', 'investment': 'collocatio', 'general': 'generalis', 'construction': 'aedificatio',
           'engineering': 'machinatio', 'exchange': 'permutatio', 'travel': 'itinera', 'oil': 'oleum', 'trade': 'mercatura',
           'electronics': 'electronica', 'development': 'progressio', 'transport': 'vectura', 'marine': 'marina'},
 'Serbian': {'trading': 'trgovina', 'company': 'preduzeće', 'group': 'grupa', 'industries': 'industrije', 'industry': 'industrija',
             'services': 'usluge', 'shipping': 'brodarstvo', 'investment': 'investicije', 'general': 'opšta', 'construction': 'građevina',
             'engineering': 'inženjering', 'exchange': 'menjačnica', 'travel': 'putovanja', 'oil': 'nafta', 'trade': 'trgovina',
             'electronics': 'elektronika', 'development': 'razvoj', 'transport': 'prevoz', 'marine': 'pomorska'},
 'Vietnamese': {'trading': 'thương mại', 'company': 'công ty', 'group': 'tập đoàn', 'industries': 'công nghiệp', 'industry': 'công nghiệp',
                'services': 'dịch vụ', 'shipping': 'vận tải biển', 'investment': 'đầu tư', 'general': 'tổng hợp', 'construction': 'xây dựng',
                'engineering': 'kỹ thuật', 'exchange': 'đổi tiền', 'travel': 'du lịch', 'oil': 'dầu', 'trade': 'thương mại',
                'electronics': 'điện tử', 'development': 'phát triển', 'transport': 'vận tải', 'marine': 'hàng hải'},
 'Scottish Gaelic': {'trading': 'malairt', 'company': 'companaidh', 'group': 'buidheann', 'industries': 'gnìomhachasan', 'industry': 'gnìomhachas',
                     'services': 'seirbheisean', 'shipping': 'luingearachd', 'investment': 'tasgadh', 'general': 'coitcheann', 'construction': 'togail',
                     'engineering': 'innleadaireachd', 'exchange': 'iomlaid', 'travel': 'siubhal', 'oil': 'ola', 'trade': 'malairt',
                     'electronics': 'eleactronaig', 'development': 'leasachadh', 'transport': 'còmhdhail', 'marine': 'mara'},
 'Faroese': {'trading': 'handil', 'company': 'felag', 'group': 'bólkur', 'industries': 'ídnaður', 'industry': 'ídnaður',
             'services': 'tænastur', 'shipping': 'skipan', 'investment': 'íløga', 'general': 'almenn', 'construction': 'bygging',
             'engineering': 'verkfrøði', 'exchange': 'gjaldoyraskifti', 'travel': 'ferðir', 'oil': 'olja', 'trade': 'handil',
             'electronics': 'elektronikk', 'development': 'menning', 'transport': 'flutningur', 'marine': 'sjó'},
 'Occitan': {'trading': 'comèrci', 'company': 'companhiá', 'group': 'grop', 'industries': 'indústrias', 'industry': 'indústria',
             'services': 'servicis', 'shipping': 'navigacion', 'investment': 'investiment', 'general': 'generala', 'construction': 'construccion',
             'engineering': 'engenhariá', 'exchange': 'cambi', 'travel': 'viatges', 'oil': 'petròli', 'trade': 'comèrci',
             'electronics': 'electronica', 'development': 'desvolopament', 'transport': 'transpòrt', 'marine': 'maritima'},
}
TR_WORDS = {'trading': ['TRADING'], 'company': ['COMPANY'], 'group': ['GROUP'], 'industries': ['INDUSTRIES'], 'industry': ['INDUSTRY', 'INDUSTRIAL'],
            'services': ['SERVICES'], 'shipping': ['SHIPPING'], 'investment': ['INVESTMENT', 'INVESTMENTS'], 'general': ['GENERAL'],
            'construction': ['CONSTRUCTION'], 'engineering': ['ENGINEERING'], 'exchange': ['EXCHANGE'], 'travel': ['TRAVEL', 'TRAVELS'],
            'oil': ['OIL'], 'trade': ['TRADE'], 'electronics': ['ELECTRONICS'], 'development': ['DEVELOPMENT'], 'transport': ['TRANSPORT'],
            'marine': ['MARINE']}

def g_translation(name):
    ws = name.split()
    for lang, dic in TR.items():
        out = []; changed = []
        for w in ws:
            core_w = w.strip(',.').upper()
            rep = None
            for en, forms in TR_WORDS.items():
                if core_w in forms and en in dic and dic[en].upper() != core_w:
                    rep = dic[en]
            if rep:
                changed.append('%s -> %s' % (core_w.lower(), rep)); out.append(' '.join(x[:1].upper() + x[1:] for x in rep.split()) + (',' if w.endswith(',') else ''))
            else:
                out.append(tcw(w))
        if changed:
            q = ' '.join(out); q = q[:1].upper() + q[1:]
            yield lang, lang + ': ' + ', '.join(changed), q


# ---------------- parent_vs_subsidiary ----------------
UNITS = [('Hungarian fióktelepe', lambda n, c: '%s %si fióktelepe' % (n, c)),
         ('Finnish sivuliike', lambda n, c: '%s %s sivuliike' % (n, c)),
         ('Estonian filiaal', lambda n, c: '%s %s filiaal' % (n, c)),
         ('Korean romanised jijeom', lambda n, c: '%s %s Jijeom' % (n, c)),
         ('Chinese pinyin fengongsi', lambda n, c: '%s %s Fengongsi' % (n, c)),
         ('Hindi shakha', lambda n, c: '%s %s Shakha' % (n, c)),
         ('Swahili tawi la', lambda n, c: '%s Tawi la %s' % (n, c)),
         ('Italian filiale di', lambda n, c: '%s Filiale di %s' % (n, c)),
         ('Dutch bijkantoor', lambda n, c: '%s Bijkantoor %s' % (n, c)),
         ('training centre', lambda n, c: '%s Training Centre, %s' % (n, c)),
         ('call centre', lambda n, c: '%s Call Centre (%s)' % (n, c)),
         ('regional headquarters', lambda n, c: '%s Regional Headquarters - %s' % (n, c))]

def g_parent(name, city):
    if not city:
        return
    n = tc(name); c = tc(city)
    for shape, fn in UNITS:
        yield shape, '%s at %s' % (shape, c), fn(n, c)

# ---------------- typo ----------------
def g_typo(name):
    base = tc(name)
    ws = base.split()
    # adjacent letters transposed in the longest word
    lw = max(ws, key=len)
    if len(lw) >= 6 and lw.isalpha():
        i = len(lw) // 2
        t = lw[:i] + lw[i + 1] + lw[i] + lw[i + 2:]
        if t != lw:
            yield 'adjacent letters transposed', '%s for %s' % (t, lw), base.replace(lw, t, 1)
    for shape, pat, rep in [('OCR 0 for o', r'(?<=[A-Za-z])o', '0'), ('OCR 5 for s', r'(?<=[A-Za-z])s(?=[a-z])', '5'),
                            ('OCR rn for m', r'(?<=[A-Za-z])m', 'rn'), ('y typed for i', r'(?<=[a-z])i(?=[a-z])', 'y'),
                            ('u typed for o', r'(?<=[a-z])o(?=[a-z])', 'u')]:
        m = re.search(pat, base)
        if m:
            yield shape, shape, base[:m.start()] + rep + base[m.end():]

# ---------------- case (narcotics) ----------------
def g_case(name):
    ws = name.split()
    yield 'inverted title case', 'first letter of each word lower, rest upper', ' '.join(w[:1].lower() + w[1:].upper() for w in ws)
    if len(ws) >= 2:
        yield 'first word upper, rest lower', 'first word upper', ' '.join([ws[0].upper()] + [w.lower() for w in ws[1:]])
    yield 'last letter of each word lower, rest upper', 'last letter lower', ' '.join(w[:-1].upper() + w[-1:].lower() for w in ws)

# ---------------- messy ----------------
MESSY = [
 ('TOML table', lambda n, c: '[counterparty]\nname = "%s"\ncity = "%s"' % (n, c)),
 ('HTML table row', lambda n, c: '<tr><td>%s</td><td>%s</td></tr>' % (n, c)),
 ('EDIFACT NAD segment', lambda n, c: "NAD+BY+++%s+++%s'" % (n.upper(), c.upper())),
 ('ANSI X12 N1 segment', lambda n, c: 'N1*ST*%s~N4*%s~' % (n.upper(), c.upper())),
 ('shell export line', lambda n, c: 'export PAYEE_NAME="%s" PAYEE_CITY="%s"' % (n, c)),
 ('git commit message', lambda n, c: 'fix: add vendor %s (%s) to supplier master' % (n, c)),
 ('fax cover line', lambda n, c: 'FAX TO: %s, %s -- ATTN accounts payable' % (n.upper(), c)),
 ('customs declaration box 8', lambda n, c: 'Box 8 Consignee: %s / %s' % (n, c)),
 ('German chat', lambda n, c: 'Hallo, ist %s aus %s auf einer Sanktionsliste?' % (n, c)),
 ('Finnish chat', lambda n, c: 'Onko %s (%s) pakotelistalla?' % (n, c)),
 ('Hungarian chat', lambda n, c: 'Szankciós listán van a %s (%s)?' % (n, c)),
 ('Catalan chat', lambda n, c: "Bon dia, l'empresa %s de %s està sancionada?" % (n, c)),
]

def g_messy(name, city):
    if not city:
        return
    n = tc(name); c = tc(city)
    for shape, fn in MESSY:
        yield shape, shape, fn(n, c)
