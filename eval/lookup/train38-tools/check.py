"""Validate train38.jsonl. Usage: python3 check.py [--file PATH]. Ends PASS or FAIL."""
import sys, json, re
from collections import Counter
from lib import *

KINDS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy',
         'word_order', 'transliteration', 'translation', 'partial', 'script']
NEG_COUNTS = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
              'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else OUT
ix = Index()
errs = []
def err(m):
    errs.append(m)

rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(f'line {i}: bad JSON ({e})')
if len(rows) != 301:
    err(f'{len(rows)} rows, expected 301')
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(f'row {i}: keys {sorted(r)}')
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if len(pos) != 156: err(f'{len(pos)} positives, expected 156')
if len(neg) != 145: err(f'{len(neg)} negatives, expected 145')
kc = Counter(r.get('kind') for r in pos)
for k in KINDS:
    if kc[k] != 12: err(f'kind {k}: {kc[k]} positives, expected 12')
for k in kc:
    if k not in KINDS: err(f'unknown positive kind {k}')
nc = Counter(r.get('kind') for r in neg)
for c, n in NEG_COUNTS.items():
    if nc[c] != n: err(f'category {c}: {nc[c]} negatives, expected {n}')
for c in nc:
    if c not in NEG_COUNTS: err(f'unknown negative category {c}')

# uniqueness within the set and against earlier sets
seen_ws, seen_fold = {}, {}
prior_hits = 0
for i, r in enumerate(rows, 1):
    q = r.get('query') or ''
    if not q.strip(): err(f'row {i}: empty query')
    a, b = qkey_ws(q), qkey_fold(q)
    if a in seen_ws: err(f'row {i}: duplicate query (case/space fold) of row {seen_ws[a]}: {q!r}')
    if b and b in seen_fold: err(f'row {i}: duplicate query (accent/punct fold) of row {seen_fold[b]}: {q!r}')
    seen_ws.setdefault(a, i); seen_fold.setdefault(b, i)
    if ix.is_prior(q):
        prior_hits += 1; err(f'row {i}: query repeats an earlier set: {q!r}')

# positives
aliasnames = set(a for L in ix.alt.values() for _, a in L)
byname = {}
for e, rec in ix.sdn.items():
    byname.setdefault(rec['name'], []).append(e)
ents = []
levels = Counter()
narco = 0
for i, r in enumerate(rows, 1):
    if r.get('expected') is None:
        continue
    name, q, notes, kind = r['expected'], r['query'], r.get('notes') or '', r.get('kind')
    es = byname.get(name, [])
    if len(es) != 1:
        err(f'row {i}: expected {name!r} occurs {len(es)} times in sdn.csv'); continue
    e = es[0]; rec = ix.sdn[e]
    if rec['type'] != '': err(f'row {i}: {name!r} is not an organisation (type {rec["type"]!r})')
    if name in aliasnames: err(f'row {i}: {name!r} is also an alias')
    m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
    if not m or int(m.group(1)) != e: err(f'row {i}: notes ent_num does not match target {e}')
    if e not in ix.pool: err(f'row {i}: target {e} not in the usable pool')
    ents.append(e)
    uses = ix.uses.get(e, 0); levels[uses] += 1
    if not notes.startswith(kind + ':'): err(f'row {i}: notes do not start with kind')
    if f'program {rec["program"]};' not in notes: err(f'row {i}: notes lack program')
    if f'earlier-set uses {uses};' not in notes: err(f'row {i}: notes earlier-use count wrong (actual {uses})')
    if f'target {name} [' not in notes: err(f'row {i}: notes lack target name')
    if q == name: err(f'row {i}: query equals target exactly')
    if kind not in ('messy', 'script'):
        hits, _ = ix.listed_hits(q)
        if hits - {e}: err(f'row {i}: query folds to another record {sorted(hits - {e})[:3]}')
    narco += rec['program'].startswith('SDNT')
if len(set(ents)) != 156: err(f'{len(set(ents))} distinct entities, expected 156')
if narco > 0.4 * 156: err(f'SDNT/SDNTK {narco} > 40%')

# negatives
for i, r in enumerate(rows, 1):
    if r.get('expected') is not None:
        continue
    q, notes, cat = r['query'], r.get('notes') or '', r.get('kind')
    if not notes.startswith(f'not listed: {cat};'): err(f'row {i}: negative notes do not start "not listed: {cat};"')
    if 'shares' not in notes: err(f'row {i}: negative notes lack shared-word information')
    if q.lower() in ix.exact: err(f'row {i}: negative equals an SDN/alias/CSL name exactly: {q!r}')
    hits, csl = ix.listed_hits(q)
    if hits or csl: err(f'row {i}: negative folds to a listed name: {q!r} {sorted(hits)[:3]}{" CSL" if csl else ""}')

print(f'file: {path}')
print(f'rows {len(rows)}; positives {len(pos)}; negatives {len(neg)}')
print('kinds:', dict(kc)); print('categories:', dict(nc))
print(f'distinct entities {len(set(ents))}; earlier-use levels {dict(sorted(levels.items()))}; SDNT/SDNTK {narco}; '
      f'queries repeating an earlier set {prior_hits}')
for m in errs:
    print('ERROR', m)
print(f'{len(errs)} errors')
print('PASS' if not errs else 'FAIL')
sys.exit(0 if not errs else 1)
