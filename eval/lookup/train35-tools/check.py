"""Validate train35.jsonl. Standard library only; prints counts and verdicts, never an earlier row."""
import argparse, json, os, re, collections
from lib import World, load_prior, is_prior, key_ws, key_fold, fold_forms, HERE

ap = argparse.ArgumentParser()
ap.add_argument('--file', default=os.path.join(os.path.dirname(HERE), 'train35.jsonl'))
a = ap.parse_args()
POS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy',
       'word_order', 'transliteration', 'translation', 'partial', 'script']
NEG = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
       'city_country': 15, 'brand_product': 16}
errs = []
w = World()
prior, uses, nrows, nfiles = load_prior(w)
cand = json.load(open(os.path.join(HERE, 'cand.json')))
LEVEL = cand['level']
POOL = {c['ent'] for c in cand['cands'] if c['uses'] == LEVEL and not c['ambiguous']}
rows = []
for i, line in enumerate(open(a.file, encoding='utf-8'), 1):
    try:
        rows.append(json.loads(line))
    except Exception as ex:
        errs.append('line %d: bad json' % i)
print('file:', a.file)
print('rows:', len(rows))
if len(rows) != 301:
    errs.append('expected 301 rows, got %d' % len(rows))
kc = collections.Counter(r.get('kind') for r in rows)
for k in POS:
    if kc[k] != 12:
        errs.append('kind %s has %d rows (want 12)' % (k, kc[k]))
for k, n in NEG.items():
    if kc[k] != n:
        errs.append('kind %s has %d rows (want %d)' % (k, kc[k], n))
for k in kc:
    if k not in POS and k not in NEG:
        errs.append('unknown kind %s' % k)
npos = sum(1 for r in rows if r.get('expected') is not None)
print('positives:', npos, 'negatives:', len(rows) - npos)
if npos != 156:
    errs.append('positives %d (want 156)' % npos)
seen, ents, prior_hits = {}, collections.Counter(), 0
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        errs.append('row %d: keys %s' % (i, sorted(r)))
        continue
    q, exp, kind, notes = r['query'], r['expected'], r['kind'], r['notes']
    if not isinstance(q, str) or not q.strip():
        errs.append('row %d: empty query' % i)
        continue
    for k in (('ws', key_ws(q)), ('fold', key_fold(q))):
        if k in seen:
            errs.append('row %d: query repeats row %d of this set' % (i, seen[k]))
        seen[k] = i
    if is_prior(prior, q):
        prior_hits += 1
        errs.append('row %d: query repeats an earlier set' % i)
    if exp is not None:
        if kind not in POS:
            errs.append('row %d: positive with negative kind' % i)
        if not w.unique_org_name(exp):
            errs.append('row %d: expected is not a unique -0- organisation SDN_Name' % i)
            continue
        e = w.by_name[exp]
        m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
        if not m or int(m.group(1)) != e:
            errs.append('row %d: notes do not end with the right ent_num' % i)
        ents[e] += 1
        if e not in POOL:
            errs.append('row %d: target not at least-used level' % i)
        if not notes.startswith(kind + ':'):
            errs.append('row %d: notes do not start with kind' % i)
        if 'program %s;' % w.sdn[e]['program'] not in notes:
            errs.append('row %d: program missing' % i)
        if 'earlier-set uses %d;' % uses.get(e, 0) not in notes:
            errs.append('row %d: wrong earlier-use count' % i)
        if 'target %s ' % exp not in notes:
            errs.append('row %d: target name missing in notes' % i)
        if q == exp:
            errs.append('row %d: query equals target name' % i)
        if kind not in ('messy', 'script') and w.other_owner(q, e):
            errs.append('row %d: query folds to another record' % i)
    else:
        if kind not in NEG:
            errs.append('row %d: negative with positive kind' % i)
        if not notes.startswith('not listed: %s' % kind):
            errs.append('row %d: negative notes must start "not listed: <category>"' % i)
        if 'shares "' not in notes and 'shares no word with a listed org' not in notes:
            errs.append('row %d: negative notes lack shared-word info' % i)
        if w.exact_listed(q):
            errs.append('row %d: negative is exactly an SDN name/alias' % i)
        elif w.owners(q):
            errs.append('row %d: negative folds to an SDN name/alias or CSL name' % i)
dups = [e for e, n in ents.items() if n > 1]
if dups:
    errs.append('%d entities used more than once' % len(dups))
print('distinct positive entities:', len(ents))
print('earlier files read: %d (%d rows); queries repeating an earlier set: %d' % (nfiles, nrows, prior_hits))
print('earlier-use counts of targets:', dict(collections.Counter(uses.get(e, 0) for e in ents)))
print('per kind:', dict(sorted(kc.items())))
for x in errs:
    print('ERROR', x)
print('errors:', len(errs))
print('PASS' if not errs else 'FAIL')
