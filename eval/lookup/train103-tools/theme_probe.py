"""Theme probe: for each candidate word, the number of distinct earlier full folds with a token starting with
the word, and the number of listed org names/aliases with the word as a whole token. Prints only counts."""
import sys
import lib
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
toks = [f.split() for f in fulls]
print('# %d earlier files, %d distinct full folds' % (n, len(fulls)))
for w in sys.argv[1:]:
    w = lib.full(w).replace(' ', '')
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, c, d.tok_count(w)))
