"""Validator for train82.jsonl. Usage: python3 check.py [--file PATH]. Prints errors (my own rows) and PASS/FAIL."""
import json, re, sys
from collections import Counter
import lib

path = lib.OUT
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
d = lib.Data()
pk, pf, uses, nfiles = lib.load_prior(d)
pool_set = set(lib.pool(d))
R = lib.Rules(d, pk, pf, uses, pool_set)
errs = []
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    errs.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
kc = Counter(r['kind'] for r in pos)
for k in lib.KINDS:
    if kc[k] != 12: errs.append('kind %s has %d' % (k, kc[k]))
if set(kc) - set(lib.KINDS): errs.append('unknown kinds %s' % (set(kc) - set(lib.KINDS)))
nc = Counter(r['kind'] for r in neg)
for k, q in lib.NEG_QUOTA.items():
    if nc[k] != q: errs.append('category %s has %d (want %d)' % (k, nc[k], q))
if set(nc) - set(lib.NEG_QUOTA): errs.append('unknown categories %s' % (set(nc) - set(lib.NEG_QUOTA)))
keyc = Counter(); fullc = Counter()
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: errs.append('row %d keys %s' % (i, sorted(r)))
    if not (r.get('query') or '').strip(): errs.append('row %d empty query' % i)
    keyc[lib.key(r['query'])] += 1
    if r['kind'] not in ('script', 'other_script'): fullc[lib.full(r['query'])] += 1
for i, r in enumerate(rows):
    if keyc[lib.key(r['query'])] > 1: errs.append('row %d duplicate key' % i)
    if r['kind'] not in ('script', 'other_script') and fullc[lib.full(r['query'])] > 1: errs.append('row %d duplicate full fold' % i)

def others(i):
    ks = set(); fs = set()
    for j, r in enumerate(rows):
        if j != i:
            ks.add(lib.key(r['query']))
            if r['kind'] not in ('script', 'other_script'): fs.add(lib.full(r['query']))
    return ks, fs

ents = []; narc = 0; lv = Counter(); ent_of = {}
for i, r in enumerate(rows):
    if r['expected'] is None: continue
    m = lib.NOTE_RE.match(r['notes'])
    if not m:
        errs.append('row %d note shape' % i); continue
    e = int(m.group('ent'))
    rec = d.sdn.get(e)
    if not rec or rec['name'] != r['expected'] or m.group('target') != r['expected']:
        errs.append('row %d expected/target/ent_num mismatch' % i); continue
    if d.name_count[rec['name']] != 1 or rec['type'] != '' or rec['name'].upper() in d.alias_upper:
        errs.append('row %d target not a unique non-alias -0- name' % i)
    if m.group('prog') != rec['program']: errs.append('row %d program mismatch' % i)
    if m.group('kind') != r['kind']: errs.append('row %d note kind mismatch' % i)
    u = uses.get(e, 0)
    if int(m.group('uses')) != u: errs.append('row %d earlier-use count %s != %d' % (i, m.group('uses'), u))
    if not 3 <= u <= 4: errs.append('row %d level %d outside 3-4' % (i, u))
    lv[u] += 1; ents.append(e); ent_of[e] = r['expected']
    if d.is_narc(e): narc += 1
    ks, fs = others(i)
    shape = m.group('variant').split(' (')[0]
    for x in R.pos_errors(r['kind'], r['query'], e, shape, ks, fs):
        errs.append('row %d %s: %s' % (i, r['kind'], x))
if len(set(ents)) != 156: errs.append('%d distinct targets' % len(set(ents)))
if narc > lib.NARC_CAP: errs.append('narcotics %d > %d' % (narc, lib.NARC_CAP))

NM_RE = re.compile(r'reused word "([a-z]+)" \((\d+) listed org names?/alias(?:es)?\) from in-set target (.+) \[SDN ent_num (\d+)\]; ')
nm_words = Counter(); nm_targets = Counter()
for i, r in enumerate(rows):
    if r['expected'] is not None: continue
    cat = r['kind']; n = r['notes']
    if not n.startswith('not listed: %s; ' % cat): errs.append('row %d note prefix' % i)
    sw = d.shared_words(r['query'])
    if not n.endswith('; ' + sw): errs.append('row %d shared-word note' % i)
    ks, fs = others(i)
    for x in R.neg_errors(cat, r['query'], ks, fs):
        errs.append('row %d %s: %s' % (i, cat, x))
    if cat == 'near_miss':
        m = NM_RE.search(n)
        if not m:
            errs.append('row %d near-miss note' % i); continue
        w, c, tname, e = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        nm_words[w] += 1; nm_targets[e] += 1
        if e not in ent_of or ent_of[e] != tname: errs.append('row %d near-miss target not in set' % i)
        elif w not in lib.full(tname).split(): errs.append('row %d near-miss word not in target' % i)
        if w not in lib.full(r['query']).split(): errs.append('row %d near-miss word not in query' % i)
        if d.tok_count(w) != c or c > 3: errs.append('row %d near-miss word count' % i)
        if len(w) < 4 or not (w.isascii() and w.isalpha()): errs.append('row %d near-miss word shape' % i)
for w, c in nm_words.items():
    if c > 1: errs.append('near-miss word %s used %d times' % (w, c))
for e, c in nm_targets.items():
    if c > 1: errs.append('near-miss target %d used %d times' % (e, c))

for x in errs: print('ERROR', x)
if errs:
    print('FAIL: %d errors' % len(errs)); sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %d at level 3 and %d at level 4; %d SDNT/SDNTK; %d earlier files'
      % (len(rows), len(pos), len(neg), len(set(ents)), lv[3], lv[4], narc, nfiles))
