"""Prints, per candidate word: earlier distinct full folds with a token starting with the word, and tok count. Counts only."""
import sys
import lib
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
toks = [set(f.split()) for f in fulls]
print('# earlier files %d, distinct full folds %d' % (n, len(fulls)))
for w in sys.argv[1:]:
    w = lib.full(w).replace(' ', '')
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, c, d.tok_count(w)))
