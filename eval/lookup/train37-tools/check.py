"""check.py [--file PATH]: validate train37.jsonl. Standard library + lib.py only. Prints errors and PASS/FAIL."""
import json, re, sys
from collections import Counter
import lib

path = '../train37.jsonl'
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
POS_KINDS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy',
             'word_order', 'transliteration', 'translation', 'partial', 'script']
NEG_COUNTS = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
              'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
errors = []
def err(m):
    errors.append(m)

sdn = lib.read_sdn(); alt = lib.read_alt()
by = {r['ent']: r for r in sdn}
namecnt = Counter(r['name'] for r in sdn)
aliasnames = set(a for v in alt.values() for _, a in v)
owner = lib.owner_index(sdn, alt)
upper_names = set(r['name'].upper() for r in sdn) | set(a.upper() for a in aliasnames) | set(n.upper() for n in lib.read_csl_names())
qkeys, uses, nf, nr = lib.load_prior()
import json as _j
pool = {c['ent']: c for c in _j.load(open('cand.json'))}

rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err('line %d: bad JSON (%s)' % (i, e)); continue
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            err('line %d: keys %s' % (i, sorted(r)))
        rows.append(r)

if len(rows) != 301:
    err('row count %d != 301' % len(rows))
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if len(pos) != 156: err('positives %d != 156' % len(pos))
if len(neg) != 145: err('negatives %d != 145' % len(neg))
kc = Counter(r.get('kind') for r in pos)
for k in POS_KINDS:
    if kc[k] != 12: err('kind %s has %d positives, want 12' % (k, kc[k]))
for k in kc:
    if k not in POS_KINDS: err('unknown positive kind %s' % k)
nc = Counter(r.get('kind') for r in neg)
for k, n in NEG_COUNTS.items():
    if nc[k] != n: err('category %s has %d negatives, want %d' % (k, nc[k], n))
for k in nc:
    if k not in NEG_COUNTS: err('unknown negative category %s' % k)

seen_w, seen_f = set(), set()
prior_hits = 0
for r in rows:
    q = r.get('query') or ''
    if not isinstance(q, str) or not q.strip():
        err('empty query'); continue
    w, f = lib.key_ws(q), lib.fold(q)
    if w in seen_w: err('duplicate query (case/space fold): %r' % q)
    if f in seen_f: err('duplicate query (accent/punctuation fold): %r' % q)
    seen_w.add(w); seen_f.add(f)
    if lib.is_prior(q, qkeys):
        prior_hits += 1; err('query repeats an earlier set: %r' % q)

ents = []
levels = Counter(); narc = 0
for r in pos:
    q, exp, notes, kind = r['query'], r['expected'], r.get('notes') or '', r['kind']
    if namecnt.get(exp, 0) != 1:
        err('expected not exactly once in sdn.csv: %r' % exp); continue
    rec = next(x for x in sdn if x['name'] == exp)
    if rec['type'] != '-0-': err('expected is not an organisation: %r' % exp)
    if exp in aliasnames: err('expected is also an alias: %r' % exp)
    m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
    if not m:
        err('notes do not end with [SDN ent_num N]: %r' % q); continue
    e = int(m.group(1))
    if e != rec['ent']: err('ent_num %d does not match target %r (%d)' % (e, exp, rec['ent']))
    ents.append(rec['ent'])
    if rec['ent'] not in pool: err('target not in usable pool: %r' % exp)
    if not notes.startswith(kind + ':'): err('notes do not start with kind: %r' % q)
    if ('program %s;' % rec['program']) not in notes: err('notes lack program: %r' % q)
    u = uses.get(rec['ent'], 0)
    if ('earlier-set uses %d;' % u) not in notes: err('notes earlier-use count wrong (%d): %r' % (u, q))
    if ('target %s ' % exp) not in notes: err('notes lack target name: %r' % q)
    levels[u] += 1
    narc += rec['program'].split('] [')[0].strip('[]') in ('SDNT', 'SDNTK')
    if q == exp: err('query equals target exactly: %r' % q)
    if kind not in ('messy', 'script'):
        oth = set()
        for k in lib.keys(q):
            oth |= owner.get(k, set())
        if oth - {rec['ent']}: err('positive folds to another record %s: %r' % (sorted(oth - {rec['ent']})[:3], q))
if len(set(ents)) != 156: err('distinct entities %d != 156' % len(set(ents)))

for r in neg:
    q, notes = r['query'], r.get('notes') or ''
    if not notes.startswith('not listed: %s;' % r['kind']): err('negative notes must start "not listed: <category>;": %r' % q)
    if 'shares' not in notes: err('negative notes lack shared-word info: %r' % q)
    if q.strip().upper() in upper_names: err('negative is exactly a listed name/alias: %r' % q)
    h = lib.neg_hits(q, owner)
    if h: err('negative folds to a listed SDN/alias/CSL name %s: %r' % (sorted(h)[:3], q))

print('file: %s' % path)
print('rows %d (positives %d, negatives %d); distinct entities %d' % (len(rows), len(pos), len(neg), len(set(ents))))
print('positives per kind:', dict(sorted(kc.items())))
print('negatives per category:', dict(sorted(nc.items())))
print('earlier-use levels of targets:', dict(sorted(levels.items())), '; SDNT/SDNTK targets: %d (%.0f%%)' % (narc, 100.0 * narc / max(1, len(pos))))
print('earlier prior files read: %d (%d rows); queries repeating an earlier set: %d' % (nf, nr, prior_hits))
for e in errors:
    print('ERROR:', e)
print('%s (%d errors)' % ('PASS' if not errors else 'FAIL', len(errors)))
sys.exit(0 if not errors else 1)
