"""Counts of earlier query keys containing each candidate theme word (as a token prefix). Prints counts only."""
import sys
from lib import Data, load_prior, fold_full
d = Data(); keys, ffs, uses, n = load_prior(d)
toks = [set(f.split()) for f in ffs]
for w in sys.argv[1:]:
    c = sum(1 for t in toks if any(x.startswith(w) for x in t))
    print(w, c)
