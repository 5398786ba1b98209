"""Write a damaged copy of train19.jsonl to /tmp/train19-broken.jsonl; check.py --file on it must print FAIL."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, '..', 'train19.jsonl'), encoding='utf-8') if l.strip()]
rows[0]['kind'] = 'bogus'
rows[1]['query'] = rows[2]['query']
rows[3]['expected'] = 'NO SUCH COMPANY LTD'
rows[4]['notes'] = rows[4]['notes'].rsplit('[', 1)[0] + '[SDN ent_num 999999]'
negs = [i for i, r in enumerate(rows) if r['expected'] is None]
rows[negs[0]]['query'] = 'Banco Nacional de Cuba'
rows[negs[1]]['query'] = 'universal shipping & trans'
with open('/tmp/train19-broken.jsonl', 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
