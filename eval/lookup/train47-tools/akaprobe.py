import json
from lib import *
qk,fk,uses,_,_=load_prior()
p=json.load(open('cand.json'))
for e,v in p.items():
    if v['uses']>2: continue
    for a in v['aliases']:
        if qkey(a) in qk or full(a) in fk or full(a)==full(v['name']): continue
        print(f"{e}|{v['prog']}|{v['name']} => {a}")
