# writes broken_test.jsonl: a copy of the set with deliberate faults, to show check.py fails
import json, os
H = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(H, '..', 'train17.jsonl'), encoding='utf-8')]
rows[0]['kind'] = 'bogus'
rows[1]['query'] = rows[2]['query']
rows[3]['expected'] = 'NOT A REAL SDN NAME'
rows[4]['notes'] = 'x [SDN ent_num 99999999]'
neg = [i for i, r in enumerate(rows) if r['expected'] is None]
rows[neg[0]]['query'] = 'Banco Nacional de Cuba'
rows[neg[1]]['query'] = 'Socovalle Ltda.'
with open(os.path.join(H, 'broken_test.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
