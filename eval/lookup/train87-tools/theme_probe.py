"""Per candidate word: how many distinct earlier full folds contain a token starting with it. Prints counts only."""
import sys, lib
d = lib.Data()
keys, fulls, uses, nf = lib.load_prior(d)
print('earlier files %d, distinct full folds %d' % (nf, len(fulls)))
toks = [set(f.split()) for f in fulls]
for w in sys.argv[1:]:
    w = w.lower()
    n = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d' % (w, n))
