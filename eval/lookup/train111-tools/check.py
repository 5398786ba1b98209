"""check.py [--file PATH] - validator for train111.jsonl; prints errors and PASS/FAIL (train111)."""
import sys, json, re
from collections import Counter, defaultdict
import lib, gen, rules, rows_neg
from build import near_miss_word_ok

path = lib.LOOKUP + '/train111.jsonl'
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
d = lib.Data()
prior = lib.load_prior(d)
keys, folds, uses, nf = prior
pool = lib.build_pool(d)
errs = []


def err(i, msg):
    errs.append('row %d: %s' % (i, msg))


rows = []
with open(path, encoding='utf-8') as f:
    for line in f:
        if line.strip():
            rows.append(json.loads(line))
NEG_KINDS = set(rules.NEG_QUOTA)
POS_KINDS = set(gen.KINDS)
if len(rows) != 301:
    errs.append('rows %d != 301' % len(rows))
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if len(pos) != 156:
    errs.append('positives %d != 156' % len(pos))
if len(neg) != 145:
    errs.append('negatives %d != 145' % len(neg))
kc = Counter(r.get('kind') for r in rows)
for k in POS_KINDS:
    if kc[k] != 12:
        errs.append('kind %s has %d rows, not 12' % (k, kc[k]))
for k, n in rules.NEG_QUOTA.items():
    if kc[k] != n:
        errs.append('category %s has %d rows, not %d' % (k, kc[k], n))
in_keys, in_folds = Counter(), Counter()
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r))
    q = r.get('query') or ''
    if not q.strip():
        err(i, 'empty query')
    k = r.get('kind')
    if k not in POS_KINDS | NEG_KINDS:
        err(i, 'unknown kind %s' % k)
    if r.get('expected') is not None and k in NEG_KINDS:
        err(i, 'positive with a negative kind')
    if r.get('expected') is None and k in POS_KINDS:
        err(i, 'negative with a positive kind')
    in_keys[lib.key(q)] += 1
    if k not in ('script', 'other_script'):
        in_folds[lib.full(q)] += 1
for i, r in enumerate(rows):
    q = r['query']
    if in_keys[lib.key(q)] > 1:
        err(i, 'duplicate key in set')
    if r['kind'] not in ('script', 'other_script') and in_folds[lib.full(q)] > 1:
        err(i, 'duplicate full fold in set')

# ---------------------------------------------------------------- positives
targets = Counter()
narc_n = 0
narc_abbr = 0
shape_n = defaultdict(Counter)
abbr_used, alt_used = Counter(), Counter()
levels = Counter()
forms = {s: (f, fr) for s, f, fr in gen.LEGAL_FORMS}
units = {s: (w, a) for s, w, a in gen.UNITS}
short = dict(gen.SHORT_FORMS)
for i, r in pos:
    kind, q = r['kind'], r['query']
    m = rules.NOTE_RE.match(r['notes'] or '')
    if not m:
        err(i, 'note shape'); continue
    if m.group('kind') != kind:
        err(i, 'note kind %s' % m.group('kind'))
    e = int(m.group('e'))
    if e not in d.sdn:
        err(i, 'unknown ent_num'); continue
    name, typ, prog = d.sdn[e]
    if name != r['expected'] or m.group('name') != name:
        err(i, 'target/ent_num mismatch')
    if typ != '' or d.name_count[name] != 1:
        err(i, 'not a unique -0- name')
    if m.group('prog') != prog:
        err(i, 'program mismatch')
    if int(m.group('n')) != uses[e]:
        err(i, 'earlier-use count %s != recount %d' % (m.group('n'), uses[e]))
    targets[e] += 1
    levels[uses[e]] += 1
    narc = lib.is_narc(prog)
    if narc:
        narc_n += 1
    if kind in gen.NARC_ONLY and not narc:
        err(i, 'narcotics-only kind on a non-narcotics name')
    if kind not in gen.NARC_ONLY and kind != 'abbreviation' and narc:
        err(i, 'non-narcotics kind on a narcotics name')
    if kind == 'abbreviation' and narc:
        narc_abbr += 1
    shape, detail = gen.split_variant(kind, m.group('variant'))
    if shape is None:
        err(i, 'unknown shape %r' % m.group('variant')); continue
    shape_n[kind][shape] += 1
    if (shape, detail, q) not in gen.candidates(d, e, kind):
        err(i, 'query not regenerated from target, shape and detail')
    for x in rules.pos_errors(d, prior, pool, e, kind, shape, detail, q, uses[e]):
        err(i, 'rule: ' + x)
    disp = gen.display(name)
    if kind == 'aka':
        alt_used[detail] += 1
    if kind == 'legal_form':
        f, front = forms[shape]
        if not (q.startswith(f + ' ') if front else q.endswith(' ' + f)):
            err(i, 'legal form not at its place')
    if kind == 'abbreviation':
        mm = re.match(r'^`(.+)` for (.+)$', detail or '')
        if not mm or short.get(mm.group(1)) != mm.group(2):
            err(i, 'short form not in my list')
        else:
            abbr_used[mm.group(1)] += 1
            if mm.group(1) not in q.split() and mm.group(1) + ',' not in q.split():
                err(i, 'short form not in the query')
            if mm.group(2) not in [t.rstrip(',') for t in name.upper().split()]:
                err(i, 'long word not in the name')
    if kind == 'translation':
        mm = re.match(r'^`(.+)` for (.+)$', detail or '')
        if not mm or gen.DICTS.get(shape, {}).get(mm.group(2)) != mm.group(1):
            err(i, 'translation not in the dictionary')
        else:
            if mm.group(1) not in [t.rstrip(',') for t in q.split()]:
                err(i, 'translated word not in the query')
            if mm.group(2) not in [t.rstrip(',') for t in name.upper().split()]:
                err(i, 'English word not in the name')
    if kind in ('parent_vs_subsidiary', 'messy'):
        city = d.city_of(e)
        if detail != 'city %s' % city:
            err(i, 'note city differs from add.csv city')
        if not city or city not in q:
            err(i, 'city not in the query')
        if kind == 'parent_vs_subsidiary' and city:
            w, after = units[shape]
            if not q.endswith((' %s %s' % (city, w)) if after else (' %s %s' % (w, city))):
                err(i, 'unit word not next to the city')
    if kind in ('typo', 'punctuation'):
        w = (detail or '')[3:]
        dw = [t.rstrip(',') for t in disp.split()]
        if w not in dw:
            err(i, 'edited word not in the display name')
        if w in [t.rstrip(',') for t in q.split()]:
            err(i, 'edited word still in the query')
if len(targets) != 156 or any(v > 1 for v in targets.values()):
    errs.append('%d distinct targets (need 156, each once)' % len(targets))
if narc_n > rules.NARC_CAP:
    errs.append('SDNT/SDNTK %d > %d' % (narc_n, rules.NARC_CAP))
if narc_abbr > rules.NARC_ABBR_MAX:
    errs.append('narcotics abbreviations %d > %d' % (narc_abbr, rules.NARC_ABBR_MAX))
for kind, cnt in shape_n.items():
    cap = 1 if kind in gen.ONCE_KINDS else gen.PER_SHAPE.get(kind, 12)
    for s, n in cnt.items():
        if n > cap:
            errs.append('shape quota exceeded: %s %s %d > %d' % (kind, s, n, cap))
for a, n in abbr_used.items():
    if n > 1:
        errs.append('short form %s used %d times' % (a, n))
for a, n in alt_used.items():
    if n > 1:
        errs.append('aka %s used %d times' % (a, n))

# ---------------------------------------------------------------- negatives
hand = {'famous_unlisted': rows_neg.FAMOUS, 'other_script': rows_neg.OTHER_SCRIPT, 'generic': rows_neg.GENERIC,
        'chat_request': rows_neg.CHAT, 'person_as_company': rows_neg.PERSON, 'brand_product': rows_neg.BRAND}
phr = {p: s for s, p in rows_neg.THEME}
nm_w, nm_t = Counter(), Counter()
for i, r in neg:
    kind, q, note = r['kind'], r['query'], r['notes'] or ''
    m = rules.NEG_RE.match(note)
    if not m or m.group('kind') != kind:
        err(i, 'negative note shape'); continue
    for x in rules.neg_errors(d, prior, kind, q):
        err(i, 'rule: ' + x)
    desc = m.group('desc')
    reused = None
    if kind in hand:
        lst = dict((qq, dd.replace('spare: ', '')) for qq, dd in hand[kind])
        if q not in lst or lst[q] != desc:
            err(i, 'query/description not in my list')
    else:
        phrase = next((p for p in phr if q.endswith(' ' + p)), None)
        if phrase is None:
            err(i, 'no known theme phrase at the end'); continue
        if any(d.tok_count(w) for w in lib.full_toks(phrase)):
            err(i, 'theme phrase word in a listed org name')
        first = q[:-len(phrase) - 1]
        if kind == 'shares_one_word':
            if desc != 'a common listed word plus the %s theme phrase' % phr[phrase]:
                err(i, 'description')
            if first not in rows_neg.FIRST_WORDS or d.tok_count(lib.full(first)) == 0:
                err(i, 'first word unknown or not listed')
        else:
            if desc != 'rare word of an in-set target plus the %s theme phrase' % phr[phrase]:
                err(i, 'description')
            mm = re.match(r'^(\w+) \((\d+) listed org (?:name/alias|names/aliases)\) from in-set target (.+) '
                          r'\[SDN ent_num (\d+)\]$', m.group('rw') or '')
            if not mm:
                err(i, 'near-miss reused-word part'); continue
            w, n, tname, e = mm.group(1), int(mm.group(2)), mm.group(3), int(mm.group(4))
            if e not in targets or d.sdn.get(e, ('',))[0] != tname:
                err(i, 'near-miss target not an in-set target')
            if n != d.tok_count(w):
                err(i, 'reuse count %d != %d' % (n, d.tok_count(w)))
            if first != w.capitalize():
                err(i, 'query shape')
            if e in pool:
                why = near_miss_word_ok(d, pool, w, e)
                if why:
                    err(i, 'near-miss word: ' + why)
            else:
                err(i, 'near-miss target not in pool')
            nm_w[w] += 1
            nm_t[e] += 1
            reused = (w, n, tname, e)
    if note != rules.neg_note(d, kind, desc, q, reused):
        err(i, 'note text (shared words) differs from recomputed')
for w, n in nm_w.items():
    if n > 1:
        errs.append('near-miss word %s used %d times' % (w, n))
for e, n in nm_t.items():
    if n > 1:
        errs.append('near-miss target %d used %d times' % (e, n))

for x in errs:
    print(x)
lv = ', '.join('%d at level %d' % (n, l) for l, n in sorted(levels.items()))
if errs:
    print('FAIL: %d errors' % len(errs))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files' % (
    len(rows), len(pos), len(neg), len(targets), lv, narc_n, nf))
