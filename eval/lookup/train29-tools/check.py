"""Validator for train29.jsonl. Usage: python3 tools/check.py [--file PATH]. Prints counts/verdicts only for earlier sets."""
import sys, json, re
from collections import Counter, defaultdict
sys.path.insert(0, '/work/blind/lookup-train29/tools')
from lib import load_sdn, load_alt, load_csl_names, load_prior, fold, fold_nospace, fold_nolegal, use_count
path = '/work/blind/lookup-train29/train29.jsonl'
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
POS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy', 'word_order',
       'transliteration', 'translation', 'partial', 'script']
NEGN = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
errs = []
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
sdn = load_sdn(); alt = load_alt(); csl = load_csl_names()
qs, qf, ents, names, nf = load_prior()
namecount = Counter(r['name'] for r in sdn)
byname = {r['name']: r for r in sdn}
listed = defaultdict(set)
for r in sdn:
    for k in (fold(r['name']), fold_nospace(r['name'])): listed[k].add(r['ent'])
for e, lst in alt.items():
    for t, a in lst:
        for k in (fold(a), fold_nospace(a)): listed[k].add(e)
for n in csl:
    for k in (fold(n), fold_nospace(n)): listed[k].add(-1)
if len(rows) != 301: errs.append(f'row count {len(rows)} != 301')
kc = Counter(r.get('kind') for r in rows)
for k in POS:
    if kc[k] != 12: errs.append(f'kind {k}: {kc[k]} != 12')
for k, n in NEGN.items():
    if kc[k] != n: errs.append(f'kind {k}: {kc[k]} != {n}')
extra = set(kc) - set(POS) - set(NEGN)
if extra: errs.append(f'unknown kinds {extra}')
seenq, seenent = set(), set()
uses = Counter(); newq_fail = 0
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: errs.append(f'row {i}: keys {sorted(r)}')
    q = r['query']; lq = ' '.join(q.lower().split())
    if lq in seenq: errs.append(f'row {i}: duplicate query in set')
    seenq.add(lq)
    if lq in qs or fold(q) in qf: errs.append(f'row {i}: query used in an earlier set'); newq_fail += 1
    if r['kind'] in POS:
        e = r['expected']
        if not e: errs.append(f'row {i}: positive without expected'); continue
        if namecount[e] != 1: errs.append(f'row {i}: expected not exactly-once SDN_Name ({namecount[e]})'); continue
        s = byname[e]
        if s['type'] != '': errs.append(f'row {i}: expected is not an organisation ({s["type"]})')
        m = re.search(r'\[SDN ent_num (\d+)\]$', r['notes'])
        if not m or int(m.group(1)) != s['ent']: errs.append(f'row {i}: notes do not end with matching [SDN ent_num N]')
        if not r['notes'].startswith(r['kind']): errs.append(f'row {i}: notes do not start with kind')
        if 'earlier rows' not in r['notes'] or 'program' not in r['notes']: errs.append(f'row {i}: notes lack program/earlier count')
        if s['ent'] in seenent: errs.append(f'row {i}: entity used twice')
        seenent.add(s['ent'])
        uses[use_count(s['ent'], e, ents, names)] += 1
        if r['kind'] not in ('messy', 'script'):
            others = set()
            for k in (fold(q), fold_nospace(q)): others |= listed.get(k, set())
            others -= {s['ent']}
            if others: errs.append(f'row {i}: positive query equals another record name/alias {sorted(others)[:3]}')
    elif r['kind'] in NEGN:
        if r['expected'] is not None: errs.append(f'row {i}: negative with expected')
        if not r['notes'].startswith('not listed'): errs.append(f'row {i}: negative notes must start "not listed"')
        if 'shares' not in r['notes']: errs.append(f'row {i}: negative notes lack shared-word info')
        hit = set()
        for k in (fold(q), fold_nospace(q), fold_nolegal(q)):
            hit |= listed.get(k, set())
        if hit: errs.append(f'row {i}: negative equals an SDN name/alias or CSL name after folding')
npos = sum(1 for r in rows if r['kind'] in POS)
print(f'file: {path}')
print(f'rows {len(rows)}; positives {npos}; negatives {len(rows) - npos}; distinct entities {len(seenent)}')
print('per kind:', dict(kc))
print(f'earlier sets read: {nf} (counts only); earlier queries: {len(qs)}; queries reused: {newq_fail}')
print('earlier-use count of targets:', dict(sorted(uses.items())), f'never used before: {uses[0]}')
for e in errs[:50]: print('ERROR', e)
print('PASS' if not errs else f'FAIL ({len(errs)} errors)')
