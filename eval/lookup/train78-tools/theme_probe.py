"""Prints, per candidate word, how many earlier full folds contain a token starting with it. Nothing else."""
import sys
from lib import Data, load_prior
words = sys.argv[1:]
d = Data()
_, fulls, _, n = load_prior(d)
toks = [set(f.split()) for f in fulls]
print('earlier files:', n)
for w in words:
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print(w, c)
