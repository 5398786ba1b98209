"""Validator for train92.jsonl: python3 check.py [--file PATH]. Prints errors, then PASS or FAIL."""
import sys, json, re
from collections import Counter, defaultdict
import lib, gen
import rows_neg as RN

path = lib.SET_FILE
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
d = lib.Data()
prior = lib.load_prior(d)
R = lib.Rules(d, prior)
errs = []
def E(i, m):
    errs.append('row %d: %s' % (i, m))

rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f):
        try:
            rows.append(json.loads(line))
        except ValueError:
            errs.append('line %d: bad JSON' % i)
npos = sum(1 for r in rows if r.get('expected'))
if len(rows) != 301 or npos != 156 or len(rows) - npos != 145:
    errs.append('counts: %d rows, %d positives, %d negatives (want 301/156/145)' % (len(rows), npos, len(rows) - npos))
kc = Counter(r.get('kind') for r in rows)
for k in lib.POS_KINDS:
    if kc[k] != 12:
        errs.append('kind %s has %d rows (want 12)' % (k, kc[k]))
for k, n in lib.NEG_QUOTA.items():
    if kc[k] != n:
        errs.append('category %s has %d rows (want %d)' % (k, kc[k], n))
keys_seen, fulls_seen = defaultdict(list), defaultdict(list)
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        E(i, 'keys %s' % sorted(r))
    q, k = r.get('query') or '', r.get('kind')
    if not q.strip():
        E(i, 'empty query')
    if k not in lib.POS_KINDS and k not in lib.NEG_QUOTA:
        E(i, 'unknown kind %s' % k)
    if r.get('expected') and k not in lib.POS_KINDS:
        E(i, 'positive with negative kind')
    if not r.get('expected') and k in lib.POS_KINDS:
        E(i, 'negative with positive kind')
    keys_seen[lib.key(q)].append(i)
    if k not in ('script', 'other_script'):
        fulls_seen[lib.full(q)].append(i)
for kk, ii in list(keys_seen.items()) + list(fulls_seen.items()):
    if len(ii) > 1:
        errs.append('in-set repeat (key or full fold) rows %s' % ii)

# ---------------- positives
targets, narc_n, narc_abbr, levels = Counter(), 0, 0, Counter()
shape_use = defaultdict(Counter)
for i, r in enumerate(rows):
    if not r.get('expected'):
        continue
    q, k, note = r['query'], r['kind'], r.get('notes') or ''
    m = lib.NOTE_RE.match(note)
    if not m:
        E(i, 'note shape'); continue
    e = int(m.group('ent'))
    rec = d.sdn.get(e)
    if m.group('kind') != k:
        E(i, 'note kind %s != %s' % (m.group('kind'), k))
    if rec is None or rec['name'] != r['expected'] or m.group('target') != r['expected']:
        E(i, 'expected/target/ent mismatch'); continue
    if e not in d.pool_set or rec['type'] != '' or d.by_name.get(rec['name']) != e or rec['name'] in d.alias_strings:
        E(i, 'target not a unique -0- non-alias pool name')
    if m.group('program') != rec['program']:
        E(i, 'program mismatch')
    lv = R.level(e)
    if int(m.group('uses')) != lv:
        E(i, 'earlier-use count %s != recount %d' % (m.group('uses'), lv))
    narc = lib.is_narc(rec['program'])
    lo = lib.MIN_LEVEL_NARC if narc else lib.MIN_LEVEL_OTHER
    if not lo <= lv <= lib.MAX_LEVEL:
        E(i, 'level %d outside %d-%d' % (lv, lo, lib.MAX_LEVEL))
    targets[e] += 1; levels[lv] += 1
    if narc:
        narc_n += 1
        if k == 'abbreviation':
            narc_abbr += 1
        if k not in lib.NARC_ONLY and k not in lib.MIXED:
            E(i, 'narcotics target in a non-narcotics kind')
    elif k in lib.NARC_ONLY:
        E(i, 'non-narcotics target in a narcotics-only kind')
    var = m.group('variant')
    shape = None
    for s in sorted(gen.QUOTA[k], key=len, reverse=True):
        if var == s or var.startswith(s + ' ('):
            shape = s; break
    if shape is None:
        E(i, 'unknown shape %r' % var); continue
    shape_use[k][shape] += 1
    det = var[len(shape) + 2:-1] if var != shape else ''
    name = rec['name']
    ntoks = set(re.sub(r'[^\w\s]', ' ', name.upper()).split())
    if k == 'legal_form':
        form = [f for s, f, _ in gen.LEGAL_FORMS if s == shape][0]
        if form not in q.split():
            E(i, 'legal form %s not in query' % form)
    elif k == 'abbreviation':
        ab, longs = [(a, l) for a, l in gen.ABBREV if '`%s`' % a == shape][0]
        if ab not in q:
            E(i, 'abbreviation not in query')
        if not any(l in ntoks for l in longs):
            E(i, 'no long word of %s in the name' % ab)
    elif k == 'translation':
        mm = re.match(r'(.+) → (.+)$', det)
        if not mm or mm.group(2) != gen.TRANSLATE[shape].get(mm.group(1).lower()):
            E(i, 'translation detail not a dictionary entry')
        else:
            if mm.group(2) not in q:
                E(i, 'translated word not in query')
            if mm.group(1).upper() not in ntoks:
                E(i, 'English word not in name')
    elif k in ('parent_vs_subsidiary', 'messy'):
        city = gen.short_city(d.city.get(e, ''))
        if not det.startswith('city ') or det[5:] != city or (city not in q and city.upper() not in q):
            E(i, 'city missing or wrong')
        if k == 'parent_vs_subsidiary':
            unit = [u for s, u, _ in gen.UNITS if s == shape][0]
            if unit not in q:
                E(i, 'unit word not in query')
    elif k in ('typo', 'punctuation'):
        w = det[3:] if det.startswith('in ') else ''
        if not w or w.upper() not in ntoks or w in q.split():
            E(i, 'edited word missing from name or unchanged in query')
    elif k == 'aka':
        t = shape.split()[0]
        if (t, q) not in [((a or 'aka').lower(), b) for a, b in d.alts[e]]:
            E(i, 'alias type/alias mismatch')
    elif k == 'script':
        if not gen.script_ok(q, shape):
            E(i, 'script code points')
    elif k == 'case':
        if q.lower() != name.lower() or q == name:
            E(i, 'not a pure case change')
    for x in R.pos_errors(q, k, e):
        E(i, 'rule: ' + x)
if len(targets) != 156 or any(v > 1 for v in targets.values()):
    errs.append('distinct targets %d (want 156, each once)' % len(targets))
if narc_n > lib.NARC_CAP:
    errs.append('SDNT/SDNTK %d > %d' % (narc_n, lib.NARC_CAP))
if narc_abbr > 2:
    errs.append('narcotics abbreviations %d > 2' % narc_abbr)
for k, c in shape_use.items():
    for s, n in c.items():
        if n > gen.QUOTA[k][s]:
            errs.append('shape quota %s / %s: %d > %d' % (k, s, n, gen.QUOTA[k][s]))

# ---------------- negatives
theme_words = set(w for p in RN.THEME_PHRASES for w in lib.full_tokens(p))
for w in theme_words:
    if d.tok_count(w):
        errs.append('theme-phrase word %s is in a listed org name' % w)
in_set_targets = {}
for r in rows:
    if r.get('expected'):
        mm = lib.NOTE_RE.match(r['notes'] or '')
        if mm:
            in_set_targets[int(mm.group('ent'))] = r['expected']
nm_words, nm_ents = Counter(), Counter()
for i, r in enumerate(rows):
    if r.get('expected'):
        continue
    q, k, note = r['query'], r['kind'], r.get('notes') or ''
    pre = 'not listed: %s; ' % k
    if not note.startswith(pre):
        E(i, 'note prefix'); continue
    if not note.endswith(d.shared_words(q)):
        E(i, 'shared-word text does not match recount')
    for x in R.neg_errors(q, k):
        E(i, 'rule: ' + x)
    if k == 'near_miss':
        mm = re.search(r'; reused word: (\w+) \((\d+) listed org (?:name/alias|names/aliases)\) from in-set target (.+) '
                       r'\[SDN ent_num (\d+)\]; ', note)
        if not mm:
            E(i, 'near-miss note'); continue
        w, cnt, tname, e = mm.group(1), int(mm.group(2)), mm.group(3), int(mm.group(4))
        nm_words[w] += 1; nm_ents[e] += 1
        if in_set_targets.get(e) != tname:
            E(i, 'near-miss target not an in-set target')
        if cnt != d.tok_count(w) or not 1 <= cnt <= 3:
            E(i, 'near-miss count/rarity')
        if not (w.isascii() and w.isalpha() and len(w) >= 4) or w in gen.SMALL or w in d.place_tokens or w in RN.NEAR_STOP:
            E(i, 'near-miss word shape/stop list')
        if w not in lib.full_tokens(tname) or len(lib.core_tokens(tname)) < 2:
            E(i, 'near-miss word not in target or target core < 2 words')
        if not any(q == w.capitalize() + ' ' + p for p in RN.THEME_PHRASES):
            E(i, 'near-miss query shape')
    if k == 'shares_one_word':
        ws = lib.full_tokens(q)
        if d.tok_count(ws[0]) < 1 or any(d.tok_count(t) for t in ws[1:]):
            E(i, 'shares_one_word shape (first word listed, the rest not)')
for w, n in list(nm_words.items()) + list(nm_ents.items()):
    if n > 1:
        errs.append('near-miss word/target %s used %d times' % (w, n))

for x in errs:
    print('ERROR', x)
lv = ', '.join('%d at level %d' % (levels[l], l) for l in sorted(levels))
if errs:
    print('FAIL: %d errors' % len(errs))
    sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
      % (len(rows), npos, len(rows) - npos, len(targets), lv, narc_n, R.nfiles))
