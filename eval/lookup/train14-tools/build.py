import sys, json, re, collections
sys.path.insert(0, '.')
from lib import *
from rows_pos import POS, REUSE_KINDS
from rows_neg import NEG
S = load_sdn(); A = load_alt(); C = load_csl(); P = prior()
blob = ' ' + P['blob'] + ' '
idx = collections.defaultdict(set)   # form -> {('SDN',ent) | ('CSL',row)}
tok = collections.defaultdict(set)
def add(s, key):
    for f in forms(s): idx[f].add(key)
for e, r in S.items():
    add(r['name'], ('SDN', e))
    for _, a in A.get(e, []): add(a, ('SDN', e))
    if not r['type']:
        for n in [r['name']] + [a for _, a in A.get(e, [])]:
            for w in norm(n).split():
                if w not in LF and len(w) >= 3: tok[w].add(e)
for r in C:
    add(r['name'], ('CSL', r['_row']))
    for a in (r.get('alt_names') or '').split(';'):
        if a.strip(): add(a, ('CSL', r['_row']))
STOP = LF | set('la el los las del inversiones grupo international internacional trading group company services servicios farm bank'.split())
err = 0; rows = []
for q, e, kind, note in POS:
    r = S.get(e)
    if not r or r['type']:
        print('ERROR no org', e); err += 1; continue
    exp = r['name']
    hits = set()
    for f in forms(q): hits |= idx.get(f, set())
    others = hits - {('SDN', e)}
    if others: print('ERROR collision', q, others); err += 1
    if norm(q) in P['queries']: print('ERROR earlier query', q); err += 1
    if kind not in REUSE_KINDS:
        names = [exp] + [a for _, a in A.get(e, [])]
        if e in P['nums'] or any(n in P['expected'] for n in names):
            print('ERROR target used earlier', q, e); err += 1
    elif e in P['nums'] or exp in P['expected']:
        print('note: reused target', kind, e, exp)
    # token review: other orgs containing all content words
    cw = [w for w in norm(q).split() if w not in STOP and len(w) >= 3]
    if cw and all(w in tok for w in cw):
        common = set.intersection(*[tok[w] for w in cw]) - {e}
        if common: print('REVIEW POS', q, '->', [S[x]['name'] for x in list(common)[:5]])
    rows.append(dict(query=q, expected=exp, kind=kind, notes=f"{note} [SDN ent_num {e}]"))
nneg = 0
for kind, (n, cands) in NEG.items():
    got = 0
    for q in cands:
        if got >= n: break
        nq = norm(q)
        if nq in P['queries']: print('drop earlier query', kind, q); continue
        if len(nq) >= 4 and ' ' + nq + ' ' in blob: print('drop phrase seen', kind, q); continue
        if kind in ('famous_unlisted', 'brand_product'):
            dw = [w for w in nq.split() if len(w) >= 4 and w not in STOP and w not in ('holding','holdings','group','company','limited','airlines','bank','need','screen','sanctions','list','sanctioned','check','customer','technologies','industries','construction','biscuits','seasoning','lager','milk','orange','crush','pate','pivo')]
            seen = [w for w in dw if ' ' + w + ' ' in blob]
            if seen: print('drop word seen', kind, q, seen); continue
        hits = set()
        for f in forms(q): hits |= idx.get(f, set())
        if hits: print('drop listed-equal', q, hits); continue
        share = {}
        for w in nq.split():
            if w in tok and w not in STOP: share[w] = sorted(S[x]['name'] for x in tok[w])[:2]
        cw = [w for w in nq.split() if w not in STOP and len(w) >= 3]
        if cw and all(w in tok for w in cw):
            common = set.intersection(*[tok[w] for w in cw])
            if common: print('REVIEW NEG', q, '->', [S[x]['name'] for x in list(common)[:4]])
        sh = '; '.join(f"{w}: {', '.join(v)}{' …' if len(tok[w])>2 else ''}" for w, v in share.items()) or 'none'
        rows.append(dict(query=q, expected=None, kind=kind, notes=f"{kind}; not on SDN/CSL; listed orgs sharing a word: {sh}"))
        got += 1; nneg += 1
    print(f'{kind}: {got}/{n}')
qs = collections.Counter(r['query'] for r in rows)
for q, c in qs.items():
    if c > 1: print('ERROR dup', q); err += 1
with open('../train14.jsonl', 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('rows', len(rows), 'pos', len(rows) - nneg, 'neg', nneg, 'errors', err)
