"""Validate train45.jsonl. Usage: python3 check.py [--file PATH]. Prints counts, errors, PASS/FAIL."""
import json, re, sys, lib
from collections import Counter
path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else '../train45.jsonl'
KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form', 'abbreviation',
         'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_CATS = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
            'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
ix = lib.Index(); qk, uses, nfiles, nrows = lib.load_prior()
errs = []
def err(i, m): errs.append(f'row {i}: {m}')
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [r for r in rows if r.get('expected') is not None]; neg = [r for r in rows if r.get('expected') is None]
if len(rows) != 301: errs.append(f'{len(rows)} rows, want 301')
if len(pos) != 156: errs.append(f'{len(pos)} positives, want 156')
if len(neg) != 145: errs.append(f'{len(neg)} negatives, want 145')
kc = Counter(r.get('kind') for r in pos)
for k in KINDS:
    if kc[k] != 12: errs.append(f'kind {k}: {kc[k]} rows, want 12')
for k in kc:
    if k not in KINDS: errs.append(f'unknown kind {k}')
seen_q = Counter(lib.qkey(r['query']) for r in rows); seen_f = Counter(lib.full_fold(r['query']) for r in rows)
name_count = ix.name_count; by_name = {r['name']: r for r in ix.sdn}
ents = []; n_sdnt = 0; n_prior_repeat = 0; n_chinese = 0; levels = Counter()
catc = Counter()
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err(i, 'keys ' + str(sorted(r)))
    q = r['query']
    if seen_q[lib.qkey(q)] > 1: err(i, 'duplicate query (case/space key)')
    if seen_f[lib.full_fold(q)] > 1: err(i, 'duplicate query (fold key)')
    if lib.seen(q, qk): err(i, 'query used in an earlier set'); n_prior_repeat += 1
    if r['expected'] is not None:
        exp = r['expected']; k = r['kind']; notes = r['notes']
        rec = by_name.get(exp)
        if rec is None or name_count[exp] != 1: err(i, f'expected not a unique SDN_Name: {exp}'); continue
        if rec['type'] != '': err(i, 'expected is not an organisation')
        if exp in ix.alias_names: err(i, 'expected is also an alias')
        m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
        if not m or int(m.group(1)) != rec['ent']: err(i, 'ent_num in notes missing or wrong')
        ents.append(rec['ent'])
        if re.search(r'\bSDNTK?\b', rec['program']): n_sdnt += 1
        if not notes.startswith(k + ':'): err(i, 'notes do not start with kind')
        if f"program {rec['program']};" not in notes: err(i, 'program missing from notes')
        u = uses.get(rec['ent'], 0); levels[u] += 1
        if f'earlier-set uses {u};' not in notes: err(i, f'earlier-use count wrong (is {u})')
        if f'target {exp} ' not in notes: err(i, 'target name missing from notes')
        if (k == 'case' and q == exp) or (k != 'case' and q.lower() == exp.lower()): err(i, 'query equals its target')
        if k not in ('messy', 'script') and (ix.hits(q) - {rec['ent']}): err(i, 'folds to another record or CSL name')
        if k == 'aka' and q not in [a for t, a in ix.alt.get(rec['ent'], [])]: err(i, 'aka row is not an alias of its entity')
        if k == 'script':
            if not any(c.isalpha() and not ('a' <= lib.strip_accents(c).lower() <= 'z') for c in q): err(i, 'script row without non-Latin letters')
            if re.search(r'[\u4e00-\u9fff]', q) and not re.search(r'[\u3040-\u30ff]', q) and not q.startswith('三代目'): n_chinese += 1
    else:
        notes = r['notes']
        m = re.match(r'not listed: (\w+);', notes)
        if not m or m.group(1) not in NEG_CATS: err(i, 'negative notes do not start "not listed: <category>;"'); continue
        if r['kind'] != m.group(1): err(i, 'negative kind differs from its notes category')
        catc[m.group(1)] += 1
        if 'shared content words:' not in notes and 'shares no word with a listed org' not in notes: err(i, 'negative notes lack shared-word info')
        if m.group(1) == 'near_miss' and 'reuses the target word' not in notes: err(i, 'near-miss notes lack the reused word')
        if ix.hits(q): err(i, 'negative equals or folds to a listed name/alias/CSL name: ' + ','.join(map(str, ix.hits(q))))
for c, n in NEG_CATS.items():
    if catc[c] != n: errs.append(f'category {c}: {catc[c]} rows, want {n}')
if len(set(ents)) != 156: errs.append(f'{len(set(ents))} distinct entities, want 156')
if n_sdnt > 0.4 * 156: errs.append(f'SDNT/SDNTK positives {n_sdnt} > 40%')
if n_chinese < 1: errs.append('no Chinese script row')
print(f'file {path}: {len(rows)} rows, {len(pos)} positives, {len(neg)} negatives')
print('kinds:', dict(kc)); print('negative categories:', dict(catc))
print(f'distinct entities {len(set(ents))}; earlier-use levels {dict(levels)}; SDNT/SDNTK {n_sdnt} ({100*n_sdnt/156:.0f}%); Chinese script rows {n_chinese}')
print(f'earlier sets read: {nfiles} files, {nrows} rows; queries repeating an earlier set: {n_prior_repeat}')
for e in errs: print('ERROR', e)
print(('PASS' if not errs else 'FAIL') + f' ({len(errs)} errors)')
sys.exit(1 if errs else 0)
