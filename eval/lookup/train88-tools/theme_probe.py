"""Prints, per candidate word, how many distinct earlier full folds contain a token starting with it,
and how many listed org names/aliases contain it as a whole token. Never prints an earlier row."""
import sys, lib
d = lib.Data()
pk, pf, uses, n = lib.load_prior(d)
toks = [set(f.split()) for f in pf]
print('earlier files %d, distinct full folds %d' % (n, len(pf)))
for w in sys.argv[1:]:
    w = w.lower()
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d (listed org tok %d)' % (w, c, d.tok_count(w)))
