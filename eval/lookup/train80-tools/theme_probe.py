"""For each candidate word: how many earlier full folds contain a token starting with it. Prints counts only."""
import sys
import lib
d = lib.Data()
keys, fulls, uses, nf = lib.load_prior(d)
toks = [set(f.split()) for f in fulls]
out = []
for w in sys.argv[1:]:
    w = lib.full(w).replace(' ', '')
    n = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    out.append('%s %d' % (w, n))
print(', '.join(out))
