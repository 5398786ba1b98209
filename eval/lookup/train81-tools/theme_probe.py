"""For each candidate word: how many earlier full folds contain a token starting with it. Prints counts only."""
import sys
import lib

d = lib.Data()
pk, pf, uses, nf = lib.load_prior(d)
words = [lib.full(w).replace(' ', '') for w in sys.argv[1:]]
res = []
for w in words:
    n = sum(1 for f in pf if any(t.startswith(w) for t in f.split()))
    res.append((n, w))
print('run over %d earlier files:' % nf, ', '.join('%s %d' % (w, n) for n, w in sorted(res)))
