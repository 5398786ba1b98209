import sys; from lib import *
d = Data(); keys, fulls, uses, n = load_prior(d)
toks = [set(f.split()) for f in fulls]
for w in sys.argv[1:]:
    print(w, sum(1 for ts in toks if any(t.startswith(w) for t in ts)))
