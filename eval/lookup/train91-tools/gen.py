"""train91 generators: one per positive kind, with shape quotas and item lists (written from scratch)."""
import re, unicodedata
import lib

SPLIT_LEGAL = lib.LEGAL_WORDS | {'ltd', 'limited', 'co', 'inc', 'incorporated', 'corp', 'corporation', 'company',
                                 'llc', 'cia'}
ROMAN = {'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII'}
PARTIAL_SMALL = {'para', 'con', 'por', 'en', 'for', 'sociedad', 'acciones', 'simplificada', 'anonima', 'limitada',
                 'sobre', 'sus', 'entre', 'with', 'from', 'into'}


def _legal_tok(t):
    f = lib.full(t)
    return bool(f) and all(w in SPLIT_LEGAL for w in f.split())


def split_legal(name):
    toks = name.split()
    i = len(toks)
    while i > 1:
        t = toks[i - 1]
        if _legal_tok(t) or re.fullmatch(r'([A-Za-z]\.)+,?', t):
            i -= 1; continue
        if t.upper() in ('DE', 'EN') and i < len(toks):
            i -= 1; continue
        if t.upper() == 'Y' and i < len(toks) and toks[i].upper().startswith('CIA'):
            i -= 1; continue
        break
    # a leading DE/EN of the tail belongs to the body
    while i < len(toks) and toks[i].upper() in ('DE', 'EN'):
        i += 1
    body = ' '.join(toks[:i]).rstrip(',').rstrip()
    suffix = ' '.join(toks[i:])
    return body, suffix


def tcw_word(t):
    if re.fullmatch(r'([A-Za-z]\.)+', t) or t.upper() in ROMAN:
        return t.upper()
    if 2 <= len(t) <= 4 and t.isalpha() and t.isupper() and not re.search(r'[AEIOUY]', t):
        return t
    out, cap = [], True
    for ch in t.lower():
        out.append(ch.upper() if cap and ch.isalpha() else ch)
        if ch.isalpha() or ch.isdigit():
            cap = False
        if ch in ' -(/."&':
            cap = True
    return ''.join(out)


def tcw(s):
    return ' '.join(tcw_word(t) for t in s.split())


def join(body, suffix):
    return (body + ' ' + suffix).strip() if suffix else body


def display(name):
    b, s = split_legal(name)
    return join(tcw(b), s)


def is_small(w):
    f = lib.full(w)
    return (not f or f in lib.FILLER or len(f) <= 2 or w.upper() in ROMAN or f in PARTIAL_SMALL)


# ---------------------------------------------------------------- quotas
QUOTA = {
    'aka': {'alt.csv alias': 12},
    'partial': {'even-position name words, legal form kept': 4,
                'last three name words, legal form dropped': 4,
                'two longest name words in name order, legal form kept': 4},
    'word_order': {'last name word moved to the front': 4,
                   'name words in reverse alphabetical order': 4,
                   'longest name word moved to the end': 4},
    'case': {'second letter of each word upper, the rest lower': 4,
             'alternate words upper and lower, first word lower': 4,
             'second half of each word upper, the rest lower': 4},
    'punctuation': {'`\u20ac` for the first e': 3, '`~` after the second letter': 3,
                    '`?` before the last two letters': 3, '`^` after the fourth letter': 3},
    'typo': {'OCR `rn` for m': 2, 'OCR `8` for b': 2, '`w` typed for e': 2, '`s` typed for a': 2,
             'last two letters of the longest word swapped': 2, 'last letter of the longest word doubled': 2},
    'transliteration': {'French-style spelling': 6, 'Dutch-style spelling': 6},
    'script': {'Ethiopic (Ge\'ez)': 6, 'Thaana': 6},
}
# item kinds: every item shape at most once
LEGAL_FORMS = [  # (form, language, position)
    ('O\u00dc', 'Estonian', 'end'), ('EOOD', 'Bulgarian', 'end'), ('TOO', 'Kazakh', 'front'),
    ('Zrt.', 'Hungarian', 'end'), ('ANS', 'Norwegian', 'end'), ('IVS', 'Danish', 'end'),
    ('DAC', 'Irish', 'end'), ('CIC', 'UK', 'end'), ('PLLC', 'US', 'end'), ('ULC', 'Canadian', 'end'),
    ('UG (haftungsbeschr\u00e4nkt)', 'German', 'end'), ('Ltd. \u015eti.', 'Turkish', 'end'),
    ('j.d.o.o.', 'Croatian', 'end'), ('BVBA', 'Belgian', 'end'), ('UAB', 'Lithuanian', 'front')]
ABBREVS = [  # (abbr, long words)
    ('Shpg.', ['shipping']), ('Navig.', ['navigation']), ('Coop.', ['cooperative', 'cooperativa']),
    ('Telecom.', ['telecommunication', 'telecommunications', 'telecomunicaciones']),
    ('Org.', ['organization', 'organisation', 'organizacion']), ('Mach.', ['machinery', 'machine', 'machines']),
    ('Refin.', ['refining', 'refinery']), ('Sys.', ['systems', 'system', 'sistemas']),
    ('Est.', ['establishment']), ('Soc.', ['society']), ('Petrochem.', ['petrochemical', 'petrochemicals']),
    ('Maint.', ['maintenance']), ('Bldg.', ['building']), ('Imp.', ['import', 'imports', 'importadora']),
    ('Exp.', ['export', 'exports', 'exportadora']), ('Gov.', ['government']),
    ('Electron.', ['electronics', 'electronic'])]
TRANSL = {
    'Igbo': {'bank': '\u1ee4l\u1ecd Ak\u1ee5', 'industries': '\u1ee4l\u1ecd \u1eccr\u1ee5', 'industry': '\u1ee4l\u1ecd \u1eccr\u1ee5',
             'shipping': 'Mbupu', 'trading': 'Az\u1ee5mah\u1ecba', 'trade': 'Az\u1ee5mah\u1ecba', 'oil': 'Mman\u1ee5',
             'investment': 'Ntinye Ego', 'services': '\u1eccr\u1ee5', 'development': 'Mmep\u1ee5ta',
             'construction': 'Owuwu', 'foundation': 'Nt\u1ecdala', 'energy': 'Ume', 'transport': 'Njem',
             'insurance': 'Mkpuchi'},
    'Yoruba': {'bank': 'Il\u00e9 \u00ccfow\u00f3pam\u1ecd', 'industries': 'Il\u00e9-i\u1e63\u1eb9\u0301',
               'industry': 'Il\u00e9-i\u1e63\u1eb9\u0301', 'shipping': '\u1ecck\u1ecd\u0300 Oj\u00fa Omi',
               'trading': '\u00cc\u1e63\u00f2w\u00f2', 'trade': '\u00cc\u1e63\u00f2w\u00f2', 'oil': 'Epo',
               'investment': '\u00ccd\u00f3k\u00f2w\u00f2', 'services': 'I\u1e63\u1eb9\u0301',
               'development': '\u00ccd\u00e0gb\u00e0s\u00f3k\u00e8', 'construction': '\u00cck\u1ecd\u0301l\u00e9',
               'foundation': '\u00ccp\u00ecl\u1eb9\u0300', 'energy': 'Agb\u00e1ra', 'transport': '\u00ccr\u00ecnn\u00e0',
               'insurance': '\u00ccb\u00e1nigb\u00f3f\u00f2'},
    'Zulu': {'bank': 'Ibhange', 'industries': 'Izimboni', 'industry': 'Imboni', 'shipping': 'Ukuthumela',
             'trading': 'Ukuhweba', 'trade': 'Ukuhweba', 'oil': 'Uwoyela', 'investment': 'Utshalomali',
             'services': 'Izinsizakalo', 'development': 'Intuthuko', 'construction': 'Ukwakha',
             'foundation': 'Isisekelo', 'energy': 'Amandla', 'transport': 'Ezokuthutha', 'insurance': 'Umshwalense'},
    'Somali': {'bank': 'Bangiga', 'industries': 'Warshadaha', 'industry': 'Warshadda', 'shipping': 'Maraakiibta',
               'trading': 'Ganacsiga', 'trade': 'Ganacsi', 'oil': 'Saliidda', 'investment': 'Maalgashi',
               'services': 'Adeegyada', 'development': 'Horumarinta', 'construction': 'Dhismaha',
               'foundation': 'Aasaaska', 'energy': 'Tamarta', 'transport': 'Gaadiidka', 'insurance': 'Caymiska'},
    'Luxembourgish': {'industries': 'Industrien', 'industry': 'Industrie', 'shipping': 'Sch\u00ebffaart',
                      'trading': 'Handel', 'trade': 'Handel', 'oil': 'Ueleg', 'investment': 'Investissement',
                      'services': 'Servicer', 'development': 'Entw\u00e9cklung', 'construction': 'Bau',
                      'foundation': 'Fondatioun', 'energy': 'Energie', 'insurance': 'Vers\u00e9cherung'},
    'Esperanto': {'bank': 'Banko', 'industries': 'Industrioj', 'industry': 'Industrio', 'shipping': '\u015cipado',
                  'trading': 'Komerco', 'trade': 'Komerco', 'oil': 'Nafto', 'investment': 'Investado',
                  'services': 'Servoj', 'development': 'Disvolvi\u011do', 'construction': 'Konstruado',
                  'foundation': 'Fonda\u0135o', 'energy': 'Energio', 'transport': 'Transporto', 'insurance': 'Asekuro'},
    'Croatian': {'bank': 'Banka', 'industries': 'Industrija', 'industry': 'Industrija', 'shipping': 'Brodarstvo',
                 'trading': 'Trgovina', 'trade': 'Trgovina', 'oil': 'Nafta', 'investment': 'Ulaganje',
                 'services': 'Usluge', 'development': 'Razvoj', 'construction': 'Graditeljstvo',
                 'foundation': 'Zaklada', 'energy': 'Energija', 'transport': 'Prijevoz', 'insurance': 'Osiguranje'},
    'Slovak': {'bank': 'Banka', 'industries': 'Priemysel', 'industry': 'Priemysel', 'shipping': 'Lodn\u00e1 Doprava',
               'trading': 'Obchod', 'trade': 'Obchod', 'oil': 'Ropa', 'investment': 'Invest\u00edcia',
               'services': 'Slu\u017eby', 'development': 'Rozvoj', 'construction': 'Stavebn\u00edctvo',
               'foundation': 'Nad\u00e1cia', 'energy': 'Energia', 'transport': 'Doprava', 'insurance': 'Pois\u0165ov\u0148a'},
    'Estonian': {'bank': 'Pank', 'industries': 'T\u00f6\u00f6stus', 'industry': 'T\u00f6\u00f6stus',
                 'shipping': 'Laevandus', 'trading': 'Kaubandus', 'trade': 'Kaubandus', 'oil': 'Nafta',
                 'investment': 'Investeering', 'services': 'Teenused', 'development': 'Areng',
                 'construction': 'Ehitus', 'foundation': 'Sihtasutus', 'energy': 'Energia', 'insurance': 'Kindlustus'},
    'Haitian Creole': {'bank': 'Labank', 'industries': 'Endistri', 'industry': 'Endistri', 'shipping': 'Transp\u00f2 Bato',
                       'trading': 'Kom\u00e8s', 'trade': 'Kom\u00e8s', 'oil': 'Lwil', 'investment': 'Envestisman',
                       'services': 'S\u00e8vis', 'development': 'Devlopman', 'construction': 'Konstriksyon',
                       'foundation': 'Fondasyon', 'energy': 'En\u00e8ji', 'transport': 'Transp\u00f2', 'insurance': 'Asirans'},
    'Uzbek': {'industries': 'Sanoat', 'industry': 'Sanoat', 'shipping': 'Kemachilik', 'trading': 'Savdo',
              'trade': 'Savdo', 'oil': 'Neft', 'investment': 'Investitsiya', 'services': 'Xizmatlar',
              'development': 'Rivojlanish', 'construction': 'Qurilish', 'foundation': 'Jamg\u02bbarma',
              'energy': 'Energetika', 'insurance': 'Sug\u02bburta'},
    'Turkmen': {'industries': 'Senagat', 'industry': 'Senagat', 'shipping': 'G\u00e4mi Gatnawy', 'trading': 'S\u00f6wda',
                'trade': 'S\u00f6wda', 'oil': 'Nebit', 'investment': 'Ma\u00fda Go\u00fdum', 'services': 'Hyzmatlar',
                'development': '\u00d6s\u00fc\u015f', 'construction': 'Gurlu\u015fyk', 'foundation': 'Gaznasy',
                'energy': 'Energetika', 'transport': 'Ulag', 'insurance': '\u00c4ti\u00fda\u00e7landyry\u015f'},
    'Kurmanji': {'industries': 'P\u00ee\u015fesaz\u00ee', 'trading': 'Bazirgan\u00ee', 'trade': 'Bazirgan\u00ee',
                 'oil': 'Neft', 'services': 'Xizmet', 'development': 'P\u00ea\u015fketin', 'construction': 'Avakirin',
                 'foundation': 'Weqf', 'insurance': 'Sigorte'},
}
UNITS = [  # (language, unit, position relative to the city)
    ('Yoruba', '\u1eb9\u0300ka n\u00ed', 'before'), ('Zulu', 'igatsha e', 'before'), ('Somali', 'laanta', 'before'),
    ('Luxembourgish', 'Filial zu', 'before'), ('Esperanto', 'filio en', 'before'),
    ('Croatian', 'podru\u017enica u', 'before'), ('Slovak', 'pobo\u010dka v', 'before'),
    ('Estonian', 'filiaal', 'after'), ('Haitian Creole', 'siksal nan', 'before'), ('Uzbek', 'filiali', 'after'),
    ('Turkmen', '\u015faham\u00e7asy', 'after'), ('English', 'procurement office', 'after'),
    ('English', 'trade mission', 'after'), ('Kurmanji', '\u015faxa li', 'before')]
MESSY = [  # (template name, format); {n} display name, {N} upper name, {c} city, {C} upper city
    ('X.509 subject DN', 'subject: O={ne}, L={c}, OU=Counterparty Screening'),
    ('LDAP filter', '(&(objectClass=organization)(o={n})(l={c}))'),
    ('GraphQL query', 'query {{ screen(name: "{n}", city: "{c}") {{ hits score }} }}'),
    ('TOML table', '[counterparty] name = "{n}" city = "{c}" check = true'),
    ('S-expression', '(screen-party (name "{n}") (city "{c}"))'),
    ('SWIFT MT103 field 59', ':59:/AC00417 {N} {C}'),
    ('chat in Yoruba', '\u1eb8 j\u1ecd\u0300\u1ecd\u0301, \u1e63\u00e9 {n} n\u00ed {c} w\u00e0 l\u00f3r\u00ed \u00e0k\u00f3j\u1ecd \u00ecj\u1eb9nin\u00edy\u00e0?'),
    ('chat in Zulu', 'Sicela uhlole ukuthi u-{n} wase-{c} usohlwini lwezijeziso yini'),
    ('chat in Somali', 'Fadlan hubi in {n} oo ku taal {c} ay ku jirto liiska cunaqabataynta'),
    ('chat in Luxembourgish', 'Kanns du kucken, ob {n} aus {c} op der Sanktiounsl\u00ebscht steet?'),
    ('chat in Esperanto', 'Bonvolu kontroli, \u0109u {n} el {c} estas en la sankcia listo'),
    ('chat in Croatian', 'Mo\u017ee\u0161 li provjeriti je li {n} iz {c} na popisu sankcija?'),
    ('chat in Slovak', 'M\u00f4\u017ee\u0161 overi\u0165, \u010di je {n} z {c} na sankčnom zozname?'),
    ('chat in Estonian', 'Palun kontrolli, kas {n} ({c}) on sanktsioonide nimekirjas')]

for _k, _items in (('legal_form', [f for f, _, _ in LEGAL_FORMS]), ('abbreviation', [a for a, _ in ABBREVS]),
                   ('translation', list(TRANSL)), ('parent_vs_subsidiary', ['%s `%s`' % (l, u) for l, u, _ in UNITS]),
                   ('messy', [m for m, _ in MESSY])):
    QUOTA[_k] = {('%s' % it): 1 for it in _items}


# ---------------------------------------------------------------- helpers
def name_words(body):
    return [w for w in body.split() if not is_small(w) and not any(c.isdigit() for c in w)]


def plain_body(body):
    return all(re.fullmatch(r'[A-Za-z]+', w) for w in body.split())


def recase(src, new):
    if src.isupper() and len(src) > 1:
        return new.upper()
    if src[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def longest_word(disp_body):
    ws = [w for w in disp_body.split() if w.isalpha()]
    if not ws:
        return None
    return max(ws, key=len)


def replace_word_once(s, old, new):
    toks = s.split()
    for i, t in enumerate(toks):
        if t == old:
            toks[i] = new
            return ' '.join(toks)
    return None


# ---------------------------------------------------------------- generators
def g_aka(rec, city):
    for t, a in rec['alts']:
        yield 'alt.csv alias', t, a


def g_partial(rec, city):
    body, suf = split_legal(rec['name'])
    nw = name_words(body)
    if len(nw) < 4:
        return
    cands = [('even-position name words, legal form kept', nw[1::2], True),
             ('last three name words, legal form dropped', nw[-3:], False)]
    longest = sorted(range(len(nw)), key=lambda i: (-len(nw[i]), i))[:2]
    cands.append(('two longest name words in name order, legal form kept', [nw[i] for i in sorted(longest)], True))
    for shape, kept, keep_legal in cands:
        if sum(len(w) for w in kept) < 10 or len(kept) < 2:
            continue
        if not all(re.fullmatch(r'[A-Za-z]+', w) for w in kept):
            continue  # kept words must be plain letters-only words (the rest of the body may not be)
        q = tcw(' '.join(kept))
        if keep_legal:
            if not suf:
                continue
            q = join(q, suf)
        yield shape, None, q


def g_word_order(rec, city):
    body, suf = split_legal(rec['name'])
    ws = body.split()
    if len(ws) < 3 or not plain_body(body) or any(is_small(w) or len(w) < 3 for w in ws):
        return
    out = []
    out.append(('last name word moved to the front', [ws[-1]] + ws[:-1]))
    out.append(('name words in reverse alphabetical order', sorted(ws, key=lambda w: w.lower(), reverse=True)))
    li = max(range(len(ws)), key=lambda i: (len(ws[i]), -i))
    out.append(('longest name word moved to the end', ws[:li] + ws[li + 1:] + [ws[li]]))
    for shape, new in out:
        if new != ws:
            yield shape, None, join(tcw(' '.join(new)), suf)


def _case_word(w, f):
    idx = [i for i, c in enumerate(w) if c.isalpha()]
    chars = list(w.lower())
    for j in f(idx):
        chars[j] = chars[j].upper()
    return ''.join(chars)


def g_case(rec, city):
    ws = rec['name'].split()
    yield ('second letter of each word upper, the rest lower', None,
           ' '.join(_case_word(w, lambda idx: idx[1:2]) for w in ws))
    yield ('alternate words upper and lower, first word lower', None,
           ' '.join(w.upper() if i % 2 else w.lower() for i, w in enumerate(ws)))
    yield ('second half of each word upper, the rest lower', None,
           ' '.join(_case_word(w, lambda idx: idx[len(idx) // 2:] if len(idx) > 1 else []) for w in ws))


def g_legal_form(rec, city):
    body, suf = split_legal(rec['name'])
    if any(_legal_tok(w) for w in body.split()) or not any(len(w) >= 3 and w.isalpha() for w in body.split()):
        return
    b = tcw(body)
    for form, lang, pos in LEGAL_FORMS:
        q = (form + ' ' + b) if pos == 'front' else (b + ' ' + form)
        yield form, '%s%s' % (lang, ', in front' if pos == 'front' else ''), q


def g_punctuation(rec, city):
    body, suf = split_legal(rec['name'])
    b = tcw(body)
    w = longest_word(b)
    if not w or len(w) < 6:
        return
    cands = []
    if 'e' in w[1:]:
        i = w.index('e', 1)
        cands.append(('`\u20ac` for the first e', w[:i] + '\u20ac' + w[i + 1:]))
    cands.append(('`~` after the second letter', w[:2] + '~' + w[2:]))
    cands.append(('`?` before the last two letters', w[:-2] + '?' + w[-2:]))
    cands.append(('`^` after the fourth letter', w[:4] + '^' + w[4:]))
    for shape, nw in cands:
        yield shape, w, join(replace_word_once(b, w, nw), suf)


def g_abbreviation(rec, city):
    body, suf = split_legal(rec['name'])
    b = tcw(body)
    toks = b.split()
    for abbr, longs in ABBREVS:
        for i, t in enumerate(toks):
            if t.lower() in longs:
                nt = toks[:i] + [abbr] + toks[i + 1:]
                yield abbr, t.lower(), join(' '.join(nt), suf)
                break


def g_typo(rec, city):
    body, suf = split_legal(rec['name'])
    b = tcw(body)
    w = longest_word(b)
    if not w or len(w) < 5:
        return
    c = []
    lw = w.lower()
    if 'm' in lw:
        i = lw.index('m'); c.append(('OCR `rn` for m', w[:i] + ('RN' if w[i].isupper() else 'rn') + w[i + 1:]))
    if 'b' in lw:
        i = lw.index('b'); c.append(('OCR `8` for b', w[:i] + '8' + w[i + 1:]))
    if 'e' in lw[1:]:
        i = lw.index('e', 1); c.append(('`w` typed for e', w[:i] + 'w' + w[i + 1:]))
    if 'a' in lw[1:]:
        i = lw.index('a', 1); c.append(('`s` typed for a', w[:i] + 's' + w[i + 1:]))
    if w[-1].lower() != w[-2].lower():
        c.append(('last two letters of the longest word swapped', w[:-2] + w[-1] + w[-2]))
    c.append(('last letter of the longest word doubled', w + w[-1]))
    for shape, nw in c:
        yield shape, w, join(replace_word_once(b, w, nw), suf)


VOW = set('aeiou')
FR_RULES = [('sh', 'ch'), ('ch', 'tch'), ('zh', 'j'), ('kh', 'kh'), ('oo', 'ou'), ('ou', 'ou'), ('qu', 'qu'),
            ('ee', 'i'), ('j', 'dj'), ('u', 'ou'), ('w', 'ou')]
NL_RULES = [('sch', 'sch'), ('sh', 'sj'), ('ch', 'tsj'), ('kh', 'ch'), ('zh', 'zj'), ('ph', 'f'), ('th', 't'),
            ('oo', 'oe'), ('ou', 'oe'), ('ck', 'k'), ('qu', 'kw'), ('q', 'k'), ('x', 'ks'), ('j', 'dj'),
            ('u', 'oe'), ('ce', 'se'), ('ci', 'si'), ('cy', 'sy'), ('c', 'k')]


def _apply(word, rules, dutch=False):
    w = word.lower()
    out, i = [], 0
    while i < len(w):
        if dutch and w[i] == 'y' and i + 1 < len(w) and w[i + 1] in VOW:
            out.append('j'); i += 1; continue
        for a, b in rules:
            if w.startswith(a, i):
                out.append(b); i += len(a); break
        else:
            out.append(w[i]); i += 1
    return recase(word, ''.join(out))


def _translit(name, rules, dutch):
    body, suf = split_legal(name)
    toks = []
    for t in tcw(body).split():
        f = lib.full(t)
        if (f in lib.FILLER or len(t) <= 2 or (t.isupper() and len(t) <= 4) or not re.fullmatch(r"[A-Za-z]+", t)):
            if re.fullmatch(r"[A-Za-z]+(-[A-Za-z]+)+", t):
                toks.append('-'.join(_apply(p, rules, dutch) if len(p) > 2 else p for p in t.split('-')))
            else:
                toks.append(t)
        else:
            toks.append(_apply(t, rules, dutch))
    return join(' '.join(toks), suf)


def g_transliteration(rec, city):
    yield 'French-style spelling', None, _translit(rec['name'], FR_RULES, False)
    yield 'Dutch-style spelling', None, _translit(rec['name'], NL_RULES, True)


def g_translation(rec, city):
    body, suf = split_legal(rec['name'])
    b = tcw(body)
    toks = b.split()
    for lang, dic in TRANSL.items():
        for i, t in enumerate(toks):
            if t.lower() in dic:
                nt = toks[:i] + [dic[t.lower()]] + toks[i + 1:]
                yield lang, '%s = %s' % (t.lower(), dic[t.lower()]), join(' '.join(nt), suf)
                break


def g_parent(rec, city):
    if not city or not re.search(r'[A-Za-z]', city):
        return
    d = display(rec['name'])
    for lang, unit, pos in UNITS:
        q = ('%s %s %s' % (d, unit, city)) if pos == 'before' else ('%s %s %s' % (d, city, unit))
        yield '%s `%s`' % (lang, unit), city, q


def g_messy(rec, city):
    if not city or not re.search(r'[A-Za-z]', city):
        return
    d = display(rec['name'])
    for tname, fmt in MESSY:
        q = fmt.format(n=d, ne=d.replace(',', '\\,'), N=rec['name'].upper(), c=city, C=city.upper())
        yield tname, city, q


# ------------------------------------------------ scripts
def script_words(name):
    body, suf = split_legal(name)
    out = []
    for t in body.replace('-', ' ').split():
        f = lib.full(t)
        if not f or f in lib.FILLER:
            continue
        if not re.fullmatch(r"[A-Za-z]+[.,']?", t):
            continue
        w = re.sub(r'(.)\1+', r'\1', t.strip(".,'").lower())
        if w:
            out.append(w)
    if not (1 <= len(out) <= 4):
        return None
    if len(out) == 1 and len(out[0]) < 7:
        return None
    return out


DIGRAPHS = ['sh', 'ch', 'kh', 'zh', 'ts', 'ph', 'th', 'gh']


def units(w):
    """Split a lower-case ASCII word into (consonant or '', vowel or '') units."""
    cons, i = [], 0
    seq = []
    while i < len(w):
        if w[i:i + 2] in DIGRAPHS:
            seq.append(w[i:i + 2]); i += 2; continue
        ch = w[i]
        if ch == 'x':
            seq += ['k', 's']
        elif ch == 'c':
            seq.append('s' if w[i + 1:i + 2] in ('e', 'i', 'y') else 'k')
        elif ch == 'y':
            nxt = w[i + 1:i + 2]
            seq.append('y' if (nxt and nxt in VOW) else 'i')
        elif ch == 'q':
            seq.append('q')
        else:
            seq.append(ch)
        i += 1
    res = []
    j = 0
    while j < len(seq):
        s = seq[j]
        if s in VOW:
            res.append(('', s)); j += 1
        elif j + 1 < len(seq) and seq[j + 1] in VOW:
            res.append((s, seq[j + 1])); j += 2
        else:
            res.append((s, '')); j += 1
    return res


ETH_ROW = {'h': 0x1200, 'l': 0x1208, 'm': 0x1218, 'r': 0x1228, 's': 0x1230, 'sh': 0x1238, 'q': 0x1240,
           'b': 0x1260, 'v': 0x1268, 't': 0x1270, 'th': 0x1270, 'ch': 0x1278, 'n': 0x1290, '': 0x12A0,
           'k': 0x12A8, 'kh': 0x12B8, 'w': 0x12C8, 'z': 0x12D8, 'zh': 0x12E0, 'y': 0x12E8, 'd': 0x12F0,
           'j': 0x1300, 'g': 0x1308, 'gh': 0x1308, 'ts': 0x1338, 'f': 0x1348, 'ph': 0x1348, 'p': 0x1350}
ETH_VOW = {'a': 3, 'e': 4, 'i': 2, 'o': 6, 'u': 1, '': 5}


def ethiopic_word(w):
    out = []
    for k, (c, v) in enumerate(units(w)):
        if c == '' and k > 0 and v in ('i', 'u'):
            c, v = ('y' if v == 'i' else 'w'), ''
        out.append(chr(ETH_ROW[c] + ETH_VOW[v]))
    return ''.join(out)


THA_C = {'h': 0x0780, 'sh': 0x0781, 'n': 0x0782, 'r': 0x0783, 'b': 0x0784, 'k': 0x0786, '': 0x0787,
         'v': 0x0788, 'm': 0x0789, 'f': 0x078A, 'ph': 0x078A, 'd': 0x078B, 't': 0x078C, 'th': 0x078C,
         'l': 0x078D, 'g': 0x078E, 's': 0x0790, 'z': 0x0792, 'zh': 0x0792, 'y': 0x0794, 'p': 0x0795,
         'j': 0x0796, 'ch': 0x0797, 'kh': 0x079A, 'gh': 0x07A3, 'q': 0x07A4, 'w': 0x07A5, 'ts': None}
THA_V = {'a': 0x07A6, 'i': 0x07A8, 'u': 0x07AA, 'e': 0x07AC, 'o': 0x07AE, '': 0x07B0}


def thaana_word(w):
    out = []
    for c, v in units(w):
        if c == 'ts':
            out.append(chr(THA_C['t']) + chr(THA_V['']))
            c = 's'
        out.append(chr(THA_C[c]) + chr(THA_V[v]))
    return ''.join(out)


def g_script(rec, city):
    ws = script_words(rec['name'])
    if not ws:
        return
    yield 'Ethiopic (Ge\'ez)', None, ' '.join(ethiopic_word(w) for w in ws)
    yield 'Thaana', None, ' '.join(thaana_word(w) for w in ws)


def check_script_chars(q, shape):
    want = 'ETHIOPIC' if shape.startswith('Ethiopic') else 'THAANA'
    for ch in q:
        if ch == ' ':
            continue
        try:
            if not unicodedata.name(ch).startswith(want):
                return False
        except ValueError:
            return False
    return True


GEN = {'aka': g_aka, 'partial': g_partial, 'word_order': g_word_order, 'case': g_case, 'legal_form': g_legal_form,
       'punctuation': g_punctuation, 'abbreviation': g_abbreviation, 'typo': g_typo,
       'transliteration': g_transliteration, 'translation': g_translation, 'script': g_script,
       'parent_vs_subsidiary': g_parent, 'messy': g_messy}


def item_in_query(kind, shape, detail, q, rec):
    """Validator helper: the item of an item kind stands in the query."""
    if kind == 'legal_form':
        return shape in q
    if kind == 'abbreviation':
        longs = dict(ABBREVS).get(shape, [])
        return shape in q and any(w in [t.lower() for t in re.findall(r'[A-Za-z]+', rec['name'])] for w in longs)
    if kind == 'translation':
        if not detail or ' = ' not in detail:
            return False
        en, tr = detail.split(' = ', 1)
        return tr in q and en in [t.lower() for t in rec['name'].split()] and TRANSL.get(shape, {}).get(en) == tr
    if kind == 'parent_vs_subsidiary':
        unit = shape.split('`')[1]
        return unit in q and bool(detail) and detail in q
    if kind == 'messy':
        return bool(detail) and (detail in q or detail.upper() in q)
    return True
