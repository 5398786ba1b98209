"""Build train44.jsonl from rows_pos.py / rows_neg.py.  --write to write the file; otherwise dry run."""
import sys, json, re, collections
from lib import *
from rows_pos import POS
try:
    from rows_neg import NEG
except ImportError:
    NEG = []

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form', 'abbreviation',
         'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEGCATS = [('famous_unlisted', 40), ('shares_one_word', 22), ('near_miss', 20), ('generic', 16),
           ('person_as_company', 16), ('city_country', 15), ('brand_product', 16)]
PER_KIND = 12
FAMOUS_NONLATIN = 24
SDNT_MAX = int(0.4 * PER_KIND * len(KINDS))

sdn = load_sdn(); alt = load_alt(); csl = load_csl()
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
qkeys, uses, nprior = load_prior(sdn)

# index: fold key -> set of ent_nums (all SDN types) ; CSL keys
owner = collections.defaultdict(set)
for e, r in sdn.items():
    for k in keys(r['name']):
        owner[k].add(e)
    for _, a in alt.get(e, []):
        for k in keys(a):
            owner[k].add(e)
csl_keys = set()
for c in csl:
    csl_keys |= keys(c)
exact_all = set(r['name'].lower() for r in sdn.values()) | set(a.lower() for v in alt.values() for _, a in v) | set(c.lower() for c in csl)
# org word index (names + aliases of -0- records) for negative notes
org_strings = []
for e, r in sdn.items():
    if r['type'] == '':
        org_strings.append(r['name'])
        org_strings += [a for _, a in alt.get(e, [])]
word_idx = collections.defaultdict(list)
for s in org_strings:
    for w in set(content_words(s)):
        word_idx[w].append(s)
org_word_sets = [set(content_words(s)) for s in org_strings]

def is_sdnt(prog):
    return bool(re.search(r'\bSDNTK?\b', prog))

def has_nonlatin(q):
    return any(ch.isalpha() and not ('a' <= strip_acc(ch).lower() <= 'z') for ch in q)

def pos_reject(kind, e, q, used_ents, inset):
    if e not in pool:
        return 'target not in pool'
    if pool[e]['uses'] >= 3:
        return 'target used 3+ times'
    if e in used_ents:
        return 'entity already used in this set'
    if seen(q, qkeys):
        return 'SEEN in an earlier set'
    if ('ws', ws_key(q)) in inset or ('fold', fold(q)) in inset:
        return 'repeats an in-set query'
    name = sdn[e]['name']
    if kind == 'case':
        if q == name:
            return 'equals SDN_Name'
    elif q.lower() == name.lower():
        return 'equals SDN_Name'
    own = set(keys(name))
    own_al = set()
    for _, a in alt.get(e, []):
        own_al |= keys(a)
    qk = keys(q)
    if kind in ('partial', 'translation', 'transliteration', 'word_order') and qk & (own | own_al):
        return 'folds onto own name/alias'
    if kind in ('typo', 'abbreviation') and (fold(q) == fold(name) or fold(q).replace(' ', '') == fold(name).replace(' ', '')):
        return 'equals own full fold'
    if kind == 'aka' and q not in [a for _, a in alt.get(e, [])]:
        return 'not an alias of the entity'
    if kind not in ('messy', 'script'):
        others = set()
        for k in qk:
            others |= owner.get(k, set())
        others.discard(e)
        if others:
            return 'folds onto another record: ' + ','.join(str(x) for x in sorted(others))
        if qk & csl_keys:
            return 'folds onto a CSL name'
    if kind == 'partial':
        cw = set(content_words(q))
        own_sets = [set(content_words(name))] + [set(content_words(a)) for _, a in alt.get(e, [])]
        for s, ws in zip(org_strings, org_word_sets):
            if cw and cw <= ws and ws not in own_sets:
                return 'partial words are a subset of another org: ' + s
    if kind == 'script' and not has_nonlatin(q):
        return 'no non-Latin letters'
    return None

def shared_words_note(q):
    parts = []
    for w in dict.fromkeys(content_words(q)):
        hits = word_idx.get(w, [])
        if hits:
            ex = '; '.join(list(dict.fromkeys(hits))[:3])
            parts.append(f"'{w}' in {len(hits)} listed org names/aliases (e.g. {ex})")
    return ' | '.join(parts) if parts else 'shares no word with a listed org'

def neg_reject(cat, q, extra, inset, chosen_targets):
    if seen(q, qkeys):
        return 'SEEN in an earlier set'
    if ('ws', ws_key(q)) in inset or ('fold', fold(q)) in inset:
        return 'repeats an in-set query'
    if q.lower() in exact_all:
        return 'equals a listed name exactly'
    qk = keys(q)
    hit = [k for k in qk if k in owner]
    if hit:
        return 'folds onto a listed name/alias: ' + ','.join(str(x) for k in hit for x in owner[k])
    if qk & csl_keys:
        return 'folds onto a CSL name'
    if cat == 'shares_one_word' and not any(word_idx.get(w) for w in content_words(q)):
        return 'shares no word'
    if cat == 'near_miss':
        if extra not in chosen_targets:
            return 'near-miss target not in this set'
        w = content_words(q)[0] if content_words(q) else ''
        if w not in content_words(sdn[extra]['name']):
            return 'near-miss first word not in target'
    if cat == 'person_as_company':
        toks = [strip_acc(t).lower() for t in q.split()[:2]]
        for e, r in sdn.items():
            if r['type'] == 'individual':
                nw = set(fold(r['name']).split())
                if all(t in nw for t in toks):
                    return 'both name tokens in SDN individual ' + r['name']
    return None

def main():
    write = '--write' in sys.argv
    rej = []
    inset = set()
    used = set()
    bykind = collections.defaultdict(list)
    nsdnt = 0
    for kind, e, q, var in POS:
        if len(bykind[kind]) >= PER_KIND:
            continue
        why = pos_reject(kind, e, q, used, inset)
        if not why and is_sdnt(pool[e]['program']) and nsdnt >= SDNT_MAX:
            why = 'SDNT/SDNTK limit'
        if why:
            rej.append(f'POS {kind} [{e}] {q!r}: {why}')
            continue
        p = pool[e]
        nsdnt += is_sdnt(p['program'])
        used.add(e)
        inset |= {('ws', ws_key(q)), ('fold', fold(q))}
        notes = (f"{kind}: {var}; program {p['program']}; earlier-set uses {p['uses']}; "
                 f"target {p['name']} [SDN ent_num {e}]")
        bykind[kind].append({'query': q, 'expected': p['name'], 'kind': kind, 'notes': notes})
    rows = [r for k in KINDS for r in bykind[k]]
    chosen_targets = used
    bycat = collections.defaultdict(list)
    for item in NEG:
        cat, q = item[0], item[1]
        extra = item[2] if len(item) > 2 else None
        lim = dict(NEGCATS)[cat]
        if len(bycat[cat]) >= lim:
            continue
        if cat == 'famous_unlisted':
            nl = has_nonlatin(q)
            have = sum(1 for r in bycat[cat] if has_nonlatin(r['query']) == nl)
            if have >= (FAMOUS_NONLATIN if nl else lim - FAMOUS_NONLATIN):
                continue
        why = neg_reject(cat, q, extra, inset, chosen_targets)
        if why:
            rej.append(f'NEG {cat} {q!r}: {why}')
            continue
        inset |= {('ws', ws_key(q)), ('fold', fold(q))}
        note = f'not listed: {cat}; ' + shared_words_note(q)
        if cat == 'near_miss':
            w = content_words(q)[0]
            note += f"; reuses '{w}' from this set's target {sdn[extra]['name']} [SDN ent_num {extra}]"
        bycat[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
    for cat, _ in NEGCATS:
        rows += bycat[cat]
    for r in rej:
        print('REJECT', r)
    print('positives per kind:', {k: len(bykind[k]) for k in KINDS})
    print('negatives per category:', {c: len(bycat[c]) for c, _ in NEGCATS})
    print('SDNT/SDNTK positives:', nsdnt, 'limit', SDNT_MAX)
    print('rows', len(rows), 'rejections', len(rej))
    if write:
        with open('../train44.jsonl', 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('wrote ../train44.jsonl')

if __name__ == '__main__':
    main()
