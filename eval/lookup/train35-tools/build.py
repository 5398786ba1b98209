"""Build train35.jsonl (seed 35). Prints counts and rejection reasons only; never an earlier row."""
import json, os, random, re, difflib, collections, sys
from lib import (World, load_prior, is_prior, key_ws, key_fold, content, tokens, fold_forms, LEGAL, HERE)
import rows_pos, rows_neg

SEED = 35
OUT = os.path.join(os.path.dirname(HERE), 'train35.jsonl')
KINDS_GEN = ['aka', 'parent_vs_subsidiary', 'legal_form', 'abbreviation', 'punctuation', 'typo', 'case', 'messy']
rng = random.Random(SEED)

w = World()
prior, uses, nrows, nfiles = load_prior(w)
cand = json.load(open(os.path.join(HERE, 'cand.json')))
LEVEL = cand['level']
POOL = {c['ent'] for c in cand['cands'] if c['uses'] == LEVEL and not c['ambiguous']}
rej = collections.Counter()
rej_ex = collections.defaultdict(list)
used_ents, seen_q, rows = set(), set(), []


def reject(kind, why, q=None):
    rej[(kind, why)] += 1
    if q is not None and why != 'earlier query' and len(rej_ex[(kind, why)]) < 3:
        rej_ex[(kind, why)].append(q)


def qkeys(q):
    return {('ws', key_ws(q)), ('fold', key_fold(q))}


def own_forms(e):
    s = set()
    for n in [w.sdn[e]['name']] + [a for _, a in w.alt.get(e, [])]:
        s |= fold_forms(n)
    return s


def pos_note(kind, e, variant):
    r = w.sdn[e]
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
        kind, variant, r['program'], uses.get(e, 0), r['name'], e)


def add_pos(kind, e, q, variant):
    rows.append({'query': q, 'expected': w.sdn[e]['name'], 'kind': kind, 'notes': pos_note(kind, e, variant)})
    used_ents.add(e)
    seen_q.update(qkeys(q))


def common_checks(kind, e, q, script=False):
    if e not in POOL:
        return 'target not in least-used pool'
    if e in used_ents:
        return 'entity already used'
    if is_prior(prior, q):
        return 'earlier query'
    if qkeys(q) & seen_q:
        return 'repeats a query of this set'
    if q == w.sdn[e]['name']:
        return 'equals SDN name'
    if not script:
        if kind in ('word_order', 'transliteration', 'translation', 'partial') and fold_forms(q) & own_forms(e):
            return 'equals own name/alias after folding'
        if kind != 'messy' and w.other_owner(q, e):
            return 'equals another record after folding'
    return None


# ---------- hand rows ----------
for kind, lst in rows_pos.ALL:
    got = 0
    for e, q, variant in lst:
        if got == 12:
            break
        why = common_checks(kind, e, q, script=(kind == 'script'))
        if not why and kind == 'partial' and w.token_subset_other(q, e):
            why = 'token-subset of another organisation'
        if why:
            reject(kind, why, q)
            continue
        add_pos(kind, e, q, variant)
        got += 1
    if got < 12:
        print('SHORT', kind, got)

# ---------- generated rows ----------
LEGAL_TABLE = [
    (r',? S\.A\. DE C\.V\.?$', ' Sociedad Anonima de Capital Variable', 'S.A. de C.V. written out'),
    (r',? S\. DE R\.L\. DE C\.V\.$', ' Sociedad de Responsabilidad Limitada de Capital Variable', 'S. de R.L. de C.V. written out'),
    (r',? S\. DE R\.L\.$', ' Sociedad de Responsabilidad Limitada', 'S. de R.L. written out'),
    (r' LTDA\.$', ' Limitada', 'Ltda. written out'),
    (r' LIMITADA$', ' Ltda.', 'Limitada shortened'),
    (r' S\.A\.S\.$', ' Sociedad por Acciones Simplificada', 'S.A.S. written out'),
    (r' S\.A\.C\.$', ' Sociedad Anonima Cerrada', 'S.A.C. written out'),
    (r' E\.I\.R\.L\.$', ' Empresa Individual de Responsabilidad Limitada', 'E.I.R.L. written out'),
    (r' S\.R\.L\.$', ' Sociedad de Responsabilidad Limitada', 'S.R.L. written out'),
    (r' C\.A\.$', ' Compania Anonima', 'C.A. written out'),
    (r' S\. EN C\.S\.$', ' Sociedad en Comandita Simple', 'S. en C.S. written out'),
    (r' S\. EN C\.$', ' Sociedad en Comandita', 'S. en C. written out'),
    (r' S\.A\.R\.L\.$', ' Societe a Responsabilite Limitee', 'S.A.R.L. written out'),
    (r',? S\.A\.$', ' Sociedad Anonima', 'S.A. written out'),
    (r' LIMITED$', ' Ltd', 'LIMITED shortened to Ltd'),
    (r' LTD\.?$', ' Limited', 'LTD written out'),
    (r',? INC\.?$', ' Incorporated', 'INC written out'),
    (r' CORPORATION$', ' Corp.', 'CORPORATION shortened'),
    (r',? CORP\.$', ' Corporation', 'CORP. written out'),
    (r' FZE$', ' Free Zone Establishment', 'FZE written out'),
    (r' FZCO$', ' Free Zone Company', 'FZCO written out'),
    (r' L\.?L\.?C\.?$', ' Limited Liability Company', 'LLC written out'),
    (r' OY$', ' Osakeyhtio', 'Oy written out'),
    (r' GMBH$', ' Gesellschaft mit beschraenkter Haftung', 'GmbH written out'),
    (r' \(PVT\) LTD\.?$', ' Private Limited', '(Pvt) Ltd written out'),
    (r' E\.U\.$', ' Empresa Unipersonal', 'E.U. written out'),
]
ABBR = {'INTERNATIONAL': 'Intl', 'INTERNACIONAL': 'Intl.', 'INVERSIONES': 'Invs.', 'COMPANY': 'Co', 'SHIPPING': 'Shpg',
        'TRADING': 'Trdg', 'INVESTMENTS': 'Invts', 'INVESTMENT': 'Invt', 'COMERCIALIZADORA': 'Comerc.',
        'CONSTRUCTORA': 'Constr.', 'INMOBILIARIA': 'Inmob.', 'DISTRIBUIDORA': 'Distrib.', 'ADMINISTRADORA': 'Admin.',
        'GENERAL': 'Gen.', 'TECHNOLOGY': 'Tech.', 'MANUFACTURING': 'Mfg.', 'PROPERTIES': 'Props', 'SERVICES': 'Svcs',
        'ENTERPRISES': 'Ents.', 'DEVELOPMENT': 'Devt', 'INDUSTRY': 'Ind.', 'TELECOMMUNICATIONS': 'Telecom',
        'HOLDINGS': 'Hldgs', 'PHARMACEUTICAL': 'Pharma', 'CHEMICALS': 'Chems', 'AGROPECUARIA': 'Agrop.',
        'CORPORACION': 'Corp.', 'COMERCIAL': 'Com.', 'SERVICIOS': 'Servs.', 'TRANSPORTES': 'Transp.',
        'ASOCIADOS': 'Asoc.', 'HERMANOS': 'Hnos.', 'COMPANIA': 'Cia.', 'DESARROLLOS': 'Desarr.',
        'TRANSPORTATION': 'Transp.', 'INTERCONTINENTAL': 'Intercont.', 'FINANCIAL': 'Finl', 'ASSOCIATION': 'Assn',
        'AIRLINES': 'Airl.', 'GROUP': 'Grp', 'LIMITED': None}
KEYS = {'q': 'qwas', 'w': 'qeas', 'e': 'wrds', 'r': 'etdf', 't': 'ryfg', 'y': 'tugh', 'u': 'yijh', 'i': 'uokj', 'o': 'iplk',
        'p': 'ol', 'a': 'qwsz', 's': 'awedxz', 'd': 'serfcx', 'f': 'drtgvc', 'g': 'ftyhbv', 'h': 'gyujnb', 'j': 'huikmn',
        'k': 'jiolm', 'l': 'kop', 'z': 'asx', 'x': 'zsdc', 'c': 'xdfv', 'v': 'cfgb', 'b': 'vghn', 'n': 'bhjm', 'm': 'njk'}


KEEP_UPPER = {'AA', 'VP', 'IPC', 'UK', 'USA', 'HK', 'IFD', 'PPI', 'JV', 'A4', 'TEG', 'UI', 'CEC', 'DMI', 'SAI', 'PLM', 'AEISA', 'BMIIC', 'AMG', 'CMV', 'MPS', 'IRSA', 'IFDK', 'III', 'II', 'GAD', 'SAL', 'FZE', 'FZCO', 'LLC'}
SMALL = {'DE', 'Y', 'LA', 'DEL', 'LOS', 'LAS', 'AND', 'OF', 'EN', 'E', 'THE', 'FOR', 'EL'}


def _cap(seg):
    core = re.sub(r'[^A-Za-z0-9]', '', seg)
    if re.fullmatch(r'(?:[A-Za-z]\.){2,}[A-Za-z]?\.?', seg) or core.upper() in KEEP_UPPER or (
            len(core) >= 2 and not re.search(r'[AEIOUaeiou]', core) and core.isalpha()):
        return seg.upper()
    return re.sub(r'[A-Za-z][A-Za-z\']*', lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), seg)


def title(s):
    out = []
    for t in s.split(' '):
        if t.upper() in SMALL and out:
            out.append(t.lower())
        else:
            out.append('-'.join(_cap(x) for x in t.split('-')))
    return ' '.join(out)


def strip_legal(name):
    n = name
    for pat, _, _ in LEGAL_TABLE:
        n2 = re.sub(pat, '', n)
        if n2 != n:
            return n2.strip(' ,')
    return n


def g_aka(e):
    name = w.sdn[e]['name']
    for typ, a in w.alt.get(e, []):
        if len(a) < 5 or key_fold(a) == key_fold(name) or w.other_owner(a, e) or w.token_subset_other(a, e):
            continue
        ta, tn = content(a), content(name)
        if not ta or set(ta) == set(tn) or set(tn) <= set(ta):
            continue
        if set(ta) <= set(tn) and len(tn) - len(ta) <= 1 or set(tn) <= set(ta) and len(ta) - len(tn) <= 1:
            continue
        if difflib.SequenceMatcher(None, key_fold(a), key_fold(name)).ratio() >= 0.85:
            continue
        return a, 'alt.csv %s "%s"' % (typ or 'aka', a)
    return None


def location(e):
    name_f = set(tokens(w.sdn[e]['name']))
    for addr, city, country in w.add.get(e, []):
        c = city.split(',')[0]
        c = ' '.join(t for t in c.split() if not re.search(r'\d', t) and not re.fullmatch(r'[A-Z]{1,3}', t)).strip()
        for loc in (c, country):
            if loc and len(loc) >= 4 and not set(tokens(loc)) & name_f:
                return loc
    return None


def g_parent(e):
    loc = location(e)
    if not loc:
        return None
    n = title(w.sdn[e]['name'])
    tpl = rng.choice(['{n} ({c} branch)', '{n} - {c} office', '{n}, {c} branch office', '{n} {c} subsidiary',
                      '{n} ({c} representative office)'])
    return tpl.format(n=n, c=loc), 'branch/office form with add.csv location "%s"' % loc


def g_legal(e):
    name = w.sdn[e]['name']
    for pat, rep, desc in LEGAL_TABLE:
        if re.search(pat, name):
            base = re.sub(pat, '', name).strip(' ,')
            if not base:
                return None
            return title(base) + rep, desc
    return None


def g_abbr(e):
    name = w.sdn[e]['name']
    toks = name.split(' ')
    opts = [i for i, t in enumerate(toks) if ABBR.get(t.strip(',')) and i < len(toks)]
    if not opts:
        return None
    i = rng.choice(opts)
    t = toks[i].strip(',')
    new = title(name).split(' ')
    new[i] = ABBR[t] + (',' if toks[i].endswith(',') else '')
    return ' '.join(new), '%s abbreviated to %s' % (t, ABBR[t])


def g_punct(e):
    name = w.sdn[e]['name']
    if re.search(r'[.,()\'&@-]', name):
        q = re.sub(r'[.,()\']', '', name)
        q = ' '.join(q.split())
        if q != name:
            return q, 'punctuation removed'
    m = re.search(r' (CO|LTD|INC|CORP)$', name)
    if m:
        return name[:m.start()] + ', ' + m.group(1) + '.', 'comma and full stop added to ' + m.group(1)
    return None


def g_typo(e):
    name = w.sdn[e]['name']
    if len(key_fold(name).replace(' ', '')) < 10:
        return None
    toks = name.split(' ')
    opts = [i for i, t in enumerate(toks) if re.fullmatch(r'[A-Z]{6,}', t) and t.lower() not in LEGAL]
    if not opts:
        return None
    i = rng.choice(opts)
    wd = toks[i].lower()
    op = rng.choice(['swap', 'drop', 'double', 'key'])
    j = rng.randrange(1, len(wd) - 1)
    if op == 'swap':
        nw = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2:]
    elif op == 'drop':
        nw = wd[:j] + wd[j + 1:]
    elif op == 'double':
        nw = wd[:j] + wd[j] + wd[j:]
    else:
        nw = wd[:j] + rng.choice(KEYS.get(wd[j], 'e')) + wd[j + 1:]
    if nw == wd:
        return None
    toks[i] = nw
    q = ' '.join(toks)
    style = rng.choice(['upper', 'lower', 'title'])
    q = q.upper() if style == 'upper' else q.lower() if style == 'lower' else title(q.upper())
    return q, '%s of "%s" -> "%s" (%s case)' % (op, toks_orig(name)[i], nw, style)


def toks_orig(name):
    return name.split(' ')


def g_case(e):
    name = w.sdn[e]['name']
    style = rng.choice(['lower', 'title', 'sentence'])
    q = name.lower() if style == 'lower' else title(name) if style == 'title' else name[:1] + name[1:].lower()
    if q == name:
        return None
    return q, '%s case' % style


MESSY = ['is {n} ok to trade with?', 'can we pay {n}? need answer asap', 'hey quick one - {n} sanctioned or not??',
         'pls screen {n} before i send the invoice', 'anyone know if {n} is on the ofac list', '{n} - cleared for shipment?',
         'new vendor {n}, ok to onboard?', 'checking {n} for compliance thx', 'do we have any hits on {n}',
         'client wants to wire money to {n}.. problem?']


def g_messy(e):
    name = w.sdn[e]['name']
    base = strip_legal(name)
    base = re.sub(r',', '', base)
    base = re.sub(r'(?<![A-Z]\.[A-Z])\.(?=\s|$)', '', base)
    base = re.sub(r'\s+S\.? ?EN C\.?(?:S\.?)?$', '', base)
    base = ' '.join(base.split())
    c = content(base)
    if len(c) < 2 and not (len(c) == 1 and len(c[0]) >= 7):
        return None
    if w.other_owner(base, e) or w.token_subset_other(base, e):
        return None
    n = base.lower() if rng.random() < 0.7 else title(base)
    tpl = MESSY[len([r for r in rows if r['kind'] == 'messy']) % len(MESSY)]
    return tpl.format(n=n), 'chat text around "%s"' % n


GEN = {'aka': g_aka, 'parent_vs_subsidiary': g_parent, 'legal_form': g_legal, 'abbreviation': g_abbr,
       'punctuation': g_punct, 'typo': g_typo, 'case': g_case, 'messy': g_messy}
rest = sorted(POOL - used_ents)
rng.shuffle(rest)
rng.shuffle(MESSY)
for kind in KINDS_GEN:
    got = 0
    for e in rest:
        if got == 12:
            break
        if e in used_ents:
            continue
        r = GEN[kind](e)
        if not r:
            continue
        q, variant = r
        why = common_checks(kind, e, q)
        if why:
            reject(kind, why, q)
            continue
        add_pos(kind, e, q, variant)
        got += 1
    if got < 12:
        print('SHORT', kind, got)

# ---------- negatives ----------
target_words = {}
for r in rows:
    for t in content(r['expected']):
        target_words.setdefault(t, r['expected'])
indiv_tokens = [set(tokens(r['name'])) for r in w.sdn.values() if r['type'] == 'individual']


def neg_note(cat, q):
    ws = w.neg_words(q)
    if ws:
        parts = ['shares "%s" with %d listed org%s (e.g. %s)' % (t, n, '' if n == 1 else 's', ', '.join(ex)) for t, n, ex in ws]
        s = 'not listed: %s; %s' % (cat, '; '.join(parts))
    else:
        s = 'not listed: %s; shares no word with a listed org' % cat
    if cat == 'near_miss':
        t = content(q)[0]
        s += '; reuses target word "%s" from this set\'s target %s' % (t, target_words[t])
    return s


for cat, lst in rows_neg.ALL:
    got = 0
    for q in lst:
        if got == rows_neg.WANT[cat]:
            break
        why = None
        if is_prior(prior, q):
            why = 'earlier query'
        elif qkeys(q) & seen_q:
            why = 'repeats a query of this set'
        elif w.exact_listed(q) or w.owners(q):
            why = 'equals a listed/CSL name after folding'
        elif cat == 'shares_one_word' and not w.neg_words(q):
            why = 'shares no word'
        elif cat == 'near_miss' and (not content(q) or content(q)[0] not in target_words):
            why = 'first word not a target word of this set'
        elif cat == 'person_as_company':
            t2 = set(tokens(q)[:2])
            if any(t2 <= it for it in indiv_tokens):
                why = 'first two tokens in an SDN individual name'
        if why:
            reject(cat, why, q)
            continue
        rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': neg_note(cat, q)})
        seen_q.update(qkeys(q))
        got += 1
    if got < rows_neg.WANT[cat]:
        print('SHORT', cat, got)

rng.shuffle(rows)
with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('earlier files %d, rows %d (read via load_prior; counts only)' % (nfiles, nrows))
print('least-used level %d, pool %d' % (LEVEL, len(POOL)))
print('rows written:', len(rows), 'positives:', sum(1 for r in rows if r['expected']), 'negatives:', sum(1 for r in rows if not r['expected']))
print('per kind:', dict(collections.Counter(r['kind'] for r in rows)))
print('rejections (kind, reason, count, examples; none shown for earlier-query rejections):')
for (k, why), n in sorted(rej.items(), key=lambda x: -x[1]):
    print('  %-22s %-45s %3d %s' % (k, why, n, ' | '.join(rej_ex[(k, why)])))
