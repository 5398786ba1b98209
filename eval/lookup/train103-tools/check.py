"""Validator for train103.jsonl. Usage: python3 check.py [--file PATH]. Prints errors and PASS/FAIL (exit 1 on FAIL)."""
import sys, json, os, re
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg
from lib import key, full

def main():
    path = os.path.join(lib.LOOKUP, 'train103.jsonl')
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d = lib.Data()
    pk, pf, uses, nfiles = lib.load_prior(d)
    pool = set(d.pool())
    errs = []
    def E(i, msg):
        errs.append('row %d: %s' % (i, msg))
    rows = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f):
            try:
                rows.append(json.loads(line))
            except Exception as ex:
                errs.append('row %d: bad JSON (%s)' % (i, ex)); rows.append({})
    pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
    neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        errs.append('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
    kc = Counter(r.get('kind') for i, r in pos)
    for k in gen.KINDS:
        if kc[k] != rules.PER_KIND:
            errs.append('kind %s has %d rows, want 12' % (k, kc[k]))
    nc = Counter(r.get('kind') for i, r in neg)
    for c, q in rules.NEG_QUOTA.items():
        if nc[c] != q:
            errs.append('category %s has %d rows, want %d' % (c, nc[c], q))
    seen_k, seen_f = {}, {}
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            E(i, 'keys %s' % sorted(r))
        q = r.get('query') or ''
        if not q.strip():
            E(i, 'empty query')
        k = r.get('kind')
        if r.get('expected') is not None and k not in gen.KINDS:
            E(i, 'positive with unknown/negative kind %s' % k)
        if r.get('expected') is None and k not in rules.NEG_QUOTA:
            E(i, 'negative with unknown/positive kind %s' % k)
        if key(q) in seen_k:
            E(i, 'duplicate key of row %d' % seen_k[key(q)])
        seen_k.setdefault(key(q), i)
        if k not in ('script', 'other_script'):
            if full(q) in seen_f:
                E(i, 'duplicate full fold of row %d' % seen_f[full(q)])
            seen_f.setdefault(full(q), i)
    # ---------------- positives
    targets = {}
    item_count = defaultdict(Counter)
    narc_n = 0; narc_abbr = 0
    levels = Counter()
    for i, r in pos:
        q, k, note = r['query'], r['kind'], r.get('notes', '')
        m = rules.NOTE_RE.match(note)
        if not m:
            E(i, 'note shape'); continue
        if m.group('kind') != k:
            E(i, 'note kind %s != %s' % (m.group('kind'), k))
        e = int(m.group('ent'))
        rec = d.sdn.get(e)
        if not rec or rec['name'] != r['expected'] or m.group('target') != r['expected']:
            E(i, 'target/ent_num mismatch'); continue
        if d.name_count[rec['name']] != 1 or rec['type'] != '-0-' or e not in pool:
            E(i, 'not a unique -0- pool name')
        if m.group('program') != rec['program']:
            E(i, 'program mismatch')
        lv = uses.get(e, 0)
        if int(m.group('uses')) != lv:
            E(i, 'earlier-use count %s, recount %d' % (m.group('uses'), lv))
        if not lib.level_ok(d, uses, e):
            E(i, 'level %d out of range' % lv)
        levels[lv] += 1
        if e in targets:
            E(i, 'target repeated (row %d)' % targets[e])
        targets.setdefault(e, i)
        narc = lib.is_narc(rec['program'])
        narc_n += narc
        if k in gen.NARC_ONLY and not narc:
            E(i, 'non-narcotics target in a narcotics-only kind')
        if k in gen.NON_NARC and narc:
            E(i, 'narcotics target in a non-narcotics kind')
        if k == 'abbreviation' and narc:
            narc_abbr += 1
        variant = m.group('variant')
        it = gen.item_of(k, variant)
        if it is None:
            E(i, 'unknown shape: %s' % variant); continue
        item_count[k][it] += 1
        if item_count[k][it] > gen.QUOTA[k]:
            E(i, 'shape quota exceeded: %s' % it)
        g = gen.generate(d, e, k, it)
        if not g:
            E(i, 'regeneration failed')
        else:
            if g[1] != q:
                E(i, 'regenerated query differs')
            if g[0] != variant:
                E(i, 'regenerated variant differs')
        name = rec['name']
        if k == 'aka':
            al = [(an, at, nm) for an, at, nm in d.alts[e] if an == it]
            if not al or al[0][1] != 'aka' or al[0][2] != q:
                E(i, 'not an own aka alias with that alt_num')
        if k == 'legal_form':
            form, front = gen.LEGAL_BY_SHAPE[it]
            if not (q.startswith(form + ' ') if front else q.endswith(' ' + form)):
                E(i, 'legal form not at its place')
        if k == 'abbreviation':
            mm = re.search(r'`([^`]+)` for ([A-Z]+)', variant)
            if not mm or mm.group(1) not in q.split() and mm.group(1) + ',' not in q.split():
                E(i, 'short form not in the query')
            if not mm or mm.group(2) not in [t.rstrip(',') for t in name.upper().split()] or gen.ABBR_LONG.get(mm.group(1)) != mm.group(2):
                E(i, 'long word not in the name or not in my list')
        if k == 'translation':
            mm = re.search(r'`([^`]+)` for ([A-Z]+)', variant)
            if not mm or mm.group(1) not in q or gen.DICTS[it].get(mm.group(2)) != mm.group(1):
                E(i, 'translated word not in the query or not its entry')
            if not mm or mm.group(2) not in [t.rstrip(',') for t in name.upper().split()]:
                E(i, 'English word not in the name')
        if k in ('parent_vs_subsidiary', 'messy'):
            mm = re.search(r'\(city (.+)\)$', variant)
            city = d.city(e)
            if not mm or mm.group(1) != city or city not in q:
                E(i, 'city missing or not the add.csv city')
            if k == 'parent_vs_subsidiary' and mm:
                u, after = gen.UNIT_SHAPES[it]
                if not ((q.endswith(' ' + city + ' ' + u)) if after else q.endswith(' ' + u + ' ' + city)):
                    E(i, 'unit word not next to the city')
        if k in ('typo', 'punctuation'):
            mm = re.search(r'\(in ([^)]+)\)$', variant)
            w = mm.group(1) if mm else None
            dtoks = [t.rstrip(',') for t in gen.display(name).split()]
            if not w or w not in dtoks:
                E(i, 'edited word not in the display name')
            if w and w in [t.rstrip(',') for t in q.split()]:
                E(i, 'edited word still in the query')
        if k == 'case' and (q.lower() != name.lower() or q == name):
            E(i, 'not a pure case change')
        for x in rules.pos_errors(d, pk, pf, e, k, q, it):
            E(i, 'rule: ' + x)
    if len(targets) != 156:
        errs.append('%d distinct targets, want 156' % len(targets))
    if narc_n > rules.NARC_CAP:
        errs.append('%d SDNT/SDNTK targets > %d' % (narc_n, rules.NARC_CAP))
    if narc_abbr > 2:
        errs.append('%d narcotics abbreviations > 2' % narc_abbr)
    # ---------------- negatives
    phrases = {p: s for p, s in rows_neg.THEME_PHRASES}
    in_set = {e: r['expected'] for e, r in ((int(rules.NOTE_RE.match(r['notes']).group('ent')), r) for i, r in pos if rules.NOTE_RE.match(r.get('notes', '')))}
    nm_words, nm_targets = Counter(), Counter()
    for i, r in neg:
        q, c, note = r['query'], r['kind'], r.get('notes', '')
        m = rules.NEG_RE.match(note)
        if not m:
            E(i, 'negative note shape'); continue
        if m.group('cat') != c:
            E(i, 'note category mismatch')
        if m.group('shared') != d.shared_words(q):
            E(i, 'shared-word text differs from recount')
        for x in rules.neg_errors(d, pk, pf, c, q):
            E(i, 'rule: ' + x)
        if c in ('near_miss', 'shares_one_word'):
            ph = [p for p in phrases if q.endswith(' ' + p)]
            if not ph:
                E(i, 'no known theme phrase at the end'); continue
            ph = ph[0]
            if any(d.tok_count(w) for w in full(ph).split()):
                E(i, 'theme phrase word in a listed org name')
            first = q[:-len(ph) - 1]
            if c == 'shares_one_word':
                if first not in rows_neg.SHARE_FIRST or d.tok_count(full(first)) == 0:
                    E(i, 'shares_one_word first word unknown or unlisted')
                if m.group('rw'):
                    E(i, 'reuse part in a shares_one_word note')
            else:
                rw = m.group('rw')
                if not rw:
                    E(i, 'near_miss without reuse part'); continue
                te = int(m.group('re'))
                if te not in in_set or in_set[te] != m.group('rt'):
                    E(i, 'near-miss target not an in-set target')
                    continue
                tname = d.sdn[te]['name']
                if first != rw[0].upper() + rw[1:]:
                    E(i, 'near-miss query shape')
                body, legal = gen.split_legal(tname)
                if rw not in [full(t.rstrip(',')) for t in body if t.rstrip(',').isalpha()] or rw not in full(tname).split():
                    E(i, 'near-miss word not a plain body word of the target')
                n = d.tok_count(rw)
                if n != int(m.group('rwn')) or not 1 <= n <= 3:
                    E(i, 'near-miss count/rarity')
                if len(rw) < 4 or not (rw.isascii() and rw.isalpha()) or rw in lib.FILLER_FOLDS or rw in gen.SMALL:
                    E(i, 'near-miss word shape')
                if rw in rows_neg.NEAR_STOP:
                    E(i, 'near-miss word in the stop list')
                if rw in d.place:
                    E(i, 'near-miss word is a place token')
                if len(lib.core_tokens(tname)) < 2:
                    E(i, 'near-miss target core < 2 words')
                nm_words[rw] += 1; nm_targets[te] += 1
    for w, n in nm_words.items():
        if n > 1:
            errs.append('near-miss word %s used %d times' % (w, n))
    for t, n in nm_targets.items():
        if n > 1:
            errs.append('near-miss target %d used %d times' % (t, n))
    for x in errs:
        print(x)
    lvtxt = ', '.join('%d at level %d' % (n, l) for l, n in sorted(levels.items()))
    if errs:
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
        len(rows), len(pos), len(neg), len(targets), lvtxt, narc_n, nfiles))

if __name__ == '__main__':
    main()
