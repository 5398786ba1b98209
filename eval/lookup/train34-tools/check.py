"""Validate train34.jsonl. Usage: python3 check.py [--file PATH]. Standard library only; prints errors, counts, PASS/FAIL."""
import json, re, sys
from collections import Counter
import lib

path = lib.HERE + '/../train34.jsonl'
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
errors = []
err = errors.append

sdn, alts, adds = lib.load_sdn()
orgs = lib.unique_orgs()
byname = {d['name']: e for e, d in orgs.items()}
name_count = Counter(d['name'] for d in sdn.values())
alias_names = set(a for L in alts.values() for _, a in L)
cand = json.load(open(lib.HERE + '/cand.json'))
level = cand['level']
_, uses, nrows = lib.load_prior()
exact = lib.exact_names()
fidx = lib.fold_index()

rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except Exception as ex:
            err('line %d: bad JSON (%s)' % (i, ex))

pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if len(rows) != 301: err('rows: %d, want 301' % len(rows))
if len(pos) != 156: err('positives: %d, want 156' % len(pos))
if len(neg) != 145: err('negatives: %d, want 145' % len(neg))
kc = Counter(r.get('kind') for r in rows)
for k in lib.KINDS:
    if kc[k] != 12: err('kind %s: %d rows, want 12' % (k, kc[k]))
for k, n in lib.NEG_CATS.items():
    if kc[k] != n: err('category %s: %d rows, want %d' % (k, kc[k], n))
for k in kc:
    if k not in lib.KINDS and k not in lib.NEG_CATS: err('unknown kind %r' % k)

seen, prior_hits, ents = {}, 0, Counter()
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err('row %d: keys %s' % (i, sorted(r)))
        continue
    q, kind, notes = r['query'], r['kind'], r['notes']
    if not isinstance(q, str) or not q.strip():
        err('row %d: empty query' % i); continue
    for k in ('w:' + lib.key_ws(q), 'p:' + lib.key_punct(q)):
        if k in seen:
            err('row %d: query repeats row %d in this set: %r' % (i, seen[k], q))
        seen.setdefault(k, i)
    if lib.is_prior(q):
        prior_hits += 1
        err('row %d: query repeats an earlier set (query not shown)' % i)
    exp = r['expected']
    if exp is not None:
        if kind not in lib.KINDS: err('row %d: positive with kind %r' % (i, kind))
        if name_count[exp] != 1: err('row %d: expected %r occurs %d times in sdn.csv' % (i, exp, name_count[exp])); continue
        if exp in alias_names: err('row %d: expected %r is also an alias' % (i, exp))
        if exp not in byname: err('row %d: expected %r is not a unique -0- organisation' % (i, exp)); continue
        e = byname[exp]
        ents[e] += 1
        m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
        if not m or int(m.group(1)) != e: err('row %d: notes do not end with [SDN ent_num %d]' % (i, e))
        if not notes.startswith(kind + ':'): err('row %d: notes do not start with the kind' % i)
        if ('program ' + sdn[e]['program']) not in notes: err('row %d: program missing from notes' % i)
        if ('earlier-set uses %d' % uses.get(e, 0)) not in notes: err('row %d: wrong earlier-use count in notes' % i)
        if exp not in notes: err('row %d: target name missing from notes' % i)
        c = cand['cand'].get(str(e))
        if not c or c['ambiguous'] or c['uses'] != level: err('row %d: target %d not at least-used level %d' % (i, e, level))
        if q.strip() == exp: err('row %d: query equals the target name exactly' % i)
        if kind not in ('messy', 'script') and lib.other_record_hit(q, e):
            err('row %d: query folds to another record\'s name or alias: %r' % (i, q))
    else:
        if kind not in lib.NEG_CATS: err('row %d: negative with kind %r' % (i, kind))
        if not notes.startswith('not listed: %s' % kind): err('row %d: negative notes must start "not listed: %s"' % (i, kind))
        if 'shares ' not in notes: err('row %d: negative notes lack shared-word information' % i)
        if q.strip().lower() in exact: err('row %d: negative is exactly an SDN name or alias: %r' % (i, q))
        if any(f in fidx for f in lib.folds(q)): err('row %d: negative folds to an SDN/CSL name or alias: %r' % (i, q))
if len(ents) != 156: err('distinct target entities: %d, want 156' % len(ents))
for e, n in ents.items():
    if n > 1: err('entity %d targeted %d times' % (e, n))

print('file:', path)
print('earlier sets read via load_prior:', len(lib.PRIOR_FILES), 'files,', nrows, 'rows')
print('rows %d (positives %d, negatives %d)' % (len(rows), len(pos), len(neg)))
print('per kind:', ', '.join('%s %d' % (k, kc[k]) for k in lib.KINDS + list(lib.NEG_CATS)))
print('distinct targets:', len(ents), '; earlier-use counts of targets:', dict(Counter(uses.get(e, 0) for e in ents)))
print('queries repeating an earlier set:', prior_hits)
for e in errors:
    print('ERROR', e)
print('%s (%d errors)' % ('PASS' if not errors else 'FAIL', len(errors)))
sys.exit(1 if errors else 0)
