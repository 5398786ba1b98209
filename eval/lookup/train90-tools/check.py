"""Validator for train90.jsonl. Usage: python3 check.py [--file PATH]. Prints errors and PASS/FAIL."""
import json, sys
from collections import Counter
import lib, gen, rows_neg
from lib import key, full

path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else lib.OUT
d, prior, ps, R = lib.setup()
keys, fulls, uses, nfiles = prior
E = []
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
pos = [r for r in rows if r.get('expected') is not None]
neg = [r for r in rows if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    E.append('counts %d/%d/%d' % (len(rows), len(pos), len(neg)))
kc = Counter(r.get('kind') for r in rows)
for k in lib.POS_KINDS:
    if kc[k] != 12:
        E.append('kind %s has %d rows' % (k, kc[k]))
for k, n in lib.NEG_QUOTA.items():
    if kc[k] != n:
        E.append('category %s has %d rows' % (k, kc[k]))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        E.append('row %d keys %s' % (i, sorted(r)))
    if not (r.get('query') or '').strip():
        E.append('row %d empty query' % i)
    k = r.get('kind')
    if k not in lib.POS_KINDS and k not in lib.NEG_QUOTA:
        E.append('row %d unknown kind %s' % (i, k))
    if r.get('expected') is not None and k not in lib.POS_KINDS:
        E.append('row %d positive with negative kind' % i)
    if r.get('expected') is None and k in lib.POS_KINDS:
        E.append('row %d negative with positive kind' % i)
# in-set uniqueness
ck, cf = Counter(), Counter()
for r in rows:
    ck[key(r['query'])] += 1
    if r['kind'] not in ('script', 'other_script'):
        cf[full(r['query'])] += 1
for i, r in enumerate(rows):
    if ck[key(r['query'])] > 1:
        E.append('row %d duplicate key in set' % i)
    if r['kind'] not in ('script', 'other_script') and cf[full(r['query'])] > 1:
        E.append('row %d duplicate full fold in set' % i)

def shape_of(kind, variant):
    best = None
    for s in gen.QUOTA.get(kind, {}):
        if variant == s or variant.startswith(s + ' ('):
            if best is None or len(s) > len(best):
                best = s
    return best

good_ents, narc_n, abbr_narc = [], 0, 0
shape_n = Counter()
for i, r in enumerate(rows):
    if r.get('expected') is None:
        continue
    k, q = r['kind'], r['query']
    m = lib.NOTE_RE.match(r['notes'] or '')
    if not m:
        E.append('row %d note shape' % i); continue
    e = int(m.group('ent'))
    rec = d.rec.get(e)
    if not rec or rec['name'] != r['expected'] or m.group('target') != r['expected']:
        E.append('row %d expected/target/ent mismatch' % i); continue
    good_ents.append(e)
    if rec['type'] != '-0-' or d.name_count[rec['name']] != 1 or key(rec['name']) in d.alias_keys:
        E.append('row %d target not a unique -0- non-alias name' % i)
    if m.group('program') != rec['program']:
        E.append('row %d program mismatch' % i)
    if m.group('kind') != k:
        E.append('row %d note kind mismatch' % i)
    if int(m.group('uses')) != uses[e]:
        E.append('row %d earlier-use count %s, recomputed %d' % (i, m.group('uses'), uses[e]))
    if not lib.level_ok(d, e, uses[e]):
        E.append('row %d level %d out of range' % (i, uses[e]))
    nar = d.narc(e)
    if nar:
        narc_n += 1
        if k == 'abbreviation':
            abbr_narc += 1
    if k in lib.NARC_ONLY and not nar:
        E.append('row %d kind %s needs a narcotics target' % (i, k))
    if k in lib.NON_NARC and nar:
        E.append('row %d kind %s needs a non-narcotics target' % (i, k))
    var = m.group('variant')
    s = shape_of(k, var)
    if s is None:
        E.append('row %d unknown shape %r' % (i, var)); continue
    shape_n[(k, s)] += 1
    detail = var[len(s) + 2:-1] if var != s else ''
    name = rec['name']
    if k == 'legal_form':
        form = [f for l, f, _ in gen.LEGAL_FORMS if s == '%s %s' % (l, f)][0]
        if form not in q:
            E.append('row %d legal form %s not in query' % (i, form))
    if k == 'abbreviation':
        longs = dict(gen.ABBREV)[s]
        if s not in q:
            E.append('row %d abbreviation not in query' % i)
        if detail not in longs or detail not in full(name).split():
            E.append('row %d abbreviation long word %r not in name' % (i, detail))
    if k == 'translation':
        en, fo = detail.split(' = ', 1)
        if gen.TRANS[s].get(en) != fo or fo not in q or en not in full(name).split():
            E.append('row %d translation word check' % i)
    if k == 'parent_vs_subsidiary':
        unit = [u for l, u, _ in gen.UNITS if s == '%s %s' % (l, u)][0]
        c = d.city.get(e, '')
        if unit not in q or not c or c not in q or detail != 'city ' + c:
            E.append('row %d unit word / city check' % i)
    if k == 'messy':
        c = d.city.get(e, '')
        if not c or (c not in q and c.upper() not in q) or detail != 'city ' + c:
            E.append('row %d messy city check' % i)
    for x in R.pos_errors(q, k, e):
        E.append('row %d %s: %s' % (i, k, x))
for (k, s), n in shape_n.items():
    if n > gen.QUOTA[k][s]:
        E.append('shape %s/%s used %d > quota %d' % (k, s, n, gen.QUOTA[k][s]))
if len(set(good_ents)) != 156:
    E.append('distinct targets %d' % len(set(good_ents)))
if narc_n > lib.NARC_CAP:
    E.append('SDNT/SDNTK %d > %d' % (narc_n, lib.NARC_CAP))
if abbr_narc > 2:
    E.append('narcotics abbreviations %d' % abbr_narc)

# negatives
theme_words = {w for p in rows_neg.THEME_PHRASES for w in full(p).split()}
for w in theme_words:
    if d.tok_count(w):
        E.append('theme word %s is in a listed org name' % w)
in_set = {int(lib.NOTE_RE.match(r['notes']).group('ent')) for r in pos if lib.NOTE_RE.match(r['notes'] or '')}
nm_w, nm_t = Counter(), Counter()
import re
for i, r in enumerate(rows):
    if r.get('expected') is not None:
        continue
    k, q, n = r['kind'], r['query'], r['notes'] or ''
    pre = 'not listed: %s; ' % k
    if not n.startswith(pre):
        E.append('row %d note prefix' % i); continue
    if not n.endswith(d.shared_words(q)):
        E.append('row %d shared-word text' % i)
    for x in R.neg_errors(q, k):
        E.append('row %d %s: %s' % (i, k, x))
    if k == 'near_miss':
        m = re.search(r'; reused word: (\w+) \((\d+) listed org (?:name/alias|names/aliases)\) from in-set target (.+) \[SDN ent_num (\d+)\]; ', n)
        if not m:
            E.append('row %d near-miss note' % i); continue
        w, c, tn, e = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        nm_w[w] += 1; nm_t[e] += 1
        if e not in in_set or d.rec[e]['name'] != tn:
            E.append('row %d near-miss target not in set' % i)
        if c != d.tok_count(w) or not (1 <= c <= 3):
            E.append('row %d near-miss count' % i)
        if w not in full(tn).split() or len(w) < 4 or not (w.isascii() and w.isalpha()) or w in lib.FILLER or w in d.place_tokens:
            E.append('row %d near-miss word shape' % i)
        if len(lib.core(tn).split()) < 2:
            E.append('row %d near-miss target core < 2 words' % i)
        if not any(q == w.capitalize() + ' ' + p for p in rows_neg.THEME_PHRASES):
            E.append('row %d near-miss query shape' % i)
    if k == 'shares_one_word':
        fw, _, rest = q.partition(' ')
        if fw not in rows_neg.SHARES_FIRST or rest not in rows_neg.THEME_PHRASES or not d.tok_count(fw.lower()):
            E.append('row %d shares_one_word shape' % i)
for w, c in nm_w.items():
    if c > 1:
        E.append('near-miss word %s used %d times' % (w, c))
for e, c in nm_t.items():
    if c > 1:
        E.append('near-miss target %d used %d times' % (e, c))

for x in E:
    print('ERROR', x)
lv = Counter(uses[e] for e in set(good_ents))
if E:
    print('FAIL: %d errors' % len(E))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
    len(rows), len(pos), len(neg), len(set(good_ents)),
    ', '.join('%d at level %d' % (n, l) for l, n in sorted(lv.items())), narc_n, nfiles))
