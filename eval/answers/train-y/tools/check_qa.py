#!/usr/bin/env python3
"""Validate ../qa.jsonl against ../corpus (format of docs/eval-format.md). Prints PASS or FAIL."""
import collections, html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
sys.path.insert(0, HERE)
from make_qa import DISTRACTOR_FILES
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
WANT = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}
RANGES = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
errors = []

def text_of(f):
    raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    if f.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return re.sub(r"\s+", " ", raw).lower()

files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
exts = collections.Counter(f.rsplit(".", 1)[1] for f in files)
if len(files) != 30 or exts != {"md": 10, "html": 10, "txt": 10}:
    errors.append(f"corpus: want 30 files 10/10/10, got {len(files)} {dict(exts)}")
if not all(f.startswith("Y-") for f in files):
    errors.append("corpus: not all files prefixed Y-")
texts = {f: text_of(f) for f in files}
for f, t in texts.items():
    head = open(os.path.join(CORPUS, f), encoding="utf-8").read()[:1500]
    if not re.search(r"20(1[89]|2[0-6])", head):
        errors.append(f"{f}: no 2018-2026 year near top")
    if f.endswith(".md") and not head.startswith("---\ntitle:"):
        errors.append(f"{f}: md without front matter")
for d in DISTRACTOR_FILES:
    if d not in texts: errors.append(f"distractor file missing: {d}")

rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
kinds = collections.Counter(r.get("kind") for r in rows)
ids = [r.get("id") for r in rows]
if len(rows) != 200: errors.append(f"want 200 rows, got {len(rows)}")
if ids != [f"y-{i:03d}" for i in range(1, 201)]: errors.append("ids not y-001..y-200 in order")
if len(set(r.get("question", "").strip().lower() for r in rows)) != len(rows): errors.append("duplicate questions")
if dict(kinds) != WANT: errors.append(f"kind counts {dict(kinds)} != {WANT}")
checked = 0
for r in rows:
    rid = r.get("id")
    if set(r) != FIELDS: errors.append(f"{rid}: fields {sorted(r)}"); continue
    if not isinstance(r["question"], str) or not r["question"].strip(): errors.append(f"{rid}: empty question")
    k = r["kind"]; n = int(rid[2:])
    if k in RANGES and not (RANGES[k][0] <= n <= RANGES[k][1]): errors.append(f"{rid}: kind {k} out of its id range")
    if k == "unanswerable":
        if r["expected_sources"] or r["must_mention"]: errors.append(f"{rid}: unanswerable must have empty sources/must_mention")
        continue
    srcs, mm = r["expected_sources"], r["must_mention"]
    if not srcs: errors.append(f"{rid}: no expected_sources")
    for s in srcs:
        if s not in texts: errors.append(f"{rid}: source missing {s}")
        if s in DISTRACTOR_FILES: errors.append(f"{rid}: distractor file used as source {s}")
    if not mm or not all(isinstance(g, list) and g and all(isinstance(a, str) and a for a in g) for g in mm):
        errors.append(f"{rid}: bad must_mention {mm}"); continue
    for g in mm:
        hit = False
        for a in g:
            checked += 1
            if any(a.lower() in texts.get(s, "") for s in srcs): hit = True
        if not hit: errors.append(f"{rid}: no alternative of {g} found in {srcs}")

print(f"questions: {len(rows)}  " + "  ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
print(f"corpus: {len(files)} files {dict(exts)}; all prefixed Y-: {all(f.startswith('Y-') for f in files)}")
print(f"must_mention alternatives checked: {checked}")
for e in errors: print("ERROR", e)
print("PASS" if not errors else "FAIL")
sys.exit(0 if not errors else 1)
