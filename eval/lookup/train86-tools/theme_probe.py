"""Prints, for each candidate word, how many distinct earlier full folds contain a token starting with it."""
import sys
from lib import Data, load_prior
d = Data()
keys, fulls, uses, n = load_prior(d)
toks = [f.split() for f in fulls]
print('earlier files %d, distinct full folds %d' % (n, len(fulls)))
out = []
for w in sys.argv[1:]:
    w = w.lower()
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    out.append('%s %d' % (w, c))
print(', '.join(out))
