import json,sys,re
from lib import ADDR
p=json.load(open('cand.json'))
pat=re.compile(sys.argv[1] if len(sys.argv)>1 else '.',re.I)
mx=int(sys.argv[2]) if len(sys.argv)>2 else 2
flag=sys.argv[3] if len(sys.argv)>3 else ''
for e,v in p.items():
    if v['uses']<=mx and pat.search(v['name']):
        s=f"{e}|{v['name']}|{v['prog']}|{v['uses']}"+('|F' if v['seenfold'] else '')
        if 'a' in flag: s+=' AKA:'+'; '.join(v['aliases'])
        if 'd' in flag: s+=' ADD:'+'; '.join(','.join(x) for x in ADDR[e])
        print(s)
