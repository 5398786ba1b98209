#!/usr/bin/env python3
"""Standalone validator for train17.jsonl. Usage: python3 check.py [--file PATH] [--prior DIR]"""
import csv, json, os, re, sys, collections, unicodedata, glob
HERE = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
FILE = args[args.index('--file') + 1] if '--file' in args else os.path.join(HERE, '..', 'train17.jsonl')
PRIOR = args[args.index('--prior') + 1] if '--prior' in args else None
DATA = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'data'))
if not os.path.isdir(DATA): DATA = '/work/shared/data'
POS = ['case','legal_form','abbreviation','word_order','transliteration','translation','typo','punctuation','aka','partial','parent_vs_subsidiary','script','messy']
NEG = {'famous_unlisted':40,'shares_one_word':22,'near_miss':20,'generic':16,'person_as_company':16,'city_country':15,'brand_product':16}
LEGAL = set('''s a sa sas sac sl srl ltda ltd limited inc incorporated llc corp corporation co company cia compania
de cv rl c v r l gmbh ag plc bv nv spa the y and cie jsc ojsc pjsc cjsc llp lp fze fzco fzc pvt private sociedad anonima
establishment est group'''.split())
def norm(s):
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()
    s = re.sub(r'\b([a-z])\.', r'\1', s).replace('&', ' and ')
    return ' '.join(re.sub(r'[^\w]+', ' ', s).split())
def forms(s):
    n = norm(s); core = ' '.join(w for w in n.split() if w not in LEGAL)
    out = {n, n.replace(' ', '')}
    if core: out |= {core, core.replace(' ', '')}
    return out
def rows(p):
    with open(p, encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f): yield [x.strip() for x in r]
sdn = {}
for r in rows(os.path.join(DATA, 'ofac-sdn-2019', 'sdn.csv')):
    if len(r) > 3 and r[0].isdigit(): sdn[int(r[0])] = (r[1], r[2])
idx = collections.defaultdict(set)
for n, (nm, t) in sdn.items():
    for f in forms(nm): idx[f].add(n)
for r in rows(os.path.join(DATA, 'ofac-sdn-2019', 'alt.csv')):
    if len(r) > 3 and r[0].isdigit():
        for f in forms(r[3]): idx[f].add(int(r[0]))
with open(os.path.join(DATA, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as f:
    rd = csv.reader(f); hdr = [h.strip().lower() for h in next(rd)]
    cols = [i for i, h in enumerate(hdr) if h in ('name', 'alt_names')]
    for r in rd:
        for i in cols:
            if i < len(r):
                for p in r[i].split(';'):
                    if p.strip():
                        for fm in forms(p): idx[fm].add('CSL')
names = {nm for nm, t in sdn.values()}
errors = []; cnt = collections.Counter(); seen = set(); n = 0
for ln, line in enumerate(open(FILE, encoding='utf-8'), 1):
    line = line.strip()
    if not line: continue
    n += 1
    try: r = json.loads(line)
    except Exception as e: errors.append('line %d: bad JSON' % ln); continue
    if set(r) != {'query', 'expected', 'kind', 'notes'}: errors.append('line %d: keys %s' % (ln, sorted(r)))
    q, e, k, nt = r.get('query'), r.get('expected'), r.get('kind'), r.get('notes') or ''
    if not isinstance(q, str) or not q.strip(): errors.append('line %d: empty query' % ln); continue
    cnt[k] += 1
    if norm(q) in seen: errors.append('line %d: duplicate query' % ln)
    seen.add(norm(q))
    hits = set()
    for f in forms(q): hits |= idx.get(f, set())
    if k in POS:
        m = re.search(r'\[SDN ent_num (\d+)\]$', nt)
        if e not in names: errors.append('line %d: expected not an SDN_Name' % ln)
        if not m: errors.append('line %d: note lacks trailing [SDN ent_num N]' % ln)
        else:
            en = int(m.group(1))
            if en not in sdn: errors.append('line %d: unknown ent_num %d' % (ln, en))
            else:
                if sdn[en][0] != e: errors.append('line %d: ent_num %d name != expected' % (ln, en))
                if sdn[en][1] != '-0-': errors.append('line %d: ent_num %d not an organisation' % (ln, en))
                if hits - {en}: errors.append('line %d: positive query equals name/alias of other record %s' % (ln, sorted(map(str, hits - {en}))))
    elif k in NEG:
        if e is not None: errors.append('line %d: negative with expected' % ln)
        if hits: errors.append('line %d: negative equals listed name/alias %s' % (ln, sorted(map(str, hits))))
    else: errors.append('line %d: bad kind %r' % (ln, k))
for k in POS:
    if cnt[k] != 12: errors.append('kind %s: %d rows, want 12' % (k, cnt[k]))
for k, v in NEG.items():
    if cnt[k] != v: errors.append('kind %s: %d rows, want %d' % (k, cnt[k], v))
if n != 301: errors.append('rows %d, want 301' % n)
if PRIOR:
    pq = set()
    for p in glob.glob(os.path.join(PRIOR, 'train*.jsonl')):
        if os.path.abspath(p) == os.path.abspath(FILE): continue
        for line in open(p, encoding='utf-8'):
            try: pq.add(norm(json.loads(line)['query']))
            except Exception: pass
    dup = len(seen & pq)
    print('queries equal to an earlier query:', dup)
    if dup: errors.append('%d queries used in earlier sets' % dup)
for k in POS + list(NEG): print('%-22s %d' % (k, cnt[k]))
print('rows', n, 'positives', sum(cnt[k] for k in POS), 'negatives', sum(cnt[k] for k in NEG))
for x in errors: print('ERROR', x)
print('FAIL' if errors else 'PASS')
