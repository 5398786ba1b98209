"""For each candidate word: how many earlier full folds contain a token starting with it. Prints counts only."""
import sys
import lib

d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
toks = [f.split() for f in fulls]
words = sys.argv[1:]
print('earlier files: %d; earlier distinct full folds: %d' % (n, len(fulls)))
res = []
for w in words:
    w = lib.full(w).replace(' ', '')
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    res.append((c, w))
for c, w in sorted(res):
    print('%s %d' % (w, c))
