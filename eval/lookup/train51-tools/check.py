"""Validator for train51.jsonl. Usage: python3 check.py [--file PATH]. Prints PASS or FAIL."""
import json, re, sys
from collections import Counter
from common import Ctx, pos_problem, neg_problem, shared_note, is_narc, MAX_LEVEL
from lib import KINDS, QUOTAS, key, full, words, non_latin, has_cjk

path = '../train51.jsonl'
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
errs = []
def err(msg):
    errs.append(msg)
    print('ERROR', msg)

ctx = Ctx()
ix = ctx.ix
rows = []
with open(path, encoding='utf-8') as fh:
    for i, line in enumerate(fh, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err('line %d not JSON: %s' % (i, e))
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
print('rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    err('counts are %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
for i, r in enumerate(rows):
    if sorted(r) != ['expected', 'kind', 'notes', 'query']:
        err('row %d keys %s' % (i, sorted(r)))
kc = Counter(r.get('kind') for r in pos)
for k in KINDS:
    if kc[k] != 12:
        err('kind %s has %d positives, want 12' % (k, kc[k]))
for k in kc:
    if k not in KINDS:
        err('unknown positive kind %s' % k)
nc = Counter(r.get('kind') for r in neg)
for c, q in QUOTAS.items():
    if nc[c] != q:
        err('category %s has %d, want %d' % (c, nc[c], q))
for c in nc:
    if c not in QUOTAS:
        err('unknown negative category %s' % c)

# uniqueness within the set and against earlier sets
seen_k, seen_f = Counter(), Counter()
for r in rows:
    q = r.get('query') or ''
    seen_k[key(q)] += 1
    if r.get('kind') not in ('script', 'other_script'):
        seen_f[full(q)] += 1
    if key(q) in ctx.keys:
        err('earlier-set query key: %r' % q)
    if r.get('kind') not in ('script', 'other_script') and full(q) in ctx.fulls:
        err('earlier-set query full fold: %r' % q)
for k, n in seen_k.items():
    if n > 1:
        err('query key repeated in set: %r' % k)
for k, n in seen_f.items():
    if n > 1:
        err('query full fold repeated in set: %r' % k)

# positives
ents = []
by_name = {e['name']: e for e in ix.ents.values()}
for r in pos:
    q, exp, kind, notes = r['query'], r['expected'], r.get('kind'), r.get('notes') or ''
    m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
    if not m:
        err('positive notes lack trailing [SDN ent_num N]: %r' % q); continue
    ent = int(m.group(1))
    e = ix.ents.get(ent)
    if not e or e['name'] != exp:
        err('expected %r does not match ent_num %d' % (exp, ent)); continue
    if ix.name_count[exp] != 1:
        err('expected not unique in sdn.csv: %r' % exp)
    if e['type'] != '':
        err('expected is not an organisation: %r' % exp)
    if exp in ix.alias_names:
        err('expected is also an alias: %r' % exp)
    lvl = ctx.uses[ent]
    if lvl > MAX_LEVEL:
        err('target %r used %d times earlier' % (exp, lvl))
    want = [kind + ':', 'program %s;' % e['program'], 'earlier-set uses %d;' % lvl, 'target %s [SDN ent_num %d]' % (exp, ent)]
    for w in want:
        if w not in notes:
            err('positive notes for %r lack %r' % (q, w))
    if not notes.startswith(kind + ':'):
        err('positive notes do not start with kind: %r' % q)
    why = pos_problem(ctx, kind, ent, q)
    if why:
        err('positive %r (%s): %s' % (q, kind, why))
    ents.append(ent)
if len(set(ents)) != len(ents):
    err('targets not distinct: %s' % [e for e, n in Counter(ents).items() if n > 1])
narc = sum(is_narc(ix.ents[e]['program']) for e in ents)
if narc > 0.4 * max(1, len(ents)):
    err('SDNT/SDNTK %d of %d > 40%%' % (narc, len(ents)))
scripts = [r['query'] for r in pos if r.get('kind') == 'script']
if not any(has_cjk(q) for q in scripts):
    err('no script row with Chinese characters')
in_set = set(ents)

# negatives
for r in neg:
    q, cat, notes = r['query'], r.get('kind'), r.get('notes') or ''
    if not notes.startswith('not listed: %s; ' % cat):
        err('negative notes do not start with "not listed: %s;": %r' % (cat, q))
    if not notes.endswith(shared_note(ctx, q)):
        err('negative shared-word info wrong or missing: %r' % q)
    why = neg_problem(ctx, cat, q)
    if why:
        err('negative %r (%s): %s' % (q, cat, why))
    if cat == 'near_miss':
        m = re.search(r"reuses '([^']+)' from in-set target (.+?) \[ent_num (\d+)\]", notes)
        if not m:
            err('near-miss notes lack reused word/target: %r' % q); continue
        w, tname, tent = m.group(1), m.group(2), int(m.group(3))
        if tent not in in_set or ix.ents[tent]['name'] != tname:
            err('near-miss target not in set: %r' % q)
        elif w not in words(tname) or w not in words(q):
            err('near-miss reused word %r not in both: %r' % (w, q))

lv = Counter(ctx.uses[e] for e in ents)
progs = Counter(ix.ents[e]['program'] for e in ents)
print('distinct targets', len(set(ents)), 'levels', sorted(lv.items()))
print('SDNT/SDNTK %d of %d (%.1f%%)' % (narc, len(ents), 100.0 * narc / max(1, len(ents))))
print('programs', ', '.join('%s %d' % kv for kv in progs.most_common()))
print('script rows with Chinese characters:', [q for q in scripts if has_cjk(q)])
print('errors', len(errs))
print('PASS' if not errs else 'FAIL')
