"""Validator for train89.jsonl. Usage: python3 check.py [--file PATH]. Prints errors, then PASS or FAIL."""
import sys, json, re
from collections import Counter
import lib, gen, rows_neg as RN
from lib import key, full, core
def main():
    path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else lib.EV + 'train89.jsonl'
    d = lib.Data(); prior = lib.load_prior(d); P = lib.pool(d); R = lib.Rules(d, prior, P)
    E = []
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    pos = [r for r in rows if r.get('expected') is not None]; neg = [r for r in rows if r.get('expected') is None]
    if (len(rows), len(pos), len(neg)) != (301, 156, 145): E.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
    for i, r in enumerate(rows):
        if set(r) != {'query', 'expected', 'kind', 'notes'}: E.append('row %d keys' % i)
        if not str(r.get('query', '')).strip(): E.append('row %d empty query' % i)
        k = r.get('kind')
        if k not in lib.POS_KINDS and k not in lib.NEG_QUOTA: E.append('row %d unknown kind %s' % (i, k))
        if r.get('expected') is not None and k not in lib.POS_KINDS: E.append('row %d positive with negative kind' % i)
        if r.get('expected') is None and k not in lib.NEG_QUOTA: E.append('row %d negative with positive kind' % i)
    kc = Counter(r['kind'] for r in rows)
    for k in lib.POS_KINDS:
        if kc[k] != 12: E.append('kind %s has %d' % (k, kc[k]))
    for k, n in lib.NEG_QUOTA.items():
        if kc[k] != n: E.append('category %s has %d (quota %d)' % (k, kc[k], n))
    ks, fs = Counter(), Counter()
    for r in rows:
        ks[key(r['query'])] += 1
        if r['kind'] not in ('script', 'other_script'): fs[full(r['query'])] += 1
    for i, r in enumerate(rows):
        if ks[key(r['query'])] > 1: E.append('row %d duplicate key in set' % i)
        if r['kind'] not in ('script', 'other_script') and fs[full(r['query'])] > 1: E.append('row %d duplicate full fold in set' % i)
    # positives
    good, narc, narc_abbr, lv = set(), 0, 0, Counter()
    shape_n, items = Counter(), Counter()
    for i, r in enumerate(rows):
        if r['expected'] is None: continue
        m = lib.NOTE_RE.match(r['notes'])
        if not m: E.append('row %d note shape' % i); continue
        kind, variant, prog, uses, tname, ent = m.group(1), m.group(2), m.group(3), int(m.group(4)), m.group(5), int(m.group(6))
        v = d.sdn.get(ent)
        if not v or v['name'] != r['expected'] or tname != r['expected']:
            E.append('row %d expected/target/ent mismatch' % i); continue
        if d.name_count[v['name']] != 1 or v['type'] != '' or v['name'] in d.alias_set: E.append('row %d target not unique -0- non-alias' % i)
        if prog != v['prog']: E.append('row %d program mismatch' % i)
        if kind != r['kind']: E.append('row %d note kind mismatch' % i)
        if uses != R.level(ent): E.append('row %d earlier-use count %d != recount %d' % (i, uses, R.level(ent)))
        nk = lib.is_narc(v['prog'])
        good.add(ent); lv[R.level(ent)] += 1
        if nk: narc += 1
        if kind in lib.NARC_KINDS and not nk: E.append('row %d narcotics-only kind with other program' % i)
        if kind not in lib.NARC_KINDS and kind != 'abbreviation' and nk: E.append('row %d non-narcotics kind with narcotics program' % i)
        if kind == 'abbreviation' and nk: narc_abbr += 1
        for x in R.pos_errors(kind, r['query'], ent): E.append('row %d %s' % (i, x))
        sh = variant.split(' (')[0]; det = variant[len(sh) + 2:-1] if ' (' in variant else ''
        q = r['query']; city = d.city.get(ent, '')
        if kind in gen.QUOTA:
            if sh not in gen.QUOTA[kind]: E.append('row %d unknown shape %s' % (i, sh))
            shape_n[(kind, sh)] += 1
        if kind == 'aka' and sh != 'own alt.csv alias': E.append('row %d aka shape' % i)
        if kind == 'legal_form':
            form = det.replace(' in front', '')
            if form not in [f for f, _, _ in gen.LEGAL_FORMS] or form not in q: E.append('row %d legal form not in list/query' % i)
            items[(kind, form)] += 1
        if kind == 'abbreviation':
            ab, lw = det.split(' for ')
            longs = dict(gen.ABBR).get(ab)
            if not longs or lw not in longs or ab not in q.split() or lw not in full(v['name']).split(): E.append('row %d abbreviation check' % i)
            items[(kind, ab)] += 1
        if kind == 'translation':
            lang, rest = det.split(', ', 1); word, eng = rest.rsplit(' for ', 1)
            if gen.TR.get(lang, {}).get(eng) != word or word not in q or eng not in full(v['name']).split(): E.append('row %d translation check' % i)
            items[(kind, lang)] += 1
        if kind == 'parent_vs_subsidiary':
            u = [x for x in gen.UNITS if '%s %s' % (x[0], x[1]) == det]
            if not u or u[0][1] not in q or not city or city not in q: E.append('row %d unit word/city check' % i)
            items[(kind, det)] += 1
        if kind == 'messy':
            if det not in [t for t, _ in gen.MESSY] or not city or city not in q: E.append('row %d messy template/city check' % i)
            items[(kind, det)] += 1
    for (k, sh), n in shape_n.items():
        if n > gen.QUOTA[k].get(sh, 0): E.append('shape quota %s %s %d' % (k, sh, n))
    for it, n in items.items():
        if n > 1: E.append('item used twice %s' % (it,))
    if len(good) != 156: E.append('distinct targets %d' % len(good))
    if narc > lib.NARC_CAP: E.append('SDNT/SDNTK %d > %d' % (narc, lib.NARC_CAP))
    if narc_abbr > 2: E.append('narcotics abbreviations %d' % narc_abbr)
    # negatives
    pw = set(w for p in RN.PHRASES for w in full(p).split())
    for w in pw:
        if d.tok_count(w): E.append('theme-phrase word %s is in a listed org name' % w)
    tg = {}
    for r in pos:
        m = re.search(r'ent_num (\d+)', r['notes'])
        if m: tg[int(m.group(1))] = r['expected']
    nmw, nme = Counter(), Counter()
    for i, r in enumerate(rows):
        if r['expected'] is not None: continue
        cat, q, n = r['kind'], r['query'], r['notes']
        pre = 'not listed: %s; ' % cat
        if not n.startswith(pre): E.append('row %d note prefix' % i); continue
        if not n.endswith(d.shared_words(q)): E.append('row %d shared-word text differs from recount' % i)
        for x in R.neg_errors(cat, q): E.append('row %d %s' % (i, x))
        if cat == 'near_miss':
            m = re.search(r'reused word: (\w+) \((\d+) listed org name(?:s/aliases|/alias)\) from in-set target (.+) \[SDN ent_num (\d+)\]; ', n)
            if not m: E.append('row %d near-miss note' % i); continue
            w, c, t, e = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            if tg.get(e) != t or d.sdn[e]['name'] != t: E.append('row %d near-miss target not in set' % i)
            if c != d.tok_count(w) or not (1 <= c <= 3): E.append('row %d near-miss count/rarity' % i)
            if w not in full(t).split() or len(w) < 4 or not w.isascii() or w in lib.FILLER: E.append('row %d near-miss word shape' % i)
            if len(core(t).split()) < 2: E.append('row %d near-miss target core < 2 words' % i)
            if not any(q == w.capitalize() + ' ' + p for p in RN.PHRASES): E.append('row %d near-miss query shape' % i)
            nmw[w] += 1; nme[e] += 1
        if cat == 'shares_one_word':
            ws = q.split(' ', 1)
            if ws[1] not in RN.PHRASES or not d.tok_count(ws[0].lower()): E.append('row %d shares_one_word shape' % i)
    for w, c in nmw.items():
        if c > 1: E.append('near-miss word %s used %d times' % (w, c))
    for e, c in nme.items():
        if c > 1: E.append('near-miss target %d used %d times' % (e, c))
    for x in E: print('ERROR', x)
    if E:
        print('FAIL: %d errors' % len(E)); sys.exit(1)
    print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
        len(rows), len(pos), len(neg), len(good), ', '.join('%d at level %d' % (n, l) for l, n in sorted(lv.items())), narc, prior[3]))
main()
