"""Validate train-h qa.jsonl against docs/eval-format.md and the corpus. Prints PASS or the list of problems.

Run: python3 tools/check_qa.py
"""
import html
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.join(os.path.dirname(__file__), "..")
CORPUS = os.path.join(ROOT, "corpus")
QA = os.path.join(ROOT, "qa.jsonl")
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
KINDS = {"answerable", "temporal", "distractor", "unanswerable"}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def searchable(name, raw):
    """Text a reader sees: HTML tags removed and entities unescaped (html); raw text otherwise."""
    if name.endswith(".html"):
        raw = re.sub(r"<script.*?</script>|<style.*?</style>", " ", raw, flags=re.S)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return norm(raw)


def check_corpus(errors):
    files = sorted(os.listdir(CORPUS))
    by_ext = Counter(os.path.splitext(f)[1] for f in files)
    if len(files) != 30 or by_ext != Counter({".md": 10, ".html": 10, ".txt": 10}):
        errors.append(f"corpus: expected 30 files, 10 per format, got {dict(by_ext)}")
    for f in files:
        if not f.startswith("h-"):
            errors.append(f"corpus: {f} lacks the h- prefix")
        raw = open(os.path.join(CORPUS, f), encoding="utf-8").read()
        if f.endswith(".md"):
            m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
            if not m:
                errors.append(f"{f}: no YAML front matter")
                continue
            fm = m.group(1)
            for key in ("title", "date", "url", "source"):
                if not re.search(rf"^{key}: .+", fm, re.M):
                    errors.append(f"{f}: front matter lacks {key}")
            if not re.search(r"^date: \d{4}-\d{2}-\d{2}$", fm, re.M):
                errors.append(f"{f}: date is not YYYY-MM-DD")
            if not re.search(r"^url: https://example\.org/", fm, re.M):
                errors.append(f"{f}: url is not on example.org")
        elif f.endswith(".html"):
            for pat, what in ((r"<title>.+</title>", "<title>"), (r'<meta name="date" content="\d{4}-\d{2}-\d{2}">', "meta date"),
                              (r"<time[^>]*datetime=\"\d{4}-\d{2}-\d{2}", "<time datetime>"), (r"cookie", "cookie banner"),
                              (r'href="https://example\.org/', "canonical on example.org")):
                if not re.search(pat, raw):
                    errors.append(f"{f}: lacks {what}")
        else:
            if not re.search(rf"({MONTHS}) \d{{1,2}}, \d{{4}}", raw[:600]):
                errors.append(f"{f}: no date stated near the top")
    return {f: searchable(f, open(os.path.join(CORPUS, f), encoding="utf-8").read()) for f in files}


def main():
    errors = []
    texts = check_corpus(errors)
    rows = []
    for n, line in enumerate(open(QA, encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: does not parse ({e})")
    ids, questions = Counter(), Counter()
    n_alts = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id", f"<line {i}>")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(r)} != {sorted(FIELDS)}")
            continue
        ids[r["id"]] += 1
        questions[norm(r["question"])] += 1
        if r["id"] != f"h-{i:03d}":
            errors.append(f"{rid}: expected id h-{i:03d}")
        if r["kind"] not in KINDS:
            errors.append(f"{rid}: bad kind {r['kind']}")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
        if not isinstance(r["notes"], str) or not r["notes"].strip():
            errors.append(f"{rid}: empty notes")
        src, mm = r["expected_sources"], r["must_mention"]
        if r["kind"] == "unanswerable":
            if src or mm:
                errors.append(f"{rid}: unanswerable rows must have empty expected_sources and must_mention")
            continue
        if not src:
            errors.append(f"{rid}: no expected_sources")
        for s in src:
            if s not in texts:
                errors.append(f"{rid}: expected source {s} not in corpus")
        if not (1 <= len(mm) <= 2) or any(not g for g in mm):
            errors.append(f"{rid}: must_mention needs 1-2 non-empty groups")
        for g in mm:
            for alt in g:
                n_alts += 1
                a = norm(alt)
                if not any(a in texts.get(s, "") for s in src):
                    errors.append(f"{rid}: must_mention alternative {alt!r} not verbatim in any of {src}")
    for k, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {k}")
    for k, c in questions.items():
        if c > 1:
            errors.append(f"duplicate question {k!r}")
    kinds = Counter(r.get("kind") for r in rows)
    if len(rows) != 200:
        errors.append(f"expected 200 rows, got {len(rows)}")
    if kinds["unanswerable"] < 0.2 * len(rows):
        errors.append(f"unanswerable share below 20%: {kinds['unanswerable']}")
    if kinds["temporal"] < 30:
        errors.append(f"fewer than 30 temporal rows: {kinds['temporal']}")
    if kinds["distractor"] < 10:
        errors.append(f"fewer than 10 distractor rows: {kinds['distractor']}")
    print(f"rows={len(rows)} kinds={dict(kinds)} must_mention alternatives checked={n_alts} corpus files={len(texts)}")
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
