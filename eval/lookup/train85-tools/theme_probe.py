"""For each candidate word: how many earlier full folds contain a token starting with it. Prints counts only."""
import sys
import lib

d = lib.Data()
keys, fulls, uses, nf = lib.load_prior(d)
toks = [set(f.split()) for f in fulls]
words = sys.argv[1:]
print('earlier files: %d, distinct full folds: %d' % (nf, len(fulls)))
res = []
for w in words:
    w = w.lower()
    n = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    res.append((n, w))
print('count 0:', ', '.join(w for n, w in res if n == 0))
print('count >0:', ', '.join('%s %d' % (w, n) for n, w in sorted(res) if n > 0))
