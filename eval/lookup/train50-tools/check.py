"""Validate train50.jsonl. Prints errors and PASS/FAIL. Usage: python3 check.py [--file PATH]"""
import json, os, re, sys
from collections import Counter
from common import (Ctx, KINDS, QUOTA, PER_KIND, SDNT_MAX, MAX_LEVEL, pos_problem, neg_problem,
                    shared_note, earlier)
from lib import key, full, words, nonlatin_letters, is_chinese, HERE

path = os.path.join(os.path.dirname(HERE), 'train50.jsonl')
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
ctx = Ctx()
idx = ctx.idx
errs = []
def bad(i, msg):
    errs.append('row %d: %s' % (i, msg))

rows = []
for i, line in enumerate(open(path, encoding='utf-8'), 1):
    try:
        rows.append(json.loads(line))
    except Exception as e:
        bad(i, 'bad json %s' % e)
        rows.append({})
# counts and keys
if len(rows) != 301:
    errs.append('rows %d != 301' % len(rows))
pos = [(i, r) for i, r in enumerate(rows, 1) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows, 1) if r.get('expected') is None]
if len(pos) != 156: errs.append('positives %d != 156' % len(pos))
if len(neg) != 145: errs.append('negatives %d != 145' % len(neg))
kc = Counter(r.get('kind') for _, r in pos)
for k in KINDS:
    if kc[k] != PER_KIND: errs.append('kind %s has %d rows' % (k, kc[k]))
for k in kc:
    if k not in KINDS: errs.append('unknown positive kind %s' % k)
cc = Counter(r.get('kind') for _, r in neg)
for c, q in QUOTA.items():
    if cc[c] != q: errs.append('category %s has %d rows (quota %d)' % (c, cc[c], q))
for c in cc:
    if c not in QUOTA: errs.append('unknown negative category %s' % c)
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        bad(i, 'keys %s' % sorted(r))
    if not isinstance(r.get('query'), str) or not r.get('query', '').strip():
        bad(i, 'empty query')
# uniqueness and earlier sets
seen_k, seen_f = {}, {}
for i, r in enumerate(rows, 1):
    q = r.get('query') or ''
    if key(q) in seen_k: bad(i, 'duplicate query key (row %d)' % seen_k[key(q)])
    if full(q) in seen_f: bad(i, 'duplicate query fold (row %d)' % seen_f[full(q)])
    seen_k.setdefault(key(q), i); seen_f.setdefault(full(q), i)
    e = earlier(ctx, q, r.get('kind'))
    if e: bad(i, e)
# positives
ents = []
nsdnt = 0
nchinese = 0
for i, r in pos:
    name, kind, q, notes = r['expected'], r.get('kind'), r.get('query', ''), r.get('notes', '')
    m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
    if not m:
        bad(i, 'notes lack [SDN ent_num N]'); continue
    ent = m.group(1)
    ents.append(ent)
    if idx.name_count.get(name, 0) != 1: bad(i, 'expected not unique in sdn.csv')
    if ent not in idx.by_ent or idx.by_ent[ent]['name'] != name:
        bad(i, 'ent_num does not match expected'); continue
    if idx.by_ent[ent]['type'] != '-0-': bad(i, 'target not an organisation')
    if name in idx.alias_names: bad(i, 'target name is also an alias')
    if not notes.startswith(kind + ': '): bad(i, 'notes do not start with kind')
    if ('program %s;' % idx.by_ent[ent]['program']) not in notes: bad(i, 'notes program wrong')
    if ('earlier-set uses %d;' % ctx.uses[ent]) not in notes: bad(i, 'notes earlier-use count wrong')
    if ('target %s [' % name) not in notes: bad(i, 'notes target wrong')
    if ctx.uses[ent] > MAX_LEVEL: bad(i, 'target used %d times earlier' % ctx.uses[ent])
    nsdnt += ctx.is_sdnt(ent)
    if kind == 'script':
        if not nonlatin_letters(q): bad(i, 'script row is Latin')
        nchinese += is_chinese(q)
    if kind == 'case' and q == name: bad(i, 'case row equals name')
    for e in pos_problem(ctx, kind, q, ent):
        bad(i, 'rule: ' + e)
if len(set(ents)) != len(ents): errs.append('targets not distinct: %d distinct of %d' % (len(set(ents)), len(ents)))
if pos and nsdnt > SDNT_MAX * len(pos): errs.append('SDNT/SDNTK %d > 40%%' % nsdnt)
if nchinese < 1: errs.append('no Chinese script row')
# negatives
ent_set = set(ents)
for i, r in neg:
    cat, q, notes = r.get('kind'), r.get('query', ''), r.get('notes') or ''
    if not notes.startswith('not listed: %s; ' % cat): bad(i, 'negative notes do not start "not listed: <category>;"')
    if not notes.endswith(shared_note(ctx, q)): bad(i, 'shared-word info wrong')
    if cat == 'near_miss':
        m = re.search(r'reuses "([^"]+)" from this set\'s target .* \(ent_num (\d+)\)', notes)
        if not m: bad(i, 'near-miss notes lack reused word/target')
        else:
            w, ent = m.groups()
            if ent not in ent_set: bad(i, 'near-miss target not in set')
            elif w not in words(q) or w not in words(idx.by_ent[ent]['name']): bad(i, 'near-miss word not in both')
    for e in neg_problem(ctx, cat, q):
        bad(i, 'rule: ' + e)
lv = Counter(ctx.uses[e] for e in ents)
print('file:', path)
print('rows %d, positives %d, negatives %d' % (len(rows), len(pos), len(neg)))
print('distinct targets %d; earlier-use levels %s; SDNT/SDNTK %d; Chinese script rows %d' % (
    len(set(ents)), dict(sorted(lv.items())), nsdnt, nchinese))
for e in errs:
    print('ERROR', e)
print('errors:', len(errs))
print('PASS' if not errs else 'FAIL')
