"""For each candidate word: number of distinct earlier full folds with a token starting with it, and tok count
(listed org names/aliases with the word as a whole token). Prints only those two numbers per word."""
import sys
from lib import Data, load_prior, full
d = Data(); keys, fulls, uses, nf = load_prior(d)
toks = [f.split() for f in fulls]
print('# %d earlier files, %d distinct full folds' % (nf, len(fulls)))
for w in sys.argv[1:]:
    w = full(w)
    n = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, n, d.tok_count(w)))
