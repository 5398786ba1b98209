"""Validator for train93.jsonl: python3 check.py [--file PATH]. Prints errors, then PASS or FAIL; exit 1 on FAIL."""
import json, re, sys
from collections import Counter
from lib import *
import gen, rows_neg as RN

path = sys.argv[sys.argv.index('--file') + 1] if '--file' in sys.argv else os.path.join(EVAL, 'train93.jsonl')
d, prior, pool, R = load_all()
errs = []
def err(i, m): errs.append('row %s: %s' % (i, m))
rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
NOTE_RE = re.compile(r'^(?P<kind>[a-z_]+): (?P<var>.+); program (?P<prog>.+); earlier-set uses (?P<n>\d+); target (?P<target>.+) \[SDN ent_num (?P<ent>\d+)\]$')
NM_RE = re.compile(r'reused word: (?P<w>\S+) \((?P<c>\d+) listed org (?:name/alias|names/aliases)\) from in-set target (?P<t>.+) \[SDN ent_num (?P<e>\d+)\]; ')

pos = [r for r in rows if r.get('expected') is not None]; negs = [r for r in rows if r.get('expected') is None]
if len(rows) != 301 or len(pos) != 156 or len(negs) != 145: err('-', 'counts %d/%d/%d' % (len(rows), len(pos), len(negs)))
kc = Counter(r.get('kind') for r in rows)
for k in POS_KINDS:
    if kc[k] != 12: err('-', 'kind %s has %d rows' % (k, kc[k]))
for k, q in NEG_QUOTA.items():
    if kc[k] != q: err('-', 'category %s has %d rows (quota %d)' % (k, kc[k], q))
seen_k, seen_f = {}, {}
for i, r in enumerate(rows):
    if set(r) != {'query', 'expected', 'kind', 'notes'}: err(i, 'keys %s' % sorted(r))
    q = r.get('query') or ''
    if not q.strip(): err(i, 'empty query')
    k = r.get('kind')
    if k not in POS_KINDS and k not in NEG_QUOTA: err(i, 'unknown kind %s' % k)
    if r.get('expected') is not None and k in NEG_QUOTA: err(i, 'positive with negative kind')
    if r.get('expected') is None and k in POS_KINDS: err(i, 'negative with positive kind')
    if key(q) in seen_k: err(i, 'in-set duplicate key (row %d)' % seen_k[key(q)])
    seen_k.setdefault(key(q), i)
    if k not in ('script', 'other_script'):
        if full(q) in seen_f: err(i, 'in-set duplicate full fold (row %d)' % seen_f[full(q)])
        seen_f.setdefault(full(q), i)

# ---------------- positives ----------------
targets, narc, levels, shape_cnt, abbr_narc = set(), 0, Counter(), Counter(), 0
for i, r in enumerate(rows):
    if r.get('expected') is None: continue
    k, q = r['kind'], r['query']
    m = NOTE_RE.match(r['notes'])
    if not m: err(i, 'note shape'); continue
    ent = int(m['ent'])
    if m['kind'] != k: err(i, 'note kind %s' % m['kind'])
    e = d.sdn.get(ent)
    if not e or e['name'] != m['target'] or e['name'] != r['expected']: err(i, 'expected/target/ent mismatch'); continue
    if ent not in pool: err(i, 'not a pool entity (unique -0- non-alias name)'); continue
    if e['program'] != m['prog']: err(i, 'program mismatch')
    lv = R.level(ent)
    if int(m['n']) != lv: err(i, 'earlier-use count %s, recomputed %d' % (m['n'], lv))
    if not level_ok(e, lv): err(i, 'level %d out of range' % lv)
    targets.add(ent); levels[lv] += 1
    nar = is_narc(e['program']); narc += nar
    if k in NARC_ONLY and not nar: err(i, 'narcotics-only kind with other program')
    if k not in NARC_ONLY and k not in MIXED and nar: err(i, 'non-narcotics kind with narcotics program')
    if k in MIXED and nar: abbr_narc += 1
    var = m['var']; s = gen.shape_of(k, var)
    if s is None: err(i, 'unknown shape %r' % var); continue
    shape_cnt[(k, s)] += 1
    if shape_cnt[(k, s)] > gen.QUOTA[k][s]: err(i, 'shape quota exceeded: %s' % s)
    detail = var[len(s) + 2:-1] if var != s else ''
    toks = q.split()
    if k == 'legal_form':
        form, front = next((f, fr) for l, f, fr in gen.LEGAL_FORMS if l == s)
        if (toks[0] if front else toks[-1]) != form: err(i, 'legal form %s not in query' % form)
    if k == 'abbreviation':
        ab, longs = next((a, lg) for l, a, lg in gen.ABBREV if l == s)
        if not any(t.rstrip(',') == ab for t in toks): err(i, 'abbreviation %s not in query' % ab)
        if not any(gen.nt(t) in longs for t in e['name'].split()): err(i, 'no long word of %s in name' % ab)
    if k == 'translation':
        mm = re.match(r'^`(.+)` for (\w+)$', detail); dic = dict(gen.TRANSLATION)[s]
        if not mm or dic.get(mm[2]) != mm[1]: err(i, 'translation detail not a dictionary entry')
        else:
            if not any(t.rstrip(',') == mm[1] for t in toks): err(i, 'translated word not in query')
            if mm[2] not in [gen.nt(t) for t in e['name'].split()]: err(i, 'English word not in name')
    if k in ('parent_vs_subsidiary', 'messy'):
        c = gen.city_of(d, ent)
        if detail != c or not c: err(i, 'city %r is not the add.csv city %r' % (detail, c))
        elif c not in q and c.upper() not in q: err(i, 'city missing from query')
        if k == 'parent_vs_subsidiary':
            text = next(t for l, t, a in gen.UNITS if l == s)
            if text not in q: err(i, 'unit word missing')
    if k in ('typo', 'punctuation'):
        if gen.nt(detail) not in [gen.nt(t) for t in e['name'].split()]: err(i, 'edited word not in name')
        if detail in toks: err(i, 'edited word still in query')
    if k == 'aka':
        if (s, q) not in e['aliases']: err(i, 'alias type/alias mismatch')
    if k == 'script':
        ok = gen.script_ok(s)
        if not all(c == ' ' or ok(c) for c in q): err(i, 'code points outside %s' % s)
    for x in R.pos_errors(q, k, ent, gen.script_ok(s) if k == 'script' else None): err(i, 'rule: ' + x)
if len(targets) != 156: err('-', '%d distinct targets' % len(targets))
if narc > NARC_CAP: err('-', 'SDNT/SDNTK %d > %d' % (narc, NARC_CAP))
if abbr_narc > 2: err('-', 'narcotics abbreviations %d > 2' % abbr_narc)

# ---------------- negatives ----------------
theme_words = {w for p in RN.THEME_PHRASES for w in full(p).split()}
for w in theme_words:
    if d.tok_count(w): err('-', 'theme-phrase word %s is in a listed org name' % w)
pos_ents = {int(NOTE_RE.match(r['notes'])['ent']): r['expected'] for r in pos if NOTE_RE.match(r['notes'])}
nm_w, nm_e = set(), set()
for i, r in enumerate(rows):
    if r.get('expected') is not None: continue
    k, q, n = r['kind'], r['query'], r['notes']
    if not n.startswith('not listed: %s; ' % k): err(i, 'note prefix')
    if not n.endswith('; ' + d.shared_words(q)): err(i, 'shared-word text differs from recomputed')
    for x in R.neg_errors(q, k): err(i, 'rule: ' + x)
    if k == 'near_miss':
        m = NM_RE.search(n)
        if not m: err(i, 'near-miss note'); continue
        w, c, ent = m['w'], int(m['c']), int(m['e'])
        if pos_ents.get(ent) != m['t']: err(i, 'near-miss target not an in-set target')
        if w not in full(m['t']).split(): err(i, 'word not in target fold')
        if c != d.tok_count(w) or not 1 <= c <= 3: err(i, 'word count %d / recomputed %d' % (c, d.tok_count(w)))
        if not (w.isascii() and w.isalpha() and len(w) >= 4) or w in FILLER or w in gen.SMALL or w in d.place_tokens or w in RN.NEAR_STOP:
            err(i, 'near-miss word shape/stop list')
        if len(core(m['t']).split()) < 2: err(i, 'target core < 2 words')
        if not any(q == w.capitalize() + ' ' + p for p in RN.THEME_PHRASES): err(i, 'near-miss query shape')
        if w in nm_w or ent in nm_e: err(i, 'near-miss word/target reused')
        nm_w.add(w); nm_e.add(ent)
    if k == 'shares_one_word':
        ws = full(q).split()
        if not d.tok_count(ws[0]) or any(d.tok_count(x) for x in ws[1:]): err(i, 'shares_one_word shape')

for e_ in errs: print(e_)
lv = ', '.join('%d at level %d' % (levels[l], l) for l in sorted(levels))
if errs:
    print('FAIL: %d errors' % len(errs)); sys.exit(1)
print('PASS: %d rows (%d positives, %d negatives); %d distinct entities, %s; %d SDNT/SDNTK; %d earlier files'
      % (len(rows), len(pos), len(negs), len(targets), lv, narc, prior[3]))
