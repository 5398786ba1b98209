"""Validator for train-g. Run: python3 tools/check_qa.py  (prints PASS or the list of problems)."""
import glob
import json
import os
import re
import sys
from collections import Counter
from html import unescape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CORPUS = os.path.join(ROOT, "corpus")
QA = os.path.join(ROOT, "qa.jsonl")
KINDS = {"answerable", "temporal", "distractor", "unanswerable"}
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def norm(text):
    """Lower-case, HTML-unescaped text, with runs of whitespace collapsed."""
    return re.sub(r"\s+", " ", unescape(text)).lower()


def check_corpus(errors):
    files = sorted(glob.glob(os.path.join(CORPUS, "*")))
    names = [os.path.basename(f) for f in files]
    ext = Counter(os.path.splitext(n)[1] for n in names)
    if len(names) != 30:
        errors.append(f"corpus has {len(names)} files, expected 30")
    if ext != Counter({".md": 10, ".html": 10, ".txt": 10}):
        errors.append(f"corpus formats {dict(ext)}, expected 10 each of .md/.html/.txt")
    for n, f in zip(names, files):
        if not n.startswith("g-"):
            errors.append(f"{n}: name does not start with g-")
        raw = open(f, encoding="utf-8").read()
        if n.endswith(".md"):
            m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
            if not m:
                errors.append(f"{n}: no YAML front matter")
                continue
            fm = m.group(1)
            for key in ("title", "date", "url", "source"):
                if not re.search(rf"^{key}: .+", fm, re.M):
                    errors.append(f"{n}: front matter lacks {key}")
            if not re.search(r"^date: \d{4}-\d{2}-\d{2}$", fm, re.M):
                errors.append(f"{n}: date is not YYYY-MM-DD")
        elif n.endswith(".html"):
            for pat, what in ((r"<title>.+?</title>", "<title>"),
                              (r'<meta name="date" content="\d{4}-\d{2}-\d{2}">', '<meta name="date">'),
                              (r'<time[^>]*datetime="\d{4}-\d{2}-\d{2}', "<time datetime>")):
                if not re.search(pat, raw, re.S):
                    errors.append(f"{n}: lacks {what}")
        else:
            paras = [p for p in raw.split("\n\n") if p.strip()]
            if len(paras) < 2 or not re.search(rf"({MONTHS}) \d{{1,2}}, \d{{4}}", paras[1]):
                errors.append(f"{n}: first paragraph does not state a date")
            if "Leave a Reply" not in raw:
                errors.append(f"{n}: no trailing 'Leave a Reply' block")
    return {n: norm(open(f, encoding="utf-8").read()) for n, f in zip(names, files)}


def check_qa(texts, errors):
    rows = []
    with open(QA, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: not JSON ({e})")
    ids = [r.get("id") for r in rows]
    expected_ids = [f"g-{i:03d}" for i in range(1, len(rows) + 1)]
    if ids != expected_ids:
        errors.append("ids are not g-001.. in order without gaps")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    qs = [r.get("question", "").strip().lower() for r in rows]
    for q, c in Counter(qs).items():
        if c > 1:
            errors.append(f"duplicate question: {q!r}")
    n_alt = 0
    for r in rows:
        rid = r.get("id")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(r)} != {sorted(FIELDS)}")
            continue
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
        if r["kind"] not in KINDS:
            errors.append(f"{rid}: bad kind {r['kind']!r}")
        if not isinstance(r["notes"], str):
            errors.append(f"{rid}: notes is not a string")
        srcs, mm = r["expected_sources"], r["must_mention"]
        if not isinstance(srcs, list) or not isinstance(mm, list):
            errors.append(f"{rid}: expected_sources/must_mention must be lists")
            continue
        if r["kind"] == "unanswerable":
            if srcs or mm:
                errors.append(f"{rid}: unanswerable row must have empty expected_sources and must_mention")
            continue
        if not srcs:
            errors.append(f"{rid}: no expected_sources")
        for s in srcs:
            if s not in texts:
                errors.append(f"{rid}: expected source {s} not in corpus")
        if not 1 <= len(mm) <= 2:
            errors.append(f"{rid}: {len(mm)} must_mention groups (want 1-2)")
        for g in mm:
            if not isinstance(g, list) or not g or not all(isinstance(a, str) and a.strip() for a in g):
                errors.append(f"{rid}: malformed must_mention group {g!r}")
                continue
            for alt in g:
                n_alt += 1
                a = norm(alt)
                if not any(a in texts.get(s, "") for s in srcs):
                    errors.append(f"{rid}: must_mention {alt!r} not verbatim in any expected source")
    kinds = Counter(r.get("kind") for r in rows)
    if len(rows) != 200:
        errors.append(f"{len(rows)} rows, expected 200")
    if kinds["unanswerable"] < 50:
        errors.append(f"only {kinds['unanswerable']} unanswerable rows (want >= 50)")
    if kinds["temporal"] < 20 or kinds["distractor"] < 12:
        errors.append(f"too few temporal/distractor rows: {dict(kinds)}")
    return rows, kinds, n_alt


def main():
    errors = []
    texts = check_corpus(errors)
    rows, kinds, n_alt = check_qa(texts, errors)
    print(f"{len(rows)} questions: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    print(f"{len(texts)} corpus files; {n_alt} must_mention alternatives checked verbatim")
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
