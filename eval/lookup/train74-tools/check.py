"""Validator for train74.jsonl. Ends PASS or FAIL. python3 check.py [--file PATH]"""
import json, sys
from collections import Counter
from lib import Data, load_prior, pool, Rules, NOTE_RE, is_narc, key, fold_full, NARC_CAP, LEVELS
import rows_neg

KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else '../train74.jsonl'
d = Data(); prior = load_prior(d); P = set(pool(d))
R = Rules(d, prior, P)
uses = prior[2]
errs = []
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    errs.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        errs.append('row %d keys' % i)
kc = Counter(r['kind'] for r in pos)
for k in KINDS:
    if kc[k] != 12:
        errs.append('kind %s has %d' % (k, kc[k]))
if set(kc) - set(KINDS):
    errs.append('unknown kinds %s' % (set(kc) - set(KINDS)))
nc = Counter(r['kind'] for r in neg)
if dict(nc) != rows_neg.QUOTA:
    errs.append('negative quotas %s' % dict(nc))
# in-set uniqueness
kk = Counter(key(r['query']) for r in rows)
ff = Counter(fold_full(r['query']) for r in rows if r['kind'] not in ('script', 'other_script'))
for i, r in enumerate(rows):
    if kk[key(r['query'])] > 1:
        errs.append('row %d duplicate key' % i)
    if r['kind'] not in ('script', 'other_script') and ff[fold_full(r['query'])] > 1:
        errs.append('row %d duplicate full fold' % i)
def others(i, script_too=False):
    ks = {key(r['query']) for j, r in enumerate(rows) if j != i}
    fs = {fold_full(r['query']) for j, r in enumerate(rows) if j != i and r['kind'] not in ('script', 'other_script')}
    return ks, fs
ents, narc, lv = set(), 0, Counter()
for i, r in enumerate(rows):
    if r['expected'] is None:
        continue
    m = NOTE_RE.match(r['notes'])
    if not m:
        errs.append('row %d note shape' % i); continue
    e = m.group('ent')
    v = d.sdn.get(e)
    if not v or v['name'] != r['expected'] or m.group('name') != r['expected']:
        errs.append('row %d expected/ent_num mismatch' % i); continue
    if d.name_count[v['name']] != 1 or v['type'] != '-0-' or v['name'] in d.alias_set:
        errs.append('row %d target not a unique non-alias -0- name' % i)
    if m.group('prog') != v['prog']:
        errs.append('row %d program' % i)
    if m.group('kind') != r['kind']:
        errs.append('row %d note kind' % i)
    if int(m.group('n')) != uses[e]:
        errs.append('row %d earlier-use count' % i)
    if uses[e] not in LEVELS:
        errs.append('row %d level %d' % (i, uses[e]))
    ents.add(e); lv[uses[e]] += 1
    if is_narc(v['prog']):
        narc += 1
    ks, fs = others(i)
    for x in R.pos_errors(r['kind'], r['query'], e, ks, fs):
        errs.append('row %d: %s' % (i, x))
if len(ents) != 156:
    errs.append('%d distinct targets' % len(ents))
if narc > NARC_CAP:
    errs.append('narcotics %d > %d' % (narc, NARC_CAP))
inset = {r['expected']: r for r in pos}
nmw = Counter()
for i, r in enumerate(rows):
    if r['expected'] is not None:
        continue
    n = r['notes']
    if not n.startswith('not listed: %s; ' % r['kind']):
        errs.append('row %d note prefix' % i)
    if not n.endswith(d.shared_words(r['query'])):
        errs.append('row %d shared-word note' % i)
    ks, fs = others(i)
    for x in R.neg_errors(r['kind'], r['query'], ks, fs):
        errs.append('row %d: %s' % (i, x))
    if r['kind'] == 'near_miss':
        try:
            w = n.split("reuses word '")[1].split("'")[0]
            tgt = n.split('from in-set target ')[1].split(' [SDN ent_num')[0]
        except IndexError:
            errs.append('row %d near-miss note' % i); continue
        nmw[w] += 1
        if tgt not in inset or w not in fold_full(tgt).split() or w not in fold_full(r['query']).split():
            errs.append('row %d near-miss word/target' % i)
        if len(d.tok_orgs.get(w, ())) > 3:
            errs.append('row %d near-miss word not rare' % i)
for w, c in nmw.items():
    if c > 1:
        errs.append('near-miss word %s used %d times' % (w, c))
for x in errs:
    print('ERROR', x)
print('%d distinct entities, levels %s; %d SDNT/SDNTK; %d earlier files' % (len(ents), dict(sorted(lv.items())), narc, prior[3]))
print('FAIL (%d errors)' % len(errs) if errs else 'PASS')
