"""Validate ../qa.jsonl against ../corpus; prints PASS or the problems."""
import json, os, re, sys, html as H
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
WANT = {"answerable": 110, "temporal": 30, "distractor": 15, "unanswerable": 45}

def text(name):
    with open(os.path.join(CORPUS, name), encoding="utf-8") as fh:
        t = fh.read()
    if name.endswith(".html"):
        t = H.unescape(re.sub(r"<[^>]+>", " ", t))
    return re.sub(r"\s+", " ", t).lower()

errs = []
rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(os.listdir(CORPUS))
ext = Counter(f.rsplit(".", 1)[1] for f in files)
if len(files) != 30 or ext != Counter({"md": 10, "html": 10, "txt": 10}) or not all(f.startswith("s-") for f in files):
    errs.append(f"corpus shape wrong: {len(files)} {dict(ext)}")
kinds = Counter(r["kind"] for r in rows)
if dict(kinds) != WANT:
    errs.append(f"kind counts {dict(kinds)} != {WANT}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    errs.append("duplicate ids")
cache = {}
for r in rows:
    for k in ("id", "question", "kind", "expected_sources", "must_mention"):
        if k not in r:
            errs.append(f"{r.get('id')}: missing {k}")
    if r["kind"] == "unanswerable":
        if r["expected_sources"] or r["must_mention"]:
            errs.append(f"{r['id']}: unanswerable with sources or must_mention")
        continue
    if not r["expected_sources"] or not r["must_mention"]:
        errs.append(f"{r['id']}: empty sources or must_mention")
    for s in r["expected_sources"]:
        if s not in files:
            errs.append(f"{r['id']}: missing source {s}")
    texts = [cache.setdefault(s, text(s)) for s in r["expected_sources"] if s in files]
    for g in r["must_mention"]:
        for alt in g:
            a = re.sub(r"\s+", " ", alt).lower()
            if not any(a in t for t in texts):
                errs.append(f"{r['id']}: '{alt}' not in any expected source")
print(f"{len(rows)} questions {dict(kinds)}; corpus {len(files)} files {dict(ext)}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("PASS")
