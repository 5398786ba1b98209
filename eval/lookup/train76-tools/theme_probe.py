"""Prints, per candidate word, how many earlier full folds contain a token starting with it."""
import sys
from lib import Data, load_prior
words = sys.argv[1:]
keys, fulls, uses, n = load_prior(Data())
toks = [set(f.split()) for f in fulls]
print('files', n, '; ' + ', '.join('%s %d' % (w, sum(1 for t in toks if any(x.startswith(w) for x in t))) for w in words))
