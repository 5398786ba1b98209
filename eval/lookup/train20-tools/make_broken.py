"""Write a damaged copy of train20.jsonl to /tmp-like temp dir and run check.py on it (should print FAIL)."""
import json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(HERE, '..', 'train20.jsonl')
rows = [json.loads(l) for l in open(src, encoding='utf-8') if l.strip()]
rows[0]['expected'] = rows[0]['expected'].lower()                      # not verbatim
rows[1]['notes'] = rows[1]['notes'].replace('[SDN ent_num', '[ent')     # bad note tail
rows[2]['query'] = rows[3]['query']                                     # duplicate query
neg = next(i for i, o in enumerate(rows) if o['expected'] is None)
rows[neg]['query'] = 'BANCO NACIONAL DE CUBA'                            # listed name as negative
rows[neg + 1]['kind'] = 'mystery'                                        # unknown kind
rows.pop()                                                               # count off
out = os.path.join(tempfile.gettempdir(), 'train20_broken.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for o in rows: f.write(json.dumps(o, ensure_ascii=False) + '\n')
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, 'check.py'), '--file', out]))
