"""Validate train52.jsonl against all the set's rules. Usage: python3 check.py [--file PATH]. Prints PASS/FAIL."""
import json, re, sys, os
from collections import Counter
from common import Ctx, KINDS, QUOTA, PER_KIND, MAX_LEVEL, HERE
from lib import key, full, content, is_narc

path = os.path.join(HERE, '..', 'train52.jsonl')
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
ctx = Ctx(); d = ctx.d
errs = []
def E(i, msg): errs.append('row %d: %s' % (i, msg))
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145): errs.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
kc = Counter(r.get('kind') for r in pos)
for k in KINDS:
    if kc[k] != PER_KIND: errs.append('kind %s has %d' % (k, kc[k]))
if set(kc) - set(KINDS): errs.append('unknown kinds %s' % (set(kc) - set(KINDS)))
nc = Counter(r.get('kind') for r in neg)
for c, q in QUOTA.items():
    if nc[c] != q: errs.append('category %s has %d (want %d)' % (c, nc[c], q))
if set(nc) - set(QUOTA): errs.append('unknown categories %s' % (set(nc) - set(QUOTA)))
keys_seen, fulls_seen = Counter(), Counter()
for r in rows:
    keys_seen[key(r['query'])] += 1
    if r['kind'] not in ('script', 'other_script'): fulls_seen[full(r['query'])] += 1
targets, narc, levels, chinese = Counter(), 0, Counter(), 0
name_of = {}
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: E(i, 'keys %s' % sorted(r)); continue
    q, k, notes = r['query'], r['kind'], r['notes'] or ''
    if keys_seen[key(q)] > 1: E(i, 'in-set repeat (key)')
    if k not in ('script', 'other_script') and fulls_seen[full(q)] > 1: E(i, 'in-set repeat (full fold)')
    if key(q) in ctx.keys: E(i, 'earlier-set query key')
    if k not in ('script', 'other_script') and full(q) in ctx.fulls: E(i, 'earlier-set full fold')
    if r['expected'] is not None:
        m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
        if not m: E(i, 'notes lack [SDN ent_num N]'); continue
        ent = m.group(1)
        e = d.sdn.get(ent)
        if not e or e['name'] != r['expected']: E(i, 'expected does not match ent_num'); continue
        if d.name_count[e['name']] != 1: E(i, 'SDN_Name not unique')
        if not d.is_org(ent): E(i, 'not an organisation (-0-)')
        if e['name'] in d.alias_set: E(i, 'SDN_Name is also an alias')
        targets[ent] += 1
        u = ctx.uses.get(ent, 0)
        levels[u] += 1
        if u > MAX_LEVEL: E(i, 'earlier uses %d > %d' % (u, MAX_LEVEL))
        narc += is_narc(e['program'])
        if not notes.startswith(k + ': '): E(i, 'notes do not start with kind')
        if ('program %s;' % e['program']) not in notes: E(i, 'notes lack program')
        if ('earlier-set uses %d;' % u) not in notes: E(i, 'notes earlier-use count wrong')
        if ('target %s [' % e['name']) not in notes: E(i, 'notes lack target')
        for w in ctx.pos_errors(k, q, ent): E(i, 'rule: ' + w)
        if k == 'script' and re.search(r'[\u4e00-\u9fff]', q): chinese += 1
        name_of[ent] = e['name']
for ent, n in targets.items():
    if n > 1: errs.append('target %s used %d times' % (ent, n))
if len(targets) != 156: errs.append('%d distinct targets' % len(targets))
if narc > int(0.4 * len(pos)): errs.append('SDNT/SDNTK %d > 40%%' % narc)
if chinese < 1: errs.append('no Chinese script row')
for i, r in enumerate(rows, 1):
    if r.get('expected') is not None or set(r) != {'query', 'expected', 'kind', 'notes'}: continue
    q, c, notes = r['query'], r['kind'], r['notes'] or ''
    if not notes.startswith('not listed: %s; ' % c): E(i, 'negative notes must start "not listed: <category>;"')
    if not notes.endswith(ctx.shared_note(q)): E(i, 'shared-word info wrong')
    for w in ctx.neg_errors(c, q): E(i, 'rule: ' + w)
    if c == 'near_miss':
        m = re.search(r"reuses '([^']+)' from in-set target (.+?) \(ent_num (\d+)\)", notes)
        if not m: E(i, 'near-miss note lacks reused word/target'); continue
        w, nm, ent = m.groups()
        if ent not in targets or name_of.get(ent) != nm: E(i, 'near-miss target not in set')
        elif w not in content(nm) or w not in content(q): E(i, 'reused word not in both target and query')
print('file', path)
print('rows %d positives %d negatives %d' % (len(rows), len(pos), len(neg)))
print('distinct targets %d; levels %s; SDNT/SDNTK %d (%.1f%%); Chinese script rows %d' % (
    len(targets), sorted(levels.items()), narc, 100.0 * narc / max(1, len(pos)), chinese))
for e in errs: print('ERROR', e)
print('FAIL (%d errors)' % len(errs) if errs else 'PASS')
