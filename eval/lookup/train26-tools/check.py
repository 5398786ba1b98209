"""Validate train26.jsonl. Usage: python3 check.py [--file PATH] [--noprior]  (stdlib only)"""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
args = sys.argv[1:]
path = args[args.index('--file') + 1] if '--file' in args else os.path.join(HERE, '..', 'train26.jsonl')
if not os.path.exists(path): path = os.path.join(prior_dir(), 'train26.jsonl')
noprior = '--noprior' in args
errs = []
W = World()
print('data dir:', os.path.normpath(data_dir()))
if noprior: qs, ents, names = set(), {}, {}; print('earlier sets: skipped (--noprior)')
else:
    qs, ents, names = load_prior(); print('earlier sets:', len(prior_files()), 'files in', os.path.normpath(prior_dir()))
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
print('file:', path, 'rows', len(rows))
kc = collections.Counter(r.get('kind') for r in rows)
if len(rows) != 301: errs.append('row count %d != 301' % len(rows))
for k in KINDS:
    if kc[k] != 12: errs.append('kind %s has %d, want 12' % (k, kc[k]))
for k, n in NEGK.items():
    if kc[k] != n: errs.append('kind %s has %d, want %d' % (k, kc[k], n))
extra = set(kc) - set(KINDS) - set(NEGK)
if extra: errs.append('unknown kinds %s' % extra)
seen = {}; usedent = collections.Counter(); reused = 0
for i, r in enumerate(rows, 1):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: errs.append('row %d keys %s' % (i, sorted(r))); continue
    q = r['query']
    if not isinstance(q, str) or not q.strip(): errs.append('row %d empty query' % i); continue
    for k in {fold(q), norm(q) or fold(q)}:
        if k in seen: errs.append('row %d duplicate query of row %d' % (i, seen[k]))
        seen[k] = i
    if not noprior and (fold(q) in qs or norm(q) in qs or norm(q).replace(' ', '') in qs):
        errs.append('row %d query used in an earlier set' % i)
    if r['kind'] in KINDS:
        e = r['expected']; t = W.byname.get(e)
        if not t: errs.append('row %d expected not a unique SDN_Name' % i); continue
        if t['type'] != '-0-': errs.append('row %d expected not an organisation' % i)
        m = re.search(r'\[SDN ent_num (\d+)\]$', r['notes'])
        if not m or int(m.group(1)) != t['ent']: errs.append('row %d notes ent_num mismatch' % i)
        usedent[t['ent']] += 1
        if max(ents.get(t['ent'], 0), names.get(e, 0)) > 0: reused += 1
        if r['kind'] != 'messy':
            h = W.other_hit(q, t['ent'])
            if h: errs.append('row %d positive equals another record (%s)' % (i, h))
    elif r['kind'] in NEGK:
        if r['expected'] is not None: errs.append('row %d negative with expected' % i)
        if not r['notes'].startswith('not listed'): errs.append('row %d negative note' % i)
        elif r['notes'] != W.neg_note(q): errs.append('row %d negative note differs from recomputed' % i)
        p = W.neg_problem(q)
        if p: errs.append('row %d negative is listed: %s' % (i, p))
for e, n in usedent.items():
    if n > 1: errs.append('ent_num %d used %d times' % (e, n))
print('positives', sum(kc[k] for k in KINDS), 'negatives', sum(kc[k] for k in NEGK), 'distinct targets', len(usedent),
      'targets used in earlier sets', reused)
print('kinds', dict(sorted(kc.items())))
for e in errs[:50]: print('ERROR', e)
print('FAIL (%d errors)' % len(errs) if errs else 'PASS')
sys.exit(1 if errs else 0)
