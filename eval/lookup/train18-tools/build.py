# builds ../train18.jsonl from rows_pos.py / rows_neg.py. Prints only my own rows and verdicts about earlier sets.
import json, sys
from lib import *
from rows_pos import POS
from rows_neg import NEG, NEED
EXCLUDE = set(sys.argv[1:]) if False else set()
try:
    from exclude import EXCLUDE
except ImportError:
    pass
sdn = load_sdn(); alt = load_alt(); idx = all_list_names(); P = prior_sets()
FILL = set('is sanctioned pls screen invoice from ok to pay can we onboard booking via any hits new supplier payment check before charter on ofac wire please confirm kyc news mentions it the list'.split())
# token sets of every SDN record name/alias
tok = []
for e, d in sdn.items():
    for n in [d['name']] + alt.get(e, []):
        tok.append((e, set(norm(n).split()) - LEGAL, n))
def core(q, filler=False):
    t = set(norm(q).split()) - LEGAL
    if filler: t -= FILL
    return t
STOP = set('and the for del las los con por une des of'.split())
out = []; log = []
seen_q = set()
used_ents = {}
for kind, rows in POS.items():
    kept = 0
    for q, e, note in rows:
        if kept == 12: break
        d = sdn.get(e)
        why = []
        if not d or d['type'] != '': why.append('not an org')
        if norm(q) in P['queries'] or q in P['exact']: why.append('earlier query')
        if norm(q) in seen_q: why.append('dup')
        if e in P['ents'] or (d and d['name'] in P['names']): why.append('earlier target')
        hits = set()
        for f in forms(q):
            for src, x in idx.get(f, ()):
                if src == 'csl' or x != e: hits.add((src, x))
        if hits: why.append('equals other list name %s' % sorted(hits)[:3])
        ct = core(q, kind == 'messy')
        others = sorted(set(x for x, t, n in tok if x != e and ct and ct <= t))
        if why:
            log.append('DROP %s %r: %s' % (kind, q, '; '.join(why))); continue
        if others and kind not in ('script',):
            log.append('FLAG %s %r: core words all in other records %s' % (kind, q, others[:6]))
        kept += 1; seen_q.add(norm(q)); used_ents.setdefault(e, []).append(kind)
        out.append({'query': q, 'expected': d['name'], 'kind': kind,
                    'notes': '%s; program %s [SDN ent_num %d]' % (note, d['prog'], e)})
    log.append('kind %s kept %d' % (kind, kept))
for kind, rows in NEG.items():
    kept = 0
    for q in rows:
        if kept == NEED[kind]: break
        why = []
        if norm(q) in P['queries'] or q in P['exact']: why.append('earlier query')
        if norm(q) in seen_q: why.append('dup')
        if q in EXCLUDE: why.append('excluded by hand')
        hits = set()
        for f in forms(q):
            hits |= set(idx.get(f, ()))
        if hits: why.append('equals list name %s' % sorted(hits, key=str)[:3])
        if why:
            log.append('DROP %s %r: %s' % (kind, q, '; '.join(why))); continue
        ct = core(q)
        inside = sorted(set(x for x, t, n in tok if ct and ct <= t))
        contains = sorted(set(x for x, t, n in tok if t and len(t) >= 1 and t <= ct and sdn[x]['type'] == ''))
        if inside: log.append('FLAG %s %r: all core words inside records %s' % (kind, q, inside[:6]))
        if contains: log.append('FLAG %s %r: contains listed org core %s' % (kind, q, [(x, sdn[x]['name']) for x in contains[:3]]))
        share = []
        for e2, d2 in sdn.items():
            if d2['type'] == '' and {w for w in ct & (set(norm(d2['name']).split()) - LEGAL) if len(w) > 2 and w not in STOP}:
                share.append(d2['name'])
        note = ('shares a word with listed orgs: ' + '; '.join(share[:3])) if share else 'shares no word with a listed org'
        kept += 1; seen_q.add(norm(q))
        out.append({'query': q, 'expected': None, 'kind': kind, 'notes': note})
    log.append('kind %s kept %d / need %d' % (kind, kept, NEED[kind]))
with open(os.path.join(HERE, '..', 'train18.jsonl'), 'w', encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
multi = {e: k for e, k in used_ents.items() if len(k) > 1}
log.append('rows %d positives %d distinct targets %d multi %s' % (len(out), sum(1 for r in out if r['expected']), len(used_ents), multi))
print('\n'.join(log))
