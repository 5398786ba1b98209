# builds ../train17.jsonl; prints verdicts and counts only (never prints earlier rows)
import json, os, re, collections, sys
import lib, rows_pos, rows_neg
sdn = lib.load_sdn(); alt = lib.load_alt(); csl = lib.load_csl_names()
prior = lib.prior_rows()
used = lib.prior_targets(prior, sdn)
pq = lib.prior_queries(prior)
# phrase index of earlier text (queries + notes), normalised
ptext = ' | '.join(lib.norm((r.get('query') or '') + ' ' + (r.get('notes') or '')) for r in prior)
# index: normalised form -> set of ent_nums (SDN) ; 'CSL' for csl
idx = collections.defaultdict(set)
for n, v in sdn.items():
    for nm in [v['name']] + alt.get(n, []):
        for f in lib.forms(nm): idx[f].add(n)
for nm in csl:
    for f in lib.forms(nm): idx[f].add('CSL')
orgwords = collections.defaultdict(set)
for n, v in sdn.items():
    if v['type'] == '-0-':
        for w in set(lib.norm(v['name']).split()) - lib.LEGAL:
            if len(w) > 2: orgwords[w].add(n)
def contained(q):
    """names/aliases (any type) whose normalised word sequence contains the query core, or vice versa"""
    core = ' '.join(w for w in lib.norm(q).split() if w not in lib.LEGAL)
    hits = []
    if not core: return hits
    for n, v in sdn.items():
        for nm in [v['name']] + alt.get(n, []):
            c2 = ' '.join(w for w in lib.norm(nm).split() if w not in lib.LEGAL)
            if not c2: continue
            if re.search(r'(^| )' + re.escape(core) + r'( |$)', c2) or re.search(r'(^| )' + re.escape(c2) + r'( |$)', core):
                hits.append((n, nm))
    return hits
out = []; seen = set(); log = []
PK = ['case','legal_form','abbreviation','word_order','transliteration','translation','typo','punctuation','aka','partial','parent_vs_subsidiary','script','messy']
take = collections.Counter()
for q, n, kind, note in rows_pos.P:
    if take[kind] >= 12: continue
    v = sdn.get(n); nq = lib.norm(q)
    why = None
    if not v or v['type'] != '-0-': why = 'not an organisation'
    elif nq in pq: why = 'earlier query'
    elif nq in seen: why = 'duplicate'
    elif n in used: why = 'earlier target'
    else:
        others = set()
        for f in lib.forms(q): others |= idx.get(f, set())
        others -= {n}
        if others: why = 'collides with %s' % sorted(map(str, others))
    if why:
        log.append('POS drop [%s] %s: %s' % (kind, q, why)); continue
    seen.add(nq); take[kind] += 1
    out.append({'query': q, 'expected': v['name'], 'kind': kind,
                'notes': '%s; program %s [SDN ent_num %d]' % (note, v['program'], n)})
negs = []
for kind, lst in rows_neg.N.items():
    k = 0
    for q in lst:
        if k >= rows_neg.COUNTS[kind]: break
        nq = lib.norm(q); why = None
        if q in rows_neg.EXCLUDE: why = 'excluded by hand'
        elif nq in pq: why = 'earlier query'
        elif nq in seen: why = 'duplicate'
        elif len(nq) > 4 and (' ' + nq + ' ') in (' ' + ptext.replace(' | ', '  ') + ' '): why = 'phrase seen in earlier text'
        else:
            hit = set()
            for f in lib.forms(q): hit |= idx.get(f, set())
            if hit: why = 'equals listed name/alias %s' % sorted(map(str, hit))
        if why:
            log.append('NEG drop [%s] %s: %s' % (kind, q, why)); continue
        core_t = set(lib.norm(q).split()) - lib.LEGAL
        if kind not in ('generic', 'city_country') and core_t:
            tokhit = [(n2, nm) for n2, v2 in sdn.items() for nm in [v2['name']] + alt.get(n2, []) if core_t <= set(lib.norm(nm).split())]
            if tokhit: log.append('NEG flag [%s] %s: all words inside listed %s' % (kind, q, tokhit[:3]))
        c = contained(q)
        if c and kind not in ('city_country',):
            log.append('NEG flag [%s] %s: containment with %s' % (kind, q, c[:3]))
        words = set(lib.norm(q).split()) - lib.LEGAL
        share = collections.Counter()
        for w in words:
            for e in orgwords.get(w, ()): share[e] += 1
        if share:
            best = [sdn[e]['name'] for e, _ in share.most_common(3)]
            note = 'listed orgs sharing a word: ' + '; '.join(best)
        else:
            note = 'shares no word with a listed org'
        seen.add(nq); k += 1
        out.append({'query': q, 'expected': None, 'kind': kind, 'notes': note})
    log.append('NEG %s: %d/%d' % (kind, k, rows_neg.COUNTS[kind]))
for kd in PK: log.append('POS %s: %d/12' % (kd, take[kd]))
with open(os.path.join(lib.HERE, '..', 'train17.jsonl'), 'w', encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('\n'.join(log)); print('rows', len(out))
