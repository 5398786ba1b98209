"""Validator for train75.jsonl. Prints errors (own rows only) and ends PASS or FAIL."""
import json, re, sys
from collections import Counter
from lib import (Data, load_prior, Rules, key, full, is_narc, NARC_CAP, KINDS, NEG_QUOTA, NOTE_RE, SETDIR, FILLER)

path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else SETDIR + '/train75.jsonl'
d = Data()
prior = load_prior(d)
import lib, os
poolmap = {int(k): v for k, v in json.load(open(os.path.join(lib.HERE, 'cand.json'))).items()}
R = Rules(d, prior, poolmap)
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
E = []
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    E.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        E.append('row %d keys' % i)
kc = Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != 12:
        E.append('kind %s has %d' % (k, kc[k]))
nc = Counter(r['kind'] for r in neg)
for k, q in NEG_QUOTA.items():
    if nc[k] != q:
        E.append('category %s has %d' % (k, nc[k]))
# in-set uniqueness
kk, ff = Counter(), Counter()
for r in rows:
    kk[key(r['query'])] += 1
    if r['kind'] not in ('script', 'other_script'):
        ff[full(r['query'])] += 1
for i, r in enumerate(rows):
    if kk[key(r['query'])] > 1:
        E.append('row %d duplicate key' % i)
    if r['kind'] not in ('script', 'other_script') and ff[full(r['query'])] > 1:
        E.append('row %d duplicate full fold' % i)
# positives
ents, narc, lev = [], 0, Counter()
by_ent = {}
for i, r in enumerate(rows):
    if r['expected'] is None:
        continue
    m = NOTE_RE.match(r['notes'])
    if not m:
        E.append('row %d note shape' % i); continue
    e = int(m.group('ent'))
    s = d.sdn.get(e)
    if not s or s['name'] != r['expected'] or m.group('target') != r['expected']:
        E.append('row %d expected/ent_num mismatch' % i); continue
    if d.name_count[s['name']] != 1 or s['type'] != '' or s['name'] in d.alias_set:
        E.append('row %d target not unique -0- non-alias' % i)
    if m.group('prog') != s['prog'] or m.group('kind') != r['kind']:
        E.append('row %d program/kind in note' % i)
    u = prior[2].get(e, 0)
    if int(m.group('uses')) != u:
        E.append('row %d uses %s != %d' % (i, m.group('uses'), u))
    if not 3 <= u <= 4:
        E.append('row %d level %d' % (i, u))
    ents.append(e); lev[u] += 1
    narc += is_narc(s['prog'])
    ok = {key(x['query']) for j, x in enumerate(rows) if j != i}
    of = {full(x['query']) for j, x in enumerate(rows) if j != i and x['kind'] not in ('script', 'other_script')}
    for x in R.pos_errors(r, e, r['kind'], ok, of):
        E.append('row %d %s' % (i, x))
if len(set(ents)) != 156:
    E.append('distinct targets %d' % len(set(ents)))
if narc > NARC_CAP:
    E.append('narcotics %d > %d' % (narc, NARC_CAP))
# negatives
inset = {int(m) for r in pos for m in re.findall(r'ent_num (\d+)', r['notes'])}
nmw = Counter()
for i, r in enumerate(rows):
    if r['expected'] is not None:
        continue
    n = r['notes']
    if not n.startswith('not listed: %s; ' % r['kind']):
        E.append('row %d note prefix' % i)
    if not n.endswith('; ' + d.shared_words(r['query'])):
        E.append('row %d shared-word note' % i)
    ok = {key(x['query']) for j, x in enumerate(rows) if j != i}
    of = {full(x['query']) for j, x in enumerate(rows) if j != i and x['kind'] not in ('script', 'other_script')}
    for x in R.neg_errors(r['query'], r['kind'], ok, of):
        E.append('row %d %s' % (i, x))
    if r['kind'] == 'near_miss':
        m = re.search(r"reuses '([a-z]+)' \((\d+) listed org names/aliases\) from in-set target (.+) \[SDN ent_num (\d+)\]", n)
        if not m:
            E.append('row %d near-miss note' % i); continue
        w, c, e = m.group(1), int(m.group(2)), int(m.group(4))
        nmw[w] += 1
        if e not in inset or d.sdn[e]['name'] != m.group(3):
            E.append('row %d near-miss target not in set' % i)
        if w not in full(r['query']).split() or w not in full(d.sdn[e]['name']).split():
            E.append('row %d near-miss word' % i)
        if c != d.rare_count(w) or c > 3 or len(w) < 4:
            E.append('row %d near-miss rarity' % i)
for w, c in nmw.items():
    if c > 1:
        E.append('near-miss word %s used %d times' % (w, c))
for x in E:
    print(x)
print('rows %d, positives %d, negatives %d; %d distinct entities, levels %s; %d SDNT/SDNTK; %d earlier files' % (
    len(rows), len(pos), len(neg), len(set(ents)), dict(sorted(lev.items())), narc, prior[3]))
print('FAIL (%d errors)' % len(E) if E else 'PASS')
sys.exit(1 if E else 0)
