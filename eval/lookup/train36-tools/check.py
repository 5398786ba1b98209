"""Validate train36.jsonl. Usage: python3 check.py [--file PATH]. Prints PASS or FAIL."""
import json, os, re, sys
from collections import Counter
import lib

KINDS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy',
         'word_order', 'transliteration', 'translation', 'partial', 'script']
NEG = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}

def main():
    path = os.path.join(os.path.dirname(lib.HERE), 'train36.jsonl')
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    ix = lib.Index(); keys, uses, nrows = lib.load_prior()
    cand = {c['ent']: c for c in json.load(open(os.path.join(lib.HERE, 'cand.json')))}
    min_level = min(c['uses'] for c in cand.values() if not c['ambiguous'])
    errs = []
    def err(i, msg):
        errs.append('row %d: %s' % (i, msg))
    rows = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append((i, json.loads(line)))
            except Exception as ex:
                err(i, 'bad JSON (%s)' % ex)
    if len(rows) != 301:
        errs.append('expected 301 rows, got %d' % len(rows))
    kc = Counter(r.get('kind') for _, r in rows)
    for k in KINDS:
        if kc[k] != 12:
            errs.append('kind %s has %d rows (want 12)' % (k, kc[k]))
    for c, n in NEG.items():
        if kc[c] != n:
            errs.append('category %s has %d rows (want %d)' % (c, kc[c], n))
    npos = sum(1 for _, r in rows if r.get('expected') is not None)
    if npos != 156 or len(rows) - npos != 145:
        errs.append('positives %d / negatives %d (want 156 / 145)' % (npos, len(rows) - npos))
    seen_ws, seen_fold, ents = set(), set(), Counter()
    prior_hits = 0; level = Counter()
    for i, r in rows:
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            err(i, 'keys %s' % sorted(r)); continue
        q, exp, kind, notes = r['query'], r['expected'], r['kind'], r['notes']
        if not isinstance(q, str) or not q.strip() or not isinstance(notes, str):
            err(i, 'empty or non-string query/notes'); continue
        if kind not in KINDS and kind not in NEG:
            err(i, 'unknown kind %r' % kind)
        kw, kf = lib.key_ws(q), lib.fold(q)
        if kw in seen_ws: err(i, 'duplicate query (whitespace fold)')
        if kf in seen_fold: err(i, 'duplicate query (accent/punctuation fold)')
        seen_ws.add(kw); seen_fold.add(kf)
        if lib.is_prior(q, keys):
            prior_hits += 1; err(i, 'query used in an earlier set')
        if kind in KINDS:
            if not isinstance(exp, str):
                err(i, 'positive kind without expected'); continue
            if not ix.is_org_unique(exp):
                err(i, 'expected is not a unique SDN organisation name (or is an alias)'); continue
            m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
            e = [x['ent'] for x in ix.sdn if x['name'] == exp][0]
            if not m or int(m.group(1)) != e:
                err(i, 'notes must end with [SDN ent_num %d]' % e)
            ents[e] += 1
            c = cand.get(e)
            if c is None or c['ambiguous']:
                err(i, 'target not in the usable candidate pool')
            else:
                level[c['uses']] += 1
            if not notes.startswith(kind + ':'): err(i, 'notes do not start with kind')
            if 'program %s;' % ix.by_ent[e]['program'] not in notes: err(i, 'notes lack program')
            if 'earlier-set uses %d;' % uses.get(e, 0) not in notes: err(i, 'notes have wrong earlier-set use count')
            if 'target %s ' % exp not in notes: err(i, 'notes lack target name')
            if q == exp: err(i, 'query equals target name exactly')
            if kind not in ('messy', 'script') and ix.matches_other(q, e):
                err(i, "query folds to another record's name/alias")
        else:
            if exp is not None:
                err(i, 'negative with non-null expected')
            if not notes.startswith('not listed: %s;' % kind):
                err(i, 'negative notes must start "not listed: <category>;"')
            if 'shares' not in notes:
                err(i, 'negative notes lack shared-word information')
            if ix.listed(q):
                err(i, 'negative is a listed name/alias (exact or folded)')
    for e, n in ents.items():
        if n > 1: errs.append('entity %d used %d times' % (e, n))
    if npos and len(ents) != 156:
        errs.append('%d distinct entities (want 156)' % len(ents))
    print('rows: %d (positives %d, negatives %d); earlier rows compared: %d' % (len(rows), npos, len(rows) - npos, nrows))
    print('kinds:', dict(sorted(kc.items())))
    print('distinct entities: %d; targets by earlier-set uses: %s (lowest usable level %d)' % (len(ents), dict(sorted(level.items())), min_level))
    print('queries repeating an earlier set: %d' % prior_hits)
    for m in errs:
        print('ERROR', m)
    print('%s (%d errors)' % ('PASS' if not errs else 'FAIL', len(errs)))
    return 0 if not errs else 1

if __name__ == '__main__':
    sys.exit(main())
