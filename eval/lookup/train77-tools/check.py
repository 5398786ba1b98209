"""Validator for train77.jsonl. Ends with PASS or FAIL (exit 1)."""
import json, re, sys
from collections import Counter
from lib import *

def main():
    path = os.path.join(HERE, '..', 'train77.jsonl')
    if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
    d = Data(); prior = load_prior(d); pl = pool(d); R = Rules(d, prior, pl)
    errs = []
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    pos = [r for r in rows if r.get('expected')]; neg = [r for r in rows if not r.get('expected')]
    if len(rows) != 301: errs.append('rows %d != 301' % len(rows))
    if len(pos) != 156: errs.append('positives %d != 156' % len(pos))
    if len(neg) != 145: errs.append('negatives %d != 145' % len(neg))
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}: errs.append('row %d keys %s' % (i, sorted(r)))
    kc = Counter(r['kind'] for r in pos)
    for k in POS_KINDS:
        if kc[k] != 12: errs.append('kind %s has %d' % (k, kc[k]))
    for k in kc:
        if k not in POS_KINDS: errs.append('unknown positive kind %s' % k)
    nc = Counter(r['kind'] for r in neg)
    for k, q in NEG_QUOTA.items():
        if nc[k] != q: errs.append('category %s has %d != %d' % (k, nc[k], q))
    for k in nc:
        if k not in NEG_QUOTA: errs.append('unknown negative category %s' % k)
    kcount = Counter(key(r['query']) for r in rows)
    fcount = Counter(full(r['query']) for r in rows if r['kind'] not in ('script', 'other_script'))
    for i, r in enumerate(rows):
        if kcount[key(r['query'])] > 1: errs.append('row %d duplicate key' % i)
        if r['kind'] not in ('script', 'other_script') and fcount[full(r['query'])] > 1: errs.append('row %d duplicate full fold' % i)
    by_name = {v[0]: e for e, v in d.sdn.items()}
    targets, narc, levels = set(), 0, Counter()
    for i, r in enumerate(rows):
        if not r.get('expected'): continue
        m = NOTE_RE.match(r['notes'])
        if not m: errs.append('row %d note shape' % i); continue
        ent = int(m.group('ent'))
        if ent not in d.sdn or d.sdn[ent][0] != r['expected'] or m.group('name') != r['expected']:
            errs.append('row %d expected/ent_num/target mismatch' % i); continue
        name, typ, prog = d.sdn[ent]
        if d.name_count[name] != 1: errs.append('row %d name not unique' % i)
        if typ != '-0-': errs.append('row %d not an organisation' % i)
        if full(name) in d.alias_folds: errs.append('row %d name is also an alias' % i)
        if m.group('prog') != prog: errs.append('row %d program mismatch' % i)
        if m.group('kind') != r['kind']: errs.append('row %d note kind mismatch' % i)
        lvl = R.level(ent)
        if int(m.group('uses')) != lvl: errs.append('row %d earlier-use count %s != %d' % (i, m.group('uses'), lvl))
        if not 3 <= lvl <= 4: errs.append('row %d level %d' % (i, lvl))
        levels[lvl] += 1
        targets.add(ent); narc += is_narc(prog)
        ok = [x for j, x in enumerate(rows) if j != i]
        e = R.pos_errors(r['kind'], r['query'], ent, {key(x['query']) for x in ok},
                         {full(x['query']) for x in ok if x['kind'] not in ('script', 'other_script')})
        for x in e: errs.append('row %d %s: %s' % (i, r['kind'], x))
    if len(targets) != 156: errs.append('%d distinct targets != 156' % len(targets))
    if narc > NARC_CAP: errs.append('SDNT/SDNTK %d > %d' % (narc, NARC_CAP))
    inset = {int(re.search(r'ent_num (\d+)\]$', r['notes']).group(1)) for r in pos if re.search(r'ent_num (\d+)\]$', r['notes'])}
    nm_words = Counter()
    for i, r in enumerate(rows):
        if r.get('expected'): continue
        cat = r['kind']; n = r['notes']
        if not n.startswith('not listed: %s; ' % cat): errs.append('row %d note prefix' % i)
        if not n.endswith(d.shared_words(r['query'])): errs.append('row %d shared-word note' % i)
        ok = [x for j, x in enumerate(rows) if j != i]
        e = R.neg_errors(cat, r['query'], {key(x['query']) for x in ok},
                         {full(x['query']) for x in ok if x['kind'] not in ('script', 'other_script')})
        for x in e: errs.append('row %d %s: %s' % (i, cat, x))
        if cat == 'near_miss':
            m = re.search(r"reuses rare word '([a-z]+)' \((\d+) listed org names/aliases\) from in-set target (.+) \[SDN ent_num (\d+)\]", n)
            if not m: errs.append('row %d near-miss note' % i); continue
            w, c, tn, ent = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            nm_words[w] += 1
            if ent not in inset or d.sdn[ent][0] != tn: errs.append('row %d near-miss target not in set' % i)
            if w not in full(r['query']).split() or w not in full(tn).split(): errs.append('row %d near-miss word not shared' % i)
            if c != len(d.tok_orgnames.get(w, ())) or not 1 <= c <= 3: errs.append('row %d near-miss word not rare' % i)
    for w, c in nm_words.items():
        if c > 1: errs.append('near-miss word %s used %d times' % (w, c))
    for e in errs: print('ERROR', e)
    print('%d distinct entities, levels %s; %d SDNT/SDNTK; %d earlier files' % (len(targets), dict(sorted(levels.items())), narc, prior[3]))
    if errs:
        print('FAIL (%d errors)' % len(errs)); sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
