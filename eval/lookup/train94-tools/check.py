"""Validator for train94.jsonl. Usage: python3 check.py [--file PATH]. Prints errors, then PASS or FAIL."""
import sys, os, json, re
from collections import Counter
import lib, gen, rows_neg as RN


def main():
    path = os.path.join(lib.LOOKUP, lib.SET_NAME + '.jsonl')
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d = lib.Data()
    prior = lib.load_prior(d)
    pool = d.pool()
    rules = lib.Rules(d, prior, pool, gen.script_errors)
    errs = []

    def E(i, msg):
        errs.append('row %d: %s' % (i, msg))

    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
    neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        errs.append('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
    kc = Counter(r.get('kind') for r in rows)
    for k in lib.POS_KINDS:
        if kc[k] != 12:
            errs.append('kind %s has %d rows, want 12' % (k, kc[k]))
    for k, qn in lib.NEG_QUOTA.items():
        if kc[k] != qn:
            errs.append('category %s has %d rows, want %d' % (k, kc[k], qn))
    for k in kc:
        if k not in lib.POS_KINDS and k not in lib.NEG_QUOTA:
            errs.append('unknown kind %r' % k)
    seen_k, seen_f = {}, {}
    for i, r in enumerate(rows):
        if sorted(r) != ['expected', 'kind', 'notes', 'query']:
            E(i, 'keys %s' % sorted(r))
        q = r.get('query') or ''
        if not q.strip():
            E(i, 'empty query')
        if r.get('expected') is not None and r.get('kind') in lib.NEG_QUOTA:
            E(i, 'positive with a negative kind')
        if r.get('expected') is None and r.get('kind') in lib.POS_KINDS:
            E(i, 'negative with a positive kind')
        k = lib.key(q)
        if k in seen_k:
            E(i, 'duplicate key with row %d' % seen_k[k])
        seen_k.setdefault(k, i)
        if r.get('kind') not in ('script', 'other_script'):
            f = lib.full(q)
            if f in seen_f:
                E(i, 'duplicate full fold with row %d' % seen_f[f])
            seen_f.setdefault(f, i)
    # ---------------- positives
    targets = Counter()
    narc = 0
    abbr_narc = 0
    shapes = Counter()
    for i, r in pos:
        q, kind = r['query'], r['kind']
        m = lib.NOTE_RE.match(r.get('notes') or '')
        if not m:
            E(i, 'note shape'); continue
        ent = m.group('ent')
        rec = d.sdn.get(ent)
        if m.group('kind') != kind:
            E(i, 'note kind %s' % m.group('kind'))
        if rec is None or rec['name'] != r['expected'] or m.group('target') != r['expected']:
            E(i, 'expected/target/ent mismatch'); continue
        targets[ent] += 1
        e = pool.get(ent)
        if e is None:
            E(i, 'target not a unique -0- non-alias pool name'); continue
        if m.group('program') != e['program']:
            E(i, 'program mismatch')
        lv = rules.level(ent)
        if int(m.group('uses')) != lv:
            E(i, 'earlier-use count %s, recount %d' % (m.group('uses'), lv))
        isn = lib.is_narc(e['program'])
        lo = lib.MIN_LEVEL_NARC if isn else lib.MIN_LEVEL_OTHER
        if not lo <= lv <= lib.MAX_LEVEL:
            E(i, 'level %d outside %d-%d' % (lv, lo, lib.MAX_LEVEL))
        if isn:
            narc += 1
            if kind == 'abbreviation':
                abbr_narc += 1
            elif kind not in lib.NARC_KINDS:
                E(i, 'narcotics target in a non-narcotics kind')
        elif kind in lib.NARC_KINDS:
            E(i, 'non-narcotics target in a narcotics-only kind')
        var = m.group('variant')
        shape = gen.shape_of(kind, var)
        if shape is None:
            E(i, 'unknown shape %r' % var); continue
        shapes[(kind, shape)] += 1
        det = var[len(shape):].strip()
        name = e['name']
        if kind == 'legal_form':
            front = [f for s, f, fr in gen.LEGAL_FORMS if s == shape][0], [fr for s, f, fr in gen.LEGAL_FORMS if s == shape][0]
            form, fr = front
            if not (q.startswith(form + ' ') if fr else q.endswith(' ' + form)):
                E(i, 'legal form %s not at its place' % form)
        if kind == 'abbreviation':
            ab = shape.strip('`')
            if ab not in q.split() and ab + ',' not in q.split():
                E(i, 'abbreviation not in query')
            if not set(gen.ABBR[ab]) & set(lib.full_tokens(name)):
                E(i, 'no long word of the abbreviation in the name')
        if kind == 'translation':
            mm = re.match(r'\(`(.+)` for (\w+)\)$', det)
            if not mm or gen.DICT[shape].get(mm.group(2)) != mm.group(1):
                E(i, 'translation detail %r' % det)
            else:
                if mm.group(1) not in q:
                    E(i, 'translated word not in query')
                if mm.group(2) not in lib.full_tokens(name):
                    E(i, 'English word not in name')
        if kind in ('parent_vs_subsidiary', 'messy'):
            c = gen.city_of(e, d)
            if not c:
                E(i, 'no add.csv city')
            elif c.lower() not in q.lower().replace('?', ''):
                E(i, 'city %r not in query' % c)
            if kind == 'parent_vs_subsidiary':
                u = [x for s, x, _ in gen.UNITS if s == shape][0]
                if (' %s ' % u) not in q + ' ':
                    E(i, 'unit word missing')
        if kind in ('typo', 'punctuation'):
            mm = re.match(r'\(in (.+)\)$', det)
            if not mm:
                E(i, 'no edited word')
            else:
                w = mm.group(1)
                if w.lower() not in [t.lower().strip(',') for t in name.split()]:
                    E(i, 'edited word not in name')
                if w.lower() in [t.lower().strip(',') for t in q.split()]:
                    E(i, 'edited word still in query')
        if kind == 'aka' and ('aka', q) not in d.alts[ent]:
            E(i, 'not an aka alias of its entity')
        if kind == 'case' and (q.lower() != name.lower() or q == name):
            E(i, 'not a pure case change')
        for x in rules.pos_errors(kind, q, ent, shape):
            E(i, 'rule: ' + x)
    if len(targets) != 156 or any(v > 1 for v in targets.values()):
        errs.append('distinct targets %d (repeats %d)' % (len(targets), sum(1 for v in targets.values() if v > 1)))
    if narc > lib.NARC_CAP:
        errs.append('SDNT/SDNTK %d > %d' % (narc, lib.NARC_CAP))
    if abbr_narc > 2:
        errs.append('narcotics abbreviations %d > 2' % abbr_narc)
    for (kind, shape), n in shapes.items():
        if n > gen.QUOTA[kind][shape]:
            errs.append('shape quota %s / %s: %d > %d' % (kind, shape, n, gen.QUOTA[kind][shape]))
    # ---------------- negatives
    in_set = {e for e in targets}
    near_w, near_t = set(), set()
    for i, r in neg:
        q, cat, note = r['query'], r['kind'], r.get('notes') or ''
        if not note.startswith('not listed: %s; ' % cat):
            E(i, 'note prefix')
        if not note.endswith(d.shared_words(q)):
            E(i, 'shared-word text differs from recount')
        for x in rules.neg_errors(cat, q):
            E(i, 'rule: ' + x)
        if cat == 'near_miss':
            mm = re.search(r'reused word: (\S+) \((\d+) listed org name(?:s)?/alias(?:es)?\) from in-set target (.+) \[SDN ent_num (\d+)\]; ', note)
            if not mm:
                E(i, 'near-miss note'); continue
            w, n, tn, ent = mm.group(1), int(mm.group(2)), mm.group(3), mm.group(4)
            if ent not in in_set or d.sdn[ent]['name'] != tn:
                E(i, 'near-miss target not an in-set target')
            else:
                if w not in lib.full_tokens(tn):
                    E(i, 'near-miss word not in target')
                if len(lib.core_tokens(tn)) < 2:
                    E(i, 'near-miss target core < 2 words')
            if n != d.tok_count(w) or not 1 <= n <= 3:
                E(i, 'near-miss count %d (recount %d)' % (n, d.tok_count(w)))
            if not re.fullmatch('[a-z]{4,}', w) or w in lib.CORE_DROP or w in lib.SMALL or w in RN.NEAR_STOP or w in d.place_tokens:
                E(i, 'near-miss word shape/stop list/place')
            if q not in ['%s %s' % (w.capitalize(), p) for p in RN.NEAR_PHRASES]:
                E(i, 'near-miss query shape')
            if w in near_w or ent in near_t:
                E(i, 'near-miss word or target used twice')
            near_w.add(w); near_t.add(ent)
        if cat in ('near_miss', 'shares_one_word'):
            toks = lib.full_tokens(q)
            rest = toks[1:] if cat == 'shares_one_word' else lib.full_tokens(q)[1:]
            for t in rest:
                if d.tok_count(t):
                    E(i, 'theme word %r is in a listed org name' % t)
            if cat == 'shares_one_word' and not d.tok_count(toks[0]):
                E(i, 'first word not listed')
    for x in errs:
        print(x)
    lv = Counter(rules.level(e) for e in targets)
    if errs:
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
          % (len(rows), len(pos), len(neg), len(targets),
             ', '.join('%d at level %d' % (lv[k], k) for k in sorted(lv)), narc, prior[3]))


if __name__ == '__main__':
    main()
