"""Validate train44.jsonl.  python3 check.py [--file PATH]  (run from train44-tools/)"""
import sys, json, re, collections
from lib import *

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form', 'abbreviation',
         'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEGCATS = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
           'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else '../train44.jsonl'
errs = []
def err(m): errs.append(m)

sdn = load_sdn(); alt = load_alt(); csl = load_csl()
qkeys, uses, nprior = load_prior(sdn)
name_count = collections.Counter(r['name'] for r in sdn.values())
alias_names = set(a for v in alt.values() for _, a in v)
by_name = {r['name']: e for e, r in sdn.items()}
owner = collections.defaultdict(set)
for e, r in sdn.items():
    for k in keys(r['name']): owner[k].add(e)
    for _, a in alt.get(e, []):
        for k in keys(a): owner[k].add(e)
csl_keys = set()
for c in csl: csl_keys |= keys(c)
exact_all = set(r['name'].lower() for r in sdn.values()) | set(a.lower() for a in alias_names) | set(c.lower() for c in csl)

rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
print('rows', len(rows), '| earlier sets:', len(prior_files()), 'files,', nprior, 'rows')
if len(rows) != 301: err(f'expected 301 rows, got {len(rows)}')
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if len(pos) != 156: err(f'expected 156 positives, got {len(pos)}')
if len(neg) != 145: err(f'expected 145 negatives, got {len(neg)}')
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err(f'row {i}: keys {sorted(r)}')
kc = collections.Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != 12: err(f'kind {k}: {kc[k]} rows')
for k in kc:
    if k not in KINDS: err(f'unknown positive kind {k}')
nc = collections.Counter(r['kind'] for r in neg)
for c, n in NEGCATS.items():
    if nc[c] != n: err(f'category {c}: {nc[c]} rows, want {n}')
# uniqueness and earlier sets
ws_seen, fold_seen = {}, {}
nrep = 0
for i, r in enumerate(rows):
    q = r['query']
    if ws_key(q) in ws_seen: err(f'row {i}: duplicate query (ws key) {q!r}')
    if fold(q) in fold_seen: err(f'row {i}: duplicate query (fold key) {q!r}')
    ws_seen[ws_key(q)] = i; fold_seen[fold(q)] = i
    if seen(q, qkeys):
        nrep += 1; err(f'row {i}: query used in an earlier set {q!r}')
# positives
ents = []
nsdnt = 0
levels = collections.Counter()
nchinese = 0
for i, r in enumerate(pos):
    q, x, k, n = r['query'], r['expected'], r['kind'], r['notes']
    if name_count.get(x, 0) != 1: err(f'pos {i}: expected not exactly once in sdn.csv: {x!r}'); continue
    e = by_name[x]
    if sdn[e]['type'] != '': err(f'pos {i}: {x} is not an organisation')
    if x in alias_names: err(f'pos {i}: {x} is also an alias')
    m = re.search(r'\[SDN ent_num (\d+)\]$', n)
    if not m or int(m.group(1)) != e: err(f'pos {i}: ent_num in notes does not match {e}')
    if not n.startswith(k + ':'): err(f'pos {i}: notes do not start with kind')
    if f"program {sdn[e]['program']};" not in n: err(f'pos {i}: program missing from notes')
    if f'earlier-set uses {uses[e]};' not in n: err(f'pos {i}: wrong earlier-use count (want {uses[e]})')
    if f'target {x} [' not in n: err(f'pos {i}: target name missing from notes')
    levels[uses[e]] += 1
    ents.append(e)
    nsdnt += bool(re.search(r'\bSDNTK?\b', sdn[e]['program']))
    if (q == x) if k == 'case' else (q.lower() == x.lower()): err(f'pos {i}: query equals its target')
    if k not in ('messy', 'script'):
        others = set(o for kk in keys(q) for o in owner.get(kk, ())) - {e}
        if others: err(f'pos {i}: {q!r} folds to other record(s) {sorted(others)}')
        if keys(q) & csl_keys: err(f'pos {i}: {q!r} folds to a CSL name')
    if k == 'aka' and q not in [a for _, a in alt.get(e, [])]: err(f'pos {i}: aka not an alias of {x}')
    if k == 'script':
        if not any(ch.isalpha() and not ('a' <= strip_acc(ch).lower() <= 'z') for ch in q): err(f'pos {i}: script row without non-Latin letters')
        if any('\u4e00' <= ch <= '\u9fff' for ch in q): nchinese += 1
if len(set(ents)) != 156: err(f'{len(set(ents))} distinct entities, want 156')
if nsdnt > 0.4 * 156: err(f'SDNT/SDNTK positives {nsdnt} > 40%')
if nchinese < 1: err('no Chinese script row')
# negatives
for i, r in enumerate(neg):
    q, n = r['query'], r['notes']
    if not n.startswith(f"not listed: {r['kind']};"): err(f'neg {i}: notes do not start with "not listed: <category>;"')
    if not ("' in " in n or 'shares no word with a listed org' in n): err(f'neg {i}: notes lack shared-word information')
    if q.lower() in exact_all: err(f'neg {i}: {q!r} equals a listed name/alias/CSL name')
    hit = set(o for kk in keys(q) for o in owner.get(kk, ()))
    if hit: err(f'neg {i}: {q!r} folds to listed record(s) {sorted(hit)}')
    if keys(q) & csl_keys: err(f'neg {i}: {q!r} folds to a CSL name')
    if r['kind'] == 'near_miss' and 'reuses ' not in n: err(f'neg {i}: near-miss note lacks the reused word')
print('distinct entities', len(set(ents)), '| levels', dict(levels), '| SDNT/SDNTK', nsdnt, '| Chinese script rows', nchinese,
      '| queries repeating an earlier set', nrep)
for m in errs: print('ERROR', m)
print('FAIL' if errs else 'PASS', f'({len(errs)} errors)')
sys.exit(1 if errs else 0)
