"""python3 check.py [--file PATH] : validates train95.jsonl; last line PASS/FAIL"""
import sys, os, re, json
from collections import Counter
import lib, gen, rules, rows_neg as R

NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<var>.+); program (?P<prog>.+); earlier-set uses (?P<n>\d+); target (?P<t>.+) \[SDN ent_num (?P<e>\d+)\]$')
NEAR_RE = re.compile(r'reused word: (?P<w>\S+) \((?P<c>\d+) listed org names?/alias(es)?\) from in-set target (?P<t>.+) \[SDN ent_num (?P<e>\d+)\]; ')
NEG_KINDS = set(R.QUOTAS)

def main():
    path = os.path.join(lib.EVAL, 'train95.jsonl')
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d = lib.Data()
    prior = lib.load_prior(d)
    keys, fulls, uses, nfiles = prior
    E = []
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    pos = [r for r in rows if r.get('expected') is not None]
    neg = [r for r in rows if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        E.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
    kc = Counter(r.get('kind') for r in rows)
    for k in gen.KINDS:
        if kc[k] != 12:
            E.append('kind %s has %d rows' % (k, kc[k]))
    for k, q in R.QUOTAS.items():
        if kc[k] != q:
            E.append('category %s has %d rows (quota %d)' % (k, kc[k], q))
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            E.append('row %d keys %s' % (i, sorted(r)))
        if not (r.get('query') or '').strip():
            E.append('row %d empty query' % i)
        k = r.get('kind')
        if k not in gen.KINDS and k not in NEG_KINDS:
            E.append('row %d unknown kind %s' % (i, k))
        if r.get('expected') is not None and k in NEG_KINDS:
            E.append('row %d positive with negative kind' % i)
        if r.get('expected') is None and k in gen.KINDS:
            E.append('row %d negative with positive kind' % i)
    # in-set uniqueness
    sk, sf = Counter(), Counter()
    for r in rows:
        sk[lib.key(r['query'])] += 1
        if r['kind'] not in ('script', 'other_script'):
            sf[lib.full(r['query'])] += 1
    for x, n in sk.items():
        if n > 1: E.append('in-set duplicate key %r' % x)
    for x, n in sf.items():
        if n > 1: E.append('in-set duplicate full fold %r' % x)
    # positives
    ents, levels, narc, narc_abbr = [], Counter(), 0, 0
    shape_cnt = Counter()
    for i, r in enumerate(rows):
        if r['expected'] is None:
            continue
        k, q, n = r['kind'], r['query'], r['notes']
        m = NOTE_RE.match(n)
        if not m:
            E.append('row %d note shape' % i); continue
        if m['kind'] != k:
            E.append('row %d note kind %s' % (i, m['kind']))
        e = int(m['e'])
        s = d.sdn.get(e)
        if not s or s['name'] != r['expected'] or m['t'] != r['expected']:
            E.append('row %d expected/target/ent mismatch' % i); continue
        if e not in d.pool or s['type'] != '' or d.unique_name.get(s['name']) != e:
            E.append('row %d target not a pool organisation' % i)
        if m['prog'] != s['program']:
            E.append('row %d program mismatch' % i)
        if int(m['n']) != uses[e]:
            E.append('row %d earlier-use count %s, recount %d' % (i, m['n'], uses[e]))
        if not lib.level_ok(d, e, uses[e]):
            E.append('row %d level %d outside range' % (i, uses[e]))
        ents.append(e); levels[uses[e]] += 1
        nc = lib.is_narc(s['program'])
        if nc:
            narc += 1
            if k == 'abbreviation':
                narc_abbr += 1
            elif k not in gen.NARC_ONLY:
                E.append('row %d narcotics target in non-narcotics kind %s' % (i, k))
        elif k in gen.NARC_ONLY:
            E.append('row %d non-narcotics target in narcotics-only kind %s' % (i, k))
        var = m['var']
        sh = gen.shape_of(k, var)
        if sh is None:
            E.append('row %d unknown shape %r' % (i, var)); continue
        shape_cnt[(k, sh)] += 1
        detail = var[len(sh) + 2:-1] if var != sh else None
        name = s['name']
        qtok = q.split()
        nfull = lib.full(name).split()
        if k == 'legal_form':
            lang, form, p = [x for x in gen.LEGAL_FORMS if gen.legal_shape(*x) == sh][0]
            ok = q.startswith(form + ' ') if p == 'front' else q.endswith(' ' + form)
            if not ok:
                E.append('row %d legal form %s not at its place' % (i, form))
        if k == 'abbreviation':
            ab, longs = [x for x in gen.ABBR if gen.abbr_shape(x[0]) == sh][0]
            if ab not in qtok:
                E.append('row %d abbreviation %s not in query' % (i, ab))
            if not set(longs) & set(nfull):
                E.append('row %d no long word of %s in name' % (i, ab))
        if k == 'translation':
            mm = re.match(r'^(.+) for (\S+)$', detail or '')
            if not mm or gen.DICT[sh].get(mm[2]) != mm[1] or mm[1] not in q or mm[2] not in nfull:
                E.append('row %d translated word not checked (%r)' % (i, detail))
        if k in ('parent_vs_subsidiary', 'messy'):
            c = d.city(e)
            if detail != c or c not in q:
                E.append('row %d city missing or not the add.csv city' % i)
            if k == 'parent_vs_subsidiary':
                lang, w, p = [x for x in gen.UNITS if gen.unit_shape(*x) == sh][0]
                if (' %s %s' % (w, c) if p == 'before' else ' %s %s' % (c, w)) not in q:
                    E.append('row %d unit word %s missing' % (i, w))
        if k in ('typo', 'punctuation'):
            disp = gen.display(name).split()
            if not detail or detail not in disp or detail in qtok:
                E.append('row %d edited word %r not in name or still in query' % (i, detail))
        if k == 'aka':
            if q not in [a for t, a in d.alt[e] if t == 'aka']:
                E.append('row %d not an aka alias' % i)
        for x in rules.pos_errors(d, prior, k, e, q, sh):
            E.append('row %d %s: %s' % (i, k, x))
    if len(set(ents)) != 156:
        E.append('distinct targets %d' % len(set(ents)))
    if narc > lib.NARC_CAP:
        E.append('narcotics %d over cap' % narc)
    if narc_abbr > 2:
        E.append('narcotics abbreviations %d' % narc_abbr)
    for (k, sh), c in shape_cnt.items():
        if c > gen.quota(k):
            E.append('shape %s/%s used %d times (quota %d)' % (k, sh, c, gen.quota(k)))
    # negatives
    posents = set(ents)
    near_w, near_e = Counter(), Counter()
    for i, r in enumerate(rows):
        if r['expected'] is not None:
            continue
        k, q, n = r['kind'], r['query'], r['notes']
        if not n.startswith('not listed: %s; ' % k):
            E.append('row %d note prefix' % i)
        if not n.endswith(d.shared_words(q)):
            E.append('row %d shared-word text differs' % i)
        for x in rules.neg_errors(d, prior, k, q):
            E.append('row %d %s: %s' % (i, k, x))
        words = q.split()
        if k in ('near_miss', 'shares_one_word'):
            for w in words[1:]:
                if d.tok_count(lib.full(w)):
                    E.append('row %d theme word %s in a listed org name' % (i, w))
        if k == 'shares_one_word':
            if not d.tok_count(lib.full(words[0])) or ' '.join(words[1:]) not in R.SHARES_PHRASES:
                E.append('row %d shares_one_word shape' % i)
        if k == 'near_miss':
            mm = NEAR_RE.search(n)
            if not mm:
                E.append('row %d near-miss note' % i); continue
            w, c, e = mm['w'], int(mm['c']), int(mm['e'])
            near_w[w] += 1; near_e[e] += 1
            if e not in posents or d.sdn[e]['name'] != mm['t']:
                E.append('row %d near-miss target not in set' % i)
                continue
            if c != d.tok_count(w) or not 1 <= c <= 3:
                E.append('row %d near-miss count' % i)
            if not (w.isascii() and w.isalpha() and len(w) >= 4) or w in gen.SMALL or w in gen.LEGAL_TOK \
               or w in R.NEAR_STOP or w in d.place_tokens:
                E.append('row %d near-miss word rules (%s)' % (i, w))
            if w not in lib.full(d.sdn[e]['name']).split() or len(lib.core(d.sdn[e]['name']).split()) < 2:
                E.append('row %d near-miss word not in target / target core short' % i)
            if words[0] != gen.tcw(w.upper()) or ' '.join(words[1:]) not in R.NEAR_PHRASES:
                E.append('row %d near-miss query shape' % i)
    for w, c in near_w.items():
        if c > 1: E.append('near-miss word %s used %d times' % (w, c))
    for e, c in near_e.items():
        if c > 1: E.append('near-miss target %d used %d times' % (e, c))
    for x in E:
        print('ERROR', x)
    if E:
        print('FAIL: %d errors' % len(E))
        sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
        len(rows), len(pos), len(neg), len(set(ents)),
        ', '.join('%d at level %d' % (levels[l], l) for l in sorted(levels)), narc, nfiles))

if __name__ == '__main__':
    main()
