"""Validator for train73.jsonl. Prints errors (my own rows only) and PASS/FAIL."""
import json, sys, re, collections, lib
path = lib.HERE + '/../train73.jsonl'
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
d = lib.Data(); prior = lib.load_prior(d); keys, fulls, uses, nfiles = prior
pool = set(lib.pool(d)); rules = lib.Rules(d, prior, pool)
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
E = []
pos = [r for r in rows if r.get('expected') is not None]; neg = [r for r in rows if r.get('expected') is None]
if len(rows) != 301: E.append(f'rows {len(rows)} != 301')
if len(pos) != 156: E.append(f'positives {len(pos)} != 156')
if len(neg) != 145: E.append(f'negatives {len(neg)} != 145')
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: E.append(f'row {i}: keys {sorted(r)}')
kc = collections.Counter(r['kind'] for r in pos)
for k in lib.KINDS:
    if kc[k] != 12: E.append(f'kind {k}: {kc[k]} != 12')
nc = collections.Counter(r['kind'] for r in neg)
for k, q in lib.NEG_QUOTA.items():
    if nc[k] != q: E.append(f'category {k}: {nc[k]} != {q}')
ck, cf = collections.Counter(), collections.Counter()
for r in rows:
    ck[lib.key(r['query'])] += 1
    if r['kind'] not in ('script', 'other_script'): cf[lib.full(r['query'])] += 1
for i, r in enumerate(rows):
    if ck[lib.key(r['query'])] > 1: E.append(f'row {i}: duplicate key in set')
    if r['kind'] not in ('script', 'other_script') and cf[lib.full(r['query'])] > 1: E.append(f'row {i}: duplicate full fold in set')
ents, nn, lv = [], 0, collections.Counter()
for i, r in enumerate(rows):
    if r['expected'] is None: continue
    m = lib.NOTE_RE.match(r['notes'] or '')
    if not m: E.append(f'row {i}: note shape'); continue
    e = int(m['ent']); v = d.sdn.get(e)
    if not v or v['name'] != r['expected'] or m['target'] != r['expected']: E.append(f'row {i}: expected/target/ent_num mismatch'); continue
    if d.name_count[v['name']] != 1 or v['name'] in d.alias_set or v['type'] != '': E.append(f'row {i}: target not unique -0- non-alias')
    if m['prog'] != v['prog']: E.append(f'row {i}: program mismatch')
    if m['kind'] != r['kind']: E.append(f'row {i}: note kind mismatch')
    u = uses.get(e, 0)
    if int(m['uses']) != u: E.append(f'row {i}: earlier-use count {m["uses"]} != {u}')
    if u not in (3, 4): E.append(f'row {i}: level {u}')
    lv[u] += 1; ents.append(e); nn += lib.narc(v['prog'])
    others = [x for j, x in enumerate(rows) if j != i]
    tk = {lib.key(x['query']) for x in others}
    tf = {lib.full(x['query']) for x in others if x['kind'] not in ('script', 'other_script')}
    for x in rules.pos_errors(r['query'], r['kind'], e, tk, tf): E.append(f'row {i}: {x}')
if len(set(ents)) != 156: E.append(f'distinct targets {len(set(ents))} != 156')
if nn > lib.NARC_CAP: E.append(f'narcotics {nn} > {lib.NARC_CAP}')
inset = set(ents); nmw = collections.Counter()
for i, r in enumerate(rows):
    if r['expected'] is not None: continue
    cat = r['kind']; n = r['notes'] or ''
    if not n.startswith(f'not listed: {cat};'): E.append(f'row {i}: note prefix')
    if not n.endswith(d.shared_words(r['query'])): E.append(f'row {i}: shared-word note')
    others = [x for j, x in enumerate(rows) if j != i]
    tk = {lib.key(x['query']) for x in others}
    tf = {lib.full(x['query']) for x in others if x['kind'] not in ('script', 'other_script')}
    for x in rules.neg_errors(r['query'], cat, tk, tf): E.append(f'row {i}: {x}')
    if cat == 'near_miss':
        m = re.search(r'reused word (\S+) \((\d+) listed org names/aliases\) from in-set target (.+) \[SDN ent_num (\d+)\]', n)
        if not m: E.append(f'row {i}: near-miss note'); continue
        w, c, e = m[1], int(m[2]), int(m[4])
        nmw[w] += 1
        if e not in inset: E.append(f'row {i}: near-miss target not in set')
        if w not in lib.full(r['query']).split() or w not in lib.full(d.sdn.get(e, {'name': ''})['name']).split(): E.append(f'row {i}: near-miss word not shared')
        if len(d.tok_orgs.get(w, ())) != c or c > 3: E.append(f'row {i}: near-miss word not rare')
for w, c in nmw.items():
    if c > 1: E.append(f'near-miss word {w} used {c} times')
for x in E: print('ERROR', x)
print(f'{len(set(ents))} distinct entities; levels {dict(sorted(lv.items()))}; narcotics {nn}; earlier files {nfiles}')
print('FAIL' if E else 'PASS', f'({len(E)} errors)' if E else '')
