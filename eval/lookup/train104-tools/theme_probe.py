"""Theme probe: per word, the number of earlier distinct full folds with a token starting with it, and
the number of listed org names/aliases with it as a whole token. Prints only words and counts."""
import sys
import lib

d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
toks = [set(f.split()) for f in fulls]
print('# %d earlier files, %d distinct full folds' % (n, len(fulls)))
for w in sys.argv[1:]:
    w = lib.full(w).replace(' ', '')
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, c, d.tok_count(w)))
