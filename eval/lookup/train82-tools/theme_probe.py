"""For each candidate word: how many earlier full folds contain a token starting with it. Prints counts only."""
import sys
import lib

d = lib.Data()
pk, pf, uses, n = lib.load_prior(d)
toks = [set(f.split()) for f in pf]
words = sys.argv[1:]
out = []
for w in words:
    w = w.lower()
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    out.append('%s %d' % (w, c))
print('files %d; ' % n + ', '.join(out))
