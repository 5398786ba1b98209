import sys, lib
d = lib.Data(); keys, fulls, uses, n = lib.load_prior(d)
toks = set(w for f in fulls for w in f.split())
print('files', n, 'distinct folds', len(fulls))
for w in sys.argv[1:]:
    w = w.lower()
    print(w, sum(1 for f in fulls if any(t.startswith(w) for t in f.split())), 'tok', d.tok_count(w))
