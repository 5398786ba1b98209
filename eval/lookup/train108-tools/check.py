"""Validator for train108.jsonl. Usage: check.py [--file PATH]. Prints errors and a last PASS/FAIL line."""
import json, re, sys
from collections import Counter
import lib, gen, rules, rows_neg as RN
from lib import key, full

NEG_CATS = set(rules.QUOTA)


def main():
    path = lib.LOOKUP + '/' + lib.THIS
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d = lib.Data()
    keys, fulls, uses, nfiles = lib.load_prior(d)
    prior = (keys, fulls)
    P = lib.pool(d); pool_set = set(P)
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    E = []
    def err(i, m):
        E.append('row %d: %s' % (i + 1, m))
    pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
    neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
    if len(rows) != 301: E.append('rows %d != 301' % len(rows))
    if len(pos) != 156: E.append('positives %d != 156' % len(pos))
    if len(neg) != 145: E.append('negatives %d != 145' % len(neg))
    kc = Counter(r.get('kind') for _i, r in pos)
    for k in gen.KINDS:
        if kc[k] != rules.PER_KIND: E.append('kind %s has %d rows' % (k, kc[k]))
    nc = Counter(r.get('kind') for _i, r in neg)
    for c, q in rules.QUOTA.items():
        if nc[c] != q: E.append('category %s has %d rows (quota %d)' % (c, nc[c], q))
    seen_k, seen_f = {}, {}
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            err(i, 'keys %s' % sorted(r))
        q = r.get('query')
        if not isinstance(q, str) or not q.strip():
            err(i, 'empty query'); continue
        k = r.get('kind')
        if k not in gen.KINDS and k not in NEG_CATS:
            err(i, 'unknown kind %r' % k)
        if r.get('expected') is not None and k in NEG_CATS: err(i, 'positive with a negative kind')
        if r.get('expected') is None and k in gen.KINDS: err(i, 'negative with a positive kind')
        ck = key(q)
        if ck in seen_k: err(i, 'duplicate key (row %d)' % (seen_k[ck] + 1))
        seen_k.setdefault(ck, i)
        if k not in ('script', 'other_script'):
            cf = full(q)
            if cf in seen_f: err(i, 'duplicate full fold (row %d)' % (seen_f[cf] + 1))
            seen_f.setdefault(cf, i)
    # ------------------------------------------------------------ positives
    targets, narc_n, shape_n, items = Counter(), 0, Counter(), Counter()
    lv_n = Counter(); narc_kind = Counter(); case_other = 0
    in_set = {}
    for i, r in pos:
        q, kind, note = r['query'], r['kind'], r.get('notes') or ''
        m = rules.NOTE_RE.match(note)
        if not m:
            err(i, 'note shape'); continue
        if m['kind'] != kind: err(i, 'note kind %s != %s' % (m['kind'], kind))
        e = int(m['ent'])
        rec = d.sdn.get(e)
        if not rec or rec['name'] != m['target'] or rec['name'] != r['expected']:
            err(i, 'target/ent_num mismatch'); continue
        in_set[e] = rec['name']
        targets[e] += 1
        if d.names[rec['name']] != 1 or rec['type'] != '': err(i, 'not a unique -0- name')
        if m['program'] != rec['program']: err(i, 'program mismatch')
        if int(m['uses']) != uses[e]: err(i, 'earlier-use count %s != recount %d' % (m['uses'], uses[e]))
        narc = lib.is_narc(rec['program'])
        lv_n[uses[e]] += 1
        if narc:
            narc_n += 1; narc_kind[kind] += 1
        if kind in gen.NARC_ONLY and not narc:
            if kind == 'case':
                case_other += 1
            else:
                err(i, 'non-narcotics name in a narcotics-only kind')
        if kind not in gen.NARC_ONLY and kind not in gen.MIXED and narc:
            err(i, 'narcotics name in a non-narcotics kind')
        shape, detail = gen.split_variant(kind, m['variant'])
        if shape is None:
            err(i, 'unknown shape %r' % m['variant']); continue
        if gen.variant(shape, detail) != m['variant']: err(i, 'variant text')
        shape_n[(kind, shape)] += 1
        it = detail.split('`')[1] if kind == 'abbreviation' and '`' in detail else (detail if kind == 'aka' else None)
        if it is not None:
            items[(kind, it)] += 1
        cands = gen.candidates(d, e, kind)
        if (shape, detail, q) not in cands:
            err(i, 'query not regenerated from target, shape and detail')
        for x in rules.pos_errors(d, prior, pool_set, uses, kind, shape, detail, q, e):
            err(i, x)
        disp = gen.display(rec['name'])
        if kind == 'legal_form':
            form = [f for s, f, fr in gen.LEGAL_FORMS if s == shape][0]
            front = [fr for s, f, fr in gen.LEGAL_FORMS if s == shape][0]
            if not (q.startswith(form + ' ') if front else q.endswith(' ' + form)): err(i, 'legal form not at its place')
        if kind == 'abbreviation':
            mm = re.fullmatch(r'`(.+)` for (\S+)', detail)
            if not mm or (mm[2], mm[1]) not in gen.SHORT or mm[1] not in q.split() or mm[2] not in rec['name'].split():
                err(i, 'short form / long word')
        if kind == 'translation':
            mm = re.fullmatch(r'`(.+)` for (\S+)', detail)
            if not mm or gen.DICT[shape].get(mm[2]) != mm[1] or mm[1] not in q or mm[2] not in rec['name'].replace(',', ' ').split():
                err(i, 'translated word / English word')
        if kind in ('parent_vs_subsidiary', 'messy'):
            city = detail[5:] if detail.startswith('city ') else None
            if city != d.city_of(e): err(i, 'note city differs from the add.csv city')
            if not city or city not in q: err(i, 'city missing from query')
            if kind == 'parent_vs_subsidiary' and city:
                lang = shape.split(' `')[0]
                u, before = gen.UNITS[lang]
                if (u + ' ' + city) not in q if before else (city + ' ' + u) not in q:
                    err(i, 'unit word not next to the city')
        if kind in ('typo', 'punctuation'):
            w = detail[3:] if detail.startswith('in ') else ''
            if not w or w not in disp.replace(',', ' ').split(): err(i, 'edited word not in the display name')
            if w and w in q.replace(',', ' ').split(): err(i, 'edited word still in the query')
    if len(targets) != 156: E.append('%d distinct targets' % len(targets))
    for e, n in targets.items():
        if n > 1: E.append('target ent_num %d used %d times' % (e, n))
    if narc_n > lib.NARC_CAP: E.append('SDNT/SDNTK rows %d > %d' % (narc_n, lib.NARC_CAP))
    if narc_kind['abbreviation'] > 2: E.append('more than 2 narcotics abbreviations')
    if case_other:
        left = [e for e in P if lib.is_narc(d.sdn[e]['program']) and lib.level_ok(uses[e], True)
                and key(d.sdn[e]['name']) not in keys and full(d.sdn[e]['name']) not in fulls and e not in targets]
        if left: E.append('non-narcotics case rows while %d narcotics case names are left' % len(left))
        if case_other + narc_kind['case'] != 12 or case_other > 12 - narc_kind['case']:
            E.append('case fallback count')
    for (kind, shape), n in shape_n.items():
        cap = 1 if kind in gen.ONCE_KINDS else gen.PER_SHAPE.get(kind, 99)
        if n > cap: E.append('shape quota exceeded: %s %s (%d)' % (kind, shape, n))
    for (kind, it), n in items.items():
        if n > 1: E.append('item used twice: %s %s' % (kind, it))
    # ------------------------------------------------------------ negatives
    known = {'famous_unlisted': {q: 'famous: ' + ds for q, ds in RN.FAMOUS},
             'other_script': {q: RN.DESC['other_script'] % l for q, l in RN.OTHER_SCRIPT},
             'generic': {q: RN.DESC['generic'] for q in RN.GENERIC},
             'chat_request': {q: RN.DESC['chat_request'] % l for q, l in RN.CHAT},
             'person_as_company': {q: RN.DESC['person_as_company'] for q in RN.PERSON},
             'brand_product': {q: RN.DESC['brand_product'] for q in RN.BRAND}}
    nm_w, nm_t = Counter(), Counter()
    for i, r in neg:
        q, cat, note = r['query'], r['kind'], r.get('notes') or ''
        m = rules.NEG_RE.match(note)
        if not m:
            err(i, 'negative note shape'); continue
        if m['cat'] != cat: err(i, 'note category')
        if m['shared'] != rules.shared_text(d, q): err(i, 'shared-word text differs from recount')
        for x in rules.neg_errors(d, prior, cat, q):
            err(i, x)
        if cat in known:
            if q not in known[cat]: err(i, 'query not in my %s list' % cat)
            elif known[cat][q] != m['desc']: err(i, 'description')
            if m['rw']: err(i, 'reuse part on a hand-written row')
        if cat in ('near_miss', 'shares_one_word'):
            if m['desc'] != RN.DESC[cat]: err(i, 'description')
            ph = [p for p in RN.THEME_PHRASES if q.endswith(' ' + p)]
            if not ph:
                err(i, 'no known theme phrase at the end'); continue
            if any(d.tok_count(w) for w in full(ph[0]).split()): err(i, 'theme word in a listed org name')
            first = q[:-len(ph[0]) - 1]
            if cat == 'shares_one_word':
                if m['rw']: err(i, 'reuse part on a shares_one_word row')
                if first not in RN.FIRST_WORDS or not d.tok_count(full(first)): err(i, 'first word unknown or not listed')
            else:
                if not m['rw']:
                    err(i, 'near miss without reuse part'); continue
                w, n, tname, tent = m['rw'], int(m['rn']), m['rt'], int(m['re'])
                if in_set.get(tent) != tname: err(i, 'near-miss target is not an in-set target')
                if first != w.capitalize(): err(i, 'query shape')
                if n != d.tok_count(w) or not (1 <= n <= 3): err(i, 'reuse count/rarity')
                if not (len(w) >= 4 and w.isascii() and w.isalpha()) or w in lib.FILLER or gen.is_small(w): err(i, 'word shape')
                if w in RN.NEAR_STOP: err(i, 'stop-listed word')
                if w in d.place: err(i, 'place token')
                if w not in full(tname).split() or len(lib.core(tname).split()) < 2: err(i, 'target fold/core')
                body, _l = gen.split_legal(tname)
                if w not in {full(t.rstrip(',')) for t in body if gen.plain(t)}: err(i, 'not a plain body word')
                nm_w[w] += 1; nm_t[tent] += 1
        elif m['rw']:
            err(i, 'reuse part on a %s row' % cat)
    for w, n in nm_w.items():
        if n > 1: E.append('near-miss word %s used %d times' % (w, n))
    for t, n in nm_t.items():
        if n > 1: E.append('near-miss target %d used %d times' % (t, n))
    for x in E:
        print(x)
    lv = ', '.join('%d at level %d' % (lv_n[l], l) for l in sorted(lv_n))
    if E:
        print('FAIL: %d errors' % len(E)); sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
          % (len(rows), len(pos), len(neg), len(targets), lv, narc_n, nfiles))

if __name__ == '__main__':
    main()
