"""build.py [--write]: walk rows_pos/rows_neg candidates, keep the first N per kind/category that pass, write train43.jsonl."""
import json, re, sys, unicodedata
from collections import Counter, OrderedDict
from lib import World, load_prior, ws_key, full_fold, keys, content_words, FILLER
import rows_pos, rows_neg

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form', 'abbreviation',
         'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
PER_KIND = 12
NEG = OrderedDict([('famous_unlisted', 40), ('shares_one_word', 22), ('near_miss', 20), ('generic', 16),
                   ('person_as_company', 16), ('city_country', 15), ('brand_product', 16)])
N_NONLATIN = 24
SDNT_CAP = 0.40


def has_nonlatin(s):
    for c in s:
        if c.isalpha():
            n = unicodedata.name(c, '')
            if not n.startswith('LATIN'):
                return True
    return False


def is_sdnt(prog):
    return bool(re.search(r'\bSDNTK?\b', prog))


def neg_share_note(w, q):
    parts = []
    seen = set()
    for wd in content_words(q):
        if wd in seen: continue
        seen.add(wd)
        n = w.word_freq.get(wd, 0)
        if n:
            ex = ', '.join(w.word_examples[wd][:3])
            parts.append(f"shares '{wd}' with {n} listed org name(s)/alias(es) (e.g. {ex})")
    return parts


def main():
    write = '--write' in sys.argv
    w = World()
    wsk, ffk, uses, nf, nr = load_prior(w.sdn)
    indiv_tokens = [set(full_fold(r['name']).split()) for r in w.sdn.values() if r['type'] == 'individual']
    used_q_ws, used_q_ff = set(), set()
    used_ent = set()
    rows_by_kind = {k: [] for k in KINDS}
    rej = []
    n_sdnt = 0
    total_pos = PER_KIND * len(KINDS)

    def dup(q):
        if ws_key(q) in wsk or full_fold(q) in ffk:
            return 'earlier-set query'
        if ws_key(q) in used_q_ws or full_fold(q) in used_q_ff:
            return 'repeated in this set'
        return None

    for kind, ent, q, variant in rows_pos.POS:
        if kind not in rows_by_kind:
            rej.append((kind, q, 'unknown kind')); continue
        if len(rows_by_kind[kind]) >= PER_KIND:
            continue
        r = w.sdn.get(ent)
        why = None
        if not r or not w.in_pool(ent):
            why = 'target not in pool'
        elif uses[ent] > 2:
            why = f'target used {uses[ent]} times'
        elif ent in used_ent:
            why = 'entity already used in this set'
        else:
            why = dup(q)
        if not why:
            name = r['name']
            own = w.own_keys(ent)
            if kind == 'case':
                if q == name: why = 'equals SDN name exactly'
            elif q.lower() == name.lower():
                why = 'equals SDN name'
            if not why and kind in ('partial', 'translation', 'transliteration', 'word_order') and (keys(q) & own):
                why = 'shares a fold key with own name/aliases'
            if not why and kind in ('typo', 'abbreviation'):
                f = full_fold(name)
                if full_fold(q) in (f,) or full_fold(q).replace(' ', '') == f.replace(' ', ''):
                    why = 'folds to own name'
            if not why and kind == 'aka' and q not in [a for _, a in w.alt.get(ent, [])]:
                why = 'not an alias of the entity'
            if not why and kind not in ('messy', 'script'):
                other = {o for o in w.owners(q) if o != ('sdn', ent)}
                if other: why = 'folds to another record: ' + str(sorted(other)[:2])
            if not why and kind == 'partial':
                cw = set(content_words(q))
                for e2, ws2, _nm in w.org_words:
                    if e2 != ent and cw and cw <= ws2:
                        why = 'content words are a subset of ' + w.sdn[e2]['name']; break
            if not why and kind == 'script' and not has_nonlatin(q):
                why = 'no non-Latin letter'
            if not why and is_sdnt(r['program']) and n_sdnt + 1 > SDNT_CAP * total_pos:
                why = 'SDNT/SDNTK cap'
        if why:
            rej.append((kind, q, why)); continue
        if is_sdnt(r['program']): n_sdnt += 1
        used_ent.add(ent); used_q_ws.add(ws_key(q)); used_q_ff.add(full_fold(q))
        note = (f"{kind}: {variant}; program {r['program']}; earlier-set uses {uses[ent]}; "
                f"target {r['name']} [SDN ent_num {ent}]")
        rows_by_kind[kind].append({'query': q, 'expected': r['name'], 'kind': kind, 'notes': note})

    # negatives
    neg_rows = {c: [] for c in NEG}
    target_names = {}
    for k in KINDS:
        for row in rows_by_kind[k]:
            e = int(re.search(r'ent_num (\d+)\]$', row['notes']).group(1))
            target_names[e] = row['expected']

    def neg_ok(q, cat):
        why = dup(q)
        if why: return why
        if ws_key(q) in w.exact: return 'equals a listed name/alias exactly'
        if w.owners(q): return 'folds to a listed name/alias'
        return None

    def add_neg(cat, q, extra=None):
        parts = neg_share_note(w, q)
        note = f"not listed: {cat}; " + ('; '.join(parts) if parts else 'shares no word with a listed org')
        if extra: note += '; ' + extra
        neg_rows[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
        used_q_ws.add(ws_key(q)); used_q_ff.add(full_fold(q))

    nonlatin_kept = 0
    for q in rows_neg.FAMOUS_NONLATIN:
        if nonlatin_kept >= N_NONLATIN: break
        why = neg_ok(q, 'famous_unlisted')
        if why: rej.append(('famous_unlisted', q, why)); continue
        add_neg('famous_unlisted', q); nonlatin_kept += 1
    for q in rows_neg.FAMOUS_LATIN:
        if len(neg_rows['famous_unlisted']) >= NEG['famous_unlisted']: break
        why = neg_ok(q, 'famous_unlisted')
        if why: rej.append(('famous_unlisted', q, why)); continue
        add_neg('famous_unlisted', q)
    for q in rows_neg.SHARES_ONE_WORD:
        if len(neg_rows['shares_one_word']) >= NEG['shares_one_word']: break
        why = neg_ok(q, 'shares_one_word')
        if not why and not neg_share_note(w, q): why = 'shares no word'
        if why: rej.append(('shares_one_word', q, why)); continue
        add_neg('shares_one_word', q)
    for q, word, ent in rows_neg.NEAR_MISS:
        if len(neg_rows['near_miss']) >= NEG['near_miss']: break
        why = neg_ok(q, 'near_miss')
        cw = content_words(q)
        if not why and ent not in target_names: why = 'target not in this set'
        if not why and (not cw or cw[0] != word or word not in set(content_words(target_names[ent]))):
            why = 'first content word is not a target word'
        if why: rej.append(('near_miss', q, why)); continue
        add_neg('near_miss', q, f"reuses target word '{word}' from {target_names[ent]} (a target of this set)")
    for cat, lst in (('generic', rows_neg.GENERIC), ('person_as_company', rows_neg.PERSON_AS_COMPANY),
                     ('city_country', rows_neg.CITY_COUNTRY), ('brand_product', rows_neg.BRAND_PRODUCT)):
        for q in lst:
            if len(neg_rows[cat]) >= NEG[cat]: break
            why = neg_ok(q, cat)
            if not why and cat == 'person_as_company':
                t = full_fold(q).split()[:2]
                if any(t[0] in s and t[1] in s for s in indiv_tokens):
                    why = 'first two tokens occur in one SDN individual name'
            if why: rej.append((cat, q, why)); continue
            add_neg(cat, q)

    out = [r for k in KINDS for r in rows_by_kind[k]] + [r for c in NEG for r in neg_rows[c]]
    print(f'prior files {nf}, prior rows {nr}')
    for k in KINDS: print(f'  {k:22} {len(rows_by_kind[k])}')
    for c in NEG: print(f'  {c:22} {len(neg_rows[c])}')
    print(f'positives {sum(len(v) for v in rows_by_kind.values())}, negatives {sum(len(v) for v in neg_rows.values())}, '
          f'SDNT/SDNTK {n_sdnt}, famous non-Latin {nonlatin_kept}')
    print(f'rejections: {len(rej)}')
    for k, q, why in rej: print(f'  REJECT {k}: {q!r}: {why}')
    if write:
        with open('../train43.jsonl', 'w', encoding='utf-8') as f:
            for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('wrote ../train43.jsonl', len(out), 'rows')


if __name__ == '__main__':
    main()
