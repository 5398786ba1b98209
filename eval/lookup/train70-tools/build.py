import json, random, sys, re
from collections import Counter, defaultdict
from lib import *
import gen, rows_neg

KINDS = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo', 'transliteration',
         'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
ONCE = {'legal_form', 'abbreviation', 'translation', 'parent_vs_subsidiary', 'messy'}
STOP = set('francisco san santa maria jose juan carlos luis import export general central national new oil gas bank trade additives architectural basic beauty charter constructor confecciones accesos'.split())

def cands(kind, d, ent, used):
    n = d.sdn[ent]['name']; c = d.city.get(ent, '')
    if kind == 'aka': return [('own alias', 'alias', a) for a in d.alts[ent]]
    if kind in ('legal_form', 'abbreviation', 'translation'): return list(getattr(gen, 'g_' + kind)(n, used))
    if kind == 'parent_vs_subsidiary': return list(gen.g_parent(n, c, used))
    if kind == 'messy': return list(gen.g_messy(n, c, used))
    return list(getattr(gen, 'g_' + kind)(n))

def pos_note(kind, shape, variant, d, R, ent):
    x = d.sdn[ent]
    return '%s: %s (%s); program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (
        kind, shape, variant, x['prog'], R.level(ent), x['name'], ent)

def neg_note(cat, desc, d, q, extra=''):
    return 'not listed: %s; %s%s; %s' % (cat, desc, extra, shared_words(d, q))

def main(write):
    d = Data(); prior = load_prior(d); R = Rules(d, prior)
    order = sorted(R.pool); random.Random(70).shuffle(order)
    order = [e for e in order if R.level(e) in (3, 4)]
    order.sort(key=lambda e: R.level(e))
    rows, taken, narc = [], set(), 0
    ks, fs = set(), set(); rej = Counter()
    for kind in KINDS:
        got = 0; shape_n = Counter(); used = set()
        q_each = gen.QUOTA[kind]
        for ent in order:
            if got == 12: break
            if ent in taken: continue
            nc = is_narc(d.sdn[ent]['prog'])
            if kind in NARC_ONLY and not nc: continue
            if kind == 'abbreviation' and nc and narc >= NARC_CAP: continue
            if kind == 'abbreviation' and nc and sum(1 for r in rows if r['kind'] == 'abbreviation' and is_narc(d.sdn[r['_e']]['prog'])) >= 2: continue
            if kind not in NARC_ONLY and kind != 'abbreviation' and nc: continue
            if nc and narc >= NARC_CAP: continue
            for shape, variant, q in cands(kind, d, ent, used):
                if shape_n[shape] >= q_each: continue
                E = R.pos_errors(kind, q, ent, ks, fs)
                if E: rej[(kind, E[0])] += 1; continue
                rows.append(dict(query=q, expected=d.sdn[ent]['name'], kind=kind, notes=pos_note(kind, shape, variant, d, R, ent), _e=ent))
                taken.add(ent); ks.add(key(q)); fs.add(full(q)); shape_n[shape] += 1; used.add(shape); got += 1
                if nc: narc += 1
                break
        print('kind', kind, got, dict(shape_n))
    # negatives
    negs = []
    for cat, items in rows_neg.NEG.items():
        if cat == 'near_miss': continue
        n = 0
        for q, desc in items:
            if n == rows_neg.QUOTA[cat]: break
            E = R.neg_errors(cat, q, ks, fs)
            if E: print('neg rejected', cat, repr(q), E); continue
            negs.append(dict(query=q, expected=None, kind=cat, notes=neg_note(cat, desc, d, q))); ks.add(key(q)); fs.add(full(q)); n += 1
        print('neg', cat, n)
    # near misses
    cand_w = []
    for r in rows:
        nm = r['expected']
        for t in set(toks(nm)):
            if t in FILLER or t in STOP or len(t) < 4 or not t.isalpha() or not t.isascii(): continue
            if not re.search(r'(?<![A-Za-z])' + re.escape(t) + r'(?![A-Za-z])', nm, re.I): continue
            cnt = len(d.tok_org.get(t, ()))
            if 1 <= cnt <= 3: cand_w.append((cnt, t, r['_e'], nm))
    cand_w.sort()
    usedw, usedt, n, pi = set(), set(), 0, 0
    for cnt, t, e, nm in cand_w:
        if n == 25: break
        if t in usedw or e in usedt: continue
        q = t.capitalize() + ' ' + rows_neg.NEAR_PHRASES[pi % len(rows_neg.NEAR_PHRASES)]
        E = R.neg_errors('near_miss', q, ks, fs)
        if E: print('near rejected', repr(q), E); continue
        pi += 1
        extra = "; reuses the word '%s' (%d listed org names/aliases) from in-set target %s [SDN ent_num %s]" % (t, cnt, nm, e)
        negs.append(dict(query=q, expected=None, kind='near_miss', notes=neg_note('near_miss', 'invented theme firm', d, q, extra)))
        ks.add(key(q)); fs.add(full(q)); usedw.add(t); usedt.add(e); n += 1
    print('neg near_miss', n)
    print('rejections', dict(rej))
    print('positives', len(rows), 'narc', narc, 'negatives', len(negs))
    if write:
        with open('../train70.jsonl', 'w', encoding='utf-8') as f:
            for r in rows + negs:
                r = {k: v for k, v in r.items() if not k.startswith('_')}
                f.write(json.dumps(r, ensure_ascii=False) + '\n')

main('--write' in sys.argv)
