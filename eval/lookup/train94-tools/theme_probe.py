"""For each candidate word: number of distinct earlier full folds with a token starting with it, and the
number of listed org names/aliases with it as a whole token. Prints counts only, never an earlier row."""
import sys
import lib

d = lib.Data()
keys, fulls, uses, nfiles = lib.load_prior(d)
toks = [set(f.split()) for f in fulls]
print('# %d earlier files, %d distinct full folds' % (nfiles, len(fulls)))
for w in sys.argv[1:]:
    w = w.lower()
    n = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, n, d.tok_count(w)))
