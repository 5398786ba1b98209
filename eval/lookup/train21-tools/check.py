#!/usr/bin/env python3
"""Validate train21.jsonl (stdlib only, no absolute paths).
Usage: python3 check.py [--file PATH] [--prior DIR | --noprior]
Shared data: HERE/../../../../shared/data (final place) or HERE/../../../shared/data (writer's folder).
Earlier sets: HERE/.. (final place) or HERE/../../../main/eval/lookup; compares train.jsonl, train2..train20.jsonl."""
import argparse, csv, json, os, re, sys, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'case': 12, 'legal_form': 12, 'abbreviation': 12, 'word_order': 12, 'transliteration': 12, 'translation': 12,
         'typo': 12, 'punctuation': 12, 'aka': 12, 'partial': 12, 'parent_vs_subsidiary': 12, 'script': 12, 'messy': 12,
         'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
         'city_country': 15, 'brand_product': 16}
POS_KINDS = {k for k in KINDS if list(KINDS).index(k) < 13}
LEGAL = set('''co company corp corporation inc incorporated ltd limited llc plc sa s a de cv sl srl sarl gmbh ag
bv nv spa ltda cia pjsc jsc ojsc cjsc zao oao pao ooo fze fzco llp lp pte pvt private sal sas sac and the of y e
cie kg ab oy as group holding holdings'''.split())

def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('&', ' and ')
    return ' '.join(re.sub(r'[\W_]+', ' ', s).split())

def merge_initials(n):
    out, run = [], []
    for w in n.split():
        if len(w) == 1: run.append(w); continue
        if run: out.append(''.join(run)); run = []
        out.append(w)
    if run: out.append(''.join(run))
    return ' '.join(out)

def keys(s):
    n = norm(s); c = ' '.join(w for w in merge_initials(n).split() if w not in LEGAL)
    return {k for k in (n, n.replace(' ', ''), c, c.replace(' ', '')) if k}

def first_dir(cands, probe):
    for c in cands:
        if os.path.exists(os.path.join(c, probe)): return os.path.normpath(c)
    return None

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--file'); ap.add_argument('--prior'); ap.add_argument('--noprior', action='store_true')
    a = ap.parse_args()
    errs = []
    data = first_dir([os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data'),
                      os.path.join(HERE, '..', '..', '..', 'shared', 'data')], os.path.join('ofac-sdn-2019', 'sdn.csv'))
    if not data: print('ERROR shared data not found\nFAIL'); sys.exit(1)
    path = a.file or first_dir([os.path.join(HERE, '..')], 'train21.jsonl')
    if not a.file:
        path = os.path.join(path, 'train21.jsonl') if path else None
        if not path:
            alt_p = os.path.join(HERE, '..', '..', 'train21.jsonl')
            path = alt_p if os.path.exists(alt_p) else None
    if not path or not os.path.exists(path): print('ERROR train21.jsonl not found\nFAIL'); sys.exit(1)
    sdn = {}; names = Counter(); idx = {}
    with open(os.path.join(data, 'ofac-sdn-2019', 'sdn.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            e = int(r[0]); sdn[e] = (r[1], r[2].strip()); names[r[1]] += 1
            for k in keys(r[1]): idx.setdefault(k, set()).add(e)
    with open(os.path.join(data, 'ofac-sdn-2019', 'alt.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) < 4: continue
            for k in keys(r[3]): idx.setdefault(k, set()).add(int(r[0]))
    csl = set()
    with open(os.path.join(data, 'csl-sample', 'csl.csv'), encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            for n in [r.get('name') or ''] + (r.get('alt_names') or '').split(';'):
                if n.strip(): csl |= keys(n)
    byname = {}
    for e, (n, t) in sdn.items(): byname.setdefault(n, []).append(e)
    prior = set(); nprior = 0
    if not a.noprior:
        pd = a.prior or first_dir([os.path.join(HERE, '..'), os.path.join(HERE, '..', '..', '..', 'main', 'eval', 'lookup')],
                                  'train.jsonl')
        if not pd: errs.append('earlier sets not found (use --prior DIR or --noprior)')
        else:
            for fn in ['train.jsonl'] + ['train%d.jsonl' % i for i in range(2, 21)]:
                p = os.path.join(pd, fn)
                if not os.path.exists(p): continue
                nprior += 1
                for line in open(p, encoding='utf-8'):
                    if line.strip():
                        n = norm(json.loads(line)['query']); prior |= {n, n.replace(' ', '')}
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    kc = Counter(); seen = set(); ents = Counter()
    for i, r in enumerate(rows, 1):
        if set(r) != {'query', 'expected', 'kind', 'notes'}: errs.append('row %d: keys %s' % (i, sorted(r))); continue
        q, k = r['query'], r['kind']
        if k not in KINDS: errs.append('row %d: unknown kind %r' % (i, k)); continue
        kc[k] += 1
        if not isinstance(q, str) or not q.strip(): errs.append('row %d: empty query' % i); continue
        n = norm(q); qk = {n, n.replace(' ', '')} - {''}
        if qk & seen: errs.append('row %d: duplicate query %r' % (i, q))
        if qk & prior: errs.append('row %d: query used by an earlier set %r' % (i, q))
        seen |= qk
        if k in POS_KINDS:
            x = r['expected']
            if not isinstance(x, str) or x not in byname: errs.append('row %d: expected not an SDN_Name: %r' % (i, x)); continue
            if len(byname[x]) != 1: errs.append('row %d: expected name shared by several records' % i); continue
            e = byname[x][0]
            if sdn[e][1] != '-0-': errs.append('row %d: expected is not an organisation' % i)
            m = re.search(r'\[SDN ent_num (\d+)\]$', r['notes'] or '')
            if not m or int(m.group(1)) != e: errs.append('row %d: notes must end with [SDN ent_num %d]' % (i, e))
            ents[e] += 1
            other = set()
            for kk in keys(q): other |= idx.get(kk, set()) - {e}
            if other: errs.append('row %d: query equals a name/alias of another record %s' % (i, sorted(other)[:3]))
        else:
            if r['expected'] is not None: errs.append('row %d: negative with expected' % i)
            if not (r['notes'] or '').startswith('not listed'): errs.append('row %d: negative notes must start "not listed"' % i)
            hit = keys(q) & (set(idx) | csl)
            if hit: errs.append('row %d: negative %r equals a listed name/alias (%s)' % (i, q, sorted(hit)[0]))
    for e, c in ents.items():
        if c > 1: errs.append('ent_num %d targeted %d times' % (e, c))
    for k, want in KINDS.items():
        if kc[k] != want: errs.append('kind %s: %d rows, want %d' % (k, kc[k], want))
    npos = sum(kc[k] for k in POS_KINDS)
    print('file: train21.jsonl  rows: %d  positives: %d  negatives: %d  distinct targets: %d' % (len(rows), npos, len(rows) - npos, len(ents)))
    print('earlier sets compared: %d (%d normalised earlier query keys)' % (nprior, len(prior)) if not a.noprior else 'earlier sets: not compared (--noprior)')
    for k in KINDS: print('  %-22s %3d' % (k, kc[k]))
    for e in errs: print('ERROR', e)
    print('FAIL' if errs else 'PASS')
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
