"""Print, for each candidate theme word, how many earlier full folds contain a token starting with it. Counts only."""
import sys
from lib import Data, load_prior
words = sys.argv[1:]
d = Data()
keys, fulls, uses, n = load_prior(d)
print('earlier files read:', n)
for w in words:
    c = sum(1 for f in fulls if any(t.startswith(w) for t in f.split()))
    print(w, c)
