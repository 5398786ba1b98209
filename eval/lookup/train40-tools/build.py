"""Build train40.jsonl from the hand-written rows. Usage: python3 build.py [--write]"""
import json, os, re, sys, random, unicodedata
from collections import Counter, defaultdict
import lib, rows_pos, rows_pos2, rows_neg, rows_neg2

KIND_ORDER = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
              'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
NEG_QUOTA = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
             'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
PER_KIND = 12
OUT = os.path.join(os.path.dirname(lib.HERE), 'train40.jsonl')


def non_latin(s):
    return any(c.isalpha() and not unicodedata.name(c, '').startswith('LATIN') for c in s)


def content_words(s):
    return [w for w in lib.core_key(s).split() if len(w) >= 3 and not w.isdigit()]


def main():
    write = '--write' in sys.argv
    W = lib.World()
    pool = {int(k): v for k, v in json.load(open(os.path.join(lib.HERE, 'cand.json'))).items()}
    prior, uses, nf, nr = lib.load_prior()
    seen = set()
    rej = Counter()
    log = []

    def dup(q):
        return lib.query_seen(q, prior), (('w', lib.ws_key(q)) in seen or ('f', lib.full_key(q)) in seen)

    def add_seen(q):
        seen.add(('w', lib.ws_key(q))); seen.add(('f', lib.full_key(q)))

    used_ents = set()
    chosen = defaultdict(list)
    by_kind = defaultdict(list)
    for r in rows_pos.ROWS + rows_pos2.ROWS:
        by_kind[r[0]].append(r)
    for kind in KIND_ORDER:
        for _, e, q, variant in by_kind[kind]:
            if len(chosen[kind]) >= PER_KIND:
                break
            why = None
            own = W.names_of(e)
            own_keys = set().union(*[lib.keys(n) for n in own])
            pe, ps = dup(q)
            if e not in pool:
                why = 'target not in pool'
            elif pool[e]['uses'] >= 3:
                why = 'target used 3+ times'
            elif e in used_ents:
                why = 'target already used in set'
            elif pe:
                why = 'repeats an earlier query'
            elif ps:
                why = 'repeats an in-set query'
            elif q == W.by_ent[e]['name']:
                why = 'equals SDN_Name'
            elif kind in ('partial', 'translation', 'transliteration', 'word_order') and (lib.keys(q) & own_keys):
                why = 'folds to own name/alias'
            elif kind in ('typo', 'abbreviation') and lib.full_key(q).replace(' ', '') == lib.full_key(W.by_ent[e]['name']).replace(' ', ''):
                why = 'equals own full fold'
            elif kind == 'aka' and lib.full_key(q) not in {lib.full_key(a) for _, a in W.alt.get(e, [])}:
                why = 'not an alias of the entity'
            elif kind not in ('messy', 'script') and (W.owners(q) - {e}):
                why = 'folds to another record: ' + ', '.join(str(x) for x in sorted(W.owners(q) - {e})[:3])
            elif kind == 'script' and not non_latin(q):
                why = 'no non-Latin letters'
            elif kind == 'partial':
                cw = set(content_words(q))
                for w in cw:
                    pass
                others = None
                for w in cw:
                    s = W.word_orgs.get(w, set()) - {e}
                    others = s if others is None else others & s
                if others:
                    why = 'partial words are a subset of another org: %d' % sorted(others)[0]
            if why:
                rej[why.split(':')[0]] += 1
                log.append('REJECT %s ent %d %r: %s' % (kind, e, q, why))
                continue
            used_ents.add(e)
            add_seen(q)
            r = W.by_ent[e]
            notes = '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %d]' % (
                kind, variant, r['program'], uses.get(e, 0), r['name'], e)
            chosen[kind].append({'query': q, 'expected': r['name'], 'kind': kind, 'notes': notes})

    # negatives
    indiv_tokens = [set(lib.full_key(r['name']).split()) for r in W.sdn if r['type'] == 'individual']
    target_words = {}
    for kind in KIND_ORDER:
        for row in chosen[kind]:
            for w in content_words(row['expected']):
                target_words.setdefault(w, row['expected'])
    nchosen = defaultdict(list)
    nl_count = Counter()
    for cat, q in rows_neg.ROWS + rows_neg2.ROWS:
        if len(nchosen[cat]) >= NEG_QUOTA[cat]:
            continue
        pe, ps = dup(q)
        why = None
        shared = []
        for w in dict.fromkeys(content_words(q)):
            orgs = W.word_orgs.get(w, set())
            if orgs:
                shared.append((w, orgs))
        if pe:
            why = 'repeats an earlier query'
        elif ps:
            why = 'repeats an in-set query'
        elif W.owners(q):
            why = 'is listed (name/alias/CSL fold)'
        elif cat == 'shares_one_word' and not shared:
            why = 'shares no word'
        elif cat == 'near_miss' and (not content_words(q) or content_words(q)[0] not in target_words):
            why = 'first word not a target word'
        elif cat == 'person_as_company':
            toks = lib.full_key(q).split()[:2]
            if any(set(toks) <= s for s in indiv_tokens):
                why = 'person tokens match an SDN individual'
        elif cat == 'famous_unlisted':
            nl = 'nonlatin' if non_latin(q) else 'latin'
            if nl_count[nl] >= (24 if nl == 'nonlatin' else 16):
                why = 'script quota full'
        if why:
            rej[why] += 1
            log.append('REJECT %s %r: %s' % (cat, q, why))
            continue
        if cat == 'famous_unlisted':
            nl_count['nonlatin' if non_latin(q) else 'latin'] += 1
        add_seen(q)
        if shared:
            parts = []
            for w, orgs in shared:
                ex = '; '.join(sorted(W.by_ent[o]['name'] for o in orgs)[:3])
                parts.append("shares '%s' with %d listed orgs (e.g. %s)" % (w, len(orgs), ex))
            info = ' | '.join(parts)
        else:
            info = 'shares no word with a listed org'
        notes = 'not listed: %s; %s' % (cat, info)
        if cat == 'near_miss':
            w = content_words(q)[0]
            notes += "; near miss reuses target word '%s' from this set's target %s" % (w, target_words[w])
        nchosen[cat].append({'query': q, 'expected': None, 'kind': cat, 'notes': notes})

    rows = [x for k in KIND_ORDER for x in chosen[k]] + [x for c in NEG_QUOTA for x in nchosen[c]]
    for l in log:
        print(l)
    print('--- rejections by reason:', dict(rej))
    print('--- positives per kind:', {k: len(chosen[k]) for k in KIND_ORDER})
    print('--- negatives per category:', {c: len(nchosen[c]) for c in NEG_QUOTA}, 'famous script split', dict(nl_count))
    progs = Counter()
    sdnt = 0
    for k in KIND_ORDER:
        for x in chosen[k]:
            e = int(re.search(r'ent_num (\d+)', x['notes']).group(1))
            p = '+'.join(t.strip() for t in W.by_ent[e]['program'].split('] ['))
            progs[p] += 1
            if re.search(r'\bSDNTK?\b', W.by_ent[e]['program']):
                sdnt += 1
    print('--- programs:', progs.most_common())
    print('--- SDNT/SDNTK positives: %d of %d' % (sdnt, sum(len(v) for v in chosen.values())))
    print('--- earlier-use levels of targets:', Counter(pool[int(re.search(r'ent_num (\d+)', x['notes']).group(1))]['uses'] for k in KIND_ORDER for x in chosen[k]))
    print('--- total rows', len(rows))
    if write:
        random.Random(40).shuffle(rows)
        with open(OUT, 'w', encoding='utf-8') as f:
            for x in rows:
                f.write(json.dumps(x, ensure_ascii=False) + '\n')
        print('wrote', OUT)

if __name__ == '__main__':
    main()
