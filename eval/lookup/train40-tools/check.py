"""Validate train40.jsonl. Usage: python3 check.py [--file PATH]. Stdlib + lib.py only."""
import json, re, sys, os, unicodedata
from collections import Counter
import lib

KINDS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy',
         'word_order', 'transliteration', 'translation', 'partial', 'script']
NEG = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
       'city_country': 15, 'brand_product': 16}


def main():
    path = os.path.join(os.path.dirname(lib.HERE), 'train40.jsonl')
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    W = lib.World()
    prior, uses, nf, nr = lib.load_prior()
    errs = []
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    if len(rows) != 301:
        errs.append('row count %d != 301' % len(rows))
    kc = Counter(r.get('kind') for r in rows)
    for k in KINDS:
        if kc[k] != 12:
            errs.append('kind %s has %d rows' % (k, kc[k]))
    for k, n in NEG.items():
        if kc[k] != n:
            errs.append('category %s has %d rows (want %d)' % (k, kc[k], n))
    pos = [r for r in rows if r.get('expected') is not None]
    neg = [r for r in rows if r.get('expected') is None]
    if len(pos) != 156 or len(neg) != 145:
        errs.append('positives %d negatives %d' % (len(pos), len(neg)))
    seen_w, seen_f = Counter(), Counter()
    for r in rows:
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            errs.append('bad keys %r' % r.get('query'))
        seen_w[lib.ws_key(r['query'])] += 1
        seen_f[lib.full_key(r['query'])] += 1
        if lib.query_seen(r['query'], prior):
            errs.append('query used in an earlier set: %r' % r['query'])
    for k, v in seen_w.items():
        if v > 1:
            errs.append('duplicate query (ws fold): %r' % k)
    for k, v in seen_f.items():
        if v > 1:
            errs.append('duplicate query (full fold): %r' % k)
    ents = Counter()
    sdnt = 0
    levels = Counter()
    nscript_cjk = 0
    for r in pos:
        q, exp, kind, notes = r['query'], r['expected'], r['kind'], r['notes']
        if kind not in KINDS:
            errs.append('unknown positive kind %r' % kind)
        matches = [x for x in W.sdn if x['name'] == exp]
        if len(matches) != 1:
            errs.append('expected not unique/absent in sdn.csv: %r' % exp)
            continue
        x = matches[0]
        if x['type'] != '-0-':
            errs.append('expected is not an organisation: %r' % exp)
        if exp in W.alias_names:
            errs.append('expected is also an alias: %r' % exp)
        m = re.search(r'\[SDN ent_num (\d+)\]$', notes)
        if not m or int(m.group(1)) != x['ent']:
            errs.append('ent_num in notes does not match: %r' % q)
        ents[x['ent']] += 1
        if re.search(r'\bSDNTK?\b', x['program']):
            sdnt += 1
        u = uses.get(x['ent'], 0)
        levels[u] += 1
        if not notes.startswith(kind + ':'):
            errs.append('notes do not start with kind: %r' % q)
        if ('program ' + x['program']) not in notes or ('earlier-set uses %d;' % u) not in notes or ('target ' + exp) not in notes:
            errs.append('notes missing program/uses/target: %r' % q)
        if q == exp:
            errs.append('query equals target exactly: %r' % q)
        if kind not in ('messy', 'script') and (W.owners(q) - {x['ent']}):
            errs.append('query folds to another record: %r' % q)
        if kind == 'script':
            if not any(c.isalpha() and not unicodedata.name(c, '').startswith('LATIN') for c in q):
                errs.append('script row without non-Latin letters: %r' % q)
            if any('CJK' in unicodedata.name(c, '') for c in q):
                nscript_cjk += 1
    if len(ents) != 156:
        errs.append('distinct entities %d != 156' % len(ents))
    if nscript_cjk < 1:
        errs.append('no Chinese script row')
    if sdnt > 0.4 * len(pos):
        errs.append('SDNT/SDNTK share too high: %d' % sdnt)
    for r in neg:
        q, notes, kind = r['query'], r['notes'], r['kind']
        if kind not in NEG:
            errs.append('unknown negative category %r' % kind)
        if not notes.startswith('not listed: %s;' % kind):
            errs.append('negative notes do not start "not listed: <category>;": %r' % q)
        if 'shares' not in notes:
            errs.append('negative notes lack shared-word information: %r' % q)
        if q.lower() in W.exact:
            errs.append('negative equals an SDN/alias/CSL name exactly: %r' % q)
        elif W.owners(q):
            errs.append('negative folds to an SDN/alias/CSL name: %r' % q)
    print('file', path)
    print('prior files', nf, 'prior rows', nr)
    print('rows', len(rows), 'positives', len(pos), 'negatives', len(neg))
    print('kinds', dict(sorted(kc.items())))
    print('distinct entities', len(ents), 'levels', dict(levels), 'SDNT/SDNTK', sdnt, 'Chinese script rows', nscript_cjk)
    for e in errs:
        print('ERROR', e)
    print('PASS' if not errs else 'FAIL (%d errors)' % len(errs))
    return 0 if not errs else 1

if __name__ == '__main__':
    sys.exit(main())
