import json, os, re, html, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, '..')
CORPUS = os.path.join(ROOT, 'corpus')
errs = []
def norm(s): return re.sub(r'\s+', ' ', html.unescape(s)).lower()
files = sorted(os.listdir(CORPUS))
texts = {f: norm(open(os.path.join(CORPUS, f)).read()) for f in files}
exts = Counter(f.rsplit('.', 1)[1] for f in files)
if len(files) != 30 or exts != Counter(md=10, html=10, txt=10): errs.append(f"corpus shape {len(files)} {exts}")
for f in files:
    if not f.startswith('u-'): errs.append(f"prefix {f}")
    raw = open(os.path.join(CORPUS, f)).read()
    if f.endswith('.md') and not all(k in raw.split('---')[1] for k in ('title:', 'date:', 'url: https://example.org/', 'source:')): errs.append(f"md meta {f}")
    if f.endswith('.html') and not ('<title>' in raw and '<meta name="date"' in raw and '<time datetime' in raw): errs.append(f"html meta {f}")
    if f.endswith('.txt') and not re.search(r'(19|20)\d\d', raw.split('\n\n')[1]): errs.append(f"txt date {f}")
    body = re.sub(r'<[^>]+>', ' ', raw) if f.endswith('.html') else (raw.split('---', 2)[2] if f.endswith('.md') else raw)
    n = len(body.split())
    if n < 300 or (n > 450 and not f.endswith('.html')): errs.append(f"words {f} {n}")
rows = [json.loads(l) for l in open(os.path.join(ROOT, 'qa.jsonl'))]
ids = [r['id'] for r in rows]
if ids != [f"u-{i:03d}" for i in range(1, 201)]: errs.append("ids not u-001..u-200")
if len(set(r['question'] for r in rows)) != len(rows): errs.append("duplicate questions")
c = Counter(r['kind'] for r in rows)
if c != Counter(answerable=110, temporal=30, distractor=15, unanswerable=45): errs.append(f"counts {c}")
nalt = 0
for r in rows:
    if set(r) != {'id', 'question', 'kind', 'expected_sources', 'must_mention', 'notes'}: errs.append(f"fields {r['id']}")
    if r['kind'] == 'unanswerable':
        if r['expected_sources'] or r['must_mention']: errs.append(f"unans nonempty {r['id']}")
        continue
    if not r['expected_sources'] or not (1 <= len(r['must_mention']) <= 2): errs.append(f"shape {r['id']}")
    for s in r['expected_sources']:
        if s not in texts: errs.append(f"missing source {r['id']} {s}")
    for g in r['must_mention']:
        for alt in g:
            nalt += 1
            if not any(alt.lower() in texts.get(s, '') for s in r['expected_sources']):
                errs.append(f"snippet not found {r['id']}: {alt!r}")
print(f"rows={len(rows)} kinds={dict(c)} alternatives_checked={nalt} corpus={len(files)} {dict(exts)}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("PASS")
