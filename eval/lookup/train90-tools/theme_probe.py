"""Per candidate word: number of distinct earlier full folds with a token starting with it, and the number of
listed org names/aliases with the word as a whole token. Prints only counts."""
import sys
import lib
d = lib.Data()
keys, fulls, uses, nf = lib.load_prior(d)
toks = {}
for f in fulls:
    for t in set(f.split()):
        toks.setdefault(t, 0)
        toks[t] += 1
words = sys.argv[1:]
print('earlier files %d, distinct full folds %d' % (nf, len(fulls)))
for w in words:
    w = w.lower()
    n = sum(1 for f in fulls if any(t.startswith(w) for t in f.split()))
    print('%s %d tok %d' % (w, n, d.tok_count(w)))
