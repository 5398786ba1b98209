import sys
from lib import load_prior
keys, fulls, uses, n = load_prior()
toks = [set(f.split()) for f in fulls]
for w in sys.argv[1:]:
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print(w, c)
