"""Theme word probe: per word, the number of earlier distinct full folds with a token starting with the word,
and 'tok' = listed org names/aliases holding the word as a whole token. Prints only words and numbers."""
import sys
import lib
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
toks = {}
for f in fulls:
    for t in set(f.split()):
        toks.setdefault(t[:3], set()).add(t)
print('# earlier files %d, distinct full folds %d' % (n, len(fulls)))
for w in sys.argv[1:]:
    w = lib.full(w).replace(' ', '')
    cnt = sum(1 for f in fulls if any(t.startswith(w) for t in f.split()))
    print('%s %d tok %d' % (w, cnt, d.tok_count(w)))
