"""Build train46.jsonl from rows_pos.py / rows_neg.py. --write to write the file. Prints only verdicts and my own strings."""
import json, sys, re, unicodedata
from collections import Counter
from lib import *
from rows_pos import POS
from rows_neg import NEG, QUOTA

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form', 'abbreviation',
         'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
idx = Index()
qk_prior, uses, nfiles, nrows = load_prior()
pool = {int(k): v for k, v in json.load(open('cand.json')).items()}
LVL = min(p['uses'] for p in pool.values())
NARCO_CAP = int(0.40 * 156)

def sorted_key(s):
    return ' '.join(sorted(set(content_words(s))))
SKEY = {}
for n, e in idx.ents.items():
    for s in [e['name']] + idx.alts.get(n, []):
        k = sorted_key(s)
        if k: SKEY.setdefault(k, set()).add(n)

def nonlatin(s):
    return any(c.isalpha() and not unicodedata.name(c, '').startswith('LATIN') for c in s)

def is_narco(p): return p.replace(' ', '') in ('SDNT', 'SDNTK')

def shared_words(q):
    out = []
    for w in dict.fromkeys(content_words(q)):
        orgs = idx.word_orgs.get(w)
        if orgs:
            ex = '; '.join(sorted(orgs)[:3])
            out.append(f"'{w}' in {len(orgs)} listed org names/aliases (e.g. {ex})")
    return out

def neg_hits(q):
    h = idx.hits(q)
    sk = sorted_key(q)
    if sk and sk in SKEY: h |= {('sdn', n) for n in SKEY[sk]}
    return h

rej = []
seen = set()
def seen_key(q):
    return {qkey(q), full_fold(q)}

pos_rows = {k: [] for k in KINDS}
used_ent = set(); narco = 0
for kind, ent, q, variant in POS:
    def R(why): rej.append(f'POS {kind:20s} {q!r}: {why}')
    if len(pos_rows[kind]) >= 12: continue
    if ent not in pool: R('target not in pool'); continue
    p = pool[ent]; name = p['name']
    if p['uses'] != LVL: R(f"target level {p['uses']}"); continue
    if ent in used_ent: R('entity already used in this set'); continue
    if seen_key(q) & qk_prior: R('earlier-set query'); continue
    if seen_key(q) & seen: R('in-set duplicate'); continue
    if kind == 'case':
        if q == name: R('identical to name'); continue
    elif q.lower() == name.lower(): R('equals name'); continue
    own = set()
    for s in [name] + p['alts']: own |= keys(s)
    if kind in ('partial', 'translation', 'transliteration', 'word_order') and keys(q) & own: R('folds to own name/alias'); continue
    if kind in ('typo', 'abbreviation'):
        ff = full_fold(q)
        if ff == full_fold(name) or ff.replace(' ', '') == full_fold(name).replace(' ', ''): R('equals own full fold'); continue
    if kind == 'aka' and q not in p['alts']: R('not an alias of the entity'); continue
    if kind not in ('messy', 'script'):
        other = idx.hits(q) - {('sdn', ent)}
        if other: R(f'folds to another record {sorted(other)[:3]}'); continue
    if kind == 'partial':
        cw = set(content_words(q)); bad = None
        for n2, e2 in idx.ents.items():
            if n2 == ent or e2['type'] != '': continue
            for s in [e2['name']] + idx.alts.get(n2, []):
                if cw and cw <= set(content_words(s)): bad = s; break
            if bad: break
        if bad: R(f'words subset of another org: {bad}'); continue
    if kind == 'script' and not nonlatin(q): R('no non-Latin letter'); continue
    if is_narco(p['program']):
        if narco >= NARCO_CAP: R('SDNT/SDNTK cap'); continue
        narco += 1
    used_ent.add(ent); seen |= seen_key(q)
    notes = (f"{kind}: {variant}; program {p['program']}; earlier-set uses {p['uses']}; target {name} [SDN ent_num {ent}]")
    pos_rows[kind].append(dict(query=q, expected=name, kind=kind, notes=notes))

neg_rows = {k: [] for k in QUOTA}
for cat, items in NEG.items():
    for it in items:
        if len(neg_rows[cat]) >= QUOTA[cat]: break
        q = it[0]
        def R(why): rej.append(f'NEG {cat:20s} {q!r}: {why}')
        if seen_key(q) & qk_prior: R('earlier-set query'); continue
        if seen_key(q) & seen: R('in-set duplicate'); continue
        h = neg_hits(q)
        if h: R(f'matches listed/CSL {sorted(h)[:3]}'); continue
        sw = shared_words(q)
        if cat == 'shares_one_word' and not sw: R('shares no word'); continue
        lead = ''
        if cat == 'near_miss':
            _, tent, word, desc = it
            tgt = [r for rs in pos_rows.values() for r in rs if r['notes'].endswith(f'[SDN ent_num {tent}]')]
            if not tgt: R('near-miss target not in this set'); continue
            if word not in content_words(q) or word not in content_words(tgt[0]['expected']): R('reused word not shared'); continue
            lead = f"{desc}; reuses '{word}' from this set's target {tgt[0]['expected']} (ent_num {tent}); "
        else:
            desc = it[1] if len(it) > 1 and it[1] else {'shares_one_word': 'invented small business', 'generic': 'generic service description'}[cat]
            lead = f'{desc}; '
        seen |= seen_key(q)
        notes = f'not listed: {cat}; {lead}' + ('; '.join(sw) if sw else 'shares no word with a listed org')
        neg_rows[cat].append(dict(query=q, expected=None, kind=cat, notes=notes))

print(f'earlier files {nfiles}, rows {nrows}; pool level {LVL}')
for k in KINDS: print(f'{k:22s} {len(pos_rows[k])}')
for k in QUOTA: print(f'{k:22s} {len(neg_rows[k])}/{QUOTA[k]}')
print('SDNT/SDNTK', narco)
print(f'rejections: {len(rej)}'); print('\n'.join(rej))
rows = [r for k in KINDS for r in pos_rows[k]] + [r for k in QUOTA for r in neg_rows[k]]
if '--write' in sys.argv:
    with open('../train46.jsonl', 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', len(rows))
