"""Validate train110.jsonl. Usage: python3 check.py [--file PATH]. Prints errors, then PASS or FAIL."""
import json, os, sys
from collections import Counter
import lib, gen, rules, rows_neg as RN
from build import PHRASE_SUBJECT

def main():
    path = os.path.join(lib.LOOKUP, lib.SET_NAME + '.jsonl')
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d = lib.Data()
    keys, folds, uses, nfiles = lib.load_prior(d)
    pool = d.pool()
    ctx = {'d': d, 'keys': keys, 'folds': folds, 'pool': pool}
    E = []
    err = E.append
    if nfiles != 110:
        err('expected 110 earlier files, found %d' % nfiles)
    rows = []
    with open(path, encoding='utf-8') as fh:
        for i, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                err('line %d: not JSON' % i)
    pos = [r for r in rows if r.get('expected') is not None]
    neg = [r for r in rows if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        err('counts %d rows, %d positives, %d negatives' % (len(rows), len(pos), len(neg)))
    for i, r in enumerate(rows, 1):
        if sorted(r) != ['expected', 'kind', 'notes', 'query']:
            err('row %d: keys %s' % (i, sorted(r)))
        if not (r.get('query') or '').strip():
            err('row %d: empty query' % i)
        k = r.get('kind')
        if k not in gen.KINDS and k not in rules.NEG_QUOTA:
            err('row %d: unknown kind %s' % (i, k))
        if r.get('expected') is not None and k in rules.NEG_QUOTA:
            err('row %d: positive with a negative kind' % i)
        if r.get('expected') is None and k in gen.KINDS:
            err('row %d: negative with a positive kind' % i)
    kc = Counter(r.get('kind') for r in rows)
    for k in gen.KINDS:
        if kc[k] != 12:
            err('kind %s has %d rows' % (k, kc[k]))
    for k, n in rules.NEG_QUOTA.items():
        if kc[k] != n:
            err('category %s has %d rows (quota %d)' % (k, kc[k], n))
    # in-set uniqueness
    sk, sf = Counter(), Counter()
    for r in rows:
        q = r.get('query') or ''
        sk[lib.key(q)] += 1
        if r.get('kind') not in ('script', 'other_script'):
            sf[lib.full(q)] += 1
    for k, n in sk.items():
        if n > 1: err('duplicate key in set: %r' % k)
    for k, n in sf.items():
        if n > 1: err('duplicate full fold in set: %r' % k)
    # positives
    ents, narc_n, narc_abbr = Counter(), 0, 0
    shape_n = Counter(); item_n = Counter(); levels = Counter()
    for i, r in enumerate(rows, 1):
        if r.get('expected') is None:
            continue
        kind, q = r['kind'], r['query']
        m = rules.NOTE_RE.match(r.get('notes') or '')
        if not m:
            err('row %d: note shape' % i); continue
        if m['kind'] != kind:
            err('row %d: note kind %s' % (i, m['kind']))
        e = m['ent']; rec = d.sdn.get(e)
        if not rec or rec['name'] != r['expected'] or m['name'] != r['expected']:
            err('row %d: target/ent_num mismatch' % i); continue
        if rec['type'] != '' or d.unique_name.get(rec['name']) != e:
            err('row %d: not a unique -0- name' % i)
        if m['prog'] != rec['prog']:
            err('row %d: program mismatch' % i)
        lev = uses.get(e, 0)
        if int(m['uses']) != lev:
            err('row %d: earlier-use count %s, recount %d' % (i, m['uses'], lev))
        ents[e] += 1; levels[lev] += 1
        narc = lib.is_narc(rec['prog']); narc_n += narc
        if kind in gen.NARC_ONLY and not narc:
            err('row %d: %s must be narcotics' % (i, kind))
        if kind not in gen.NARC_ONLY and kind != 'abbreviation' and narc:
            err('row %d: %s must be non-narcotics' % (i, kind))
        if kind == 'abbreviation' and narc:
            narc_abbr += 1
        shape, detail = gen.split_variant(kind, m['variant'])
        if shape is None:
            err('row %d: unknown shape %r' % (i, m['variant'])); continue
        shape_n[(kind, shape)] += 1
        if kind == 'abbreviation':
            item_n[('abbr', detail)] += 1
        if kind == 'aka':
            item_n[('aka', detail)] += 1
        cands = gen.candidates(kind, rec, d)
        if (shape, detail, q) not in cands:
            err('row %d: query not regenerated from target, shape and detail' % i)
        if not any(c[0] == shape and c[1] == detail for c in cands):
            err('row %d: no query for that shape/detail' % i)
        for x in rules.pos_errors(kind, shape, detail, q, rec, lev, ctx):
            err('row %d: %s' % (i, x))
        if kind == 'aka':
            al = lib.full(q) != lib.full(rec['name'])
            if not al: err('row %d: aka fold equals the name fold' % i)
        if kind == 'legal_form':
            f, front = gen.LEGAL_BY_SHAPE[shape]
            if not (q.startswith(f + ' ') if front else q.endswith(' ' + f)):
                err('row %d: legal form not at its place' % i)
        if kind == 'abbreviation':
            try:
                ab = detail.split('`')[1]; word = detail.split(' for ')[1]
            except IndexError:
                err('row %d: abbreviation detail' % i); ab = word = ''
            if ab not in q.split() and ab + ',' not in q.split():
                err('row %d: short form not in query' % i)
            if gen.SHORT.get(word) != ab or word not in rec['name'].upper().replace(',', ' ').split():
                err('row %d: short form not for a word of the name' % i)
        if kind == 'translation':
            try:
                tr = detail.split('`')[1]; word = detail.split(' for ')[1]
            except IndexError:
                err('row %d: translation detail' % i); tr = word = ''
            if gen.DICTS.get(shape, {}).get(word) != tr or tr not in q:
                err('row %d: translated word not in query or dictionary' % i)
            if word not in rec['name'].upper().replace(',', ' ').split():
                err('row %d: English word not in the name' % i)
        if kind in ('parent_vs_subsidiary', 'messy'):
            city = d.city_of(e)
            if detail != 'city %s' % city:
                err('row %d: note city differs from add.csv city' % i)
            if city and city not in q:
                err('row %d: city not in query' % i)
            if kind == 'parent_vs_subsidiary' and city:
                u = [x for x in gen.UNITS if x[0] == shape][0]
                want = (city + ' ' + u[1]) if u[2] else (u[1] + ' ' + city)
                if not q.endswith(want):
                    err('row %d: unit word not next to the city' % i)
        if kind in ('typo', 'punctuation'):
            w = (detail or '')[3:]
            if not detail or not detail.startswith('in ') or w not in gen.display(rec['name']).replace(',', ' ').split():
                err('row %d: edited word not in the display name' % i)
            elif w in q.replace(',', ' ').split():
                err('row %d: edited word still in the query' % i)
    if len(ents) != 156 or any(n > 1 for n in ents.values()):
        err('%d distinct targets (want 156, each once)' % len(ents))
    if narc_n > lib.NARC_CAP:
        err('%d SDNT/SDNTK rows > cap %d' % (narc_n, lib.NARC_CAP))
    if narc_abbr > gen.NARC_ABBR_MAX:
        err('%d narcotics abbreviations' % narc_abbr)
    for (kind, shape), n in shape_n.items():
        cap = 1 if kind in gen.ONCE_KINDS else gen.PER_SHAPE.get(kind, 12)
        if n > cap:
            err('shape quota exceeded: %s / %s (%d > %d)' % (kind, shape, n, cap))
    for it, n in item_n.items():
        if n > 1:
            err('item used more than once: %s' % (it,))
    # negatives
    hand = {'famous_unlisted': dict(RN.FAMOUS), 'other_script': dict(RN.OTHER_SCRIPT), 'generic': dict(RN.GENERIC),
            'chat_request': {q: 'invented theme firm, chat request in %s' % l for l, q in RN.CHAT},
            'person_as_company': dict(RN.PERSON), 'brand_product': dict(RN.BRAND)}
    in_set = {}
    for r in pos:
        m = rules.NOTE_RE.match(r.get('notes') or '')
        if m: in_set[m['ent']] = r['expected']
    nm_words, nm_targets = Counter(), Counter()
    for i, r in enumerate(rows, 1):
        if r.get('expected') is not None:
            continue
        cat, q = r['kind'], r['query']
        m = rules.NEG_RE.match(r.get('notes') or '')
        if not m:
            err('row %d: negative note shape' % i); continue
        if m['cat'] != cat:
            err('row %d: note category' % i)
        if m['shared'] != rules.shared_text(d, q):
            err('row %d: shared-word text differs from recount' % i)
        for x in rules.neg_errors(cat, q, ctx):
            err('row %d: %s' % (i, x))
        if cat in hand:
            if hand[cat].get(q) != m['desc']:
                err('row %d: query/description not in my %s list' % (i, cat))
            if m['rw']:
                err('row %d: reuse part on a hand-written row' % i)
            continue
        ph = [p for p in RN.THEME_PHRASES if q.endswith(' ' + p)]
        if not ph:
            err('row %d: no known theme phrase at the end' % i); continue
        ph = ph[0]
        if any(d.tok_count(lib.full(w)) for w in ph.split()):
            err('row %d: theme word in a listed org name' % i)
        first = q[:-len(ph) - 1]
        if cat == 'shares_one_word':
            if m['desc'] != 'invented %s name with a common listed first word' % PHRASE_SUBJECT[ph]:
                err('row %d: description' % i)
            if first not in RN.SHARES_FIRST or not d.tok_count(lib.full(first)):
                err('row %d: shares_one_word first word unknown or not listed' % i)
            if m['rw']:
                err('row %d: reuse part on shares_one_word' % i)
        else:  # near_miss
            if m['desc'] != 'invented %s name reusing a rare word of an in-set target' % PHRASE_SUBJECT[ph]:
                err('row %d: description' % i)
            w = m['rw']
            if not w:
                err('row %d: near miss without reuse part' % i); continue
            if first != w.capitalize() or ' ' in first:
                err('row %d: near-miss query shape' % i)
            n = d.tok_count(w)
            if int(m['rn']) != n or not (1 <= n <= 3):
                err('row %d: reuse count %s vs %d (or not rare)' % (i, m['rn'], n))
            if not (w.isalpha() and w.isascii() and len(w) >= 4) or w in lib.FILLER or w in gen.SMALL_EXTRA:
                err('row %d: reused word shape' % i)
            if w in RN.NEAR_STOP:
                err('row %d: reused word in stop list' % i)
            if w in d.place:
                err('row %d: reused word is a place token' % i)
            tgt = in_set.get(m['re'])
            if tgt is None or tgt != m['rt']:
                err('row %d: near-miss target not an in-set target' % i)
            else:
                if w not in lib.full(tgt).split():
                    err('row %d: word not in target fold' % i)
                if len(lib.core(lib.full(tgt)).split()) < 2:
                    err('row %d: target core < 2 words' % i)
                raw, _ = gen.split_legal(tgt)
                if w not in {x.strip(',').lower() for x in raw if gen.plain(x)}:
                    err('row %d: word not a plain body word of the target' % i)
            nm_words[w] += 1; nm_targets[m['re']] += 1
    for w, n in nm_words.items():
        if n > 1: err('near-miss word used twice: %s' % w)
    for t, n in nm_targets.items():
        if n > 1: err('near-miss target used twice: %s' % t)
    for x in E:
        print('ERROR', x)
    if E:
        print('FAIL: %d errors' % len(E))
        sys.exit(1)
    lv = ', '.join('%d at level %d' % (n, l) for l, n in sorted(levels.items()))
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
        len(rows), len(pos), len(neg), len(ents), lv, narc_n, nfiles))

if __name__ == '__main__':
    main()
