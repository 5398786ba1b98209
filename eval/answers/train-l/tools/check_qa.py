#!/usr/bin/env python3
"""Validate ../qa.jsonl against ../corpus. Prints PASS or the problems."""
import json, os, re, html, sys
from collections import Counter
B = os.path.join(os.path.dirname(__file__), '..')
C = os.path.join(B, 'corpus')
errs = []
files = sorted(os.listdir(C))
ext = Counter(f.rsplit('.', 1)[1] for f in files)
if len(files) != 30 or ext != Counter(md=10, html=10, txt=10): errs.append(f"corpus counts {ext}")
for f in files:
    if not f.startswith('l-'): errs.append("bad name " + f)
def text(f):
    t = open(os.path.join(C, f)).read()
    if f.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return re.sub(r'\s+', ' ', t).lower()
T = {f: text(f) for f in files}
for f in files:
    raw = open(os.path.join(C, f)).read()
    if f.endswith('.md'):
        m = re.match(r'---\ntitle: .+\ndate: (\d{4}-\d{2}-\d{2})\nurl: https://example\.org/\S+\nsource: .+\n---\n', raw)
        if not m: errs.append("md front matter " + f)
    if f.endswith('.txt'):
        if not re.search(r'^.+, .+, [A-Z][a-z]+ \d{1,2}, (19|20)\d\d\. ', raw, re.M): errs.append("txt dateline " + f)
        for w in ("[Photo]", "READER QUESTION", "Our tip:", "Leave a Reply"):
            if w not in raw: errs.append(f"txt {w} missing {f}")
    if f.endswith('.html'):
        for w in ('cookie-banner', 'class="share"', 'newsletter', 'Related posts', 'Trending', '<footer', 'meta name="date"'):
            if w not in raw: errs.append(f"html {w} missing {f}")
rows = [json.loads(l) for l in open(os.path.join(B, 'qa.jsonl'))]
ids = [r['id'] for r in rows]
if ids != [f"l-{i:03d}" for i in range(1, len(rows) + 1)]: errs.append("ids not sequential")
if len(rows) != 200: errs.append(f"{len(rows)} rows, want 200")
if len({r['question'].lower() for r in rows}) != len(rows): errs.append("duplicate questions")
used = set()
for r in rows:
    if set(r) != {"id", "question", "kind", "expected_sources", "must_mention", "notes"}: errs.append("fields " + r['id'])
    k = r['kind']
    if k not in ("answerable", "temporal", "distractor", "unanswerable"): errs.append("kind " + r['id'])
    if k == "unanswerable":
        if r['expected_sources'] or r['must_mention']: errs.append("unanswerable with lists " + r['id'])
        continue
    if not r['expected_sources'] or not r['must_mention']: errs.append("empty lists " + r['id'])
    for s in r['expected_sources']:
        if s not in T: errs.append(f"missing source {s} in {r['id']}")
        used.add(s)
    for g in r['must_mention']:
        if not any(alt.lower() in T[s] for alt in g for s in r['expected_sources'] if s in T):
            errs.append(f"{r['id']} group {g} not found in {r['expected_sources']}")
unused = [f for f in files if f not in used]
c = Counter(r['kind'] for r in rows)
print("kinds:", dict(c), "unanswerable share: %.1f%%" % (100 * c['unanswerable'] / max(1, len(rows))))
print("files never expected:", unused)
print("\n".join(errs) if errs else "PASS")
