import csv
from lib import ADD
E = [8394,8420,2831,589,540,10133,12552,16027,16136,16037,16018,15580,16811,22416,23722,24523,24666,24678,23259,19580,23705,25861,16031,10910,23333,25434,25965,25632,25465,24430,15912,12457,6969,6971,7015,7008,25919,25921,25886,25947,25881,12794,25892,25893]
with open(ADD, encoding='utf-8', errors='replace', newline='') as fh, open('addr_output.txt','w') as o:
    for r in csv.reader(fh):
        try: e=int(r[0])
        except: continue
        if e in E:
            print(e, ' | '.join(x.strip() for x in r[2:6]), file=o)
