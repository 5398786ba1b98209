import json, re, sys
from lib import *
from rows_pos import P
from rows_neg import N
sdn, alts, adds = load_sdn(); idx = name_index(); qs, exps, nums, text = prior()
POSK = ["case","legal_form","abbreviation","word_order","transliteration","translation","typo","punctuation","aka","partial","parent_vs_subsidiary","script","messy"]
NEGC = {"famous_unlisted":40,"shares_one_word":22,"near_miss":20,"generic":16,"person_as_company":16,"city_country":15,"brand_product":16}
REUSE_OK = {"script","transliteration","aka"}
def used_before(e): return e in nums or sdn[e]['name'] in exps
# content-word index of SDN org names for review
STOP = LEGAL | set('de del la las los el y and of the e en s a grupo inversiones comercializadora inmobiliaria company trading international'.split())
wordidx = {}
for e, d in sdn.items():
    if d['type'] != '-0-': continue
    for n in [d['name']] + [a for _, a in alts.get(e, [])]:
        for w in set(base(n).split()) - STOP:
            if len(w) > 2: wordidx.setdefault(w, set()).add(e)
GENW = set('cerveza cafe foods group holding holdings bank airlines salsa galletas chocolatina ponque cafe ron energia hotels international company corporation technologies telecom engineering shipyards solutions'.split())
rows, seen = [], set()
def qok(q):
    b = base(q)
    if b in qs: return 'EARLIER QUERY'
    if b in seen: return 'DUP IN SET'
    return None
for k in POSK:
    got = 0
    for q, e, kind, note in P:
        if kind != k or got >= 12: continue
        err = qok(q)
        if not err and sdn[e]['type'] != '-0-': err = 'NOT ORG'
        if not err:
            oth = set()
            for fm in forms(q): oth |= {x for x in idx.get(fm, set()) if x != ('S', e)}
            if oth: err = f'COLLIDES {sorted(oth)[:3]}'
        reused = used_before(e)
        if not err and reused and k not in REUSE_OK: err = 'TARGET USED BEFORE (kind not allowed to reuse)'
        if err: print('DROP POS', k, repr(q), e, err); continue
        ws = set(base(q).split()) - STOP
        co = set.intersection(*[wordidx.get(w, set()) for w in ws]) - {e} if ws else set()
        if co: print('REVIEW POS', k, repr(q), '->', e, 'also holds all content words:', [sdn[x]['name'] for x in sorted(co)[:4]])
        n = note + ('; REUSED entity (target used in an earlier train set), new query' if reused else '; entity never used before')
        n += f"; program {sdn[e]['program']} [SDN ent_num {e}]"
        rows.append(dict(query=q, expected=sdn[e]['name'], kind=k, notes=n)); seen.add(base(q)); got += 1
    print('POS', k, got)
def nonlatin(q): return any(ord(c) > 0x24F for c in q)
for k, cnt in NEGC.items():
    got, gotnl = 0, 0
    for q, note in N[k]:
        if got >= cnt: break
        err = qok(q)
        if not err:
            for fm in forms(q):
                if fm in idx: err = f'EQUALS LISTED {sorted(idx[fm])[:3]}'; break
        if not err and base(q) in text: err = 'PHRASE IN EARLIER TEXT'
        if not err and k in ('famous_unlisted', 'brand_product'):
            for w in base(q).split():
                if len(w) >= 4 and w not in STOP and w not in GENW and re.search(r'\b' + re.escape(w) + r'\b', text): err = f'WORD {w} IN EARLIER TEXT'; break
        if not err and k == 'famous_unlisted':
            nl = nonlatin(q)
            if nl and gotnl >= 9: err = 'enough non-Latin'
            if not nl and (got - gotnl) >= cnt - 9: err = 'enough Latin'
        if err: print('DROP NEG', k, repr(q), err); continue
        ws = set(base(q).split()) - STOP
        hits = sorted({sdn[x]['name'] for w in ws for x in wordidx.get(w, set())})
        n = note + '; not an SDN/CSL name or alias; listed orgs sharing a content word: ' + (', '.join(hits[:4]) + (f' (+{len(hits)-4})' if len(hits) > 4 else '') if hits else 'none')
        rows.append(dict(query=q, expected=None, kind=k, notes=n)); seen.add(base(q)); got += 1
        if k == 'famous_unlisted' and nonlatin(q): gotnl += 1
    print('NEG', k, got, cnt, ('nonlatin %d' % gotnl) if k == 'famous_unlisted' else '')
out = '/work/blind/lookup-train15/train15.jsonl'
with open(out, 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('rows', len(rows), 'positives', sum(1 for r in rows if r['expected']), 'distinct entities', len({r['notes'].rsplit('ent_num ',1)[1] for r in rows if r['expected']}))
