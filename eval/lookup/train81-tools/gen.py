"""train81 positive generators. Each gen_<kind>(e) yields (shape, detail, query, item)."""
import re
import lib
from lib import split_legal, tc, tcw, join

SMALL_EXTRA = {'para', 'con', 'por', 'en', 'for'}
ROMAN = re.compile(r'^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$')

def is_small(w):
    f = lib.full(w)
    return (not f) or f in lib.FILLER or len(f) <= 2 or bool(ROMAN.match(f)) or f in SMALL_EXTRA

def plain(w):
    return w.isalpha()

def body_words(name):
    b, s = split_legal(name)
    return b, s, b.split()

# ---------------------------------------------------------------- partial
def gen_partial(e):
    b, s, ws = body_words(e['name'])
    if len(ws) < 4 or not all(plain(w) for w in ws):
        return
    nw = [w for w in ws if not is_small(w)]
    if len(nw) < 4:
        return
    odd = nw[0::2]
    yield ('odd-position name words only, legal form kept', '', join(tc(' '.join(odd)), s), None)
    yield ('last name word dropped, legal form dropped', '', tc(' '.join(nw[:-1])), None)
    idx = sorted(range(len(nw)), key=lambda i: (-len(nw[i]), i))[:3]
    yield ('three longest name words in name order, legal form dropped', '', tc(' '.join(nw[i] for i in sorted(idx))), None)

# ---------------------------------------------------------------- word_order
def gen_word_order(e):
    b, s, ws = body_words(e['name'])
    if len(ws) < 2 or not all(plain(w) and not is_small(w) for w in ws):
        return
    lf = sorted(ws, key=lambda w: -len(w))
    if lf != ws:
        yield ('name words sorted longest first', '', join(tc(' '.join(lf)), s), None)
    if len(ws) >= 3:
        yield ('first two name words swapped', '', join(tc(' '.join([ws[1], ws[0]] + ws[2:])), s), None)
        yield ('last two name words swapped', '', join(tc(' '.join(ws[:-2] + [ws[-1], ws[-2]])), s), None)

# ---------------------------------------------------------------- case
VOW = set('aeiouAEIOU')
def gen_case(e):
    n = e['name']
    yield ('vowels upper, consonants lower', '', ''.join(c.upper() if c in VOW else c.lower() for c in n), None)
    toks = n.split()
    yield ('every other word upper from the first, the others lower', '',
           ' '.join(t.upper() if i % 2 == 0 else t.lower() for i, t in enumerate(toks)), None)
    def f2(t):
        out, k = [], 0
        for c in t:
            if c.isalpha():
                out.append(c.upper() if k < 2 else c.lower()); k += 1
            else:
                out.append(c)
        return ''.join(out)
    yield ('first two letters of each word upper, the rest lower', '', ' '.join(f2(t) for t in toks), None)

# ---------------------------------------------------------------- legal_form
LEGAL_FORMS = [('Finnish', 'Oyj'), ('Icelandic', 'ehf.'), ('Greek', 'E.P.E.'), ('Greek private company', 'IKE'),
               ('Belgian', 'BVBA'), ('Swiss', 'Sàrl'), ('Austrian', 'GesmbH'), ('Portuguese', 'Lda.'),
               ('Indian', 'Pvt. Ltd.'), ('Peruvian', 'S.A.C.'), ('Paraguayan', 'S.A.E.C.A.'), ('Spanish single-member', 'S.L.U.')]
def gen_legal_form(e):
    b, s, ws = body_words(e['name'])
    for lab, f in LEGAL_FORMS:
        how = 'replaces %s' % s if s else 'added'
        yield ('%s %s' % (lab, f), how, tc(b) + ' ' + f, f)

# ---------------------------------------------------------------- punctuation
def _longest_with(ws, ch):
    cands = [(len(w), -i, i) for i, w in enumerate(ws) if ch in w.lower()[1:]]
    if not cands:
        return None
    return max(cands)[2]

def gen_punctuation(e):
    b, s, ws = body_words(e['name'])
    tws = tc(b).split()
    for sym, ch, lab in (('$', 's', '`$` for s'), ('¢', 'c', '`¢` for c')):
        i = _longest_with(tws, ch)
        if i is not None:
            w = tws[i]; p = w.lower().index(ch, 1)
            nw = list(tws); nw[i] = w[:p] + sym + w[p + 1:]
            yield (lab, '', join(' '.join(nw), s), None)
    alpha = [(len(w), -i, i) for i, w in enumerate(tws) if w.isalpha() and len(w) >= 4]
    if alpha:
        i = max(alpha)[2]; w = tws[i]; m = len(w) // 2
        for sym, lab in (('*', '`*` inside a word'), (':', '`:` inside a word')):
            nw = list(tws); nw[i] = w[:m] + sym + w[m:]
            yield (lab, '', join(' '.join(nw), s), None)

# ---------------------------------------------------------------- abbreviation
ABBR = [(r'DEVELOPMENT', 'Dev.'), (r'ELECTRONICS?|ELECTRIC(?:AL)?', 'Elec.'), (r'EXPORTS?', 'Exp.'),
        (r'IMPORTS?', 'Imp.'), (r'MANUFACTURERS', 'Mfrs.'), (r'TECHNOLOG(?:Y|IES)', 'Tech.'),
        (r'MINISTRY', 'Min.'), (r'PRODUCTION', 'Prodn.'), (r'FINANCE|FINANCIAL|FINANCIERA', 'Fin.'),
        (r'TRADING', 'Trdg.'), (r'ENTERPRISES?', 'Ent.'), (r'SOCIEDAD|SOCIETY', 'Soc.')]
def gen_abbreviation(e):
    t = tcw(e['name'])
    for pat, ab in ABBR:
        rx = re.compile(r'(?<![\w.])(' + pat + r')(?![\w])', re.I)
        m = rx.search(t)
        if m:
            q = t[:m.start()] + ab + t[m.end():]
            yield ('%s for %s' % (ab, m.group(1).upper()), '', q, ab)

# ---------------------------------------------------------------- script
GEO = [('sh', 'შ'), ('ch', 'ჩ'), ('kh', 'ხ'), ('zh', 'ჟ'), ('gh', 'ღ'), ('ts', 'ც'), ('dz', 'ძ'), ('th', 'თ'),
       ('ph', 'ფ'), ('a', 'ა'), ('b', 'ბ'), ('g', 'გ'), ('d', 'დ'), ('e', 'ე'), ('v', 'ვ'), ('z', 'ზ'), ('t', 'ტ'),
       ('i', 'ი'), ('k', 'კ'), ('l', 'ლ'), ('m', 'მ'), ('n', 'ნ'), ('o', 'ო'), ('p', 'პ'), ('r', 'რ'), ('s', 'ს'),
       ('u', 'უ'), ('f', 'ფ'), ('q', 'ყ'), ('j', 'ჯ'), ('h', 'ჰ'), ('c', 'კ'), ('w', 'ვ'), ('x', 'ქს'), ('y', 'ი')]
CYR = [('shch', 'щ'), ('sh', 'ш'), ('ch', 'ч'), ('kh', 'х'), ('zh', 'ж'), ('ts', 'ц'), ('yu', 'ю'), ('ya', 'я'),
       ('ph', 'ф'), ('a', 'а'), ('b', 'б'), ('v', 'в'), ('g', 'г'), ('d', 'д'), ('e', 'е'), ('z', 'з'), ('i', 'и'),
       ('k', 'к'), ('l', 'л'), ('m', 'м'), ('n', 'н'), ('o', 'о'), ('p', 'п'), ('r', 'р'), ('s', 'с'), ('t', 'т'),
       ('u', 'у'), ('f', 'ф'), ('h', 'х'), ('c', 'к'), ('q', 'к'), ('w', 'в'), ('x', 'кс'), ('j', 'дж')]
def _render(word, table, yfix=None):
    w = lib.full(word).replace(' ', '')
    w = re.sub(r'\d', '', w)
    out, i = [], 0
    while i < len(w):
        if w[i] == 'y' and yfix:
            out.append(yfix(w, i)); i += 1; continue
        for a, b in table:
            if w.startswith(a, i):
                out.append(b); i += len(a); break
        else:
            i += 1
    return ''.join(out)

def _cyr_y(w, i):
    return 'й' if i > 0 and w[i - 1] in 'aeiou' else 'ы' if i > 0 else 'й'

def gen_script(e):
    b, s, ws = body_words(e['name'])
    parts = [p for p in re.split(r'[\s\-/]+', b) if p]
    for lab, table, yf in (('Georgian (Mkhedruli) letter-by-letter', GEO, None),
                           ('Cyrillic (Russian letters) letter-by-letter', CYR, _cyr_y)):
        r = ' '.join(x for x in (_render(p, table, yf) for p in parts) if x)
        if sum(c.isalpha() for c in r) >= 4:
            yield (lab, '', r, None)

# ---------------------------------------------------------------- transliteration
def _case_like(src, rep):
    if src[:1].isupper():
        return rep[:1].upper() + rep[1:]
    return rep

def _apply(word, rules):
    out, i, lw = [], 0, word.lower()
    while i < len(word):
        for pat, fn in rules:
            m = re.compile(pat).match(lw, i)
            if m:
                rep = fn(lw, m)
                out.append(_case_like(word[i:m.end()], rep)); i = m.end(); break
        else:
            out.append(word[i]); i += 1
    return ''.join(out)

V = 'aeiou'
POL = [(r'sh', lambda w, m: 'sz'), (r'kh', lambda w, m: 'ch'), (r'ch', lambda w, m: 'cz'), (r'zh', lambda w, m: 'ż'),
       (r'ts', lambda w, m: 'c'), (r'j', lambda w, m: 'dż'), (r'y(?=[aeiou])', lambda w, m: 'j'), (r'v', lambda w, m: 'w')]
def _it_sh(w, m):
    nx = w[m.end():m.end() + 1]
    return 'sc' if nx in ('e', 'i') else 'sci'
def _it_ch(w, m):
    nx = w[m.end():m.end() + 1]
    return 'c' if nx in ('e', 'i') else 'ci'
def _it_j(w, m):
    nx = w[m.end():m.end() + 1]
    return 'g' if nx in ('e', 'i') else 'gi'
def _it_k(w, m):
    nx = w[m.end():m.end() + 1]
    return 'ch' if nx in ('e', 'i') else 'c'
ITA = [(r'sh', _it_sh), (r'kh', _it_k), (r'ch', _it_ch), (r'zh', _it_j), (r'j', _it_j), (r'k', _it_k),
       (r'w', lambda w, m: 'u'), (r'y', lambda w, m: 'i')]

def gen_transliteration(e):
    b, s, ws = body_words(e['name'])
    t = tc(b)
    for lab, rules, det in (('Polish-style spelling', POL, 'sz for sh, cz for ch, ch for kh, ż for zh, c for ts, dż for j, j for y before a vowel, w for v'),
                            ('Italian-style spelling', ITA, 'sc/sci for sh, c/ci for ch, g/gi for j and zh, c/ch for k and kh, u for w, i for y')):
        q = join(' '.join(_apply(w, rules) for w in t.split()), s)
        yield (lab, det, q, None)

# ---------------------------------------------------------------- translation
TR = {
 'French': {'company': 'Société', 'bank': 'Banque', 'shipping': 'Transport Maritime', 'oil': 'Pétrole', 'investment': 'Investissement',
            'engineering': 'Ingénierie', 'trading': 'Négoce', 'energy': 'Énergie', 'development': 'Développement', 'insurance': 'Assurance', 'industrial': 'Industriel', 'agency': 'Agence'},
 'German': {'company': 'Gesellschaft', 'trading': 'Handel', 'shipping': 'Schifffahrt', 'oil': 'Öl', 'industries': 'Industrie', 'services': 'Dienstleistungen',
            'investment': 'Investition', 'construction': 'Bau', 'engineering': 'Technik', 'energy': 'Energie', 'development': 'Entwicklung', 'insurance': 'Versicherung', 'airlines': 'Fluggesellschaft', 'electronics': 'Elektronik'},
 'Icelandic': {'company': 'Félag', 'bank': 'Banki', 'trading': 'Verslun', 'shipping': 'Skipaflutningar', 'oil': 'Olía', 'industries': 'Iðnaður', 'services': 'Þjónusta',
               'investment': 'Fjárfesting', 'construction': 'Byggingar', 'engineering': 'Verkfræði', 'energy': 'Orka', 'development': 'Þróun'},
 'Welsh': {'company': 'Cwmni', 'bank': 'Banc', 'trading': 'Masnachu', 'shipping': 'Llongau', 'oil': 'Olew', 'industries': 'Diwydiannau', 'services': 'Gwasanaethau',
           'investment': 'Buddsoddi', 'construction': 'Adeiladu', 'engineering': 'Peirianneg', 'energy': 'Ynni', 'development': 'Datblygu'},
 'Maltese': {'company': 'Kumpanija', 'trading': 'Kummerċ', 'shipping': 'Tbaħħir', 'oil': 'Żejt', 'industries': 'Industriji', 'services': 'Servizzi',
             'investment': 'Investiment', 'construction': 'Kostruzzjoni', 'engineering': 'Inġinerija', 'energy': 'Enerġija', 'development': 'Żvilupp'},
 'Galician': {'company': 'Compañía', 'bank': 'Banco', 'trading': 'Comercio', 'shipping': 'Navegación', 'oil': 'Petróleo', 'services': 'Servizos',
              'investment': 'Investimento', 'construction': 'Construción', 'engineering': 'Enxeñaría', 'energy': 'Enerxía', 'development': 'Desenvolvemento'},
 'Tagalog': {'company': 'Kumpanya', 'bank': 'Bangko', 'trading': 'Kalakalan', 'shipping': 'Pagpapadala', 'oil': 'Langis', 'industries': 'Industriya', 'services': 'Serbisyo',
             'investment': 'Pamumuhunan', 'construction': 'Konstruksiyon', 'engineering': 'Inhinyeriya', 'energy': 'Enerhiya', 'development': 'Pagpapaunlad'},
 'Malay': {'company': 'Syarikat', 'trading': 'Perdagangan', 'shipping': 'Perkapalan', 'oil': 'Minyak', 'services': 'Perkhidmatan',
           'investment': 'Pelaburan', 'construction': 'Pembinaan', 'engineering': 'Kejuruteraan', 'energy': 'Tenaga', 'development': 'Pembangunan'},
 'Serbian (Latin)': {'company': 'Kompanija', 'bank': 'Banka', 'trading': 'Trgovina', 'shipping': 'Brodarstvo', 'oil': 'Nafta', 'industries': 'Industrija', 'services': 'Usluge',
                     'investment': 'Investicije', 'construction': 'Građevinarstvo', 'engineering': 'Inženjering', 'energy': 'Energija', 'development': 'Razvoj'},
 'Bulgarian (romanised)': {'company': 'Kompaniya', 'bank': 'Banka', 'trading': 'Targoviya', 'shipping': 'Koraboplavane', 'oil': 'Neft', 'industries': 'Industriya', 'services': 'Uslugi',
                           'investment': 'Investitsii', 'construction': 'Stroitelstvo', 'engineering': 'Inzhenering', 'energy': 'Energiya', 'development': 'Razvitie'},
 'Hausa': {'company': 'Kamfani', 'bank': 'Banki', 'trading': 'Kasuwanci', 'shipping': 'Jigilar Kaya', 'oil': 'Mai', 'industries': "Masana'antu", 'services': 'Ayyuka',
           'investment': 'Zuba Jari', 'construction': 'Gine-gine', 'engineering': 'Injiniya', 'energy': 'Makamashi', 'development': 'Ci Gaba'},
 'Japanese (romanised)': {'company': 'Kaisha', 'bank': 'Ginko', 'trading': 'Shoji', 'shipping': 'Kaiun', 'oil': 'Sekiyu', 'industries': 'Kogyo', 'services': 'Sabisu',
                          'investment': 'Toshi', 'construction': 'Kensetsu', 'engineering': 'Kogaku', 'energy': 'Enerugi', 'development': 'Kaihatsu'},
}
def gen_translation(e):
    t = tcw(e['name'])
    toks = t.split()
    for lang, dic in TR.items():
        for i, w in enumerate(toks):
            lw = re.sub(r'[^a-z]', '', w.lower())
            if lw in dic and re.fullmatch(r'[A-Za-z]+[.,]?', w):
                tail = w[len(w.rstrip('.,')):]
                nt = list(toks); nt[i] = dic[lw] + tail
                yield ('%s' % lang, '%s -> %s' % (lw, dic[lw]), ' '.join(nt), lang)
                break

# ---------------------------------------------------------------- parent_vs_subsidiary
UNITS = [('French', 'succursale de', '{n}, succursale de {c}'), ('German', 'Zweigniederlassung', '{n} Zweigniederlassung {c}'),
         ('Icelandic', 'útibú í', '{n}, útibú í {c}'), ('Welsh', 'cangen', '{n} cangen {c}'),
         ('Maltese', "fergħa ta'", "{n} fergħa ta' {c}"), ('Tagalog', 'sangay sa', '{n} sangay sa {c}'),
         ('Malay', 'cawangan', '{n} cawangan {c}'), ('Serbian', 'ogranak', '{n} ogranak {c}'),
         ('Japanese romanised', 'shiten', '{n} {c} shiten'), ('Hausa', 'reshe a', '{n} reshe a {c}'),
         ('English', 'field office', '{n} field office, {c}'), ('English', 'trade desk', '{n} trade desk {c}')]
def gen_parent_vs_subsidiary(e):
    if not e['city']:
        return
    for lang, unit, tpl in UNITS:
        yield ('%s unit word `%s`' % (lang, unit), 'city %s' % e['city'], tpl.format(n=tcw(e['name']), c=e['city']), unit)

# ---------------------------------------------------------------- typo
def gen_typo(e):
    b, s, ws = body_words(e['name'])
    tws = tc(b).split()
    def sub1(ch, rep, lab):
        i = _longest_with(tws, ch)
        if i is not None:
            w = tws[i]; p = w.lower().index(ch, 1)
            nw = list(tws); nw[i] = w[:p] + rep + w[p + 1:]
            return (lab, '', join(' '.join(nw), s), None)
    for args in (('h', 'li', 'OCR `li` for h'), ('e', 'c', 'OCR `c` for e'), ('i', 'u', '`u` typed for i'), ('l', 'k', '`k` typed for l')):
        r = sub1(*args)
        if r:
            yield r
    al = [(len(w), -i, i) for i, w in enumerate(tws) if w.isalpha() and len(w) >= 5]
    if al:
        i = max(al)[2]; w = tws[i]
        for p in range(1, len(w)):
            if w[p].lower() in V:
                nw = list(tws); nw[i] = w[:p + 1] + w[p] + w[p + 1:]
                yield ('a vowel doubled in the longest word', '', join(' '.join(nw), s), None)
                break
        m = len(w) // 2
        nw = list(tws); nw[i] = w[:m] + w[m + 1:]
        yield ('middle letter of the longest word dropped', '', join(' '.join(nw), s), None)

# ---------------------------------------------------------------- messy
def _sq(x):
    return x.replace("'", "''")
MESSY = [
 ('SQL INSERT statement', lambda n, t, c: "INSERT INTO counterparties (name, city) VALUES ('%s', '%s');" % (_sq(n), _sq(c))),
 ('HTML table row', lambda n, t, c: '<tr><td>%s</td><td>%s</td></tr>' % (n, c)),
 ('spreadsheet VLOOKUP formula', lambda n, t, c: '=VLOOKUP("%s", Counterparties!A:D, 4, FALSE)  city: %s' % (n, c)),
 ('logfmt line', lambda n, t, c: 'level=info msg="screening request" counterparty="%s" city="%s"' % (t, c)),
 ('invoice line item', lambda n, t, c: 'INV-2291 | line 3 | freight charges | bill to: %s, %s | USD 4,800.00' % (t, c)),
 ('voicemail transcript', lambda n, t, c: 'voicemail transcript: hi, calling about the payment for %s in %s, please call me back' % (t, c)),
 ('French chat', lambda n, t, c: 'Salut, tu peux vérifier si %s à %s est sur une liste de sanctions ?' % (t, c)),
 ('German chat', lambda n, t, c: 'Hallo, kannst du bitte prüfen, ob %s aus %s auf einer Sanktionsliste steht?' % (t, c)),
 ('Icelandic chat', lambda n, t, c: 'Hæ, geturðu athugað hvort %s í %s sé á þvingunarlista?' % (t, c)),
 ('Welsh chat', lambda n, t, c: "Helo, allet ti wirio a yw %s yn %s ar restr sancsiynau?" % (t, c)),
 ('Maltese chat', lambda n, t, c: "Bonġu, tista' tiċċekkja jekk %s f'%s hijiex fuq lista ta' sanzjonijiet?" % (t, c)),
 ('Tagalog chat', lambda n, t, c: 'Hi, pwede mo bang tingnan kung ang %s sa %s ay nasa sanctions list?' % (t, c)),
]
def gen_messy(e):
    if not e['city']:
        return
    for lab, f in MESSY:
        yield (lab, 'city %s' % e['city'], f(e['name'], tcw(e['name']), e['city']), lab)

# ---------------------------------------------------------------- aka
def gen_aka(e):
    for a in e['aliases']:
        yield ('own alt.csv alias', '', a, None)

GENS = {k: globals()['gen_' + k] for k in lib.POS_KINDS}
# shape quotas: kinds with items use each item once
SHAPE_QUOTA = {'partial': 4, 'word_order': 4, 'case': 4, 'punctuation': 3, 'typo': 2, 'script': 6, 'transliteration': 6, 'aka': 12}
ITEM_KINDS = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}
