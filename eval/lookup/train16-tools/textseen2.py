# verdict counts only: where do my targets' normalised names occur in earlier sets (no rows printed)
import json,re,glob
from collections import Counter
from lib import *
sdn=load_sdn()
R=[json.loads(l) for l in open('../train16.jsonl')]
E={int(re.search(r'ent_num (\d+)\]$',r['notes']).group(1)) for r in R if r['expected']}
buckets={'pos_query':[], 'neg_query':[], 'pos_notes':[], 'neg_notes':[]}
for p in sorted(glob.glob('/work/main/eval/lookup/train*.jsonl')):
    for l in open(p,encoding='utf-8'):
        if not l.strip(): continue
        r=json.loads(l); s='pos' if r.get('expected') else 'neg'
        buckets[s+'_query'].append(norm(r.get('query') or '')); buckets[s+'_notes'].append(norm(r.get('notes') or ''))
T={k:' | '.join(v) for k,v in buckets.items()}
c=Counter(); numref=0
allnotes=T['pos_notes']+' '+T['neg_notes']
for e in E:
    n=norm(sdn[e]['name'])
    for k in T:
        if n in T[k]: c[k]+=1
    if re.search(r'\b%d\b'%e, allnotes): numref+=1
print('targets',len(E),'name occurs in:',dict(c),'; ent_num appears as a bare number in earlier notes:',numref)
