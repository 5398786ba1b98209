"""Per-word counts only: earlier full folds holding a token that starts with the word, and listed org
names/aliases holding the word as a whole token. Never prints an earlier row."""
import sys
import lib

d = lib.Data()
keys, fulls, uses, nf = lib.load_prior(d)
toks = [set(f.split()) for f in fulls]
print('earlier files %d, distinct full folds %d' % (nf, len(fulls)))
for w in sys.argv[1:]:
    w = w.lower()
    n = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print('%s %d tok %d' % (w, n, d.tok_count(w)))
