"""Prints only: word, number of earlier distinct full folds with a token starting with the word, listed-org token count."""
import sys, lib
d = lib.Data(); keys, fulls, uses, nf = lib.load_prior(d)
toks = [f.split() for f in fulls]
print('# earlier files %d, distinct full folds %d' % (nf, len(fulls)))
for w in sys.argv[1:]:
    w = lib.full(w).replace(' ', '')
    n = sum(1 for t in toks if any(x.startswith(w) for x in t))
    print('%s %d tok %d' % (w, n, d.tok_count(w)))
