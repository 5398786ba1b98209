"""Validator for train80.jsonl: python3 check.py [--file PATH]. Prints errors and PASS/FAIL only."""
import json, re, sys
from collections import Counter
import lib

NEAR_RE = re.compile(r"reused word '([^']+)' \((\d+) listed org names/aliases\) from in-set target (.+) \[SDN ent_num (\d+)\]; ")

def main():
    path = lib.OUT
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d = lib.Data()
    prior = lib.load_prior(d)
    pl = lib.pool(d, prior[2])
    R = lib.Rules(d, prior, pl)
    errs = []
    rows = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except Exception as ex:
                errs.append('row %d: bad JSON (%s)' % (i, ex))
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            errs.append('row %d: keys %s' % (i, sorted(r)))
        if not (r.get('query') or '').strip():
            errs.append('row %d: empty query' % i)
    pos = [r for r in rows if r.get('expected')]
    neg = [r for r in rows if not r.get('expected')]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        errs.append('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
    kc = Counter(r['kind'] for r in pos)
    for k in lib.KINDS:
        if kc[k] != lib.PER_KIND:
            errs.append('kind %s has %d positives' % (k, kc[k]))
    for k in kc:
        if k not in lib.KINDS:
            errs.append('unknown positive kind %s' % k)
    nc = Counter(r['kind'] for r in neg)
    for k, q in lib.NEG_QUOTA.items():
        if nc[k] != q:
            errs.append('category %s has %d, want %d' % (k, nc[k], q))
    for k in nc:
        if k not in lib.NEG_QUOTA:
            errs.append('unknown negative category %s' % k)
    # in-set uniqueness
    keyc = Counter(lib.key(r['query']) for r in rows)
    fullc = Counter(lib.full(r['query']) for r in rows if r['kind'] not in ('script', 'other_script'))
    for i, r in enumerate(rows):
        if keyc[lib.key(r['query'])] > 1:
            errs.append('row %d: duplicate key' % i)
        if r['kind'] not in ('script', 'other_script') and fullc[lib.full(r['query'])] > 1:
            errs.append('row %d: duplicate full fold' % i)
    def others(i, r):
        ok = set(k for k in keyc if k != lib.key(r['query']) or keyc[k] > 1)
        of = set(k for k in fullc if k != lib.full(r['query']) or fullc[k] > 1)
        return ok, of
    # positives
    ents, narc, lv = [], 0, Counter()
    for i, r in enumerate(rows):
        if not r.get('expected'):
            continue
        m = lib.NOTE_RE.match(r['notes'] or '')
        if not m:
            errs.append('row %d: note shape' % i); continue
        e = int(m.group('ent'))
        rec = d.sdn.get(e)
        if not rec or rec[0] != r['expected'] or m.group('target') != r['expected']:
            errs.append('row %d: expected/target/ent_num mismatch' % i); continue
        if d.name_count[rec[0]] != 1 or rec[1] != '' or rec[0].upper() in d.alias_strings:
            errs.append('row %d: target not a unique non-alias -0- name' % i)
        if m.group('prog') != rec[2]:
            errs.append('row %d: program mismatch' % i)
        if m.group('kind') != r['kind']:
            errs.append('row %d: note kind mismatch' % i)
        u = prior[2].get(e, 0)
        if int(m.group('uses')) != u:
            errs.append('row %d: earlier-use count %s, recomputed %d' % (i, m.group('uses'), u))
        if not 3 <= u <= 4:
            errs.append('row %d: level %d outside 3-4' % (i, u))
        lv[u] += 1
        ents.append(e)
        if lib.is_narc(rec[2]):
            narc += 1
        ok, of = others(i, r)
        for x in R.pos_errors(r['kind'], r['query'], e, ok, of if r['kind'] != 'script' else ()):
            errs.append('row %d: %s' % (i, x))
    if len(set(ents)) != 156:
        errs.append('%d distinct targets, want 156' % len(set(ents)))
    if narc > lib.NARC_CAP:
        errs.append('SDNT/SDNTK %d > %d' % (narc, lib.NARC_CAP))
    # negatives
    in_set_names = {r['expected'] for r in pos}
    near_words = Counter()
    for i, r in enumerate(rows):
        if r.get('expected'):
            continue
        n, q, cat = r['notes'] or '', r['query'], r['kind']
        pre = 'not listed: %s; ' % cat
        if not n.startswith(pre):
            errs.append('row %d: note prefix' % i)
        if not n.endswith('; ' + d.shared_words(q)):
            errs.append('row %d: shared-word note differs from recomputed' % i)
        ok, of = others(i, r)
        for x in R.neg_errors(cat, q, ok, of if cat != 'other_script' else ()):
            errs.append('row %d: %s' % (i, x))
        if cat == 'near_miss':
            m = NEAR_RE.search(n)
            if not m:
                errs.append('row %d: near-miss note lacks reused word' % i); continue
            w, c, tname, e = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            near_words[w] += 1
            if tname not in in_set_names or d.sdn.get(e, ('',))[0] != tname:
                errs.append('row %d: near-miss target not in set' % i)
            if w not in lib.full_tokens(tname) or w not in lib.full_tokens(q):
                errs.append('row %d: near-miss word not in both' % i)
            real = len(d.tok_org.get(w, ()))
            if real != c or not 1 <= real <= 3:
                errs.append('row %d: near-miss word count %d (note %d), rare means 1-3' % (i, real, c))
    for w, c in near_words.items():
        if c > 1:
            errs.append('near-miss word %s used %d times' % (w, c))
    for x in errs:
        print('ERROR', x)
    if errs:
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %d at level 3 and %d at level 4; '
          '%d SDNT/SDNTK; %d earlier files' % (len(rows), len(pos), len(neg), len(set(ents)), lv[3], lv[4], narc, prior[3]))

if __name__ == '__main__':
    main()
