"""Validator for train91.jsonl (or --file PATH). Prints errors and a final PASS/FAIL line."""
import json, re, sys
from collections import Counter
import lib, gen, rows_neg as RN

NEG_PREFIX_RE = re.compile(r'^not listed: ([a-z_]+); ')
NM_RE = re.compile(r'reused word: ([a-z]+) \((\d+) listed org names?/alias(?:es)?\) from in-set target (.+) '
                   r'\[SDN ent_num (\d+)\]; ')


def match_shape(kind, variant):
    best = None
    for s in gen.QUOTA[kind]:
        if variant == s:
            det = None
        elif variant.startswith(s + ' (') and variant.endswith(')'):
            det = variant[len(s) + 2:-1]
        else:
            continue
        if best is None or len(s) > len(best[0]):
            best = (s, det)
    return best


def main():
    path = lib.OUT
    if '--file' in sys.argv:
        path = sys.argv[sys.argv.index('--file') + 1]
    d, prior, pool = lib.load_all()
    R = lib.Rules(d, prior, pool)
    errs = []
    E = errs.append
    rows = []
    for i, line in enumerate(open(path, encoding='utf-8')):
        try:
            rows.append(json.loads(line))
        except Exception as ex:
            E('row %d: bad JSON %s' % (i, ex))
    pos = [r for r in rows if r.get('expected') is not None]
    neg = [r for r in rows if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145):
        E('counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
    kc = Counter(r.get('kind') for r in rows)
    for k in lib.POS_KINDS:
        if kc[k] != lib.PER_KIND:
            E('kind %s has %d rows' % (k, kc[k]))
    for k, q in lib.NEG_QUOTA.items():
        if kc[k] != q:
            E('category %s has %d rows, want %d' % (k, kc[k], q))
    seen_k, seen_f = Counter(), Counter()
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}:
            E('row %d: keys %s' % (i, sorted(r)))
        q = r.get('query') or ''
        if not q.strip():
            E('row %d: empty query' % i)
        k = r.get('kind')
        if k not in lib.POS_KINDS and k not in lib.NEG_QUOTA:
            E('row %d: unknown kind %s' % (i, k))
        if r.get('expected') is not None and k in lib.NEG_QUOTA:
            E('row %d: positive with negative kind' % i)
        if r.get('expected') is None and k in lib.POS_KINDS:
            E('row %d: negative with positive kind' % i)
        seen_k[lib.key(q)] += 1
        if k not in ('script', 'other_script'):
            seen_f[lib.full(q)] += 1
    for i, r in enumerate(rows):
        q = r.get('query') or ''
        if seen_k[lib.key(q)] > 1:
            E('row %d: in-set duplicate key %r' % (i, q))
        if r.get('kind') not in ('script', 'other_script') and seen_f[lib.full(q)] > 1:
            E('row %d: in-set duplicate full fold %r' % (i, q))

    # ---------------- positives
    ents, lv = [], Counter()
    narc_n = narc_abbr = 0
    shape_use = Counter()
    for i, r in enumerate(rows):
        if r.get('expected') is None:
            continue
        q, kind, note = r['query'], r['kind'], r.get('notes') or ''
        m = lib.NOTE_RE.match(note)
        if not m:
            E('row %d: note shape' % i); continue
        ent = int(m.group('ent'))
        rec = d.sdn.get(ent)
        if rec is None or rec['name'] != r['expected'] or m.group('target') != r['expected']:
            E('row %d: expected/target/ent mismatch' % i); continue
        if m.group('kind') != kind:
            E('row %d: note kind %s != %s' % (i, m.group('kind'), kind))
        if rec['type'] != '' or d.name_count[rec['name']] != 1 or rec['name'] in d.alias_strings:
            E('row %d: target not a unique -0- non-alias name' % i)
        if m.group('prog') != rec['prog']:
            E('row %d: program mismatch' % i)
        if int(m.group('uses')) != R.level(ent):
            E('row %d: earlier-use count %s, recomputed %d' % (i, m.group('uses'), R.level(ent)))
        narc = lib.is_narc(rec['prog'])
        lo = lib.MIN_LEVEL_NARC if narc else lib.MIN_LEVEL_OTHER
        if not lo <= R.level(ent) <= lib.MAX_LEVEL:
            E('row %d: level %d out of range' % (i, R.level(ent)))
        ents.append(ent); lv[R.level(ent)] += 1
        if narc:
            narc_n += 1
            if kind == 'abbreviation':
                narc_abbr += 1
            elif kind not in lib.NARC_ONLY:
                E('row %d: narcotics target in non-narcotics kind %s' % (i, kind))
        elif kind in lib.NARC_ONLY:
            E('row %d: non-narcotics target in narcotics-only kind %s' % (i, kind))
        ms = match_shape(kind, m.group('variant'))
        if not ms:
            E('row %d: unknown shape %r' % (i, m.group('variant'))); continue
        shape, det = ms
        shape_use[(kind, shape)] += 1
        if not gen.item_in_query(kind, shape, det, q, rec):
            E('row %d: item/detail of %s not in query or name' % (i, shape))
        if kind in ('typo', 'punctuation') and (not det or det.lower() not in rec['name'].lower()):
            E('row %d: edited word not in the name' % i)
        if kind == 'script' and not gen.check_script_chars(q, shape):
            E('row %d: script code points' % i)
        if kind == 'aka' and det not in [t for t, a in rec['alts'] if a == q]:
            E('row %d: aka type' % i)
        for e in R.pos_errors(q, ent, kind):
            E('row %d: %s' % (i, e))
    for (kind, shape), n in shape_use.items():
        if n > gen.QUOTA[kind][shape]:
            E('shape quota exceeded: %s %s %d' % (kind, shape, n))
    if len(set(ents)) != 156:
        E('distinct targets %d, want 156' % len(set(ents)))
    if narc_n > lib.NARC_CAP:
        E('SDNT/SDNTK %d > %d' % (narc_n, lib.NARC_CAP))
    if narc_abbr > lib.NARC_ABBR_MAX:
        E('narcotics abbreviations %d > %d' % (narc_abbr, lib.NARC_ABBR_MAX))

    # ---------------- negatives
    for ph in RN.THEME_PHRASES:
        for w in ph.lower().split():
            if d.tok_count(w):
                E('theme-phrase word %s is in a listed org name' % w)
    set_ents = {e: d.sdn[e]['name'] for e in ents}
    nm_w, nm_t = Counter(), Counter()
    for i, r in enumerate(rows):
        if r.get('expected') is not None:
            continue
        q, cat, note = r['query'], r['kind'], r.get('notes') or ''
        m = NEG_PREFIX_RE.match(note)
        if not m or m.group(1) != cat:
            E('row %d: negative note prefix' % i); continue
        if not note.endswith('; ' + d.shared_words(q)):
            E('row %d: shared-word text differs from recomputed' % i)
        for e in R.neg_errors(q, cat):
            E('row %d: %s' % (i, e))
        if cat == 'near_miss':
            mm = NM_RE.search(note)
            if not mm:
                E('row %d: near-miss note' % i); continue
            w, n, tname, tent = mm.group(1), int(mm.group(2)), mm.group(3), int(mm.group(4))
            nm_w[w] += 1; nm_t[tent] += 1
            if set_ents.get(tent) != tname:
                E('row %d: near-miss target not an in-set target' % i)
            if d.tok_count(w) != n or not 1 <= n <= 3:
                E('row %d: near-miss count %d (recomputed %d)' % (i, n, d.tok_count(w)))
            if (len(w) < 4 or not w.isascii() or w in lib.FILLER or w in d.place_tokens
                    or w not in lib.full(tname).split() or w in RN.NEAR_MISS_STOP):
                E('row %d: near-miss word shape %s' % (i, w))
            if len(lib.core_tokens(tname)) < 2:
                E('row %d: near-miss target core < 2 words' % i)
            if not any(q == '%s %s' % (w.title(), ph) for ph in RN.THEME_PHRASES):
                E('row %d: near-miss query shape' % i)
        if cat == 'shares_one_word':
            parts = q.split(' ', 1)
            if (len(parts) != 2 or parts[0] not in RN.SHARES_FIRST or parts[1] not in RN.THEME_PHRASES
                    or d.tok_count(parts[0].lower()) < 1):
                E('row %d: shares_one_word shape' % i)
    for w, n in nm_w.items():
        if n > 1:
            E('near-miss word %s used %d times' % (w, n))
    for t, n in nm_t.items():
        if n > 1:
            E('near-miss target %d used %d times' % (t, n))

    for e in errs:
        print('ERROR', e)
    if errs:
        print('FAIL: %d errors' % len(errs))
        sys.exit(1)
    lvtxt = ', '.join('%d at level %d' % (lv[k], k) for k in sorted(lv))
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
          % (len(rows), len(pos), len(neg), len(set(ents)), lvtxt, narc_n, R.nfiles))


if __name__ == '__main__':
    main()
