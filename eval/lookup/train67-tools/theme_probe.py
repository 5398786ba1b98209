"""Prints only, per candidate theme word of mine, how many earlier full folds contain a token starting with it."""
import sys
from lib import Data, load_prior
WORDS = sys.argv[1:]
d = Data(); keys, fulls, uses, n = load_prior(d)
print('earlier files:', n, 'full folds:', len(fulls))
for w in WORDS:
    c = sum(1 for f in fulls if any(t.startswith(w) for t in f.split()))
    print(w, c)
