"""Validates ../qa.jsonl against ../corpus; prints PASS or FAIL."""
import json, os, re, html, sys
from collections import Counter
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
CORP = os.path.join(ROOT, 'corpus')
KINDS = {'answerable', 'temporal', 'distractor', 'unanswerable'}
FIELDS = {'id', 'question', 'kind', 'expected_sources', 'must_mention', 'notes'}

def text(fn):
    s = open(os.path.join(CORP, fn), encoding='utf-8').read()
    if fn.endswith('.html'):
        s = re.sub(r'<[^>]+>', ' ', s)
        s = html.unescape(s)
    return s.lower()

errs, warns = [], []
files = sorted(os.listdir(CORP))
texts = {f: text(f) for f in files}
ext = Counter(f.rsplit('.', 1)[1] for f in files)
if not all(f.startswith('o-') for f in files): errs.append('file without o- prefix')
if len(files) != 30 or ext != Counter(md=10, html=10, txt=10): errs.append(f'corpus shape {ext}')
rows = []
for n, line in enumerate(open(os.path.join(ROOT, 'qa.jsonl'), encoding='utf-8'), 1):
    try: r = json.loads(line)
    except Exception as e: errs.append(f'line {n}: bad json {e}'); continue
    rows.append(r)
    if set(r) != FIELDS: errs.append(f"{r.get('id')}: fields {sorted(r)}")
    if r.get('kind') not in KINDS: errs.append(f"{r['id']}: kind {r.get('kind')}")
    if not isinstance(r['question'], str) or not r['question'].strip(): errs.append(f"{r['id']}: empty question")
    if r['kind'] == 'unanswerable':
        if r['expected_sources'] or r['must_mention']: errs.append(f"{r['id']}: unanswerable with sources/mentions")
        continue
    if not r['expected_sources']: errs.append(f"{r['id']}: no sources")
    for s in r['expected_sources']:
        if s not in texts: errs.append(f"{r['id']}: missing source {s}")
    if not r['must_mention']: errs.append(f"{r['id']}: no must_mention")
    for g in r['must_mention']:
        if not isinstance(g, list) or not g: errs.append(f"{r['id']}: bad group {g}"); continue
        found = [alt for alt in g if any(alt.lower() in texts.get(s, '') for s in r['expected_sources'])]
        if not found: errs.append(f"{r['id']}: no alternative of {g} verbatim in expected sources")
        for alt in g:
            if alt not in found: warns.append(f"{r['id']}: alternative '{alt}' not verbatim in any expected source")
ids = [r['id'] for r in rows]
if len(ids) != len(set(ids)): errs.append('duplicate ids')
if ids != [f'o-{i:03d}' for i in range(1, len(ids) + 1)]: errs.append('ids not o-001..o-NNN in order')
c = Counter(r['kind'] for r in rows)
if len(rows) != 200: errs.append(f'{len(rows)} questions')
if not (c['unanswerable'] >= 40 and c['temporal'] >= 30 and c['distractor'] >= 15 and c['answerable'] >= 100):
    errs.append(f'kind counts {dict(c)}')
for w in warns: print('warn:', w)
print(f"questions: {len(rows)}  " + '  '.join(f'{k}={c[k]}' for k in sorted(c)) + f"  unanswerable share={c['unanswerable']/max(len(rows),1):.1%}")
print(f'corpus: {len(files)} files {dict(ext)}')
for e in errs: print('ERROR:', e)
print('PASS' if not errs else 'FAIL')
sys.exit(1 if errs else 0)
