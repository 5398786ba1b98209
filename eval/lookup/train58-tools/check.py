import json, sys, collections
from common import *
path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else '../train58.jsonl'
d = Data(); keys, fulls, uses, nf = load_prior(d)
pool = json.load(open('cand.json'))
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
err = []
E = lambda i, m: err.append('row %d: %s' % (i + 1, m))
pos = [r for r in rows if r.get('expected') is not None]; neg = [r for r in rows if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145): err.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
kc = collections.Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != PER_KIND: err.append('kind %s has %d' % (k, kc[k]))
nc = collections.Counter(r['kind'] for r in neg)
for c, q in QUOTA.items():
    if nc[c] != q: err.append('category %s has %d' % (c, nc[c]))
seenk, seenf = {}, {}
ents = []; narc = 0; levels = collections.Counter(); chinese = 0
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: E(i, 'keys')
    q = r['query']; k = r['kind']
    if key(q) in seenk: E(i, 'duplicate query key')
    seenk[key(q)] = i
    if k not in ('script', 'other_script'):
        if full(q) in seenf: E(i, 'duplicate full fold')
        seenf[full(q)] = i
    if key(q) in keys: E(i, 'earlier-set query key')
    if k not in ('script', 'other_script') and full(q) in fulls: E(i, 'earlier-set full fold')
    if r['expected'] is not None:
        m = NOTE_RE.match(r['notes'] or '')
        if not m: E(i, 'positive notes format'); continue
        e = m['ent']
        ids = d.byname.get(r['expected'], [])
        if len(ids) != 1 or ids[0] != e: E(i, 'expected not unique / ent mismatch'); continue
        if d.sdn[e][1] != '-0-': E(i, 'not an organisation')
        if r['expected'] in d.alias_names: E(i, 'expected is also an alias')
        if m['kind'] != k or m['prog'] != d.sdn[e][2] or m['name'] != r['expected']: E(i, 'notes kind/program/target')
        if int(m['n']) != uses.get(e, 0) or uses.get(e, 0) > MAX_LEVEL: E(i, 'earlier-use count')
        if e not in pool: E(i, 'target not in pool')
        for x in pos_errors(d, k, q, e, keys, fulls): E(i, x)
        ents.append(e); narc += NARC(d.sdn[e][2]); levels[uses.get(e, 0)] += 1
        if k == 'script' and any('\u4e00' <= c <= '\u9fff' for c in q): chinese += 1
    else:
        n = r['notes'] or ''
        if not n.startswith('not listed: %s; ' % k): E(i, 'negative notes prefix')
        if shared_text(d, q) not in n: E(i, 'shared-word notes')
        for x in neg_errors(d, k, q, set(), set()): E(i, x)
        if k == 'near_miss':
            m = re.search(r'reuses "([^"]+)" from in-set target (.+) \[SDN ent_num (\d+)\]$', n)
            if not m or m[3] not in ents and m[3] not in [x for x in ents]: E(i, 'near-miss target')
            elif m[1] not in full(m[2]).split() or m[1] not in full(q).split(): E(i, 'near-miss reused word')
if len(set(ents)) != 156: err.append('distinct targets %d' % len(set(ents)))
if narc > NARC_CAP or narc * 100 > 40 * len(pos): err.append('SDNT/SDNTK over 40%%: %d' % narc)
if chinese < 1: err.append('no Chinese script row')
print('file', path, 'rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
print('distinct entities', len(set(ents)), 'levels', dict(levels), 'SDNT/SDNTK', narc, 'Chinese script rows', chinese)
for x in err: print('ERROR', x)
print('FAIL (%d errors)' % len(err) if err else 'PASS')
