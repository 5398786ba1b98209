"""Build train69.jsonl. Prints counts, rejection counts, and my own rejected negative strings with verdicts."""
import json, random, re, sys
from collections import Counter, defaultdict
from lib import Data, load_prior, pool, Rules, is_narc, key, full, content, shared_words, HERE
import gen, rows_neg

OUT = HERE + '/../train69.jsonl'
KINDS = ['aka', 'case', 'partial', 'word_order', 'legal_form', 'punctuation', 'abbreviation', 'typo',
         'transliteration', 'translation', 'script', 'parent_vs_subsidiary', 'messy']
NARC_ONLY = {'case', 'partial', 'word_order', 'legal_form', 'punctuation'}
THEME = {'letterpress', 'snow', 'globe', 'globes', 'snowglobe', 'decoy', 'decoys', 'carvers', 'ant', 'ants', 'farm', 'axe',
         'throwing', 'club', 'soapbox', 'racers', 'print', 'shop', 'studio', 'works', 'formicarium', 'supply', 'atelier', 'lounge',
         'gravity', 'racing', 'team', 'colonies', 'wildfowl', 'hatchet', 'house', 'soap', 'box', 'garage', 'type', 'foundry',
         'habitats', 'makers', 'range', 'derby', 'cars', 'press', 'room', 'nest'}

COMMON = {'accounting', 'associates', 'desarrolladora', 'distribuidores', 'distribuidora', 'inversiones', 'servicios', 'comercial',
          'administradora', 'operadora', 'soluciones', 'security', 'control', 'leasing', 'medical', 'system', 'world', 'line'}

def pos_note(kind, var, prog, lv, nm, e):
    return '%s: %s; program %s; earlier-set uses %d; target %s [SDN ent_num %s]' % (kind, var, prog, lv, nm, e)

def gens(kind, nm, e, d):
    city = (d.cities.get(e) or [''])[0]
    if kind == 'aka':
        for a in d.alts.get(e, []): yield 'alias', 'alt.csv alias of this entity', a
    elif kind == 'parent_vs_subsidiary': yield from gen.gen_parent(nm, city)
    elif kind == 'messy': yield from gen.gen_messy(nm, city)
    else: yield from getattr(gen, 'gen_' + kind)(nm)

def main():
    d = Data()
    pk, pf, uses, nfiles = load_prior(d)
    pl = pool(d, uses)
    R = Rules(d, pk, pf, pl)
    ents = [e for e in pl if pl[e] >= 3]
    random.Random(69).shuffle(ents)
    ents.sort(key=lambda e: pl[e])
    rows, taken, keys, fulls = [], set(), set(), set()
    narc = 0; rej = Counter()
    for kind in KINDS:
        quota = dict(gen.QUOTAS[kind]); got = 0; nabbr = 0
        for e in ents:
            if got >= 12: break
            if e in taken: continue
            nm, prog = d.sdn[e]['name'], d.sdn[e]['prog']
            n_ = is_narc(prog)
            if kind in NARC_ONLY and not n_: continue
            if kind == 'abbreviation' and n_ and nabbr >= 2: continue
            if kind not in NARC_ONLY and kind != 'abbreviation' and n_: continue
            if n_ and narc >= 62: continue
            for sh, var, q in gens(kind, nm, e, d):
                if quota.get(sh, 0) <= 0: continue
                errs = R.pos_errors(q, kind, e, keys, fulls)
                if errs:
                    for x in errs: rej[(kind, x)] += 1
                    continue
                rows.append(dict(query=q, expected=nm, kind=kind, notes=pos_note(kind, var, prog, pl[e], nm, e)))
                quota[sh] -= 1; got += 1; taken.add(e); keys.add(key(q)); fulls.add(full(q))
                if n_: narc += 1; nabbr += (kind == 'abbreviation')
                break
        print('kind', kind, got)
    print('positives', len(rows), 'narcotics', narc)
    for (k, x), c in sorted(rej.items()): print('  rejected', k, x, c)
    # negatives
    negs = []
    def try_neg(cat, q, desc, extra=''):
        errs = R.neg_errors(q, cat, keys, fulls)
        if errs:
            print('  neg rejected', cat, repr(q), errs); return False
        note = 'not listed: %s; %s; %s%s' % (cat, desc, extra, shared_words(d, q))
        negs.append(dict(query=q, expected=None, kind=cat, notes=note)); keys.add(key(q)); fulls.add(full(q))
        return True
    for cat in ['famous_unlisted', 'other_script', 'shares_one_word', 'generic', 'chat_request', 'person_as_company', 'brand_product']:
        n = 0
        for q, desc in rows_neg.NEG[cat]:
            if n >= rows_neg.QUOTA[cat]: break
            if try_neg(cat, q, desc): n += 1
        print('neg', cat, n)
    # near misses
    cands = []
    for r in rows:
        e = r['notes'].rsplit('ent_num ', 1)[1].rstrip(']')
        for w in set(content(r['expected'])):
            if len(w) < 4 or not w.isalpha() or w in THEME or w in COMMON: continue
            if not re.search(r'(?<![a-z])' + w + r'(?![a-z])', r['expected'].lower()): continue
            c = len(d.word_orgnames.get(w, ()))
            if 1 <= c <= 3: cands.append((c, w, r['expected'], e))
    cands.sort()
    usedw, usedt, n, pi = set(), set(), 0, 0
    for c, w, nm, e in cands:
        if n >= 25: break
        if w in usedw or nm in usedt: continue
        ph = rows_neg.NEAR_PHRASES[pi % len(rows_neg.NEAR_PHRASES)]
        q = w.capitalize() + ' ' + ph
        extra = 'reuses word %s (%d listed org names/aliases) from in-set target %s [SDN ent_num %s]; ' % (w, c, nm, e)
        if try_neg('near_miss', q, 'invented %s firm' % ph.lower(), extra):
            usedw.add(w); usedt.add(nm); n += 1; pi += 1
    print('neg near_miss', n)
    print('negatives', len(negs))
    order = ['famous_unlisted', 'other_script', 'near_miss', 'shares_one_word', 'generic', 'chat_request', 'person_as_company', 'brand_product']
    negs.sort(key=lambda r: order.index(r['kind']))
    allrows = rows + negs
    print('rows', len(allrows))
    if '--write' in sys.argv:
        with open(OUT, 'w', encoding='utf-8') as f:
            for r in allrows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('written', OUT)

main()
