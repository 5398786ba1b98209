"""Validator for train48.jsonl. Usage: python3 check.py [--file PATH]. Prints PASS or FAIL with errors."""
import sys, json, re, lib, common
from collections import Counter

path = lib.HERE + '/../train48.jsonl'
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
ctx = common.Ctx()
idx = ctx.idx
errs = []
def err(i, m):
    errs.append('row %d: %s' % (i, m))

rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append('row %d: bad JSON %s' % (i, e)); rows.append({})
pos = [(i, r) for i, r in enumerate(rows, 1) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows, 1) if r.get('expected') is None]
if len(rows) != 301: errs.append('total %d != 301' % len(rows))
if len(pos) != 156: errs.append('positives %d != 156' % len(pos))
if len(neg) != 145: errs.append('negatives %d != 145' % len(neg))
kc = Counter(r.get('kind') for _, r in pos)
for k in common.KINDS:
    if kc[k] != common.PER_KIND: errs.append('kind %s has %d != 12' % (k, kc[k]))
for k in kc:
    if k not in common.KINDS: errs.append('unknown positive kind %s' % k)
cc = Counter(r.get('kind') for _, r in neg)
for c, q in common.QUOTA.items():
    if cc[c] != q: errs.append('category %s has %d != %d' % (c, cc[c], q))
for c in cc:
    if c not in common.QUOTA: errs.append('unknown negative category %s' % c)

seen_k, seen_f = {}, {}
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r)); continue
    q = r['query']
    if not isinstance(q, str) or not q.strip():
        err(i, 'empty query'); continue
    k, f = lib.qkey(q), lib.fold(q)
    if k in seen_k: err(i, 'duplicate query key with row %d' % seen_k[k])
    elif f and f in seen_f: err(i, 'duplicate query fold with row %d' % seen_f[f])
    seen_k.setdefault(k, i); seen_f.setdefault(f, i)
    scriptish = r['kind'] in ('script', 'other_script')
    if k in ctx.prior_q: err(i, 'earlier-set query key')
    elif not scriptish and f in ctx.prior_f: err(i, 'earlier-set query fold')

ents, narco, chinese = [], 0, 0
for i, r in pos:
    if set(r) != {'query', 'expected', 'kind', 'notes'}: continue
    q, exp, kind, notes = r['query'], r['expected'], r['kind'], str(r['notes'])
    recs = [x for x in idx.sdn if x['name'] == exp]
    if len(recs) != 1:
        err(i, 'expected not a unique SDN_Name: %r' % exp); continue
    rec = recs[0]
    if rec['type'] != '-0-': err(i, 'target not an organisation')
    if exp in idx.alias_set: err(i, 'target name is also an alias')
    m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
    if not m or int(m.group(1)) != rec['ent']:
        err(i, 'notes ent_num missing or wrong'); continue
    ent = rec['ent']; ents.append(ent)
    narco += common.narco(rec['program'])
    if not notes.startswith(kind + ':'): err(i, 'notes do not start with kind')
    if ('program %s;' % rec['program']) not in notes: err(i, 'notes lack program')
    if ('earlier-set uses %d;' % ctx.uses.get(ent, 0)) not in notes: err(i, 'notes earlier-use count wrong')
    if ('target %s [' % exp) not in notes: err(i, 'notes lack target')
    if kind == 'case':
        if q == exp: err(i, 'case row equal to target')
    elif lib.qkey(q) == lib.qkey(exp): err(i, 'query equals target')
    if kind not in ('messy', 'script'):
        other = [s for s in idx.hits(q) if s != ('sdn', ent)]
        if other: err(i, 'folds onto another record %s' % other[:2])
    if kind == 'aka' and q not in [a for _, a in idx.alts.get(ent, [])]: err(i, 'aka not an alias of target')
    if kind == 'script':
        if not common.non_latin(q): err(i, 'script row without non-Latin letters')
        if re.search(r'[\u4e00-\u9fff]', q): chinese += 1
    why = ctx.pos_problem(kind, ent, q)
    if why: err(i, 'rule: ' + why)
if len(set(ents)) != len(ents): errs.append('entities not distinct: %d of %d' % (len(set(ents)), len(ents)))
if pos and narco > common.MAX_NARCO * len(pos): errs.append('SDNT/SDNTK %d > 40%%' % narco)
if chinese < 1: errs.append('no Chinese script row')

targets = set(ents)
for i, r in neg:
    if set(r) != {'query', 'expected', 'kind', 'notes'}: continue
    q, cat, notes = r['query'], r['kind'], str(r['notes'])
    if not notes.startswith('not listed: %s;' % cat): err(i, 'negative notes do not start with "not listed: <category>;"')
    sh = idx.shared_words(q)
    if sh:
        for w, n, _ in sh:
            if ("shares '%s' with %d listed" % (w, n)) not in notes: err(i, 'notes lack shared word %s' % w)
    elif 'shares no word with a listed org' not in notes: err(i, 'notes lack shares-no-word')
    if q in idx.name_count or q in idx.alias_set: err(i, 'negative is a listed name exactly')
    h = idx.hits(q)
    if h: err(i, 'negative folds onto listed %s' % sorted(h, key=str)[:2])
    ws = lib.content_words(q)
    if ws and ws in idx.wordsets: err(i, 'negative word set equals a listed name')
    if cat == 'shares_one_word' and not sh: err(i, 'shares_one_word shares no word')
    if cat == 'near_miss':
        m = re.search(r"reusing '([^']+)' from this set's target .* \(ent_num (\d+)\)", notes)
        if not m: err(i, 'near-miss notes lack reused word/target')
        elif int(m.group(2)) not in targets: err(i, 'near-miss target not in this set')
        elif m.group(1) not in ws: err(i, 'near-miss reused word not in query')
    if cat == 'other_script' and not common.non_latin(q): err(i, 'other_script without non-Latin letters')

print('file', path)
print('rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
print('distinct entities', len(set(ents)), 'levels', dict(Counter(ctx.uses.get(e, 0) for e in ents)))
print('SDNT/SDNTK', narco, 'of', len(pos), 'Chinese script rows', chinese)
print('earlier sets read', ctx.nfiles, 'rows', ctx.nrows)
for e in errs:
    print('ERROR', e)
print('FAIL (%d errors)' % len(errs) if errs else 'PASS')
