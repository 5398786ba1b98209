"""show.py ENT...  -> sdn/alt/add data;  show.py --pool [PROGRAM_SUBSTR] [MAXLEVEL] -> pool names"""
import sys, json, os
import lib

def main():
    a = sys.argv[1:]
    if a and a[0] == '--pool':
        pool = json.load(open(os.path.join(lib.HERE, 'cand.json')))
        prog = a[1] if len(a) > 1 else ''
        mx = int(a[2]) if len(a) > 2 else 2
        for e, v in sorted(pool.items(), key=lambda x: (x[1]['program'], x[1]['name'])):
            if v['uses'] <= mx and prog in v['program']:
                print(e, v['uses'], v['program'], '|', v['name'])
        return
    W = lib.World()
    for e in map(int, a):
        r = W.by_ent[e]
        print(e, r['name'], '|', r['program'], '|', r['remarks'][:200])
        for t, n in W.alt.get(e, []):
            print('   alt', t, n)
        for ad in W.add.get(e, []):
            print('   add', ad)

if __name__ == '__main__':
    main()
