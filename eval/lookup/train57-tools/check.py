"""Validator for train57.jsonl. python3 check.py [--file PATH]"""
import json, re, sys
from collections import Counter
from lib import Data, load_prior, key, full, core_toks
from common import *
from lib import is_narc
path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else '../train57.jsonl'
d = Data(); prior = load_prior(d)
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
errs = []
def E(i, m): errs.append(f'row {i}: {m}')
rows = []
with open(path, encoding='utf-8') as fh:
    for line in fh:
        if line.strip(): rows.append(json.loads(line))
if len(rows) != 301: E('-', f'{len(rows)} rows, expected 301')
pos = [r for r in rows if r.get('expected')]
if len(pos) != 156: E('-', f'{len(pos)} positives, expected 156')
kc = Counter(r.get('kind') for r in rows)
for k in POS_KINDS:
    if kc[k] != 12: E('-', f'kind {k}: {kc[k]} rows, expected 12')
for c, q in NEG_QUOTA.items():
    if kc[c] != q: E('-', f'category {c}: {kc[c]} rows, expected {q}')
sk, sf = Counter(), Counter()
for r in rows:
    sk[key(r['query'])] += 1
    if r['kind'] not in ('script', 'other_script'): sf[full(r['query'])] += 1
name2ent = {v[0]: e for e, v in d.sdn.items() if d.names_count[v[0]] == 1}
ents, narc, lv, zh = Counter(), 0, Counter(), 0
setents = {}
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: E(i, 'keys %s' % sorted(r))
    q, k, n = r['query'], r['kind'], r['notes']
    if sk[key(q)] > 1: E(i, 'duplicate query key in set')
    if k not in ('script', 'other_script') and sf[full(q)] > 1: E(i, 'duplicate full fold in set')
    if r['expected']:
        nm = r['expected']
        if k not in POS_KINDS: E(i, 'unknown positive kind'); continue
        if nm not in name2ent: E(i, 'expected not a unique SDN_Name'); continue
        e = name2ent[nm]
        if d.sdn[e][1] != '-0-': E(i, 'target not an organisation')
        if nm in d.alias_set: E(i, 'target name is also an alias')
        m = re.fullmatch(r'(\w+): .+; program (.+); earlier-set uses (\d+); target (.+) \[SDN ent_num (\d+)\]', n, re.S)
        if not m: E(i, 'positive notes format'); continue
        if m.group(1) != k: E(i, 'notes kind')
        if m.group(2) != d.sdn[e][2]: E(i, 'notes program')
        if int(m.group(5)) != e: E(i, 'notes ent_num')
        if m.group(4) != nm: E(i, 'notes target')
        u = prior[2][e]
        if int(m.group(3)) != u: E(i, f'notes earlier-use count {m.group(3)} != {u}')
        if u > MAX_LEVEL: E(i, 'target used more than 3 times')
        if e not in pool: E(i, 'target not in pool')
        ents[e] += 1; lv[u] += 1; narc += bool(is_narc(d.sdn[e][2]))
        setents[e] = nm
        for x in pos_errors(d, prior, k, q, e): E(i, x)
        if k == 'script' and re.search(r'[\u4e00-\u9fff]', q): zh += 1
    else:
        if k not in NEG_QUOTA: E(i, 'unknown negative category'); continue
        for x in neg_errors(d, prior, k, q): E(i, x)
for i, r in enumerate(rows, 1):
    if r['expected']: continue
    k, q, n = r['kind'], r['query'], r['notes']
    pre = f'not listed: {k}; '
    if not n.startswith(pre): E(i, 'negative notes prefix'); continue
    st = shared_text(d, q)
    if st not in n: E(i, 'shared-word info wrong')
    if k == 'near_miss':
        m = re.search(r"reuses '([^']+)' from in-set target (.+) \(ent_num (\d+)\)$", n)
        if not m: E(i, 'near-miss notes'); continue
        w, nm, e = m.group(1), m.group(2), int(m.group(3))
        if setents.get(e) != nm: E(i, 'near-miss target not in set')
        elif w not in core_toks(nm) or w not in core_toks(q): E(i, 'near-miss word not in target and query')
for e, c in ents.items():
    if c > 1: errs.append(f'target ent {e} used {c} times')
if len(ents) != 156: errs.append(f'{len(ents)} distinct targets, expected 156')
if narc > NARC_CAP: errs.append(f'SDNT/SDNTK {narc} > {NARC_CAP}')
if zh < 1: errs.append('no script row with Chinese characters')
print(f'file {path}: {len(rows)} rows, {len(pos)} positives, {len(rows)-len(pos)} negatives')
print(f'distinct targets {len(ents)}; levels {dict(sorted(lv.items()))}; SDNT/SDNTK {narc} ({100*narc/max(1,len(pos)):.1f}%); Chinese script rows {zh}')
print('kinds', dict(kc))
for x in errs: print('ERROR', x)
print('FAIL (%d errors)' % len(errs) if errs else 'PASS')
