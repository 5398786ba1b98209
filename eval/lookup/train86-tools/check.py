"""Validator for lookup-train86. python3 check.py [--file PATH]. Prints errors and PASS/FAIL; exit 1 on FAIL."""
import json, re, sys, collections
from lib import (load_all, Rules, key, full, NOTE_RE, POS_KINDS, NARC_ONLY, NARC_CAP, NEG_QUOTA, OUT, FILLER,
                 MIN_LEVEL_NARC, MIN_LEVEL_OTHER)
import gen, rows_neg as RN

def match_label(variant, labels):
    best = None
    for l in labels:
        if variant == l or variant.startswith(l + ' ('):
            if best is None or len(l) > len(best):
                best = l
    return best

def main():
    path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else OUT
    data, prior, pool = load_all()
    R = Rules(data, prior, pool)
    uses = prior[2]
    errs = []
    E = lambda i, m: errs.append('row %d: %s' % (i, m))
    rows = []
    with open(path, encoding='utf-8') as fh:
        for ln, line in enumerate(fh):
            try:
                rows.append(json.loads(line))
            except Exception as ex:
                errs.append('line %d: bad JSON (%s)' % (ln, ex))
    pos = [r for r in rows if r.get('expected') is not None]
    neg = [r for r in rows if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        errs.append('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
    kc = collections.Counter(r.get('kind') for r in rows)
    for k in POS_KINDS:
        if kc[k] != 12:
            errs.append('kind %s has %d rows, want 12' % (k, kc[k]))
    for k, n in NEG_QUOTA.items():
        if kc[k] != n:
            errs.append('category %s has %d rows, want %d' % (k, kc[k], n))
    for k in kc:
        if k not in POS_KINDS and k not in NEG_QUOTA:
            errs.append('unknown kind %r' % k)
    seen_k, seen_f = {}, {}
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            E(i, 'keys %s' % sorted(r))
        q = r.get('query') or ''
        if not q.strip():
            E(i, 'empty query'); continue
        k = key(q)
        if k in seen_k:
            E(i, 'duplicate key with row %d' % seen_k[k])
        seen_k[k] = i
        if r.get('kind') not in ('script', 'other_script'):
            f = full(q)
            if f in seen_f:
                E(i, 'duplicate full fold with row %d' % seen_f[f])
            seen_f[f] = i
    # ---------------- positives
    ents, narc, narc_abbr = [], 0, 0
    shape_count = collections.defaultdict(collections.Counter)
    lv = collections.Counter()
    for i, r in enumerate(rows):
        if r.get('expected') is None:
            continue
        kind, q, note = r['kind'], r['query'], r.get('notes') or ''
        if kind not in POS_KINDS:
            E(i, 'positive with kind %r' % kind); continue
        m = NOTE_RE.match(note)
        if not m:
            E(i, 'note shape'); continue
        ent = m.group('ent'); ents.append(ent)
        v = data.sdn.get(ent)
        if v is None:
            E(i, 'no SDN ent_num %s' % ent); continue
        if m.group('kind') != kind:
            E(i, 'note kind %s != row kind %s' % (m.group('kind'), kind))
        if v['name'] != r['expected'] or m.group('target') != r['expected']:
            E(i, 'expected/target/ent mismatch')
        if data.name_count[v['name']] != 1 or v['type'] != '' or v['name'] in data.alias_set:
            E(i, 'target not a unique -0- SDN_Name that is not an alias')
        if m.group('program') != v['program']:
            E(i, 'program mismatch')
        u = uses.get(ent, 0)
        if int(m.group('uses')) != u:
            E(i, 'earlier-set uses %s, recomputed %d' % (m.group('uses'), u))
        nc = data.is_narc(ent)
        floor = MIN_LEVEL_NARC if nc else MIN_LEVEL_OTHER
        if not (floor <= u <= 7):
            E(i, 'level %d outside %d-7' % (u, floor))
        lv[u] += 1
        if nc:
            narc += 1
            if kind == 'abbreviation':
                narc_abbr += 1
            elif kind not in NARC_ONLY:
                E(i, 'narcotics target in non-narcotics kind %s' % kind)
        elif kind in NARC_ONLY:
            E(i, 'non-narcotics target in narcotics-only kind %s' % kind)
        var = m.group('variant')
        labels = gen.ITEM_KINDS.get(kind) or list(gen.QUOTA.get(kind, {}))
        lab = match_label(var, labels)
        if lab is None:
            E(i, 'unknown shape/item %r' % var)
        else:
            shape_count[kind][lab] += 1
        if kind == 'abbreviation' and lab:
            longs = gen.ABBREV_MAP[lab]
            if lab not in q.split() or not any(w in longs for w in re.split(r'[\s,]+', v['name'].upper())):
                E(i, 'abbreviation %s not in query or no listed long word in the name' % lab)
        for x in R.pos_errors(q, kind, ent):
            E(i, 'rule: ' + x)
    if len(set(ents)) != 156:
        errs.append('%d distinct targets, want 156' % len(set(ents)))
    if narc > NARC_CAP:
        errs.append('SDNT/SDNTK %d > %d' % (narc, NARC_CAP))
    if narc_abbr > 2:
        errs.append('%d narcotics abbreviations > 2' % narc_abbr)
    for kind in POS_KINDS:
        if kind in gen.ITEM_KINDS:
            for lab, n in shape_count[kind].items():
                if n != 1:
                    errs.append('%s item %s used %d times' % (kind, lab, n))
        else:
            for lab, want in gen.QUOTA[kind].items():
                if shape_count[kind][lab] != want:
                    errs.append('%s shape %r: %d rows, want %d' % (kind, lab, shape_count[kind][lab], want))
    # ---------------- negatives
    for p in RN.THEME_PHRASES:
        for w in p.split():
            if data.tok_count(w.lower()):
                errs.append('theme-phrase word %s is in a listed org name' % w)
    target_ents = set(ents)
    nm_words, nm_targets = collections.Counter(), collections.Counter()
    for i, r in enumerate(rows):
        if r.get('expected') is not None:
            continue
        kind, q, note = r.get('kind'), r['query'], r.get('notes') or ''
        prefix = 'not listed: %s; ' % kind
        if not note.startswith(prefix):
            E(i, 'negative note prefix'); continue
        sw = data.shared_words(q)
        if not note.endswith('; ' + sw):
            E(i, 'shared-word note does not match recomputed text')
        for x in R.neg_errors(q, kind):
            E(i, 'rule: ' + x)
        if kind == 'near_miss':
            m = re.search(r'; reused word: (\w+) \((\d+) listed org names?/alias(?:es)?\) from in-set target (.+) \[SDN ent_num (\d+)\]; ', note)
            if not m:
                E(i, 'near-miss note shape'); continue
            w, c, tname, ent = m.group(1), int(m.group(2)), m.group(3), m.group(4)
            nm_words[w] += 1; nm_targets[ent] += 1
            if ent not in target_ents or data.sdn[ent]['name'] != tname:
                E(i, 'near-miss target not an in-set target')
            if w not in full(tname).split() or w not in full(q).split():
                E(i, 'near-miss word not in both target and query')
            if c != data.tok_count(w) or not (1 <= c <= 3):
                E(i, 'near-miss word count wrong or not rare')
            if not re.fullmatch(r'[a-z]{4,}', w) or w in FILLER:
                E(i, 'near-miss word shape')
            rest = q[len(w) + 1:] if q.lower().startswith(w + ' ') else None
            if rest not in RN.THEME_PHRASES:
                E(i, 'near-miss query is not word + theme phrase')
        if kind == 'shares_one_word':
            first, _, rest = q.partition(' ')
            if first not in RN.SHARE_WORDS or rest not in RN.THEME_PHRASES:
                E(i, 'shares_one_word query is not listed word + theme phrase')
    for w, n in nm_words.items():
        if n > 1:
            errs.append('near-miss word %s used %d times' % (w, n))
    for e, n in nm_targets.items():
        if n > 1:
            errs.append('near-miss target %s used %d times' % (e, n))
    for x in errs:
        print(x)
    if errs:
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
          % (len(rows), len(pos), len(neg), len(set(ents)),
             ', '.join('%d at level %d' % (n, l) for l, n in sorted(lv.items())), narc, prior[3]))

if __name__ == '__main__':
    main()
