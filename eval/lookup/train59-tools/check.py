"""Validator for train59.jsonl. Usage: python3 check.py [--file PATH]. Ends with PASS or FAIL."""
import json, re, sys
from collections import Counter
from lib import Data, load_prior, key, full, tokens, narcotic
from common import *
from rows_neg import QUOTA
path = '../train59.jsonl'
if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
d = Data(); pk, pf, uses, nf = load_prior(d)
cand = json.load(open('cand.json'))
errs = []
def E(i, m): errs.append(f'row {i}: {m}')
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
if len(rows) != 301: E('-', f'{len(rows)} rows, want 301')
pos = [r for r in rows if r.get('expected') is not None]; neg = [r for r in rows if r.get('expected') is None]
if len(pos) != 156: E('-', f'{len(pos)} positives, want 156')
if len(neg) != 145: E('-', f'{len(neg)} negatives, want 145')
kc = Counter(r.get('kind') for r in pos)
for k in KINDS:
    if kc[k] != PER_KIND: E('-', f'kind {k}: {kc[k]} rows, want {PER_KIND}')
for k in kc:
    if k not in KINDS: E('-', f'unknown positive kind {k}')
nc = Counter(r.get('kind') for r in neg)
for c, q in QUOTA.items():
    if nc[c] != q: E('-', f'category {c}: {nc[c]} rows, want {q}')
for c in nc:
    if c not in QUOTA: E('-', f'unknown negative category {c}')
seen_k, seen_f = {}, {}
ents = Counter(); narc = 0; lv = Counter(); progs = Counter(); chinese = 0; in_set = set()
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: E(i, f'keys {sorted(r)}')
    q = r.get('query') or ''; k = r.get('kind')
    scr = k in ('script', 'other_script')
    if key(q) in seen_k: E(i, f'in-set repeat (key) of row {seen_k[key(q)]}')
    seen_k.setdefault(key(q), i)
    if not scr:
        if full(q) in seen_f: E(i, f'in-set repeat (full fold) of row {seen_f[full(q)]}')
        seen_f.setdefault(full(q), i)
    if key(q) in pk: E(i, 'earlier-set query key')
    elif not scr and full(q) in pf: E(i, 'earlier-set query full fold')
for i, r in enumerate(rows, 1):
    if r.get('expected') is None: continue
    q, k, name = r['query'], r['kind'], r['expected']
    m = NOTE_RE.match(r.get('notes') or '')
    if not m: E(i, 'positive notes do not match the pattern'); continue
    L = d.by_name.get(name, [])
    if len(L) != 1: E(i, f'expected not a unique SDN_Name ({len(L)})'); continue
    ent = L[0]
    if int(m['ent']) != ent: E(i, 'ent_num in notes does not match expected')
    if d.sdn[ent]['type'] != '': E(i, 'target is not an organisation')
    if name in d.alias_names: E(i, 'target name is also an alias')
    if str(ent) not in cand: E(i, 'target not in pool'); continue
    if m['kind'] != k: E(i, 'kind in notes differs')
    if m['prog'] != d.sdn[ent]['prog']: E(i, 'program in notes differs')
    if m['name'] != name: E(i, 'target in notes differs')
    u = uses.get(ent, 0)
    if int(m['uses']) != u: E(i, f'earlier-use count {m["uses"]} != {u}')
    if u > MAX_LEVEL: E(i, f'earlier uses {u} > {MAX_LEVEL}')
    for x in pos_errors(d, cand, k, ent, q, set(), set()): E(i, x)
    ents[ent] += 1; in_set.add(ent); lv[u] += 1; progs[d.sdn[ent]['prog']] += 1
    narc += narcotic(d.sdn[ent]['prog'])
    if k == 'script' and any('\u4e00' <= c <= '\u9fff' for c in q): chinese += 1
if len(ents) != 156: E('-', f'{len(ents)} distinct targets, want 156')
for e, n in ents.items():
    if n > 1: E('-', f'target {e} used {n} times')
if narc > NARC_CAP: E('-', f'narcotics {narc} > {NARC_CAP}')
if chinese < 1: E('-', 'no script row with Chinese characters')
for i, r in enumerate(rows, 1):
    if r.get('expected') is not None: continue
    q, c, n = r['query'], r['kind'], r.get('notes') or ''
    if not n.startswith(f'not listed: {c}; '): E(i, 'negative notes do not start with "not listed: <category>; "')
    if shared_text(d, q) not in n: E(i, 'shared-word info in notes is not the recomputed one')
    for x in neg_errors(d, c, q, set(), set()): E(i, x)
    if c == 'near_miss':
        m = re.search(r"near miss: reuses '([^']+)' from in-set target (.+) \(ent_num (\d+)\)$", n)
        if not m: E(i, 'near-miss notes lack reused word/target'); continue
        w, nm, e = m[1], m[2], int(m[3])
        if e not in in_set or d.sdn[e]['name'] != nm: E(i, 'near-miss target not an in-set target')
        elif w not in tokens(nm) or w not in tokens(q): E(i, 'reused word not in both target and query')
print(f'prior files {nf}; rows {len(rows)}; positives {len(pos)}; negatives {len(neg)}')
print(f'distinct targets {len(ents)}; levels ' + ', '.join(f'{k}: {v}' for k, v in sorted(lv.items())) +
      f'; narcotics {narc} ({100*narc/max(1,len(pos)):.1f}%); script rows with Chinese characters {chinese}')
print('programs: ' + ', '.join(f'{p} {n}' for p, n in progs.most_common()))
for e in errs: print('ERROR', e)
print(f'FAIL ({len(errs)} errors)' if errs else 'PASS')
