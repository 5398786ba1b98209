"""Validator for train70.jsonl. Usage: python3 check.py [--file PATH]. Ends PASS or FAIL."""
import json, re, sys
from collections import Counter
from lib import *
import rows_neg

KINDS = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo', 'transliteration',
         'translation', 'script', 'parent_vs_subsidiary', 'messy']
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): .+; program (?P<prog>.+); earlier-set uses (?P<n>\d+); target (?P<t>.+) \[SDN ent_num (?P<e>\d+)\]$', re.S)
NEAR_RE = re.compile(r"reuses the word '(?P<w>[^']+)' \((?P<c>\d+) listed org names/aliases\) from in-set target (?P<t>.+) \[SDN ent_num (?P<e>\d+)\]")

def main():
    path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else os.path.join(HERE, '..', 'train70.jsonl')
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    d = Data(); prior = load_prior(d); R = Rules(d, prior)
    err = []
    pos = [r for r in rows if r.get('expected') is not None]; neg = [r for r in rows if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145): err.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}: err.append('row %d keys %s' % (i, sorted(r)))
    kc = Counter(r['kind'] for r in pos)
    for k in KINDS:
        if kc[k] != 12: err.append('kind %s has %d' % (k, kc[k]))
    if set(kc) - set(KINDS): err.append('unknown kinds %s' % (set(kc) - set(KINDS)))
    nc = Counter(r['kind'] for r in neg)
    if dict(nc) != rows_neg.QUOTA: err.append('negative quotas %s' % dict(nc))
    kk = Counter(key(r['query']) for r in rows); ff = Counter(full(r['query']) for r in rows if r['kind'] not in ('script', 'other_script'))
    for i, r in enumerate(rows):
        if kk[key(r['query'])] > 1: err.append('row %d duplicate key' % i)
        if r['kind'] not in ('script', 'other_script') and ff[full(r['query'])] > 1: err.append('row %d duplicate full fold' % i)
    targets = Counter(); narc = 0; levels = Counter(); ents = {}
    for i, r in enumerate(pos):
        m = NOTE_RE.match(r['notes'])
        if not m: err.append('pos %d note shape' % i); continue
        e = m.group('e'); x = d.sdn.get(e)
        if not x or x['name'] != r['expected'] or m.group('t') != r['expected']: err.append('pos %d expected/ent_num mismatch' % i); continue
        if m.group('kind') != r['kind']: err.append('pos %d note kind' % i)
        if d.by_name.get(r['expected'], {}).get('ent') != e: err.append('pos %d name not unique' % i)
        if x['type'] != '-0-': err.append('pos %d not an organisation' % i)
        if r['expected'] in d.alias_names: err.append('pos %d name is also an alias' % i)
        if m.group('prog') != x['prog']: err.append('pos %d program' % i)
        L = R.level(e)
        if int(m.group('n')) != L: err.append('pos %d earlier-use count %s != %d' % (i, m.group('n'), L))
        if not 3 <= L <= 4: err.append('pos %d level %d' % (i, L))
        targets[e] += 1; levels[L] += 1; ents[e] = r
        if is_narc(x['prog']): narc += 1
        ok = {key(o['query']) for o in rows if o is not r}; of = {full(o['query']) for o in rows if o is not r and o['kind'] not in ('script', 'other_script')}
        for E in R.pos_errors(r['kind'], r['query'], e, ok, of): err.append('pos %d (%s): %s' % (i, r['kind'], E))
    if len(targets) != 156: err.append('%d distinct targets' % len(targets))
    if narc > NARC_CAP: err.append('narcotics %d > %d' % (narc, NARC_CAP))
    nearw = Counter()
    for i, r in enumerate(neg):
        pre = 'not listed: %s; ' % r['kind']
        if not r['notes'].startswith(pre): err.append('neg %d note prefix' % i)
        if not r['notes'].endswith(shared_words(d, r['query'])): err.append('neg %d shared-word notes' % i)
        ok = {key(o['query']) for o in rows if o is not r}; of = {full(o['query']) for o in rows if o is not r and o['kind'] not in ('script', 'other_script')}
        for E in R.neg_errors(r['kind'], r['query'], ok, of): err.append('neg %d (%s): %s' % (i, r['kind'], E))
        if r['kind'] == 'near_miss':
            m = NEAR_RE.search(r['notes'])
            if not m: err.append('neg %d near-miss note' % i); continue
            w, e = m.group('w'), m.group('e'); nearw[w] += 1
            if e not in ents or ents[e]['expected'] != m.group('t'): err.append('neg %d near-miss target not in set' % i)
            if w not in toks(r['query']) or w not in toks(m.group('t')): err.append('neg %d near-miss word not shared' % i)
            c = len(d.tok_org.get(w, ()))
            if c != int(m.group('c')) or not 1 <= c <= 3: err.append('neg %d near-miss rarity %d' % (i, c))
    for w, c in nearw.items():
        if c > 1: err.append('near-miss word %s used %d times' % (w, c))
    print('rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
    print('distinct targets', len(targets), 'levels', dict(sorted(levels.items())), 'SDNT/SDNTK', narc, 'earlier files', prior[3])
    for e in err: print('ERROR', e)
    print('FAIL (%d errors)' % len(err) if err else 'PASS')
main()
