"""theme probe: for each word, the number of distinct earlier full folds holding a token that starts with it, and
the number of listed org names/aliases holding it as a whole token. Prints only the word and two numbers."""
import sys, lib
d = lib.Data()
keys, folds, uses, n = lib.load_prior(d)
toks = [set(f.split()) for f in folds]
print('# %d earlier files, %d distinct full folds' % (n, len(folds)))
for w in sys.argv[1:]:
    w2 = lib.full(w).replace(' ', '')
    c = sum(1 for ts in toks if any(t.startswith(w2) for t in ts))
    print('%s %d tok %d' % (w, c, d.tok_count(w2)))
