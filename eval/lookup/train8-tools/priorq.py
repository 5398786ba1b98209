"""priorq.py WORD...: earlier queries (train..train7) that contain each word (normalised, substring)."""
import sys, json, lib
rows = []
for fn in [f'{lib.LOOKUP}/train.jsonl'] + [f'{lib.LOOKUP}/train{i}.jsonl' for i in range(2, 8)]:
    for l in open(fn, encoding='utf-8'):
        if l.strip():
            d = json.loads(l); rows.append((fn.split('/')[-1], d['query'], d['kind'], (d.get('notes') or '')[:80]))
for w in sys.argv[1:]:
    n = lib.norm(w)
    hits = [r for r in rows if n in lib.norm(r[1]) or n in lib.norm(r[3])]
    print(f"== {w}: {len(hits)}")
    for h in hits[:6]:
        print('   ', h)
