"""Print add.csv addresses for the given ent_nums (branch/messy candidates)."""
import sys
import lib
data = lib.Data()
for e in map(int, sys.argv[1:]):
    print(e, data.sdn[e]['name'], '=>', ' || '.join(data.addr.get(e, [])))
