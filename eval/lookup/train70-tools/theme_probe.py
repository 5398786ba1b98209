import sys; from lib import *
d = Data(); keys, fulls, uses, n = load_prior(d)
toks_all = [set(f.split()) for f in fulls]
words = sys.argv[1:]
print('files', n)
print(', '.join('%s %d' % (w, sum(1 for ts in toks_all if any(t.startswith(w) for t in ts))) for w in words))
