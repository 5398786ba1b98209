#!/usr/bin/env python3
"""Standalone validator for train15.jsonl. Usage: check.py [--file PATH] [--prior DIR]"""
import csv, json, re, sys, glob, unicodedata, argparse
ap = argparse.ArgumentParser()
ap.add_argument('--file', default='/work/blind/lookup-train15/train15.jsonl')
ap.add_argument('--prior', default=None)
a = ap.parse_args()
D = '/work/shared/data'
POS = {k: 12 for k in "case legal_form abbreviation word_order transliteration translation typo punctuation aka partial parent_vs_subsidiary script messy".split()}
NEG = {"famous_unlisted": 40, "shares_one_word": 22, "near_miss": 20, "generic": 16, "person_as_company": 16, "city_country": 15, "brand_product": 16}
REUSE_KINDS = {"script", "transliteration", "aka"}
LEGAL = set('''s a sa sas de cv rl srl ltda ltd limited llc inc incorporated corp corporation co company cia compania gmbh ag plc bv nv
fze fzco fzc jsc ojsc cjsc pjsc oao zao ooo pte pty sl slu sapi eirl eu spa llp lp lc ca sac saa scs en c y sc'''.split())
def norm(s):
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower().replace('&', ' and ')
    s = re.sub(r'\b(\w)\.(?=\w\.)', r'\1', s); s = re.sub(r'\b(\w)\.(?=\w\b)', r'\1', s)
    s = re.sub(r"[’'`´]", '', s); s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())
def variants(s):
    b = norm(s); t = [w for w in b.split() if w not in LEGAL and w not in ('and', 'the')]
    return {x for x in (b, b.replace(' ', ''), ' '.join(t), ''.join(t)) if x}
sdn, idx = {}, {}
for r in csv.reader(open(f'{D}/ofac-sdn-2019/sdn.csv', encoding='utf-8', errors='replace')):
    if len(r) > 3: sdn[int(r[0])] = (r[1], r[2].strip())
def add(n, key):
    for v in variants(n): idx.setdefault(v, set()).add(key)
for e, (n, t) in sdn.items(): add(n, ('S', e))
for r in csv.reader(open(f'{D}/ofac-sdn-2019/alt.csv', encoding='utf-8', errors='replace')):
    if len(r) > 3: add(r[3], ('S', int(r[0])))
for i, r in enumerate(csv.DictReader(open(f'{D}/csl-sample/csl.csv', encoding='utf-8', errors='replace')), 1):
    for n in [r['name']] + (r.get('alt_names') or '').split(';'):
        if n.strip(): add(n.strip(), ('C', i))
pq, pexp, pnums = set(), set(), set()
if a.prior:
    for p in sorted(glob.glob(f'{a.prior}/train*.jsonl')):
        for line in open(p, encoding='utf-8'):
            if not line.strip(): continue
            r = json.loads(line); pq.add(norm(r['query']))
            if r.get('expected'): pexp.add(r['expected'])
            pnums |= {int(x) for x in re.findall(r'\b\d{2,6}\b', r.get('notes') or '')}
errs, cnt, seen, reused = [], {}, {}, set()
rows = [json.loads(l) for l in open(a.file, encoding='utf-8') if l.strip()]
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: errs.append(f'row {i}: keys {sorted(r)}'); continue
    q, e, k, n = r['query'], r['expected'], r['kind'], r['notes']
    if k not in POS and k not in NEG: errs.append(f'row {i}: bad kind {k}')
    cnt[k] = cnt.get(k, 0) + 1
    nq = norm(q)
    if nq in seen: errs.append(f'row {i}: duplicate query (row {seen[nq]})')
    seen[nq] = i
    if a.prior and nq in pq: errs.append(f'row {i}: query equals an earlier query')
    if k in POS:
        if e is None: errs.append(f'row {i}: positive kind with null expected'); continue
        m = re.search(r'\[SDN ent_num (\d+)\]$', n)
        if not m: errs.append(f'row {i}: notes do not end with [SDN ent_num N]'); continue
        ent = int(m.group(1))
        if ent not in sdn: errs.append(f'row {i}: unknown ent_num {ent}'); continue
        if sdn[ent][0] != e: errs.append(f'row {i}: expected != SDN_Name of {ent}')
        if e not in {v[0] for v in sdn.values()}: errs.append(f'row {i}: expected is not an SDN_Name')
        if sdn[ent][1] != '-0-': errs.append(f'row {i}: ent {ent} is not an organisation')
        other = set()
        for v in variants(q): other |= idx.get(v, set()) - {('S', ent)}
        if other: errs.append(f'row {i}: positive query equals name/alias of another record {sorted(other)[:3]}')
        if a.prior:
            used = ent in pnums or e in pexp
            decl = 'REUSED' in n
            if used and not decl: errs.append(f'row {i}: target used earlier but not declared REUSED')
            if used and k not in REUSE_KINDS: errs.append(f'row {i}: reused target in kind {k}')
            if decl and not used: errs.append(f'row {i}: declared REUSED but target not used earlier')
            if used: reused.add(ent)
    else:
        if e is not None: errs.append(f'row {i}: negative kind with non-null expected'); continue
        hit = set()
        for v in variants(q): hit |= idx.get(v, set())
        if hit: errs.append(f'row {i}: negative equals listed name/alias {sorted(hit)[:3]}')
for k, c in {**POS, **NEG}.items():
    if cnt.get(k, 0) != c: errs.append(f'count {k}: {cnt.get(k, 0)} != {c}')
if len(rows) != 301: errs.append(f'total rows {len(rows)} != 301')
nl = sum(1 for r in rows if r['kind'] == 'famous_unlisted' and any(ord(c) > 0x24F for c in r['query']))
for x in errs: print('ERROR', x)
print(f'rows {len(rows)}; positives {sum(1 for r in rows if r["expected"])}; negatives {sum(1 for r in rows if r["expected"] is None)}; '
      f'famous non-Latin {nl}' + (f'; prior checked; declared reused targets {len(reused)}' if a.prior else '; prior not checked'))
print('PASS' if not errs else f'FAIL ({len(errs)} errors)')
sys.exit(1 if errs else 0)
