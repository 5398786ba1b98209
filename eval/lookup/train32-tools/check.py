"""Validator for train32.jsonl. Standard library only; imports lib.py. Prints counts and verdicts, never an earlier row.
Usage: python3 check.py [--file PATH]"""
import json, sys, re, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'train32.jsonl')
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
POS_KINDS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy', 'word_order',
             'transliteration', 'translation', 'partial', 'script']
NEG_KINDS = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
errors = []
def err(m): errors.append(m)
prior_keys, uses, nfiles, nrows = load_prior()
sdn, alt, idx, csl = index()
name_cnt = collections.Counter(r['name'] for r in sdn)
by_name = {r['name']: r for r in sdn if name_cnt[r['name']] == 1}
alias_names = set(a for lst in alt.values() for _, a in lst)
rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        if not line.strip(): continue
        try: rows.append(json.loads(line))
        except Exception as e: err(f'line {i}: bad JSON ({e})')
print(f'file {path}: {len(rows)} rows; earlier sets loaded: {nfiles} files, {nrows} rows')
if len(rows) != 301: err(f'expected 301 rows, got {len(rows)}')
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err(f'row {i}: keys {sorted(r)}')
kinds = collections.Counter(r.get('kind') for r in rows)
pos = [r for r in rows if r.get('expected') is not None]; neg = [r for r in rows if r.get('expected') is None]
if len(pos) != 156: err(f'positives {len(pos)} != 156')
if len(neg) != 145: err(f'negatives {len(neg)} != 145')
for k in POS_KINDS:
    if kinds[k] != 12: err(f'kind {k}: {kinds[k]} != 12')
for k, n in NEG_KINDS.items():
    if kinds[k] != n: err(f'kind {k}: {kinds[k]} != {n}')
for k in kinds:
    if k not in POS_KINDS and k not in NEG_KINDS: err(f'unknown kind {k}')
seen = collections.Counter(' '.join(str(r.get('query')).lower().split()) for r in rows)
for q, n in seen.items():
    if n > 1: err(f'duplicate query within set: {q!r} x{n}')
n_prior = 0
for i, r in enumerate(rows, 1):
    if qkeys(str(r.get('query'))) & prior_keys: n_prior += 1; err(f'row {i}: query {r["query"]!r} is an earlier query')
ents = collections.Counter(); use_levels = collections.Counter()
for i, r in enumerate(pos, 1):
    exp, q, notes, kind = r['expected'], r['query'], r.get('notes') or '', r['kind']
    if kind not in POS_KINDS: err(f'positive {q!r}: kind {kind} is not a positive kind')
    if exp not in by_name: err(f'positive {q!r}: expected {exp!r} is not a unique sdn.csv SDN_Name'); continue
    rec = by_name[exp]
    if rec['type'] != '': err(f'positive {q!r}: {exp!r} is not a -0- organisation')
    if exp in alias_names and not any(a == exp for _, a in alt.get(rec['ent'], [])): err(f'positive {q!r}: {exp!r} is also another record\'s alias')
    m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
    if not m or int(m.group(1)) != rec['ent']: err(f'positive {q!r}: notes do not end with [SDN ent_num {rec["ent"]}]')
    ents[rec['ent']] += 1
    u = uses.get(rec['ent'], 0); use_levels[u] += 1
    if not notes.startswith(kind + ':'): err(f'positive {q!r}: notes do not start with kind')
    if f'program {rec["program"]}' not in notes: err(f'positive {q!r}: program missing from notes')
    if f'earlier-set rows targeting this entity: {u};' not in notes: err(f'positive {q!r}: wrong earlier-use count (should be {u})')
    if f'target {exp}' not in notes: err(f'positive {q!r}: target name missing from notes')
    if q == exp: err(f'positive {q!r}: equals its target exactly')
    if kind not in ('messy', 'script'):
        other = set()
        for k in folds(q): other |= idx.get(k, set()) - {rec['ent']}
        if other: err(f'positive {q!r}: folds to another record ({sorted(other)[:3]})')
for e, n in ents.items():
    if n > 1: err(f'entity {e} used {n} times')
if len(ents) != 156: err(f'distinct entities {len(ents)} != 156')
# least-used level among usable candidates
try:
    C = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cand.json')))
    lvl = C['level']
    above = [e for e in ents if uses.get(e, 0) > lvl]
    if above: err(f'{len(above)} targets above the least-used level {lvl}')
except FileNotFoundError:
    err('cand.json missing')
for r in neg:
    q, notes = str(r['query']), r.get('notes') or ''
    if not notes.startswith('not listed'): err(f'negative {q!r}: notes do not start "not listed"')
    if 'shares' not in notes: err(f'negative {q!r}: notes lack shared-word information')
    hits = [k for k in folds(q) if k in idx or k in csl]
    if hits: err(f'negative {q!r}: equals a listed SDN/CSL name or alias after folding ({hits[0]!r})')
print('kinds:', dict(kinds))
print(f'positives {len(pos)}, negatives {len(neg)}, distinct entities {len(ents)}')
print('earlier-use levels of targets:', dict(use_levels))
print(f'queries repeating an earlier set: {n_prior}')
for e in errors[:40]: print('ERROR', e)
print(f'{len(errors)} errors')
print('PASS' if not errors else 'FAIL')
sys.exit(0 if not errors else 1)
