"""add.csv addresses of entities considered for parent_vs_subsidiary rows."""
from lib import load_add, load_sdn
ents, _ = load_sdn()
adds = load_add()
IDS = [16017, 13141, 17154, 15141, 11618, 13122, 17245, 6953, 21124, 17165, 10893, 10894, 12458, 18995, 16810,
       16812, 16829, 22505, 20568, 25685, 25639, 10843, 12963, 12394, 24706, 23245, 9603, 12453, 22464, 25069,
       21564, 19165, 12974, 11413, 11410, 16798, 19170, 25757, 13143, 25758, 1701, 8131, 8199, 8128, 3748, 17040]
for i in IDS:
    e = ents[i]
    print(i, e['program'], '::', e['name'], '=>', ' | '.join(', '.join(x for x in a if x) for a in adds.get(i, [])))
