"""Print, for each candidate theme word, how many earlier full folds contain a token starting with it.
Prints counts only, never an earlier row."""
import sys
import lib

WORDS = sys.argv[1:]
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
toks = [set(f.split()) for f in fulls]
res = []
for w in WORDS:
    w = lib.full(w).replace(' ', '')
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    res.append('%s %d' % (w, c))
print('files %d; ' % n + ', '.join(res))
