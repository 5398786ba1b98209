"""Validator for train-f: qa.jsonl against corpus/, plus corpus metadata checks.

Checks
- every line parses as JSON with exactly the fields id, question, kind, expected_sources, must_mention, notes;
- ids are unique and follow f-001, f-002, ... in order;
- kind is one of answerable / temporal / distractor / unanswerable;
- unanswerable rows have empty expected_sources and must_mention;
- other rows have 1+ expected sources (all existing files in corpus/) and 1-2 must_mention groups, each a
  non-empty list of non-empty strings;
- EVERY must_mention alternative occurs, case-insensitively, in the HTML-unescaped raw text of at least one
  expected source;
- questions are unique (case-insensitive) and written in lower case;
- kind counts: >= 50 unanswerable, >= 22 temporal, >= 14 distractor, total 200;
- corpus metadata: .md front matter has title/date/url/source; .html has <title>, <meta name="date"> and
  <time datetime>; .txt gives a date (Month D, YYYY) in its first paragraph; file names start with "f-".
Exit status 0 when all checks pass.
"""
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
QA = os.path.join(ROOT, "qa.jsonl")
KINDS = {"answerable", "temporal", "distractor", "unanswerable"}
FIELDS = {"id", "question", "kind", "expected_sources", "must_mention", "notes"}
MONTH_DATE = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}")

errors = []


def err(msg):
    errors.append(msg)


def load_text(name, cache={}):
    if name not in cache:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as fh:
            cache[name] = html.unescape(fh.read()).lower()
    return cache[name]


def check_corpus():
    names = sorted(os.listdir(CORPUS))
    for n in names:
        if not n.startswith("f-"):
            err(f"corpus file without f- prefix: {n}")
        raw = open(os.path.join(CORPUS, n), encoding="utf-8").read()
        if n.endswith(".md"):
            m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
            if not m:
                err(f"{n}: no front matter")
                continue
            keys = {line.split(":", 1)[0].strip() for line in m.group(1).splitlines() if ":" in line}
            for k in ("title", "date", "url", "source"):
                if k not in keys:
                    err(f"{n}: front matter lacks {k}")
        elif n.endswith(".html"):
            for pat, what in ((r"<title>.+?</title>", "<title>"), (r'<meta name="date" content="\d{4}-\d{2}-\d{2}">', "meta date"),
                              (r'<time datetime="\d{4}-\d{2}-\d{2}', "<time datetime>")):
                if not re.search(pat, raw):
                    err(f"{n}: missing {what}")
        elif n.endswith(".txt"):
            paras = [p for p in raw.split("\n\n") if p.strip()]
            if len(paras) < 2 or not MONTH_DATE.search(paras[1]):
                err(f"{n}: no date in first paragraph")
            if "Leave a Reply" not in raw:
                err(f"{n}: no trailing Leave a Reply block")
        else:
            err(f"{n}: unexpected extension")
    return names


def check_qa(names):
    rows = []
    with open(QA, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {ln}: bad JSON ({e})")
    seen_q = set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if set(r) != FIELDS:
            err(f"{rid}: fields {sorted(r)}")
        if rid != f"f-{i:03d}":
            err(f"line {i}: id {rid} out of sequence")
        q = r.get("question", "")
        if q != q.lower():
            err(f"{rid}: question not lower case")
        if q.lower() in seen_q:
            err(f"{rid}: duplicate question")
        seen_q.add(q.lower())
        kind = r.get("kind")
        if kind not in KINDS:
            err(f"{rid}: bad kind {kind}")
        src, mm = r.get("expected_sources"), r.get("must_mention")
        if kind == "unanswerable":
            if src or mm:
                err(f"{rid}: unanswerable row has sources or must_mention")
            continue
        if not src:
            err(f"{rid}: no expected_sources")
        for s in src:
            if s not in names:
                err(f"{rid}: missing source {s}")
        if not (1 <= len(mm) <= 2):
            err(f"{rid}: {len(mm)} must_mention groups")
        for g in mm:
            if not g or not all(isinstance(a, str) and a.strip() for a in g):
                err(f"{rid}: empty group or alternative")
                continue
            for alt in g:
                if not any(alt.lower() in load_text(s) for s in src if s in names):
                    err(f"{rid}: alternative {alt!r} not found in {src}")
    c = Counter(r.get("kind") for r in rows)
    if len(rows) != 200:
        err(f"{len(rows)} rows, expected 200")
    if c["unanswerable"] < 50:
        err(f"only {c['unanswerable']} unanswerable")
    if c["temporal"] < 22:
        err(f"only {c['temporal']} temporal")
    if c["distractor"] < 14:
        err(f"only {c['distractor']} distractor")
    return rows, c


def main():
    names = check_corpus()
    rows, c = check_qa(names)
    print(f"corpus files: {len(names)}  ({Counter(n.rsplit('.', 1)[1] for n in names)})")
    print(f"questions: {len(rows)}  {dict(c)}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
