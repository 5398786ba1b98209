"""Validator for train106.jsonl. Usage: check.py [--file PATH]. Prints errors and PASS/FAIL; exit 1 on FAIL."""
import sys, json
from collections import Counter
import lib, gen, rules, rows_neg
from lib import key, full

def main():
    path = lib.LOOKUP + '/train106.jsonl'
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d = lib.Data()
    errs = []
    def E(i, msg):
        errs.append('row %d: %s' % (i, msg))
    if d.nfiles != 106:
        errs.append('expected 106 earlier files, found %d' % d.nfiles)
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    if len(rows) != 301:
        errs.append('%d rows, expected 301' % len(rows))
    kc = Counter(r.get('kind') for r in rows)
    for k in gen.KINDS:
        if kc[k] != rules.PER_KIND:
            errs.append('kind %s has %d rows, expected %d' % (k, kc[k], rules.PER_KIND))
    for k, n in rules.NEG_QUOTA.items():
        if kc[k] != n:
            errs.append('negative kind %s has %d rows, expected %d' % (k, kc[k], n))
    seen_k, seen_f = {}, {}
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            E(i, 'keys %s' % sorted(r))
        q = r.get('query') or ''
        if not q.strip():
            E(i, 'empty query')
        k = r.get('kind')
        if k not in gen.KINDS and k not in rules.NEG_QUOTA:
            E(i, 'unknown kind %s' % k)
        if k in gen.KINDS and not r.get('expected'):
            E(i, 'positive kind without expected')
        if k in rules.NEG_QUOTA and r.get('expected') is not None:
            E(i, 'negative kind with expected')
        if key(q) in seen_k:
            E(i, 'in-set duplicate key (row %d)' % seen_k[key(q)])
        seen_k.setdefault(key(q), i)
        if k not in ('script', 'other_script'):
            if full(q) in seen_f:
                E(i, 'in-set duplicate full fold (row %d)' % seen_f[full(q)])
            seen_f.setdefault(full(q), i)
    pool = d.pool()
    targets = Counter(); narc = 0; narc_abbr = 0; shape_n = Counter(); items = Counter(); levels = Counter()
    inset = {}
    for i, r in enumerate(rows):
        k = r.get('kind')
        if k not in gen.KINDS:
            continue
        q = r['query']; name = r['expected']
        m = rules.NOTE_RE.match(r.get('notes') or '')
        if not m:
            E(i, 'note shape'); continue
        if m.group('kind') != k:
            E(i, 'note kind %s != %s' % (m.group('kind'), k))
        ent = int(m.group('ent'))
        if ent not in d.ents or d.ents[ent]['name'] != name or m.group('name') != name or d.name_to_ent.get(name) != ent:
            E(i, 'target/ent_num mismatch'); continue
        e = d.ents[ent]
        if ent not in pool:
            E(i, 'not a pool member')
        if e['type'] != '-0-':
            E(i, 'not an organisation')
        if m.group('prog') != e['program']:
            E(i, 'program mismatch')
        lv = d.level(ent)
        if int(m.group('uses')) != lv:
            E(i, 'earlier-use count %s != recount %d' % (m.group('uses'), lv))
        isn = lib.is_narc(e['program'])
        lo = lib.MIN_LEVEL_NARC if isn else lib.MIN_LEVEL_OTHER
        if not (lo <= lv <= rules.KIND_MAX.get(k, lib.MAX_LEVEL)):
            E(i, 'level %d out of range' % lv)
        levels[lv] += 1
        targets[ent] += 1; inset[ent] = name
        if isn:
            narc += 1
            if k == 'abbreviation':
                narc_abbr += 1
            elif k not in gen.NARC_ONLY:
                E(i, 'narcotics target in a non-narcotics kind')
        elif k in gen.NARC_ONLY:
            E(i, 'non-narcotics target in a narcotics-only kind')
        shape, detail = gen.split_variant(k, m.group('variant'))
        if shape is None:
            E(i, 'unknown shape: %s' % m.group('variant')); continue
        item = gen.item_of(k, shape, detail)
        shape_n[(k, shape)] += 1
        items[(k, item)] += 1
        if shape_n[(k, shape)] > gen.QUOTA[k]:
            E(i, 'shape quota exceeded: %s' % shape)
        if k in gen.ITEM_KINDS and items[(k, item)] > 1:
            E(i, 'item used twice: %s' % (item,))
        g = gen.generate(d, k, ent, shape, item)
        if not g:
            E(i, 'regeneration: no query for this shape')
        else:
            gq, gd = g
            if gq != q:
                E(i, 'regeneration: query differs')
            if gen.variant(shape, gd) != m.group('variant'):
                E(i, 'regeneration: variant differs')
        # kind-specific checks
        if k == 'aka':
            al = [a for a in d.alts.get(ent, []) if a['alt_num'] == item]
            if not al or al[0]['type'].lower() != 'aka' or al[0]['name'] != q:
                E(i, 'not an own aka alias with that alt_num')
            if full(q) == full(name):
                E(i, 'aka fold equals the name fold')
        if k == 'legal_form':
            form, front = gen.LEGAL_BY_SHAPE[shape]
            if (front and not q.startswith(form + ' ')) or (not front and not q.endswith(' ' + form)):
                E(i, 'legal form not at its place')
        if k == 'abbreviation':
            if item not in gen.SHORT_MAP:
                E(i, 'short form not in my list')
            else:
                if item not in q.split() and item + ',' not in q.split():
                    E(i, 'short form not in the query')
                if gen.SHORT_MAP[item] not in [gen.bare(t).upper() for t in name.split()]:
                    E(i, 'long word not in the name')
        if k == 'translation':
            dic = gen.DICT.get(shape, {})
            import re as _re
            mm = _re.fullmatch(r'`([^`]+)` for (\S+)', detail or '')
            if not mm or mm.group(2) not in dic or gen.cap(dic[mm.group(2)]) != mm.group(1):
                E(i, 'translation detail not a dictionary entry')
            else:
                if mm.group(1) not in q:
                    E(i, 'translated word not in the query')
                if mm.group(2) not in [gen.bare(t).upper() for t in name.split()]:
                    E(i, 'English word not in the name')
        if k in ('parent_vs_subsidiary', 'messy'):
            city = d.city_of.get(ent)
            if not detail or detail != 'city %s' % city:
                E(i, 'note city differs from add.csv city')
            if not city or city not in q:
                E(i, 'city missing from the query')
            if k == 'parent_vs_subsidiary' and city:
                unit, after = gen.UNIT_BY_SHAPE[shape]
                want = (city + ' ' + unit) if after else (unit + ' ' + city)
                if not q.endswith(want):
                    E(i, 'unit word not next to the city')
        if k in ('typo', 'punctuation'):
            w = (detail or '')[3:]
            disp = gen.display(name)
            if not detail or not detail.startswith('in ') or w not in [gen.bare(t) for t in disp.split()]:
                E(i, 'edited word not in the display name')
            if w in [gen.bare(t) for t in q.split()]:
                E(i, 'edited word still in the query')
        if k == 'script':
            if gen.script_errors(q, shape):
                E(i, 'script code points')
        if k == 'case' and (q.lower() != name.lower() or q == name):
            E(i, 'not a pure case change')
        for x in rules.pos_errors(d, k, shape, ent, q):
            E(i, 'rule: ' + x)
    if len(targets) != 156:
        errs.append('%d distinct targets, expected 156' % len(targets))
    if any(v > 1 for v in targets.values()):
        errs.append('a target is used twice')
    if narc > lib.NARC_CAP:
        errs.append('%d narcotics rows > %d' % (narc, lib.NARC_CAP))
    if narc_abbr > gen.MAX_NARC_ABBR:
        errs.append('%d narcotics abbreviations' % narc_abbr)
    # negatives
    phrase_set = rows_neg.PHRASES
    used_w, used_t = Counter(), Counter()
    for i, r in enumerate(rows):
        k = r.get('kind')
        if k not in rules.NEG_QUOTA:
            continue
        q = r['query']
        m = rules.NEG_RE.match(r.get('notes') or '')
        if not m:
            E(i, 'negative note shape'); continue
        if m.group('kind') != k:
            E(i, 'negative note kind')
        if m.group('shared') != rules.shared_text(d, q):
            E(i, 'shared-word text differs from recount')
        for x in rules.neg_errors(d, k, q):
            E(i, 'rule: ' + x)
        if k in ('near_miss', 'shares_one_word'):
            ph = [p for p in phrase_set if q.endswith(' ' + p)]
            if not ph:
                E(i, 'no known theme phrase at the end'); continue
            ph = ph[0]
            if any(d.tok_count(full(w)) for w in ph.split()):
                E(i, 'theme phrase word in a listed org name')
            first = q[:-len(ph) - 1]
            if k == 'shares_one_word':
                if first not in rows_neg.FIRST_WORDS or d.tok_count(full(first)) == 0:
                    E(i, 'first word not known or not listed')
                if m.group('rw'):
                    E(i, 'reused-word part on a shares_one_word row')
            else:
                if not m.group('rw'):
                    E(i, 'near miss without reused word'); continue
                w = m.group('rw'); n = int(m.group('rn')); te = int(m.group('te'))
                if first != w.capitalize():
                    E(i, 'near-miss query shape')
                if te not in inset or inset[te] != m.group('tgt'):
                    E(i, 'near-miss target is not an in-set target')
                else:
                    tname = inset[te]
                    if w not in full(tname).split():
                        E(i, 'word not in the target full fold')
                    if len(lib.core(tname).split()) < 2:
                        E(i, 'target core has < 2 words')
                    body, _ = gen.split_legal(tname)
                    if w not in [gen.bare(t).lower() for t in body]:
                        E(i, 'word not a plain body word of the target')
                if d.tok_count(w) != n or not (1 <= n <= 3):
                    E(i, 'reused-word count/rarity')
                if not (w.isascii() and w.isalpha() and len(w) >= 4) or w in lib.SMALL:
                    E(i, 'reused-word shape')
                if w in rows_neg.STOP:
                    E(i, 'reused word in the stop list')
                if w in d.place:
                    E(i, 'reused word is a place token')
                used_w[w] += 1; used_t[te] += 1
                if used_w[w] > 1 or used_t[te] > 1:
                    E(i, 'near-miss word or target used twice')
    if errs:
        for x in errs:
            print(x)
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    npos = sum(1 for r in rows if r['kind'] in gen.KINDS)
    lvtxt = ', '.join('%d at level %d' % (levels[l], l) for l in sorted(levels))
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
          % (len(rows), npos, len(rows) - npos, len(targets), lvtxt, narc, d.nfiles))

if __name__ == '__main__':
    main()
