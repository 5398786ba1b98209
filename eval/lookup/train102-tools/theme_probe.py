"""Print, per candidate word: earlier distinct full folds with a token starting with it, and listed org tok count. Counts only."""
import sys
import lib
d = lib.Data()
keys, folds, uses, nf = lib.load_prior(d)
toks = [set(f.split()) for f in folds]
print('# files', nf, 'folds', len(folds))
for w in sys.argv[1:]:
    w = lib.full(w).replace(' ', '')
    n = sum(1 for ts in toks if any(t.startswith(w) for t in ts))
    print(w, n, 'tok', d.tok_count(w))
