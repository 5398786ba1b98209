"""Prints, per candidate word, how many earlier full folds contain a token starting with it. Counts only."""
import sys
from lib import Data, load_prior
d = Data(); keys, fulls, uses, n = load_prior(d)
toks = [set(f.split()) for f in fulls if ' ' in f or f]
for w in sys.argv[1:]:
    print(w, sum(1 for ts in toks if any(t.startswith(w) for t in ts)))
print('files', n)
