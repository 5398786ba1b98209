"""Print add.csv addresses for the given ent_nums (branch / messy candidates)."""
import sys
from lib import Data
d = Data()
for a in sys.argv[1:]:
    e = int(a)
    print(e, d.sdn[e]['name'], '::', ' || '.join(d.addr.get(e, [])))
