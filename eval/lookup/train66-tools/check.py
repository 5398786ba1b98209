"""Validator for train66.jsonl. python3 check.py [--file PATH]. Prints errors, counts, and PASS or FAIL."""
import json, re, sys
from collections import Counter
from lib import Rules, key, fold_full, is_narc, content_words, NARC_CAP
import gen, rows_neg

KINDS = ['aka', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'script', 'transliteration',
         'translation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NOTE = re.compile(r'^(?P<kind>[a-z_]+): (?P<var>.+); program (?P<prog>.+); earlier-set uses (?P<n>\d+); '
                  r'target (?P<name>.+) \[SDN ent_num (?P<ent>\d+)\]$', re.S)


def main():
    path = '../train66.jsonl'
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    R = Rules(); d = R.d
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    errs = []
    def E(i, m):
        errs.append(f'row {i}: {m}')
    pos = [r for r in rows if r.get('expected') is not None]
    neg = [r for r in rows if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        errs.append(f'counts {len(rows)}/{len(pos)}/{len(neg)} != 301/156/145')
    kc = Counter(r.get('kind') for r in pos)
    for k in KINDS:
        if kc[k] != 12:
            errs.append(f'kind {k}: {kc[k]} rows, want 12')
    if set(kc) - set(KINDS):
        errs.append(f'unknown positive kinds {set(kc) - set(KINDS)}')
    nc = Counter(r.get('kind') for r in neg)
    if dict(nc) != rows_neg.QUOTA:
        errs.append(f'negative categories {dict(nc)} != {rows_neg.QUOTA}')
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            E(i, f'keys {sorted(r)}')
    # in-set uniqueness
    kcount = Counter(key(r['query']) for r in rows)
    fcount = Counter(fold_full(r['query']) for r in rows if r['kind'] not in ('script', 'other_script'))
    for i, r in enumerate(rows):
        if kcount[key(r['query'])] > 1:
            E(i, 'duplicate key in set')
        if r['kind'] not in ('script', 'other_script') and fcount[fold_full(r['query'])] > 1:
            E(i, 'duplicate full fold in set')
    # positives
    ents, narc, levels = [], 0, Counter()
    seen_k, seen_f = set(), set()
    for i, r in enumerate(rows):
        if r['expected'] is None:
            continue
        m = NOTE.match(r['notes'])
        if not m:
            E(i, 'note shape'); continue
        e = int(m['ent'])
        v = d.sdn.get(e)
        if m['kind'] != r['kind']:
            E(i, 'note kind differs')
        if not v or v['name'] != r['expected'] or m['name'] != r['expected']:
            E(i, 'expected / ent_num / note target mismatch'); continue
        if d.name_count[v['name']] != 1:
            E(i, 'SDN_Name not unique')
        if v['type'] != '':
            E(i, 'not an organisation (-0-)')
        if v['name'] in d.alias_strings:
            E(i, 'SDN_Name is also an alias')
        if m['prog'] != v['prog']:
            E(i, 'program differs')
        if int(m['n']) != R.uses[e]:
            E(i, f'earlier-set uses {m["n"]} != recomputed {R.uses[e]}')
        if R.uses[e] > 4:
            E(i, f'level {R.uses[e]} > 4')
        for x in R.pos_errors(r['kind'], r['query'], e, seen_k, seen_f, narc):
            E(i, f'rule: {x}')
        seen_k.add(key(r['query']))
        if r['kind'] != 'script':
            seen_f.add(fold_full(r['query']))
        ents.append(e); levels[R.uses[e]] += 1
        if is_narc(v['prog']):
            narc += 1
    if len(set(ents)) != 156:
        errs.append(f'{len(set(ents))} distinct targets, want 156')
    if narc > NARC_CAP:
        errs.append(f'narcotics {narc} > {NARC_CAP}')
    inset = {}
    for r in pos:
        m = NOTE.match(r['notes'])
        if m and d.sdn.get(int(m['ent'])) and d.sdn[int(m['ent'])]['name'] == r['expected']:
            inset[int(m['ent'])] = r['expected']
    # negatives
    for i, r in enumerate(rows):
        if r['expected'] is not None:
            continue
        pre = f"not listed: {r['kind']}; "
        if not r['notes'].startswith(pre):
            E(i, 'negative note prefix')
        if not r['notes'].endswith('; ' + d.shared_words(r['query'])):
            E(i, 'shared-word text differs from recomputed')
        for x in R.neg_errors(r['kind'], r['query'], seen_k, seen_f):
            E(i, f'negative rule: {x}')
        seen_k.add(key(r['query']))
        if r['kind'] != 'other_script':
            seen_f.add(fold_full(r['query']))
        if r['kind'] == 'near_miss':
            m = re.search(r"reusing the word '([^']+)' of in-set target (.+?) \[SDN ent_num (\d+)\]", r['notes'])
            if not m:
                E(i, 'near-miss note lacks word/target'); continue
            w, nm, e = m[1], m[2], int(m[3])
            if inset.get(e) != nm:
                E(i, 'near-miss target not in set')
            if w not in content_words(r['query']) or w not in content_words(nm):
                E(i, 'near-miss word not in both query and target')
            if not (1 <= len(d.word_orgs.get(w, ())) <= 3):
                E(i, 'near-miss word not rare')
    for x in errs:
        print(x)
    print(f'rows {len(rows)}, positives {len(pos)}, negatives {len(neg)}; distinct targets {len(set(ents))}; '
          f'levels {dict(sorted(levels.items()))}; SDNT/SDNTK {narc}; errors {len(errs)}')
    print('PASS' if not errs else 'FAIL')

main()
