"""Print add.csv addresses of the branch-row candidate entities (ids on the command line or the default list)."""
import sys
from lib import read_add, read_sdn
ids = sys.argv[1:] or '12866 12867 8352 16017 13135 13137 13141 17158 12028 25679 25757 22261 26175 23329 23333 17510 18992 19186 19193 19190 19200 8354 15121 25442 25483 11631 17157 11645 16015 15695 15694 9619 24393 23667 23670 17768 12455 10894 10893 11419 10232 6356'.split()
add = read_add(); sdn = {r['ent']: r for r in read_sdn()}
for e in ids:
    print(e, sdn[e]['name'], '||', ' ## '.join(add.get(e, [])))
