"""Validator for train96.jsonl. Usage: python3 check.py [--file PATH]"""
import sys, json, re, collections
import lib, gen, rules, rows_neg as R

path = lib.OUT
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
data = lib.Data()
pool = lib.build_pool(data)
prior = lib.load_prior(data)
keys, fulls, uses, nfiles = prior
errors = []
def err(i, msg):
    errors.append('row %s: %s' % (i, msg))

rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(i, 'bad JSON: %s' % e); rows.append({})

POS_KINDS = set(gen.KINDS)
NEG_KINDS = set(rules.NEG_QUOTA)
npos = sum(1 for r in rows if r.get('expected'))
if len(rows) != 301: err('-', 'expected 301 rows, got %d' % len(rows))
if npos != 156: err('-', 'expected 156 positives, got %d' % npos)
if len(rows) - npos != 145: err('-', 'expected 145 negatives, got %d' % (len(rows) - npos))
kc = collections.Counter(r.get('kind') for r in rows)
for k in POS_KINDS:
    if kc[k] != 12: err('-', 'kind %s has %d rows, not 12' % (k, kc[k]))
for k, q in rules.NEG_QUOTA.items():
    if kc[k] != q: err('-', 'category %s has %d rows, not %d' % (k, kc[k], q))

seen_k, seen_f = {}, {}
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r)); continue
    q, k = r['query'], r['kind']
    if not isinstance(q, str) or not q.strip(): err(i, 'empty query'); continue
    if k not in POS_KINDS and k not in NEG_KINDS: err(i, 'unknown kind %s' % k)
    if k in POS_KINDS and not r['expected']: err(i, 'positive kind without expected')
    if k in NEG_KINDS and r['expected'] is not None: err(i, 'negative kind with expected')
    kk = lib.key(q)
    if kk in seen_k: err(i, 'in-set duplicate key (row %d)' % seen_k[kk])
    seen_k[kk] = i
    if k not in ('script', 'other_script'):
        ff = lib.full(q)
        if ff in seen_f: err(i, 'in-set duplicate full fold (row %d)' % seen_f[ff])
        seen_f[ff] = i

# ---------------------------------------------------------------- positives
targets = collections.Counter(); narc = 0; narc_abbr = 0; lv = collections.Counter()
shape_n = collections.defaultdict(collections.Counter)
inset = {}
for i, r in enumerate(rows):
    k = r.get('kind')
    if k not in POS_KINDS or not r.get('expected'):
        continue
    q = r['query']
    m = rules.NOTE_RE.match(r['notes'] or '')
    if not m: err(i, 'note shape'); continue
    if m['kind'] != k: err(i, 'note kind %s' % m['kind'])
    ent = int(m['ent'])
    s = data.sdn.get(ent)
    if not s: err(i, 'unknown ent_num'); continue
    if not (s['name'] == r['expected'] == m['target']): err(i, 'expected/target/record mismatch')
    if ent not in pool: err(i, 'not a unique -0- non-alias pool name')
    if m['prog'] != s['program']: err(i, 'program mismatch')
    if int(m['uses']) != uses[ent]: err(i, 'earlier-use count %s, recount %d' % (m['uses'], uses[ent]))
    isn = lib.is_narc(s['program'])
    lo = lib.MIN_LEVEL_NARC if isn else lib.MIN_LEVEL_OTHER
    if not (lo <= uses[ent] <= lib.MAX_LEVEL): err(i, 'level %d outside %d-%d' % (uses[ent], lo, lib.MAX_LEVEL))
    targets[ent] += 1; lv[uses[ent]] += 1; inset[ent] = s
    if isn:
        narc += 1
        if k == 'abbreviation': narc_abbr += 1
        if k not in gen.NARC_ONLY and k not in gen.MIXED: err(i, 'narcotics target in a non-narcotics kind')
    elif k in gen.NARC_ONLY:
        err(i, 'non-narcotics target in a narcotics-only kind')
    variant = m['variant']
    shape = gen.shape_of(k, variant)
    if not shape: err(i, 'unknown shape: %s' % variant); continue
    shape_n[k][shape] += 1
    detail = variant[len(shape) + 2:-1] if variant != shape else None
    name = s['name']
    # per-kind checks
    if k == 'aka':
        al = [(n, t, a) for (n, t, a) in data.alts.get(ent, []) if a == q]
        if not al or al[0][1] != 'aka': err(i, 'not an own aka alias')
        elif detail != 'aka, alt_num %d' % al[0][0]: err(i, 'alias detail mismatch')
    else:
        res = gen.generate(k, shape, ent, name, data)
        if not res or res[0] != q: err(i, 'query is not what the %s shape gives' % k)
        elif (res[1] or None) != detail: err(i, 'variant detail mismatch')
    if k == 'legal_form':
        _, form, pos = [x for x in gen.LEGAL_FORMS if x[0] == shape][0]
        if pos == 'front' and not q.startswith(form + ' '): err(i, 'legal form not in front')
        if pos == 'end' and not q.endswith(' ' + form): err(i, 'legal form not at the end')
    if k == 'abbreviation':
        ab = shape.strip('`')
        if ab not in q.split() and ab + ',' not in q.split(): err(i, 'abbreviation not in query')
        if not any(gen.norm_tok(t) in dict(gen.ABBREVS)[ab] for t in name.split()): err(i, 'no long word in name')
    if k == 'translation':
        d = gen.DICTS[shape]
        mm = re.match(r'`(\w+)` as `(.+)`$', detail or '')
        if not mm or d.get(mm[1]) != mm[2]: err(i, 'translation detail not in dictionary')
        else:
            if mm[2] not in q: err(i, 'translated word not in query')
            if mm[1] not in [gen.norm_tok(t) for t in name.split()]: err(i, 'English word not in name')
    if k in ('parent_vs_subsidiary', 'messy'):
        city = data.city(ent)
        if not city or city not in q: err(i, 'city missing')
        if detail != 'city `%s`' % city: err(i, 'city detail mismatch')
        if k == 'parent_vs_subsidiary':
            _, words, pos = [u for u in gen.UNITS if u[0] == shape][0]
            want = (words + ' ' + city) if pos == 'before' else (city + ' ' + words)
            if want not in q: err(i, 'unit word not next to the city')
    if k in ('typo', 'punctuation'):
        mm = re.match(r'in `(.+)`$', detail or '')
        if not mm: err(i, 'edited word missing from note')
        else:
            w = mm[1]
            if w not in gen.display(name).split() and w + ',' not in gen.display(name).split(): err(i, 'edited word not in display name')
            if w in q.split(): err(i, 'edited word still in query')
    if k == 'script':
        for e in gen.script_errors(q, shape): err(i, e)
    if k == 'case' and (q == name or q.lower() != name.lower()): err(i, 'not a pure case change')
    for e in rules.pos_errors(k, q, ent, data, pool, prior):
        err(i, 'rule: ' + e)
for ent, n in targets.items():
    if n > 1: err('-', 'target %d used %d times' % (ent, n))
if len(targets) != 156: err('-', '%d distinct targets, not 156' % len(targets))
if narc > lib.NARC_CAP: err('-', '%d narcotics rows > %d' % (narc, lib.NARC_CAP))
if narc_abbr > gen.NARC_ABBR_MAX: err('-', '%d narcotics abbreviations' % narc_abbr)
for k, c in shape_n.items():
    for s, n in c.items():
        if n > gen.quota(k): err('-', '%s shape %s used %d times' % (k, s, n))

# ---------------------------------------------------------------- negatives
phrases = dict(R.NEAR_PHRASES)
share_ok = {'%s %s' % (f, p): (f, p) for f, p, _ in R.SHARES}
nm_words, nm_targets = set(), set()
REUSE = re.compile(r'reused word: ([a-z]+) \((\d+) listed org names?/alias(?:es)?\) from in-set target (.+) \[SDN ent_num (\d+)\]$')
for i, r in enumerate(rows):
    k = r.get('kind')
    if k not in NEG_KINDS:
        continue
    q, note = r['query'], r['notes'] or ''
    if not note.startswith('not listed: %s; ' % k): err(i, 'note prefix')
    want = data.shared_words(q)
    if not note.endswith('; ' + want): err(i, 'shared-word text does not match')
    for e in rules.neg_errors(k, q, data, prior):
        err(i, 'rule: ' + e)
    if k in ('near_miss', 'shares_one_word'):
        for t in lib.full_tokens(q)[1:]:
            if data.tok_count(t): err(i, 'theme word %s is in a listed org name' % t)
    if k == 'shares_one_word':
        if q not in share_ok: err(i, 'unknown shares_one_word phrase')
        elif not data.tok_count(share_ok[q][0]): err(i, 'first word not listed')
    if k == 'near_miss':
        parts = note.split('; ')
        mm = REUSE.match(parts[2]) if len(parts) > 3 else None
        if not mm: err(i, 'near-miss reuse part'); continue
        w, n, tname, ent = mm[1], int(mm[2]), mm[3], int(mm[4])
        t = inset.get(ent)
        if not t or t['name'] != tname: err(i, 'near-miss target not an in-set target'); continue
        if n != data.tok_count(w) or n > 3: err(i, 'near-miss count')
        if not (len(w) >= 4 and w.isascii() and w.isalpha()): err(i, 'near-miss word shape')
        if w in R.NEAR_STOP or w in data.place_tokens or w in lib.FILLER or w in gen.SMALL: err(i, 'near-miss word stop/place/filler')
        body, _ = gen.split_legal(t['name'])
        if w not in [b.rstrip(',').lower() for b in body] or w not in lib.full_tokens(t['name']): err(i, 'near-miss word not a body word of the target')
        if len(lib.core_tokens(t['name'])) < 2: err(i, 'near-miss target core < 2 words')
        rest = q[len(w) + 1:]
        if not q.startswith(w.capitalize() + ' ') or rest not in phrases: err(i, 'near-miss query shape')
        if w in nm_words or ent in nm_targets: err(i, 'near-miss word or target used twice')
        nm_words.add(w); nm_targets.add(ent)

for e in errors:
    print('ERROR', e)
if errors:
    print('FAIL: %d errors' % len(errors))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
    len(rows), npos, len(rows) - npos, len(targets),
    ', '.join('%d at level %d' % (lv[l], l) for l in sorted(lv)), narc, nfiles))
