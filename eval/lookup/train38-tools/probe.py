"""stdin lines 'kind|ent|query' (positive) or 'neg|category|query'; prints flags for my own strings."""
import sys
from lib import *
ix = Index()
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip():
        continue
    a, b, q = line.split('|', 2)
    if a == 'neg':
        f = ix.check_neg(b, q)
        print('ok ' if not f else ' '.join(f), '|', q, '|', [(w, n) for w, n, _ in ix.shared_words(q)][:4])
    else:
        f = ix.check_pos(a, int(b), q)
        print('ok ' if not f else ' '.join(f), '|', a, b, q)
