"""Build ../train19.jsonl from rows_pos.py / rows_neg.py. Prints verdicts and counts only for earlier sets."""
import sys
from collections import Counter, defaultdict
from lib import *
from rows_pos import POS
from rows_neg import NEG
PER_POS = 12
NEG_N = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16,
         'city_country': 15, 'brand_product': 16}
sdn = load_sdn(); alt = load_alt(); csl = load_csl_names()
byent = {r[0]: r for r in sdn}
files, pq, pe, pn = prior_sets()
idx = defaultdict(set)           # form -> ent_nums (names + aliases)
allnames = []                    # (ent, text)
for r in sdn: allnames.append((r[0], r[1]))
for a in alt: allnames.append((a[0], a[3]))
for e, t in allnames:
    for f in forms(t): idx[f].add(e)
cslforms = set()
for t in csl: cslforms |= forms(t)
STOP = LEGAL | set('and of for y e del la el los las al international group trading company general services de du des le'.split())
def content(s): return [w for w in norm(s).split() if w not in STOP and len(w) > 1]
oneword = {}
for e, t in allnames:
    if byent[e][2] != '-0-': continue
    c = [w for w in norm(t).split() if w not in LEGAL]
    if len(c) == 1 and len(c[0]) >= 4: oneword.setdefault(c[0], e)
word_orgs = defaultdict(set)
for r in sdn:
    if r[2] == '-0-':
        for w in content(r[1]): word_orgs[w].add(r[1])
rows, seen, used_ent = [], set(), set()
kc = Counter(); dropped = []; flags = []
for kind, q, ent, note in POS:
    ent = str(ent)
    if kc[kind] >= PER_POS: continue
    r = byent.get(ent)
    nq = norm(q)
    why = None
    if r is None or r[2] != '-0-': why = 'not an SDN org'
    elif ent in used_ent: why = 'ent already used in this set'
    elif nq in pq: why = 'earlier query'
    elif nq in seen: why = 'duplicate'
    else:
        others = set()
        for f in forms(q): others |= (idx.get(f, set()) - {ent})
        if others: why = 'matches other record(s) %s' % sorted(others)
        elif forms(q) & cslforms: flags.append(('pos', q, 'equals a CSL name'))
    if why: dropped.append((kind, q, why)); continue
    cw = set(content(q))
    if cw and kind not in ('script',):
        sis = [e for e, t in allnames if e != ent and byent[e][2] == '-0-' and cw <= set(content(t))]
        if sis: flags.append(('pos', q, 'content words inside other org(s) %s' % sorted(set(sis))[:5]))
    seen.add(nq); used_ent.add(ent); kc[kind] += 1
    rows.append({'query': q, 'expected': r[1], 'kind': kind,
                 'notes': '%s: %s; program %s [SDN ent_num %s]' % (kind, note, r[3].replace('] [', '/'), ent)})
for kind, cands in NEG.items():
    n = 0
    for q in cands:
        if n >= NEG_N[kind]: break
        nq = norm(q); why = None
        if nq in pq: why = 'earlier query'
        elif nq in seen: why = 'duplicate'
        else:
            hit = set()
            for f in forms(q): hit |= idx.get(f, set())
            if hit: why = 'equals SDN name/alias %s' % sorted(hit)
            elif forms(q) & cslforms: why = 'equals CSL name'
            else:
                ow = [w for w in nq.split() if w in oneword]
                if ow: why = 'contains one-word listed name %s (ent %s)' % (ow, [oneword[w] for w in ow])
        if why: dropped.append((kind, q, why)); continue
        cw = set(content(q))
        if cw:
            ins = [t for e, t in allnames if cw <= set(content(t)) and len(cw) >= 1]
            if ins: flags.append(('neg', q, 'content words all inside listed name(s) e.g. %s' % ins[:2]))
        shared = sorted({o for w in cw for o in word_orgs.get(w, ())})
        note = ('shares content word(s) with listed orgs e.g. ' + '; '.join(shared[:3])) if shared else 'shares no word with a listed org'
        seen.add(nq); n += 1
        rows.append({'query': q, 'expected': None, 'kind': kind, 'notes': '%s: not listed; %s' % (kind, note)})
    kc[kind] = n
out = os.path.join(HERE, '..', 'train19.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('earlier set files read:', len(files))
print('rows', len(rows), 'positives', sum(1 for r in rows if r['expected']), 'negatives', sum(1 for r in rows if not r['expected']))
for k, v in kc.items(): print('  %-22s %d' % (k, v))
print('dropped (%d):' % len(dropped))
for d in dropped: print('  ', d)
print('flags (%d):' % len(flags))
for d in flags: print('  ', d)
reused = sum(1 for r in rows if r['expected'] and re.search(r'ent_num (\d+)\]', r['notes']).group(1) in pe)
print('positive targets used by an earlier set:', reused)
print('queries equal (normalised) to an earlier query:', sum(1 for r in rows if norm(r['query']) in pq))
