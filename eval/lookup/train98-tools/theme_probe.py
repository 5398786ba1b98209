"""For each candidate word: number of distinct earlier full folds with a token starting with it, and
the number of listed org names/aliases with it as a whole token. Prints only the word and two numbers."""
import sys
import lib
d = lib.data()
keys, fulls, uses, n = lib.prior()
toks = {}
for f in fulls:
    for t in set(f.split()):
        toks.setdefault(t[:3], []).append(t)
def cnt(w):
    w = lib.full(w).replace(' ', '')
    return sum(1 for f in fulls if any(t.startswith(w) for t in f.split()))
print('# files %d, distinct full folds %d' % (n, len(fulls)))
for w in sys.argv[1:]:
    print('%s %d tok %d' % (w, cnt(w), d.tok_count(lib.full(w))))
