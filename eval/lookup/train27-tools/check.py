"""Validate ../train27.jsonl. Usage: python3 check.py [--file PATH] [--noprior]. Prints only verdicts/counts for earlier sets."""
import collections, json, re, sys
from lib import *
args = sys.argv[1:]
path = pathlib.Path(args[args.index('--file') + 1]) if '--file' in args else OUT
noprior = '--noprior' in args
POS = ['case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo', 'punctuation', 'aka', 'partial',
       'parent_vs_subsidiary', 'script', 'messy']
NEGC = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
err = []
rows = []
for i, line in enumerate(open(path, encoding='utf-8')):
    if not line.strip(): continue
    try: rows.append(json.loads(line))
    except Exception as e: err.append(f'line {i+1}: bad json {e}')
sdn = load_sdn(); alt = load_alt(); csl = load_csl()
cnt = collections.Counter(r['name'] for r in sdn); byname = {r['name']: r for r in sdn}
if not noprior: qs, pent, pname = load_prior(); PK = prior_keys(qs)
def fold2(s): return norm(s)
ALL = collections.defaultdict(set)
for r in sdn:
    for n in [r['name']] + [a for t, a in alt.get(r['ent'], [])]:
        ALL[fold2(n)].add(r['ent']); ALL[nospace(n)].add(r['ent']); ALL[n.strip().lower()].add(r['ent'])
CSLF = set()
for n in csl: CSLF |= {fold2(n), nospace(n), n.strip().lower()}
print('rows', len(rows))
if len(rows) != 301: err.append(f'expected 301 rows, got {len(rows)}')
kc = collections.Counter(r.get('kind') for r in rows)
for k in POS:
    if kc[k] != 12: err.append(f'kind {k}: {kc[k]} rows, want 12')
for k, n in NEGC.items():
    if kc[k] != n: err.append(f'kind {k}: {kc[k]} rows, want {n}')
extra = set(kc) - set(POS) - set(NEGC)
if extra: err.append(f'unknown kinds {extra}')
print('kinds', dict(kc))
seen = set(); ents = collections.Counter(); prior_hits = 0; usehist = collections.Counter()
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err.append(f'row {i}: keys {sorted(r)}')
    q = r.get('query') or ''; e = r.get('expected'); k = r.get('kind'); nt = r.get('notes') or ''
    key = ' '.join(q.lower().split())
    if not q.strip(): err.append(f'row {i}: empty query')
    if key in seen: err.append(f'row {i}: duplicate query {q!r}')
    seen.add(key)
    if not noprior and is_prior(q, PK): prior_hits += 1; err.append(f'row {i}: query repeats an earlier set')
    if k in POS:
        if not e: err.append(f'row {i}: positive without expected'); continue
        r0 = byname.get(e)
        if not r0 or cnt[e] != 1: err.append(f'row {i}: expected {e!r} not a unique SDN_Name'); continue
        if r0['type'] != '-0-': err.append(f'row {i}: expected {e!r} not an organisation')
        m = re.search(r'\[SDN ent_num (\d+)\]$', nt)
        if not m or int(m.group(1)) != r0['ent']: err.append(f'row {i}: notes must end with [SDN ent_num {r0["ent"]}]')
        if not nt.startswith(k + ':'): err.append(f'row {i}: notes must start with the kind')
        if 'program' not in nt or 'earlier-set' not in nt: err.append(f'row {i}: notes lack program / earlier-use count')
        ents[r0['ent']] += 1
        if not noprior: usehist[pent.get(r0['ent'], 0) + pname.get(e, 0)] += 1
        if k != 'messy':
            for kk in (fold2(q), nospace(q)):
                if ALL.get(kk, set()) - {r0['ent']}: err.append(f'row {i}: query equals another SDN record name/alias')
                if kk in CSLF: err.append(f'row {i}: query equals a CSL name')
    elif k in NEGC:
        if e is not None: err.append(f'row {i}: negative with expected')
        if not nt.startswith('not listed'): err.append(f'row {i}: negative notes must start "not listed"')
        for kk in (fold2(q), nospace(q), q.strip().lower()):
            if kk in ALL: err.append(f'row {i}: negative {q!r} equals an SDN name/alias')
            if kk in CSLF: err.append(f'row {i}: negative {q!r} equals a CSL name')
dup = [e for e, c in ents.items() if c > 1]
if dup: err.append(f'ent_num used twice: {dup}')
print('positives', sum(1 for r in rows if r.get('kind') in POS), 'negatives', sum(1 for r in rows if r.get('kind') in NEGC),
      'distinct target entities', len(ents))
if not noprior: print('earlier-set queries repeated:', prior_hits, '| targets by earlier-use count:', dict(sorted(usehist.items())))
for x in err[:50]: print('ERROR', x)
print('FAIL (%d errors)' % len(err) if err else 'PASS')
