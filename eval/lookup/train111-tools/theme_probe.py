"""theme_probe.py WORD... - per word: earlier distinct full folds with a token starting with it, and tok count."""
import sys
import lib
d = lib.Data()
keys, folds, uses, nf = lib.load_prior(d)
toks = [f.split() for f in folds]
print('# %d earlier files, %d distinct full folds' % (nf, len(folds)))
for w in sys.argv[1:]:
    w = lib.full(w).replace(' ', '')
    n = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, n, d.tok_count(w)))
