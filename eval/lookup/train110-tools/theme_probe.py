"""Print, per candidate word: distinct earlier full folds with a token starting with it, and listed-org token count.
Only the word and two numbers are printed. Usage: python3 theme_probe.py word ..."""
import sys
import lib
d = lib.Data()
keys, folds, uses, n = lib.load_prior(d)
toks = [set(f.split()) for f in folds]
print('# %d earlier files, %d distinct full folds' % (n, len(folds)))
for w in sys.argv[1:]:
    w2 = lib.full(w).replace(' ', '')
    c = sum(1 for ts in toks if any(t.startswith(w2) for t in ts))
    print('%s %d tok %d' % (w, c, d.tok_count(w2)))
