"""Validator for train101.jsonl: python3 check.py [--file PATH]. Prints errors and a final PASS/FAIL line."""
import sys, json, re
from collections import Counter
import lib, gen, rules, rows_neg, build

def main():
    path = lib.OUT
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d = lib.Data()
    prior = lib.load_prior(d)
    keys, folds, uses, nfiles = prior
    errs = []
    def E(i, m):
        errs.append('row %d: %s' % (i, m))
    rows = []
    for i, line in enumerate(open(path, encoding='utf-8')):
        try:
            rows.append(json.loads(line))
        except Exception as x:
            errs.append('row %d: bad json %s' % (i, x)); rows.append({})
    pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
    neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
    if len(rows) != 301 or len(pos) != 156 or len(neg) != 145:
        errs.append('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
    kc = Counter(r.get('kind') for _, r in pos)
    for k in gen.KINDS:
        if kc[k] != 12:
            errs.append('kind %s has %d rows, want 12' % (k, kc[k]))
    nc = Counter(r.get('kind') for _, r in neg)
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
        if k not in gen.KINDS and k not in rules.NEG_QUOTA:
            E(i, 'unknown kind %r' % k)
        if r.get('expected') is not None and k in rules.NEG_QUOTA:
            E(i, 'positive with a negative kind')
        if r.get('expected') is None and k in gen.KINDS:
            E(i, 'negative with a positive kind')
        kk = lib.key(q)
        if kk in seen_k:
            E(i, 'duplicate key (row %d)' % seen_k[kk])
        seen_k.setdefault(kk, i)
        if k not in ('script', 'other_script'):
            ff = lib.full(q)
            if ff in seen_f:
                E(i, 'duplicate full fold (row %d)' % seen_f[ff])
            seen_f.setdefault(ff, i)
    # ------------------------------------------------ positives
    targets, narc, narc_abbr, lv_count = Counter(), 0, 0, Counter()
    shape_n, items = Counter(), Counter()
    inset = {}
    for i, r in pos:
        q, kind = r['query'], r['kind']
        m = rules.NOTE_RE.match(r.get('notes') or '')
        if not m:
            E(i, 'note shape'); continue
        if m.group('kind') != kind:
            E(i, 'note kind %s' % m.group('kind'))
        e = int(m.group('ent'))
        if e not in d.sdn or d.sdn[e]['name'] != r['expected'] or m.group('target') != r['expected']:
            E(i, 'target/ent_num mismatch'); continue
        inset[e] = r['expected']
        if d.unique_name.get(r['expected']) != e or d.sdn[e]['type'] != '':
            E(i, 'not a unique -0- name')
        if e not in d.pool:
            E(i, 'not a pool entity')
        if m.group('program') != d.sdn[e]['program']:
            E(i, 'program mismatch')
        lv = uses.get(e, 0)
        if int(m.group('uses')) != lv:
            E(i, 'earlier-use count %s, recount %d' % (m.group('uses'), lv))
        isn = lib.is_narc(d.sdn[e]['program'])
        if not (( lib.MIN_LEVEL_NARC if isn else lib.MIN_LEVEL_OTHER) <= lv <= lib.MAX_LEVEL):
            E(i, 'level %d out of range' % lv)
        lv_count[lv] += 1
        targets[e] += 1
        if isn:
            narc += 1
            if kind == 'abbreviation':
                narc_abbr += 1
        if kind in gen.NARC_ONLY and not isn:
            E(i, 'narcotics-only kind with a non-narcotics target')
        if kind not in gen.NARC_ONLY and kind != 'abbreviation' and isn:
            E(i, 'non-narcotics kind with a narcotics target')
        shape, detail = gen.shape_of(kind, m.group('variant'))
        if shape is None:
            E(i, 'unknown shape %r' % m.group('variant')); continue
        shape_n[(kind, shape)] += 1
        name = d.sdn[e]['name']
        item = None
        if kind == 'aka':
            mm = re.fullmatch(r'alt_num (\d+)', detail or '')
            if not mm:
                E(i, 'aka detail'); continue
            item = int(mm.group(1))
            ok = [a for an, at, a in d.alts.get(e, []) if an == item]
            if not ok or ok[0] != q:
                E(i, 'alias/alt_num mismatch')
            if not any(an == item and at.lower() == 'aka' for an, at, a in d.alts.get(e, [])):
                E(i, 'alias type not aka')
            items[('aka', item)] += 1
        elif kind == 'abbreviation':
            mm = re.fullmatch(r'`(.+)` for ([A-Z]+)', detail or '')
            if not mm or mm.group(1) not in gen.ABBR_LONG or gen.ABBR_LONG[mm.group(1)] != mm.group(2):
                E(i, 'abbreviation detail'); continue
            item = mm.group(1)
            items[('abbr', item)] += 1
            reg = gen.gen_abbreviation(d, e, item)
            if not reg or reg != (detail, q):
                E(i, 'regeneration mismatch')
            if item not in q.split() and not any(t.startswith(item) for t in q.split()):
                E(i, 'abbreviation not in the query')
            if mm.group(2) not in [t.rstrip(',').upper() for t in name.split()]:
                E(i, 'long word not in the name')
        else:
            reg = gen.GEN[kind](d, e, shape)
            if not reg:
                E(i, 'regeneration failed')
            else:
                if reg[1] != q:
                    E(i, 'regeneration mismatch')
                if reg[0] != (detail or ''):
                    E(i, 'variant detail mismatch')
        if kind == 'legal_form':
            form, front = gen.LEGAL_BY_SHAPE[shape]
            if (front and not q.startswith(form + ' ')) or (not front and not q.endswith(' ' + form)):
                E(i, 'legal form not at its place')
        if kind == 'translation':
            mm = re.fullmatch(r'`(.+)` for ([A-Z]+)', detail or '')
            if not mm or gen.TRANS[shape].get(mm.group(2)) != mm.group(1):
                E(i, 'translation detail')
            else:
                if mm.group(1) not in q:
                    E(i, 'translated word not in the query')
                if mm.group(2) not in [t.rstrip(',').upper() for t in name.split()]:
                    E(i, 'English word not in the name')
        if kind in ('parent_vs_subsidiary', 'messy'):
            city = d.city(e)
            if detail != 'city %s' % city:
                E(i, 'note city differs from add.csv city')
            if city not in q:
                E(i, 'city missing from the query')
            if kind == 'parent_vs_subsidiary':
                unit, after = gen.UNIT_BY_SHAPE[shape]
                if ('%s %s' % (city, unit) if after else '%s %s' % (unit, city)) not in q:
                    E(i, 'unit word not next to the city')
        if kind in ('typo', 'punctuation'):
            w = (detail or '')[3:]
            dn = gen.display(name)
            if not (detail or '').startswith('in ') or w not in [t.rstrip(',') for t in dn.split()]:
                E(i, 'edited word not in the display name')
            if w in [t.rstrip(',') for t in q.split()]:
                E(i, 'edited word still in the query')
        if kind == 'case' and q.lower() != name.lower():
            E(i, 'not a pure case change')
        for x in rules.pos_errors(d, prior, kind, e, shape, q, shape if kind == 'script' else item):
            E(i, x)
    for (kind, shape), n in shape_n.items():
        if n > gen.SHAPES[kind][shape]:
            errs.append('shape quota exceeded: %s / %s (%d)' % (kind, shape, n))
    for it, n in items.items():
        if n > 1:
            errs.append('item used %d times: %s' % (n, it))
    if len(targets) != 156:
        errs.append('%d distinct targets, want 156' % len(targets))
    if narc > lib.NARC_CAP:
        errs.append('%d SDNT/SDNTK targets, cap %d' % (narc, lib.NARC_CAP))
    if narc_abbr > gen.NARC_ABBR_MAX:
        errs.append('%d narcotics abbreviations' % narc_abbr)
    # ------------------------------------------------ negatives
    phrases = {p: s for p, s in rows_neg.PHRASES}
    used_w, used_t = Counter(), Counter()
    for i, r in neg:
        q, cat = r['query'], r['kind']
        m = rules.NEG_RE.match(r.get('notes') or '')
        if not m:
            E(i, 'negative note shape'); continue
        if m.group('cat') != cat:
            E(i, 'note category %s' % m.group('cat'))
        if m.group('shared') != rules.shared_text(d, q):
            E(i, 'shared-word text differs from the recount')
        for x in rules.neg_errors(d, prior, cat, q):
            E(i, x)
        if cat in ('near_miss', 'shares_one_word'):
            ph = [p for p in phrases if q.endswith(' ' + p)]
            if not ph:
                E(i, 'unknown theme phrase'); continue
            ph = ph[0]
            if any(d.tok_count(lib.full(w)) for w in ph.split()):
                E(i, 'theme word in a listed org name')
            first = q[:-len(ph) - 1]
            if cat == 'shares_one_word':
                if first not in rows_neg.FIRST_WORDS or d.tok_count(lib.full(first)) == 0:
                    E(i, 'first word unknown or not listed')
                if m.group('rw'):
                    E(i, 'reused-word part on a shares_one_word row')
            else:
                if not m.group('rw'):
                    E(i, 'near miss without reused word'); continue
                w, n, e = m.group('rw'), int(m.group('rn')), int(m.group('re'))
                if first != w.capitalize():
                    E(i, 'near-miss query shape')
                if e not in inset or inset[e] != m.group('rt'):
                    E(i, 'near-miss target not an in-set target')
                    continue
                if n != d.tok_count(w):
                    E(i, 'near-miss count %d, recount %d' % (n, d.tok_count(w)))
                ft = set(lib.full(d.sdn[e]['name']).split())
                if not build.near_word_ok(d, w, ft):
                    E(i, 'near-miss word breaks the word rules')
                if w not in [(gen.plain(t) or '').lower() for t in gen.split_legal(d.sdn[e]['name'])[0]]:
                    E(i, 'near-miss word not a plain body word')
                if len(lib.core_tokens(lib.full(d.sdn[e]['name']))) < 2:
                    E(i, 'near-miss target core under 2 words')
                used_w[w] += 1; used_t[e] += 1
    for w, n in used_w.items():
        if n > 1:
            errs.append('near-miss word used %d times: %s' % (n, w))
    for e, n in used_t.items():
        if n > 1:
            errs.append('near-miss target used %d times: %d' % (n, e))
    for x in errs:
        print('ERROR', x)
    if errs:
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
        len(rows), len(pos), len(neg), len(targets), ', '.join('%d at level %d' % (n, l) for l, n in sorted(lv_count.items())), narc, nfiles))

if __name__ == '__main__':
    main()
