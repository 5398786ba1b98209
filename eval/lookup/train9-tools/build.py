"""Build train9.jsonl from rows_pos.py / rows_neg.py and check everything. Writes build_output.txt, review.txt."""
import json, re, sys, os
from collections import Counter, defaultdict
import lib
from rows_pos import POS
from rows_neg import NEG

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'train9.jsonl')
recs = lib.load_sdn(); csl = lib.load_csl(); p = lib.prior()
idx = lib.form_index(recs, csl)
comments = lib.load_comments().lower()
remarks_all = ' '.join(r['remarks'] for r in recs.values()).lower() + ' ' + comments
errors, warns, review = [], [], []

GENERIC = lib.LEGAL | set('''al el la le de del y e a in for to on at by is any check sanctioned sanctions bank trading
shipping shipping services service industries industry industrial company corporation group international national
investment investments development engineering construction trade exchange foundation charity association organization
organisation society institute center centre ltd limited energy oil gas petroleum holding holdings hotel farm new general
import export management systems technology technologies marine maritime air airlines aviation transport transportation
power electricity south north east west global world first royal commercial credit union youth economic committee
ministry commission department bank finance financial capital properties real estate partners supermarket shop shops
free zone media broadcasting security school foods food cement products association industry sa cv srl'''.split())

def content(q):
    return [t for t in lib.norm(q).split() if t not in GENERIC and len(t) > 1]

prior_blob = [' ' + lib.norm(n) + ' ' for n in p['notes']]
rows = []
seen_q = set()
ent_rows = Counter()
for q, src, i, kind, note in POS:
    if q.lower() in seen_q: errors.append('duplicate query %r' % q)
    seen_q.add(q.lower())
    if q.strip().lower() in p['queries']: errors.append('query used in earlier set: %r' % q)
    if src == 'SDN':
        r = recs.get(i)
        if r is None: errors.append('no SDN ent %d' % i); continue
        if r['type'] != '': errors.append('SDN %d is not an organisation (%s)' % (i, r['type']))
        exp = r['name']
        if i in p['nums']: errors.append('ent %d cited in earlier set (%r)' % (i, q))
        tag = '[SDN ent_num %d]' % i
    else:
        d = csl[i]; exp = d['name'].strip()
        if i in p['csl_rows']: errors.append('CSL row %d used before' % i)
        tag = '[CSL row %d]' % i
    if exp in p['expected']: errors.append('expected %r used before' % exp)
    # one entity per positive
    for f in lib.forms(q):
        for (s2, i2) in idx.get(f, ()):
            if (s2, i2) != (src, i):
                errors.append('positive %r form %r equals name/alias of %s %s' % (q, f, s2, i2))
    # token review
    ct = set(content(q))
    if ct:
        others = set()
        for s2, i2, k2, name in lib.all_names(recs, csl):
            if (s2, i2) == (src, i): continue
            if s2 == 'SDN' and recs[i2]['type'] != '': continue
            if ct <= lib.tokens(name): others.add('%s %s %s' % (s2, i2, recs[i2]['name'] if s2 == 'SDN' else csl[i2]['name']))
        if others: review.append('POS %r -> %s %s; also contains %s: %s' % (q, src, i, sorted(ct), '; '.join(sorted(others)[:6])))
    # hook check: target name/alias text occurring in an earlier note (without its number) -> warning
    if src == 'SDN':
        for s_ in [recs[i]['name']] + [al for _, al in recs[i]['aliases']]:
            n_ = lib.norm(s_); core_ = ' '.join(t for t in n_.split() if t not in lib.LEGAL_STRICT)
            hit = [b_ for b_ in prior_blob if any(len(c_) >= 5 and (' ' + c_ + ' ') in b_ for c_ in (n_, core_))]
            if hit:
                warns.append('target %d %s: text %r appears in an earlier note: %s' % (i, recs[i]['name'], s_, hit[0].strip()[:110])); break
    ent_rows[(src, i)] += 1
    rows.append({'query': q, 'expected': exp, 'kind': kind, 'notes': '%s %s' % (note, tag)})

# words of org names for the word check
org_words = defaultdict(set)
for e, r in recs.items():
    if r['type'] == '':
        for s in [r['name']] + [a for _, a in r['aliases']]:
            for t in lib.tokens(s): org_words[t].add(r['name'])
for i, d in csl.items():
    for t in lib.tokens(d['name']): org_words[t].add(d['name'].strip())
ind_tokens = []
for e, r in recs.items():
    if r['type'] == 'individual':
        for s in [r['name']] + [a for _, a in r['aliases']]:
            ind_tokens.append((e, s, lib.tokens(s)))
for i, d in csl.items():
    for s in [d['name']] + d['alts']:
        ind_tokens.append(('CSL%d' % i, s, lib.tokens(s)))
prior_q_norm = [lib.norm(n) for n in p['notes']]

for q, kind, note in NEG:
    if q.lower() in seen_q: errors.append('duplicate query %r' % q)
    seen_q.add(q.lower())
    if q.strip().lower() in p['queries']: errors.append('negative used in earlier set: %r' % q)
    for f in lib.forms(q):
        if f in idx: errors.append('negative %r form %r equals listed %s' % (q, f, sorted(idx[f])[:3]))
    n = lib.norm(q)
    if len(n) > 3 and ("'" + q.lower() + "'") in remarks_all: errors.append('negative %r quoted in remarks' % q)
    # word check
    parts = []
    for t in content(q):
        hits = sorted(org_words.get(t, ()))
        if hits: parts.append("word '%s' occurs in %d listed org(s), e.g. %s" % (t, len(hits), '; '.join(hits[:2])))
    if parts:
        wc = '; '.join(parts)
    elif kind == 'shares_one_word':
        wc = 'the shared word sits inside a longer token here, so no listed organisation shares a whole word'
    else:
        wc = 'no listed organisation shares a distinctive word'
    # containment review: a whole listed org name inside the negative or the negative inside a listed org name
    for s2, i2, k2, name in lib.all_names(recs, csl):
        nn = lib.norm(name)
        if len(nn) >= 4 and ((' ' + nn + ' ') in (' ' + n + ' ') or (len(n) >= 4 and (' ' + n + ' ') in (' ' + nn + ' '))):
            review.append('NEG %r <-> %s %s %s %r' % (q, s2, i2, k2, name))
    if kind == 'person_as_company':
        qt = set(n.split()) - lib.LEGAL
        for e, s, tt in ind_tokens:
            tt = tt - lib.LEGAL
            if len(qt & tt) >= 2: errors.append('person %r shares 2+ tokens with %s %r' % (q, e, s))
    # earlier-set review on distinctive words
    for t in content(q):
        if len(t) >= 4:
            h = [x for x in prior_q_norm if (' ' + t + ' ') in (' ' + x + ' ')]
            if h: review.append('PRIOR %r word %r in earlier row: %s' % (q, t, h[0][:100]))
    rows.append({'query': q, 'expected': None, 'kind': kind,
                 'notes': '%s; %s; not a listed name or alias (checked against sdn.csv, alt.csv, csl.csv)' % (note, wc)})

with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('review.txt', 'w', encoding='utf-8') as f:
    f.write('\n'.join(review) + '\n')
kinds = Counter(r['kind'] for r in rows)
out = ['rows %d, positives %d, negatives %d' % (len(rows), len(POS), len(NEG)),
       'entities %d, with 2 rows: %s' % (len(ent_rows), [k for k, v in ent_rows.items() if v > 1])]
out += ['  %-22s %d' % kv for kv in sorted(kinds.items())]
out += ['ERROR ' + e for e in errors] + ['WARN ' + w for w in warns]
out.append('%d errors' % len(errors))
print('\n'.join(out))
with open('build_output.txt', 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
