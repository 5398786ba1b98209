"""add.csv addresses of branch/messy candidates -> addr_output.txt"""
import sys
from lib import rd, D, Data
ents = [int(x) for x in sys.argv[1:]]
d = Data()
for r in rd(f'{D}/ofac-sdn-2019/add.csv'):
    if len(r) > 4 and int(r[0]) in ents:
        print(r[0], d.sdn[int(r[0])][0], '|', ' / '.join(x for x in r[2:5] if x != '-0-'))
