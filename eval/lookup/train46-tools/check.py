"""Validate train46.jsonl. Usage: python3 check.py [--file PATH]. Prints counts and errors, ends PASS/FAIL."""
import json, sys, re, unicodedata
from collections import Counter
from lib import *

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form', 'abbreviation',
         'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEGQ = dict(famous_unlisted=25, other_script=18, near_miss=25, shares_one_word=15, generic=15,
            chat_request=25, person_as_company=12, brand_product=10)
path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else '../train46.jsonl'
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
idx = Index(); qk, uses, nfiles, nrows = load_prior()
name_count = Counter(e['name'] for e in idx.ents.values())
alias_set = {a for v in idx.alts.values() for a in v}
by_name = {e['name']: n for n, e in idx.ents.items()}
SKEY = {}
for n, e in idx.ents.items():
    for s in [e['name']] + idx.alts.get(n, []):
        k = ' '.join(sorted(set(content_words(s))))
        if k: SKEY.setdefault(k, set()).add(n)
err = []
E = err.append
if len(rows) != 301: E(f'row count {len(rows)} != 301')
pos = [r for r in rows if r.get('expected') is not None]; neg = [r for r in rows if r.get('expected') is None]
if len(pos) != 156: E(f'positives {len(pos)} != 156')
if len(neg) != 145: E(f'negatives {len(neg)} != 145')
for r in rows:
    if set(r) != {'query', 'expected', 'kind', 'notes'}: E(f'bad keys {sorted(r)} in {r.get("query")!r}')
kc = Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != 12: E(f'kind {k}: {kc[k]} != 12')
for k in kc:
    if k not in KINDS: E(f'unknown positive kind {k}')
nc = Counter(r['kind'] for r in neg)
for k, q in NEGQ.items():
    if nc[k] != q: E(f'negative {k}: {nc[k]} != {q}')
# uniqueness and earlier sets
c1 = Counter(qkey(r['query']) for r in rows); c2 = Counter(full_fold(r['query']) for r in rows)
for r in rows:
    if c1[qkey(r['query'])] > 1: E(f'duplicate query (ws/lower key): {r["query"]!r}')
    if c2[full_fold(r['query'])] > 1: E(f'duplicate query (full fold): {r["query"]!r}')
rep = [r['query'] for r in rows if {qkey(r['query']), full_fold(r['query'])} & qk]
for q in rep: E(f'repeats an earlier-set query: {q!r}')
# positives
ents = []; narco = 0; levels = Counter(); chinese = 0
for r in pos:
    q, x, k, nt = r['query'], r['expected'], r['kind'], r['notes']
    if name_count[x] != 1: E(f'expected not unique/absent in sdn.csv: {x!r}'); continue
    n = by_name[x]; e = idx.ents[n]
    if e['type'] != '': E(f'expected not an organisation: {x!r}')
    if x in alias_set: E(f'expected is also an alias: {x!r}')
    m = re.search(r'\[SDN ent_num (\d+)\]$', nt)
    if not m or int(m.group(1)) != n: E(f'ent_num in notes wrong for {q!r}')
    ents.append(n); levels[uses[n]] += 1
    if not nt.startswith(k + ':'): E(f'notes do not start with kind: {q!r}')
    if f"program {e['program']};" not in nt: E(f'program missing in notes: {q!r}')
    if f'earlier-set uses {uses[n]};' not in nt: E(f'earlier-use count wrong in notes: {q!r}')
    if f'target {x} ' not in nt: E(f'target name missing in notes: {q!r}')
    if e['program'].replace(' ', '') in ('SDNT', 'SDNTK'): narco += 1
    if q == x: E(f'query equals its target: {q!r}')
    if k not in ('messy', 'script'):
        other = idx.hits(q) - {('sdn', n)}
        if other: E(f'positive folds to another record {sorted(other)[:2]}: {q!r}')
    if k == 'aka' and q not in idx.alts.get(n, []): E(f'aka row is not an alias of its entity: {q!r}')
    if k == 'script':
        if not any(c.isalpha() and not unicodedata.name(c, '').startswith('LATIN') for c in q): E(f'script row has no non-Latin letter: {q!r}')
        if any('\u4e00' <= c <= '\u9fff' for c in q): chinese += 1
if len(set(ents)) != 156: E(f'distinct entities {len(set(ents))} != 156')
if narco > 0.40 * 156: E(f'SDNT/SDNTK {narco} > 40%')
if chinese < 1: E('no Chinese script row')
# negatives
nm = 0
for r in neg:
    q, k, nt = r['query'], r['kind'], r['notes']
    if not nt.startswith(f'not listed: {k};'): E(f'negative notes do not start correctly: {q!r}'); continue
    if "' in " not in nt and 'shares no word with a listed org' not in nt: E(f'negative notes lack shared-word info: {q!r}')
    if k == 'near_miss':
        if "reuses '" in nt: nm += 1
        else: E(f'near-miss notes lack the reused word: {q!r}')
    h = idx.hits(q)
    sk = ' '.join(sorted(set(content_words(q))))
    if sk in SKEY: h |= {('sdn', n) for n in SKEY[sk]}
    if h: E(f'negative matches a listed/CSL name {sorted(h)[:2]}: {q!r}')
print(f'file {path}: {len(rows)} rows, {len(pos)} positives, {len(neg)} negatives')
print(f'earlier sets read: {nfiles} files, {nrows} rows')
print('positive kinds:', dict(kc)); print('negative categories:', dict(nc))
print(f'distinct entities {len(set(ents))}; earlier-use levels {dict(levels)}; SDNT/SDNTK {narco} ({100*narco/max(1,len(pos)):.0f}%); Chinese script rows {chinese}')
print(f'queries repeating an earlier set: {len(rep)}; near-miss rows with reused word: {nm}')
for x in err: print('ERROR', x)
print(f'{"PASS" if not err else "FAIL"} ({len(err)} errors)')
