"""Theme probe: per candidate word, prints only `word earlier tok`:
earlier = distinct earlier full folds with a token starting with the word; tok = listed org names/aliases with the word as a whole token."""
import sys
import lib
d = lib.Data()
toks = [f.split() for f in d.prior_full]
print('# files', d.nfiles, 'folds', len(toks))
for w in sys.argv[1:]:
    w = lib.full(w).replace(' ', '')
    n = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print(w, n, d.tok_count(w))
