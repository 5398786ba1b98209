"""Write a damaged copy of train21.jsonl to the temp dir and run check.py on it (should print FAIL)."""
import json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, '..', 'train21.jsonl'), encoding='utf-8')]
pos = [r for r in rows if r['expected']]; neg = [r for r in rows if not r['expected']]
pos[0]['expected'] = pos[0]['expected'].lower()                 # not verbatim
pos[1]['notes'] = pos[1]['notes'].replace('[SDN ent_num', '[ent')  # bad note tail
pos[2]['expected'] = pos[3]['expected']; pos[2]['notes'] = pos[3]['notes']  # target twice
pos[4]['kind'] = 'spelling'                                      # unknown kind
neg[0]['query'] = 'NEYRIZ STEEL'                                 # negative equals a listed name
neg[1]['query'] = pos[5]['query'].upper()                        # duplicate query
neg[2]['expected'] = 'BANCO NACIONAL DE CUBA'                    # negative with expected
neg[3]['notes'] = 'fine'                                         # negative note format
rows = pos + neg[:-1]                                            # one row short
p = os.path.join(tempfile.gettempdir(), 'train21_broken.jsonl')
with open(p, 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, 'check.py'), '--file', p]))
