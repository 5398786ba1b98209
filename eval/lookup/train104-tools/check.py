"""Validator for train104.jsonl: python3 check.py [--file PATH]. Last line PASS or FAIL."""
import json, re, sys
from collections import Counter
import lib, gen, rules, rows_neg as R


def main():
    path = lib.OUT
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d = lib.Data()
    keys, fulls, uses, nfiles = lib.load_prior(d)
    prior = (keys, fulls)
    P = lib.pool(d)
    ps = set(P)
    errs = []

    def err(i, m):
        errs.append('row %d: %s' % (i, m))

    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    if nfiles != 104:
        errs.append('expected 104 earlier files, found %d' % nfiles)
    pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
    neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        errs.append('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
    kc = Counter(r.get('kind') for r in rows)
    for k in gen.KINDS:
        if kc[k] != 12:
            errs.append('kind %s has %d rows, want 12' % (k, kc[k]))
    for c, n in rules.NEG_QUOTA.items():
        if kc[c] != n:
            errs.append('category %s has %d rows, want %d' % (c, kc[c], n))
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            err(i, 'keys %s' % sorted(r))
        if not isinstance(r.get('query'), str) or not r['query'].strip():
            err(i, 'empty query')
        k = r.get('kind')
        if k not in gen.KINDS and k not in rules.NEG_QUOTA:
            err(i, 'unknown kind %s' % k)
        if r.get('expected') is not None and k in rules.NEG_QUOTA:
            err(i, 'positive with a negative kind')
        if r.get('expected') is None and k in gen.KINDS:
            err(i, 'negative with a positive kind')
    # in-set uniqueness
    sk, sf = Counter(), Counter()
    for i, r in enumerate(rows):
        q = r.get('query') or ''
        sk[lib.key(q)] += 1
        if r.get('kind') not in ('script', 'other_script'):
            sf[lib.full(q)] += 1
    for i, r in enumerate(rows):
        q = r.get('query') or ''
        if sk[lib.key(q)] > 1:
            err(i, 'duplicate key in set')
        if r.get('kind') not in ('script', 'other_script') and sf[lib.full(q)] > 1:
            err(i, 'duplicate full fold in set')
    # ---------------------------------------------------------------- positives
    targets = Counter()
    narc_n = 0
    narc_abbr = 0
    item_n, shape_n = Counter(), Counter()
    levels = Counter()
    for i, r in pos:
        kind, q = r['kind'], r['query']
        m = rules.NOTE_RE.match(r.get('notes') or '')
        if not m:
            err(i, 'note shape')
            continue
        if m.group('kind') != kind:
            err(i, 'note kind %s' % m.group('kind'))
        ent = int(m.group('ent'))
        rec = d.sdn.get(ent)
        if rec is None or rec['name'] != r['expected'] or m.group('target') != r['expected']:
            err(i, 'target/ent_num mismatch')
            continue
        targets[ent] += 1
        if ent not in ps or d.name_count[rec['name']] != 1 or rec['type'] != '':
            err(i, 'not a unique -0- pool name')
        if m.group('prog') != rec['program']:
            err(i, 'program mismatch')
        if int(m.group('uses')) != uses[ent]:
            err(i, 'earlier-use count %s, recount %d' % (m.group('uses'), uses[ent]))
        levels[uses[ent]] += 1
        narc = lib.is_narc(rec['program'])
        narc_n += narc
        if kind in gen.NARC_ONLY and not narc:
            err(i, 'narcotics-only kind on a non-narcotics target')
        if kind in gen.NARC_NEVER and narc:
            err(i, 'non-narcotics kind on a narcotics target')
        if kind == 'abbreviation' and narc:
            narc_abbr += 1
        shape, detail = gen.split_variant(kind, m.group('variant'))
        if shape is None:
            err(i, 'unknown shape %r' % m.group('variant'))
            continue
        it = gen.item_of(kind, shape, detail or '')
        item_n[(kind, it)] += 1
        shape_n[(kind, shape)] += 1
        # regenerate the query and the variant detail
        if (shape, detail, q) not in gen.generate(kind, d, ent):
            err(i, 'query not regenerated from target and shape')
        for e in rules.pos_errors(d, prior, ps, uses, kind, ent, shape, detail, q):
            err(i, e)
        name = rec['name']
        if kind == 'legal_form':
            form, front = [(f, fr) for s, f, fr in gen.LEGAL_FORMS if s == shape][0]
            if not (q.startswith(form + ' ') if front else q.endswith(' ' + form)):
                err(i, 'legal form not at its place')
        if kind == 'abbreviation':
            mm = re.match(r'^`(.+)` for (\S+)$', detail or '')
            if not mm or (mm.group(1), mm.group(2)) not in gen.SHORT_FORMS:
                err(i, 'short form not in my list')
            else:
                if mm.group(1) not in q.split() and mm.group(1) + ',' not in q.split():
                    err(i, 'short form not in the query')
                if mm.group(2) not in [t.rstrip(',') for t in name.split()]:
                    err(i, 'long word not in the name')
        if kind == 'translation':
            mm = re.match(r'^`(.+)` for (\S+)$', detail or '')
            if not mm or gen.DICT[shape].get(mm.group(2)) != mm.group(1):
                err(i, 'translation not a dictionary entry')
            else:
                if mm.group(1) not in q:
                    err(i, 'translated word not in the query')
                if mm.group(2) not in [t.rstrip(',') for t in name.split()]:
                    err(i, 'English word not in the name')
        if kind in ('parent_vs_subsidiary', 'messy'):
            c = d.city(ent)
            if detail != 'city %s' % c:
                err(i, 'note city is not the add.csv city')
            if not c or c not in q:
                err(i, 'city missing from the query')
            if kind == 'parent_vs_subsidiary':
                L, unit, after = [u for u in gen.UNITS if gen.unit_shape(*u) == shape][0]
                if not (q.endswith(' %s %s' % (c, unit)) if after else q.endswith(' %s %s' % (unit, c))):
                    err(i, 'unit word not next to the city')
        if kind in ('typo', 'punctuation'):
            w = (detail or '')[3:]
            toks = [t.rstrip(',') for t in q.split()]
            if not (detail or '').startswith('in ') or w not in [t.rstrip(',') for t in gen.display(name).split()]:
                err(i, 'edited word not in the display name')
            if w in toks:
                err(i, 'edited word still in the query')
    if len(targets) != 156 or any(v > 1 for v in targets.values()):
        errs.append('%d distinct targets (want 156, each once)' % len(targets))
    if narc_n > lib.NARC_CAP:
        errs.append('SDNT/SDNTK rows %d > %d' % (narc_n, lib.NARC_CAP))
    if narc_abbr > 2:
        errs.append('narcotics abbreviations %d > 2' % narc_abbr)
    for (kind, it), n in item_n.items():
        if kind in gen.ITEM_KINDS and n > 1:
            errs.append('item %s/%s used %d times' % (kind, it, n))
    for (kind, sh), n in shape_n.items():
        if kind not in gen.ITEM_KINDS and kind != 'aka' and n > gen.quota(kind, sh):
            errs.append('shape quota exceeded: %s/%s %d' % (kind, sh, n))
    # ---------------------------------------------------------------- negatives
    in_set = {}
    for i, r in pos:
        m = rules.NOTE_RE.match(r.get('notes') or '')
        if m:
            in_set[int(m.group('ent'))] = m.group('target')
    nm_words, nm_targets = Counter(), Counter()
    for i, r in neg:
        cat, q = r['kind'], r['query']
        m = rules.NEG_RE.match(r.get('notes') or '')
        if not m:
            err(i, 'negative note shape')
            continue
        if m.group('cat') != cat:
            err(i, 'note category %s' % m.group('cat'))
        if m.group('shared') != rules.shared_text(d, q):
            err(i, 'shared-word text differs from the recount')
        for e in rules.neg_errors(d, prior, cat, q):
            err(i, e)
        if cat in ('near_miss', 'shares_one_word'):
            ph = [p for p in R.PHRASES if q.endswith(' ' + p)]
            if not ph:
                err(i, 'no known theme phrase at the end')
            elif any(d.tok_count(w) for w in lib.full(ph[0]).split()):
                err(i, 'theme phrase word in a listed org name')
            head = q[:-len(ph[0]) - 1] if ph else q
            if cat == 'shares_one_word':
                if head not in R.SHARES_FIRST or d.tok_count(lib.full(head)) == 0:
                    err(i, 'first word not a known listed word')
        if cat == 'near_miss':
            if m.group('rw') is None:
                err(i, 'near miss without reused word')
                continue
            w, n, tname, ent = m.group('rw'), int(m.group('rwn')), m.group('rt'), int(m.group('re'))
            nm_words[w] += 1
            nm_targets[ent] += 1
            if in_set.get(ent) != tname:
                err(i, 'reused word target is not an in-set target')
                continue
            if n != d.tok_count(w) or not (1 <= n <= 3):
                err(i, 'reused word count/rarity')
            body, legal = gen.split_legal(tname)
            plain = {t.rstrip(',').lower() for t in body if t.rstrip(',').isalpha()}
            if w not in lib.full(tname).split() or w not in plain or not (w.isascii() and w.isalpha() and len(w) >= 4):
                err(i, 'reused word shape')
            if w in gen.SMALL or w in R.STOP:
                err(i, 'reused word is small or stopped')
            if w in d.place:
                err(i, 'reused word is a place token')
            if len(lib.core_tokens(tname)) < 2:
                err(i, 'target core shorter than 2 words')
            if not ph or q != '%s %s' % (w.capitalize(), ph[0]):
                err(i, 'near miss query shape')
    for w, n in nm_words.items():
        if n > 1:
            errs.append('near-miss word %s used %d times' % (w, n))
    for e, n in nm_targets.items():
        if n > 1:
            errs.append('near-miss target %d used %d times' % (e, n))
    for e in errs:
        print('ERROR', e)
    lv = ', '.join('%d at level %d' % (levels[k], k) for k in sorted(levels))
    if errs:
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
        len(rows), len(pos), len(neg), len(targets), lv, narc_n, nfiles))


if __name__ == '__main__':
    main()
