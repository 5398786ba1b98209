# builds ../train24.jsonl from rows_pos.py, rows_neg.py and generators; prints only verdicts
import random, sys
from index import *
from rows_pos import ROWS
from rows_neg import NEG, COUNTS
IX = Index()
pq, pnf, uses, expn = load_prior()
def use_count(r): return uses.get(r['ent'], 0) + expn.get(r['name'], 0)
OUT = []; seen_q = set(); used_ent = set(); log = []
def is_prior(q):
    n = norm(q)
    return fold(q) in pq or n in pnf or n.replace(' ', '') in pnf
def drop(why, q): log.append('DROP %-28s %s' % (why, q))
def try_pos(kind, q, ent, variant):
    r = IX.by_ent.get(ent)
    if r is None or r['name'] not in IX.unique_org: drop('not unique org', q); return False
    if ent in used_ent: drop('ent twice', q); return False
    if use_count(r) != 1: drop('use count %d' % use_count(r), q); return False
    if is_prior(q): drop('earlier query', q); return False
    if fold(q) in seen_q: drop('duplicate', q); return False
    if kind != 'messy' and IX.listed_hits(q, ent): drop('equals other record', q); return False
    own = [a for t, a in IX.alt.get(ent, [])]
    if kind in ('script', 'translation', 'transliteration', 'partial', 'word_order'):
        qf = {norm(q), norm(q).replace(' ', ''), core(q), core(q).replace(' ', '')}
        if any(qf & {norm(a), norm(a).replace(' ', ''), core(a), core(a).replace(' ', '')} for a in own + ([r['name']] if kind != 'word_order' else [])):
            drop('equals own name/alias', q); return False
    if kind in ('legal_form', 'typo', 'abbreviation', 'punctuation') and norm(q) in {norm(a) for a in own}:
        drop('equals own alias', q); return False
    if kind == 'partial':
        c = ' ' + core(q) + ' '
        for oc, ents in IX.org_cores.items():
            if ent not in ents and c in ' ' + oc + ' ': drop('partial ambiguous', q); return False
    seen_q.add(fold(q)); used_ent.add(ent)
    prog = r['program'].replace('] [', '/')
    n = use_count(r)
    OUT.append(dict(query=q, expected=r['name'], kind=kind,
                    notes='%s: %s; program %s; targeted by %d earlier-set row%s [SDN ent_num %d]' % (kind, variant, prog, n, '' if n == 1 else 's', ent)))
    return True
# ---- hand kinds
hand_targets = {e for k, q, e, v in ROWS}
for kind in ['script', 'translation', 'transliteration', 'word_order', 'partial']:
    got = 0
    for k, q, e, v in ROWS:
        if k != kind or got >= 12: continue
        if try_pos(k, q, e, v): got += 1
    log.append('%s: %d' % (kind, got))
# ---- generated kinds
rnd = random.Random(24)
pool = [r for r in IX.unique_org.values() if use_count(r) == 1 and r['ent'] not in hand_targets and r['ent'] not in used_ent]
pool.sort(key=lambda r: r['ent']); rnd.shuffle(pool)
# near-duplicate families: core contained in / containing another org core
allc = list(IX.org_cores.items())
def near_dup(r):
    c = core(r['name'])
    if not c: return True
    cc = ' ' + c + ' '
    for oc, ents in allc:
        if r['ent'] in ents: continue
        o = ' ' + oc + ' '
        if o in cc or cc in o: return True
    return False
pool = [r for r in pool if not near_dup(r)]
log.append('generator pool %d' % len(pool))
def latin(s): return all(ord(c) < 128 for c in s)
def title(s): return ' '.join(w[:1].upper() + w[1:].lower() if w.isalpha() else w.title() for w in s.split())
LF_SWAP = [(r',? CO\.,? LTD\.?$', ' Company Limited'), (r' LIMITED$', ' Ltd'), (r' LTD\.?$', ' Limited'), (r',? S\.A\.$', ' Sociedad Anonima'),
           (r',? S\.A\. DE C\.V\.$', ' SA de CV'), (r' LLC$', ' Limited Liability Company'), (r',? INC\.?$', ' Incorporated'), (r' CORPORATION$', ' Corp.'),
           (r' COMPANY$', ' Co.'), (r' CO\.?$', ' Company'), (r' GMBH$', ' Gesellschaft mbH'), (r',? LTDA\.?$', ' Limitada'), (r' CORP\.?$', ' Corporation'),
           (r',? S\.A\.S\.$', ' SAS'), (r' FZE$', ' Free Zone Establishment'), (r' PTE\.? LTD\.?$', ' Private Limited')]
def g_case(r, i):
    n = r['name']
    if len(n.split()) < 2 or not latin(n): return None
    return [n.lower(), title(n), n.split()[0] + ' ' + n.split(' ', 1)[1].lower()][i % 3]
def g_legal(r, i):
    n = r['name']
    for pat, rep in LF_SWAP:
        m = re.search(pat, n)
        if m and len(n[:m.start()].split()) >= 1:
            base = n[:m.start()]
            if norm(base).split()[-1] in LEGAL: return None
            return (title(base) if i % 2 else base) + rep
    return None
ABBR = {'INTERNATIONAL': 'Intl', 'INDUSTRIES': 'Inds', 'INDUSTRIAL': 'Indl', 'COMPANY': 'Co', 'CORPORATION': 'Corp', 'TRADING': 'Trdg',
        'SHIPPING': 'Shpg', 'ENGINEERING': 'Engg', 'DEVELOPMENT': 'Devt', 'INVESTMENT': 'Invt', 'INVESTMENTS': 'Invts', 'MANAGEMENT': 'Mgmt',
        'GENERAL': 'Genl', 'TECHNOLOGY': 'Tech', 'SERVICES': 'Svcs', 'ORGANIZATION': 'Org', 'NATIONAL': 'Natl', 'CONSTRUCTION': 'Constr',
        'COMMERCIAL': 'Comml', 'ASSOCIATION': 'Assn', 'INSTITUTE': 'Inst', 'ELECTRICITY': 'Elec', 'TRANSPORTATION': 'Transp', 'LIMITED': 'Ltd',
        'GROUP': 'Grp', 'INVERSIONES': 'Invs', 'COMERCIALIZADORA': 'Comercializ', 'INTERNACIONAL': 'Intl', 'DISTRIBUIDORA': 'Distrib', 'BROTHERS': 'Bros',
        'MANUFACTURING': 'Mfg', 'EQUIPMENT': 'Equip', 'PETROLEUM': 'Petrol', 'ENTERPRISES': 'Ents', 'EXPORT': 'Exp', 'IMPORT': 'Imp', 'HOLDINGS': 'Hldgs',
        'INVESTIGATION': 'Invest', 'AGROPECUARIA': 'Agropec', 'CONSTRUCTORA': 'Constr', 'SOCIEDAD': 'Soc', 'ADMINISTRACION': 'Admin', 'DEPARTMENT': 'Dept'}
def g_abbr(r, i):
    n = re.sub(r'[.,]', '', r['name']); ws = n.split(); k = 0; out = []
    for w in ws:
        if w in ABBR: out.append(ABBR[w]); k += 1
        else: out.append(w if i % 2 else w.title())
    if ws[0] in ('LIMITED', 'P', 'PLM') or k < 2 or all(w in ('LIMITED', 'COMPANY') for w in ws if w in ABBR): return None
    return ' '.join(out)
def g_typo(r, i):
    n = r['name']; ws = n.split()
    cand = [w for w in ws if w.isalpha() and core(w) and len(w) >= 6]
    if not cand: return None
    w = max(cand, key=len); j = 1 + (i * 7) % (len(w) - 2); op = i % 4
    if op == 0: t = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 1: t = w[:j] + w[j + 1:]
    elif op == 2: t = w[:j] + w[j] + w[j:]
    else: t = w[:j] + ('E' if w[j] in 'AIOU' else 'A' if w[j] == 'E' else w[j]) + w[j + 1:]
    if t == w: t = w[:j] + w[j + 1:]
    return n.replace(w, t, 1)
def g_punct(r, i):
    n = r['name']
    if not re.search(r"[.,'&()\-:/]", n): return None
    q = n.replace('&', 'AND').replace('-', ' ').replace(':', ' ').replace('/', ' ')
    q = re.sub(r"[.,'()]", '', q); q = ' '.join(q.split())
    return q if i % 3 else q.lower()
def g_aka(r, i):
    pw = set(core(r['name']).split())
    for t, a in IX.alt.get(r['ent'], []):
        if t not in ('aka', 'fka'): continue
        if not (set(core(a).split()) - pw) or not latin(a) or len(core(a)) < 4: continue
        if IX.listed_hits(a, r['ent']): continue
        return title(a) if i % 2 else a
    return None
def city_of(r):
    for city, country in IX.add.get(r['ent'], []):
        c = re.sub(r'[\d\-]+', ' ', city).strip(' ,')
        c = c.split(',')[0].strip()
        if c and c != '0' and latin(c) and len(c) > 2 and c.upper() != c.lower(): return c.title()
    return None
def g_branch(r, i):
    c = city_of(r)
    if not c: return None
    base = title(re.sub(r',? (CO\.,? )?(LTD|LIMITED|S\.A\.|LLC|INC|GMBH|S\.A\. DE C\.V\.|LTDA)\.?$', '', r['name']))
    return ['%s - %s branch' % (base, c), '%s (%s office)' % (base, c), '%s %s Representative Office' % (base, c), '%s, %s warehouse' % (base, c)][i % 4]
MESSY = ['can u check {} pls', 'is {} sanctioned??', 'new supplier: {} - screening needed', 'hi, we got a wire from {}, ok to release?',
         '{} ofac hit?', 'checking {} before onboarding', 'kyc on {} urgent', 'does {} appear on SDN', 'vendor "{}" - any match',
         'pls screen {} thx', '{} (customer asked for quote)', 'payment ref {} 2019 invoice']
def strip_legal(n):
    ws = norm(n).split()
    while len(ws) > 1 and ws[-1] in LEGAL: ws.pop()
    return ' '.join(ws)
def g_messy(r, i):
    c = strip_legal(r['name'])
    if len(c) < 5: return None
    nm = c if i % 2 else title(c)
    return MESSY[i % 12].format(nm)
GEN = [('case', g_case, 'case changed'), ('legal_form', g_legal, 'legal form expanded/swapped'), ('abbreviation', g_abbr, 'two or more words abbreviated'),
       ('typo', g_typo, 'one edit in the longest word'), ('punctuation', g_punct, 'punctuation dropped/normalised'), ('aka', g_aka, 'alt.csv alias'),
       ('parent_vs_subsidiary', g_branch, 'invented branch/office in the add.csv city'), ('messy', g_messy, 'chatter template')]
pi = 0
for kind, fn, variant in GEN:
    got = 0; i = 0
    for r in pool:
        if got >= 12: break
        if r['ent'] in used_ent: continue
        q = fn(r, i)
        if not q or fold(q) == fold(r['name']) and kind != 'case': continue
        if kind == 'case' and q == r['name']: continue
        v = variant
        if kind == 'aka': v = 'alt.csv alias with a word not in the primary name'
        if kind == 'messy': v = 'chatter template %d, legal form dropped' % (i % 12 + 1)
        if try_pos(kind, q, r['ent'], v): got += 1; i += 1
    log.append('%s: %d' % (kind, got))
# ---- negatives
for kind, n in COUNTS.items():
    got = 0
    for q in NEG[kind]:
        if got >= n: break
        if is_prior(q): drop('earlier query', q); continue
        if fold(q) in seen_q: drop('duplicate', q); continue
        if IX.listed_hits(q): drop('listed', q); continue
        b = IX.contains_core(q)
        if b: drop('contains listed core %s' % b[:2], q); continue
        if kind == 'shares_one_word' and not IX.shared_words(q): drop('shares no word', q); continue
        if kind == 'person_as_company':
            toks = [t for t in core(q).split()][1:]
            hit = [t for t in toks if t in IX.indiv_tokens and len(t) > 2]
            if hit: drop('surname in SDN individual %s' % hit, q); continue
        seen_q.add(fold(q)); got += 1
        OUT.append(dict(query=q, expected=None, kind=kind, notes=IX.neg_note(q)))
    log.append('%s: %d/%d' % (kind, got, n))
with open(os.path.join(HERE, '..', 'train24.jsonl'), 'w', encoding='utf-8') as f:
    for o in OUT: f.write(json.dumps(o, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'build_output.txt'), 'w', encoding='utf-8') as f: f.write('\n'.join(log) + '\n')
print('\n'.join(l for l in log if not l.startswith('DROP')))
print('rows', len(OUT))
