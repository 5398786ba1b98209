"""For each candidate theme word, count earlier full folds containing a token starting with it. Counts only."""
import sys
from lib import Data, load_prior
d = Data(); keys, ff, uses, n = load_prior(d)
toks = [set(f.split()) for f in ff]
for w in sys.argv[1:]:
    print(w, sum(1 for t in toks if any(x.startswith(w) for x in t)))
