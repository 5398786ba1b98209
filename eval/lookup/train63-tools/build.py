import json, random, sys, re
from lib import *
from common import *
import rows_pos as P
d = Data(); keys, fulls, uses, nf = load_prior()
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
R = Rules(d, keys, fulls, uses, pool)
ents = sorted(e for e in pool if pool[e] == 3)
random.Random(63).shuffle(ents)
NARC_KINDS = {'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation'}
taken = set(); rows = []; rej = []; seen_k = set(); seen_f = set(); nnarc = 0
def try_add(kind, q, e, var):
    global nnarc
    err = R.pos_errors(kind, q, e)
    if e in taken: err.append('target taken')
    if key(q) in seen_k or (kind != 'script' and full(q) in seen_f): err.append('in-set repeat')
    isn = narc(d.sdn[e]['prog'])
    if isn and nnarc >= NARC_CAP: err.append('narcotics cap')
    if err:
        rej.append((kind, q, err)); return False
    taken.add(e); seen_k.add(key(q)); seen_f.add(full(q)); nnarc += isn
    v = d.sdn[e]
    rows.append(dict(query=q, expected=v['name'], kind=kind,
        notes='%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, var, v['prog'], pool[e], v['name'], e)))
    return True
def pick(kind, slots, gen, narcwant, maxtries=None):
    got = 0
    order = ents if kind == 'case' else sorted(ents, key=lambda e: (full(d.sdn[e]['name']) not in fulls, key(d.sdn[e]['name']) not in keys))
    for slot in slots:
        for e in order:
            if e in taken or narc(d.sdn[e]['prog']) != narcwant: continue
            done = False
            for q, var in gen(d.sdn[e]['name'], e, slot):
                if slot_ok(kind, slot, var) and try_add(kind, q, e, var): done = True; break
            if done: got += 1; break
    return got
def slot_ok(kind, slot, var):
    if slot is None: return True
    return (slot in var) if isinstance(slot, str) else True
# aka
def g_aka(n, e, slot):
    for t, a in d.alts.get(e, []):
        yield a, 'alias (%s) from alt.csv' % t
for kind, q, e, var in P.HAND: try_add(kind, q, e, var)
pick('aka', [None] * 12, g_aka, False)
pick('case', P.CASE_PLAN, lambda n, e, s: P.g_case(n, e, d, s), False)
pick('partial', ['last'] * 4 + ['first'] * 4 + ['middle'] * 4, lambda n, e, s: P.g_partial(n, e, d), True)
pick('word_order', ['legal form'] * 4 + ['last word'] * 4 + ['first two'] * 4, lambda n, e, s: P.g_word_order(n, e, d), True)
pick('legal_form', ['form of %s' % c for c, f in P.FORMS], lambda n, e, s: P.g_legal_form(n, e, d), True)
pick('punctuation', ['ASCII tilde'] * 3 + ['PDF'] * 3 + ['HTML'] * 2 + ['degree'] * 2 + ['cent'] * 2, lambda n, e, s: P.g_punctuation(n, e, d), True)
used_ab = {}
def g_ab(n, e, s):
    for q, var in P.g_abbreviation(n, e, d):
        a = var.split(' abbreviated ')[1]
        if used_ab.get(a, 0) < 1: yield q, var
before = len(rows)
for i in range(12):
    n0 = len(rows)
    pick('abbreviation', [None], g_ab, True)
    if len(rows) > n0: a = rows[-1]['notes'].split(' abbreviated ')[1].split(';')[0]; used_ab[a] = used_ab.get(a, 0) + 1
pick('script', P.SCRIPT_PLAN, lambda n, e, s: P.g_script(n, e, d, s), False)
pick('transliteration', ['French'] * 6 + ['Turkish'] * 6, lambda n, e, s: P.g_translit(n, e, d, s) if re.search(r'IRAN|IFSR|NPWMD|IRGC|SDGT|SYRIA|IRAQ|CUBA|LIBYA', d.sdn[e]['prog']) else iter(()), False)
pick('translation', list(P.TR), lambda n, e, s: P.g_translation(n, e, d, s), False)
pick('parent_vs_subsidiary', P.UNITS, lambda n, e, s: P.g_branch(n, e, d, s), False)
pick('typo', P.TYPO_PLAN[:2], lambda n, e, s: P.g_typo(n, e, d, s), True)
pick('typo', P.TYPO_PLAN[2:], lambda n, e, s: P.g_typo(n, e, d, s), False)
pick('messy', list(range(12)), lambda n, e, s: P.g_messy(n, e, d, s), False)
byk = {}
for r in rows: byk[r['kind']] = byk.get(r['kind'], 0) + 1
print('positives', len(rows), byk, 'narc', nnarc)
import collections
print('rejections', len(rej), collections.Counter(x for k, q, err in rej for x in set(e.split(':')[0] for e in err)))
rows.sort(key=lambda r: KINDS.index(r['kind']))
json.dump(rows, open('pos_rows.json', 'w'), ensure_ascii=False, indent=0)
if '--why' in sys.argv:
    for k, q, err in rej:
        if k in sys.argv[2:]: print(k, repr(q), err)
# ---- negatives
from rows_neg import NEG, NEAR_THEME
negs = []
def try_neg(cat, q, desc, extra=''):
    err = R.neg_errors(cat, q)
    if key(q) in seen_k or (cat != 'other_script' and full(q) in seen_f): err.append('in-set repeat')
    if cat == 'shares_one_word' and R.shared(q).startswith('shares no'): err.append('shares no word')
    if err: rej.append((cat, q, err)); return False
    seen_k.add(key(q)); seen_f.add(full(q))
    negs.append(dict(query=q, expected=None, kind=cat, notes='not listed: %s; %s; %s%s' % (cat, desc, extra, R.shared(q))))
    return True
for cat in ['famous_unlisted', 'other_script']:
    n = 0
    for q, desc in NEG[cat]:
        if n < QUOTA[cat] and try_neg(cat, q, desc): n += 1
# near misses from in-set targets
n = 0; ti = 0
for r in rows:
    if n >= QUOTA['near_miss']: break
    e = int(re.search(r'ent_num (\d+)', r['notes']).group(1))
    ws = [w for w in r['expected'].split() if full(w) and full(w) not in FILLER and len(full(w)) >= 5 and full(w).isalpha() and len(d.orgword.get(full(w), ())) <= 3]
    if not ws: continue
    w = ws[0].strip(',.').title()
    q = '%s %s' % (w, NEAR_THEME[ti % len(NEAR_THEME)])
    if try_neg('near_miss', q, 'invented theme firm reusing one word of an in-set target',
               'reused word %s from in-set target %s [SDN ent_num %d]; ' % (full(w), r['expected'], e)):
        n += 1; ti += 1
for cat in ['shares_one_word', 'generic', 'chat_request', 'person_as_company', 'brand_product']:
    n = 0
    for q, desc in NEG[cat]:
        if n < QUOTA[cat] and try_neg(cat, q, desc): n += 1
bc = collections.Counter(x['kind'] for x in negs)
print('negatives', len(negs), dict(bc))
if '--write' in sys.argv:
    with open('../train63.jsonl', 'w', encoding='utf-8') as f:
        for r in rows + negs: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', len(rows) + len(negs))
for k, q, err in rej:
    if k in QUOTA: print('REJ', k, repr(q), err)
