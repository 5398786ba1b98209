"""Build train37.jsonl from rows_pos.py and rows_neg.py. Prints rejections (only my own candidate strings) and a summary."""
import json, re, sys
from collections import Counter, defaultdict
import lib, rows_pos, rows_neg

KIND_ORDER = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
              'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
PER_KIND = 12
NARC_CAP = 60
NEG_COUNTS = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
              'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
STOP = set('the of and for de la el los las del y e a an in on at to & company co ltd limited inc corp sa s'.split())

sdn = lib.read_sdn(); alt = lib.read_alt()
by = {r['ent']: r for r in sdn}
owner = lib.owner_index(sdn, alt)
cand = {c['ent']: c for c in json.load(open('cand.json'))}
qkeys, uses, _, _ = lib.load_prior()

# content-word index over SDN organisation names and aliases (for partial subset rule and negative notes)
org_words = defaultdict(set)   # word -> set of org ent_nums
org_wordsets = []              # (ent, set(words)) for every org name/alias
for r in sdn:
    if r['type'] != '-0-':
        continue
    names = [r['name']] + [a for _, a in alt.get(r['ent'], [])]
    for n in names:
        ws = set(w for w in lib.fold(n).split() if w not in STOP)
        org_wordsets.append((r['ent'], ws))
        for w in ws:
            org_words[w].add(r['ent'])
# individuals' name tokens (for person_as_company rule)
indiv_names = [set(lib.fold(r['name']).split()) for r in sdn if r['type'] == 'individual']


def is_narc(prog):
    return prog.split('] [')[0].strip('[]') in ('SDNT', 'SDNTK')


used_q = set()
def qk(q):
    return {'W:' + lib.key_ws(q), 'F:' + lib.fold(q)}

rows = []
rej = Counter(); rej_ex = defaultdict(list)
def reject(kind, why, q):
    rej[(kind, why)] += 1
    if why != 'earlier query' and len(rej_ex[(kind, why)]) < 3:
        rej_ex[(kind, why)].append(q)

used_ent = set(); narc = 0
for kind in KIND_ORDER:
    got = 0
    for (k, e, q, variant) in rows_pos.POS:
        if k != kind or got >= PER_KIND:
            continue
        if e not in cand:
            reject(kind, 'not in usable pool', q); continue
        c = cand[e]
        if c['uses'] > 2:
            reject(kind, 'used 3+ times earlier', q); continue
        if e in used_ent:
            reject(kind, 'entity already used', q); continue
        if lib.is_prior(q, qkeys):
            reject(kind, 'earlier query', q); continue
        if qk(q) & used_q:
            reject(kind, 'repeats a query of this set', q); continue
        if q == c['name']:
            reject(kind, 'equals SDN_Name', q); continue
        ownk = lib.own_keys(e, by, alt)
        if kind in ('partial', 'translation', 'transliteration', 'word_order') and (lib.keys(q) & ownk):
            reject(kind, 'equals own name/alias after folding', q); continue
        if kind in ('typo', 'abbreviation'):
            f = lib.fold(c['name'])
            if lib.fold(q) in (f,) or lib.fold(q).replace(' ', '') == f.replace(' ', ''):
                reject(kind, 'equals own full fold', q); continue
        if kind not in ('messy', 'script'):
            oth = set()
            for kk in lib.keys(q):
                oth |= owner.get(kk, set())
            if oth - {e}:
                reject(kind, 'folds to another record', q); continue
        if kind == 'partial':
            ws = set(w for w in lib.fold(q).split() if w not in STOP)
            if any(ent != e and ws <= s for ent, s in org_wordsets):
                reject(kind, 'content words inside another org name', q); continue
        if is_narc(c['program']) and narc >= NARC_CAP:
            reject(kind, 'narcotics cap reached', q); continue
        narc += is_narc(c['program'])
        used_ent.add(e); used_q |= qk(q); got += 1
        notes = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
            kind, variant, c['program'], c['uses'], c['name'], e)
        rows.append({'query': q, 'expected': c['name'], 'kind': kind, 'notes': notes})
    if got < PER_KIND:
        print('SHORT: %s has %d of %d' % (kind, got, PER_KIND))

# ---------------- negatives ----------------
target_words = set()
for r in rows:
    target_words |= set(w for w in lib.fold(r['expected']).split() if w not in STOP and len(w) > 2)
neg_got = Counter()
for (cat, q) in rows_neg.NEG:
    if neg_got[cat] >= NEG_COUNTS[cat]:
        continue
    if lib.is_prior(q, qkeys):
        reject(cat, 'earlier query', q); continue
    if qk(q) & used_q:
        reject(cat, 'repeats a query of this set', q); continue
    hits = lib.neg_hits(q, owner)
    if hits:
        reject(cat, 'equals a listed name/alias after folding', q); continue
    if any(q.strip().upper() == n.upper() for n in (r['name'] for r in sdn)):
        reject(cat, 'exact SDN name', q); continue
    ws = [w for w in lib.fold(q).split() if w not in STOP]
    shared = [(w, len(org_words[w]), sorted(org_words[w])[:3]) for w in dict.fromkeys(ws) if org_words.get(w)]
    if cat == 'shares_one_word' and not shared:
        reject(cat, 'shares no word', q); continue
    extra = ''
    if cat == 'near_miss':
        first = ws[0] if ws else ''
        if first not in target_words:
            reject(cat, 'first content word not a target word', q); continue
        src = next(r for r in rows if first in lib.fold(r['expected']).split())
        extra = '; reuses target word "%s" from %s' % (first, src['expected'])
    if cat == 'person_as_company':
        toks = lib.fold(q).split()[:2]
        if len(toks) == 2 and any(toks[0] in s and toks[1] in s for s in indiv_names):
            reject(cat, 'first two tokens in one SDN individual', q); continue
    if shared:
        sw = '; '.join('shares "%s" with %d listed org%s (e.g. %s)' % (
            w, n, '' if n == 1 else 's', ', '.join(by[x]['name'] for x in ex)) for w, n, ex in shared)
    else:
        sw = 'shares no word with a listed org'
    notes = 'not listed: %s; %s%s' % (cat, sw, extra)
    used_q |= qk(q); neg_got[cat] += 1
    rows.append({'query': q, 'expected': None, 'kind': cat, 'notes': notes})
for cat, n in NEG_COUNTS.items():
    if neg_got[cat] < n:
        print('SHORT: %s has %d of %d' % (cat, neg_got[cat], n))

print('Rejections by kind and reason:')
for (k, why), n in sorted(rej.items()):
    print('  %-22s %-42s %3d  %s' % (k, why, n, ' | '.join(rej_ex[(k, why)])))
pos = [r for r in rows if r['expected']]
print('positives %d, negatives %d, total %d' % (len(pos), len(rows) - len(pos), len(rows)))
print('narcotics (SDNT/SDNTK) positives: %d' % narc)
lv = Counter(cand[int(re.search(r'ent_num (\d+)', r['notes']).group(1))]['uses'] for r in pos)
print('earlier-use levels:', sorted(lv.items()))
progs = Counter(cand[int(re.search(r'ent_num (\d+)', r['notes']).group(1))]['program'].replace('] [', '+') for r in pos)
print('programs:', '; '.join('%s %d' % kv for kv in progs.most_common()))
out = '../train37.jsonl' if '--write' in sys.argv else '/tmp/train37_draft.jsonl'
with open(out, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('wrote', out)
