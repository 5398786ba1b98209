import json, random, re, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from rows_pos import HAND
from rows_neg import NEG
W = World(); qs, ents, names = load_prior(); add = load_add()
OUT = os.path.join(HERE, '..', 'train26.jsonl')
used_ent, seen, rows, log = set(), set(), [], []
def uses(r): return max(ents.get(r['ent'], 0), names.get(r['name'], 0))
def is_prior(q): return fold(q) in qs or norm(q) in qs or norm(q).replace(' ', '') in qs
def newq(q):
    k = norm(q) or fold(q)
    if k in seen or fold(q) in seen: return False
    return True
def addpos(kind, q, r, var):
    if r['ent'] in used_ent: log.append('drop %s %r: ent twice' % (kind, q)); return False
    if is_prior(q): log.append('drop %s %r: earlier query' % (kind, q)); return False
    if not newq(q): log.append('drop %s %r: duplicate' % (kind, q)); return False
    if kind != 'messy':
        h = W.other_hit(q, r['ent'])
        if h: log.append('drop %s %r: %s' % (kind, q, h)); return False
    used_ent.add(r['ent']); seen.add(norm(q) or fold(q)); seen.add(fold(q))
    n = uses(r)
    rows.append({'query': q, 'expected': r['name'], 'kind': kind,
                 'notes': '%s: %s; program %s; targeted %d time(s) in earlier sets [SDN ent_num %d]' % (kind, var, r['prog'], n, r['ent'])})
    return True
cnt = collections.Counter()
for kind, q, name, var in HAND:
    if cnt[kind] >= 12: continue
    r = W.byname.get(name)
    if not r or r['type'] != '-0-': log.append('drop %s %r: target missing/not unique %s' % (kind, q, name)); continue
    own = keys(r['name'])
    for t, a in W.aliases.get(r['ent'], []): own |= keys(a)
    qk = keys(q)
    if kind == 'word_order': qk = {k for k in qk if not k.startswith('SET:')}
    if kind != 'partial' and qk & own: log.append('drop %s %r: equals own name/alias' % (kind, q)); continue
    if kind == 'partial':
        c = core(q); bad = False
        for oc in W.orgcores:
            if (' ' + c + ' ') in (' ' + oc + ' ') and oc not in {core(r['name'])} | {core(a) for t, a in W.aliases.get(r['ent'], [])}:
                bad = oc; break
        if bad: log.append('drop partial %r: part of other org %s' % (q, bad)); continue
    if addpos(kind, q, r, var): cnt[kind] += 1
handents = {W.byname[n]['ent'] for k, q, n, v in HAND if n in W.byname}
# near-duplicate families
def family_ok(r):
    c = core(r['name'])
    if len(c) < 4: return False
    for oc in W.orgcores:
        if oc == c: continue
        if (' ' + c + ' ') in (' ' + oc + ' ') or (' ' + oc + ' ') in (' ' + c + ' '):
            # allow own aliases
            if oc in {core(a) for t, a in W.aliases.get(r['ent'], [])}: continue
            return False
    return True
pool = [r for r in W.byname.values() if r['type'] == '-0-' and uses(r) == 1 and r['ent'] not in handents]
pool.sort(key=lambda r: r['ent']); random.Random(26).shuffle(pool)
pool = [r for r in pool if family_ok(r)]
LF = [(r'\bS\.A\. DE C\.V\.$', 'Sociedad Anonima de Capital Variable'), (r'\bLTDA\.$', 'Limitada'), (r'\bLIMITADA$', 'Ltda'),
      (r'\bS\.A\.$', 'Sociedad Anonima'), (r'\bLIMITED$', 'Ltd'), (r'\bLTD\.$', 'Limited'), (r'\bCOMPANY$', 'Co'), (r'\bCO\.$', 'Company'),
      (r'\bCORPORATION$', 'Corp'), (r'\bL\.L\.C\.$', 'Limited Liability Company'), (r'\bLLC$', 'Limited Liability Company'),
      (r'\bGMBH$', 'Gesellschaft mit beschraenkter Haftung'), (r'\bINC\.$', 'Incorporated'), (r'\bS\.R\.L\.$', 'Sociedad de Responsabilidad Limitada')]
AB = {'INTERNATIONAL':'Intl','TRADING':'Trdg','COMPANY':'Co','CORPORATION':'Corp','INDUSTRIES':'Inds','INDUSTRY':'Ind','INVESTMENT':'Invt',
      'INVESTMENTS':'Invts','ENGINEERING':'Engg','DEVELOPMENT':'Dev','MANAGEMENT':'Mgmt','SHIPPING':'Shpg','SERVICES':'Svcs','GROUP':'Grp',
      'HOLDING':'Hldg','HOLDINGS':'Hldgs','INVERSIONES':'Invs','CONSTRUCCIONES':'Constr','ORGANIZATION':'Org','LIMITED':'Ltd','ASSOCIATION':'Assn',
      'ELECTRONIC':'Elec','ELECTRONICS':'Elecs','TECHNOLOGY':'Tech','MANUFACTURING':'Mfg','INSTITUTE':'Inst','NATIONAL':'Natl','GENERAL':'Genl',
      'AGENCY':'Agcy','DEPARTMENT':'Dept','COMMERCIAL':'Coml','EXCHANGE':'Exch','TRANSPORT':'Transp','PETROLEUM':'Petr','CENTER':'Ctr',
      'CENTRE':'Ctr','INDUSTRIAL':'Indl','MARITIME':'Mar','IMPORTACIONES':'Imp','DISTRIBUIDORA':'Distrib','COMERCIALIZADORA':'Comerc',
      'INMOBILIARIA':'Inmob','INTERNACIONAL':'Intl','SERVICIOS':'Servs','ESTABLISHMENT':'Est','BROTHERS':'Bros','PRODUCTION':'Prodn'}
def tc(s): return ' '.join('-'.join(p[:1].upper() + p[1:].lower() for p in w.split('-')) for w in s.split())
def gen(kind, r, i):
    n = r['name']
    if kind == 'case':
        m = i % 3
        return [n.lower(), tc(n), n.split()[0] + ' ' + n.lower().split(' ', 1)[1] if ' ' in n else None][m], ['lower', 'title', 'first word kept upper'][m]
    if kind == 'legal_form':
        for pat, rep in LF:
            if re.search(pat, n):
                return tc(re.sub(pat, '', n).strip(' ,')) + ' ' + rep, 'legal form -> ' + rep
        return None, None
    if kind == 'abbreviation':
        ws = n.replace(',', '').split(); k = 0; out = []
        for w in ws:
            if w in AB: out.append(AB[w]); k += 1
            else: out.append(tc(w))
        return (' '.join(out), 'shortened %d words' % k) if k >= 2 else (None, None)
    if kind == 'typo':
        ws = n.split(); lw = max(ws, key=lambda w: len(re.sub(r'\W', '', w)))
        if len(lw) < 6 or not lw.isalpha(): return None, None
        j = len(lw) // 2; m = i % 3
        t = [lw[:j] + lw[j+1:], lw[:j] + lw[j] + lw[j:], lw[:j] + lw[j+1] + lw[j] + lw[j+2:]][m]
        if t == lw: return None, None
        return n.replace(lw, t, 1), ['deletion', 'doubling', 'swap'][m] + ' in ' + lw
    if kind == 'punctuation':
        q = re.sub(r'\s+', ' ', n.replace('&', ' AND ').replace('.', '').replace(',', '').replace(':', ''))
        q = q.strip()
        return (q, 'dots/commas dropped, & -> AND') if q != n else (None, None)
    if kind == 'aka':
        nw = set(norm(n).split())
        for t, a in W.aliases.get(r['ent'], []):
            if t in ('aka', 'fka') and {w for w in set(norm(a).split()) - nw - STOP if len(w) >= 3} and len(norm(a)) > 4:
                return a, t + ' alias'
        return None, None
    if kind == 'parent_vs_subsidiary':
        cities = [c for c, co in add.get(r['ent'], []) if c and c != '-0-']
        if not cities: return None, None
        city = re.sub(r'[\d\-]+', '', cities[0].split(',')[0]).strip(' ,')
        if any(len(t) < 2 for t in city.split()): return None, None
        city = re.sub(r'\s+', ' ', city)
        if not city or len(city) < 3: return None, None
        city = tc(city); base = tc(re.sub(r'[,.]', '', n))
        m = i % 3
        return [base + ' (%s office)' % city, base + ', %s branch' % city, base + ' %s warehouse' % city][m], 'invented %s in %s' % (['office', 'branch', 'warehouse'][m], city)
    if kind == 'messy':
        c = re.sub(r'\s+', ' ', re.split(r'[,(]', n)[0].replace('.', ' ')).strip().lower()
        ws = c.split()
        while ws and ws[-1] in LEGAL: ws.pop()
        c = ' '.join(ws)
        if len(c) < 4 or any(len(w) < 2 for w in ws): return None, None
        T = ['can you check %s for me', 'is %s on any sanctions list?', 'hey, %s ok to pay?', 'does %s show up on ofac',
             'quick q - vendor %s, clean?', 'pls screen %s thx', 'need a sanctions check on %s asap', '%s - are we allowed to deal with them',
             'new supplier: %s. any hits?', 'wire to %s flagged?', 'screening request %s', 'checking %s before onboarding']
        return T[i % 12] % c, 'chatter template %d' % (i % 12)
GK = ['aka', 'parent_vs_subsidiary', 'legal_form', 'abbreviation', 'punctuation', 'typo', 'case', 'messy']
pi = 0
for kind in GK:
    i = 0
    for r in pool:
        if cnt[kind] >= 12: break
        if r['ent'] in used_ent: continue
        q, var = gen(kind, r, i)
        if not q: continue
        if addpos(kind, q, r, var): cnt[kind] += 1; i += 1
for k in KINDS:
    if cnt[k] != 12: log.append('SHORT %s %d' % (k, cnt[k]))
# negatives
for kind, want in NEGK.items():
    c = 0
    for q in NEG[kind].split('|'):
        q = q.strip()
        if c >= want: break
        if is_prior(q): log.append('drop %s %r: earlier query' % (kind, q)); continue
        if not newq(q): log.append('drop %s %r: duplicate' % (kind, q)); continue
        p = W.neg_problem(q)
        if p: log.append('drop %s %r: %s' % (kind, q, p)); continue
        note = W.neg_note(q)
        if kind == 'shares_one_word' and 'shares no word' in note: log.append('drop %s %r: shares no word' % (kind, q)); continue
        if kind == 'person_as_company':
            ws = [w for w in norm(q).split()[1:] if len(w) >= 3 and w not in LEGAL]
            hit = [w for w in ws if w in W.indiv]
            if hit: log.append('drop %s %r: individual name token %s' % (kind, q, hit)); continue
        seen.add(norm(q) or fold(q)); seen.add(fold(q)); c += 1
        rows.append({'query': q, 'expected': None, 'kind': kind, 'notes': note})
    if c != want: log.append('SHORT %s %d/%d' % (kind, c, want))
with open(OUT, 'w', encoding='utf-8') as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print('\n'.join(log)); print('rows', len(rows), dict(collections.Counter(r['kind'] for r in rows)))
