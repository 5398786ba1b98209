"""Build train45.jsonl from rows_pos.py and rows_neg.py. Prints rejections. --write writes the file."""
import json, re, sys, lib
from collections import Counter, defaultdict
from rows_pos import POS
from rows_neg import NEG, NEG_QUOTA

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form', 'abbreviation',
         'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
ix = lib.Index()
qk, uses, nfiles, nrows = lib.load_prior()
pool = {p['ent']: p for p in json.load(open('cand.json'))}
minu = min(p['uses'] for p in pool.values())
ORG = [r for r in ix.sdn if r['type'] == '']
org_wordsets = []
for r in ORG:
    org_wordsets.append((r['ent'], set(lib.content_words(r['name']))))
    for t, a in ix.alt.get(r['ent'], []):
        org_wordsets.append((r['ent'], set(lib.content_words(a))))

def nonlatin(s):
    return any(c.isalpha() and not ('a' <= lib.strip_accents(c).lower() <= 'z') for c in s)

def is_sdnt(prog):
    return bool(re.search(r'\bSDNTK?\b', prog))

rej = []
used_q = set(); used_f = set(); used_ent = set(); per_kind = defaultdict(list); n_sdnt = 0
MAX_SDNT = int(0.4 * 156)
for kind, ent, q, variant in POS:
    why = None
    p = pool.get(ent)
    fq = lib.full_fold(q)
    if p is None: why = 'target not in pool'
    elif p['uses'] != minu: why = f'target used {p["uses"]} times'
    elif ent in used_ent: why = 'entity already used in this set'
    elif len(per_kind[kind]) >= 12: why = 'kind full'
    elif lib.seen(q, qk): why = 'earlier-set query'
    elif lib.qkey(q) in used_q or fq in used_f: why = 'in-set duplicate'
    elif kind != 'case' and q.strip().lower() == p['name'].lower(): why = 'equals the name'
    elif kind == 'case' and q.strip() == p['name']: why = 'equals the name exactly'
    elif kind in ('partial', 'translation', 'transliteration', 'word_order') and (lib.keys(q) & ix.own_keys(ent)): why = 'folds to own name/alias'
    elif kind in ('typo', 'abbreviation') and (fq == lib.full_fold(p['name']) or fq.replace(' ', '') == lib.full_fold(p['name']).replace(' ', '')): why = 'folds to own name'
    elif kind == 'aka' and q not in p['aliases']: why = 'not an alias of the entity'
    elif kind not in ('messy', 'script') and (ix.hits(q) - {ent}): why = 'folds to another record: ' + ', '.join(str(e) for e in ix.hits(q) - {ent})
    elif kind == 'script' and not nonlatin(q): why = 'no non-Latin letter'
    elif kind == 'partial':
        cw = set(lib.content_words(q))
        for e2, ws in org_wordsets:
            if e2 != ent and cw and cw <= ws:
                why = f'partial words are a subset of ent {e2}'; break
    if why is None and is_sdnt(p['program']) and n_sdnt >= MAX_SDNT: why = 'SDNT/SDNTK quota'
    if why:
        if why != 'kind full':
            rej.append(('POS', kind, ent, q, why))
        continue
    used_q.add(lib.qkey(q)); used_f.add(fq); used_ent.add(ent)
    if is_sdnt(p['program']): n_sdnt += 1
    notes = (f"{kind}: {variant}; program {p['program']}; earlier-set uses {p['uses']}; "
             f"target {p['name']} [SDN ent_num {ent}]")
    per_kind[kind].append({'query': q, 'expected': p['name'], 'kind': kind, 'notes': notes})

set_targets = {r['expected'] for k in per_kind for r in per_kind[k]}

def shared_info(q):
    parts = []
    for w in dict.fromkeys(lib.content_words(q)):
        c = ix.word_count.get(w, 0)
        if c:
            ex = '; '.join(ix.word_examples[w][:3])
            parts.append(f"'{w}' in {c} listed org names/aliases (e.g. {ex})")
    return parts

neg_rows = defaultdict(list)
for cat, q, extra in NEG:
    why = None
    if len(neg_rows[cat]) >= NEG_QUOTA[cat]:
        continue
    if lib.seen(q, qk): why = 'earlier-set query'
    elif lib.qkey(q) in used_q or lib.full_fold(q) in used_f: why = 'in-set duplicate'
    elif ix.hits(q): why = 'equals/folds to a listed name: ' + ', '.join(str(e) for e in ix.hits(q))
    info = shared_info(q)
    if not why and cat in ('shares_one_word',) and not info: why = 'shares no word'
    if not why and cat == 'near_miss':
        tgt, word = extra
        if tgt not in set_targets: why = 'near-miss target not in this set'
        elif word not in lib.content_words(tgt) or word not in lib.content_words(q): why = 'near-miss word not a content word of target and query'
    if why:
        rej.append(('NEG', cat, '', q, why)); continue
    used_q.add(lib.qkey(q)); used_f.add(lib.full_fold(q))
    desc = extra if isinstance(extra, str) else 'near miss'
    notes = f"not listed: {cat}; {desc}; "
    if cat == 'near_miss':
        notes += f"reuses the target word '{extra[1]}' from this set's target {extra[0]}; "
    notes += ('shared content words: ' + ' | '.join(info)) if info else 'shares no word with a listed org'
    neg_rows[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': notes})

rows = [r for k in KINDS for r in per_kind[k]] + [r for c in NEG_QUOTA for r in neg_rows[c]]
print(f'earlier files {nfiles}, rows {nrows}; target level {minu}')
print('positives per kind:', {k: len(per_kind[k]) for k in KINDS})
print('negatives per category:', {c: len(neg_rows[c]) for c in NEG_QUOTA})
print('SDNT/SDNTK positives:', n_sdnt, 'total rows', len(rows))
print(f'rejections: {len(rej)}')
for r in rej:
    print('  REJECT', *r, sep=' | ')
if '--write' in sys.argv:
    with open('../train45.jsonl', 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote ../train45.jsonl')
