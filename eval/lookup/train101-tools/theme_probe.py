"""Probe candidate theme words: for each word, the number of distinct earlier full folds with a token
starting with it, and tok = listed org names/aliases with the word as a whole token. Prints counts only."""
import sys
import lib

d = lib.Data()
keys, folds, uses, n = lib.load_prior(d)
toks = [f.split() for f in folds]
print('# earlier files %d, distinct full folds %d' % (n, len(folds)))
for w in sys.argv[1:]:
    w = lib.full(w).replace(' ', '')
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, c, d.tok_count(w)))
