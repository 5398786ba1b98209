import json, re, sys
from collections import Counter
from lib import *
path = sys.argv[sys.argv.index('--file')+1] if '--file' in sys.argv else str(pathlib.Path(__file__).resolve().parent.parent/'train28.jsonl')
POS = 'case legal_form abbreviation word_order transliteration translation typo punctuation aka partial parent_vs_subsidiary script messy'.split()
NEGC = {'famous_unlisted':40,'shares_one_word':22,'near_miss':20,'generic':16,'person_as_company':16,'city_country':15,'brand_product':16}
err = []
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
sdn = load_sdn(); cnt = Counter(n for e,n,t,p in sdn); byname = {n:(e,t) for e,n,t,p in sdn}
K = listed_keys(); qs = load_prior()[0] if '--noprior' not in sys.argv else set()
if len(rows) != 301: err.append(f'{len(rows)} rows, want 301')
kc = Counter(r.get('kind') for r in rows)
for k in POS:
    if kc[k] != 12: err.append(f'kind {k}: {kc[k]} rows, want 12')
for k, n in NEGC.items():
    if kc[k] != n: err.append(f'kind {k}: {kc[k]} rows, want {n}')
seen, ents = set(), set()
for i, r in enumerate(rows):
    if set(r) != {'query','expected','kind','notes'}: err.append(f'row {i}: keys'); continue
    q = r['query']; f1, f2 = ' '.join(q.lower().split()), fold(q)
    if f1 in seen or f2 in seen: err.append(f'row {i}: duplicate query')
    seen |= {f1, f2}
    if f1 in qs or f2 in qs: err.append(f'row {i}: earlier query')
    if r['kind'] in POS:
        n = r['expected']
        if n not in byname or cnt[n] != 1 or byname[n][1] != '-0-': err.append(f'row {i}: expected not a unique -0- SDN_Name'); continue
        m = re.search(r'\[SDN ent_num (\d+)\]$', r['notes'])
        if not m or int(m.group(1)) != byname[n][0]: err.append(f'row {i}: ent_num note')
        elif m.group(1) in ents: err.append(f'row {i}: ent_num twice')
        else: ents.add(m.group(1))
        if not r['notes'].startswith(r['kind']) or 'program' not in r['notes'] or 'earlier-set rows' not in r['notes']: err.append(f'row {i}: notes content')
        if r['kind'] not in ('messy', 'script') and any(x != byname[n][0] for k in keys(q) for x in K.get(k, ())): err.append(f'row {i}: query equals another listed name')
    elif r['kind'] in NEGC:
        if r['expected'] is not None or not r['notes'].startswith('not listed'): err.append(f'row {i}: negative format')
        if any(k in K for k in keys(q)): err.append(f'row {i}: negative is listed')
    else: err.append(f'row {i}: unknown kind')
print('rows', len(rows), 'positives', sum(kc[k] for k in POS), 'negatives', sum(kc[k] for k in NEGC))
for k in POS + list(NEGC): print(f'  {k}: {kc[k]}')
for e in err: print('ERROR', e)
print('FAIL' if err else 'PASS')
