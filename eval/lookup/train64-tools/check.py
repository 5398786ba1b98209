"""Validator for train64.jsonl. Usage: python3 check.py [--file PATH]"""
import json, re, sys
from collections import Counter
from lib import Data, load_prior, narcotic, key, full
from common import KINDS, CATS, NARC_CAP, MAX_LEVEL, POS_NOTE_RE, check_pos, check_neg

path = '../train64.jsonl'
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
d = Data(); keys, fulls, uses, nfiles = load_prior(d); prior = (keys, fulls)
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
errs = []
def E(i, m): errs.append(f'row {i}: {m}')
if len(rows) != 301: E('-', f'{len(rows)} rows, want 301')
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if len(pos) != 156: E('-', f'{len(pos)} positives, want 156')
if len(neg) != 145: E('-', f'{len(neg)} negatives, want 145')
kc = Counter(r['kind'] for _, r in pos); cc = Counter(r['kind'] for _, r in neg)
for k in KINDS:
    if kc[k] != 12: E('-', f'kind {k}: {kc[k]} rows, want 12')
for c, n in CATS.items():
    if cc[c] != n: E('-', f'category {c}: {cc[c]} rows, want {n}')
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: E(i, 'keys ' + str(sorted(r)))
kk, ff = Counter(), Counter()
for i, r in enumerate(rows):
    kk[key(r['query'])] += 1
    if r['kind'] not in ('script', 'other_script'): ff[full(r['query'])] += 1
for i, r in enumerate(rows):
    if kk[key(r['query'])] > 1: E(i, 'duplicate query key in set')
    if r['kind'] not in ('script', 'other_script') and ff[full(r['query'])] > 1: E(i, 'duplicate full fold in set')
targets, narc, levels, cjk = Counter(), 0, Counter(), 0
inset = set()
for i, r in pos:
    m = POS_NOTE_RE.match(r['notes'])
    if not m: E(i, 'note shape'); continue
    name = r['expected']; e = int(m['e'])
    if d.name_count.get(name) != 1: E(i, 'expected is not a unique SDN_Name'); continue
    if d.by_name[name] != e: E(i, 'ent_num does not match expected')
    if d.sdn[e]['type'] != '-0-': E(i, 'not an organisation')
    if name.upper() in d.alias_upper: E(i, 'expected is also an alias')
    if m['kind'] != r['kind']: E(i, 'note kind')
    if m['prog'] != d.sdn[e]['prog']: E(i, 'note program')
    if m['name'] != name: E(i, 'note target')
    if int(m['n']) != uses[e] or uses[e] > MAX_LEVEL: E(i, f'earlier-use count {m["n"]} vs {uses[e]}')
    for x in check_pos(r['kind'], r['query'], e, d, prior, uses): E(i, x)
    targets[e] += 1; levels[uses[e]] += 1; inset.add(e)
    if narcotic(d.sdn[e]['prog']): narc += 1
    if r['kind'] == 'script' and re.search(r'[\u4e00-\u9fff]', r['query']): cjk += 1
for e, n in targets.items():
    if n > 1: E('-', f'target {e} used {n} times')
if len(targets) != 156: E('-', f'{len(targets)} distinct targets, want 156')
if narc > NARC_CAP: E('-', f'{narc} SDNT/SDNTK targets > {NARC_CAP}')
if cjk < 1: E('-', 'no script row with Chinese characters')
for i, r in neg:
    c, q, nt = r['kind'], r['query'], r['notes']
    if not nt.startswith(f'not listed: {c};'): E(i, 'note prefix')
    if not nt.endswith('; ' + d.shared_words(q)): E(i, 'shared-word notes')
    for x in check_neg(c, q, d, prior): E(i, x)
    if c == 'near_miss':
        m = re.search(r"reuses '([^']+)' from in-set target (.+) \[SDN ent_num (\d+)\]", nt)
        if not m: E(i, 'near-miss note'); continue
        w, nm, e = m[1], m[2], int(m[3])
        if e not in inset or d.sdn.get(e, {}).get('name') != nm: E(i, 'near-miss target not in set')
        elif w not in full(nm).split() or w not in full(q).split(): E(i, 'near-miss word not in both')
print(f'prior files {nfiles}; rows {len(rows)}: {len(pos)} positives, {len(neg)} negatives')
print(f'distinct targets {len(targets)}; levels {dict(levels)}; SDNT/SDNTK {narc}; script rows with Chinese characters {cjk}')
for x in errs: print('ERROR', x)
print('FAIL' if errs else 'PASS', f'({len(errs)} errors)' if errs else '')
