"""Theme probe: for each candidate word print only the word, the number of distinct earlier full folds with a
token starting with it, and the number of listed org names/aliases with it as a whole token. Never prints a row."""
import sys
import lib
d = lib.Data()
keys, fulls, uses, n = lib.load_prior(d)
toks = {}
for f in fulls:
    for t in set(f.split()):
        toks.setdefault(t, set()).add(f)
words = [w.lower() for w in sys.argv[1:]]
print('# %d earlier files, %d distinct full folds' % (n, len(fulls)))
for w in words:
    hit = set()
    for t, fs in toks.items():
        if t.startswith(w):
            hit |= fs
    print('%s %d tok %d' % (w, len(hit), d.tok_count(w)))
