"""Validator for train68.jsonl. Usage: python3 check.py [--file PATH]. Ends PASS or FAIL."""
import json, re, sys
from collections import Counter
from lib import load_all, Rules, is_narc, key, full, NARC_CAP
from rows_neg import QUOTAS

POS_KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
             'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NOTE_RE = re.compile(r'^([a-z_]+): (.+); program (.+); earlier-set uses (\d+); target (.+) \[SDN ent_num (\d+)\]$')
NEAR_RE = re.compile(r'reusing the rare word "([^"]+)" \((\d+) listed org names/aliases\) of in-set target (.+?) \[SDN ent_num (\d+)\]')


def main():
    path = '/work/blind/lk68/train68.jsonl'
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d, prior, pool = load_all()
    R = Rules(d, prior, pool)
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    errs = []
    E = errs.append
    if len(rows) != 301:
        E('row count %d != 301' % len(rows))
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            E('row %d: keys %s' % (i, sorted(r)))
    pos = [r for r in rows if r.get('expected') is not None]
    neg = [r for r in rows if r.get('expected') is None]
    if len(pos) != 156 or len(neg) != 145:
        E('positives %d / negatives %d (want 156/145)' % (len(pos), len(neg)))
    kc = Counter(r['kind'] for r in pos)
    for k in POS_KINDS:
        if kc[k] != 12:
            E('kind %s has %d positives' % (k, kc[k]))
    for k in set(kc) - set(POS_KINDS):
        E('unknown positive kind %s' % k)
    nc = Counter(r['kind'] for r in neg)
    for k, q in QUOTAS.items():
        if nc[k] != q:
            E('negative category %s has %d (want %d)' % (k, nc[k], q))
    for k in set(nc) - set(QUOTAS):
        E('unknown negative category %s' % k)
    # in-set uniqueness
    kcount = Counter(key(r['query']) for r in rows)
    fcount = Counter(full(r['query']) for r in rows if r['kind'] not in ('script', 'other_script'))
    for i, r in enumerate(rows):
        if kcount[key(r['query'])] > 1:
            E('row %d: duplicate key in set' % i)
        if r['kind'] not in ('script', 'other_script') and fcount[full(r['query'])] > 1:
            E('row %d: duplicate full fold in set' % i)
    # positives
    targets, narc, levels = [], 0, Counter()
    for i, r in enumerate(rows):
        if r['expected'] is None:
            continue
        others_k = {key(x['query']) for j, x in enumerate(rows) if j != i}
        others_f = {full(x['query']) for j, x in enumerate(rows) if j != i}
        m = NOTE_RE.match(r['notes'])
        if not m:
            E('row %d: note shape' % i); continue
        kind, variant, prog, uses, tname, ent = m.groups()
        if kind != r['kind']:
            E('row %d: note kind mismatch' % i)
        x = d.sdn.get(ent)
        if not x or x['name'] != r['expected'] or tname != r['expected']:
            E('row %d: expected/target/ent_num mismatch' % i); continue
        if d.name_count[x['name']] != 1 or x['type'] != '' or x['name'].upper() in d.alias_set:
            E('row %d: target not a unique non-alias organisation name' % i)
        if x['prog'] != prog:
            E('row %d: program mismatch' % i)
        lvl = R.level(ent)
        if int(uses) != lvl:
            E('row %d: earlier-use count %s != recomputed %d' % (i, uses, lvl))
        if not 3 <= lvl <= 4:
            E('row %d: level %d outside 3..4' % (i, lvl))
        levels[lvl] += 1
        targets.append(ent)
        if is_narc(prog):
            narc += 1
        for e2 in R.pos_errors(kind, r['query'], ent, others_k, others_f, 0):
            E('row %d: %s' % (i, e2))
    if len(set(targets)) != 156:
        E('distinct targets %d != 156' % len(set(targets)))
    if narc > NARC_CAP:
        E('narcotics %d > %d' % (narc, NARC_CAP))
    tset = set(targets)
    # negatives
    for i, r in enumerate(rows):
        if r['expected'] is not None:
            continue
        others_k = {key(x['query']) for j, x in enumerate(rows) if j != i}
        others_f = {full(x['query']) for j, x in enumerate(rows) if j != i}
        n = r['notes']
        if not n.startswith('not listed: %s; ' % r['kind']):
            E('row %d: negative note prefix' % i)
        if not n.endswith('; ' + d.shared_note(r['query'])):
            E('row %d: shared-word note differs from recomputed' % i)
        for e2 in R.neg_errors(r['kind'], r['query'], others_k, others_f):
            E('row %d: %s' % (i, e2))
        if r['kind'] == 'near_miss':
            m = NEAR_RE.search(n)
            if not m:
                E('row %d: near-miss note lacks word/target' % i); continue
            w, cnt, tn, ent = m.groups()
            if ent not in tset or d.sdn[ent]['name'] != tn:
                E('row %d: near-miss target not in set' % i)
            if w not in full(r['query']).split() or w not in full(tn).split():
                E('row %d: near-miss word not shared' % i)
            real = len(d.word_orgs.get(w, ()))
            if real != int(cnt) or real > 3:
                E('row %d: near-miss word not rare (%d)' % (i, real))
    nw = Counter(NEAR_RE.search(r['notes']).group(1) for r in neg if r['kind'] == 'near_miss' and NEAR_RE.search(r['notes']))
    for w, c in nw.items():
        if c > 1:
            E('near-miss word %s used %d times' % (w, c))
    for e in errs:
        print('ERROR', e)
    print('%d distinct entities, levels %s; %d SDNT/SDNTK of %d' % (len(set(targets)), dict(sorted(levels.items())), narc, len(pos)))
    print('FAIL (%d errors)' % len(errs) if errs else 'PASS')


if __name__ == '__main__':
    main()
