"""prints, per candidate word, only how many earlier full folds contain a token starting with it"""
import sys
import lib

data = lib.Data()
keys, fulls, uses, n = lib.load_prior(data)
words = sys.argv[1:]
toks = [set(f.split()) for f in fulls]
print('earlier files:', n)
res = []
for w in words:
    w = lib.full(w).replace(' ', '')
    c = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    res.append((c, w))
print(' '.join('%s %d' % (w, c) for c, w in sorted(res)))
