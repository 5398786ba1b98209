"""Validator for train54.jsonl. Usage: python3 check.py [--file PATH]. Ends with PASS or FAIL."""
import json, re, sys
from collections import Counter
import lib, common

path = '../train54.jsonl'
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
ctx = common.Ctx(); d = ctx.d
errs = []
def err(i, m): errs.append('row %d: %s' % (i, m))
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if len(rows) != 301: errs.append('rows %d != 301' % len(rows))
if len(pos) != common.N_POS: errs.append('positives %d != %d' % (len(pos), common.N_POS))
if len(neg) != common.N_NEG: errs.append('negatives %d != %d' % (len(neg), common.N_NEG))
kc = Counter(r.get('kind') for r in pos); nc = Counter(r.get('kind') for r in neg)
for k in common.KINDS:
    if kc[k] != common.PER_KIND: errs.append('kind %s has %d rows' % (k, kc[k]))
for k in kc:
    if k not in common.KINDS: errs.append('unknown positive kind %s' % k)
for c, qn in common.NEG_QUOTA.items():
    if nc[c] != qn: errs.append('category %s has %d rows (quota %d)' % (c, nc[c], qn))
for c in nc:
    if c not in common.NEG_QUOTA: errs.append('unknown negative category %s' % c)
seen_k, seen_f = {}, {}
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err(i, 'keys %s' % sorted(r))
    q = r.get('query') or ''
    k, f = lib.key(q), lib.full(q)
    if k in seen_k: err(i, 'duplicate query key (row %d)' % seen_k[k])
    if f in seen_f: err(i, 'duplicate query full fold (row %d)' % seen_f[f])
    seen_k.setdefault(k, i); seen_f.setdefault(f, i)
# positives
ents = Counter(); narc = 0; levels = Counter(); chinese = 0
for i, r in enumerate(rows, 1):
    if r.get('expected') is None: continue
    q, name, kind, notes = r['query'], r['expected'], r['kind'], r.get('notes') or ''
    es = d.by_name.get(name, [])
    if len(es) != 1: err(i, 'expected not unique in sdn.csv'); continue
    e = es[0]
    if d.sdn[e]['type'] != '': err(i, 'expected is not an organisation')
    if name in d.alias_names: err(i, 'expected is also an alias')
    m = re.findall(r'ent_num (\d+)', notes)
    if m != [str(e)]: err(i, 'ent_num in notes does not match target')
    ents[e] += 1
    lvl = ctx.uses[e]; levels[lvl] += 1
    if lvl > common.MAX_LEVEL: err(i, 'target has %d earlier uses' % lvl)
    prog = d.sdn[e]['program']
    if lib.is_narc(prog): narc += 1
    pat = '^%s: .+; program %s; earlier-set uses %d; target %s \\[SDN ent_num %d\\]$' % (
        re.escape(kind), re.escape(prog), lvl, re.escape(name), e)
    if not re.match(pat, notes): err(i, 'notes format (kind/program/uses/target)')
    for x in ctx.pos_errors(kind, q, e): err(i, x)
    if kind == 'script' and re.search('[\u4e00-\u9fff]', q): chinese += 1
if len(ents) != common.N_POS: errs.append('%d distinct targets, want %d' % (len(ents), common.N_POS))
for e, n in ents.items():
    if n > 1: errs.append('target ent %d used %d times' % (e, n))
if narc > common.NARC_CAP: errs.append('SDNT/SDNTK %d > cap %d' % (narc, common.NARC_CAP))
if chinese < 1: errs.append('no script row with Chinese characters')
# negatives
for i, r in enumerate(rows, 1):
    if r.get('expected') is not None: continue
    q, cat, notes = r['query'], r['kind'], r.get('notes') or ''
    for x in ctx.neg_errors(cat, q): err(i, x)
    mm = re.match(r'^not listed: ([a-z_]+); (.+?); (shares .*)$', notes)
    if not mm or mm.group(1) != cat: err(i, 'negative notes do not start with "not listed: %s;"' % cat); continue
    nm = None
    if cat == 'near_miss':
        m2 = re.search(r'; near miss reuses "([^"]+)" from in-set target (.+) \(ent_num (\d+)\)$', notes)
        if not m2: err(i, 'near-miss notes lack reused word / target'); continue
        w, tname, e = m2.group(1), m2.group(2), int(m2.group(3))
        if e not in ents: err(i, 'near-miss target not in this set')
        elif d.sdn[e]['name'] != tname: err(i, 'near-miss target name mismatch')
        if w not in lib.tokens(d.sdn[e]['name']) or w not in lib.tokens(q): err(i, 'reused word not in both target and query')
        nm = (w, e)
    want = common.neg_note(ctx, cat, q, mm.group(2).split('; shares')[0], nm)
    if notes != want: err(i, 'shared-word info does not match recomputation')
print('file', path)
print('rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
print('positive kinds', dict(kc)); print('negative categories', dict(nc))
print('distinct entities', len(ents), 'levels', dict(sorted(levels.items())), 'SDNT/SDNTK', narc, 'script rows with Chinese', chinese)
for x in errs: print('ERROR', x)
print('%d errors' % len(errs))
print('PASS' if not errs else 'FAIL')
