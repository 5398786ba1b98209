"""Validator for train61.jsonl. Usage: python3 check.py [--file PATH]. Ends PASS or FAIL."""
import json, sys
from collections import Counter
import lib, common

path = lib.HERE + '/../train61.jsonl'
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
d = lib.Data()
pk, pf, uses, nfiles = lib.load_prior(d)
pool = set(lib.pool(d))
errs = []
def err(i, m): errs.append('row %d: %s' % (i, m))

rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        try: rows.append(json.loads(line))
        except Exception as e: err(i, 'bad JSON %s' % e); rows.append({})
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if 'expected' in r and r.get('expected') is None]
if len(rows) != 301: err(0, 'rows %d != 301' % len(rows))
if len(pos) != 156: err(0, 'positives %d != 156' % len(pos))
if len(neg) != 145: err(0, 'negatives %d != 145' % len(neg))
kc = Counter(r.get('kind') for r in pos)
for k in common.KINDS:
    if kc[k] != common.PER_KIND: err(0, 'kind %s has %d' % (k, kc[k]))
for k in kc:
    if k not in common.KINDS: err(0, 'unknown positive kind %s' % k)
nc = Counter(r.get('kind') for r in neg)
for k, qn in common.NEG_QUOTA.items():
    if nc[k] != qn: err(0, 'category %s has %d != %d' % (k, nc[k], qn))
for k in nc:
    if k not in common.NEG_QUOTA: err(0, 'unknown negative category %s' % k)

seen_k, seen_f = {}, {}
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err(i, 'keys %s' % sorted(r)); continue
    q = r['query']
    k, f = lib.key(q), lib.full(q)
    if k in seen_k: err(i, 'duplicate key (row %d)' % seen_k[k])
    seen_k.setdefault(k, i)
    if r['kind'] not in ('script', 'other_script'):
        if f in seen_f: err(i, 'duplicate full fold (row %d)' % seen_f[f])
        seen_f.setdefault(f, i)

uniq = {x['name']: x for x in d.sdn if d.name_count[x['name']] == 1}
ents, narc, lv, han = set(), 0, Counter(), 0
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'} or r['expected'] is None: continue
    t = uniq.get(r['expected'])
    if t is None: err(i, 'expected not a unique SDN_Name'); continue
    if t['type'] != '': err(i, 'target not an organisation')
    if t['name'] in d.alias_names: err(i, 'target name is also an alias')
    if t['ent'] not in pool: err(i, 'target not in pool')
    if t['ent'] in ents: err(i, 'target reused')
    ents.add(t['ent'])
    m = common.POS_NOTE_RE.match(r['notes'])
    if not m: err(i, 'positive note shape'); continue
    if m['kind'] != r['kind'] or m['prog'] != t['prog'] or m['name'] != t['name'] or int(m['ent']) != t['ent']:
        err(i, 'note kind/program/target/ent_num mismatch')
    u = uses.get(t['ent'], 0)
    if int(m['uses']) != u: err(i, 'earlier-use count %s != %d' % (m['uses'], u))
    if u > common.MAX_LEVEL: err(i, 'target level %d' % u)
    lv[u] += 1
    narc += lib.is_narc(t['prog'])
    for e in common.pos_errors(r['kind'], t['ent'], r['query'], d, pk, pf): err(i, e)
    if r['kind'] == 'script' and common.has_han(r['query']): han += 1
if len(ents) != 156: err(0, 'distinct targets %d' % len(ents))
if narc > common.NARC_CAP: err(0, 'SDNT/SDNTK %d > %d' % (narc, common.NARC_CAP))
if han < 1: err(0, 'no script row with Chinese characters')

in_set = {r['expected'] for r in pos}
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'} or r['expected'] is not None: continue
    q, n = r['query'], r['notes']
    pre = 'not listed: %s; ' % r['kind']
    if not n.startswith(pre): err(i, 'negative note prefix')
    si = common.shared_info(q, d)
    body = common.NM_RE.sub('', n)
    if not body.endswith('; ' + si): err(i, 'shared-word notes do not match recomputed')
    if r['kind'] == 'near_miss':
        m = common.NM_RE.search(n)
        if not m: err(i, 'near-miss note missing')
        else:
            t = uniq.get(m['name'])
            if m['name'] not in in_set or t is None or t['ent'] != int(m['ent']): err(i, 'near-miss target not in set')
            elif m['w'] not in lib.core_words(t['name']) or m['w'] not in lib.core_words(q): err(i, 'near-miss word not in both')
    for e in common.neg_errors(r['kind'], q, d, pk, pf): err(i, e)

print('earlier files read: %d' % nfiles)
print('rows %d, positives %d, negatives %d' % (len(rows), len(pos), len(neg)))
print('distinct entities %d; levels %s; SDNT/SDNTK %d; script rows with Chinese characters %d' % (
    len(ents), dict(sorted(lv.items())), narc, han))
print('programs:', ', '.join('%s %d' % kv for kv in Counter(uniq[r['expected']]['prog'] for r in pos if r['expected'] in uniq).most_common()))
for e in errs: print('ERROR', e)
print('FAIL (%d errors)' % len(errs) if errs else 'PASS')
