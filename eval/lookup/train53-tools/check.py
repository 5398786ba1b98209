"""check.py [--file PATH] - validate train53.jsonl against every rule; prints errors, a summary and PASS/FAIL."""
import sys, os, re, json, collections, lib, common

path = os.path.join(common.HERE, '..', 'train53.jsonl')
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
ctx = common.Ctx()
d = ctx.d
errors = []
def err(i, msg):
    errors.append('row %d: %s' % (i + 1, msg))

rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(i, 'bad json: %s' % e); rows.append({})

# counts and keys
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if 'expected' in r and r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (common.N_POS + common.N_NEG, common.N_POS, common.N_NEG):
    errors.append('counts %d/%d/%d, want %d/%d/%d' % (len(rows), len(pos), len(neg),
                  common.N_POS + common.N_NEG, common.N_POS, common.N_NEG))
kc = collections.Counter(r.get('kind') for r in pos)
for k in common.KINDS:
    if kc[k] != common.PER_KIND:
        errors.append('kind %s has %d positives, want %d' % (k, kc[k], common.PER_KIND))
for k in kc:
    if k not in common.KINDS:
        errors.append('unknown positive kind %s' % k)
nc = collections.Counter(r.get('kind') for r in neg)
for c, q in common.QUOTAS.items():
    if nc[c] != q:
        errors.append('category %s has %d negatives, want %d' % (c, nc[c], q))
for c in nc:
    if c not in common.QUOTAS:
        errors.append('unknown negative category %s' % c)
for i, r in enumerate(rows):
    if r and set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r))

# in-set uniqueness
seen_k, seen_f = {}, {}
for i, r in enumerate(rows):
    q = r.get('query') or ''
    k, f = lib.key(q), lib.full(q)
    if k in seen_k:
        err(i, 'duplicate query (key) of row %d' % (seen_k[k] + 1))
    seen_k.setdefault(k, i)
    if r.get('kind') not in ('script', 'other_script'):
        if f in seen_f:
            err(i, 'duplicate query (full fold) of row %d' % (seen_f[f] + 1))
        seen_f.setdefault(f, i)

# positives
ents, narc, levels = [], 0, collections.Counter()
cjk = 0
for i, r in enumerate(rows):
    if r.get('expected') is None:
        continue
    name, kind, q, notes = r['expected'], r.get('kind'), r.get('query') or '', r.get('notes') or ''
    if not d.is_org_target(name):
        err(i, 'expected %r is not a unique, non-alias -0- SDN_Name' % name); continue
    ent = d.by_name[name]['ent']
    m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
    if not m or int(m.group(1)) != ent:
        err(i, 'notes must end with [SDN ent_num %d]' % ent)
    e = d.sdn[ent]
    want = ['%s: ' % kind, 'program %s;' % e['program'], 'earlier-set uses %d;' % ctx.uses[ent], 'target %s [' % name]
    for w in want:
        if w not in notes:
            err(i, 'notes miss %r' % w)
    if not notes.startswith(kind + ': '):
        err(i, 'notes do not start with the kind')
    for x in common.positive_errors(ctx, q, kind, ent):
        err(i, x)
    ents.append(ent); levels[ctx.uses[ent]] += 1
    narc += lib.is_narc(e['program'])
    if kind == 'script' and lib.has_cjk(q):
        cjk += 1
dup = [e for e, n in collections.Counter(ents).items() if n > 1]
if dup:
    errors.append('targets used more than once: %s' % dup)
if narc > common.NARC_CAP:
    errors.append('SDNT/SDNTK %d > cap %d' % (narc, common.NARC_CAP))
if cjk < 1:
    errors.append('no script row with Chinese characters')

# negatives
inset = set(ents)
for i, r in enumerate(rows):
    if 'expected' not in r or r.get('expected') is not None:
        continue
    q, cat, notes = r.get('query') or '', r.get('kind'), r.get('notes') or ''
    nt = nw = None
    if cat == 'near_miss':
        m = re.search(r"reuses '([^']+)' from in-set target (.+) \[SDN ent_num (\d+)\]$", notes)
        if not m:
            err(i, 'near-miss notes lack the reused word and in-set target'); continue
        nw, nt = m.group(1), int(m.group(3))
        if nt in d.sdn and d.sdn[nt]['name'] != m.group(2):
            err(i, 'near-miss target name/ent_num mismatch')
    if not notes.startswith('not listed: %s; ' % cat):
        err(i, 'notes do not start with "not listed: %s;"' % cat)
    if common.shared_note(ctx, q) not in notes:
        err(i, 'shared-word info in notes differs from recomputed')
    for x in common.negative_errors(ctx, q, cat, nt, nw, inset):
        err(i, x)

for e in errors:
    print(e)
print('file', os.path.normpath(path))
print('rows %d: %d positives, %d negatives' % (len(rows), len(pos), len(neg)))
print('distinct target entities %d; levels %s; SDNT/SDNTK %d (cap %d); script rows with Chinese characters %d'
      % (len(set(ents)), dict(sorted(levels.items())), narc, common.NARC_CAP, cjk))
print('errors %d' % len(errors))
print('PASS' if not errors else 'FAIL')
