"""Validator for train98.jsonl. Usage: python3 check.py [--file PATH]"""
import sys, json, re
from collections import Counter
import lib, gen, rules
import rows_neg as R
from build import near_word_ok

def main():
    path = lib.SET_FILE
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    errs = []
    def E(i, msg):
        errs.append('ERROR row %s: %s' % (i, msg))
    d = lib.data(); pool = d.pool(); prior = lib.prior(); keys, fulls, uses, nfiles = prior
    rows = []
    with open(path, encoding='utf-8') as fh:
        for i, line in enumerate(fh):
            if line.strip():
                rows.append(json.loads(line))
    pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
    neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        E('-', 'counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            E(i, 'keys %s' % sorted(r))
        if not (r.get('query') or '').strip():
            E(i, 'empty query')
        k = r.get('kind')
        if k not in gen.KINDS and k not in rules.NEG_QUOTA:
            E(i, 'unknown kind %r' % k)
        if r.get('expected') is not None and k not in gen.KINDS:
            E(i, 'positive with a negative kind')
        if r.get('expected') is None and k not in rules.NEG_QUOTA:
            E(i, 'negative with a positive kind')
    kc = Counter(r['kind'] for _, r in pos)
    for k in gen.KINDS:
        if kc[k] != 12:
            E('-', 'kind %s has %d rows' % (k, kc[k]))
    nc = Counter(r['kind'] for _, r in neg)
    for k, q in rules.NEG_QUOTA.items():
        if nc[k] != q:
            E('-', 'category %s has %d rows, want %d' % (k, nc[k], q))
    # in-set uniqueness
    seen_k, seen_f = {}, {}
    for i, r in enumerate(rows):
        q = r['query']; kk = lib.key(q)
        if kk in seen_k:
            E(i, 'duplicate key with row %d' % seen_k[kk])
        seen_k[kk] = i
        if r['kind'] not in ('script', 'other_script'):
            f = lib.full(q)
            if f in seen_f:
                E(i, 'duplicate full fold with row %d' % seen_f[f])
            seen_f[f] = i
    # positives
    ents = Counter(); narc = 0; narc_abbr = 0; shape_cnt = Counter(); levels = Counter()
    for i, r in pos:
        m = rules.NOTE_RE.match(r['notes'])
        if not m:
            E(i, 'note shape'); continue
        kind = r['kind']; q = r['query']
        if m['kind'] != kind:
            E(i, 'note kind %s != %s' % (m['kind'], kind))
        e = int(m['ent'])
        if e not in d.sdn or d.sdn[e]['name'] != r['expected'] or m['name'] != r['expected']:
            E(i, 'target/ent_num mismatch'); continue
        v = d.sdn[e]
        if d.name_to_ent.get(r['expected']) != e or e not in pool or v['type'] != '':
            E(i, 'not a unique -0- non-alias pool name')
        if m['prog'] != v['program']:
            E(i, 'program mismatch')
        lv = uses.get(e, 0)
        if int(m['n']) != lv:
            E(i, 'earlier-use count %s, recount %d' % (m['n'], lv))
        isn = lib.is_narc(v['program'])
        lo = lib.MIN_LEVEL_NARC if isn else lib.MIN_LEVEL_OTHER
        if not (lo <= lv <= lib.MAX_LEVEL):
            E(i, 'level %d out of range' % lv)
        levels[lv] += 1
        ents[e] += 1
        if isn:
            narc += 1
            if kind == 'abbreviation':
                narc_abbr += 1
        if kind in gen.NARC_ONLY and not isn:
            E(i, 'narcotics-only kind, non-narcotics target')
        if kind not in gen.NARC_ONLY and kind not in gen.MIXED and isn:
            E(i, 'non-narcotics kind, narcotics target')
        shape, detail = gen.shape_of(kind, m['variant'])
        if shape is None:
            E(i, 'unknown shape %r' % m['variant']); continue
        shape_cnt[(kind, shape)] += 1
        if kind == 'aka':
            mm = re.fullmatch(r'alt_num (\d+)', detail or '')
            al = [a for a in d.alts.get(e, []) if mm and a[0] == int(mm.group(1))]
            if not al or al[0][2] != q or al[0][1] != 'aka':
                E(i, 'aka alias/alt_num/type mismatch')
        else:
            gens = [(s, dt, qq) for s, dt, qq in gen.generate(kind, e, d) if s == shape]
            if not any(qq == q for _, _, qq in gens):
                E(i, 'query is not what its shape gives')
            if not any(gen.variant(s, dt) == m['variant'] and qq == q for s, dt, qq in gens):
                E(i, 'variant text not regenerated')
        name = v['name']; disp = gen.display(name)
        if kind == 'legal_form':
            form = [f for f in gen.LEGAL_FORMS if f[0] == shape][0]
            ok = q.startswith(form[1] + ' ') if form[2] else q.endswith(' ' + form[1])
            if not ok:
                E(i, 'legal form not at its place')
        if kind == 'abbreviation':
            ab = shape.split('`')[1]; longs = dict(gen.ABBR)[ab]
            if ab not in q.split() and ab + ',' not in q.split():
                E(i, 'abbreviation not in query')
            if not any(t.rstrip(',').upper() in longs for t in name.split()):
                E(i, 'long word not in name')
        if kind == 'translation':
            mm = re.fullmatch(r'`(.+)` for (\S+)', detail or '')
            if not mm or mm.group(1) not in q or gen.DICT[shape].get(mm.group(2)) != mm.group(1) \
                    or mm.group(2) not in [t.rstrip(',').lower() for t in name.split()]:
                E(i, 'translated word check')
        if kind in ('parent_vs_subsidiary', 'messy'):
            c = d.city(e)
            if (detail or '') != 'city %s' % c or not c or c not in q:
                E(i, 'city missing or mismatched')
        if kind == 'parent_vs_subsidiary':
            u = [x for x in gen.UNITS if gen.unit_shape(*x) == shape][0]
            c = d.city(e)
            want = (c + ' ' + u[1]) if u[2] else (u[1] + ' ' + c)
            if not q.endswith(want):
                E(i, 'unit word not next to the city')
        if kind in ('typo', 'punctuation'):
            w = (detail or '')[3:]
            if not (detail or '').startswith('in ') or w not in disp.split() and w + ',' not in disp.split():
                E(i, 'edited word not in display name')
            if w in q.replace(',', ' ').split():
                E(i, 'edited word still in query')
        if kind == 'script':
            for x in gen.script_errors(shape, q):
                E(i, x)
        if kind == 'case' and (q.lower() != name.lower() or q == name):
            E(i, 'not a pure case change')
        for x in rules.pos_errors(kind, e, q, shape, d, pool, prior):
            E(i, 'rule: ' + x)
    if len(ents) != 156 or any(c > 1 for c in ents.values()):
        E('-', '%d distinct targets' % len(ents))
    if narc > lib.NARC_CAP:
        E('-', 'SDNT/SDNTK %d > %d' % (narc, lib.NARC_CAP))
    if narc_abbr > gen.NARC_ABBR_MAX:
        E('-', 'narcotics abbreviations %d' % narc_abbr)
    for (k, s), c in shape_cnt.items():
        if c > gen.QUOTA(k):
            E('-', 'shape %s/%s used %d times' % (k, s, c))
    # negatives
    set_targets = {int(rules.NOTE_RE.match(r['notes'])['ent']) for _, r in pos if rules.NOTE_RE.match(r['notes'])}
    nw, nt = Counter(), Counter()
    theme_words = {w.lower() for p in R.PHRASES for w in p.split()}
    for i, r in neg:
        cat = r['kind']; q = r['query']; n = r['notes']
        if not n.startswith('not listed: %s; ' % cat):
            E(i, 'note prefix')
        if not n.endswith(d.shared_words(q)):
            E(i, 'shared-word text')
        for x in rules.neg_errors(cat, q, d, prior):
            E(i, 'rule: ' + x)
        if cat in ('near_miss', 'shares_one_word'):
            ws = q.split()
            for w in ws[1:]:
                if d.tok_count(lib.full(w)) != 0:
                    E(i, 'theme word %s in a listed org name' % w)
            if ' '.join(ws[1:]) not in R.PHRASES:
                E(i, 'unknown theme phrase')
        if cat == 'near_miss':
            mm = re.search(r'reused word: (\S+) \((\d+) listed org names?/alias(?:es)?\) from in-set target (.+) \[SDN ent_num (\d+)\]; ', n)
            if not mm:
                E(i, 'near-miss note'); continue
            w, c, tn, te = mm.group(1), int(mm.group(2)), mm.group(3), int(mm.group(4))
            if te not in set_targets or d.sdn[te]['name'] != tn:
                E(i, 'near-miss target not in set')
            elif not near_word_ok(d, w, te):
                E(i, 'near-miss word fails the word rules')
            if c != d.tok_count(w) or c > 3:
                E(i, 'near-miss count')
            if q != w.capitalize() + ' ' + ' '.join(q.split()[1:]):
                E(i, 'near-miss query shape')
            nw[w] += 1; nt[te] += 1
        if cat == 'shares_one_word':
            fw = q.split()[0]
            if fw not in R.SHARES_FIRST or d.tok_count(fw.lower()) < 1:
                E(i, 'shares_one_word first word not listed/known')
    for w, c in nw.items():
        if c > 1:
            E('-', 'near-miss word %s used %d times' % (w, c))
    for t, c in nt.items():
        if c > 1:
            E('-', 'near-miss target %d used %d times' % (t, c))
    for x in errs:
        print(x)
    if errs:
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    lv = ', '.join('%d at level %d' % (levels[k], k) for k in sorted(levels))
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
          % (len(rows), len(pos), len(neg), len(ents), lv, narc, nfiles))

if __name__ == '__main__':
    main()
