"""train74 generators: one per kind; each yields (shape, detail, query)."""
import re
from lib import fold_full

LEGAL = set('''sa de cv ltda ltd limited inc co llc srl sas gmbh corp corporation company sarl sprl plc ag bv nv
jsc pjsc ooo oao zao cjsc ojsc ca rl sc en cia spa sab sde lp llp pty pvt sl eirl cxa'''.split())
SMALL = set('de del la el y and of the for los las al e et du des da do di le und van von en para por'.split())


def split_form(name):
    toks = name.split()
    i = len(toks)
    while i > 1 and fold_full(toks[i - 1]).replace(' ', '') in LEGAL | {'s', 'a', 'c', 'v', 'r', 'l', 'p'}:
        i -= 1
    if i < len(toks) and fold_full(toks[i]).replace(' ', '') == 'de':
        pass
    body, form = ' '.join(toks[:i]).rstrip(','), ' '.join(toks[i:])
    return body, form


def tc_word(w):
    if fold_full(w).replace(' ', '') in LEGAL:
        return w
    return '-'.join(p[:1].upper() + p[1:].lower() for p in w.split('-'))


def tc(s):
    return ' '.join(tc_word(w) for w in s.split())


def plain(w):
    return re.fullmatch(r"[A-Za-z]+", w) is not None


def small(w):
    return len(w) <= 2 or w.lower() in SMALL


def join(body, form):
    return (body + ' ' + form).strip()


# ---------------- partial ----------------
def g_partial(name, d, e):
    body, form = split_form(name)
    toks = body.split()
    if not all(plain(t) for t in toks):
        return
    ws = [t for t in toks if not small(t)]
    if len(toks) < 4 or len(ws) < 4:
        return
    if len(ws) >= 5:
        yield 'first three name words only', 'legal form kept', join(tc(' '.join(ws[:3])), form)
    yield 'first and last name words dropped', 'legal form kept', join(tc(' '.join(ws[1:-1])), form)
    longest = sorted(range(len(ws)), key=lambda i: (-len(ws[i]), i))[:2]
    yield 'longest two name words only', 'legal form dropped', tc(' '.join(ws[i] for i in sorted(longest)))


# ---------------- word_order ----------------
def g_word_order(name, d, e):
    body, form = split_form(name)
    toks = body.split()
    if len(toks) < 2 or not all(plain(t) and not small(t) for t in toks):
        return
    al = sorted(toks, key=str.lower)
    if al != toks:
        yield 'name words in alphabetical order', None, join(tc(' '.join(al)), form)
    if len(toks) >= 3:
        t = toks[:]; t[1], t[2] = t[2], t[1]
        yield 'second and third name words swapped', None, join(tc(' '.join(t)), form)
        yield 'first two name words moved to the end', None, join(tc(' '.join(toks[2:] + toks[:2])), form)


# ---------------- legal_form ----------------
FORMS = [('Zrt.', 'Hungarian'), ('Bt.', 'Hungarian'), ('j.d.o.o.', 'Croatian'), ('MB', 'Lithuanian'),
         ('IVS', 'Danish'), ('ANS', 'Norwegian'), ('S.K.A.', 'Polish'), ('(Pty) Ltd', 'South African'),
         ('CV', 'Indonesian'), ('PJSC', 'Russian/Emirati'), ('G.K.', 'Japanese'), ('LLLP', 'US')]


def g_legal_form(name, d, e):
    body, form = split_form(name)
    if not body:
        return
    for f, lang in FORMS:
        yield ('replaced' if form else 'added'), '%s %s' % (lang, f), tc(body) + ' ' + f


# ---------------- punctuation ----------------
def g_punctuation(name, d, e):
    body, form = split_form(name)
    b = tc(body)
    def sub_inner(s, ch, rep):
        for m in re.finditer(r'[A-Za-z]{4,}', s):
            w = m.group(0)
            j = w.lower().find(ch, 1)
            if 0 < j < len(w) - 1:
                return s[:m.start() + j] + rep + s[m.start() + j + 1:]
        return None
    def ins(s, rep):
        for m in re.finditer(r'[A-Za-z]{5,}', s):
            return s[:m.start() + 2] + rep + s[m.start() + 2:]
        return None
    for shape, q in (('! for i', sub_inner(b, 'i', '!')), ('| for l', sub_inner(b, 'l', '|')),
                     ('# inside a word', ins(b, '#')), ('_ inside a word', ins(b, '_'))):
        if q:
            yield shape, None, join(q, form)


# ---------------- abbreviation ----------------
ABBR = [('petrochemical', 'Petrochem.'), ('pharmaceutical', 'Pharm.'), ('pharmaceuticals', 'Pharm.'),
        ('association', 'Assn.'), ('distribution', 'Dist.'), ('distributors', 'Dist.'), ('transport', 'Transp.'),
        ('transportation', 'Transp.'), ('agricultural', 'Agric.'), ('national', 'Natl.'), ('research', 'Res.'),
        ('machinery', 'Mach.'), ('insurance', 'Ins.'), ('chemical', 'Chem.'), ('chemicals', 'Chem.'),
        ('systems', 'Sys.'), ('institute', 'Inst.'), ('center', 'Ctr.'), ('centre', 'Ctr.'),
        ('engineering', 'Eng.'), ('brothers', 'Bros.'), ('services', 'Svcs.'), ('cooperative', 'Co-op.'),
        ('medical', 'Med.'), ('university', 'Univ.'), ('equipment', 'Equip.'), ('department', 'Dept.'),
        ('industrial', 'Ind.'), ('commercial', 'Cml.'), ('laboratory', 'Lab.')]


def g_abbreviation(name, d, e):
    toks = name.split()
    for i, t in enumerate(toks):
        f = fold_full(t)
        for w, a in ABBR:
            if f == w:
                out = [tc_word(x) for x in toks]
                out[i] = a
                yield a, '%s -> %s' % (w, a), ' '.join(out)


# ---------------- typo ----------------
def _typo_word(w, shape):
    lw = w.lower()
    if len(w) < 5:
        return None
    rng = range(1, len(w) - 1)
    if shape == 'OCR 1 for l':
        j = next((i for i in rng if lw[i] == 'l'), None); rep = '1'
    elif shape == 'OCR cl for d':
        j = next((i for i in rng if lw[i] == 'd'), None); rep = 'cl'
    elif shape == 'ph typed for f':
        j = next((i for i in rng if lw[i] == 'f'), None); rep = 'ph'
    elif shape == 'e typed for i':
        j = next((i for i in rng if lw[i] == 'i'), None); rep = 'e'
    elif shape == 't typed for d':
        j = next((i for i in rng if lw[i] == 'd'), None); rep = 't'
    elif shape == 'a consonant doubled':
        j = next((i for i in rng if lw[i] in 'bcdfgklmnprstvz' and lw[i - 1] != lw[i] and lw[i + 1] != lw[i]), None)
        rep = lw[j] * 2 if j is not None else None
    else:
        return None
    if j is None:
        return None
    if w[j].isupper():
        rep = rep.upper()
    return w[:j] + rep + w[j + 1:]


TYPO_SHAPES = ['OCR 1 for l', 'OCR cl for d', 'ph typed for f', 'e typed for i', 't typed for d', 'a consonant doubled']


def g_typo(name, d, e):
    toks = [tc_word(t) for t in name.split()]
    for shape in TYPO_SHAPES:
        for i, t in enumerate(toks):
            if fold_full(t).replace(' ', '') in LEGAL:
                continue
            n = _typo_word(t, shape)
            if n:
                yield shape, None, ' '.join(toks[:i] + [n] + toks[i + 1:])
                break


# ---------------- transliteration ----------------
def _hu(w):
    s = w.lower()
    for a, b in (('sh', '\x01'), ('ch', '\x02'), ('kh', '\x03'), ('zh', '\x04')):
        s = s.replace(a, b)
    s = s.replace('s', 'sz').replace('j', 'dzs').replace('w', 'v')
    s = re.sub(r'y(?=[aeiou])', 'j', s)
    for a, b in (('\x01', 's'), ('\x02', 'cs'), ('\x03', 'h'), ('\x04', 'zs')):
        s = s.replace(a, b)
    return s


def _es(w):
    s = w.lower()
    s = s.replace('j', '\x05').replace('kh', 'j').replace('sh', 'ch').replace('zh', '\x05').replace('w', 'u')
    s = s.replace('v', 'b').replace('\x05', 'y')
    return s


def g_transliteration(name, d, e):
    toks = name.split()
    for shape, fn in (('Hungarian-style (s for sh, cs for ch, h for kh, zs for zh, sz for s, dzs for j, v for w, j for y before a vowel)', _hu),
                      ('Spanish-style (j for kh, y for j and zh, ch for sh, u for w, b for v)', _es)):
        out = []
        for t in toks:
            if plain(t) and not small(t) and fold_full(t) not in LEGAL:
                n = fn(t); out.append(n[:1].upper() + n[1:])
            else:
                out.append(tc_word(t))
        yield shape.split(' (')[0], shape.split(' (')[1].rstrip(')'), ' '.join(out)


# ---------------- translation ----------------
KEYS = {'company': 0, 'trading': 1, 'bank': 2, 'shipping': 3, 'industries': 4, 'industry': 4, 'group': 5,
        'services': 6, 'investment': 7, 'investments': 7}
LANGS = [
    ('Spanish', ['Compañía', 'Comercial', 'Banco', 'Naviera', 'Industrias', 'Grupo', 'Servicios', 'Inversiones']),
    ('Norwegian', ['Selskap', 'Handel', None, 'Rederi', 'Industrier', 'Gruppe', 'Tjenester', 'Investering']),
    ('Czech', ['Společnost', 'Obchod', 'Banka', 'Lodní Doprava', 'Průmysl', 'Skupina', 'Služby', 'Investice']),
    ('Romanian', ['Companie', 'Comerț', 'Banca', 'Transport Maritim', 'Industrii', 'Grup', 'Servicii', 'Investiții']),
    ('Turkish', ['Şirketi', 'Ticaret', 'Bankası', 'Denizcilik', 'Sanayi', 'Grubu', 'Hizmetleri', 'Yatırım']),
    ('Lithuanian', ['Bendrovė', 'Prekyba', 'Bankas', 'Laivyba', 'Pramonė', 'Grupė', 'Paslaugos', 'Investicijos']),
    ('Latvian', ['Uzņēmums', 'Tirdzniecība', 'Banka', 'Kuģniecība', 'Rūpniecība', 'Grupa', 'Pakalpojumi', 'Investīcijas']),
    ('Slovene', ['Podjetje', 'Trgovina', 'Banka', 'Ladjarstvo', 'Industrija', 'Skupina', 'Storitve', 'Naložbe']),
    ('Croatian', ['Tvrtka', 'Trgovina', 'Banka', 'Brodarstvo', 'Industrija', 'Grupa', 'Usluge', 'Investicije']),
    ('Basque', ['Konpainia', 'Merkataritza', 'Bankua', 'Itsas Garraioa', 'Industriak', 'Taldea', 'Zerbitzuak', 'Inbertsioak']),
    ('Afrikaans', ['Maatskappy', 'Handel', None, 'Skeepvaart', 'Nywerhede', 'Groep', 'Dienste', 'Beleggings']),
    ('Yoruba', ['Ile-Ise', 'Isowo', 'Ile-Ifowopamo', 'Oko Oju Omi', 'Ile-Ise Nla', 'Egbe', 'Ise Iranlowo', 'Idoko-Owo']),
]


def g_translation(name, d, e):
    toks = name.split()
    for i, t in enumerate(toks):
        k = fold_full(t)
        if k in KEYS:
            for lang, ws in LANGS:
                w = ws[KEYS[k]]
                if w:
                    out = [tc_word(x) for x in toks]; out[i] = w
                    yield lang, '%s -> %s' % (k, w), ' '.join(out)
            return


# ---------------- script ----------------
UK = [('shch', 'щ'), ('sh', 'ш'), ('ch', 'ч'), ('kh', 'х'), ('zh', 'ж'), ('ts', 'ц'), ('ya', 'я'), ('yu', 'ю'),
      ('ye', 'є'), ('yi', 'ї')] + list(zip('abcdefghijklmnopqrstuvwxyz',
      ['а', 'б', 'к', 'д', 'е', 'ф', 'ґ', 'г', 'і', 'дж', 'к', 'л', 'м', 'н', 'о', 'п', 'к', 'р', 'с', 'т', 'у', 'в', 'в', 'кс', 'и', 'з']))
FA = [('sh', 'ش'), ('ch', 'چ'), ('kh', 'خ'), ('zh', 'ژ'), ('gh', 'غ')] + list(zip('abcdfghijklmnopqrstuvwxyz',
      ['ا', 'ب', 'ک', 'د', 'ف', 'گ', 'ه', 'ی', 'ج', 'ک', 'ل', 'م', 'ن', 'و', 'پ', 'ق', 'ر', 'س', 'ت', 'و', 'و', 'و', 'کس', 'ی', 'ز']))


def _render(word, table, persian=False):
    w = fold_full(word).replace(' ', '')
    out, i = '', 0
    if persian and w[:1] in 'aeiou':
        out += {'a': 'ا', 'e': 'ا', 'i': 'ای', 'o': 'او', 'u': 'او'}[w[0]]; i = 1
    while i < len(w):
        if persian and w[i] == 'e':
            i += 1; continue
        for a, b in table:
            if w.startswith(a, i):
                out += b; i += len(a); break
        else:
            if w[i].isdigit():
                out += w[i]
            i += 1
    return out


def g_script(name, d, e):
    body, form = split_form(name)
    toks = [t for t in fold_full(body).split()]
    for shape, tab, p in (('Ukrainian Cyrillic', UK, False), ('Persian (Arabic) script', FA, True)):
        q = ' '.join(x for x in (_render(t, tab, p) for t in toks) if x)
        if q:
            yield shape, 'legal form dropped', q


# ---------------- parent_vs_subsidiary ----------------
UNITS = [('Spanish sucursal en', '{n}, sucursal en {c}'), ('Norwegian avdeling', '{n} avdeling {c}'),
         ('Romanian sucursala', '{n} sucursala {c}'), ('Turkish şubesi', '{n} {c} şubesi'),
         ('Lithuanian filialas', '{n} {c} filialas'), ('Slovene podružnica', '{n} podružnica {c}'),
         ('Basque adarra', '{n} {c} adarra'), ('Afrikaans tak', '{n} tak {c}'),
         ('Hindi romanised shakha', '{n} {c} shakha'), ('Russian romanised filial v', '{n} filial v {c}'),
         ('liaison office', '{n} liaison office, {c}'), ('sales office', '{n} sales office ({c})')]


def g_parent_vs_subsidiary(name, d, e):
    c = d.city.get(e)
    if not c:
        return
    c = tc(c)
    for u, tpl in UNITS:
        yield u, 'at add.csv city %s' % c, tpl.format(n=tc(name), c=c)


# ---------------- messy ----------------
MESSY = [('YAML block', 'counterparty:\n  name: "{N}"\n  city: {c}'),
         ('CSV line', '"{N}","{c}",screen,pending'),
         ('INI section', '[counterparty]\nname={N}\ncity={c}'),
         ('SWIFT field 59', ':59:/ACCT-UNKNOWN\n{N}\n{c}'),
         ('email subject line', 'Subject: FW: proforma from {N} ({c}) - pls screen'),
         ('tweet with hashtags', 'anyone dealt with {n} out of {c}?? #kyc #compliance'),
         ('Spanish chat', '¿alguien sabe si {n} de {c} está sancionada?'),
         ('Portuguese chat', 'alguém pode verificar a empresa {n} em {c}?'),
         ('Polish chat', 'czy firma {n} z {c} jest na liście sankcyjnej?'),
         ('Czech chat', 'můžeš prověřit firmu {n} z {c}?'),
         ('Romanian chat', 'puteți verifica firma {n} din {c}?'),
         ('Turkish chat', '{c} merkezli {n} yaptırım listesinde mi?')]


def g_messy(name, d, e):
    c = d.city.get(e)
    if not c:
        return
    for shape, tpl in MESSY:
        yield shape, 'with add.csv city', tpl.format(N=name, n=name.lower(), c=tc(c))


# ---------------- case ----------------
def g_case(name, d, e):
    ws = name.split()
    if len(ws) >= 2:
        yield 'lower case except the last word upper', None, ' '.join([w.lower() for w in ws[:-1]] + [ws[-1].upper()])
    yield 'first two letters of each word upper, rest lower', None, ' '.join(w[:2].upper() + w[2:].lower() for w in ws)
    yield "upper case with each word's last letter lower", None, ' '.join(w[:-1].upper() + w[-1:].lower() for w in ws)


# ---------------- aka ----------------
def g_aka(name, d, e):
    for a in d.alts[e]:
        yield 'own alt.csv alias', None, a


GEN = {k: globals()['g_' + k] for k in ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation',
                                         'abbreviation', 'typo', 'transliteration', 'translation', 'script',
                                         'parent_vs_subsidiary', 'messy']}
# item kinds: each shape/item once; otherwise per-shape quota
ITEM_KINDS = {'legal_form': 'detail', 'abbreviation': 'shape', 'translation': 'shape',
              'parent_vs_subsidiary': 'shape', 'messy': 'shape'}
NARC_KINDS = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
