#!/usr/bin/env python3
"""Validate qa.jsonl and corpus/ for the ZE blind set. Prints PASS or FAIL."""
import datetime, html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
errors = []
def err(m): errors.append(m)

def norm(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.sub(r"\s+", " ", t).lower()

files = sorted(os.listdir(CORPUS))
exts = {}
for f in files:
    exts[f.rsplit(".", 1)[1]] = exts.get(f.rsplit(".", 1)[1], 0) + 1
if exts != {"md": 10, "html": 10, "txt": 10}: err(f"format counts {exts}")
if not all(f.startswith("ZE-") for f in files): err("prefix")
if sorted(a["fname"] for a in ARTICLES) != files: err("corpus differs from articles.py")
distractors = {a["fname"] for a in ARTICLES if a.get("distractor")}
texts = {f: norm(os.path.join(CORPUS, f)) for f in files}

for a in ARTICLES:
    f = a["fname"]; raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
    d = datetime.date.fromisoformat(a["date"])
    if not (datetime.date(2018, 1, 1) <= d <= datetime.date(2026, 11, 30)): err(f"{f}: date out of range")
    if not re.search(r"20(1[89]|2[0-6])", raw[:600]): err(f"{f}: no year near top")
    human = f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"
    if f.endswith(".md"):
        if not raw.startswith("---\n") or "url: https://example.org/" not in raw or f"date: {a['date']}" not in raw: err(f"{f}: front matter")
        if f"*{a['outlet']} | {human}*" not in raw: err(f"{f}: italic outlet line")
    elif f.endswith(".txt"):
        lines = raw.split("\n")
        if lines[1] != f"{a['outlet']} | {human}": err(f"{f}: txt header line")
    else:
        for needle in ["<title>", '<meta name="date"', "cookie-banner", "<nav>", "<footer>", "Related stories", "<time datetime="]:
            if needle not in raw: err(f"{f}: html chrome missing {needle}")

rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8")]
if len(rows) != 200: err(f"{len(rows)} rows")
ranges = {"answerable": (1, 110), "temporal": (111, 140), "distractor": (141, 155), "unanswerable": (156, 200)}
seen = set(); n_alt = 0; counts = {}
for i, r in enumerate(rows, 1):
    if set(r) != {"id", "question", "kind", "expected_sources", "must_mention", "notes"}: err(f"row {i}: fields {sorted(r)}")
    if r["id"] != f"ze-{i:03d}": err(f"row {i}: id {r['id']}")
    k = r["kind"]; counts[k] = counts.get(k, 0) + 1
    lo, hi = ranges.get(k, (0, -1))
    if not lo <= i <= hi: err(f"{r['id']}: kind {k} out of range")
    q = r["question"].strip().lower()
    if q in seen: err(f"{r['id']}: duplicate question")
    seen.add(q)
    if not isinstance(r["notes"], str): err(f"{r['id']}: notes")
    if k == "unanswerable":
        if r["expected_sources"] or r["must_mention"]: err(f"{r['id']}: unanswerable with sources/must_mention")
        continue
    if not r["expected_sources"]: err(f"{r['id']}: no sources")
    for s in r["expected_sources"]:
        if s not in texts: err(f"{r['id']}: missing source {s}")
        if s in distractors: err(f"{r['id']}: distractor file as source {s}")
    if not r["must_mention"] or not all(isinstance(g, list) and g and all(isinstance(x, str) and x.strip() for x in g) for g in r["must_mention"]):
        err(f"{r['id']}: bad must_mention"); continue
    for g in r["must_mention"]:
        for alt in g:
            n_alt += 1
            a = re.sub(r"\s+", " ", alt.lower())
            if not any(a in texts[s] for s in r["expected_sources"] if s in texts):
                err(f"{r['id']}: '{alt}' not in any expected source")
if counts != {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}: err(f"kind counts {counts}")

print(f"questions: {len(rows)}  " + "  ".join(f"{k}={v}" for k, v in sorted(counts.items())))
print(f"corpus: {len(files)} files {exts}; all prefixed ZE-: {all(f.startswith('ZE-') for f in files)}; distractor files: {len(distractors)}")
print(f"must_mention alternatives checked: {n_alt}")
for e in errors: print("ERROR", e)
print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
