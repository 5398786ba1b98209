"""for each candidate word: earlier distinct full folds with a token starting with it, and listed org names/aliases with it as a whole token. Prints only word and two numbers."""
import sys
import lib
d = lib.Data(); keys, folds, uses, n = lib.load_prior(d)
toks = [f.split() for f in folds]
print('# earlier files %d, distinct full folds %d' % (n, len(folds)))
for w in sys.argv[1:]:
    w = w.lower()
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, c, d.tok_count(w)))
