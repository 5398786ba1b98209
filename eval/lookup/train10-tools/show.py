import sys, lib
S=lib.load_sdn(); A=lib.load_alt(); AD=lib.load_add(); C=lib.load_comments()
for w in sys.argv[1:]:
    for e,r in S.items():
        names=[r['name']]+[a for t,a in A.get(e,[])]
        if (w.isdigit() and int(w)==e) or (not w.isdigit() and any(w.lower() in n.lower() for n in names)):
            print(e,r['name'],'|',r['type'] or 'org','|',r['prog'],'|',A.get(e,[]),'|',AD.get(e,[])[:3],'|',(r['remarks']+C.get(e,''))[:300])
