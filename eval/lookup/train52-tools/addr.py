"""Print name, program, aliases and add.csv addresses for given ent_nums."""
import sys
from lib import Data
d = Data()
for ent in sys.argv[1:]:
    e = d.sdn[ent]
    print(ent, e['program'], e['name'], '| aka:', ' ; '.join(d.alts[ent])[:150])
    for a in d.addrs[ent]:
        print('    @', a)
