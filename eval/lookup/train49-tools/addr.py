"""Print add.csv addresses of entities considered for branch rows."""
import sys, lib
ix = lib.Index()
for e in map(int, sys.argv[1:]):
    print(e, ix.by_ent[e]['name'], '||', ' ## '.join(ix.add.get(e, [])))
