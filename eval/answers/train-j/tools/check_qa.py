#!/usr/bin/env python3
"""Validate answers-j: qa.jsonl against docs/eval-format.md and the corpus. Prints PASS or the errors."""
import html, json, os, re, sys, datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, 'corpus')
sys.path.insert(0, HERE)
import build_corpus as bc

errors = []
def err(msg):
    errors.append(msg)

files = sorted(os.listdir(CORPUS))
texts = {f: html.unescape(open(os.path.join(CORPUS, f), encoding='utf-8').read()).lower() for f in files}

# ---- corpus checks
exts = Counter(f.rsplit('.', 1)[1] for f in files)
if len(files) != 30 or exts != Counter({'md': 10, 'html': 10, 'txt': 10}):
    err(f'corpus counts wrong: {len(files)} {dict(exts)}')
for f in files:
    if not f.startswith('j-'):
        err(f'bad name {f}')
    raw = open(os.path.join(CORPUS, f), encoding='utf-8').read()
    if f.endswith('.md'):
        m = re.match(r'---\ntitle: .+\ndate: (\d{4}-\d{2}-\d{2})\nurl: https://example\.org/\S+\nsource: .+\n---\n', raw)
        if not m:
            err(f'{f}: bad front matter')
    elif f.endswith('.html'):
        for pat in [r'<title>.+</title>', r'<meta name="date" content="\d{4}-\d{2}-\d{2}">', r'<time datetime="\d{4}-\d{2}-\d{2}">',
                    r'cookie-banner', r'share-bar', r'Related posts', r'Trending', r'site-footer', r'<nav']:
            if not re.search(pat, raw):
                err(f'{f}: missing {pat}')
        if 'press-summary' not in raw and 'Leave a Reply' not in raw and 'reply-box' not in raw:
            err(f'{f}: no comment form')
    else:
        head = raw.split('\n')[2] if raw.count('\n') > 3 else ''
        if not re.search(r'(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (20\d\d)', head):
            err(f'{f}: no dateline date in first paragraph')
        for pat in ['| Source:', 'Our tip', 'Leave a Reply']:
            if pat not in raw:
                err(f'{f}: missing {pat}')
# special shapes
shapes = Counter()
for name in os.listdir(os.path.join(HERE, 'src')):
    m = bc.parse(os.path.join(HERE, 'src', name))
    shapes[(m['shape'], m['ext'])] += 1
    w = bc.article_words(m)
    if not 350 <= w <= 520:
        err(f'{name}: {w} words of article text')
    if m['shape'] == 'blog' and len(m['comments']) < 2:
        err(f'{name}: blog needs reader comments')
for need in [('blog', 'html'), ('forum', 'html'), ('faq', 'html'), ('press', 'html'), ('forum', 'txt')]:
    if not shapes[need]:
        err(f'missing shape {need}')
# weekday check: "Weekday, Month D, YYYY"
for f in files:
    for wd, mon, d, y in re.findall(r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})', open(os.path.join(CORPUS, f), encoding='utf-8').read()):
        dt = datetime.datetime.strptime(f'{mon} {d} {y}', '%B %d %Y')
        if dt.strftime('%A') != wd:
            err(f'{f}: {wd}, {mon} {d}, {y} is a {dt.strftime("%A")}')

# ---- qa checks
KINDS = {'answerable', 'temporal', 'distractor', 'unanswerable'}
rows = []
with open(os.path.join(ROOT, 'qa.jsonl'), encoding='utf-8') as fh:
    for n, line in enumerate(fh, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(f'line {n}: not JSON ({e})')
if len(rows) != 200:
    err(f'{len(rows)} rows, expected 200')
seen_q = set()
used = set()
for i, r in enumerate(rows, 1):
    rid = r.get('id')
    if rid != f'j-{i:03d}':
        err(f'row {i}: id {rid}')
    if set(r) != {'id', 'question', 'kind', 'expected_sources', 'must_mention', 'notes'}:
        err(f'{rid}: fields {sorted(r)}')
        continue
    if r['kind'] not in KINDS:
        err(f'{rid}: kind {r["kind"]}')
    q = r['question'].strip().lower()
    if not q or q in seen_q:
        err(f'{rid}: empty or duplicate question')
    seen_q.add(q)
    src, mm = r['expected_sources'], r['must_mention']
    if r['kind'] == 'unanswerable':
        if src or mm:
            err(f'{rid}: unanswerable must have empty lists')
        continue
    if not src or not (1 <= len(mm) <= 4):
        err(f'{rid}: needs sources and 1-4 groups')
    for s in src:
        if s not in texts:
            err(f'{rid}: missing source {s}')
        used.add(s)
    for g in mm:
        if not isinstance(g, list) or not g or not all(isinstance(a, str) and a.strip() for a in g):
            err(f'{rid}: bad group {g}')
            continue
        for a in g:
            if not any(a.lower() in texts.get(s, '') for s in src):
                err(f'{rid}: alternative {a!r} not found in {src}')
kinds = Counter(r.get('kind') for r in rows)
if kinds['unanswerable'] < 40:
    err(f'too few unanswerable: {kinds}')
for f in files:
    if f not in used:
        err(f'corpus file never expected: {f}')

if errors:
    print('\n'.join(errors))
    print(f'FAIL ({len(errors)} problems)')
    sys.exit(1)
print(f'{len(rows)} questions {dict(kinds)}; corpus {dict(exts)}')
print('PASS')
