# makes a deliberately broken copy to show check.py fails on bad rows
import json
R=[json.loads(l) for l in open('/work/blind/lookup-train16/train16.jsonl',encoding='utf-8')]
R[0]['kind']='bogus'                                   # bad kind
R[1]['query']=R[2]['query']                            # duplicate query
R[3]['expected']='NOT A REAL NAME S.A.'                # expected not in sdn.csv
R[4]['notes']=R[4]['notes'].rsplit('[',1)[0]+'[SDN ent_num 99999999]'  # unknown ent_num
R[5]['query']='Agropecuaria Betania'                   # equals alias of another record
R[-1]['query']='Banco Nacional de Cuba'                # negative equal to a listed name
R[-2]['query']='Valladares Ltd.'                       # listed name with a different legal form
R[-3]['query']='Hezbollah'                             # listed alias (likely an earlier query too)
with open('broken.jsonl','w',encoding='utf-8') as f:
    for r in R: f.write(json.dumps(r,ensure_ascii=False)+'\n')
