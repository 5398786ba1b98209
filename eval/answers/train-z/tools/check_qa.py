#!/usr/bin/env python3
"""Validate ../qa.jsonl against ../corpus. Prints PASS or FAIL."""
import json, os, re, html, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
CORPUS = os.path.join(ROOT, 'corpus')
DISTRACTORS = {"Z-argentina-currency-controls-explainer.md", "Z-fufa-magogo-afcon-2027-hosting.html",
               "Z-zarif-diplomat-profile.md", "Z-guatemala-inauguration-delay-jan-2024.txt"}
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
WANT = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
errors = []
def err(m): errors.append(m)

def norm(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = re.sub(r'<[^>]+>', ' ', s)
        s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).lower()

files = sorted(os.listdir(CORPUS))
texts = {f: norm(os.path.join(CORPUS, f)) for f in files}
exts = collections.Counter(f.rsplit('.', 1)[1] for f in files)
if len(files) != 30 or exts != {'md': 10, 'html': 10, 'txt': 10}: err(f"corpus shape {len(files)} {dict(exts)}")
if not all(f.startswith('Z-') for f in files): err("file without Z- prefix")
for d in DISTRACTORS:
    if d not in files: err(f"distractor missing {d}")
for f in files:
    raw = open(os.path.join(CORPUS, f), encoding='utf-8').read()
    if f.endswith('.md'):
        if not raw.startswith('---\ntitle: ') or '\ndate: ' not in raw[:300] or '\nurl: https://example.org/' not in raw[:400] or '\nsource: ' not in raw[:500]:
            err(f"md front matter {f}")
    if not re.search(r'20(19|2[0-6])', raw[:600]): err(f"no 2019-2026 year near top of {f}")
    if f.endswith('.txt') and not re.match(r'[^\n]+\n[^\n|]+ \| (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}\n', raw):
        err(f"txt header {f}")

rows = [json.loads(l) for l in open(os.path.join(ROOT, 'qa.jsonl'), encoding='utf-8') if l.strip()]
kinds = collections.Counter(r.get('kind') for r in rows)
if len(rows) != 200: err(f"rows {len(rows)}")
if dict(kinds) != WANT: err(f"kinds {dict(kinds)}")
seen_q = set(); checked = 0
for i, r in enumerate(rows, 1):
    if set(r) != {"id", "question", "kind", "expected_sources", "must_mention", "notes"}: err(f"fields {r.get('id')}")
    if r.get('id') != f"z-{i:03d}": err(f"id order {r.get('id')} at {i}")
    k = r.get('kind'); lo, hi = RANGES.get(k, (0, -1))
    if not lo <= i <= hi: err(f"{r['id']} kind {k} out of range")
    q = r['question'].strip().lower()
    if not q or q in seen_q: err(f"empty/duplicate question {r['id']}")
    seen_q.add(q)
    src, mm = r['expected_sources'], r['must_mention']
    if k == 'unanswerable':
        if src or mm: err(f"{r['id']} unanswerable has sources/must_mention")
        continue
    if not src or not mm: err(f"{r['id']} missing sources or must_mention")
    for s in src:
        if s not in files: err(f"{r['id']} source missing {s}")
        if s in DISTRACTORS: err(f"{r['id']} distractor file as source {s}")
    for g in mm:
        if not isinstance(g, list) or not g or not all(isinstance(a, str) and a for a in g):
            err(f"{r['id']} bad group {g}"); continue
        checked += len(g)
        if not any(a.lower() in texts.get(s, '') for a in g for s in src):
            err(f"{r['id']} group {g} not verbatim in {src}")
print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
print(f"corpus: {len(files)} files {dict(exts)}; all prefixed Z-: {all(f.startswith('Z-') for f in files)}")
print(f"must_mention alternatives checked: {checked}")
for e in errors: print("ERROR:", e)
print("PASS" if not errors else "FAIL")
sys.exit(1 if errors else 0)
