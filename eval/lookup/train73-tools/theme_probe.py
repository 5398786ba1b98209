"""Prints per-word counts of earlier full folds having a token starting with the word. Never prints rows."""
import sys, lib
d = lib.Data(); keys, fulls, uses, n = lib.load_prior(d)
toks = [set(f.split()) for f in fulls]
for w in sys.argv[1:]:
    print(w, sum(1 for ts in toks if any(t.startswith(w) for t in ts)))
