"""validator for train99.jsonl (or --file PATH). Prints ERROR lines and PASS/FAIL; exit code 1 on FAIL."""
import sys, os, re, json
from collections import Counter
import lib, gen, rules
import rows_neg as R

def main():
    path = os.path.join(lib.LOOKUP, lib.THIS)
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    data = lib.Data(); prior = lib.load_prior(data); keys, folds, uses, nfiles = prior
    pool = data.pool()
    errs = []
    def err(i, m):
        errs.append('ERROR row %d: %s' % (i, m))
    rows = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f):
            try:
                rows.append(json.loads(line))
            except Exception as x:
                err(i, 'bad JSON %s' % x); rows.append({})
    pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
    neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        err(-1, 'counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
    kc = Counter(r.get('kind') for _, r in pos)
    for k in gen.KINDS:
        if kc[k] != 12:
            err(-1, 'kind %s has %d rows, want 12' % (k, kc[k]))
    nc = Counter(r.get('kind') for _, r in neg)
    for c, q in rules.NEG_QUOTA.items():
        if nc[c] != q:
            err(-1, 'category %s has %d rows, want %d' % (c, nc[c], q))
    seen_k, seen_f = {}, {}
    for i, r in enumerate(rows):
        if sorted(r.keys()) != ['expected', 'kind', 'notes', 'query']:
            err(i, 'keys %s' % sorted(r.keys()))
        q = r.get('query') or ''
        if not q.strip():
            err(i, 'empty query')
        kind = r.get('kind')
        if r.get('expected') is not None and kind not in gen.KINDS:
            err(i, 'positive with unknown/negative kind %r' % kind)
        if r.get('expected') is None and kind not in rules.NEG_QUOTA:
            err(i, 'negative with unknown/positive kind %r' % kind)
        k = lib.key(q)
        if k in seen_k:
            err(i, 'duplicate key with row %d' % seen_k[k])
        seen_k.setdefault(k, i)
        if kind not in ('script', 'other_script'):
            f = lib.full(q)
            if f in seen_f:
                err(i, 'duplicate full fold with row %d' % seen_f[f])
            seen_f.setdefault(f, i)
    # positives
    targets = Counter(); narc = 0; abbr_narc = 0; shape_n = Counter(); levels = Counter()
    for i, r in pos:
        q, kind, note = r['query'], r['kind'], r.get('notes') or ''
        m = rules.NOTE_RE.match(note)
        if not m:
            err(i, 'note shape'); continue
        if m.group('kind') != kind:
            err(i, 'note kind %s != %s' % (m.group('kind'), kind))
        e = int(m.group('ent'))
        rec = data.sdn.get(e)
        if not rec or rec['name'] != r['expected'] or m.group('target') != rec['name']:
            err(i, 'target/ent_num mismatch'); continue
        if e not in pool:
            err(i, 'not a pool member (unique -0- non-alias name)'); continue
        if m.group('program') != rec['program']:
            err(i, 'program mismatch')
        if int(m.group('uses')) != uses[e]:
            err(i, 'earlier-use count %s != recount %d' % (m.group('uses'), uses[e]))
        nz = lib.is_narc(rec['program'])
        if not lib.level_ok(uses[e], nz):
            err(i, 'level %d out of range (narcotics %s)' % (uses[e], nz))
        levels[uses[e]] += 1
        targets[e] += 1
        if nz:
            narc += 1
            if kind == 'abbreviation':
                abbr_narc += 1
        if kind in gen.NARC_ONLY and not nz:
            err(i, 'narcotics-only kind with a non-narcotics target')
        if kind not in gen.NARC_ONLY and kind != 'abbreviation' and nz:
            err(i, 'non-narcotics kind with a narcotics target')
        shape, detail = gen.shape_of(kind, m.group('variant')) if kind in gen.SHAPES else (None, None)
        if shape is None:
            err(i, 'unknown shape %r' % m.group('variant')); continue
        shape_n[(kind, shape)] += 1
        if shape_n[(kind, shape)] > gen.QUOTA[kind]:
            err(i, 'shape quota exceeded: %s' % shape)
        regen = {s: (d, qq) for s, d, qq in gen.generate(kind, rec, data)}
        if kind == 'aka':
            al = [a for a in data.alts[e] if a['name'] == q]
            if not al or al[0]['type'] != 'aka' or detail != 'alt_num %d' % al[0]['alt_num']:
                err(i, 'aka alias/type/alt_num mismatch')
        else:
            if shape not in regen:
                err(i, 'shape not generated for this target')
            else:
                d, qq = regen[shape]
                if qq != q:
                    err(i, 'query differs from its regeneration %r' % qq)
                if d != detail:
                    err(i, 'variant detail differs from its regeneration %r' % d)
        if kind == 'legal_form':
            it = [x for x in gen.LEGAL_ITEMS if x[0] == shape][0]
            if not (q.startswith(it[1] + ' ') if it[2] else q.endswith(' ' + it[1])):
                err(i, 'legal form not at its place')
        if kind == 'abbreviation':
            mm = re.match(r'`(.+?)` for (\S+)$', detail or '')
            words = dict(gen.ABBR_ITEMS).get(mm.group(1) if mm else '', [])
            if not mm or mm.group(1) not in q.split() and mm.group(1) + ',' not in q.split():
                err(i, 'abbreviation not in query')
            if not mm or mm.group(2) not in words or mm.group(2) not in [t.rstrip(',') for t in rec['name'].split()]:
                err(i, 'abbreviated word not in the name')
        if kind == 'translation':
            mm = re.match(r'`(.+)` for (\S+)$', detail or '')
            dct = dict(gen.DICTS).get(shape, {})
            if not mm or mm.group(1) not in q or dct.get(gen.CANON.get(mm.group(2), '')) != mm.group(1):
                err(i, 'translated word not in query or not its dictionary entry')
            if not mm or mm.group(2).upper() not in [t.rstrip(',') for t in rec['name'].split()]:
                err(i, 'English word not in the name')
        if kind in ('parent_vs_subsidiary', 'messy'):
            city = data.city(e)
            if detail != 'city ' + city or not city or city not in q:
                err(i, 'city missing or not the add.csv city')
            if kind == 'parent_vs_subsidiary':
                u = [x for x in gen.UNITS if gen.unit_shape(*x) == shape][0]
                if not ((q.endswith(' ' + city + ' ' + u[1])) if u[2] else q.endswith(' ' + u[1] + ' ' + city)):
                    err(i, 'unit word not next to the city')
        if kind in ('typo', 'punctuation'):
            w = (detail or '')[3:]
            if not (detail or '').startswith('in ') or w not in [t.rstrip(',') for t in gen.display(rec['name']).split()]:
                err(i, 'edited word not in the display name')
            if w in [t.rstrip(',') for t in q.split()]:
                err(i, 'edited word still in the query')
        if kind == 'script':
            for x in gen.script_errors(shape, q):
                err(i, x)
        if kind == 'case' and (q.lower() != rec['name'].lower() or q == rec['name']):
            err(i, 'not a pure case change')
        for x in rules.pos_errors(kind, shape, q, rec, data, prior):
            err(i, x)
    if len(targets) != 156 or any(v > 1 for v in targets.values()):
        err(-1, '%d distinct targets, want 156' % len(targets))
    if narc > lib.NARC_CAP:
        err(-1, 'SDNT/SDNTK %d > %d' % (narc, lib.NARC_CAP))
    if abbr_narc > gen.NARC_MAX_ABBR:
        err(-1, 'narcotics abbreviations %d > %d' % (abbr_narc, gen.NARC_MAX_ABBR))
    # negatives
    in_ents = set(targets)
    near_words, near_targets = set(), set()
    phrases = set(R.THEME_PHRASES)
    for i, r in neg:
        q, cat, note = r['query'], r['kind'], r.get('notes') or ''
        if not note.startswith('not listed: %s; ' % cat):
            err(i, 'note prefix')
        if not note.endswith(rules.shared_text(data, q)):
            err(i, 'shared-word text differs from recount')
        for x in rules.neg_errors(cat, q, data, prior):
            err(i, x)
        if cat in ('near_miss', 'shares_one_word'):
            ws = q.split()
            ph = ' '.join(ws[1:])
            if ph not in phrases:
                err(i, 'unknown theme phrase %r' % ph)
            for w in lib.full(ph).split():
                if data.tok_count(w):
                    err(i, 'theme word %s is in a listed org name' % w)
        if cat == 'shares_one_word':
            fw = q.split()[0]
            if fw not in R.FIRST_WORDS or data.tok_count(fw.lower()) < 1:
                err(i, 'first word not known or not listed')
        if cat == 'near_miss':
            mm = re.search(r'reused word: (\S+) \((\d+) listed org name(?:/alias|s/aliases)\) from in-set target (.+) '
                           r'\[SDN ent_num (\d+)\]; ', note)
            if not mm:
                err(i, 'near-miss note shape'); continue
            w, n, tname, e = mm.group(1), int(mm.group(2)), mm.group(3), int(mm.group(4))
            if e not in in_ents or data.sdn[e]['name'] != tname:
                err(i, 'near-miss target not an in-set target')
                continue
            if q.split()[0] != w.capitalize():
                err(i, 'near-miss query shape')
            if n != data.tok_count(w) or not (1 <= n <= 3):
                err(i, 'near-miss count/rarity')
            if not (w.isascii() and w.isalpha() and len(w) >= 4) or w in lib.FILLER or w in lib.SMALL_EXTRA:
                err(i, 'near-miss word shape')
            if w in R.NEAR_STOP:
                err(i, 'near-miss word in stop list')
            if w in data.place:
                err(i, 'near-miss word is a place token')
            if w not in lib.full(tname).split() or len(lib.core(tname).split()) < 2:
                err(i, 'near-miss word not in target fold or target core too short')
            if w in near_words or e in near_targets:
                err(i, 'near-miss word or target used twice')
            near_words.add(w); near_targets.add(e)
    for x in errs:
        print(x)
    if errs:
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
        len(rows), len(pos), len(neg), len(targets),
        ', '.join('%d at level %d' % (v, k) for k, v in sorted(levels.items())), narc, nfiles))

if __name__ == '__main__':
    main()
