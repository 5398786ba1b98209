#!/usr/bin/env python3
"""Validate qa.jsonl against corpus/: format, ids, kinds, sources exist, must_mention groups verbatim in an expected source."""
import json, os, re, html, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "corpus")
KINDS = {"answerable", "temporal", "distractor", "unanswerable"}

def text_of(fn):
    raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    if fn.endswith(".html"):
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw.lower()

def main():
    errs, warns = [], []
    files = sorted(os.listdir(CORPUS))
    ext = Counter(f.rsplit(".", 1)[1] for f in files)
    if len(files) != 30 or ext != Counter({"md": 10, "html": 10, "txt": 10}):
        errs.append(f"corpus shape {len(files)} {dict(ext)}")
    for f in files:
        if not f.startswith("m-"):
            errs.append(f"bad name {f}")
    texts = {f: text_of(f) for f in files}
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if ids != [f"m-{i:03d}" for i in range(1, len(rows) + 1)]:
        errs.append("ids not m-001..m-N in order")
    qs = Counter(r["question"].strip().lower() for r in rows)
    for q, n in qs.items():
        if n > 1:
            errs.append(f"duplicate question: {q}")
    for r in rows:
        rid = r["id"]
        if set(r) != {"id", "question", "kind", "expected_sources", "must_mention", "notes"}:
            errs.append(f"{rid}: fields {sorted(r)}")
        if r["kind"] not in KINDS:
            errs.append(f"{rid}: kind {r['kind']}")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errs.append(f"{rid}: empty question")
        for s in r["expected_sources"]:
            if s not in texts:
                errs.append(f"{rid}: missing source {s}")
        if r["kind"] == "unanswerable":
            if r["expected_sources"] or r["must_mention"]:
                errs.append(f"{rid}: unanswerable with sources/must_mention")
            continue
        if not r["expected_sources"] or not r["must_mention"]:
            errs.append(f"{rid}: needs sources and must_mention")
            continue
        if r["kind"] == "temporal" and len(r["expected_sources"]) != 1:
            warns.append(f"{rid}: temporal with {len(r['expected_sources'])} sources")
        for g in r["must_mention"]:
            if not isinstance(g, list) or not g or not all(isinstance(x, str) and x for x in g):
                errs.append(f"{rid}: bad group {g}")
                continue
            found = [x for x in g if any(x.lower() in texts[s] for s in r["expected_sources"] if s in texts)]
            if not found:
                errs.append(f"{rid}: group {g} not in any expected source")
            elif len(found) < len(g):
                warns.append(f"{rid}: alternatives not found verbatim {sorted(set(g) - set(found))}")
    c = Counter(r["kind"] for r in rows)
    print(f"questions: {len(rows)}  " + "  ".join(f"{k}={c[k]}" for k in sorted(c)) +
          f"  unanswerable share={c['unanswerable'] / max(1, len(rows)):.1%}")
    print(f"corpus: {len(files)} files {dict(ext)}")
    for w in warns:
        print("warn:", w)
    for e in errs:
        print("ERROR:", e)
    print("FAIL" if errs else "PASS")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
