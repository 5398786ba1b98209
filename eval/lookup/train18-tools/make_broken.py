# writes broken.jsonl (a damaged copy) to show check.py fails
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, '..', 'train18.jsonl'), encoding='utf-8')]
rows[0]['kind'] = 'bogus'
rows[1]['query'] = rows[2]['query']
rows[3]['expected'] = 'NOT A REAL NAME'
rows[4]['notes'] = rows[4]['notes'].rsplit('[', 1)[0] + '[SDN ent_num 99999999]'
neg = [r for r in rows if r['expected'] is None]
neg[0]['query'] = 'Banco Nacional de Cuba'
neg[1]['query'] = 'galax inc'
with open(os.path.join(HERE, 'broken.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
