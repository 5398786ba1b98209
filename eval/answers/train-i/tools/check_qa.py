#!/usr/bin/env python3
"""Validate qa.jsonl and corpus/ of blind set qa-I. Prints PASS or the problems found."""
import json, os, re, html, sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
KINDS = {"answerable", "temporal", "distractor", "unanswerable"}
FIELDS = ["id", "question", "kind", "expected_sources", "must_mention", "notes"]
errors = []

def text_of(name):
    s = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    return html.unescape(s).lower()

files = sorted(os.listdir(CORPUS))
texts = {f: text_of(f) for f in files}

# corpus checks
ext = Counter(f.rsplit(".", 1)[1] for f in files)
if ext != Counter({"md": 10, "html": 10, "txt": 10}):
    errors.append(f"corpus extension counts {dict(ext)}")
for f in files:
    if not f.startswith("i-"):
        errors.append(f"{f}: name must start with i-")
    raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    if f.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
        if not m or not all(re.search(rf"^{k}: ", m.group(1), re.M) for k in ("title", "date", "url", "source")):
            errors.append(f"{f}: front matter title/date/url/source missing")
        elif not re.search(r"^url: https://example\.org/", m.group(1), re.M):
            errors.append(f"{f}: url not on example.org")
        body = raw[m.end():] if m else raw
    elif f.endswith(".html"):
        for pat in (r"<title>", r'<meta name="date" content="\d{4}-\d\d-\d\d">', r"<time datetime=", r"cookie", r"Leave a Reply|reply to thread", r"Newsletter", r"Trending", r"<footer"):
            if not re.search(pat, raw, re.I):
                errors.append(f"{f}: missing {pat}")
        main = re.search(r'<main id="content">(.*?)</main>', raw, re.S).group(1)
        main = re.sub(r'<section id="comments">.*?</section>', " ", main, flags=re.S)
        body = re.sub(r"<[^>]+>", " ", main)
        body = re.sub(r"Leave a Reply.*", " ", html.unescape(body), flags=re.S)
    else:
        lines = raw.split("\n")
        if not re.search(r"^[^,]+, [^,]+, [A-Z][a-z]+ \d{1,2}, \d{4}\. ", lines[2]):
            errors.append(f"{f}: dateline paragraph missing")
        if "| Source:" not in raw or "Our tip" not in raw or "Leave a Reply" not in raw:
            errors.append(f"{f}: caption/teaser/comment block missing")
        body = raw.split("Our tip")[0]
    n = len(body.split())
    if not 340 <= n <= 560:
        errors.append(f"{f}: article text {n} words")

# qa checks
rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
ids = [r["id"] for r in rows]
if ids != [f"i-{i:03d}" for i in range(1, len(rows) + 1)] or len(rows) != 200:
    errors.append(f"ids must be i-001..i-200, got {len(rows)} rows")
used = set()
for r in rows:
    if list(r.keys()) != FIELDS:
        errors.append(f"{r.get('id')}: fields {list(r.keys())}")
    if r["kind"] not in KINDS:
        errors.append(f"{r['id']}: bad kind")
    if not r["question"].strip() or not r["notes"].strip():
        errors.append(f"{r['id']}: empty question/notes")
    if r["kind"] == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            errors.append(f"{r['id']}: unanswerable must have empty sources and groups")
        continue
    if not r["expected_sources"] or not (1 <= len(r["must_mention"]) <= 4):
        errors.append(f"{r['id']}: needs sources and 1-4 groups")
    for s in r["expected_sources"]:
        if s not in texts:
            errors.append(f"{r['id']}: missing source {s}")
        used.add(s)
    for g in r["must_mention"]:
        if not g or not all(isinstance(a, str) and a for a in g):
            errors.append(f"{r['id']}: empty group")
        for a in g:
            if not any(a.lower() in texts[s] for s in r["expected_sources"] if s in texts):
                errors.append(f"{r['id']}: '{a}' not in any expected source")
qs = Counter(r["question"].lower() for r in rows)
for k, v in qs.items():
    if v > 1:
        errors.append(f"duplicate question: {k}")
kinds = Counter(r["kind"] for r in rows)
if kinds["unanswerable"] < 40:
    errors.append("fewer than 40 unanswerable")
unused = set(files) - used
if unused:
    errors.append(f"corpus files never expected: {sorted(unused)}")
print(dict(kinds))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("PASS")
