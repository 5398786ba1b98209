"""Per candidate word: earlier distinct full folds with a token starting with it, and listed org names/aliases
with it as a whole token. Prints only the word and the two numbers."""
import sys, lib
keys, folds, uses, n = lib.load_prior()
D = lib.data()
toks = [f.split() for f in folds]
print('# %d earlier files, %d distinct full folds' % (n, len(folds)))
for w in sys.argv[1:]:
    w = w.lower()
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, c, D.tok_count(w)))
