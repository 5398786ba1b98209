"""probe.py: read my own candidate strings (one per line on stdin) and print SEEN/ok plus which records they fold to."""
import sys, lib
ix = lib.Index(); qk, uses, _, _ = lib.load_prior()
for line in sys.stdin:
    q = line.rstrip('\n')
    if not q.strip():
        continue
    h = ix.hits(q)
    names = [(ix.by_ent[e]['name'] if e != 'CSL' else 'CSL') for e in h]
    print(('SEEN' if lib.seen(q, qk) else 'ok  '), q, '->', '; '.join(f"{e}:{n}" for e, n in zip(h, names))[:200] if h else '')
