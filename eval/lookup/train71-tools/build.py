import json, random, sys, re
from collections import Counter
from lib import *
import gen, rows_neg
d = Data(); prior = load_prior(d); P = pool(d); R = Rules(d, prior, P); uses = prior[2]
ORDER = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo', 'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
ents = sorted(P); random.Random(71).shuffle(ents)
ents = [e for e in ents if uses[e] in (3, 4)]; ents.sort(key=lambda e: uses[e])
rows = []; taken = set(); ik = set(); ifu = set(); nnarc = 0; rej = Counter()
def cands(kind, r):
    n = r['name']
    if kind == 'aka':
        for a in d.alts[r['ent']]: yield 'own alt.csv alias', '', a
    elif kind == 'parent_vs_subsidiary': yield from gen.g_parent(n, d.city.get(r['ent']))
    elif kind == 'messy': yield from gen.g_messy(n, d.city.get(r['ent']))
    else: yield from gen.GENS[kind](n)
for kind in ORDER:
    got = 0; shapes = Counter(); q1 = gen.QUOTA[kind]
    for e in ents:
        if got == 12: break
        r = P[e]; narc = is_narc(r['prog'])
        if e in taken: continue
        if kind in NARC_ONLY and not narc: continue
        if kind == 'abbreviation' and narc and nnarc >= NARC_CAP: continue
        if kind == 'abbreviation' and narc and sum(1 for x in rows if x['kind'] == 'abbreviation' and is_narc(P[x['_e']]['prog'])) >= 2: continue
        if kind not in NARC_ONLY and kind != 'abbreviation' and narc: continue
        if kind == 'aka' and narc: continue
        if narc and nnarc >= NARC_CAP: continue
        if kind == 'case':
            if key(r['name']) in R.keys or full(r['name']) in R.fulls: rej[(kind, 'name already queried')] += 1; continue
        for shape, det, q in cands(kind, r):
            if shapes[shape] >= q1: continue
            errs = R.pos_errors(q, kind, e, ik, ifu)
            if errs: rej[(kind, errs[0])] += 1; continue
            var = shape + (' (%s)' % det if det else '')
            note = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (kind, var, r['prog'], uses[e], r['name'], e)
            rows.append(dict(query=q, expected=r['name'], kind=kind, notes=note, _e=e))
            taken.add(e); ik.add(key(q)); ifu.add(full(q)); shapes[shape] += 1; got += 1; nnarc += narc; break
    print(kind, got, dict(shapes))
# negatives
negs = []
def addneg(cat, q, desc, extra=''):
    errs = R.neg_errors(q, cat, ik, ifu)
    if errs: print('rejected negative', cat, repr(q), errs); return False
    note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))
    negs.append(dict(query=q, expected=None, kind=cat, notes=note)); ik.add(key(q)); ifu.add(full(q)); return True
STOP = set('company bank trading group industries industrial international import export services investment general national commercial construction corporation'.split())
for cat in ['famous_unlisted', 'other_script', 'shares_one_word', 'generic', 'chat_request', 'person_as_company', 'brand_product']:
    n = 0
    for q, desc in rows_neg.NEG[cat]:
        if n == rows_neg.QUOTAS[cat]: break
        dd = {'famous_unlisted': 'a real %s, not on these lists' % desc, 'other_script': 'invented theme firm in %s' % desc, 'chat_request': 'chat request in %s about an invented theme firm' % desc,
              'person_as_company': 'invented person-named theme firm', 'brand_product': 'theme brand and product', 'generic': 'generic theme search', 'shares_one_word': 'invented theme firm with one common word'}[cat]
        if addneg(cat, q, dd): n += 1
    print(cat, n)
# near misses
cnt = 0; usedw = set(); pi = 0
for x in rows:
    if cnt == 25: break
    e = x['_e']; nm = x['expected']
    cw = sorted({t for t in full(nm).split() if len(t) >= 4 and t.isalpha() and t not in FILLER and t not in STOP and t not in usedw}, key=lambda t: (len(d.tok_orgs.get(t, ())), t))
    cw = [t for t in cw if 1 <= len(d.tok_orgs.get(t, ())) <= 3]
    if not cw: continue
    w = cw[0]; q = '%s %s' % (w.title(), rows_neg.NEAR_PHRASES[pi % len(rows_neg.NEAR_PHRASES)])
    extra = "reuses '%s' (%d listed org names/aliases) from in-set target %s [SDN ent_num %s]; " % (w, len(d.tok_orgs[w]), nm, e)
    if addneg('near_miss', q, 'invented theme firm named with a rare word of an in-set target', extra): cnt += 1; usedw.add(w); pi += 1
print('near_miss', cnt)
for k, v in sorted(rej.items()): print('rejected', k, v)
allrows = [{k: v for k, v in x.items() if k != '_e'} for x in rows] + negs
print('total', len(allrows), 'positives', len(rows), 'negatives', len(negs), 'narcotics', nnarc)
if '--write' in sys.argv:
    with open('../train71.jsonl', 'w', encoding='utf-8') as f:
        for x in allrows: f.write(json.dumps(x, ensure_ascii=False) + '\n')
