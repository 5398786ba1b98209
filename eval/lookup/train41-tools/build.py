"""Build train41.jsonl from rows_pos*.py / rows_neg*.py. Usage: python3 build.py [--write]"""
import json, sys, re, unicodedata
from collections import defaultdict, Counter
import lib
from rows_pos import POS
from rows_neg import NEG
try:
    from rows_pos2 import POS2; POS = POS + POS2
except ImportError:
    pass
try:
    from rows_neg2 import NEG2; NEG = NEG + NEG2
except ImportError:
    pass

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
         'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEGQ = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
        'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
STOP = lib.LEGAL | set('for in on to a an at by with from is near me my our'.split())

sdn = lib.load_sdn(); alt = lib.load_alt()
pool = {p['ent']: p for p in json.load(open(lib.HERE + '/cand.json'))}
qkeys, uses, nfiles, nrows = lib.load_prior()
owner = defaultdict(set)
for e, r in sdn.items():
    for k in lib.keys(r['name']): owner[k].add(e)
    for _, a in alt[e]:
        for k in lib.keys(a): owner[k].add(e)
for c in lib.load_csl_names():
    for k in lib.keys(c): owner[k].add('CSL')
# content words of listed organisations (names + aliases)
orgword = defaultdict(set)
orgwordsets = []
for e, r in sdn.items():
    if r['type'] != '': continue
    for n in [r['name']] + [a for _, a in alt[e]]:
        ws = [w for w in lib.tokens(n) if w not in STOP]
        for w in ws: orgword[w].add(e)
        orgwordsets.append((e, frozenset(ws)))
# individual names (tokens) for person_as_company rule
indiv = [set(lib.tokens(r['name'])) for r in sdn.values() if r['type'] == 'individual']

def content(q):
    return [w for w in lib.tokens(q) if w not in STOP]

def nonlatin(q):
    return any(c.isalpha() and not unicodedata.name(c, '').startswith('LATIN') for c in q)

log = []
used_keys = set(); used_ents = set(); out_pos = []; per_kind = Counter(); sdnt = 0
def dupkeys(q):
    return {lib.ws_key(q), 'F:' + lib.full_key(q)}

for kind, e, q, var in POS:
    if per_kind[kind] >= 12: continue
    why = None
    p = pool.get(e)
    r = sdn.get(e)
    own = set()
    if r:
        for k in lib.keys(r['name']): own.add(k)
        for _, a in alt[e]: own |= lib.keys(a)
    qk = lib.keys(q)
    if p is None: why = 'target not in pool'
    elif p['uses'] >= 3: why = 'target used 3+ times'
    elif e in used_ents: why = 'entity already used in set'
    elif lib.seen_before(q, qkeys): why = 'earlier-set query'
    elif dupkeys(q) & used_keys: why = 'in-set duplicate'
    elif q == r['name']: why = 'equals SDN_Name'
    elif kind in ('partial', 'translation', 'transliteration', 'word_order') and (qk & own):
        why = 'shares fold key with own name/alias'
    elif kind in ('typo', 'abbreviation') and (lib.full_key(q) == lib.full_key(r['name']) or
            lib.full_key(q).replace(' ', '') == lib.full_key(r['name']).replace(' ', '')):
        why = 'equals own full fold'
    elif kind == 'aka' and q.upper() not in {a.upper() for _, a in alt[e]}:
        why = 'not an alias of the entity'
    elif kind not in ('messy', 'script') and any(owner[k] - {e} for k in qk if k):
        why = 'folds to another record/CSL: ' + ','.join(str(x) for k in qk for x in owner[k] - {e})[:60]
    elif kind == 'partial':
        cw = frozenset(content(q))
        if any(ent != e and cw <= ws for ent, ws in orgwordsets): why = 'partial words are subset of another org'
    elif kind == 'script' and not nonlatin(q): why = 'no non-Latin letter'
    if why is None and kind not in ('messy', 'script', 'partial') and False: pass
    if why is None and ('SDNT' in p['program']) and (sdnt + 1) > 0.4 * 156: why = 'SDNT cap'
    if why:
        log.append(f'REJECT pos {kind} {e} {q!r}: {why}'); continue
    per_kind[kind] += 1; used_ents.add(e); used_keys |= dupkeys(q)
    if 'SDNT' in p['program']: sdnt += 1
    extra = ''
    notes = (f"{kind}: {var}; program {p['program']}; earlier-set uses {p['uses']}; "
             f"target {r['name']} [SDN ent_num {e}]")
    out_pos.append({'query': q, 'expected': r['name'], 'kind': kind, 'notes': notes})

target_words = {}
for row in out_pos:
    for w in content(row['expected']):
        target_words.setdefault(w, row['expected'])

out_neg = []; per_cat = Counter(); fam_nl = fam_l = 0
for cat, q in NEG:
    if per_cat[cat] >= NEGQ[cat]: continue
    why = None
    qk = lib.keys(q)
    cw = content(q)
    shared = [w for w in dict.fromkeys(cw) if w in orgword]
    if lib.seen_before(q, qkeys): why = 'earlier-set query'
    elif dupkeys(q) & used_keys: why = 'in-set duplicate'
    elif any(owner[k] for k in qk if k): why = 'equals a listed name/alias/CSL after folding'
    elif cat == 'shares_one_word' and not shared: why = 'shares no word'
    elif cat == 'near_miss' and (not cw or cw[0] not in target_words): why = 'first word not a target word'
    elif cat == 'person_as_company':
        t = lib.tokens(q)[:2]
        if any(t[0] in s and t[1] in s for s in indiv): why = 'first two tokens in one SDN individual'
    elif cat == 'famous_unlisted':
        if nonlatin(q) and fam_nl >= 24: why = 'non-Latin quota full'
        if not nonlatin(q) and fam_l >= 16: why = 'Latin quota full'
    if why:
        log.append(f'REJECT neg {cat} {q!r}: {why}'); continue
    if cat == 'famous_unlisted':
        if nonlatin(q): fam_nl += 1
        else: fam_l += 1
    per_cat[cat] += 1; used_keys |= dupkeys(q)
    if shared:
        parts = []
        for w in shared:
            ents = sorted(orgword[w])
            ex = ', '.join(sdn[x]['name'] for x in ents[:3])
            parts.append(f"shares '{w}' with {len(ents)} listed orgs (e.g. {ex})")
        info = '; '.join(parts)
    else:
        info = 'shares no word with a listed org'
    notes = f'not listed: {cat}; {info}'
    if cat == 'near_miss':
        notes += f"; reuses target word '{cw[0]}' from this set's target {target_words[cw[0]]}"
    out_neg.append({'query': q, 'expected': None, 'kind': cat, 'notes': notes})

for l in log: print(l)
print('prior files', nfiles, 'rows', nrows)
print('positives', len(out_pos), dict(per_kind))
print('negatives', len(out_neg), dict(per_cat), 'famous non-Latin', fam_nl, 'Latin', fam_l)
print('SDNT/SDNTK', sdnt, 'levels', Counter(pool[int(re.search(r'ent_num (\d+)', r['notes']).group(1))]['uses'] for r in out_pos))
progs = Counter(pool[int(re.search(r'ent_num (\d+)', r['notes']).group(1))]['program'].replace('] [', '+') for r in out_pos)
print('programs', progs.most_common())
print('rejections', len(log))
if '--write' in sys.argv:
    out_pos.sort(key=lambda r: KINDS.index(r['kind']))
    out_neg.sort(key=lambda r: list(NEGQ).index(r['kind']))
    with open(lib.HERE + '/../train41.jsonl', 'w', encoding='utf-8') as f:
        for row in out_pos + out_neg:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print('wrote', len(out_pos) + len(out_neg))
