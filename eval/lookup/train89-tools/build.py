"""Builds train89.jsonl. Prints only counts, verdicts and my own rows."""
import sys, json, random, re
from collections import Counter, defaultdict
import lib, gen, rows_neg as RN
from lib import full, core, key
OUT = lib.EV + 'train89.jsonl'
def main(write):
    d = lib.Data(); prior = lib.load_prior(d); P = lib.pool(d); R = lib.Rules(d, prior, P)
    print('earlier files', prior[3], 'pool', len(P))
    order = sorted(P); random.Random(89).shuffle(order)
    order.sort(key=R.level)  # stable: lowest level first
    taken, rows, narc = set(), [], 0
    seen_k, seen_f = set(), set()
    rej = Counter()
    for kind in lib.POS_KINDS:
        got, shape_n, items = 0, Counter(), set()
        quota = gen.QUOTA.get(kind)
        nabbr = 0
        for e in order:
            if got >= 12: break
            if e in taken: continue
            v = d.sdn[e]; nk = lib.is_narc(v['prog']); lv = R.level(e)
            if lv < lib.min_level(e, d) or lv > lib.MAX_LEVEL: continue
            if kind in lib.NARC_KINDS and not nk: continue
            if kind not in lib.NARC_KINDS and kind != 'abbreviation' and nk: continue
            if nk and (narc >= lib.NARC_CAP or (kind == 'abbreviation' and nabbr >= 2)): continue
            if kind == 'case' and (key(v['name']) in R.keys or full(v['name']) in R.fulls): continue
            if kind == 'aka':
                cands = [('own alt.csv alias', None, None, a) for a in d.alts[e]]
            else:
                cands = list(gen.GEN[kind](v['name'], d.city.get(e, '')))
            for sh, det, item, q in cands:
                if quota is not None and shape_n[sh] >= quota.get(sh, 0): continue
                if item is not None and item in items: continue
                errs = R.pos_errors(kind, q, e)
                if key(q) in seen_k or (kind != 'script' and full(q) in seen_f): errs.append('in-set repeat')
                if errs:
                    for x in errs: rej[(kind, x)] += 1
                    continue
                variant = sh + (' (%s)' % det if det else '')
                rows.append(dict(query=q, expected=v['name'], kind=kind,
                                 notes=lib.pos_note(kind, variant, v['prog'], lv, v['name'], e)))
                seen_k.add(key(q)); seen_f.add(full(q)); taken.add(e); got += 1; shape_n[sh] += 1
                if item is not None: items.add(item)
                if nk: narc += 1; nabbr += kind == 'abbreviation'
                break
        lv = Counter(R.level(int(re.search(r'ent_num (\d+)', r['notes']).group(1))) for r in rows if r['kind'] == kind)
        print('POSKIND', kind, got, dict(shape_n), 'levels', dict(lv))
    for (k, x), n in sorted(rej.items()): print('REJ positive', k, x, n)
    # negatives
    negs = []
    def addneg(cat, q, desc, extra=''):
        errs = R.neg_errors(cat, q)
        if key(q) in seen_k or (cat != 'other_script' and full(q) in seen_f): errs.append('in-set repeat')
        if errs: print('REJ negative', cat, q, errs); return False
        negs.append(dict(query=q, expected=None, kind=cat, notes='not listed: %s; %s; %s%s' % (cat, desc, extra, d.shared_words(q))))
        seen_k.add(key(q)); seen_f.add(full(q)); return True
    def take(cat, lst):
        n = 0
        for q, desc in lst:
            if n >= lib.NEG_QUOTA[cat]: break
            if cat == 'chat_request': desc = 'request in %s about an invented theme firm' % desc
            elif cat == 'other_script': desc = 'invented theme firm in ' + desc
            elif cat in ('famous_unlisted', 'brand_product', 'person_as_company', 'generic'): desc = desc + ', not a listed party'
            n += addneg(cat, q, desc)
    take('famous_unlisted', RN.FAMOUS); take('other_script', RN.OTHER_SCRIPT)
    # near misses
    tg = [int(re.search(r'ent_num (\d+)', r['notes']).group(1)) for r in rows]
    rnd = random.Random(89); tg2 = tg[:]; rnd.shuffle(tg2)
    cands = []
    for e in tg2:
        name = d.sdn[e]['name']
        if len(core(name).split()) < 2: continue
        fw = set(full(name).split())
        plainw = set(w.lower() for w in re.findall(r"(?<![A-Za-z'\u2019])[A-Za-z]+(?![A-Za-z'\u2019])", name))
        for w in sorted(plainw & fw):
            if len(w) < 4 or w in lib.FILLER or w in d.place_tokens or w in RN.NM_STOP: continue
            c = d.tok_count(w)
            if 1 <= c <= 3: cands.append((c, w, e))
    cands.sort(key=lambda x: x[0])
    usedw, usede, n = set(), set(), 0
    for c, w, e in cands:
        if n >= 25: break
        if w in usedw or e in usede: continue
        ph = RN.PHRASES[n % 6]; q = w.capitalize() + ' ' + ph
        extra = 'reused word: %s (%d listed org %s) from in-set target %s [SDN ent_num %d]; ' % (
            w, c, 'name/alias' if c == 1 else 'names/aliases', d.sdn[e]['name'], e)
        if addneg('near_miss', q, 'invented theme firm reusing a rare word of an in-set target', extra):
            usedw.add(w); usede.add(e); n += 1
    n = 0
    for i, w in enumerate(RN.SHARE_WORDS):
        if n >= 15: break
        if not d.tok_count(w.lower()): print('skip share word', w); continue
        n += addneg('shares_one_word', w + ' ' + RN.PHRASES[n % 6], 'invented theme firm with one common listed word')
    take('generic', RN.GENERIC); take('chat_request', RN.CHAT); take('person_as_company', RN.PERSON); take('brand_product', RN.BRAND)
    print('NEG', dict(Counter(r['kind'] for r in negs)))
    allrows = rows + negs
    print('TOTAL', len(allrows), 'pos', len(rows), 'neg', len(negs), 'narc', narc)
    if write:
        with open(OUT, 'w', encoding='utf-8') as f:
            for r in allrows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('wrote', OUT)
if __name__ == '__main__': main('--write' in sys.argv)
