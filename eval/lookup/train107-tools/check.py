"""Validator for train107.jsonl. Usage: python3 check.py [--file PATH]. Prints errors and PASS/FAIL; exit 1 on FAIL."""
import json, re, sys
from collections import Counter
import lib, gen, rules, rows_neg
from lib import key, full, core


def main():
    path = lib.OUT
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d = lib.Data()
    keys, fulls, uses, nfiles = lib.load_prior(d)
    prior = (keys, fulls)
    pool = lib.build_pool(d)
    errs = []
    E = errs.append
    rows = []
    with open(path, encoding='utf-8') as fh:
        for i, line in enumerate(fh):
            if not line.strip():
                E('row %d: empty line' % i); continue
            try:
                rows.append(json.loads(line))
            except Exception as ex:
                E('row %d: bad json %s' % (i, ex))
    if nfiles != 107:
        E('expected 107 earlier files, found %d' % nfiles)
    pos = [r for r in rows if r.get('expected') is not None]
    neg = [r for r in rows if r.get('expected') is None]
    if len(rows) != 301 or len(pos) != 156 or len(neg) != 145:
        E('counts: %d rows, %d positives, %d negatives' % (len(rows), len(pos), len(neg)))
    kc = Counter(r.get('kind') for r in pos)
    for k in gen.KINDS:
        if kc[k] != rules.PER_KIND:
            E('kind %s has %d rows' % (k, kc[k]))
    for k in kc:
        if k not in gen.KINDS:
            E('positive with unknown or negative kind %r' % k)
    nc = Counter(r.get('kind') for r in neg)
    for k, q in rules.NEG_QUOTA.items():
        if nc[k] != q:
            E('category %s has %d rows (quota %d)' % (k, nc[k], q))
    for k in nc:
        if k not in rules.NEG_QUOTA:
            E('negative with unknown or positive kind %r' % k)
    seen_k, seen_f = Counter(), Counter()
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            E('row %d: keys %s' % (i, sorted(r)))
        q = r.get('query') or ''
        if not q.strip():
            E('row %d: empty query' % i); continue
        seen_k[key(q)] += 1
        if r.get('kind') not in ('script', 'other_script'):
            seen_f[full(q)] += 1
    for k_, n in seen_k.items():
        if n > 1:
            E('in-set duplicate key %r' % k_)
    for f_, n in seen_f.items():
        if n > 1:
            E('in-set duplicate full fold %r' % f_)
    # ------------------------------------------------------------ positives
    targets, levels, narc, narc_abbr = Counter(), Counter(), 0, 0
    shape_n, items = Counter(), Counter()
    inset = {}
    for i, r in enumerate(rows):
        if r.get('expected') is None:
            continue
        kind, q, notes = r.get('kind'), r.get('query', ''), r.get('notes', '')
        m = rules.NOTE_RE.match(notes or '')
        if not m:
            E('row %d: note shape' % i); continue
        if m.group('kind') != kind:
            E('row %d: note kind %s != %s' % (i, m.group('kind'), kind))
        ent = int(m.group('ent'))
        e = d.sdn.get(ent)
        if not e or e['name'] != r['expected'] or m.group('target') != r['expected']:
            E('row %d: target/ent_num mismatch' % i); continue
        if d.name_count[e['name']] != 1 or e['type'] != '':
            E('row %d: not a unique -0- name' % i)
        if ent not in pool:
            E('row %d: not a pool member' % i)
        if m.group('prog') != e['program']:
            E('row %d: program mismatch' % i)
        lvl = uses[ent]
        if int(m.group('uses')) != lvl:
            E('row %d: earlier-use count %s, recounted %d' % (i, m.group('uses'), lvl))
        for x in rules.level_errors(e, lvl, kind):
            E('row %d: %s' % (i, x))
        targets[ent] += 1; levels[lvl] += 1; inset[ent] = e
        isn = lib.is_narc(e['program'])
        if isn:
            narc += 1
            if kind == 'abbreviation':
                narc_abbr += 1
        if kind in rules.NARC_ONLY and not isn:
            E('row %d: %s must be narcotics' % (i, kind))
        if kind in rules.NON_NARC and isn:
            E('row %d: %s must be non-narcotics' % (i, kind))
        shape, detail = gen.split_variant(kind, m.group('variant'))
        if shape is None:
            E('row %d: unknown shape %r' % (i, m.group('variant'))); continue
        if gen.variant(shape, detail) != m.group('variant'):
            E('row %d: variant text not regenerated' % i)
        shape_n[(kind, shape)] += 1
        it = gen.item_of(kind, shape, detail)
        if it is not None:
            items[(kind, it)] += 1
        cands = [c for c in gen.candidates(d, e, kind) if c[0] == shape and c[1] == detail]
        if not cands:
            E('row %d: no query for that shape/detail on this name' % i)
        elif cands[0][2] != q:
            E('row %d: regeneration mismatch (%r)' % (i, cands[0][2]))
        name = e['name']; disp = gen.display(name)
        if kind == 'aka':
            mm = re.fullmatch(r'alt_num (\d+)', detail or '')
            al = [a for a in d.alts.get(ent, []) if mm and a['alt_num'] == int(mm.group(1))]
            if not al or al[0]['name'] != q or al[0]['type'] != 'aka':
                E('row %d: not an own aka alias with that alt_num' % i)
            if full(q) == full(name):
                E('row %d: aka fold equals the name fold' % i)
        if kind == 'legal_form':
            form, place = gen.LEGAL_BY_SHAPE[shape]
            if (place == 'front' and not q.startswith(form + ' ')) or (place == 'end' and not q.endswith(' ' + form)):
                E('row %d: legal form not at its place' % i)
        if kind == 'abbreviation':
            mm = re.fullmatch(r'`([^`]+)` for (\S+)', detail or '')
            if not mm or mm.group(1) not in q.split() and mm.group(1) + ',' not in q.split():
                E('row %d: short form not in query' % i)
            elif gen.ABBR.get(mm.group(2)) != mm.group(1) or mm.group(2) not in [t.rstrip(',') for t in name.split()]:
                E('row %d: short form/long word not in list or name' % i)
        if kind == 'translation':
            mm = re.fullmatch(r'`(.+)` for (\S+)', detail or '')
            if not mm or mm.group(1) not in q or gen.DICTS[shape].get(mm.group(2)) != mm.group(1) \
                    or mm.group(2) not in [t.rstrip(',') for t in name.split()]:
                E('row %d: translated word/entry/English word check' % i)
        if kind in ('parent_vs_subsidiary', 'messy'):
            mm = re.fullmatch(r'city (.+)', detail or '')
            city = d.city_of(ent)
            if not mm or mm.group(1) != city or not city:
                E('row %d: note city differs from add.csv city' % i)
            elif city not in q:
                E('row %d: city missing from query' % i)
            if kind == 'parent_vs_subsidiary':
                u, p = gen.UNIT_BY_SHAPE[shape]
                if (p == 'before' and (u + ' ' + city) not in q) or (p == 'after' and (city + ' ' + u) not in q):
                    E('row %d: unit word not next to the city' % i)
        if kind in ('typo', 'punctuation'):
            mm = re.fullmatch(r'in (\S+)', detail or '')
            if not mm or mm.group(1) not in [t.rstrip(',') for t in disp.split()]:
                E('row %d: edited word not in display name' % i)
            elif mm.group(1) in [t.rstrip(',') for t in q.split()]:
                E('row %d: edited word still in query' % i)
        if kind == 'case' and (q.lower() != name.lower() or q == name):
            E('row %d: not a pure case change' % i)
        for x in rules.pos_errors(d, prior, pool, kind, shape, q, e):
            E('row %d: %s' % (i, x))
    if len(targets) != 156 or any(n > 1 for n in targets.values()):
        E('%d distinct targets (need 156, each once)' % len(targets))
    if narc > lib.NARC_CAP:
        E('%d SDNT/SDNTK rows > %d' % (narc, lib.NARC_CAP))
    if narc_abbr > rules.MAX_NARC_ABBR:
        E('%d narcotics abbreviations' % narc_abbr)
    for (kind, shape), n in shape_n.items():
        if kind not in gen.ITEM_KINDS and n > rules.PER_KIND // len(gen.SHAPES[kind]):
            E('shape quota exceeded: %s / %s (%d)' % (kind, shape, n))
    for (kind, it), n in items.items():
        if n > 1:
            E('item used twice: %s / %s' % (kind, it))
    # ------------------------------------------------------------ negatives
    lists = {'famous_unlisted': rows_neg.FAMOUS, 'other_script': rows_neg.OTHER_SCRIPT, 'generic': rows_neg.GENERIC,
             'chat_request': rows_neg.CHAT, 'person_as_company': rows_neg.PERSON, 'brand_product': rows_neg.BRAND}
    nm_words, nm_targets = Counter(), Counter()
    for i, r in enumerate(rows):
        if r.get('expected') is not None:
            continue
        cat, q, notes = r.get('kind'), r.get('query', ''), r.get('notes', '')
        m = rules.NEG_RE.match(notes or '')
        if not m or m.group('cat') != cat:
            E('row %d: negative note shape/prefix' % i); continue
        if m.group('shared') != rules.shared_text(d, q):
            E('row %d: shared-word text differs from recount' % i)
        for x in rules.neg_errors(d, prior, cat, q):
            E('row %d: %s' % (i, x))
        if cat in lists:
            if (q, m.group('desc')) not in lists[cat]:
                E('row %d: query/description not in my %s list' % (i, cat))
            if m.group('reuse'):
                E('row %d: reuse part on a non-near-miss row' % i)
            continue
        ph = [p for p in rows_neg.THEME_PHRASES if q.endswith(' ' + p)]
        if not ph:
            E('row %d: no known theme phrase at the end' % i); continue
        if any(d.tok_count(full(w)) for w in ph[0].split()):
            E('row %d: theme phrase word in a listed org name' % i)
        first = q[:-len(ph[0]) - 1]
        if cat == 'shares_one_word':
            if first not in rows_neg.FIRST_WORDS or d.tok_count(full(first)) == 0:
                E('row %d: shares_one_word first word unknown or not listed' % i)
            if m.group('reuse'):
                E('row %d: reuse part on shares_one_word' % i)
            continue
        # near miss
        mm = re.fullmatch(r'reused word: (\S+) \((\d+) listed org name(?:/alias|s/aliases)\) from in-set target (.+) '
                          r'\[SDN ent_num (\d+)\]', m.group('reuse') or '')
        if not mm:
            E('row %d: near-miss reuse part missing' % i); continue
        w, cnt, tname, tent = mm.group(1), int(mm.group(2)), mm.group(3), int(mm.group(4))
        te = inset.get(tent)
        if not te or te['name'] != tname:
            E('row %d: near-miss target not an in-set target' % i); continue
        if m.group('reuse') != rules.reuse_text(d, w, te):
            E('row %d: reuse text differs from recount' % i)
        if first != w.capitalize() or full(first) != w:
            E('row %d: near-miss query shape' % i)
        if not (1 <= cnt <= 3) or d.tok_count(w) != cnt:
            E('row %d: near-miss rarity/count' % i)
        if not re.fullmatch(r'[a-z]{4,}', w) or w in gen.SMALL or w in lib.LEGAL or w in rows_neg.STOP or d.place(w):
            E('row %d: near-miss word shape/stop list/place' % i)
        if w not in full(tname).split() or len(core(tname).split()) < 2:
            E('row %d: near-miss word not in target fold or target core too short' % i)
        if w not in [full(t.rstrip(',')) for t in gen.body_legal(tname)[0] if gen.plain(t)]:
            E('row %d: near-miss word not a plain body word' % i)
        nm_words[w] += 1; nm_targets[tent] += 1
    for w, n in nm_words.items():
        if n > 1:
            E('near-miss word used twice: %s' % w)
    for t, n in nm_targets.items():
        if n > 1:
            E('near-miss target used twice: %s' % t)
    for x in errs:
        print('ERROR', x)
    lv = ', '.join('%d at level %d' % (levels[k], k) for k in sorted(levels))
    if errs:
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
        len(rows), len(pos), len(neg), len(targets), lv, narc, nfiles))


if __name__ == '__main__':
    main()
