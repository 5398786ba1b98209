"""priorq.py WORD: earlier (train..train8) queries/notes containing WORD (case-insensitive, normalised)."""
import sys, lib
p = lib.prior()
w = lib.norm(' '.join(sys.argv[1:]))
for n in p['notes']:
    if w in lib.norm(n):
        print(n[:200])
