"""Prints only per-word counts of earlier full folds containing a token starting with each word."""
import sys
from lib import Data, load_prior
words = sys.argv[1:]
d = Data()
keys, fulls, uses, n = load_prior(d)
toks = [set(f.split()) for f in fulls]
for w in words:
    print(w, sum(1 for ts in toks if any(t.startswith(w) for t in ts)))
