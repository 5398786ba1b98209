"""Validator for train49.jsonl. Usage: python3 check.py [--file PATH]. Prints PASS or FAIL with errors."""
import sys, json, re, collections
import lib, common
path = '/work/blind/lookup-train49/train49.jsonl'
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
ctx = common.Ctx(); ix = ctx.ix
errs = []
def err(i, m): errs.append('row %d: %s' % (i, m))
rows = []
for i, line in enumerate(open(path, encoding='utf-8'), 1):
    try: rows.append(json.loads(line))
    except Exception as e: err(i, 'bad json %s' % e); rows.append({})
pos = [(i, r) for i, r in enumerate(rows, 1) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows, 1) if r.get('expected') is None]
if len(rows) != 301: errs.append('total %d != 301' % len(rows))
if len(pos) != 156: errs.append('positives %d != 156' % len(pos))
if len(neg) != 145: errs.append('negatives %d != 145' % len(neg))
kc = collections.Counter(r.get('kind') for _, r in pos)
for k in common.KINDS:
    if kc[k] != common.PER_KIND: errs.append('kind %s has %d' % (k, kc[k]))
for k in kc:
    if k not in common.KINDS: errs.append('unknown positive kind %s' % k)
cc = collections.Counter(r.get('kind') for _, r in neg)
for c, n in common.QUOTA.items():
    if cc[c] != n: errs.append('category %s has %d (quota %d)' % (c, cc[c], n))
for c in cc:
    if c not in common.QUOTA: errs.append('unknown negative category %s' % c)
for i, r in enumerate(rows, 1):
    if r and set(r) != {'query', 'expected', 'kind', 'notes'}: err(i, 'keys %s' % sorted(r))
# uniqueness and earlier sets
sk, sf = collections.Counter(), collections.Counter()
for i, r in enumerate(rows, 1):
    q = r.get('query') or ''
    sk[lib.qkey(q)] += 1; sf[lib.full(q)] += 1
for i, r in enumerate(rows, 1):
    q = r.get('query') or ''
    if sk[lib.qkey(q)] > 1: err(i, 'duplicate query key')
    if sf[lib.full(q)] > 1: err(i, 'duplicate query fold')
    if lib.qkey(q) in ctx.qk: err(i, 'earlier-set query key')
    if r.get('kind') not in ('script', 'other_script') and lib.full(q) in ctx.qf: err(i, 'earlier-set query fold')
# positives
ents, sdnt, cjk = set(), 0, 0
name2ents = collections.defaultdict(list)
for s in ix.sdn: name2ents[s['name']].append(s['ent'])
targets = set()
for i, r in pos:
    q, exp, kind, notes = r['query'], r['expected'], r.get('kind'), r.get('notes') or ''
    if len(name2ents.get(exp, [])) != 1: err(i, 'expected not a unique SDN_Name'); continue
    ent = name2ents[exp][0]; s = ix.by_ent[ent]
    if s['type'] != '-0-': err(i, 'target not an organisation')
    if exp in ix.alias_set: err(i, 'target name is also an alias')
    m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
    if not m or int(m.group(1)) != ent: err(i, 'ent_num in notes does not match')
    if ent in ents: err(i, 'entity used twice')
    ents.add(ent); targets.add(ent)
    if common.is_sdnt(s['prog']): sdnt += 1
    if not notes.startswith(kind + ': '): err(i, 'notes do not start with kind')
    if 'program %s;' % s['prog'] not in notes: err(i, 'program missing in notes')
    if 'earlier-set uses %d;' % ctx.uses.get(ent, 0) not in notes: err(i, 'earlier-use count wrong in notes')
    if 'target %s [' % exp not in notes: err(i, 'target missing in notes')
    if kind == 'case' and q == exp: err(i, 'case row equal to target')
    if kind != 'case' and lib.qkey(q) == lib.qkey(exp): err(i, 'query equal to target')
    if kind not in ('messy', 'script') and ix.owners(q) - {ent}: err(i, 'folds onto another record')
    if kind == 'aka' and q not in ix.alt.get(ent, []): err(i, 'aka row not an alias of its target')
    if kind == 'script':
        if not common.non_latin(q): err(i, 'script row has no non-Latin letters')
        if common.has_cjk(q): cjk += 1
    for e in common.pos_errors(ctx, kind, q, ent, set(), set()):
        if e not in ('earlier query key', 'earlier query fold'): err(i, 'rule: ' + e)
if pos and sdnt > common.SDNT_MAX * len(pos): errs.append('SDNT/SDNTK %d > 40%%' % sdnt)
if cjk < 1: errs.append('no Chinese script row')
# negatives
for i, r in neg:
    q, cat, notes = r['query'], r.get('kind'), r.get('notes') or ''
    if not notes.startswith('not listed: %s; ' % cat): err(i, 'negative notes do not start with "not listed: <category>;"')
    sh = common.shared_info(ctx, q)
    if sh and 'shared words: ' + ', '.join(sh) not in notes: err(i, 'shared-word info missing or wrong')
    if not sh and 'shares no word with a listed org' not in notes: err(i, 'no-shared-word note missing')
    near = None
    if cat == 'near_miss':
        m = re.search(r"near miss reuses '([^']+)' from target .* \(ent_num (\d+)\)$", notes)
        if not m: err(i, 'near-miss note lacks reused word/target')
        else: near = (int(m.group(2)), m.group(1))
    for e in common.neg_errors(ctx, cat, q, set(), set(), near, targets):
        if e not in ('earlier query key', 'earlier query fold'): err(i, 'rule: ' + e)
    if q in ix.name_count or q in ix.alias_set or q in ix.csl: err(i, 'negative is an exact listed name')
levels = collections.Counter(ctx.pool[e]['uses'] for e in ents if e in ctx.pool)
print('rows %d, positives %d, negatives %d' % (len(rows), len(pos), len(neg)))
print('distinct entities %d, levels %s, SDNT/SDNTK %d, Chinese script rows %d' % (len(ents), dict(levels), sdnt, cjk))
for e in errs: print('ERROR', e)
print('FAIL (%d errors)' % len(errs) if errs else 'PASS')
