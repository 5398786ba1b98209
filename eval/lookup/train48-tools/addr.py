"""Print add.csv addresses of the entities given (branch-row candidates)."""
import sys, json, lib
adds = lib.load_add()
pool = json.load(open(lib.HERE + '/cand.json'))
for e in sys.argv[1:]:
    v = pool.get(e)
    print(e, v['name'] if v else '?', v['program'] if v else '', '||', ' ;; '.join(', '.join(x for x in a if x) for a in adds.get(int(e), [])))
