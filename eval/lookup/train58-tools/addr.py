import csv, sys, json
pool = json.load(open('cand.json'))
want = sys.argv[1:]
for r in csv.reader(open('/work/shared/data/ofac-sdn-2019/add.csv', encoding='utf-8', errors='replace')):
    if r and r[0] in want:
        print(r[0], pool.get(r[0], {}).get('name', '?')[:50], '|', ' / '.join(x.strip() for x in r[2:5] if x.strip() != '-0-'))
