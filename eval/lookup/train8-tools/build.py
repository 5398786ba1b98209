"""Build train8.jsonl from rows_pos.py / rows_neg.py, with checks. Writes review.txt.

Errors stop the build; warnings are printed for hand review.
"""
import json, sys, collections
import lib
from rows_pos import POS
from rows_neg import NEG

OUT = f'{lib.LOOKUP}/train8.jsonl'
sdn, alt, csl = lib.load_sdn(), lib.load_alt(), lib.load_csl()
cmt = lib.load_comments()
prior = lib.prior()
prior_txt = ' ' + lib.prior_notes_text() + ' '

# SDN name -> ent (for CSL twins)
sdn_by_name = collections.defaultdict(set)
for e, r in sdn.items():
    sdn_by_name[r['name']].add(e)


def key_csl(i):
    """CSL row key; an SDN-source CSL row with an SDN twin of the same name maps to the SDN key."""
    r = csl[i]
    if r['source'].startswith('Specially Designated Nationals') and r['name'] in sdn_by_name:
        return ('S', min(sdn_by_name[r['name']]))
    return ('C', i)


# form index over every name and alias (all types)
toks_of = collections.defaultdict(list)  # key -> list of (name, token set)
index = collections.defaultdict(set)
names_of = collections.defaultdict(list)   # key -> list of (label, name)
for e, r in sdn.items():
    k = ('S', e)
    for lab, n in [('name', r['name'])] + [(t or 'alt', a) for t, a in alt.get(e, [])]:
        names_of[k].append((lab, n))
        toks_of[k].append((n, set(lib.norm(n).split())))
        for f in lib.forms(n):
            index[f].add(k)
for i, r in csl.items():
    k = key_csl(i)
    for lab, n in [('csl', r['name'])] + [('csl_alt', a) for a in lib.csl_alts(r)]:
        names_of[k].append((lab, n))
        toks_of[k].append((n, set(lib.norm(n).split())))
        for f in lib.forms(n):
            index[f].add(k)

STOP = lib.LEGAL | {'al', 'el', 'la', 'los', 'las', 'del', 'for', 'in', 'on', 'da', 'do', 'di', 'du', 'le', 'van', 'von',
                    'group', 'international', 'trading', 'company', 'bank', 'holding', 'holdings'}


def org_keys_with_token(tok):
    out = []
    for k, lst in names_of.items():
        if k[0] == 'S' and sdn[k[1]]['type']:
            continue
        if k[0] == 'C' and csl[k[1]]['type'] == 'Individual':
            continue
        if any(tok in ts for _, ts in toks_of[k]):
            out.append(k)
    return out


def label(k):
    return sdn[k[1]]['name'] if k[0] == 'S' else csl[k[1]]['name']


errors, warns, rows, review = [], [], [], []
seen_q = set()


def check_query(q):
    ql = q.strip().lower()
    if ql in seen_q:
        errors.append(f'duplicate query: {q}')
    if ql in prior['queries']:
        errors.append(f'query used in an earlier set: {q}')
    seen_q.add(ql)


# ---------------- positives ----------------
for q, src, idn, kind, note in POS:
    check_query(q)
    if src == 'S':
        r = sdn.get(idn)
        if not r:
            errors.append(f'no SDN {idn}'); continue
        if r['type']:
            errors.append(f'SDN {idn} is {r["type"]}, not an organisation')
        expected = r['name']
        tgt = ('S', idn)
        tag = f'[SDN ent_num {idn}]'
        if idn in prior['ents'] or idn in prior['nums']:
            errors.append(f'SDN {idn} used or named in an earlier set ({q})')
    else:
        r = csl.get(idn)
        if not r:
            errors.append(f'no CSL row {idn}'); continue
        if r['type'] not in ('Entity', ''):
            errors.append(f'CSL row {idn} is {r["type"]}')
        expected = r['name']
        tgt = key_csl(idn)
        tag = f'[CSL row {idn}]'
        if idn in prior['rows']:
            errors.append(f'CSL row {idn} used in an earlier set')
        if tgt[0] == 'S' and (tgt[1] in prior['ents'] or tgt[1] in prior['nums']):
            errors.append(f'CSL row {idn} twin SDN {tgt[1]} used before')
    if expected in prior['expected']:
        errors.append(f'expected used before: {expected}')
    c = lib.core(expected)
    if c and len(c) > 3 and (' ' + c + ' ') in prior_txt:
        warns.append(f'target name appears in earlier notes/queries: {expected}')
    if q == expected:
        errors.append(f'query identical to expected: {q}')
    hits = set()
    for f in lib.forms(q):
        hits |= index.get(f, set())
    others = hits - {tgt}
    if others:
        errors.append(f'positive {q!r} collides with ' + '; '.join(f'{k} {label(k)}' for k in others))
    # token review: other orgs whose word set contains all content words of the query
    qt = [t for t in lib.norm(q).split() if t not in STOP and len(t) > 1]
    if qt:
        sup = []
        for k, lst in names_of.items():
            if k == tgt:
                continue
            if k[0] == 'S' and sdn[k[1]]['type'] not in ('',):
                pass
            for n, ts in toks_of[k]:
                if set(qt) <= ts:
                    sup.append(f'{k[0]}{k[1]} {label(k)} (via {n})')
                    break
        if sup:
            review.append(f'POS {kind:22s} {q!r} -> {expected}: other records containing all words: ' + ' | '.join(sup[:6]))
    rows.append(dict(query=q, expected=expected, kind=kind, notes=f'{note} {tag}'))

# ---------------- negatives ----------------
for q, kind, note in NEG:
    check_query(q)
    hits = set()
    for f in lib.forms(q):
        hits |= index.get(f, set())
    if hits:
        errors.append(f'negative {q!r} equals listed ' + '; '.join(f'{k} {label(k)}' for k in hits))
    # remarks a.k.a. names
    nq = lib.norm(q)
    for e, r in sdn.items():
        txt = r['remarks'] + ' ' + cmt.get(e, '')
        if nq and len(nq) > 3 and f"'{q.lower()}'" in txt.lower():
            errors.append(f'negative {q!r} appears as a.k.a. in remarks of {e}')
    toks = [t for t in nq.split() if t not in STOP and len(t) > 2 and not t.isdigit()]
    parts = []
    for t in dict.fromkeys(toks):
        ks = org_keys_with_token(t)
        if ks:
            parts.append(f"word '{t}' occurs in {len(ks)} listed org(s), e.g. {label(ks[0])}")
    auto = '; '.join(parts) if parts else 'no distinctive word occurs in a listed organisation name'
    # containment review
    qset = set(t for t in nq.split() if t not in lib.LEGAL)
    cont = []
    if qset:
        for k, lst in names_of.items():
            for n, ts in toks_of[k]:
                ns = ts - lib.LEGAL
                if ns and (ns <= qset or qset <= ns):
                    cont.append(f'{k[0]}{k[1]} {n}')
                    break
    if cont:
        review.append(f'NEG {kind:18s} {q!r}: containment with ' + ' | '.join(cont[:6]))
    # person check against individuals
    if kind == 'person_as_company':
        for e, r in sdn.items():
            if r['type'] != 'individual':
                continue
            for n in [r['name']] + [a for _, a in alt.get(e, [])]:
                if len(set(lib.norm(n).split()) & qset) >= 2:
                    errors.append(f'person {q!r} shares 2+ tokens with individual {e} {n}')
        for i, r in csl.items():
            for n in [r['name']] + lib.csl_alts(r):
                if len(set(lib.norm(n).split()) & qset) >= 2:
                    errors.append(f'person {q!r} shares 2+ tokens with CSL row {i} {n}')
    rows.append(dict(query=q, expected=None, kind=kind, notes=f'{note}; {auto}'))

cnt = collections.Counter(r['kind'] for r in rows)
print('rows', len(rows), 'positives', sum(1 for r in rows if r['expected']), 'negatives',
      sum(1 for r in rows if not r['expected']))
for k, v in sorted(cnt.items(), key=lambda x: -x[1]):
    print(f'  {k:22s} {v}')
for w in warns:
    print('WARN', w)
for e in errors:
    print('ERROR', e)
open('review.txt', 'w').write('\n'.join(review) + '\n')
print(f'{len(review)} review lines in review.txt')
if errors:
    print(f'{len(errors)} errors; not written')
    sys.exit(1)
with open(OUT, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('wrote', OUT)
