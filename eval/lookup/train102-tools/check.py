"""Validator for train102.jsonl: python3 check.py [--file PATH]. Prints errors, then PASS or FAIL (exit 1)."""
import json, sys
from collections import Counter
import lib, gen, rules, rows_neg
from lib import key, full

def main():
    path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else lib.OUT
    ctx = rules.Ctx(); d = ctx.data
    errs = []
    def E(i, msg):
        errs.append('row %s: %s' % (i, msg))
    rows = []
    with open(path, encoding='utf-8') as fh:
        for i, line in enumerate(fh):
            try:
                rows.append(json.loads(line))
            except Exception as ex:
                E(i, 'bad json %s' % ex)
    pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
    neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        E('-', 'counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
    kc = Counter(r.get('kind') for _, r in pos)
    for k in gen.KINDS:
        if kc[k] != 12:
            E('-', 'kind %s has %d rows' % (k, kc[k]))
    nc = Counter(r.get('kind') for _, r in neg)
    for k, q in rules.NEG_QUOTA.items():
        if nc[k] != q:
            E('-', 'category %s has %d rows, want %d' % (k, nc[k], q))
    seen_k, seen_f = {}, {}
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            E(i, 'keys %s' % sorted(r))
        q = r.get('query') or ''
        if not q.strip():
            E(i, 'empty query')
        kind = r.get('kind')
        if kind not in gen.KINDS and kind not in rules.NEG_KINDS:
            E(i, 'unknown kind %r' % kind)
        if r.get('expected') is not None and kind not in gen.KINDS:
            E(i, 'positive with a negative kind')
        if r.get('expected') is None and kind not in rules.NEG_KINDS:
            E(i, 'negative with a positive kind')
        k = key(q)
        if k in seen_k:
            E(i, 'duplicate key (row %d)' % seen_k[k])
        seen_k.setdefault(k, i)
        if kind not in ('script', 'other_script'):
            f = full(q)
            if f in seen_f:
                E(i, 'duplicate full fold (row %d)' % seen_f[f])
            seen_f.setdefault(f, i)
    # positives
    ents, narc_n, narc_abbr, levels = [], 0, 0, Counter()
    shape_n, items = Counter(), Counter()
    targets = {}
    for i, r in pos:
        m = rules.NOTE_RE.match(r.get('notes') or '')
        if not m:
            E(i, 'note shape'); continue
        kind, q = r['kind'], r['query']
        if m['kind'] != kind:
            E(i, 'note kind %s' % m['kind'])
        ent = int(m['ent'])
        rec = d.sdn.get(ent)
        if not rec or rec['name'] != r['expected'] or m['target'] != r['expected']:
            E(i, 'target/ent_num mismatch'); continue
        if ent not in ctx.pool:
            E(i, 'not a unique -0- pool name'); continue
        if m['program'] != rec['program']:
            E(i, 'program mismatch')
        if int(m['uses']) != ctx.uses[ent]:
            E(i, 'earlier-use count %s, recount %d' % (m['uses'], ctx.uses[ent]))
        narc = lib.is_narc(rec['program'])
        if not lib.level_ok(ctx.uses[ent], narc):
            E(i, 'level %d out of range' % ctx.uses[ent])
        levels[ctx.uses[ent]] += 1
        ents.append(ent); targets[ent] = rec['name']
        if narc:
            narc_n += 1
            if kind == 'abbreviation':
                narc_abbr += 1
            elif kind not in gen.NARC_ONLY:
                E(i, 'narcotics name in a non-narcotics kind')
        elif kind in gen.NARC_ONLY:
            E(i, 'non-narcotics name in a narcotics-only kind')
        shape, detail = gen.shape_of(kind, m['variant'])
        if shape is None:
            E(i, 'unknown shape %r' % m['variant']); continue
        shape_n[(kind, shape)] += 1
        if shape_n[(kind, shape)] > gen.QUOTA[kind]:
            E(i, 'shape quota exceeded for %s' % shape)
        if kind in gen.ITEM_KINDS:
            try:
                it = gen.item_key(kind, shape, detail)
            except IndexError:
                it = detail
            items[(kind, it)] += 1
            if items[(kind, it)] > 1:
                E(i, 'item used twice: %s' % it)
        name = rec['name']
        cands = gen.GEN[kind](d, ent, name)
        match = [c for c in cands if c[0] == shape and c[1] == detail]
        if kind == 'aka':
            if not any(c[2] == q for c in match):
                E(i, 'alias/alt_num mismatch')
        else:
            if not match:
                E(i, 'variant detail not regenerated')
            elif match[0][2] != q:
                E(i, 'query differs from regeneration')
        if kind == 'legal_form':
            it = [x for x in gen.LEGAL_ITEMS if x[0] == shape][0]
            ok = q.startswith(it[1] + ' ') if it[2] == 'front' else q.endswith(' ' + it[1])
            if not ok:
                E(i, 'legal form not at its place')
        if kind == 'abbreviation':
            a, w = detail.split('`')[1], detail.split(' for ')[-1]
            if a not in q.split() and a + ',' not in q.split():
                E(i, 'short form not in query')
            if w not in [t.rstrip(',') for t in name.split()] or gen.ABBR_MAP.get(w) != a:
                E(i, 'long word not in name / not in list')
        if kind == 'translation':
            tr, w = detail.split('`')[1], detail.split(' for ')[-1]
            if tr not in q or gen.TDICT[shape].get(w.lower(), '').replace('-', ' ') != tr.replace('-', ' '):
                E(i, 'translated word missing or not its dictionary entry')
            if w not in [t.rstrip(',') for t in name.split()]:
                E(i, 'English word not in name')
        if kind in ('parent_vs_subsidiary', 'messy'):
            city = detail[5:] if detail.startswith('city ') else None
            if city != d.city(ent):
                E(i, 'note city is not the add.csv city')
            if not city or city not in q:
                E(i, 'city missing from query')
            if kind == 'parent_vs_subsidiary' and city:
                u = [x for x in gen.UNITS if x[0] == shape][0]
                nxt = (u[1] + ('' if u[1].endswith("'") else ' ') + city) if u[2] == 'before' else (city + ' ' + u[1])
                if nxt not in q:
                    E(i, 'unit word not next to the city')
        if kind in ('typo', 'punctuation'):
            w = detail[3:] if detail.startswith('in ') else ''
            if not w or w not in gen.display(name).replace(',', ' ').split():
                E(i, 'edited word not in display name')
            if w and w in q.replace(',', ' ').split():
                E(i, 'edited word still in the query')
        for x in rules.pos_errors(ctx, kind, shape, q, ent):
            E(i, x)
    if len(set(ents)) != 156:
        E('-', '%d distinct targets' % len(set(ents)))
    if narc_n > lib.NARC_CAP:
        E('-', '%d SDNT/SDNTK rows' % narc_n)
    if narc_abbr > 2:
        E('-', '%d narcotics abbreviations' % narc_abbr)
    # negatives
    used_w, used_t = Counter(), Counter()
    for i, r in neg:
        q, cat = r['query'], r['kind']
        m = rules.NEG_RE.match(r.get('notes') or '')
        if not m:
            E(i, 'negative note shape'); continue
        if m['cat'] != cat:
            E(i, 'note category %s' % m['cat'])
        st = rules.shared_text(d, q)
        if m['shared'] != st:
            E(i, 'shared-word text differs from recount')
        for x in rules.neg_errors(ctx, cat, q):
            E(i, x)
        if cat in ('near_miss', 'shares_one_word'):
            ph = [p for p in rows_neg.PHRASES if q.endswith(' ' + p)]
            if not ph:
                E(i, 'no known theme phrase at the end'); continue
            if any(d.tok_count(full(w)) for w in ph[0].split()):
                E(i, 'theme word in a listed org name')
            first = q[:-len(ph[0]) - 1]
        if cat == 'near_miss':
            if not m['rw']:
                E(i, 'near miss without reused word'); continue
            w, n, tname, tent = m['rw'], int(m['rn']), m['rt'], int(m['re'])
            if targets.get(tent) != tname:
                E(i, 'near-miss target not an in-set target')
            if n != d.tok_count(w) or not 1 <= n <= 3:
                E(i, 'near-miss count/rarity')
            if not (w.isascii() and w.isalpha() and len(w) >= 4) or w in lib.STOP or w in gen.SMALL:
                E(i, 'near-miss word shape')
            if w in rows_neg.NEAR_STOP:
                E(i, 'near-miss word in the stop list')
            if w in d.place:
                E(i, 'near-miss word is a place token')
            if tname and (w not in full(tname).split() or len(lib.core(tname).split()) < 2):
                E(i, 'near-miss word not in target fold / target core too short')
            if first != w.capitalize():
                E(i, 'near-miss query shape')
            used_w[w] += 1; used_t[tent] += 1
            if used_w[w] > 1 or used_t[tent] > 1:
                E(i, 'near-miss word or target used twice')
        elif m['rw']:
            E(i, 'reused word outside near_miss')
        if cat == 'shares_one_word':
            if first not in rows_neg.SHARE_FIRST or d.tok_count(full(first)) == 0:
                E(i, 'first word unknown or not listed')
    for e in errs:
        print(e)
    lv = ', '.join('%d at level %d' % (levels[k], k) for k in sorted(levels))
    if errs:
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
          % (len(rows), len(pos), len(neg), len(set(ents)), lv, narc_n, ctx.nfiles))

main()
