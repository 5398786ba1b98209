"""Validator for train105.jsonl. Usage: check.py [--file PATH]. Prints errors, then PASS or FAIL; exit 1 on FAIL."""
import sys, json, re
from collections import Counter
import lib, gen, rules
import rows_neg as RN

def main():
    path = lib.OUT
    if '--file' in sys.argv: path = sys.argv[sys.argv.index('--file') + 1]
    d = lib.Data(); prior = lib.load_prior(d); keys, fulls, uses, nf = prior
    P = set(lib.pool(d))
    errs = []
    E = lambda i, m: errs.append('row %d: %s' % (i, m))
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    if nf != 105: errs.append('expected 105 earlier files, found %d' % nf)
    npos = sum(1 for r in rows if r.get('expected') is not None)
    if len(rows) != 301 or npos != 156: errs.append('counts: %d rows, %d positives' % (len(rows), npos))
    kc = Counter(r.get('kind') for r in rows)
    for k in rules.KINDS:
        if kc[k] != rules.PER_KIND: errs.append('kind %s has %d rows' % (k, kc[k]))
    for c, q in rules.NEG_QUOTA.items():
        if kc[c] != q: errs.append('category %s has %d rows (quota %d)' % (c, kc[c], q))
    seen_k, seen_f = {}, {}
    ents, lvls, narc, narc_abbr = [], Counter(), 0, 0
    shape_rows, items = Counter(), Counter()
    nm_words, nm_targets = Counter(), Counter()
    pos_targets = {}
    for i, r in enumerate(rows):
        if sorted(r.keys()) != ['expected', 'kind', 'notes', 'query']: E(i, 'keys %s' % sorted(r.keys()))
        q, k, note, exp = r.get('query') or '', r.get('kind'), r.get('notes') or '', r.get('expected')
        if not q.strip(): E(i, 'empty query')
        if k not in rules.KINDS and k not in rules.NEG_QUOTA: E(i, 'unknown kind %s' % k)
        if exp is not None and k in rules.NEG_QUOTA: E(i, 'positive with a negative kind')
        if exp is None and k in rules.KINDS: E(i, 'negative with a positive kind')
        kk = lib.key(q)
        if kk in seen_k: E(i, 'in-set duplicate key (row %d)' % seen_k[kk])
        seen_k.setdefault(kk, i)
        if k not in ('script', 'other_script'):
            ff = lib.full(q)
            if ff in seen_f: E(i, 'in-set duplicate full fold (row %d)' % seen_f[ff])
            seen_f.setdefault(ff, i)
        if exp is not None:
            m = rules.NOTE_RE.match(note)
            if not m: E(i, 'note shape'); continue
            ent = int(m['ent'])
            if m['kind'] != k: E(i, 'note kind %s' % m['kind'])
            rec = d.sdn.get(ent)
            if not rec or rec['name'] != exp or m['target'] != exp: E(i, 'target/ent_num mismatch'); continue
            if ent not in P: E(i, 'not a pool entity')
            if rec['type'] != '' or d.name_count[exp] != 1: E(i, 'not a unique -0- name')
            if m['prog'] != rec['program']: E(i, 'program mismatch')
            lv = uses.get(ent, 0)
            if int(m['uses']) != lv: E(i, 'earlier-use count %s, recount %d' % (m['uses'], lv))
            isn = lib.is_narc(rec['program'])
            if not lib.level_ok(d, uses, ent): E(i, 'level %d outside range' % lv)
            if k in rules.KIND_MAX and lv > rules.KIND_MAX[k]: E(i, 'level above kind ceiling')
            ents.append(ent); lvls[lv] += 1
            if isn: narc += 1
            if k in rules.NARC_ONLY and not isn: E(i, 'narcotics-only kind with a non-narcotics target')
            if k not in rules.NARC_ONLY and k != 'abbreviation' and isn: E(i, 'non-narcotics kind with a narcotics target')
            if k == 'abbreviation' and isn: narc_abbr += 1
            sh, det = gen.split_variant(k, m['variant'])
            if sh is None: E(i, 'unknown shape %r' % m['variant']); continue
            shape_rows[(k, sh)] += 1
            it = gen.item_of(k, sh, det) if det or k not in ('abbreviation', 'aka') else None
            if k in gen.ITEM_KINDS: items[(k, it)] += 1
            regen = [x for x in gen.generate(k, ent, d) if x[0] == sh and x[1] == det]
            if not regen: E(i, 'regeneration: no such shape/detail for this target')
            elif regen[0][2] != q: E(i, 'regeneration: query differs')
            for x in rules.pos_errors(k, sh, det, q, ent, d, prior): E(i, 'rule: ' + x)
            name = exp; disp = gen.display(name)
            if k == 'aka':
                al = [a for a in d.alts[ent] if det == 'alt_num %d' % a[0]]
                if not al or al[0][1] != 'aka' or al[0][2] != q: E(i, 'not an own aka alias with that alt_num')
            if k == 'legal_form':
                form = [f for s, f, fr in gen.LEGAL_FORMS if s == sh][0]; front = [fr for s, f, fr in gen.LEGAL_FORMS if s == sh][0]
                if not (q.startswith(form + ' ') if front else q.endswith(' ' + form)): E(i, 'legal form not at its place')
            if k == 'abbreviation' and det:
                ab, long = det.split('`')[1], det.split(' for ')[-1]
                if ab not in q.split() and ab + ',' not in q.split(): E(i, 'short form not in the query')
                if long not in [gen._bare(t).upper() for t in name.split()]: E(i, 'long word not in the name')
                if not any(a == ab and long in l for a, l in gen.SHORT): E(i, 'short form not in my list')
            if k == 'translation' and det:
                tw, eng = det.split('`')[1], det.split(' for ')[-1]
                if gen.TRANS[sh].get(eng) != tw: E(i, 'translation not my dictionary entry')
                if tw not in q: E(i, 'translated word not in the query')
                if eng not in [gen._bare(t).upper() for t in name.split()]: E(i, 'English word not in the name')
            if k in ('parent_vs_subsidiary', 'messy') and det:
                city = det[5:]
                if city != d.city(ent): E(i, 'note city is not the add.csv city')
                if city not in q: E(i, 'city missing from the query')
                if k == 'parent_vs_subsidiary':
                    unit = [u for s, u, a in gen.UNITS if s == sh][0]; after = [a for s, u, a in gen.UNITS if s == sh][0]
                    if not (q.endswith(city + ' ' + unit) if after else q.endswith(unit + ' ' + city)): E(i, 'unit word not next to the city')
            if k in ('typo', 'punctuation') and det:
                w = det[3:]
                if w not in [gen._bare(t) for t in disp.split()]: E(i, 'edited word not in the display name')
                if w in [gen._bare(t) for t in q.split()]: E(i, 'edited word still in the query')
            if k == 'script':
                for x in gen.script_errors(q, sh): E(i, 'script: ' + x)
            if k == 'case' and (q.lower() != name.lower() or q == name): E(i, 'not a pure case change')
            pos_targets[ent] = name
        else:
            m = rules.NEG_RE.match(note)
            if not m: E(i, 'negative note shape'); continue
            if m['cat'] != k: E(i, 'note category %s' % m['cat'])
            if m['shared'] != d.shared_words(q): E(i, 'shared-word text differs from recount')
            for x in rules.neg_errors(k, q, d, prior): E(i, 'rule: ' + x)
            if k in ('near_miss', 'shares_one_word'):
                ph = [p for p in RN.PHRASES if q.endswith(' ' + p)]
                if not ph: E(i, 'no known theme phrase at the end'); continue
                if any(d.tok_count(w) for w in lib.full(ph[0]).split()): E(i, 'theme phrase word in a listed org name')
                first = q[: -len(ph[0]) - 1]
                if k == 'shares_one_word':
                    if first not in RN.SHARE_FIRST: E(i, 'unknown first word')
                    if d.tok_count(first.lower()) == 0: E(i, 'first word not a listed org token')
                else:
                    if m['w'] is None: E(i, 'near miss without reused word'); continue
                    w, n, t, e = m['w'], int(m['n']), m['t'], int(m['e'])
                    nm_words[w] += 1; nm_targets[e] += 1
                    if first != w.capitalize(): E(i, 'near-miss query shape')
                    if n != d.tok_count(w) or n > 3 or n < 1: E(i, 'reused-word count')
                    if not (w.isalpha() and w.isascii() and len(w) >= 4) or w in gen.SMALL: E(i, 'reused-word shape')
                    if w in RN.NEAR_STOP: E(i, 'reused word on the stop list')
                    if w in d.place: E(i, 'reused word is a place token')
                    if e not in d.sdn or d.sdn[e]['name'] != t: E(i, 'near-miss target mismatch')
                    else:
                        if w not in lib.full(t).split(): E(i, 'reused word not in the target fold')
                        if len(lib.core_tokens(t)) < 2: E(i, 'target core under 2 words')
                    nm_t = (e, t)
            if k == 'other_script' and rules.has_latin(q): E(i, 'Latin letters')
    # in-set near-miss targets
    for i, r in enumerate(rows):
        if r.get('kind') == 'near_miss':
            m = rules.NEG_RE.match(r['notes'] or '')
            if m and m['e'] and int(m['e']) not in pos_targets: E(i, 'near-miss target not an in-set target')
    for w, c in nm_words.items():
        if c > 1: errs.append('near-miss word %s used %d times' % (w, c))
    for e, c in nm_targets.items():
        if c > 1: errs.append('near-miss target %d used %d times' % (e, c))
    if len(set(ents)) != 156: errs.append('%d distinct targets' % len(set(ents)))
    if narc > rules.NARC_CAP: errs.append('SDNT/SDNTK %d > %d' % (narc, rules.NARC_CAP))
    if narc_abbr > rules.NARC_ABBR_MAX: errs.append('narcotics abbreviations %d' % narc_abbr)
    for (k, sh), c in shape_rows.items():
        qmax = gen.QUOTA.get(k, 1 if k in gen.ITEM_KINDS and k not in ('aka', 'abbreviation') else 99)
        if c > qmax: errs.append('shape quota exceeded: %s / %s (%d)' % (k, sh, c))
    for (k, it), c in items.items():
        if c > 1: errs.append('item used %d times: %s / %s' % (c, k, it))
    for x in errs: print('ERROR', x)
    if errs:
        print('FAIL: %d errors' % len(errs)); sys.exit(1)
    lv = ', '.join('%d at level %d' % (lvls[l], l) for l in sorted(lvls))
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
          % (len(rows), npos, len(rows) - npos, len(set(ents)), lv, narc, nf))

if __name__ == '__main__':
    main()
