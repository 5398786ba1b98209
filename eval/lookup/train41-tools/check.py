"""Validate train41.jsonl. Usage: python3 check.py [--file PATH]. Standard library + lib.py only."""
import json, sys, re, unicodedata
from collections import Counter, defaultdict
import lib

path = lib.HERE + '/../train41.jsonl'
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
         'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEGQ = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
        'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
errs = []
def err(m): errs.append(m)

sdn = lib.load_sdn(); alt = lib.load_alt()
qkeys, uses, nf, nrows = lib.load_prior()
namecount = Counter(r['name'] for r in sdn.values())
name2ent = {r['name']: e for e, r in sdn.items()}
aliasnames = set(a for v in alt.values() for _, a in v)
owner = defaultdict(set)
for e, r in sdn.items():
    for k in lib.keys(r['name']): owner[k].add(e)
    for _, a in alt[e]:
        for k in lib.keys(a): owner[k].add(e)
for c in lib.load_csl_names():
    for k in lib.keys(c): owner[k].add('CSL')
exact = set(r['name'] for r in sdn.values()) | aliasnames | set(lib.load_csl_names())
exact_up = {x.upper() for x in exact}

rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
if len(rows) != 301: err(f'row count {len(rows)} != 301')
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if len(pos) != 156: err(f'positives {len(pos)} != 156')
if len(neg) != 145: err(f'negatives {len(neg)} != 145')
for r in rows:
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err(f'bad keys {sorted(r)}')
kc = Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != 12: err(f'kind {k}: {kc[k]} != 12')
for k in kc:
    if k not in KINDS: err(f'unknown kind {k}')
nc = Counter(r['kind'] for r in neg)
for k, n in NEGQ.items():
    if nc[k] != n: err(f'category {k}: {nc[k]} != {n}')
# uniqueness within set and against earlier sets
seen_ws, seen_f = {}, {}
repeats = 0
for r in rows:
    q = r['query']
    a, b = lib.ws_key(q), lib.full_key(q)
    if a in seen_ws: err(f'duplicate query (ws fold) {q!r}')
    if b in seen_f: err(f'duplicate query (full fold) {q!r}')
    seen_ws[a] = seen_f[b] = 1
    if lib.seen_before(q, qkeys): repeats += 1; err(f'query used in an earlier set: {q!r}')
# positives
ents = []; sdnt = 0; levels = Counter(); chinese = 0
for r in pos:
    x, q, n = r['expected'], r['query'], r['notes']
    if namecount.get(x) != 1: err(f'expected not a unique SDN_Name: {x!r}'); continue
    e = name2ent[x]
    if sdn[e]['type'] != '': err(f'not an organisation: {x!r}')
    if x in aliasnames: err(f'expected is also an alias: {x!r}')
    m = re.search(r'\[SDN ent_num (\d+)\]$', n)
    if not m or int(m.group(1)) != e: err(f'ent_num mismatch in notes for {q!r}')
    if not n.startswith(r['kind'] + ':'): err(f'notes do not start with kind: {q!r}')
    if f"program {sdn[e]['program']};" not in n: err(f'program missing in notes: {q!r}')
    if f'earlier-set uses {uses.get(e, 0)};' not in n: err(f'wrong earlier-use count: {q!r}')
    if f'target {x} [' not in n: err(f'target name missing in notes: {q!r}')
    if q == x: err(f'query equals target: {q!r}')
    if r['kind'] not in ('messy', 'script'):
        others = {o for k in lib.keys(q) if k for o in owner[k]} - {e}
        if others: err(f'{q!r} folds to another record/CSL {sorted(map(str, others))[:3]}')
    if r['kind'] == 'script':
        if not any(c.isalpha() and not unicodedata.name(c, '').startswith('LATIN') for c in q):
            err(f'script row without non-Latin letters: {q!r}')
        if any('CJK UNIFIED' in unicodedata.name(c, '') for c in q) and not any(
                unicodedata.name(c, '').startswith(('HIRAGANA', 'KATAKANA')) for c in q): chinese += 1
    if r['kind'] == 'aka' and q.upper() not in {a.upper() for _, a in alt[e]}: err(f'aka not an alias: {q!r}')
    ents.append(e); levels[uses.get(e, 0)] += 1
    if 'SDNT' in sdn[e]['program']: sdnt += 1
if len(set(ents)) != 156: err(f'distinct entities {len(set(ents))} != 156')
if sdnt > 0.4 * 156: err(f'SDNT/SDNTK {sdnt} > 40%')
if chinese < 1: err('no Chinese script row')
# negatives
for r in neg:
    q, n = r['query'], r['notes']
    if not n.startswith(f"not listed: {r['kind']};"): err(f'negative notes wrong start: {q!r}')
    if "shares '" not in n and 'shares no word with a listed org' not in n: err(f'negative notes lack shared-word info: {q!r}')
    if q.upper() in exact_up: err(f'negative equals a listed name/alias/CSL: {q!r}')
    hit = {o for k in lib.keys(q) if k for o in owner[k]}
    if hit: err(f'negative folds to a listed name/alias/CSL: {q!r} {sorted(map(str, hit))[:3]}')
print(f'prior files {nf}, prior rows {nrows}')
print(f'rows {len(rows)}: positives {len(pos)}, negatives {len(neg)}')
print(f'distinct entities {len(set(ents))}; levels {dict(levels)}; SDNT/SDNTK {sdnt}; Chinese script rows {chinese}; earlier-set repeats {repeats}')
for m in errs: print('ERROR', m)
print(f'{len(errs)} errors')
print('PASS' if not errs else 'FAIL')
sys.exit(1 if errs else 0)
