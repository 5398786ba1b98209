"""For each word: earlier full folds with a token starting with it; listed org names/aliases with it as a token.
Prints only the word and two numbers."""
import sys, lib
d = lib.Data()
keys, fulls, uses, nf = lib.load_prior(d)
toks = [f.split() for f in fulls]
print('# %d earlier files, %d distinct full folds' % (nf, len(fulls)))
for w in sys.argv[1:]:
    w = w.lower()
    n = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, n, d.tok_count(w)))
