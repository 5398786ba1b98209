import json
rows = [json.loads(l) for l in open('/work/blind/lookup-train15/train15.jsonl', encoding='utf-8')]
rows[0]['kind'] = 'bogus'                                   # bad kind (+ count errors)
rows[1]['query'] = rows[2]['query']                         # duplicate query
rows[3]['expected'] = rows[3]['expected'].lower()           # wrong expected
rows[4]['notes'] = rows[4]['notes'].rsplit('[', 1)[0] + '[SDN ent_num 99999999]'  # unknown ent
rows[5]['query'] = 'AGROPECUARIA BETANIA LTDA.'             # alias of another record (4267) for target 4581? (row 5 target differs)
rows[13]['notes'] = rows[13]['notes'].replace('entity never used before', 'x')  # harmless
rows[-1]['query'] = 'Valladares Ltd.'                       # negative equal to listed name modulo legal form
rows[-2]['query'] = 'Bank Melli Iran'                       # negative equal to listed name
open('/tmp/train15_broken.jsonl', 'w', encoding='utf-8').write('\n'.join(json.dumps(r, ensure_ascii=False) for r in rows) + '\n')
