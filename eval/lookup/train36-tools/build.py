"""Build train36.jsonl from rows_pos.py (hand rows) and rows_neg.py. Deterministic."""
import json, os, random
from collections import Counter, defaultdict
import lib, rows_pos, rows_neg

KINDS = ['case', 'legal_form', 'abbreviation', 'typo', 'punctuation', 'aka', 'parent_vs_subsidiary', 'messy',
         'word_order', 'transliteration', 'translation', 'partial', 'script']
PER_KIND = 12
OWN_CHECK = {'partial', 'translation', 'transliteration', 'word_order'}
OWN_FOLD_ONLY = {'typo', 'abbreviation'}
OTHER_SKIP = {'messy', 'script'}

def org_token_sets(ix):
    out = []
    for r in ix.sdn:
        if r['type'] != '-0-':
            continue
        for n in ix.names_of(r['ent']):
            t = set(lib.content_words(n))
            if t:
                out.append((r['ent'], t))
    return out

def shared_word_note(ix, q):
    parts = []
    for w in dict.fromkeys(lib.content_words(q)):
        orgs = sorted(ix.word_orgs.get(w, ()))
        if orgs:
            parts.append("shares '%s' with %d listed org%s (e.g. %s)" % (w, len(orgs), '' if len(orgs) == 1 else 's', '; '.join(orgs[:3])))
    return parts

def main():
    ix = lib.Index()
    keys, uses, nrows = lib.load_prior()
    cand = {c['ent']: c for c in json.load(open(os.path.join(lib.HERE, 'cand.json')))}
    toksets = org_token_sets(ix)
    print('earlier rows: %d' % nrows)
    rej = Counter(); rej_ex = defaultdict(list)
    def reject(kind, reason, q):
        rej[(kind, reason)] += 1
        if reason != 'earlier query' and len(rej_ex[(kind, reason)]) < 3:
            rej_ex[(kind, reason)].append(q)
    seen_q = set(); used_ent = set(); pos = defaultdict(list)
    order = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka'] + \
            ['legal_form', 'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
    for kind in order:
        for k, e, q, variant in rows_pos.HAND:
            if k != kind or len(pos[kind]) >= PER_KIND:
                continue
            c = cand.get(e)
            if c is None or c['ambiguous']:
                reject(kind, 'target not a usable unique-name organisation', q); continue
            if e in used_ent:
                reject(kind, 'entity already used', q); continue
            if lib.is_prior(q, keys):
                reject(kind, 'earlier query', q); continue
            if lib.key_ws(q) in seen_q or lib.fold(q) in seen_q:
                reject(kind, 'repeats a query of this set', q); continue
            name = c['name']
            if q == name:
                reject(kind, 'equals target name exactly', q); continue
            if kind in OWN_CHECK and any(lib.fold_keys(q) & lib.fold_keys(n) for n in ix.names_of(e)):
                reject(kind, 'equals own name/alias after folding', q); continue
            if kind in OWN_FOLD_ONLY and any(lib.fold(q) == lib.fold(n) or lib.fold(q).replace(' ', '') == lib.fold(n).replace(' ', '') for n in ix.names_of(e)):
                reject(kind, 'equals own name/alias after folding', q); continue
            if kind not in OTHER_SKIP and ix.matches_other(q, e):
                reject(kind, "equals another record's name/alias after folding", q); continue
            if kind == 'partial':
                qt = set(lib.content_words(q))
                if any(oe != e and qt <= t for oe, t in toksets):
                    reject(kind, "token-subset of another organisation's name", q); continue
            note = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
                kind, variant, ix.by_ent[e]['program'], uses.get(e, 0), name, e)
            pos[kind].append({'query': q, 'expected': name, 'kind': kind, 'notes': note})
            used_ent.add(e); seen_q.add(lib.key_ws(q)); seen_q.add(lib.fold(q))
    # negatives
    target_words = {}
    for rows in pos.values():
        for r in rows:
            e = int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']'))
            for n in ix.names_of(e):
                for w in lib.content_words(n):
                    target_words.setdefault(w, r['expected'])
    neg = defaultdict(list)
    for cat, items in rows_neg.NEG.items():
        for it in items:
            if len(neg[cat]) >= rows_neg.TARGET[cat]:
                break
            q, word = (it if isinstance(it, tuple) else (it, None))
            if lib.is_prior(q, keys):
                reject(cat, 'earlier query', q); continue
            if lib.key_ws(q) in seen_q or lib.fold(q) in seen_q:
                reject(cat, 'repeats a query of this set', q); continue
            if ix.listed(q):
                reject(cat, 'listed name/alias (exact or folded)', q); continue
            shared = shared_word_note(ix, q)
            if cat == 'shares_one_word' and not shared:
                reject(cat, 'shares no word', q); continue
            extra = ''
            if cat == 'near_miss':
                cw = lib.content_words(q)
                if not cw or cw[0] != word or word not in target_words:
                    reject(cat, 'first word not a target word of this set', q); continue
                extra = "; reuses target word '%s' from %s" % (word, target_words[word])
            if cat == 'person_as_company':
                t = lib.fold(q).split()[:2]
                if any(t[0] in s and t[1] in s for s in ix.indiv_tokens):
                    reject(cat, 'name of an SDN individual', q); continue
            note = 'not listed: %s; %s%s' % (cat, '; '.join(shared) if shared else 'shares no word with a listed org', extra)
            neg[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': note})
            seen_q.add(lib.key_ws(q)); seen_q.add(lib.fold(q))
    rows = [r for k in KINDS for r in pos[k]] + [r for c in rows_neg.TARGET for r in neg[c]]
    random.Random(36).shuffle(rows)
    with open(os.path.join(os.path.dirname(lib.HERE), 'train36.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('positives per kind:', {k: len(pos[k]) for k in KINDS})
    print('negatives per category:', {c: len(neg[c]) for c in rows_neg.TARGET})
    print('total rows: %d (positives %d, negatives %d)' % (len(rows), sum(len(v) for v in pos.values()), sum(len(v) for v in neg.values())))
    lvl = Counter(uses.get(int(r['notes'].rsplit('ent_num ', 1)[1].rstrip(']')), 0) for k in KINDS for r in pos[k])
    print('targets by earlier-set uses:', dict(sorted(lvl.items())))
    print('rejected candidates:')
    for (k, reason), n in sorted(rej.items(), key=lambda x: (-x[1], x[0])):
        ex = rej_ex.get((k, reason))
        print('  %-22s %-50s %3d%s' % (k, reason, n, ('  e.g. ' + ' | '.join(ex)) if ex else ''))

if __name__ == '__main__':
    main()
