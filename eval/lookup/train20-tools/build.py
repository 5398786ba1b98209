"""Build ../train20.jsonl from rows_pos.py (+ generated typo/punctuation/aka rows from pool.txt) and rows_neg.py.
Prints drop reasons and flags (build_output.txt). Never prints earlier sets' rows."""
import collections, json, os, random, re, sys
import lib, rows_pos, rows_neg

OUT = os.path.join(lib.HERE, '..', 'train20.jsonl')
PER_KIND = 12
POS_KINDS = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo',
             'punctuation', 'aka', 'partial', 'parent_vs_subsidiary', 'script', 'messy']
STOP = set('and of the for de del la el al y a in on to with from by da do des du le les et e von van'.split())

sdn = lib.read_sdn(); alt = lib.read_alt(); add = lib.read_add(); csl = lib.read_csl_names()
byent = {r['ent']: r for r in sdn}
qforms, _, _ = lib.prior_sets()

form2ents = collections.defaultdict(set)   # every SDN name / alias, any type
for r in sdn:
    for f in lib.forms(r['name']): form2ents[f].add(r['ent'])
    for _, a in alt.get(r['ent'], []):
        for f in lib.forms(a): form2ents[f].add(r['ent'])
cslforms = set()
for n in csl: cslforms |= lib.forms(n)

def core(s): return ' '.join(w for w in lib.norm(s).split() if w not in lib.LEGAL)
org_cores = collections.defaultdict(set)   # core string -> ents (organisations only)
word2orgs = collections.defaultdict(set)
for r in sdn:
    if r['type'] != '-0-': continue
    for n in [r['name']] + [a for _, a in alt.get(r['ent'], [])]:
        c = core(n)
        if c: org_cores[c].add(r['ent'])
        for w in c.split():
            if len(w) >= 3 and w not in STOP: word2orgs[w].add(r['ent'])
one_word = {c for c in org_cores if ' ' not in c and len(c) >= 4}
multi_word = {c for c in org_cores if ' ' in c}

log = []
def say(*a):
    s = ' '.join(str(x) for x in a); log.append(s); print(s)

def prog(r): return r['program'].replace('] [', '/')

def city_of(ent):
    for _, c, k in add.get(ent, []):
        c = re.sub(r'\s*\d.*$', '', c).strip()
        if c and c != '-0-': return c
    return None

# ---- generated rows for typo / punctuation / aka
def pool():
    out = []
    with open(os.path.join(lib.HERE, 'pool.txt'), encoding='utf-8') as f:
        for line in f:
            p = line.rstrip('\n').split('\t')
            out.append(int(p[1]))
    return out

def make_typo(name):
    words = name.split()
    idx = max(range(len(words)), key=lambda i: len(re.sub(r'\W', '', words[i])))
    w = words[idx]
    if len(w) < 6 or not w.isalpha(): return None
    i = len(w) // 2
    if w[i] == w[i + 1]: i -= 1
    if w[i] == w[i + 1]: return None
    words[idx] = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return ' '.join(words).title(), 'adjacent letters swapped in "%s"' % w.title()

def make_punct(name):
    if re.search(r"[.,'/()-]", name):
        q = re.sub(r"[.,'()]", '', name).replace('-', ' ').replace('/', ' ')
        q = ' '.join(q.split())
        return q, 'punctuation removed'
    w = name.split()
    if len(w) < 2: return None
    if ' AND ' in name:
        return name.replace(' AND ', ' & '), 'AND written as &'
    dotted = {'LTD': 'Ltd.', 'CO': 'Co.', 'SA': 'S.A.', 'LLC': 'L.L.C.', 'INC': 'Inc.', 'LIMITED': 'Limited', 'COMPANY': 'Co.'}
    if w[-1] in dotted and w[-1] not in ('LIMITED', 'COMPANY'):
        return ' '.join(w[:-1]) + ', ' + dotted[w[-1]], 'comma and dots added to legal form'
    return '-'.join(w[:2]) + (' ' + ' '.join(w[2:]) if w[2:] else ''), 'hyphen inserted'

def generated(used_ents):
    rng = random.Random(20)
    ents = [e for e in pool() if e not in used_ents]
    rng.shuffle(ents)
    rows = []
    for e in ents:
        r = byent[e]; n = r['name']
        t = make_typo(n)
        if t: rows.append(('typo', e, t[0], t[1]))
        p = make_punct(n)
        if p: rows.append(('punctuation', e, p[0], p[1]))
        for _, a in alt.get(e, []):
            sa = {x.rstrip('s') for x in core(a).split()}; sn = {x.rstrip('s') for x in core(n).split()}
            if sa != sn and core(a).replace(' ', '') != core(n).replace(' ', '') and len(core(a)) >= 4:
                q = a.title() if rng.random() < 0.5 else a
                rows.append(('aka', e, q, 'alt.csv alias "%s"' % a))
    return rows

# ---- positives
pos, used_ents, seen = [], set(), set()
kcount = collections.Counter()
def try_pos(kind, ent, q, variant, quiet=False):
    if kcount[kind] >= PER_KIND: return False
    r = byent.get(ent)
    why = None
    if '{city}' in q:
        c = city_of(ent)
        if not c: why = 'no city'
        else: q = q.replace('{city}', c)
    nq = lib.norm(q)
    if why: pass
    elif not r or r['type'] != '-0-': why = 'not an organisation'
    elif ent in used_ents: why = 'ent already used in this set'
    elif lib.is_prior(q, qforms): why = 'earlier query'
    elif nq in seen or nq.replace(' ', '') in seen: why = 'duplicate'
    else:
        other = set()
        for f in lib.forms(q): other |= form2ents.get(f, set()) - {ent}
        if other: why = 'equals name/alias of other SDN record(s) %s' % sorted(other)
    if why:
        if not quiet: say('DROP pos', kind, ent, repr(q), '-', why)
        return False
    # flag: all content words sit inside one other org's name
    ws = [w for w in core(q).split() if len(w) >= 3 and w not in STOP]
    if ws:
        inter = set.intersection(*[word2orgs.get(w, set()) for w in ws]) - {ent}
        if inter and not quiet:
            say('FLAG pos', kind, ent, repr(q), 'all words also in', sorted(inter)[:5])
        if inter and quiet: return False
    pos.append({'query': q, 'expected': r['name'], 'kind': kind,
                'notes': '%s; program %s [SDN ent_num %d]' % (variant, prog(r), ent)})
    used_ents.add(ent); seen.add(nq); seen.add(nq.replace(' ', '')); kcount[kind] += 1
    return True

for kind, ent, q, v in rows_pos.ROWS:
    try_pos(kind, ent, q, v)
hand_ents = {e for _, e, _, _ in rows_pos.ROWS}
for kind, ent, q, v in generated(hand_ents):
    if kind in ('typo', 'punctuation', 'aka'):
        try_pos(kind, ent, q, v, quiet=True)

# ---- negatives
neg = []
ncount = collections.Counter()
for kind, cands in rows_neg.NEG.items():
    for q in cands:
        if ncount[kind] >= rows_neg.COUNTS[kind]: break
        nq = lib.norm(q); toks = nq.split(); padded = ' ' + core(q) + ' '
        why = None
        if lib.is_prior(q, qforms): why = 'earlier query'
        elif nq in seen or nq.replace(' ', '') in seen: why = 'duplicate'
        elif any(f in form2ents for f in lib.forms(q)): why = 'equals an SDN name/alias %s' % sorted(set().union(*[form2ents[f] for f in lib.forms(q) if f in form2ents]))[:5]
        elif any(f in cslforms for f in lib.forms(q)): why = 'equals a CSL name'
        elif any(t in one_word for t in toks): why = 'contains one-word listed core %s' % [t for t in toks if t in one_word]
        else:
            mw = [c for c in multi_word if (' ' + c + ' ') in padded]
            if mw: why = 'contains listed multi-word core %s' % mw[:3]
        if why:
            say('DROP neg', kind, repr(q), '-', why); continue
        ws = [w for w in core(q).split() if len(w) >= 3 and w not in STOP]
        shared = []
        for w in ws:
            es = sorted(word2orgs.get(w, ()), key=lambda e: (w not in lib.norm(byent[e]['name']).split(), e))
            if es: shared.append('%s (%s)' % (byent[es[0]]['name'], w))
        if shared:
            cnt = len(set().union(*[word2orgs.get(w, set()) for w in ws]))
            note = 'not listed; shares a word with %d listed org(s), e.g. %s' % (cnt, '; '.join(shared[:3]))
        else:
            note = 'not listed; shares no word with a listed org'
        neg.append({'query': q, 'expected': None, 'kind': kind, 'notes': note})
        seen.add(nq); seen.add(nq.replace(' ', '')); ncount[kind] += 1

say('positives per kind', dict(kcount))
say('negatives per kind', dict(ncount))
with open(OUT, 'w', encoding='utf-8') as f:
    for o in pos + neg:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
say('wrote', len(pos) + len(neg), 'rows; distinct targets', len(used_ents))
with open(os.path.join(lib.HERE, 'build_output.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(log) + '\n')
