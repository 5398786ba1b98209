"""Validator for train97.jsonl. Usage: check.py [--file PATH]. Prints ERROR lines and PASS/FAIL; exit 1 on FAIL."""
import sys, os, json, re
from collections import Counter
import lib, gen, rules, rows_neg as R
from lib import key, full

path = os.path.join(lib.LOOKUP, lib.THIS)
if '--file' in sys.argv:
    path = sys.argv[sys.argv.index('--file') + 1]
errors = []
def err(i, msg):
    errors.append('row %s: %s' % (i, msg))

ctx = rules.Ctx(); D = ctx.D
rows = []
with open(path, encoding='utf-8') as fh:
    for i, line in enumerate(fh):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(i, 'bad JSON: %s' % e); rows.append({})
POS_KINDS = set(gen.KINDS); NEG_KINDS = set(rules.NEG_QUOTA)
pos = [(i, r) for i, r in enumerate(rows) if r.get('expected') is not None]
neg = [(i, r) for i, r in enumerate(rows) if r.get('expected') is None]
if (len(rows), len(pos), len(neg)) != (301, 156, 145):
    err('-', 'counts %d/%d/%d, want 301/156/145' % (len(rows), len(pos), len(neg)))
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}:
        err(i, 'keys %s' % sorted(r))
    if not isinstance(r.get('query'), str) or not r.get('query', '').strip():
        err(i, 'empty query')
    k = r.get('kind')
    if k not in POS_KINDS | NEG_KINDS:
        err(i, 'unknown kind %r' % k)
    elif r.get('expected') is not None and k not in POS_KINDS:
        err(i, 'positive with negative kind %s' % k)
    elif r.get('expected') is None and k not in NEG_KINDS:
        err(i, 'negative with positive kind %s' % k)
kc = Counter(r.get('kind') for _, r in pos)
for k in gen.KINDS:
    if kc[k] != 12:
        err('-', 'kind %s has %d rows, want 12' % (k, kc[k]))
nc = Counter(r.get('kind') for _, r in neg)
for k, q in rules.NEG_QUOTA.items():
    if nc[k] != q:
        err('-', 'category %s has %d rows, want %d' % (k, nc[k], q))
# in-set uniqueness
sk, sf = {}, {}
for i, r in enumerate(rows):
    q = r.get('query') or ''
    if key(q) in sk:
        err(i, 'duplicate key of row %s' % sk[key(q)])
    sk.setdefault(key(q), i)
    if r.get('kind') not in ('script', 'other_script'):
        if full(q) in sf:
            err(i, 'duplicate full fold of row %s' % sf[full(q)])
        sf.setdefault(full(q), i)

# ---------------- positives ----------------
ents = Counter(); narc = 0; narc_abbr = 0; shape_cnt = Counter(); levels = Counter()
for i, r in pos:
    q, kind, name, note = r['query'], r['kind'], r['expected'], r.get('notes', '')
    m = rules.NOTE_RE.match(note or '')
    if not m:
        err(i, 'note shape'); continue
    if m['kind'] != kind:
        err(i, 'note kind %s' % m['kind'])
    ent = D.unique.get(name)
    if ent is None:
        err(i, 'expected is not a unique SDN name'); continue
    if m['ent'] != ent or m['name'] != name:
        err(i, 'note target/ent_num mismatch')
    d = D.sdn[ent]
    if d['type'] != '' or key(name) in D.alias_keys or ent not in ctx.pool:
        err(i, 'not a pool organisation')
    if m['prog'] != d['program']:
        err(i, 'program mismatch')
    lv = ctx.level(ent)
    if int(m['uses']) != lv:
        err(i, 'earlier-use count %s, recount %d' % (m['uses'], lv))
    nar = lib.is_narc(d['program'])
    lo = lib.MIN_LEVEL_NARC if nar else lib.MIN_LEVEL_OTHER
    if not lo <= lv <= lib.MAX_LEVEL:
        err(i, 'level %d outside %d-%d' % (lv, lo, lib.MAX_LEVEL))
    ents[ent] += 1; levels[lv] += 1
    if nar:
        narc += 1
        if kind == 'abbreviation':
            narc_abbr += 1
    if kind in gen.NARC_ONLY and not nar:
        err(i, 'narcotics-only kind with a non-narcotics target')
    if kind not in gen.NARC_ONLY and kind != 'abbreviation' and nar:
        err(i, 'non-narcotics kind with a narcotics target')
    shape = gen.shape_of(kind, m['variant'])
    if shape is None:
        err(i, 'unknown shape %r' % m['variant']); continue
    shape_cnt[(kind, shape)] += 1
    if kind == 'aka':
        am = re.match(r'^alt\.csv aka alias \(alt_num (\d+)\)$', m['variant'])
        hit = [a for a in D.alts[ent] if am and a[0] == am.group(1)]
        if not hit or hit[0][2] != q or hit[0][1] != 'aka':
            err(i, 'aka alias, type or alt_num mismatch')
    else:
        try:
            regen = gen.GEN[kind](name, shape, ent)
        except Exception as e:
            regen = 'EXC %s' % e
        if regen != q:
            err(i, 'query is not what its shape gives (%r)' % regen)
        try:
            var = gen.variant(kind, name, shape, q, ent)
        except Exception as e:
            var = 'EXC %s' % e
        if var != m['variant']:
            err(i, 'variant text %r, want %r' % (m['variant'], var))
    if kind == 'legal_form':
        it = [x for x in gen.LEGAL_ITEMS if x[0] == shape][0]
        if not (q.startswith(it[1] + ' ') if it[2] == 'front' else q.endswith(' ' + it[1])):
            err(i, 'legal form not at its place')
    if kind == 'abbreviation':
        if shape not in q.split() and shape + ',' not in q.split():
            err(i, 'abbreviation not in the query')
        if not gen.abbr_long(name, shape):
            err(i, 'no long word of the abbreviation in the name')
    if kind == 'translation':
        tp = gen.trans_pick(name, shape)
        if not tp or tp[2] not in q or tp[1] not in full(name).split():
            err(i, 'translated word or its English word missing')
    if kind in ('parent_vs_subsidiary', 'messy'):
        city = D.city(ent)
        dm = re.search(r'\(city (.+)\)$', m['variant'])
        if not city or not dm or dm.group(1) != city:
            err(i, 'city in the note is not the add.csv city')
        if kind == 'messy':
            import urllib.parse
            if city not in q and urllib.parse.quote(city) not in q:
                err(i, 'messy city missing')
        else:
            u = [x for x in gen.UNITS if x[0] == shape][0]
            want = (u[1] + ' ' + city) if u[2] == 'before' else (city + ' ' + u[1])
            if not q.endswith(' ' + want):
                err(i, 'unit word not next to the city')
    if kind in ('typo', 'punctuation'):
        w = gen.edited_word(kind, name, shape)
        if not w or w not in gen.display(name).split() and w + ',' not in gen.display(name).split():
            err(i, 'edited word not in the display name')
        if w and (w in q.split() or w + ',' in q.split()):
            err(i, 'edited word still in the query')
    if kind == 'script':
        bad = gen.script_errors(q, shape)
        if bad:
            err(i, 'code points outside the script block: %r' % ''.join(bad[:5]))
    if kind == 'case' and (q == name or q.lower() != name.lower()):
        err(i, 'not a pure case change')
    for e in rules.pos_errors(ctx, kind, q, ent):
        err(i, 'rule: ' + e)
if len(ents) != 156 or any(v > 1 for v in ents.values()):
    err('-', '%d distinct targets, want 156' % len(ents))
if narc > lib.NARC_CAP:
    err('-', '%d SDNT/SDNTK targets > %d' % (narc, lib.NARC_CAP))
if narc_abbr > gen.NARC_ABBR_MAX:
    err('-', '%d narcotics abbreviations' % narc_abbr)
for (k, s), c in shape_cnt.items():
    if c > gen.QUOTA[k]:
        err('-', 'shape %s/%s used %d times > %d' % (k, s, c, gen.QUOTA[k]))

# ---------------- negatives ----------------
in_set = {D.unique[r['expected']]: r['expected'] for _, r in pos if r.get('expected') in D.unique}
near_w, near_t = set(), set()
for i, r in neg:
    q, cat, note = r['query'], r['kind'], r.get('notes') or ''
    pre = 'not listed: %s; ' % cat
    if not note.startswith(pre):
        err(i, 'note prefix')
    sw = D.shared_words(q)
    if not note.endswith('; ' + sw):
        err(i, 'shared-word text does not match a recount')
    for e in rules.neg_errors(ctx, cat, q):
        err(i, 'rule: ' + e)
    if cat in ('near_miss', 'shares_one_word'):
        for t in full(' '.join(q.split()[1:])).split():
            if D.tok_count(t):
                err(i, 'theme word %s is in a listed org name' % t)
    if cat == 'near_miss':
        mm = re.search(r'; reused word: (\w+) \((\d+) listed org names?/alias(?:es)?\) from in-set target (.+) '
                       r'\[SDN ent_num (\d+)\]; ', note)
        if not mm:
            err(i, 'near-miss note shape'); continue
        w, n, tname, tent = mm.group(1), int(mm.group(2)), mm.group(3), mm.group(4)
        if in_set.get(tent) != tname:
            err(i, 'near-miss target is not an in-set target')
        if D.tok_count(w) != n or not 1 <= n <= 3:
            err(i, 'near-miss word count %d (recount %d)' % (n, D.tok_count(w)))
        if not (w.isalpha() and w.isascii() and len(w) >= 4) or w in lib.STOP or w in gen.SMALL:
            err(i, 'near-miss word shape')
        if w in R.NEAR_STOP:
            err(i, 'near-miss word on the stop list')
        if w in D.place:
            err(i, 'near-miss word is a place token')
        if tname and w not in full(tname).split():
            err(i, 'near-miss word not in the target fold')
        if tname and len(lib.core_tokens(full(tname))) < 2:
            err(i, 'near-miss target core < 2 words')
        ph = ' '.join(q.split()[1:])
        if q.split()[0] != w.capitalize() or ph not in R.NEAR_PHRASES:
            err(i, 'near-miss query shape')
        if w in near_w or tent in near_t:
            err(i, 'near-miss word or target used twice')
        near_w.add(w); near_t.add(tent)
    if cat == 'shares_one_word':
        fw = q.split()[0]
        if fw not in R.SHARES_FIRST or not D.tok_count(fw.lower()):
            err(i, 'first word not a known listed word')
        if ' '.join(q.split()[1:]) not in R.SHARES_PHRASES:
            err(i, 'unknown theme phrase')

for e in errors:
    print('ERROR', e)
lv4 = levels.get(4, 0); lv5 = levels.get(5, 0)
if errors:
    print('FAIL: %d errors' % len(errors)); sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %d at level 4, %d at level 5; %d SDNT/SDNTK; %d earlier files'
      % (len(rows), len(pos), len(neg), len(ents), lv4, lv5, narc, ctx.nfiles))
