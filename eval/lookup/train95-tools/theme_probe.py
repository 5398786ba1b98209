"""python3 theme_probe.py word ... : per word, earlier full folds with a token starting with it, and tok count (listed org names/aliases with it as a whole token). Prints only numbers."""
import sys
import lib
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
toks = [set(f.split()) for f in fulls]
print('# %d earlier files, %d distinct full folds' % (n, len(fulls)))
for w in sys.argv[1:]:
    w = w.lower()
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, c, d.tok_count(w)))
