"""train72 validator. python3 check.py [--file PATH]. Prints counts and errors about train72 rows only; ends PASS or FAIL."""
import json, sys, collections
from lib import Data, load_prior, Rules, key, full, is_narc, KINDS, NEG_QUOTA, NARC_CAP, NOTE_RE, FILLER
import rows_neg

path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else '/work/blind/lk72/train72.jsonl'
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
d = Data(); prior = load_prior(d); R = Rules(d, prior)
errs = []
def E(i, m): errs.append(f'row {i}: {m}')
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if len(rows) != 301: errs.append(f'{len(rows)} rows, want 301')
if len(pos) != 156: errs.append(f'{len(pos)} positives, want 156')
if len(neg) != 145: errs.append(f'{len(neg)} negatives, want 145')
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: E(i, 'keys')
pk = collections.Counter(r['kind'] for _, r in pos)
for k in KINDS:
    if pk[k] != 12: errs.append(f'kind {k}: {pk[k]} rows, want 12')
if set(pk) - set(KINDS): errs.append(f'unknown kinds {set(pk) - set(KINDS)}')
nk = collections.Counter(r['kind'] for _, r in neg)
for k, q in NEG_QUOTA.items():
    if nk[k] != q: errs.append(f'category {k}: {nk[k]}, want {q}')
# in-set uniqueness
kc = collections.Counter(key(r['query']) for r in rows)
fc = collections.Counter(full(r['query']) for r in rows if r['kind'] not in ('script', 'other_script'))
for i, r in enumerate(rows):
    if kc[key(r['query'])] > 1: E(i, 'duplicate key in set')
    if r['kind'] not in ('script', 'other_script') and fc[full(r['query'])] > 1: E(i, 'duplicate full fold in set')
# positives
ents, narc, lv = [], 0, collections.Counter()
for i, r in pos:
    m = NOTE_RE.match(r['notes'])
    if not m: E(i, 'note shape'); continue
    e = m['ent']; v = d.sdn.get(e)
    if not v or v['name'] != r['expected'] or m['name'] != r['expected']: E(i, 'expected/ent_num/target mismatch'); continue
    if d.name_count[v['name']] != 1: E(i, 'name not unique')
    if v['type'] != '-0-': E(i, 'not an organisation')
    if v['name'] in d.alias_set: E(i, 'name is also an alias')
    if m['prog'] != v['prog']: E(i, 'program mismatch')
    if m['kind'] != r['kind']: E(i, 'note kind mismatch')
    u = R.uses[e]
    if int(m['uses']) != u: E(i, f'earlier-use count {m["uses"]} != {u}')
    if not 3 <= u <= 4: E(i, f'level {u} outside 3-4')
    lv[u] += 1; ents.append(e); narc += is_narc(v['prog'])
    others = [(key(x['query']), full(x['query'])) for j, x in enumerate(rows) if j != i]
    for x in R.pos_errors(r, e, others): E(i, x)
if len(set(ents)) != 156: errs.append(f'{len(set(ents))} distinct targets, want 156')
if narc > NARC_CAP: errs.append(f'{narc} narcotics targets > {NARC_CAP}')
# negatives
inset = {}
for _, r in pos:
    m = NOTE_RE.match(r['notes'])
    if m: inset[m['ent']] = r['expected']
nmw = collections.Counter()
for i, r in neg:
    pre = f"not listed: {r['kind']}; "
    if not r['notes'].startswith(pre): E(i, 'note prefix')
    if not r['notes'].endswith(d.shared_words(r['query'])): E(i, 'shared-word text')
    others = [(key(x['query']), full(x['query'])) for j, x in enumerate(rows) if j != i]
    for x in R.neg_errors(r, others): E(i, x)
    if r['kind'] == 'near_miss':
        import re
        m = re.search(r"reuses rare word '([^']+)' \((\d+) listed org names/aliases\) of in-set target (.+) \[SDN ent_num (\d+)\]", r['notes'])
        if not m: E(i, 'near-miss note'); continue
        w, n, name, e = m[1], int(m[2]), m[3], m[4]
        nmw[w] += 1
        if inset.get(e) != name: E(i, 'near-miss target not in set')
        if w not in full(r['query']).split() or w not in full(name).split(): E(i, 'near-miss word not in both')
        if len(d.tok_org.get(w, ())) != n or not 1 <= n <= 3: E(i, 'near-miss word not rare / count wrong')
for w, c in nmw.items():
    if c > 1: errs.append(f'near-miss word {w} used {c} times')
print(f'rows {len(rows)}; positives {len(pos)} ({len(set(ents))} distinct entities; levels {dict(sorted(lv.items()))}; '
      f'SDNT/SDNTK {narc}); negatives {len(neg)} {dict(nk)}; earlier files {R.nfiles}')
for x in errs: print('ERROR', x)
print('PASS' if not errs else f'FAIL ({len(errs)} errors)')
sys.exit(1 if errs else 0)
