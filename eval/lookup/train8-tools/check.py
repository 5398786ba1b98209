#!/usr/bin/env python3
"""Standalone validator for train8.jsonl (reads only the data files, train8.jsonl and, with --prior, train..train7).

usage: python3 check.py [path/to/train8.jsonl] [--prior DIR]

Checks
  1. every row has exactly the keys query/expected/kind/notes, a known kind, a non-empty query; queries are unique
     (case-insensitive);
  2. positives: notes end with [SDN ent_num N] or [CSL row N]; that record exists, is an organisation (SDN type -0-,
     CSL type Entity or blank) and its SDN_Name / CSL name equals `expected` exactly; query != expected;
  3. positives: no normalised form of the query equals a name or alias of a different record (CSL SDN-source rows
     and the SDN entry with the same name count as one record);
  4. negatives: expected is null, and no normalised form (with and without legal-form words, with and without
     spaces) equals any SDN name, any alt.csv alias (all types) or any CSL name / alt_name;
  5. --prior DIR: no query repeats a query of train.jsonl .. train7.jsonl, and no positive target (ent_num, CSL row,
     CSL twin, expected string) was a target or a cited ent_num/row in those files.
Prints counts by kind and PASS or FAIL.
"""
import csv, json, re, sys, unicodedata, collections, os

DATA = '/work/shared/data'
KINDS_POS = {'case', 'legal_form', 'abbreviation', 'word_order', 'transliteration', 'translation', 'typo',
             'punctuation', 'aka', 'partial', 'parent_vs_subsidiary', 'script', 'messy'}
KINDS_NEG = {'famous_unlisted', 'shares_one_word', 'near_miss', 'generic', 'person_as_company', 'city_country',
             'brand_product'}
LEGAL = set('''llc ltd limited co company corp corporation inc incorporated jsc ojsc cjsc pjsc oao zao ooo pao ao
gmbh ag sa sarl sal plc pte bv nv kg ltda cia de cv fze fzc fzco sdn bhd oy srl spa sas sl as ab llp lp pvt private
joint stock open closed public the of and y e eu scs kk bsc est establishment
asa se lda sro doo spol sp zoo sc sasu pty cc bvba'''.split())


def norm(s):
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()
    s = s.replace('&', ' and ')
    s = re.sub(r'\b((?:\w\.){2,})', lambda m: m.group(1).replace('.', ''), s)
    s = re.sub(r"[’'`]", '', s)
    s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())


def forms(s):
    n = norm(s)
    out = {n, n.replace(' ', '')}
    core = ' '.join(t for t in n.split() if t not in LEGAL)
    if core:
        out |= {core, core.replace(' ', '')}
    out.discard('')
    return out


def clean(v):
    v = (v or '').strip()
    return '' if v == '-0-' else v


def main():
    args = sys.argv[1:]
    prior_dir = None
    if '--prior' in args:
        i = args.index('--prior'); prior_dir = args[i + 1]; del args[i:i + 2]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'train8.jsonl')

    sdn, alt = {}, collections.defaultdict(list)
    for r in csv.reader(open(f'{DATA}/ofac-sdn-2019/sdn.csv', newline='', encoding='utf-8', errors='replace')):
        if r and r[0].strip().isdigit():
            sdn[int(r[0])] = (r[1], clean(r[2]))
    for r in csv.reader(open(f'{DATA}/ofac-sdn-2019/alt.csv', newline='', encoding='utf-8', errors='replace')):
        if r and r[0].strip().isdigit():
            alt[int(r[0])].append(r[3])
    csl = {i: r for i, r in enumerate(csv.DictReader(open(f'{DATA}/csl-sample/csl.csv', newline='', encoding='utf-8')), 1)}
    by_name = collections.defaultdict(set)
    for e, (n, t) in sdn.items():
        by_name[n].add(e)

    def ckey(i):
        r = csl[i]
        if r['source'].startswith('Specially Designated Nationals') and r['name'] in by_name:
            return ('S', min(by_name[r['name']]))
        return ('C', i)

    index = collections.defaultdict(set)
    for e, (n, t) in sdn.items():
        for x in [n] + alt.get(e, []):
            for f in forms(x):
                index[f].add(('S', e))
    for i, r in csl.items():
        for x in [r['name']] + [a.strip() for a in (r['alt_names'] or '').split(';') if a.strip()]:
            for f in forms(x):
                index[f].add(ckey(i))

    prior_q, prior_ents, prior_rows, prior_exp = set(), set(), set(), set()
    if prior_dir:
        files = [os.path.join(prior_dir, 'train.jsonl')] + [os.path.join(prior_dir, f'train{k}.jsonl') for k in range(2, 8)]
        for fn in files:
            for line in open(fn, encoding='utf-8'):
                if not line.strip():
                    continue
                d = json.loads(line)
                prior_q.add(d['query'].strip().lower())
                if d.get('expected'):
                    prior_exp.add(d['expected'])
                n = d.get('notes') or ''
                prior_ents |= {int(x) for x in re.findall(r'ent_num\s*(\d+)', n)}
                prior_rows |= {int(x) for x in re.findall(r'CSL (?:data )?row\s*(\d+)', n)}
                prior_ents |= {int(x) for x in re.findall(r'\((\d{3,6})\)', n)}   # "not X (16034)" style
                prior_rows |= {int(x) for x in re.findall(r'\(row (\d+)\)', n)}

    errs, counts, seen = [], collections.Counter(), set()
    npos = nneg = 0
    targets = collections.Counter()
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except Exception as ex:
            errs.append(f'line {ln}: bad JSON {ex}'); continue
        if set(d) != {'query', 'expected', 'kind', 'notes'}:
            errs.append(f'line {ln}: keys {sorted(d)}')
            continue
        q, exp, kind, notes = d['query'], d['expected'], d['kind'], d['notes'] or ''
        counts[kind] += 1
        if not isinstance(q, str) or not q.strip():
            errs.append(f'line {ln}: empty query')
            continue
        if q.strip().lower() in seen:
            errs.append(f'line {ln}: duplicate query {q!r}')
        seen.add(q.strip().lower())
        if prior_dir and q.strip().lower() in prior_q:
            errs.append(f'line {ln}: query used in an earlier set {q!r}')
        if kind in KINDS_POS:
            npos += 1
            if not exp:
                errs.append(f'line {ln}: positive kind {kind} without expected'); continue
            m = re.search(r'\[(SDN ent_num|CSL row) (\d+)\]$', notes.strip())
            if not m:
                errs.append(f'line {ln}: notes do not end with [SDN ent_num N] / [CSL row N]'); continue
            num = int(m.group(2))
            if m.group(1) == 'SDN ent_num':
                if num not in sdn:
                    errs.append(f'line {ln}: no SDN ent_num {num}'); continue
                name, typ = sdn[num]
                if typ:
                    errs.append(f'line {ln}: SDN {num} is {typ}, not an organisation')
                tgt = ('S', num)
                if prior_dir and num in prior_ents:
                    errs.append(f'line {ln}: SDN {num} used or cited in an earlier set')
            else:
                if num not in csl:
                    errs.append(f'line {ln}: no CSL row {num}'); continue
                name, typ = csl[num]['name'], csl[num]['type']
                if typ not in ('', 'Entity'):
                    errs.append(f'line {ln}: CSL row {num} is {typ}')
                tgt = ckey(num)
                if prior_dir and (num in prior_rows or (tgt[0] == 'S' and tgt[1] in prior_ents)):
                    errs.append(f'line {ln}: CSL row {num} (or its SDN twin) used in an earlier set')
            if name != exp:
                errs.append(f'line {ln}: expected {exp!r} != data name {name!r}')
            if prior_dir and exp in prior_exp:
                errs.append(f'line {ln}: expected {exp!r} was a target in an earlier set')
            if q == exp:
                errs.append(f'line {ln}: query identical to expected')
            hits = set()
            for f in forms(q):
                hits |= index.get(f, set())
            if hits - {tgt}:
                errs.append(f'line {ln}: {q!r} equals a name/alias of another record {sorted(hits - {tgt})}')
            targets[tgt] += 1
        elif kind in KINDS_NEG:
            nneg += 1
            if exp is not None:
                errs.append(f'line {ln}: negative kind {kind} with expected {exp!r}')
            hits = set()
            for f in forms(q):
                hits |= index.get(f, set())
            if hits:
                errs.append(f'line {ln}: negative {q!r} equals listed record(s) {sorted(hits)}')
        else:
            errs.append(f'line {ln}: unknown kind {kind!r}')

    print(f'file: {path}')
    print(f'rows {npos + nneg}: positives {npos}, negatives {nneg}; distinct positive targets {len(targets)}')
    for k in sorted(KINDS_POS) + sorted(KINDS_NEG):
        print(f'  {k:22s} {counts.get(k, 0)}')
    print(f'prior-set overlap check: {"on (" + prior_dir + ")" if prior_dir else "off"}')
    for e in errs:
        print('ERROR', e)
    print('FAIL' if errs else 'PASS', f'({len(errs)} errors)')
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
