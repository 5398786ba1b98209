"""check.py [--file PATH]: validate train43.jsonl (standard library + lib.py only)."""
import json, re, sys, unicodedata
from collections import Counter
from lib import World, load_prior, ws_key, full_fold, keys

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form', 'abbreviation',
         'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
       'city_country': 15, 'brand_product': 16}
CJK = re.compile(r'[\u4e00-\u9fff]')


def nonlatin(s):
    return any(c.isalpha() and not unicodedata.name(c, '').startswith('LATIN') for c in s)


def main():
    path = '../train43.jsonl'
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    w = World()
    wsk, ffk, uses, nf, nr = load_prior(w.sdn)
    errs = []
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    pos = [r for r in rows if r.get('expected') is not None]
    neg = [r for r in rows if r.get('expected') is None]
    if len(rows) != 301: errs.append(f'{len(rows)} rows, want 301')
    if len(pos) != 156: errs.append(f'{len(pos)} positives, want 156')
    if len(neg) != 145: errs.append(f'{len(neg)} negatives, want 145')
    for r in rows:
        if set(r) != {'query', 'expected', 'kind', 'notes'}: errs.append(f'bad keys: {r}')
    kc = Counter(r['kind'] for r in pos)
    for k in KINDS:
        if kc[k] != 12: errs.append(f'kind {k}: {kc[k]} rows, want 12')
    for k in kc:
        if k not in KINDS: errs.append(f'unknown positive kind {k}')
    nc = Counter(r['kind'] for r in neg)
    for c, n in NEG.items():
        if nc[c] != n: errs.append(f'category {c}: {nc[c]} rows, want {n}')
    # uniqueness and earlier sets
    s1, s2 = Counter(ws_key(r['query']) for r in rows), Counter(full_fold(r['query']) for r in rows)
    for k, v in s1.items():
        if v > 1: errs.append(f'query repeated in set (ws key): {k!r}')
    for k, v in s2.items():
        if v > 1: errs.append(f'query repeated in set (fold key): {k!r}')
    n_prior = 0
    for r in rows:
        if ws_key(r['query']) in wsk or full_fold(r['query']) in ffk:
            n_prior += 1; errs.append(f'query used in an earlier set: {r["query"]!r}')
    # positives
    name_count = Counter(x['name'] for x in w.sdn.values())
    by_name = {x['name']: e for e, x in w.sdn.items()}
    ents = []
    n_sdnt = 0
    for r in pos:
        q, exp, k, notes = r['query'], r['expected'], r['kind'], r['notes']
        if name_count.get(exp, 0) != 1:
            errs.append(f'expected not a unique SDN_Name: {exp!r}'); continue
        e = by_name[exp]
        rec = w.sdn[e]
        if rec['type'] != '': errs.append(f'expected not an organisation: {exp!r}')
        if exp in w.alias_names: errs.append(f'expected is also an alias: {exp!r}')
        m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
        if not m or int(m.group(1)) != e: errs.append(f'ent_num mismatch in notes: {q!r}')
        ents.append(e)
        if re.search(r'\bSDNTK?\b', rec['program']): n_sdnt += 1
        if not notes.startswith(k + ':'): errs.append(f'notes do not start with kind: {q!r}')
        if f"program {rec['program']};" not in notes: errs.append(f'notes lack program: {q!r}')
        if f'earlier-set uses {uses[e]};' not in notes: errs.append(f'notes earlier-use count wrong: {q!r}')
        if f'target {exp} [' not in notes: errs.append(f'notes lack target name: {q!r}')
        if (q == exp) if k == 'case' else (q.lower() == exp.lower()):
            errs.append(f'query equals its target: {q!r}')
        if k not in ('messy', 'script'):
            other = {o for o in w.owners(q) if o != ('sdn', e)}
            if other: errs.append(f'positive folds to another record: {q!r} -> {sorted(other)[:2]}')
        if k == 'aka' and q not in [a for _, a in w.alt.get(e, [])]:
            errs.append(f'aka row is not an alias of its entity: {q!r}')
        if k == 'script' and not nonlatin(q): errs.append(f'script row without non-Latin letters: {q!r}')
    if len(set(ents)) != 156: errs.append(f'{len(set(ents))} distinct entities, want 156')
    if n_sdnt > 0.4 * len(pos): errs.append(f'SDNT/SDNTK {n_sdnt} > 40%')
    n_cjk = sum(1 for r in pos if r['kind'] == 'script' and CJK.search(r['query']))
    if n_cjk < 1: errs.append('no Chinese script row')
    lev = Counter(uses[e] for e in ents)
    # negatives
    for r in neg:
        q, k, notes = r['query'], r['kind'], r['notes']
        if not notes.startswith(f'not listed: {k};'): errs.append(f'negative notes prefix wrong: {q!r}')
        if "shares '" not in notes and 'shares no word with a listed org' not in notes:
            errs.append(f'negative notes lack shared-word information: {q!r}')
        if ws_key(q) in w.exact: errs.append(f'negative equals a listed name/alias/CSL name: {q!r}')
        if w.owners(q): errs.append(f'negative folds to a listed name/alias/CSL name: {q!r}')
    print(f'file {path}: {len(rows)} rows, {len(pos)} positives, {len(neg)} negatives')
    print(f'prior sets: {nf} files, {nr} rows; queries repeating an earlier set: {n_prior}')
    print(f'distinct entities {len(set(ents))}; earlier-use levels {dict(sorted(lev.items()))}; '
          f'SDNT/SDNTK {n_sdnt} ({100 * n_sdnt / max(1, len(pos)):.0f}%); Chinese script rows {n_cjk}')
    for e_ in errs: print('ERROR', e_)
    print(f'{len(errs)} errors')
    print('PASS' if not errs else 'FAIL')
    return 0 if not errs else 1


if __name__ == '__main__':
    sys.exit(main())
