"""Print, per candidate word, two numbers only: earlier full folds with a token starting with the word,
and listed org names/aliases holding the word as a whole token. Never prints an earlier row."""
import sys
import lib
d = lib.Data()
keys, fulls, uses, nfiles = lib.load_prior(d)
toks = [f.split() for f in fulls]
print('earlier files %d, distinct full folds %d' % (nfiles, len(fulls)))
for w in sys.argv[1:]:
    w = lib.full(w)
    n = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, n, d.tok_count(w)))
