"""negcheck.py: read candidate negatives (one per line) from stdin; show earlier-set rows containing each distinctive word, and listed-name form hits."""
import sys, lib
p = lib.prior(); recs = lib.load_sdn(); csl = lib.load_csl(); idx = lib.form_index(recs, csl)
blob = [lib.norm(n) for n in p['notes']]
for line in sys.stdin:
    q = line.strip()
    if not q: continue
    toks = [t for t in lib.norm(q).split() if t not in lib.LEGAL and len(t) > 2]
    used = [t for t in toks if any((' ' + t + ' ') in (' ' + b + ' ') for b in blob)]
    listed = [f for f in lib.forms(q) if f in idx]
    exact = q.lower() in p['queries']
    print(('EXACT ' if exact else '') + ('LISTED ' if listed else '') + q, '| prior words:', used)
