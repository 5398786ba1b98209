"""Validate train33.jsonl. Standard library only; imports lib.py. Prints counts and verdicts only.
Usage: python3 check.py [--file PATH]"""
import json, os, re, sys
from collections import Counter
import lib

POS_KINDS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy',
             'word_order', 'transliteration', 'translation', 'partial', 'script']
NEG_KINDS = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
             'city_country': 15, 'brand_product': 16}

def main():
    path = os.path.join(lib.OUT_DIR, 'train33.jsonl')
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    ix = lib.Index()
    prior, uses, nf, nr = lib.load_prior(ix.unique_org)
    cand = {c['ent']: c for c in json.load(open(os.path.join(lib.HERE, 'cand.json')))}
    level = min(c['uses'] for c in cand.values() if not c['ambiguous'])
    allf = set(ix.fmap) | ix.csl_f
    errs = []
    rows = []
    for i, line in enumerate(open(path, encoding='utf-8')):
        try:
            rows.append(json.loads(line))
        except ValueError:
            errs.append(f'line {i + 1}: not JSON')
    if len(rows) != 301:
        errs.append(f'{len(rows)} rows, want 301')
    kinds = Counter(r.get('kind') for r in rows)
    for k in POS_KINDS:
        if kinds[k] != 12:
            errs.append(f'kind {k}: {kinds[k]} rows, want 12')
    for k, n in NEG_KINDS.items():
        if kinds[k] != n:
            errs.append(f'kind {k}: {kinds[k]} rows, want {n}')
    extra = set(kinds) - set(POS_KINDS) - set(NEG_KINDS)
    if extra:
        errs.append(f'unknown kinds {sorted(extra)}')
    npos = sum(r.get('expected') is not None for r in rows)
    if npos != 156 or len(rows) - npos != 145:
        errs.append(f'{npos} positives / {len(rows) - npos} negatives, want 156/145')
    seen_q, ents, prior_hits, uses_hist = set(), Counter(), 0, Counter()
    for i, r in enumerate(rows, 1):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            errs.append(f'row {i}: keys {sorted(r)}')
            continue
        q, exp, kind, notes = r['query'], r['expected'], r['kind'], r['notes']
        if not isinstance(q, str) or not q.strip():
            errs.append(f'row {i}: empty query'); continue
        k = lib.prior_keys_of(q)
        if k & seen_q:
            errs.append(f'row {i}: query repeats another query of this set')
        seen_q |= k
        if lib.is_prior(q, prior):
            prior_hits += 1
            errs.append(f'row {i}: query repeats an earlier set query key')
        if exp is not None:
            if kind not in POS_KINDS:
                errs.append(f'row {i}: positive with negative kind')
            if ix.name_count.get(exp) != 1 or exp not in ix.unique_org:
                errs.append(f'row {i}: expected is not a unique SDN_Name of an organisation'); continue
            ent = ix.unique_org[exp]
            if ix.by_ent[ent]['type'] != '':
                errs.append(f'row {i}: target is not an organisation')
            m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
            if not m or int(m.group(1)) != ent:
                errs.append(f'row {i}: notes do not end with the target ent_num')
            ents[ent] += 1
            c = cand.get(ent)
            if not c or c['ambiguous'] or c['uses'] != level:
                errs.append(f'row {i}: target not at least-used level {level}')
            uses_hist[uses.get(ent, 0)] += 1
            if not notes.startswith(kind + ':'):
                errs.append(f'row {i}: notes do not start with the kind')
            if ix.by_ent[ent]['program'] not in notes or exp not in notes or f'earlier-set uses {uses.get(ent, 0)};' not in notes:
                errs.append(f'row {i}: notes lack program / target / correct earlier-use count')
            if q == exp:
                errs.append(f'row {i}: query equals target name exactly')
            if kind not in ('messy', 'script') and (ix.fold_hits(q) - {ent}):
                errs.append(f"row {i}: query equals another record's name/alias after folding")
        else:
            if kind not in NEG_KINDS:
                errs.append(f'row {i}: negative with positive kind')
            if not notes.startswith(f'not listed: {kind}'):
                errs.append(f'row {i}: negative notes do not start "not listed: <category>"')
            if 'shared with' not in notes and 'shares no word with a listed org' not in notes:
                errs.append(f'row {i}: negative notes lack shared-word information')
            if lib.fold_variants(q) & allf:
                errs.append(f'row {i}: negative equals an SDN name/alias or CSL name after folding')
            if q.strip() in ix.name_count or q.strip() in ix.alias_names:
                errs.append(f'row {i}: negative is exactly an SDN name or alias')
    dup = [e for e, n in ents.items() if n > 1]
    if dup:
        errs.append(f'{len(dup)} entities used more than once')
    print(f'file: {os.path.basename(path)}; earlier sets read: {nf} files, {nr} rows')
    print(f'rows {len(rows)}; positives {npos}; negatives {len(rows) - npos}; distinct targets {len(ents)}')
    print('per kind:', dict(sorted(kinds.items())))
    print('earlier-set uses of targets:', dict(uses_hist), f'(least-used usable level {level})')
    print('queries repeating an earlier set:', prior_hits)
    for e in errs:
        print('ERROR', e)
    print(f'{len(errs)} errors:', 'PASS' if not errs else 'FAIL')
    return 0 if not errs else 1

if __name__ == '__main__':
    sys.exit(main())
