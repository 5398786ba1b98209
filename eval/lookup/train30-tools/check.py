"""Validate train30.jsonl. Usage: python3 check.py [--file PATH]. Prints errors (never earlier rows) and PASS/FAIL."""
import json, sys, re, collections
from lib import *
fn = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else f'{OUT}/train30.jsonl'
POS = {k: 12 for k in 'case legal_form abbreviation typo punctuation aka parent_vs_subsidiary messy word_order transliteration translation partial script'.split()}
NEG = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
sdn = load_sdn(); alt = load_alt(); csl = load_csl()
prior, files = load_prior(); pkeys = prior_query_keys(prior); use = prior_usage(sdn, prior)
idx = name_index(sdn, alt, csl)
cnt = collections.Counter(r['name'] for r in sdn)
by_name = {r['name']: r for r in sdn}
err = []
rows = [json.loads(l) for l in open(fn, encoding='utf-8') if l.strip()]
if len(rows) != 301: err.append(f'row count {len(rows)} != 301')
kc = collections.Counter(r.get('kind') for r in rows)
for k, n in {**POS, **NEG}.items():
    if kc.get(k, 0) != n: err.append(f'kind {k}: {kc.get(k,0)} != {n}')
for k in kc:
    if k not in POS and k not in NEG: err.append(f'unknown kind {k}')
seen = set(); ents = set()
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err.append(f'row {i}: keys {sorted(r)}'); continue
    q = r['query']
    if not isinstance(q, str) or not q.strip(): err.append(f'row {i}: empty query'); continue
    for key in (fold_ws(q), fold(q)):
        if key in seen: err.append(f'row {i}: duplicate query in set'); break
    seen.add(fold_ws(q)); seen.add(fold(q))
    if fold_ws(q) in pkeys or fold(q) in pkeys: err.append(f'row {i}: query used in an earlier set')
    k = r['kind']
    if k in POS:
        e = r['expected']
        if e not in by_name: err.append(f'row {i}: expected not an SDN_Name'); continue
        s = by_name[e]
        if cnt[e] != 1: err.append(f'row {i}: SDN_Name not unique')
        if s['type'] != '-0-': err.append(f'row {i}: target not an organisation')
        others = set()
        for a in alt:
            pass
        if idx.get(fold(e), set()) - {s['ent']}: err.append(f'row {i}: target name is name/alias of another record')
        m = re.search(r'\[SDN ent_num (\d+)\]$', r['notes'])
        if not m or int(m.group(1)) != s['ent']: err.append(f'row {i}: ent_num in notes missing/mismatch')
        if s['ent'] in ents: err.append(f'row {i}: entity repeated')
        ents.add(s['ent'])
        if not r['notes'].startswith(k + ':') or 'program' not in r['notes'] or f"earlier-set uses {use.get(s['ent'],0)}" not in r['notes']:
            err.append(f'row {i}: notes lack kind/program/earlier count')
        if k not in ('messy', 'script'):
            oth = set()
            for key in (fold(q), fold_nospace(q), fold_nolegal(q)): oth |= idx.get(key, set())
            if oth - {s['ent']}: err.append(f'row {i}: positive query equals another record name/alias')
    elif k in NEG:
        if r['expected'] is not None: err.append(f'row {i}: negative with expected')
        if not r['notes'].startswith('not listed'): err.append(f'row {i}: negative notes must start "not listed"')
        if not ('shares no word' in r['notes'] or re.search(r'with \d+ listed org', r['notes'])): err.append(f'row {i}: no shared-word info')
        if any(key in idx for key in (fold(q), fold_nospace(q), fold_nolegal(q))): err.append(f'row {i}: negative equals an SDN/CSL name or alias')
print(f'file {fn}: {len(rows)} rows; earlier sets checked: {len(files)} files, {len(prior)} rows')
print('kinds:', dict(sorted(kc.items())))
print('positives:', sum(kc[k] for k in POS), 'negatives:', sum(kc[k] for k in NEG), 'distinct entities:', len(ents))
for e in err: print('ERROR', e)
print('PASS' if not err else f'FAIL ({len(err)} errors)')
sys.exit(1 if err else 0)
