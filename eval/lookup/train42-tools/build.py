"""Build train42.jsonl from rows_pos.py / rows_neg.py. Prints a log of rejections (my own
candidate strings only) and counts. --write writes ../train42.jsonl."""
import json, sys
from collections import Counter, defaultdict
from lib import *
from rows_pos import ROWS
import rows_neg

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form', 'abbreviation',
         'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEGCATS = ['famous_unlisted', 'shares_one_word', 'near_miss', 'generic', 'person_as_company', 'city_country', 'brand_product']
STOP = LEGAL | set('for in on y e a of and at to by with des du le les da do dos das di van von der den het'.split())

pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
sdn = load_sdn(); alt = load_alt(); csl = load_csl_names()
rec = {r['ent']: r for r in sdn}
owner = defaultdict(set)
exact = set()
for r in sdn:
    exact.add(r['name'].lower())
    for k in keys(r['name']): owner[k].add(r['ent'])
    for _, a in alt.get(r['ent'], []):
        exact.add(a.lower())
        for k in keys(a): owner[k].add(r['ent'])
cslk = set()
for n in csl:
    exact.add(n.lower()); cslk |= keys(n)
# content-word index over listed organisations (names + aliases)
orgw = defaultdict(set)
orgwords = {}
for r in sdn:
    if r['type'] != '': continue
    ws_ = set(w for w in words(r['name']) if w not in STOP)
    for _, a in alt.get(r['ent'], []):
        ws_ |= set(w for w in words(a) if w not in STOP)
    orgwords[r['ent']] = ws_
    for w in ws_: orgw[w].add(r['ent'])
indiv = [set(words(r['name'])) for r in sdn if r['type'] == 'individual']
qkeys, uses, nfiles, nrows = load_prior()

def cwords(s):
    return [w for w in words(s) if w not in STOP]

log = []
used_q = set(); used_e = set(); out_pos = defaultdict(list); nsdnt = 0
SDNT_CAP = int(156 * 0.4)

def qdup(q):
    return seen(q, qkeys) or ws(q) in used_q or ('F:' + full(q)) in used_q

def addq(q):
    used_q.add(ws(q)); used_q.add('F:' + full(q))

for kind, e, q, variant in ROWS:
    if len(out_pos[kind]) >= 12: continue
    why = None
    v = pool.get(e)
    if v is None: why = 'target not in pool'
    elif v['uses'] >= 3: why = 'target used %d times' % v['uses']
    elif e in used_e: why = 'entity already used in set'
    elif qdup(q): why = 'earlier or in-set query'
    elif (q.strip() == v['name']) if kind == 'case' else (q.strip().lower() == v['name'].lower()): why = 'equals SDN name'
    if not why:
        own = set(keys(v['name']))
        for a in v['aliases']: own |= keys(a)
        qk = keys(q)
        others = set()
        for k in qk: others |= owner.get(k, set()) - {e}
        if kind in ('partial', 'translation', 'transliteration', 'word_order') and qk & own:
            why = 'folds to own name/alias'
        elif kind in ('typo', 'abbreviation') and (full(q) == full(v['name']) or full(q).replace(' ', '') == full(v['name']).replace(' ', '')):
            why = 'equals own full fold'
        elif kind == 'aka' and q.lower() not in {a.lower() for a in v['aliases']}:
            why = 'not an alias of the entity'
        elif kind not in ('messy', 'script') and (others or (qk & cslk)):
            why = 'folds to another record or CSL'
        elif kind == 'partial':
            cw = set(cwords(q))
            if any(cw <= ws_ for oe, ws_ in orgwords.items() if oe != e):
                why = 'partial words are a subset of another org'
        elif kind == 'script' and not nonlatin(q):
            why = 'no non-Latin letter'
        if not why and is_sdnt(v['program']) and nsdnt >= SDNT_CAP:
            why = 'SDNT/SDNTK cap'
    if why:
        log.append('REJECT pos %-20s %-6s %s -- %s' % (kind, e, q, why)); continue
    used_e.add(e); addq(q)
    if is_sdnt(v['program']): nsdnt += 1
    notes = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (kind, variant, v['program'], v['uses'], v['name'], e)
    out_pos[kind].append({'query': q, 'expected': v['name'], 'kind': kind, 'notes': notes})

target_words = {}
for kind in KINDS:
    for r in out_pos[kind]:
        for w in cwords(r['expected']): target_words.setdefault(w, r['expected'])

def shared_info(q):
    parts = []
    for w in dict.fromkeys(cwords(q)):
        ents = orgw.get(w)
        if ents:
            ex = sorted(rec[x]['name'] for x in ents)[:3]
            parts.append("shares '%s' with %d listed org%s (e.g. %s)" % (w, len(ents), '' if len(ents) == 1 else 's', '; '.join(ex)))
    return parts

out_neg = defaultdict(list)
def neg_ok(cat, q):
    if qdup(q): return 'earlier or in-set query'
    if q.strip().lower() in exact: return 'equals a listed name/alias/CSL name'
    qk = keys(q)
    if any(owner.get(k) for k in qk) or (qk & cslk): return 'folds to a listed name/alias/CSL name'
    return None

def try_neg(cat, q, extra=None):
    why = neg_ok(cat, q)
    info = shared_info(q)
    if not why and cat == 'shares_one_word' and not info: why = 'shares no word'
    if not why and cat == 'near_miss':
        cw = cwords(q)
        if not cw or cw[0] != extra.lower() or cw[0] not in target_words: why = 'first content word is not a target word'
    if not why and cat == 'person_as_company':
        t = words(q)[:2]
        if any(t[0] in s and t[1] in s for s in indiv): why = 'first two tokens in one SDN individual name'
    if why:
        log.append('REJECT neg %-18s %s -- %s' % (cat, q, why)); return False
    addq(q)
    notes = 'not listed: %s; ' % cat + ('; '.join(info) if info else 'shares no word with a listed org')
    if cat == 'near_miss':
        notes += "; reuses target word '%s' from target %s" % (extra.lower(), target_words[extra.lower()])
    out_neg[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': notes})
    return True

nl = ll = 0
for q in rows_neg.NONLATIN:
    if nl >= 24: break
    if try_neg('famous_unlisted', q): nl += 1
for q in rows_neg.LATIN:
    if ll >= 16: break
    if try_neg('famous_unlisted', q): ll += 1
for cat in NEGCATS[1:]:
    for item in rows_neg.CATS[cat]:
        if len(out_neg[cat]) >= rows_neg.QUOTA[cat]: break
        if isinstance(item, tuple): try_neg(cat, item[0], item[1])
        else: try_neg(cat, item)

rows = [r for k in KINDS for r in out_pos[k]] + [r for c in NEGCATS for r in out_neg[c]]
print('earlier files', nfiles, 'rows', nrows)
for l in log: print(l)
print('positives per kind', {k: len(out_pos[k]) for k in KINDS})
print('negatives per category', {c: len(out_neg[c]) for c in NEGCATS}, 'famous non-Latin', nl, 'Latin', ll)
print('total', len(rows), 'positives', sum(len(v) for v in out_pos.values()), 'SDNT/SDNTK', nsdnt)
print('rejections', len(log), Counter(l.split(' -- ')[1] for l in log))
if '--write' in sys.argv:
    with open('../train42.jsonl', 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('written ../train42.jsonl')
